"""Source phrases as attribution cues: "selon X", "according to X", "d'après X" — their source and what it said.

A source phrase is a phrase of the lexicon (``phrases_by_first_word``) outside quotation marks whose object is a
source: a name, a pronoun, an entity, a source or speaker noun, a title or a noun taking up a person ("selon ce
dernier": quote_anaphoric_nouns.txt), or a phrase with a name inside ("selon des données publiées par
le ministère"). What the source said is the rest of the sentence around the phrase: "Selon X, <content>." or
"<content>, selon X."
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from wirewatch.nlp.quotes.lexicon import QuoteGrammar, QuoteLexicon
from wirewatch.nlp.quotes.person_nouns import anaphoric_nouns
from wirewatch.nlp.quotes.subjects import within

Accept = Callable[[int, int], "tuple[int, int] | None"]  # token range -> the content's characters, if speech


def source_phrases(lex: QuoteLexicon, seg: Span, firsts: list[int], quoted: Callable[[int], bool],
                   accept: Accept) -> list[tuple[Token, Token, tuple[int, int] | None]]:
    """The source phrases of ``seg``, left to right, the longest at each word, as (the phrase's last word, its
    source, the content's characters); ``firsts``: the tokens of ``seg`` that open one, ascending."""
    out: list[tuple[Token, Token, tuple[int, int] | None]] = []
    doc = seg.doc
    free = seg.start  # the first token not taken by a phrase already read
    for i in firsts:
        if i < free:
            continue
        match = next((p for p in lex.phrases_by_first_word.get(doc[i].lower_, ()) if i + len(p) <= seg.end
                      and all(doc[i + j].lower_ == w for j, w in enumerate(p[1:], 1))), None)
        if match is None or quoted(doc[i].idx):
            continue
        first, last = doc[i], doc[i + len(match) - 1]
        source = _source_object(first, last, lex.grammar)
        if source is not None and within(source, seg) and _is_source(lex, source):
            out.append((last, source, _source_content(seg, first, source, accept)))
        free = i + len(match)
    return out


def _source_object(first: Token, last: Token, g: QuoteGrammar) -> Token | None:
    """The noun a source phrase governs: "according to <X>", "selon <X>", "d'après <X>"; a phrase that ends in its
    own noun is its source ("de source <policière>")."""
    if last.pos_ == "NOUN" and last.i > first.i:
        return last
    obj = next((c for c in last.children if c.dep_ in g.source_object), None)
    if obj is not None:
        return obj
    for tok in (last, first):
        if tok.dep_ in ("case", "mark") and tok.head.i > last.i:
            head = tok.head  # ("selon ce dernier": an adjective its determiner makes a noun)
            nominal = head.pos_ in ("NOUN", "PROPN", "PRON") or (
                head.pos_ == "ADJ" and any(c.dep_ == "det" and c.i < head.i for c in head.children))
            return _named_head(head) if nominal else None
    return None


def _named_head(noun: Token) -> Token:
    """The name a title before it stands for when the parse made the title its modifier: "selon le chancelier
    allemand Olaf Scholz" parsed chancelier -amod-> allemand -amod-> Olaf; the phrase is the name's."""
    tok = noun
    while tok.dep_ == "amod" and tok.head.i == tok.i + 1 and tok.head.pos_ in ("NOUN", "PROPN", "ADJ"):
        tok = tok.head
    return tok if tok.pos_ == "PROPN" and tok.i != noun.i else noun


def _is_source(lex: QuoteLexicon, source: Token) -> bool:
    if source.pos_ in ("PROPN", "PRON") or source.ent_type_:
        return True
    words = {source.lemma_.lower(), source.text.lower()}
    if words & lex.source_nouns or words & lex.speaker_nouns or words & lex.titles.keys():
        return True
    if words & anaphoric_nouns(lex.lang):  # "selon ce dernier", "d'après l'élue": a person named before
        return True
    # "selon des données publiées par le ministère": a named source inside the phrase
    return any(t.pos_ == "PROPN" for t in source.subtree)


def _source_content(seg: Span, first: Token, source: Token, accept: Accept) -> tuple[int, int] | None:
    doc = seg.doc
    # (the parse may hang the comma that closes the phrase on its object: "D'après X, <content>")
    phrase_end = min(max(t.i for t in source.subtree if not t.is_punct or t.i == source.i), seg.end - 1)
    opening = [t for t in doc[seg.start: first.i] if not t.is_punct and t.pos_ not in ("CCONJ", "ADV")]
    if not opening:  # "(Mais) selon X, <content>."
        if phrase_end + 1 < seg.end and doc[phrase_end + 1].text == ",":
            return accept(phrase_end + 1, seg.end - 1)
        # "Selon des sources sécuritaires, au moins douze personnes ont été tuées": the parse hung words of the
        # content on the source; the phrase ends at the last comma within the source's words
        comma = next((t.i for t in reversed(doc[source.i + 1: phrase_end + 1]) if t.text == ","), None)
        return accept(comma, seg.end - 1) if comma is not None else None
    comma = _comma_before(seg, first)
    if not any(not t.is_punct for t in doc[phrase_end + 1: seg.end]) and comma is not None:
        return accept(seg.start, comma - 1)  # "<content>, selon X."
    return None


def _comma_before(seg: Span, first: Token) -> int | None:
    """The comma just before the phrase, also one inside the quotation marks closing the content ('The plan was
    "dead on arrival," according to X': the content keeps its closing mark) when words of the sentence stand
    before the quotation."""
    k = first.i - 1
    while k > seg.start and seg.doc[k].is_quote:
        k -= 1
    if k <= seg.start or seg.doc[k].text != ",":
        return None
    if k == first.i - 1:
        return k
    # a quotation opening the content's sentence is a direct quote the phrase attributes, not reported speech
    opening = next((t for t in reversed(seg.doc[seg.start: k]) if t.is_quote), None)
    before = seg.doc[seg.start: opening.i].text.rstrip() if opening is not None else ""
    return first.i if before and before[-1] not in ".!?:" else None
