"""The leader of a seat of power: "a affirmé le chef du Kremlin", "the White House chief said".

A leader title ("chef", "dirigeant", "leader", "chief": role leader or head in ``titles.tsv``) over a seat of
power (``kb/data/seats_of_power.tsv``: the Kremlin, the White House, the Élysée, Matignon …) designates the
holder of the office seated there. When the article names a person who holds that office of that country (the
entities layer's role and country), that person speaks: "Vladimir Poutine a rencontré Xi Jinping. « … », a
affirmé le chef du Kremlin" → Vladimir Putin. With no such person the office speaks as before (office_of.py),
never the seat itself.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from spacy.tokens import Doc, Token

from wirewatch import lexicons
from wirewatch.kb.names import normalize
from wirewatch.nlp.quotes.mentions import EntityIndex, EntityMention

LEADER_ROLES = frozenset({"leader", "head"})  # (English role names of titles.tsv)


@cache
def seats_of_power() -> dict[str, tuple[str, str]]:
    """Normalised seat name → (country, role of the office seated there)."""
    seats: dict[str, tuple[str, str]] = {}
    text = (resources.files("wirewatch.kb") / "data" / "seats_of_power.tsv").read_text(encoding="utf-8")
    for row in lexicons.tsv_rows(text):
        for name in row.get("seat", "").split("|"):
            if name.strip() and row.get("country") and row.get("role"):
                seats[normalize(name)] = (row["country"], row["role"].lower())
    return seats


def seat_leader(doc: Doc, index: EntityIndex, titles: dict[str, str], head: Token, seat: str,
                position: int) -> EntityMention | None:
    """The article's person holding the office of ``seat`` that the leader title ``head`` designates, the one
    named nearest before ``position`` first; None when the title is no leader's or the seat no seat of power."""
    role = titles.get(head.lower_) or titles.get(head.lemma_.lower())
    office = seats_of_power().get(normalize(seat))
    if role not in LEADER_ROLES or office is None:
        return None
    country, held = office
    holders = {e.id for e in doc._.ww_entities or [] if e.type == "PER" and e.country == country
               and (e.role or "").lower() == held}
    found = [m for m in index.mentions if m.entity_id in holders]
    before = [m for m in found if m.end <= position]
    return before[-1] if before else (found[0] if found else None)
