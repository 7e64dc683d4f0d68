"""Shared, read-only resources that components receive in ``initialize()`` (injected, never global)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from wirewatch.kb.actor_kb import ActorKB
    from wirewatch.kb.gazetteer import Gazetteer


@dataclass(frozen=True)
class Resources:
    actors: ActorKB
    gazetteer: Gazetteer | None = None
