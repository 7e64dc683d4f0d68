"""Office holders: a title alone as the speaker ("the president said", "a ajouté le ministre") → the person the
article names with that role, or beside that title word."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span

from wirewatch.nlp.quotes.lexicon import QuoteLexicon
from wirewatch.nlp.quotes.mentions import EntityIndex, EntityMention, roles_by_head

WINDOW = 1500  # characters searched back for the holder of the office


def holder_by_title(doc: Doc, lex: QuoteLexicon, index: EntityIndex, quoted: Callable[[int], bool],
                    phrase: Span) -> EntityMention | None:
    """"The president said": the nearest person before with that role, else the article's only one."""
    if phrase and phrase[0].text.lower() in lex.grammar.indefinite:  # "a spokesperson for …": someone else
        return None
    roles = roles_by_head(phrase, lex.titles)
    if not roles:
        return None
    # "le chef du gouvernement": whoever holds the office under its own title (the prime minister)
    roles += [r for role in roles for r in lex.office_holders.get(role, ()) if r not in roles]
    for m in index.before(phrase.start_char, WINDOW):
        if m.type == "PER" and m.role in roles and not quoted(m.start):
            return m
    for role in roles:
        holders = index.with_role(role)
        if len({m.entity_id or m.name for m in holders}) == 1:
            return holders[0]
    return titled_before(doc, lex, index, quoted, phrase)


def titled_before(doc: Doc, lex: QuoteLexicon, index: EntityIndex, quoted: Callable[[int], bool],
                  phrase: Span) -> EntityMention | None:
    """"Le ministre de l'Éducation Paul Renard … a ajouté le ministre": the nearest person named earlier
    beside the same title word (in apposition or compound), when the entities layer gave it no role."""
    title = phrase.root.lemma_.lower()
    if phrase.root.pos_ != "NOUN" or title not in lex.titles:
        return None
    for m in index.before(phrase.start_char, WINDOW):
        if m.type != "PER" or quoted(m.start):
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        beside = [span.root.head, *span.root.children]
        if any(t.pos_ == "NOUN" and t.lemma_.lower() == title and not m.start <= t.idx < m.end for t in beside):
            return m
    return None
