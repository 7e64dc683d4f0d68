"""An attribution incise inside the quotation marks: « Nous irons jusqu'au bout, a déclaré X. Les salariés sont
déterminés. » French press style (and some English: "“We will go on,” she said, “…”" is the usual form, but
"“We will go on, said X. The workers …”" occurs) leaves the incise inside one pair of marks.

An incise is, right after a comma inside a quotation, a finite speech verb group with its subject after it (a
pronoun "-t-il", "-elle", or a determiner or a proper noun: "a déclaré X", "a-t-il ajouté", "estime le ministre",
"poursuit-elle"), running to the next comma or full stop, within ``MAX_INCISE_WORDS`` words. The quotation is split
around it: the words before the comma and those after the incise are two quotations, and the incise, outside both,
is the attribution the cue finder reads.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from wirewatch.nlp.quotes.marks import QuotedSpan

MAX_INCISE_WORDS = 10
SUBJECT_OPENERS = ("DET", "PROPN", "NOUN")
ENDS = (",", ".", ";")


def split_at_incises(doc: Doc, text: str, spans: list[QuotedSpan], is_speech_verb: Callable[[Token], bool],
                     auxiliaries: frozenset[str]) -> list[QuotedSpan]:
    """``spans`` with every quotation (not a dialogue line) that holds an incise split around it."""
    out: list[QuotedSpan] = []
    for span in spans:
        incise = None if span.dash else _incise(doc, span, is_speech_verb, auxiliaries)
        if incise is None:
            out.append(span)
            continue
        comma, end = incise
        resume = end + 1
        while resume < span.end and text[resume].isspace():
            resume += 1
        before_end = comma
        while before_end > span.start and text[before_end - 1].isspace():
            before_end -= 1
        out.append(QuotedSpan(span.start, before_end, span.outer_start, comma, True, False))
        if resume < span.end:
            out.append(QuotedSpan(resume, span.end, resume, span.outer_end, span.closed, False))
    return out


def _incise(doc: Doc, span: QuotedSpan, is_speech_verb: Callable[[Token], bool], auxiliaries: frozenset[str]
            ) -> tuple[int, int] | None:
    """(comma offset, offset of the punctuation ending the incise) of the first incise in ``span``."""
    tokens = doc.char_span(span.start, span.end, alignment_mode="contract")
    if tokens is None or len(tokens) < 4:
        return None
    for tok in tokens[1:-2]:
        if tok.text != ",":
            continue
        group = _verb_group(doc, tok.i + 1, tokens.end, is_speech_verb, auxiliaries)
        if group is None:
            continue
        verb, pronoun = group
        end = next((t for t in doc[verb.i + 1: min(verb.i + 1 + MAX_INCISE_WORDS, tokens.end)] if t.text in ENDS),
                   None)
        if end is None or end.i + 1 >= tokens.end:
            continue  # the incise must leave words of the quotation after it
        subject = doc[verb.i + 1]
        if pronoun or subject.text.startswith("-") or (subject.pos_ in SUBJECT_OPENERS and subject.i < end.i):
            return tok.idx, end.idx
    return None


def _verb_group(doc: Doc, first: int, stop: int, is_speech_verb: Callable[[Token], bool],
                auxiliaries: frozenset[str]) -> tuple[Token, bool] | None:
    """The speech verb of a finite verb group opening at ``first`` ("a déclaré", "a-t-il ajouté", "estime") and
    whether an inverted pronoun stands inside the group ("a-t-il"); None if no such group opens there."""
    tok = doc[first]
    if is_speech_verb(tok) and ("Fin" in tok.morph.get("VerbForm", []) or tok.pos_ not in ("VERB", "AUX", "ADJ")):
        return tok, False  # (an incise form the tagger read as a noun: "estime le ministre")
    if tok.lemma_.lower() not in auxiliaries or "Fin" not in tok.morph.get("VerbForm", []):
        return None
    k = first + 1
    while k < stop and doc[k].text.startswith("-"):  # "a-t-il déclaré"
        k += 1
    return (doc[k], k > first + 1) if k < stop and is_speech_verb(doc[k]) else None
