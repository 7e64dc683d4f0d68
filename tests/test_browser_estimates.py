"""Counts estimated from a sample shown as estimates in Chromium: an /api/events/stats answer with
``total_is_estimate`` (millions matching on PostgreSQL: the SQLite store always counts exactly) is drawn by the
UI's own functions (counts.js, timeline.js, map.js) and carries "≈" and its 95% range; an exact answer, on the home
page over a synthetic store, carries neither. See tests/browser_support.py for when these skip."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pytest

from tests.api_support import demo_store
from tests.browser_support import chromium_path, ready, served
from tests.story_store_support import fill

if TYPE_CHECKING:
    from playwright.sync_api import Page

# An answer as a large PostgreSQL store gives it: counted on a sample, every count scaled up.
ESTIMATED = {"total": 2950, "undated": 40, "total_is_estimate": True, "total_range": [2293, 3796],
             "days": [{"day": "2025-03-01", "counts": {"ASSAULT": 1800, "PROTEST": 600}},
                      {"day": "2025-03-02", "counts": {"ASSAULT": 510}}],
             "types": {"ASSAULT": 2310, "PROTEST": 600},
             "countries": [{"country": "UKR", "iso2": "ua", "count": 2100}]}

# Draws an answer with the UI's functions into a fresh box: the summary line, the timeline in each layout and the
# map; returns the visible text and every title and accessible name of each part.
DRAW = """async ([stats, mode]) => {
  const {statsSummary} = await import("/static/counts.js");
  const {drawTimeline} = await import("/static/timeline.js");
  const {drawMap} = await import("/static/map.js");
  const said = (node) => ({text: node.textContent,
    labels: [...node.querySelectorAll("[title], [aria-label]")].map((n) => n.getAttribute("title")
      || n.getAttribute("aria-label")),
    titles: [...node.querySelectorAll("title")].map((n) => n.textContent)});
  const summary = document.createElement("p");
  summary.append(...statsSummary(stats));
  const timeline = document.createElement("div");
  document.body.append(summary, timeline);
  window.sessionStorage.setItem("wirewatch-timeline-mode", mode);
  drawTimeline(timeline, stats, {}, () => {});
  const map = document.createElement("div");
  await drawMap(map, stats, {}, () => {}, []);
  return {summary: said(summary), timeline: said(timeline), map: said(map)};
}"""


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    chromium_path()
    store = demo_store(str(tmp_path_factory.mktemp("estimates") / "estimates.sqlite"))
    fill(store)
    with served(store) as url:
        yield url
    store.close()


def _drawn(p: Page, base_url: str, stats: dict[str, Any], mode: str = "day") -> dict[str, dict[str, Any]]:
    p.goto(f"{base_url}/#/")
    ready(p)
    drawn: dict[str, dict[str, Any]] = p.evaluate(DRAW, [stats, mode])
    return drawn


def test_estimated_total_shows_the_mark_and_the_range(base_url: str, page: Page, page_errors: list[str]) -> None:
    summary = _drawn(page, base_url, ESTIMATED)["summary"]
    assert (summary["text"], summary["labels"], page_errors) == (
        "≈ 2,950 matching events (≈ 40 undated) · estimated from a sample: 2,293–3,796 (95%)",
        ["estimated from a sample: 2,293–3,796 (95%)"], [])


def test_estimate_without_a_stated_range_says_so(base_url: str, page: Page) -> None:
    block_sampled = {**ESTIMATED, "total_range": None}
    summary = _drawn(page, base_url, block_sampled)["summary"]
    assert summary["text"] == "≈ 2,950 matching events (≈ 40 undated) · estimated from a sample (no stated range)"


@pytest.mark.parametrize("mode", ["day", "type"])
def test_breakdowns_of_an_estimate_are_marked(base_url: str, page: Page, mode: str, page_errors: list[str]) -> None:
    """Each count of the timeline (tooltips, legend) and map (country tooltips) of an estimated answer carries ≈;
    the charts' accessible names say it is estimated."""
    drawn = _drawn(page, base_url, ESTIMATED, mode)
    chips = page.locator("ul.legend button.chip").all_inner_texts()[-2:]
    titles = drawn["timeline"]["titles"] + drawn["map"]["titles"]
    charts = [n for n in drawn["timeline"]["labels"] + drawn["map"]["labels"] if n.startswith("Events ")]
    assert (chips, bool(titles) and all("≈" in t for t in titles), len(charts),
            all(n.endswith(", estimated from a sample: 2,293–3,796 (95%)") for n in charts), page_errors) == (
        ["ASSAULT ≈ 2,310", "PROTEST ≈ 600"], True, 2, True, [])


def test_exact_counts_show_no_estimate_mark(base_url: str, page: Page, page_errors: list[str]) -> None:
    """The home page over a SQLite store (always exact): counts as they are, no ≈, no range."""
    p = page
    p.goto(f"{base_url}/#/")
    ready(p)
    stats = p.evaluate("async () => (await (await fetch('/api/events/stats')).json())")
    shown = p.locator("#page").inner_text()
    titles = " ".join(p.evaluate("[...document.querySelectorAll('#page title, #page [title], #page [aria-label]')]"
                                 ".map((n) => n.textContent + ' ' + (n.getAttribute('title') || '') + ' '"
                                 " + (n.getAttribute('aria-label') || ''))"))
    summary = p.locator("#summary").inner_text()
    said = shown + titles
    assert (stats["total_is_estimate"], summary.split()[0] == str(stats["total"]), "≈" in said,
            "estimated from a sample" in said, p.locator(".estimate").count(), page_errors) == (
        False, True, False, False, 0, [])
