"""Institutions the KB names in lower case: French writes the name of a body without capitals ("parquet général
ukrainien", "administration militaire de Kiev", "armée de l'air ukrainienne"). Such a KB alias is searched in text
as written when it names one body: three words or more (two, "diplomatie russe", "police ukrainienne", are a
description of a country's apparatus), of an organisation whose role is not a country's apparatus as a whole (its
government, authorities or armed forces: "forces armées russes" describes, it does not name), and not starting
with an article ("le Kremlin" is found from "Kremlin")."""

from __future__ import annotations

from wirewatch.kb.actor_kb import Actor

_MIN_WORDS = 3
_APPARATUS_ROLES = frozenset({"government", "armed forces"})


def lowercase_institution_name(alias: str, actor: Actor, articles: frozenset[str]) -> bool:
    """Whether ``alias`` (an alias of ``actor`` that starts in lower case) names the body it belongs to."""
    words = alias.split()
    return (actor.type == "ORG" and actor.role not in _APPARATUS_ROLES and len(words) >= _MIN_WORDS
            and alias[:1].islower() and words[0].lower() not in articles and "'" not in words[0][:3])
