"""Helpers of the tests of place and region names."""

from __future__ import annotations

from spacy.tokens import Doc

from wirewatch.records import Entity


def entity_of(doc: Doc, surface: str) -> Entity | None:
    """The entity of ``doc`` one of whose mentions is written ``surface``, or None."""
    return next((e for e in doc._.ww_entities if any(m.text == surface for m in e.mentions)), None)
