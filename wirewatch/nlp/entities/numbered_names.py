"""Names that end with a number: "France 24", "Kvartal 95", "Euro 2024".

The model often stops a name before its number ("Kvartal" + "95") and span trimming drops trailing numbers
("Kyiv 2"); a number belongs to the name before it when it is written in digits and the parse makes the name its
head (a count of a noun after it has that noun as head: "in France 24 people died"). A person's name has no
number: a name so extended that the model read as a person is an organisation (an outlet, a studio, a band).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

if TYPE_CHECKING:  # spans.py reads names_number() when it trims names
    from wirewatch.nlp.entities.spans import Candidate

_MAX_DIGITS = 4
_SCORE_MARKS = frozenset({"-", "–", ":", "/"})


def names_number(token: Token, start: int, end: int) -> bool:
    """``token`` is a number in digits, written apart after a word, whose syntactic head is a word of the name
    ``doc[start:end]`` ("Kvartal 95"; not the score of "Inter Milan 5-0")."""
    head = token.head
    doc = token.doc
    before = doc[token.i - 1] if token.i > 0 else None
    glued = token.i + 1 < len(doc) and not token.whitespace_ and doc[token.i + 1].text in _SCORE_MARKS  # "5-0"
    apart = before is not None and before.is_alpha and bool(before.whitespace_)
    return (not glued and apart and token.is_digit and len(token.text) <= _MAX_DIGITS and head.i != token.i
            and start <= head.i < end and head.is_alpha)


def counts_next_noun(span: Span) -> bool:
    """The name's last token is a number counting the noun after it ("France 24" in "in France 24 people
    died"): then it is no name that ends with a number."""
    last = span[-1]
    return last.like_num and len(span) > 1 and last.head.i >= span.end and last.head.pos_ == "NOUN"


def extend_over_numbers(doc: Doc, cands: list[Candidate]) -> None:
    """Candidates the KB does not know take the number right after them that names_number() says is theirs."""
    starts = {c.start for c in cands}
    for cand in cands:
        end = cand.end
        if cand.actor is not None or end >= len(doc) or end in starts or not doc[end - 1].whitespace_:
            continue
        number = doc[end]
        after = doc[end + 1] if end + 1 < len(doc) else None
        if not names_number(number, cand.start, end + 1) or (after is not None and after.like_num):
            continue
        cand.rebound(cand.start, end + 1)
        if cand.type == "PER":
            cand.type = "ORG"
