"""The reader's impersonal frame citing a document: "<content>, peut-on lire dans le communiqué de l'Élysée",
"<content>, lit-on dans le rapport", "<content>, as can be read in the ministry's statement".

A phrase of ``quote_reader_frames.tsv`` (an impersonal reading verb ending on the preposition that introduces the
document) after a comma, outside quotation marks, whose noun is a document (``quote_document_nouns.txt``) and
whose document phrase ends the segment, frames the clause before the comma as what the document says. The
document is the cue's subject: its issuer (the « de X » complement, "from X", "X's") speaks and the document is
the channel (speakers.py, things.py); a document nobody is named as issuing gives no speaker, and the reported
speech is then left out.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from wirewatch import lexicons
from wirewatch.nlp.quotes.cues import Cue
from wirewatch.nlp.quotes.lexicon import QuoteLexicon
from wirewatch.nlp.quotes.opinion_frames import frame_content
from wirewatch.nlp.quotes.segments import Segments
from wirewatch.nlp.quotes.things import is_document

NOUN_PHRASE_OPENERS = ("DET", "ADJ", "NUM")
COMPOUND = ("compound", "amod", "nmod:poss", "poss")  # "dans le dernier communiqué", "in the ministry's statement"


@dataclass(frozen=True)
class ReaderFrames:
    """The reader's frames, as word sequences (lowercase), by their first word."""

    by_first: dict[str, tuple[tuple[str, ...], ...]]

    @classmethod
    def load(cls, lang: str) -> ReaderFrames:
        by_first: dict[str, list[tuple[str, ...]]] = {}
        for row in lexicons.read_tsv(lang, "quote_reader_frames.tsv"):
            words = tuple(row.get("phrase", "").lower().split())
            if words:
                by_first.setdefault(words[0], []).append(words)
        return cls({k: tuple(sorted(v, key=len, reverse=True)) for k, v in by_first.items()})

    def cues(self, lex: QuoteLexicon, doc: Doc, segments: Segments, quoted: Callable[[int], bool]) -> list[Cue]:
        if not self.by_first:
            return []
        out = []
        for seg in segments.spans:
            for tok in seg:
                phrases = self.by_first.get(tok.lower_)
                if not phrases or quoted(tok.idx):
                    continue
                words = next((p for p in phrases if tok.i + len(p) <= seg.end and all(
                    doc[tok.i + j].lower_ == w for j, w in enumerate(p))), None)
                if words is None:
                    continue
                cue = _cue(lex, doc, seg, tok, doc[tok.i + len(words) - 1], quoted)
                if cue is not None:
                    out.append(cue)
        return out


def _cue(lex: QuoteLexicon, doc: Doc, seg: Span, first: Token, prep: Token, quoted: Callable[[int], bool]
         ) -> Cue | None:
    comma = first.i - 1
    if comma <= seg.start or doc[comma].text != ",":
        return None
    document = _document(doc, seg, prep)
    if document is None or not is_document(lex, document):
        return None
    # the document phrase ends the segment ("…, peut-on lire dans le communiqué de X.")
    if any(not t.is_punct and t.i not in {s.i for s in document.subtree} for t in doc[document.i + 1: seg.end]):
        return None
    content = frame_content(lex, doc, seg.start, comma - 1, quoted)
    if content is None:
        return None
    return Cue(prep, "source", seg, subject=document, content=content)


def _document(doc: Doc, seg: Span, prep: Token) -> Token | None:
    """The noun the frame's preposition introduces: the first noun after it, past determiners and adjectives."""
    for tok in doc[prep.i + 1: seg.end]:
        if tok.pos_ in ("NOUN", "PROPN"):
            while tok.head.i > tok.i and tok.head.pos_ in ("NOUN", "PROPN") and tok.dep_ in COMPOUND:
                tok = tok.head  # "a UN report": the report
            return tok
        if tok.pos_ not in NOUN_PHRASE_OPENERS and tok.dep_ != "case":  # ("the ministry 's statement")
            return None
    return None
