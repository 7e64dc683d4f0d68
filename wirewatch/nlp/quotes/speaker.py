"""The speaker of a quote as resolved from its attribution (speakers.py)."""

from __future__ import annotations

from dataclasses import dataclass

SPEAKER_TYPES = ("PER", "ORG")


@dataclass(frozen=True)
class Speaker:
    name: str
    entity_id: str | None
    type: str | None  # entity type, None when the speaker is the attribution's own words
    position: int  # char offset of the words that named it
    channel: str | None = None  # the document that carried the words ("the report"), when the speaker issued it
