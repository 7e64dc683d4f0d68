"""Two speech verbs of one speaker, coordinated, each with its own complement clause: "X a estimé que A et a promis
que B", "X said that A and promised that B".

The parse often hangs the second verb inside the first one's clause (a conjunct of A's verb, which lends it A's
subject), so the first content runs on over "et a promis que B" and the second verb has no speaker of its own.
Read on the surface: inside a content, a coordinating conjunction, the same auxiliaries as the first verb's (none,
or « a », "has": the same tense, so "X a dit que Y avait menti et avait assuré que …" stays Y's words), then a speech
verb that takes a clause and its complementizer. The first content ends before the conjunction; the second verb
reports what follows its complementizer, and speaks with the first verb's speaker.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from wirewatch.nlp.quotes.lexicon import QuoteGrammar, SpeechVerb

if TYPE_CHECKING:
    from wirewatch.nlp.quotes.cues import Cue

Accept = Callable[[int, int], "tuple[int, int] | None"]  # first and last token → the content's characters


def _auxiliaries_before(tok: Token) -> tuple[list[str], int]:
    """The auxiliaries (and adverbs) written just before a verb, lowercased, and the index of the word before them."""
    j, auxiliaries = tok.i - 1, []
    while j >= 0 and tok.doc[j].pos_ in ("AUX", "ADV"):
        if tok.doc[j].pos_ == "AUX":
            auxiliaries.append(tok.doc[j].lower_)
        j -= 1
    return auxiliaries, j


def split_coordinated_reports(cues: list[Cue], g: QuoteGrammar, verb_of: Callable[[Token], SpeechVerb | None],
                              accept: Accept, new_cue: Callable[[Token, Span], Cue]) -> list[Cue]:
    """Cut each verb cue's content before a coordinated speech verb of the same speaker (see the module docstring);
    returns the cues to add (the second verbs that had no cue of their own; ``new_cue`` makes one)."""
    added: list[Cue] = []
    by_token = {c.token.i: c for c in cues if c.kind == "verb"}
    for cue in list(cues):
        if cue.kind != "verb" or cue.content is None or (cue.subject is None and cue.speaker_words is None):
            continue
        doc = cue.token.doc
        words = doc.char_span(*cue.content, alignment_mode="expand")
        if words is None:
            continue
        own_auxiliaries, _ = _auxiliaries_before(cue.token)
        # (the second verb inside the content, or just after it when the parse ended the content on "and")
        for tok in doc[words.start + 1: min(cue.sent.end, words.end + 4) - 1]:
            entry = verb_of(tok)
            if entry is None or not entry.takes_clause or tok.pos_ != "VERB" \
                    or doc[tok.i + 1].lower_ not in g.complementizer:
                continue
            auxiliaries, j = _auxiliaries_before(tok)
            if not words.start < j < words.end or doc[j].pos_ != "CCONJ" or auxiliaries != own_auxiliaries \
                    or (not auxiliaries and tok.morph.get("Tense", []) != cue.token.morph.get("Tense", [])):
                continue
            other = by_token.get(tok.i)
            first = accept(words.start, j - 1)
            second = accept(tok.i + 2, max(words.end, cue.sent.end if tok.i >= words.end else 0) - 1) \
                if other is None or other.content is None else other.content
            if first is None or second is None:
                continue
            cue.content = first
            if other is None:
                other = new_cue(tok, cue.sent)
                added.append(other)
            other.subject, other.speaker_words, other.content = cue.subject, cue.speaker_words, second
            break
    return added
