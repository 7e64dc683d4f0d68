"""Verb groups of attributions that the parse splits (see also ``copular_infinitive``).

A postposed attribution whose subject is an inverted clitic pronoun: "« … », a-t-elle promis", "…, ont-ils ajouté",
"…, ajoute-t-il". The parser often splits such a verb group: it hangs the auxiliary and the pronoun ("a -t -elle")
on each other and leaves the participle ("promis") without subject or auxiliary, so neither the speaker nor the
group's start is found on the parse. Here they are read on the surface: right before the speech verb, a subject
pronoun written with its hyphen (a form of ``quote_pronouns.tsv``), optionally after the euphonic "-t", after a
finite auxiliary that opens the group right after a comma or a closing quotation mark; or, for a simple tense
("ajoute-t-il"), right after the finite verb that opens it. A speech verb's participle there is a participle even
when the tagger read it as an adjective ("« … », a-t-elle martelé, ajoutant …").
"""

from __future__ import annotations

from collections.abc import Container
from dataclasses import dataclass

from spacy.tokens import Span, Token

from wirewatch.nlp.quotes.subjects import CLOSING_MARKS

EUPHONIC = "-t"


@dataclass(frozen=True)
class InvertedPronoun:
    """The pronoun that speaks and the first token of the verb group (the auxiliary)."""

    pronoun: Span
    group_start: int


def inverted_pronoun(verb: Token, seg: Span, pronouns: Container[str], auxiliaries: Container[str]
                     ) -> InvertedPronoun | None:
    """The inverted pronoun subject of ``verb`` read on the surface (see the module docstring), if it has one."""
    doc = verb.doc
    after = _after_simple_verb(verb, seg, pronouns)
    if after is not None:
        return after
    k = verb.i - 1
    if k <= seg.start or ("Part" not in verb.morph.get("VerbForm", []) and verb.pos_ != "ADJ"):
        return None  # (the tagger reads some participles after the pronoun as adjectives: "a-t-elle martelé")
    pronoun = doc[k]
    if not pronoun.text.startswith("-") or pronoun.text[1:].lower() not in pronouns:
        return None
    k -= 1
    if doc[k].text.lower() == EUPHONIC:
        k -= 1
    if k <= seg.start:
        return None
    auxiliary = doc[k]
    if auxiliary.lemma_.lower() not in auxiliaries or "Fin" not in auxiliary.morph.get("VerbForm", []):
        return None
    before = doc[k - 1].text
    if before != "," and before not in CLOSING_MARKS:
        return None
    return InvertedPronoun(doc[pronoun.i: pronoun.i + 1], k)


def _after_simple_verb(verb: Token, seg: Span, pronouns: Container[str]) -> InvertedPronoun | None:
    """"« … », ajoute-t-il", "…, estiment-ils": a finite verb right after a comma or a closing quotation mark,
    followed by the euphonic "-t" and its pronoun (the parse may leave the pronoun a ``dep``)."""
    doc = verb.doc
    if verb.i <= seg.start or "Fin" not in verb.morph.get("VerbForm", []):
        return None
    before = doc[verb.i - 1].text
    if before != "," and before not in CLOSING_MARKS:
        return None
    k = verb.i + 1
    if k < seg.end and doc[k].text.lower() == EUPHONIC:
        k += 1
    if k >= seg.end or not doc[k].text.startswith("-") or doc[k].text[1:].lower() not in pronouns:
        return None
    return InvertedPronoun(doc[k: k + 1], verb.i)


def copular_infinitive(verb: Token, seg: Span, auxiliaries: Container[str]) -> tuple[int, int] | None:
    """"La police a indiqué être « à la recherche » de deux suspects": the parse often takes the infinitive
    "être"/"avoir" right after a speech verb for the verb's auxiliary and its predicate for the verb's own
    complement; what was said runs (as token indices) from that infinitive to the end of those complements,
    short of a comma or a coordinated clause."""
    doc = verb.doc
    k = verb.i + 1
    if k >= seg.end:
        return None
    infinitive = doc[k]
    if not (infinitive.head.i == verb.i or infinitive.head.i > k) or infinitive.lemma_.lower() not in auxiliaries \
            or "Inf" not in infinitive.morph.get("VerbForm", []):
        return None
    comma = next((t.i for t in doc[k: seg.end] if t.text == ","), seg.end)
    # "… être « à la recherche » des suspects et les autorités ont averti …": a coordinated clause is not said
    clause = next((t.i for t in doc[k: comma] if t.pos_ == "CCONJ" and any(
        "Fin" in w.morph.get("VerbForm", []) for w in doc[t.i: comma])), comma)
    after = [c for c in verb.children if k < c.i < clause and not c.is_punct and c.dep_ not in ("cc", "conj")]
    if not after:
        return None
    return k, min(max(c.right_edge.i for c in after), clause - 1)
