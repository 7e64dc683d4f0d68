"""A title alone taking up a person the article named without it: "Olaf Scholz a présenté son plan. « … », a
affirmé le chancelier", "Keir Starmer was in Paris. “…,” the prime minister said".

The article often names a person bare and then calls them by their office only. When no person of the article
holds that title in the text (offices.py), the nearest person named before (within ``WINDOW`` characters, not
inside a quotation) whose actor-KB positions held that role on the publication date is the holder: the title's
roles from ``titles.tsv``, widened by the generic offices of ``quote_office_holders.tsv`` ("le chef du
gouvernement" → prime minister, chancellor). A country word in the description ("le président turc") must be the
country of that position. An indefinite description ("un ministre") is someone else.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from spacy.tokens import Span

from wirewatch.kb.actor_kb import Actor
from wirewatch.kb.names import normalize
from wirewatch.nlp.quotes.describe import ActorDescriber
from wirewatch.nlp.quotes.lexicon import QuoteLexicon
from wirewatch.nlp.quotes.mentions import EntityIndex, EntityMention, roles_by_head
from wirewatch.nlp.quotes.offices import titled_otherwise

WINDOW = 1500  # characters searched back for the person the title takes up


def kb_holder_before(describer: ActorDescriber, lex: QuoteLexicon, index: EntityIndex,
                     quoted: Callable[[int], bool], phrase: Span, on: dt.date | None) -> EntityMention | None:
    """The person named before ``phrase`` whom the KB gives the office its title names (see the module docstring)."""
    if on is None:
        return None
    roles = title_roles(phrase, lex)
    if not roles:
        return None
    countries = phrase_countries(phrase, describer)
    for m in index.before(phrase.start_char, WINDOW):
        if m.type != "PER" or quoted(m.start) or titled_otherwise(phrase.doc, lex, m, roles):
            continue  # ("le préfet X": the article calls X by another title, whatever office X holds)
        if kb_holds(describer, m, roles, countries, on):
            return m
    return None


def title_roles(phrase: Span, lex: QuoteLexicon) -> list[str]:
    """The roles a definite title phrase names (``titles.tsv``), widened by the generic offices of
    ``quote_office_holders.tsv``; none for an indefinite one ("un ministre": someone else)."""
    if not len(phrase) or phrase[0].lower_ in lex.grammar.indefinite:
        return []
    roles = roles_by_head(phrase, lex.titles)
    return roles + [r for role in roles for r in lex.office_holders.get(role, ()) if r not in roles]


def phrase_countries(phrase: Span, describer: ActorDescriber) -> set[str]:
    """The countries the phrase's country words name ("le président turc")."""
    return {describer.country_words[w] for w in (normalize(t.text) for t in phrase) if w in describer.country_words}


def kb_holds(describer: ActorDescriber, mention: EntityMention, roles: list[str], countries: set[str],
             on: dt.date) -> bool:
    """The mention's KB person held one of ``roles`` on ``on``, of one of ``countries`` when any are given."""
    actor = _actor_of(describer, mention)
    return actor is not None and any(pos.role in roles and pos.holds_on(on)
                                     and (not countries or pos.country in countries) for pos in actor.positions)


def _actor_of(describer: ActorDescriber, mention: EntityMention) -> Actor | None:
    """The KB person of a mention: its entity's canonical name is a KB name."""
    return describer.kb.lookup(mention.name, describer.lang, "PER")
