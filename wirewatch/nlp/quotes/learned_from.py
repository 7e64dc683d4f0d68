"""What the reporter learned from a source: "Deux personnes ont été blessées, a-t-on appris auprès de la
préfecture", "On a appris auprès du parquet que …".

The verb's subject is the newsroom ("on"); whoever the verb learned it from — the object of a preposition that
``quote_learned_from.tsv`` pairs with the verb (``verb``, ``preposition``: apprendre, auprès) — is the speaker.
What was said is the clause before a postposed attribution ("<content>, a-t-on appris auprès de X") or the
verb's complement clause ("On a appris auprès de X que <content>").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from wirewatch import lexicons
from wirewatch.nlp.doc_cache import doc_text
from wirewatch.nlp.quotes.content_edges import trim_content
from wirewatch.nlp.quotes.cue_contents import MIN_CONTENT_WORDS
from wirewatch.nlp.quotes.cues import Cue
from wirewatch.nlp.quotes.inversion import inverted_pronoun
from wirewatch.nlp.quotes.lexicon import QuoteLexicon
from wirewatch.nlp.quotes.segments import Segments
from wirewatch.nlp.quotes.subjects import finite, is_clause, verb_group_start

NOMINAL = ("NOUN", "PROPN")


@dataclass(frozen=True)
class LearnedFrom:
    """Verbs of learning and the prepositions that name whom it was learned from (lowercase)."""

    prepositions: dict[str, frozenset[str]] = field(default_factory=dict)  # preposition -> verb lemmas

    @classmethod
    def load(cls, lang: str) -> LearnedFrom:
        pairs: dict[str, set[str]] = {}
        for row in lexicons.read_tsv(lang, "quote_learned_from.tsv"):
            if row.get("verb") and row.get("preposition"):
                pairs.setdefault(row["preposition"].lower(), set()).add(row["verb"].lower())
        return cls({p: frozenset(v) for p, v in pairs.items()})

    def cues(self, lex: QuoteLexicon, doc: Doc, segments: Segments, quoted: Callable[[int], bool]) -> list[Cue]:
        """A cue on each verb of learning with a source, its source as the subject (see the module docstring)."""
        if not self.prepositions:
            return []
        out = []
        for prep in doc:
            verbs = self.prepositions.get(prep.lower_)
            if verbs is None or quoted(prep.idx):
                continue
            source = _source_of(prep)
            verb = _verb_of(prep, source)
            seg = segments.at(prep.idx)
            if source is None or verb is None or seg is None or verb.lemma_.lower() not in verbs \
                    or not seg.start <= verb.i < seg.end or not finite(verb):
                continue
            content = _complement(lex, verb, seg, quoted) or _postposed(lex, verb, seg, quoted)
            if content is not None:
                out.append(Cue(verb, "verb", seg, subject=source, content=content))
        return out


def _source_of(prep: Token) -> Token | None:
    """The nominal a preposition introduces: its head ("auprès" as ``case``) or its own child ("auprès" as an
    adverb governing "de la préfecture")."""
    if prep.head.i > prep.i and prep.head.pos_ in NOMINAL:
        return prep.head
    return next((c for c in prep.children if c.i > prep.i and c.pos_ in NOMINAL), None)


def _verb_of(prep: Token, source: Token | None) -> Token | None:
    for tok in (prep.head, source.head if source is not None else None):
        if tok is not None and tok.pos_ in ("VERB", "AUX") and tok.i < prep.i:
            return tok
    return None


def _complement(lex: QuoteLexicon, verb: Token, seg: Span, quoted: Callable[[int], bool]) -> tuple[int, int] | None:
    clause = next((c for c in verb.children if c.dep_ in lex.grammar.clause and c.i > verb.i
                   and seg.start <= c.i < seg.end), None)
    if clause is None:
        return None
    return _content(lex, verb.doc, clause.left_edge.i, min(clause.right_edge.i, seg.end - 1), quoted)


def _postposed(lex: QuoteLexicon, verb: Token, seg: Span, quoted: Callable[[int], bool]) -> tuple[int, int] | None:
    pronoun = inverted_pronoun(verb, seg, lex.pronouns, lex.grammar.auxiliary)
    start = pronoun.group_start if pronoun is not None else verb_group_start(verb)
    if start - 1 <= seg.start or verb.doc[start - 1].text != ",":
        return None
    return _content(lex, verb.doc, seg.start, start - 2, quoted)


def _content(lex: QuoteLexicon, doc: Doc, first: int, last: int, quoted: Callable[[int], bool]
             ) -> tuple[int, int] | None:
    if last < first or not is_clause(doc[first: last + 1]):
        return None
    span = trim_content(lex.grammar, doc_text(doc), doc[first].idx, doc[last].idx + len(doc[last].text))
    if span is None:
        return None
    words = [t for t in doc.char_span(*span, alignment_mode="expand") or () if not t.is_punct]
    if len(words) < MIN_CONTENT_WORDS or all(quoted(t.idx) for t in words):
        return None
    return span
