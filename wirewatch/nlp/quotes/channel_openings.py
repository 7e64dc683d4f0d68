"""Reported content never opens on the channel of its attribution.

"X said on Telegram it had …", "X a estimé sur France Inter que …": the parse may hang the channel phrase on the
reported clause (no "that" marks where the content starts), or split an outlet's name and read its last word as
the clause's head. The content then opens after the channel:

- a name the content would open inside of, when the name begins after the attribution verb ("France Inter");
- a prepositional phrase opening the content whose noun is a channel: a platform, outlet or document of the
  language's ``quote_channels.tsv`` ("on Telegram", "in a statement"), a document noun, or an outlet's name;
  likewise the time of speech, a date expression after the preposition ("said on Monday it had …").

The channel between the verb and the content is the attribution's, whatever the parse hung it on; an outlet named
inside a setting's phrase ("in an interview with CNN", "dans un entretien au Monde") is the channel.

What follows must still be content (a complementizer and edge punctuation are trimmed as for any content).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from spacy.tokens import Doc, Token

from wirewatch.nlp.quotes.channels import Outlets
from wirewatch.nlp.quotes.content_edges import trim_content
from wirewatch.nlp.quotes.content_words import word_count
from wirewatch.nlp.quotes.cue_contents import MIN_CONTENT_WORDS
from wirewatch.nlp.quotes.cues import Cue
from wirewatch.nlp.quotes.lexicon import QuoteLexicon
from wirewatch.nlp.quotes.mentions import EntityIndex
from wirewatch.nlp.quotes.things import is_document

MAX_STEPS = 3  # channel phrases skipped at most ("on Telegram on Monday" is two)


def past_channel_openings(lex: QuoteLexicon, doc: Doc, cues: Iterable[Cue], entities: EntityIndex,
                          is_outlet: Callable[[str], bool] | None) -> None:
    """Moves the start of each verb cue's content past a channel it opens on (see the module docstring)."""
    text = doc.text
    for cue in cues:
        if cue.kind != "verb" or cue.content is None or cue.content[0] <= cue.token.idx:
            continue
        start, end = cue.content
        for _ in range(MAX_STEPS):
            moved = _past_name(entities, cue.token.idx, start) or _past_channel_phrase(lex, doc, start, end,
                                                                                      is_outlet)
            if moved is None:
                break
            span = trim_content(lex.grammar, text, moved, end)
            tokens = doc.char_span(span[0], span[1], alignment_mode="expand") if span is not None else None
            if span is None or tokens is None or word_count(tokens) < MIN_CONTENT_WORDS:
                break
            start = span[0]
        cue.content = (start, end)


def _past_name(entities: EntityIndex, verb_at: int, start: int) -> int | None:
    """The end of a name that begins after the attribution verb and that ``start`` falls inside of."""
    for m in entities.overlapping(start, start + 1):
        if verb_at < m.start < start < m.end:
            return m.end
    return None


def _past_channel_phrase(lex: QuoteLexicon, doc: Doc, start: int, end: int,
                         is_outlet: Callable[[str], bool] | None) -> int | None:
    """The end of a prepositional phrase at ``start`` whose noun is a channel."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span) or span[0].pos_ != "ADP":
        return None
    prep = span[0]
    noun = _object_of(prep)
    if noun is None or noun.i < prep.i:
        return None
    last = min(noun.right_edge.i, span.end - 1)
    phrase = doc[prep.i: last + 1]
    if any(t.pos_ in ("VERB", "AUX") for t in phrase):
        return None  # the phrase holds a clause: read no further
    channel = bool(lex.channels_in(phrase.text)) or is_document(lex, noun) \
        or (is_outlet is not None and noun.pos_ == "PROPN" and is_outlet(doc[noun.left_edge.i: noun.i + 1].text))
    return phrase.end_char if channel or _a_date(doc, phrase.start_char, phrase.end_char) else None


def _a_date(doc: Doc, start: int, end: int) -> bool:
    """Whether a date expression fills the phrase after its preposition ("said on Monday it had …")."""
    return any(start < d.start and d.end >= end - 1 and d.start <= doc.text.find(" ", start) + 1
               for d in doc._.ww_dates or [])


def _object_of(prep: Token) -> Token | None:
    """The noun a preposition introduces: its object (ClearNLP "pobj") or its head (UD "case")."""
    if prep.dep_ == "case":
        return prep.head
    return next((c for c in prep.children if c.pos_ in ("NOUN", "PROPN")), None)


def before_content(cue: Cue, pos: int) -> bool:
    """Whether ``pos`` lies between the cue's verb and the content it reports ("said on Telegram it had …"): the
    attribution's own words, whatever the parse hung them on."""
    return cue.kind == "verb" and cue.content is not None and cue.token.idx < pos < cue.content[0]


def outlet_of_setting(doc: Doc, pos: int, entities: EntityIndex, outlets: Outlets | None) -> str | None:
    """"in an interview with CNN", "dans un entretien au Monde": the outlet named inside the channel phrase at
    ``pos`` (a setting of speech that an outlet's name qualifies) is the channel rather than the setting."""
    span = doc.char_span(pos, pos + 1, alignment_mode="expand")
    if outlets is None or span is None or not len(span):
        return None
    noun = _object_of(span[0]) if span[0].pos_ == "ADP" else span[0]
    if noun is None:
        return None
    start, end = noun.left_edge.idx, noun.right_edge.idx + len(noun.right_edge.text)
    for m in entities.overlapping(start, end):
        if m.type == "ORG" and start <= m.start and m.end <= end and outlets.is_outlet(m.name, doc.text[m.start:m.end]):
            return m.name
    return None
