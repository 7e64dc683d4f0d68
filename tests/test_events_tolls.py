"""Tolls: every group counted is a casualty, children among them counted apart. Sentences written for these
tests; the full pipeline runs."""

from __future__ import annotations

import pytest

from tests.test_events import Parse, only_event


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The air strike killed seven children and 12 adults in the market on Sunday."),
    ("fr", "La frappe aérienne a tué sept enfants et 12 adultes sur le marché dimanche."),
])
def test_every_group_counted_is_in_the_toll(parse: Parse, lang: str, text: str) -> None:
    event = only_event(parse, lang, text, "ASSAULT")
    assert (event.killed, event.children_killed) == (19, 7)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The air strike killed at least 64 people in the market on Sunday."),
    ("fr", "La frappe aérienne a tué au moins 64 personnes sur le marché dimanche."),
])
def test_an_at_least_figure_is_the_toll(parse: Parse, lang: str, text: str) -> None:
    assert only_event(parse, lang, text, "ASSAULT").killed == 64
