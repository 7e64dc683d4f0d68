"""A title alone whose holder the next words name: "« … », a déclaré le ministre des Affaires étrangères. Jean-Noël
Barrot s'exprimait devant les ambassadeurs", "“…,” the chancellor said. Olaf Scholz spoke in Berlin", "…, a dit le
ministre. Le ministre des Affaires étrangères, Jean-Noël Barrot, …".

When no one before holds the office (offices.py, kb_titles.py), the first person named after the title phrase,
within ``WINDOW`` characters and outside quotation marks, is its holder if the article gives that person the
role or names them beside the same title word (when the phrase names no country), or if the actor KB gives them
the role on the publication date (a country word of the phrase must then be the position's). Only that first
person is read: someone else named first breaks the link. Likewise a pronoun that no one before can take up
(person_named_after): "« … », a-t-il déclaré. Emmanuel Macron s'exprimait à Lyon".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from wirewatch.nlp.quotes.describe import ActorDescriber
from wirewatch.nlp.quotes.kb_titles import kb_holds, phrase_countries, title_roles
from wirewatch.nlp.quotes.lexicon import QuoteLexicon
from wirewatch.nlp.quotes.mentions import EntityIndex, EntityMention

WINDOW = 300  # characters after the title phrase: its sentence and the next


def holder_named_after(doc: Doc, describer: ActorDescriber | None, lex: QuoteLexicon, index: EntityIndex,
                       quoted: Callable[[int], bool], phrase: Span, on: dt.date | None) -> EntityMention | None:
    """The first person named after ``phrase`` when they hold its office (see the module docstring)."""
    roles = title_roles(phrase, lex)
    if not roles:
        return None
    first = next((m for m in index.mentions if phrase.end_char <= m.start <= phrase.end_char + WINDOW
                  and m.type == "PER" and not quoted(m.start)), None)
    if first is None:
        return None
    countries = phrase_countries(phrase, describer) if describer is not None else set()
    if not countries and (first.role in roles or _titled(doc, phrase, first)):
        return first  # (a country word is checked on the KB's positions only)
    if describer is None or on is None:
        return None
    return first if kb_holds(describer, first, roles, countries, on) else None


def _titled(doc: Doc, phrase: Span, mention: EntityMention) -> bool:
    """"Le ministre des Affaires étrangères, Jean-Noël Barrot": the name beside a noun that is the phrase's title
    word."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or not len(span) or phrase.root.pos_ != "NOUN":
        return False
    title = phrase.root.lemma_.lower()
    return any(t.pos_ == "NOUN" and t.lemma_.lower() == title and not mention.start <= t.idx < mention.end
               for t in (span.root.head, *span.root.children))


def person_named_after(index: EntityIndex, quoted: Callable[[int], bool], gender_of: Callable[[str], str | None],
                       pronoun: Token, gender: str) -> EntityMention | None:
    """"« … », a-t-il déclaré jeudi. Emmanuel Macron s'exprimait à Lyon": a singular pronoun that no one before can
    take up refers ahead to the first person named in the next sentence, when that person's gender agrees."""
    sent_end = pronoun.sent.end_char
    first = next((m for m in index.mentions if pronoun.idx < m.start <= sent_end + WINDOW and m.type == "PER"
                  and not quoted(m.start)), None)
    if first is None or first.start < sent_end:
        return None  # (a person later in the pronoun's own sentence is someone else: "a-t-il dit à X")
    known = gender_of(first.entity_id or first.name)
    return first if gender not in ("m", "f") or known is None or known == gender else None
