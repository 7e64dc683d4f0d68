"""A gendered pronoun's antecedent past nearer names of no gender: the person of its gender who was the subject of
a main clause before it.

"Emmanuel Macron a reçu Giorgia Meloni à l'Élysée. « … », a-t-elle déclaré. « … », a-t-il poursuivi": "il" is not
the palace (a place complement of no gender, nearer) nor Meloni (a woman, the last speaker); it takes up Macron,
the man who was the subject of a main clause. Only when the nearest compatible name is not itself a person of
the pronoun's gender (that one stays the antecedent: "Scholz a reçu Macron. Il a dit …" is settled before).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wirewatch.nlp.quotes.mentions import EntityMention
from wirewatch.nlp.quotes.speaker_syntax import main_subject

if TYPE_CHECKING:
    from wirewatch.nlp.quotes.pronoun_antecedent import PronounScope


def gendered_main_subject(scope: PronounScope, pos: int, gender: str, window: int,
                          nearest: EntityMention) -> EntityMention | None:
    """The nearest person before ``pos`` (within ``window`` characters, outside quotation marks) whom the article
    gives ``gender`` (m | f) and who is the subject of a main clause, when ``nearest`` is not a person of that
    gender; None otherwise."""
    genders = scope.genders
    if gender not in ("m", "f") or (nearest.type == "PER" and genders.get(nearest.entity_id or nearest.name) == gender):
        return None
    for m in scope.index.before(pos, window):
        if m.start >= nearest.start:
            continue
        if m.type == "PER" and genders.get(m.entity_id or m.name) == gender and not scope.quoted(m.start) \
                and not scope.is_outlet(m.name) and main_subject(scope.doc, scope.grammar, m.start, m.end):
            return m
    return None
