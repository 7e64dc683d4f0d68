"""Attributions that come after a quotation with none of its own.

- A quotation continued over paragraphs: a paragraph that opens a quotation and ends without closing it goes on
  in the next paragraph, which reopens it ("« A.¶« B », a-t-elle ajouté." in French press style; ""A.¶"B," she
  added." in English). The attribution at the end of the quotation is that of every part.
- The sentence right after a whole-sentence quotation, in its paragraph, with no attribution and no quotation of
  its own, whose subject is a person or an organisation the article names ("« Nous ne céderons pas. » La
  syndicaliste Marie Lenoir est catégorique."): its subject said it. So does the first sentence of the next
  paragraph when the quotation is a paragraph of its own ("« Nous ne céderons pas. »¶Le Premier ministre X a
  réagi mardi soir …"), the lead quotation of wire copy.
- A quotation a colon introduces after a clause with no speech verb and no object ("La ministre a été claire :
  « … »", "The mayor was blunt: "…""): the subject of that clause said it (not in "X a reçu un message : « … »").
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

from spacy.tokens import Span, Token

from wirewatch.nlp.quotes.assemble import Found
from wirewatch.nlp.quotes.cues import Cue
from wirewatch.nlp.quotes.lexicon import QuoteGrammar
from wirewatch.nlp.quotes.segments import Segments

OPENING_MARKS = "«“\"‹„‘"
CLOSING_MARKS = "»”\"›’"
SENTENCE_END = ".!?…"


def continued_over_paragraphs(text: str, found: list[Found]) -> None:
    """Give an unattributed direct quote left open at the end of its paragraph the speaker of the direct quote
    that reopens right after the paragraph break (later parts first, so a chain takes the final attribution), and
    an unattributed reopened part the speaker of the part before."""
    direct = sorted((f for f in found if f.direct), key=lambda f: f.start)
    pairs = [(part, rest) for part, rest in itertools.pairwise(direct) if _reopened(text[part.end:rest.start])]
    for part, rest in reversed(pairs):
        if part.speaker is None and rest.speaker is not None and part.cue is None:
            part.speaker = rest.speaker
    for part, rest in pairs:  # and a part with no attribution of its own goes on with the one before
        if rest.speaker is None and part.speaker is not None and rest.cue is None:
            rest.speaker = part.speaker


def _reopened(between: str) -> bool:
    """The text between two quotations is a paragraph break and an opening mark: the first was left open."""
    return "\n" in between and not between.strip(" \t\u00a0\u202f\n" + OPENING_MARKS) \
        and any(m in between for m in OPENING_MARKS)


def next_sentence_subject(text: str, f: Found, segments: Segments, cues: list[Cue], g: QuoteGrammar,
                          quoted: Callable[[int], bool]) -> tuple[Token, Span] | None:
    """The subject (and segment) of the sentence right after a whole-sentence quotation ``f`` in its paragraph,
    when that sentence holds no attribution and no quotation (see the module docstring)."""
    closing = text[f.end:f.end + 3].lstrip(CLOSING_MARKS + " \u00a0\u202f")
    if not (text[f.end - 1:f.end] in SENTENCE_END or closing[:1] in SENTENCE_END):
        return None  # "« A », dit-il" or a phrase inside a sentence: not a whole sentence
    after = next((s for s in segments.spans if s.start_char >= f.end and not all(
        t.is_punct or t.is_space for t in s)), None)
    if after is None:
        return None
    lead = "\n" in text[f.end:after.start_char]
    if lead and not _lone_paragraph(text, f, after.start_char):
        return None
    # (a speech verb with nothing said of its own opens the paragraph after a lead quotation: "X a réagi")
    if any(after.start_char <= c.position < after.end_char and not (lead and c.content is None) for c in cues) \
            or any(quoted(t.idx) for t in after if not t.is_punct):
        return None
    roots = [t for t in after if t.head.i == t.i or not after.start <= t.head.i < after.end]
    subjects = [c for r in roots if r.pos_ in ("VERB", "AUX", "ADJ", "NOUN") for c in r.children
                if c.dep_ in g.active_subject and c.i < r.i and c.pos_ in ("NOUN", "PROPN")]
    return (subjects[0], after) if subjects else None


def _lone_paragraph(text: str, f: Found, next_start: int) -> bool:
    """The quotation is a paragraph of its own and the next paragraph follows it at once: a lead quotation whose
    speaker the next paragraph names ("« Nous ne céderons pas. »¶Le Premier ministre X a réagi mardi …")."""
    opening = text.rfind("\n", 0, f.start) + 1
    if text[opening:f.start].strip(" \t\u00a0\u202f" + OPENING_MARKS):
        return False
    return not text[f.end:next_start].strip(" \t\u00a0\u202f\n" + CLOSING_MARKS + SENTENCE_END) \
        and text[f.end:next_start].count("\n") <= 2


def colon_subject(text: str, f: Found, segments: Segments, g: QuoteGrammar) -> tuple[Token, Span] | None:
    """The subject (and segment) of the clause that a colon right before the quotation ``f`` ends."""
    before = text[:f.start].rstrip(" \t\u00a0\u202f" + OPENING_MARKS)
    if not before.endswith(":"):
        return None
    seg = segments.at(len(before) - 1)
    if seg is None or "\n" in text[len(before):f.start]:
        return None
    colon = next((t for t in seg if t.idx == len(before) - 1), None)
    if colon is None or colon.i == seg.start:
        return None
    head = seg.doc[colon.i - 1]
    for _ in range(6):  # up to the head of the clause the colon ends
        if head.head.i == head.i or not seg.start <= head.head.i < colon.i:
            break
        head = head.head
    if any(c.dep_ in g.object and c.i < colon.i for c in head.children):
        return None  # "X a reçu un message : « … »": what the clause names said it, not its subject
    subject = next((c for c in head.children if c.dep_ in g.active_subject and c.i < head.i
                    and c.pos_ in ("NOUN", "PROPN", "PRON")), None)
    if subject is None:  # the parse hung the clause's subject on the quotation's verb
        subject = next((t for t in seg.doc[seg.start:colon.i] if t.dep_ in g.active_subject
                        and t.pos_ in ("NOUN", "PROPN", "PRON")), None)
    return (subject, seg) if subject is not None else None
