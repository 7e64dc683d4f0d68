"""Several events of one type in one sentence: "strikes on A, a drone strike on B and an attack on C" are three
assaults when the words are listed together and name different places or recipients."""

from __future__ import annotations

from spacy.tokens import Token

from wirewatch.records import Event


def coordinated(a: Token, b: Token) -> bool:
    """Two words of one list: conjoined, in apposition or in the same role of one word ("there were strikes
    on A, a drone strike on B and an attack on C")."""
    links = ("conj", "appos")
    siblings = a.head == b.head and a is not b and (a.dep_ == b.dep_ or (a.dep_ in links and b.dep_ in links))
    return (a.dep_ in links and a.head == b) or (b.dep_ in links and b.head == a) or siblings


def told_apart(a: Event, b: Event) -> bool:
    """Two tellings of one type in a list are two events when they name different places or recipients."""
    places = a.place is not None and b.place is not None and a.place.name != b.place.name
    targets = a.target is not None and b.target is not None and a.target.name != b.target.name
    return places or targets
