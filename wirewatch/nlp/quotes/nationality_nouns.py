"""A nationality noun taking up a person named before: "Giorgia Meloni et Olaf Scholz se sont rencontrés. « … », a
estimé l'Italienne", "le Britannique a expliqué que …".

The press takes up a person by their nationality, as a noun under a definite singular determiner ("l'Italienne",
"le Français"; a form of ``demonyms.tsv``). It speaks for the nearest person named before (within ``WINDOW``
characters, not inside a quotation) whom the entities layer gives that country and whose gender, when the
article gives one, agrees with the noun's ("l'Italienne" is not an Italian man). "Les Américains", "un
Allemand" and a demonym as an adjective ("le président italien") are not concerned.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from wirewatch import lexicons
from wirewatch.kb.names import normalize
from wirewatch.nlp.quotes.mentions import EntityIndex, EntityMention
from wirewatch.nlp.quotes.person_nouns import phrase_gender

WINDOW = 1500  # characters searched back for the person


def nationality_nouns(lang: str) -> dict[str, str]:
    """Normalised demonym form → ISO3 (country rows only: a region's demonym names no nationality)."""
    return {normalize(row["form"]): row["iso3"] for row in lexicons.read_tsv(lang, "demonyms.tsv")
            if row.get("form") and row.get("iso3") and not row.get("place")}


def nationality_person(nouns: dict[str, str], indefinite: frozenset[str], index: EntityIndex,
                       countries: dict[str, str], gender_of: Callable[[str], str | None],
                       quoted: Callable[[int], bool], head: Token, phrase: Span) -> EntityMention | None:
    """The person a definite singular nationality noun takes up (see the module docstring); ``countries``: entity
    id or name → ISO3 of the entities layer."""
    words = [t for t in phrase if not t.is_punct]
    if len(words) != 2 or words[0].pos_ != "DET" or words[0].lower_ in indefinite or words[1] != head \
            or not head.text[:1].isupper() or "Plur" in head.morph.get("Number", []):
        return None
    iso3 = nouns.get(normalize(head.text))
    if iso3 is None:
        return None
    gender = phrase_gender(head)
    for m in index.before(phrase.start_char, WINDOW):
        key = m.entity_id or m.name
        if m.type != "PER" or quoted(m.start) or countries.get(key) != iso3:
            continue
        known = gender_of(key)
        if not gender or not known or known == gender:
            return m
    return None
