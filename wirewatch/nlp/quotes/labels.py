"""Speaker labels: "Name: what they said".

Two press conventions put the speaker before a colon instead of a speech verb:

- a headline or line that opens on a person or organisation ("Ann Marks: The levy will not pass", "Marks : « … »");
- a transcript, where each turn opens on the speaker in capitals ("MS. MARKS: We will vote. MODERATOR: Thank you."),
  also after the end of the turn before it on the same line.

A label is a speaker only when it is one: a person or organisation the entity layer found, or a transcript label in
capitals holding an honorific, a title or a transcript role ("MR. LANE", "SENATOR LANE", "MODERATOR"); words with a
verb before the colon are a clause, not a label ("Ann Marks told the BBC: “…”": the outlet ends them, but the verb's
subject speaks and the outlet is the channel). A place
("Oslo: …", a dateline), a rubric ("Live:", "Source:", "Photo:") or any other word is not. What was said runs to
the next label of the line or to its end (a transcript's turn), or to the end of its sentence (a headline's
statement); the cue is the label, read on the surface.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from spacy.tokens import Doc

from wirewatch.nlp.doc_cache import doc_text
from wirewatch.nlp.quotes.cue_contents import MIN_CONTENT_WORDS
from wirewatch.nlp.quotes.cues import Cue
from wirewatch.nlp.quotes.lexicon import QuoteLexicon
from wirewatch.nlp.quotes.mentions import EntityIndex
from wirewatch.nlp.quotes.segments import Segments

LABEL = r"([^\W\d_][\w.’'\-]*(?:[ \u00a0][\w.’'\-]+){0,4})[ \u00a0\u202f]?:[ \u00a0\u202f]+(?=\S)"
LINE_LABEL = re.compile(LABEL)  # at the start of a line
TURN_LABEL = re.compile(r"(?<=[.!?…”\"’)\]] )" + LABEL)  # a transcript turn after the end of the one before
SPEAKER_TYPES = frozenset({"PER", "ORG"})
WORD = re.compile(r"\w+")
CLOSING = "\"”»’'"  # closing quotation marks a comma may stand inside ("…,\" X says")
CLAUSE_POS = ("VERB", "AUX")  # a label is a name, not a clause: "X told Reuters: …" is the verb's attribution


def label_cues(lex: QuoteLexicon, doc: Doc, segments: Segments, quoted: Callable[[int], bool],
               entities: EntityIndex) -> list[Cue]:
    """The label cues of ``doc``, each with what its speaker said as content (None when that is all quoted: the
    quotation is then attributed to the label as its nearest cue)."""
    text = doc_text(doc)
    cues: list[Cue] = []
    pos = 0
    for line in text.split("\n"):
        labels = list(_labels(lex, line, pos, quoted, entities))
        for k, (start, end, said, transcript) in enumerate(labels):
            said_end = labels[k + 1][0] if k + 1 < len(labels) else pos + len(line.rstrip())
            words = doc.char_span(start, end, alignment_mode="expand")
            seg, said_seg = segments.at(start), segments.at(said)
            if words is None or seg is None or (not transcript and any(t.pos_ in CLAUSE_POS for t in words)):
                continue  # ("Ann Marks told the BBC: “…”": a clause before the colon, its verb attributes)
            if not transcript and said_seg is not None:  # a headline's statement is one sentence
                said_end = min(said_end, said_seg.end_char)
            content = _content(text, said, said_end, quoted)
            cues.append(Cue(words[-1], "label", seg, speaker_words=words, content=content))
        pos += len(line) + 1
    return cues


def _labels(lex: QuoteLexicon, line: str, offset: int, quoted: Callable[[int], bool], entities: EntityIndex
            ) -> Iterator[tuple[int, int, int, bool]]:
    """(label start, label end, start of what was said, whether a transcript's) of each speaker label of one
    line, in order."""
    first = LINE_LABEL.match(line)
    found = [first] if first is not None else []
    found += [m for m in TURN_LABEL.finditer(line) if first is None or m.start() >= first.end()]
    for m in found:
        start, end = offset + m.start(1), offset + m.end(1)
        if quoted(start):
            continue
        label = m.group(1)
        turn = m.start() > 0
        transcript = _transcript_label(lex, label)
        if transcript or (not turn and _names_speaker(entities, start, end)):
            yield start, end, offset + m.end(), transcript


def _names_speaker(entities: EntityIndex, start: int, end: int) -> bool:
    """A person or organisation the entity layer found ends the label (the label is no longer than it allows)."""
    return any(m.type in SPEAKER_TYPES and m.end == end and m.start >= start for m in entities.overlapping(start, end))


def _transcript_label(lex: QuoteLexicon, label: str) -> bool:
    """"MS. LANE", "SENATOR LANE", "MODERATOR": capitals holding an honorific, a title or a transcript role."""
    if not label.isupper():
        return False
    words = label.lower().split()
    if " ".join(words) in lex.transcript_roles:
        return True
    return len(words) > 1 and (words[0] in lex.honorifics or words[0] in lex.titles or words[0] in lex.speaker_nouns)


def _content(text: str, start: int, end: int, quoted: Callable[[int], bool]) -> tuple[int, int] | None:
    while end > start and text[end - 1] in " \u00a0\t,;":
        end -= 1
    words = list(WORD.finditer(text, start, end))
    if len(words) < MIN_CONTENT_WORDS or all(quoted(w.start()) for w in words):
        return None
    first_own = next(w for w in words if not quoted(w.start()))
    if quoted(words[0].start()) and text[start:first_own.start()].rstrip(CLOSING + " \u00a0").endswith(","):
        return None  # "Renault : « … », assure son patron": the quotation has an attribution of its own
    return start, end
