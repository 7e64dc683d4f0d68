"""A dateline is no party to the acts of its sentence.

Wire copy opens a story with where it was filed and by which agency, then a dash: "WASHINGTON (AP) — Biden
accused …", "Paris (AFP) – Macron condemned …", "Hanoi (VNA) – Vietnam supports …", "NAIROBI, Kenya (Reuters) -
…". The parser often makes the dateline's place a second subject of the sentence's verb, and the agency in
parentheses its apposition; the actor is the subject after the dash. A dateline is recognised by its shape: the
sentence opens with at most ``MAX_WORDS`` proper nouns (a place, its country) — upper-case, followed by an agency
in parentheses, or all names of places ("Moscow, Russia - Putin held talks") — then a dash standing free. A
headline labels its story by place the same way with a colon ("Nairobi: police arrested three men", "Kenya: troops
killed five rebels"): proper nouns that all name a place, then the colon; the place is where the act happened, not
who did it or underwent it.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

DASHES = frozenset({"—", "–", "-", "--"})
PLACE_LABELS = frozenset({"GPE", "LOC"})  # entity labels of a headline's place label before its colon
MAX_WORDS = 8  # tokens before the dash: "NEWARK , N.J. ( AP )"


def dateline_end(sent: Span) -> int | None:
    """The index of the dash closing the dateline that opens the sentence (or of the colon closing a headline's
    place label), or None."""
    words = [t for t in sent if not t.is_space]
    colon = next((i for i, t in enumerate(words[:MAX_WORDS + 1]) if t.text == ":"), None)
    if colon and all(t.is_punct or (t.pos_ == "PROPN" and names_a_place(t)) for t in words[:colon]):
        return words[colon].i  # "Nairobi: police arrested …", "Lyon, France: …"
    dash = next((i for i, t in enumerate(words[:MAX_WORDS + 1]) if t.text in DASHES), None)
    if dash is None or dash == 0:
        return None
    before = words[:dash]
    if not all(t.pos_ == "PROPN" or t.is_punct or t.is_upper for t in before):
        return None
    agency = any(t.text == "(" for t in before) and any(t.text == ")" for t in before)
    after = words[dash + 1] if dash + 1 < len(words) else None
    places = all(t.is_punct or names_a_place(t) for t in before) and bool(words[dash].whitespace_) \
        and bool(words[dash - 1].whitespace_) and after is not None and after.ent_type_ not in PLACE_LABELS
    # "Moscow, Russia - Putin held talks": a free-standing dash; not "Kenya - Uganda talks", two sides
    if not agency and not places and not all(t.is_upper or t.is_punct for t in before if t.is_alpha):
        return None
    return words[dash].i


def names_a_place(token: Token) -> bool:
    """The proper noun is a place: by the model's entity label, by a place the article's places layer found
    (``ww_places``: "Lyon", which the small English model may label an organisation), or as the town before its
    country ("Lyon, France")."""
    if token.ent_type_ in PLACE_LABELS:
        return True
    places = token.doc._.ww_places if token.doc.has_extension("ww_places") else None
    if any(m.start <= token.idx < m.end for p in places or [] for m in p.mentions):
        return True
    return any(c.dep_ == "appos" and c.ent_type_ in PLACE_LABELS for c in token.children)


def in_dateline(token: Token) -> bool:
    """The token lies in the dateline that opens its sentence."""
    end = dateline_end(token.sent)
    return end is not None and token.i < end


def past_dateline(sources: tuple[Token, ...]) -> tuple[Token, ...]:
    """The role candidates with a dateline's word replaced by the subject after the dash that shares its verb
    ("Paris (AFP) – Macron condemned": Macron, where the parser made Paris the subject)."""
    kept: list[Token] = []
    for token in sources:
        if not in_dateline(token):
            kept.append(token)
            continue
        end = dateline_end(token.sent) or token.i
        kept += [s for s in token.head.children if s.dep_ == token.dep_ and s.i > end and s not in kept]
    return tuple(kept)
