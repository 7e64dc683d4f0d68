"""Two people named together speak together: "Karl Lindholm et Aino Virtanen ont rencontré la presse. « … »,
ont-ils déclaré", "X and Y met reporters. “…,” they said".

A plural subject pronoun takes up the nearest pair of people joined by a coordinating conjunction (grammar class
``coordinator`` of ``quote_function_words.tsv``: "et", "and"; never "ou"/"or"), each possibly with a title before
the second ("la ministre X et le maire Y"), in the pronoun's sentence or the one before, when the pair opens its
clause (no verb before it in its sentence: a subject, not the people met). The record's speaker is then both
names joined as the records write a pair (``JOINT``); a pronoun of one gender ("elles") excludes a pair with a
person the article gives the other gender.
"""

from __future__ import annotations

from collections.abc import Callable, Container
from dataclasses import dataclass
from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from wirewatch.nlp.quotes.antecedents import narrated_window_start
from wirewatch.nlp.quotes.mentions import EntityIndex, EntityMention

JOINT = " and "  # records name their speakers in English ("activists and aid groups")
MAX_WORDS_BETWEEN = 4  # the conjunction and a title before the second name: "et le maire", "and Finance Minister"


@dataclass(frozen=True)
class Pair:
    first: EntityMention
    second: EntityMention

    @property
    def name(self) -> str:
        return f"{self.first.name}{JOINT}{self.second.name}"


def coordinated_people_before(pronoun: Token, index: EntityIndex, coordinators: Container[str],
                              quoted: Callable[[int], bool], gender_of: Callable[[str], str | None],
                              gender: str) -> Pair | None:
    """The pair a plural subject pronoun takes up (see the module docstring), if there is one."""
    doc = pronoun.doc
    first = narrated_window_start(pronoun, quoted)
    people = [m for m in index.before(pronoun.idx, pronoun.idx - doc[first].idx) if not quoted(m.start)]
    for second, first_named in pairwise(people):
        pair = _pair(doc, first_named, second, coordinators, gender_of, gender)
        if pair is not None:
            return pair
    return None


def _pair(doc: Doc, first: EntityMention, second: EntityMention, coordinators: Container[str],
          gender_of: Callable[[str], str | None], gender: str) -> Pair | None:
    if first.type != "PER" or second.type != "PER":
        return None
    words = doc.text[first.end: second.start].split()
    if not words or words[0].lower() not in coordinators or len(words) > MAX_WORDS_BETWEEN \
            or any(not w.isalpha() and "-" not in w and "'" not in w for w in words):
        return None
    if gender == "f" and any(gender_of(m.entity_id or m.name) not in (None, "f") for m in (first, second)):
        return None  # ("ils" takes up a mixed pair, "elles" women only)
    opening = doc.char_span(first.start, first.end, alignment_mode="expand")
    if opening is None or any(t.pos_ in ("VERB", "AUX") for t in doc[opening.sent.start: opening.start]):
        return None
    return Pair(first, second)


def coordinated_nouns(phrase: Span, index: EntityIndex, titles: Container[str]) -> bool:
    """"The ministry and the army", "Smith and other officials", "both the Pentagon and Treasury Department": nouns
    coordinated by a conjunction that no one name holds ("the Ministry of Trade and Industry"); they speak
    together, as written."""
    for tok in phrase:
        if tok.dep_ != "cc" or tok.pos_ != "CCONJ" or index.overlapping(tok.idx, tok.idx + 1):
            continue
        # the conjunction hangs on the second noun (Universal Dependencies) or on the first one (English)
        second = [tok.head] if tok.head.dep_ == "conj" else [c for c in tok.head.children if c.dep_ == "conj"]
        if any(c.i > tok.i and c.pos_ in ("NOUN", "PROPN") and phrase.start <= c.i < phrase.end
               and c.lower_ not in titles for c in second):
            return True  # (not "the minister and party president X": one person's two titles)
    return False
