"""An opinion framed by whose it is, opening the sentence: "Pour le maire, « la réforme arrive trop tard »",
"Pour Amnesty International, la loi viole le droit d'asile".

A preposition of ``quote_opinion_frames.tsv`` (``phrase``: "pour") opening a segment (after a conjunction or an
adverb at most) and followed by a comma frames the rest of the segment as what its object holds. Unlike "selon",
"pour" opens many adjuncts ("Pour la première fois", "Pour Noël", "Pour ce faire"), so its object speaks only when
it is one who can: a subject pronoun form ("Pour lui"), a person or organisation of the entities layer, or a
title or a speaker noun ("Pour le ministre", "Pour les syndicats"). The cue has the rest of the segment as its
content when that is a clause with words outside quotation marks; a quotation there is attributed by the cue.
A holder that is only a speaker noun ("les syndicats", "les enfants") frames a view only when what follows is a
judgement (an adjective or noun predicate, "il faut", "doit", or quoted words): "Pour les enfants, l'école reprendra
lundi" says whom it is for.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from wirewatch import lexicons
from wirewatch.nlp.doc_cache import doc_text
from wirewatch.nlp.quotes.content_edges import trim_content
from wirewatch.nlp.quotes.cue_contents import MIN_CONTENT_WORDS
from wirewatch.nlp.quotes.cues import Cue
from wirewatch.nlp.quotes.lexicon import QuoteLexicon
from wirewatch.nlp.quotes.segments import Segments
from wirewatch.nlp.quotes.subjects import is_clause

OPENING_WORDS = ("CCONJ", "ADV")  # "Mais pour X, …", "Or, pour X, …"
SPEAKER_ENTITY_TYPES = frozenset({"PER", "ORG"})
MAX_FRAME_WORDS = 12  # "Pour le porte-parole de la coalition au pouvoir, …": the frame ends at its comma
MODAL_LEMMAS = frozenset({"falloir", "devoir", "pouvoir"})  # "il faut", "doit": a judgement of what should be


@dataclass(frozen=True)
class OpinionFrames:
    """The prepositions that frame an opinion by its holder (lowercase)."""

    phrases: frozenset[str] = frozenset()

    @classmethod
    def load(cls, lang: str) -> OpinionFrames:
        return cls(frozenset(row["phrase"].lower() for row in lexicons.read_tsv(lang, "quote_opinion_frames.tsv")
                             if row.get("phrase")))

    def cues(self, lex: QuoteLexicon, doc: Doc, segments: Segments, quoted: Callable[[int], bool]) -> list[Cue]:
        if not self.phrases:
            return []
        entity_heads: dict[int, str] | None = None  # read once, when a segment opens on a frame
        out = []
        for seg in segments.spans:
            opening = next((t for t in seg if not t.is_punct and t.pos_ not in OPENING_WORDS), None)
            if opening is None or opening.lower_ not in self.phrases or quoted(opening.idx):
                continue
            comma = next((t for t in doc[opening.i + 1: min(opening.i + 1 + MAX_FRAME_WORDS, seg.end)]
                          if t.text == ","), None)
            holder = None if comma is None else _object(opening, comma)
            if holder is None:
                continue
            entity_heads = _entity_tokens(doc) if entity_heads is None else entity_heads
            if comma is None or not _can_hold(lex, holder, entity_heads):
                continue
            # "Pour X, économiste à Lille, <content>": the holder's apposition is not what it holds
            apposed = next((c for c in holder.children if c.dep_ in lex.grammar.apposition
                            and c.left_edge.i == comma.i + 1), None)
            if apposed is not None:
                comma = next((t for t in doc[apposed.right_edge.i + 1: seg.end] if t.text == ","), None)
                if comma is None:
                    continue
            content = frame_content(lex, doc, comma.i + 1, seg.end - 1, quoted)
            if content is not None and _group_noun(lex, holder, entity_heads) \
                    and not _evaluative(doc, content, quoted):
                continue  # "Pour les enfants, l'école reprendra lundi": whom it is for, not what they hold
            out.append(Cue(opening, "source", seg, subject=holder, speaker_words=doc[opening.i + 1: comma.i],
                           content=content))
        return out


def _object(prep: Token, comma: Token) -> Token | None:
    """The nominal the preposition governs, standing before the comma."""
    head = prep.head
    if head.i > prep.i and head.i < comma.i and head.pos_ in ("NOUN", "PROPN", "PRON"):
        return head
    return next((c for c in prep.children if prep.i < c.i < comma.i and c.pos_ in ("NOUN", "PROPN", "PRON")), None)


def _can_hold(lex: QuoteLexicon, holder: Token, entity_heads: dict[int, str]) -> bool:
    if holder.pos_ == "PRON":
        return holder.lower_ in lex.pronouns
    if entity_heads.get(holder.i) in SPEAKER_ENTITY_TYPES:
        return True
    words = {holder.lower_, holder.lemma_.lower()}
    if words & lex.titles.keys() or words & lex.speaker_nouns:
        return True
    # "Pour le politologue X": a noun with a person or organisation in apposition (not "la visite de X")
    return any(c.pos_ == "PROPN" and entity_heads.get(c.i) in SPEAKER_ENTITY_TYPES and c.i > holder.i
               and not any(k.dep_ == "case" for k in c.children) for c in holder.children)


def _group_noun(lex: QuoteLexicon, holder: Token, entity_heads: dict[int, str]) -> bool:
    """A holder that is only a speaker noun ("les syndicats", "les enfants"), neither a name, a title nor a
    pronoun: "pour" before it also says whom something is for."""
    if holder.pos_ == "PRON" or entity_heads.get(holder.i) in SPEAKER_ENTITY_TYPES:
        return False
    words = {holder.lower_, holder.lemma_.lower()}
    return not words & lex.titles.keys() and not any(c.pos_ == "PROPN" for c in holder.children)


def _evaluative(doc: Doc, content: tuple[int, int], quoted: Callable[[int], bool]) -> bool:
    """Whether the content is a judgement: words in quotation marks, or a clause whose predicate is an adjective
    or a noun ("la réforme reste inacceptable", "la réponse est claire") or a verb of necessity or possibility
    ("il faut", "doit")."""
    span = doc.char_span(*content, alignment_mode="expand")
    if span is None:
        return False
    if any(quoted(t.idx) for t in span):
        return True
    root = span.root
    if root.pos_ in ("ADJ", "NOUN") or any(c.pos_ == "AUX" and c.dep_ == "cop" for c in root.children):
        return True
    if any(c.dep_ == "xcomp" and c.pos_ == "ADJ" for c in root.children):
        return True
    return root.lemma_.lower() in MODAL_LEMMAS


def _entity_tokens(doc: Doc) -> dict[int, str]:
    """Token index → entity type, for the tokens of the entities layer's mentions."""
    out: dict[int, str] = {}
    for entity in doc._.ww_entities or []:
        for mention in entity.mentions:
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            for tok in span or ():
                out[tok.i] = entity.type
    return out


def frame_content(lex: QuoteLexicon, doc: Doc, first: int, last: int, quoted: Callable[[int], bool]
                  ) -> tuple[int, int] | None:
    """The character range of what a frame reports (tokens ``first``..``last``): a clause of at least
    ``MIN_CONTENT_WORDS`` words outside quotation marks, trimmed of its edges; None otherwise."""
    if last < first:
        return None
    span = doc[first: last + 1]
    unquoted = [t for t in span if not t.is_punct and t.pos_ != "DET" and not quoted(t.idx)]
    if len(unquoted) < MIN_CONTENT_WORDS or not is_clause(span):
        return None
    return trim_content(lex.grammar, doc_text(doc), span.start_char, span.end_char)
