"""The demo in a real headless Chromium (Debian's), driven by Playwright: load, filter the timeline, open an
event and see its evidence highlighted; hostile article text never runs. Screenshots go to the test's tmp dir.

Runs under CI (CI=true, where .ci/browser.sh installs chromium); elsewhere it skips, saying why, when Chromium
or Playwright is missing (tests/browser_support.py). Pages over a synthetic store: test_browser_pages.py.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from tests.api_support import hostile_article, hostile_record
from tests.browser_support import chromium_path, ready, served
from tests.story_store_support import fill
from wirewatch.api.demo import load_samples, sample_articles_path
from wirewatch.run.extractor import Extractor
from wirewatch.store import open_store

if TYPE_CHECKING:
    from playwright.sync_api import Page

@pytest.fixture(scope="module")
def demo_url(tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest) -> Iterator[str]:
    """``wirewatch demo``'s store (the samples through the real pipeline) plus a hostile article, served."""
    chromium_path()  # skip before loading models when there is no browser
    extractor: Extractor = request.getfixturevalue("extractor")
    samples = sample_articles_path()
    if samples is None:
        pytest.skip("samples/articles.jsonl is not in this checkout")
    store = open_store(tmp_path_factory.mktemp("demo") / "demo.sqlite")
    summary = load_samples(store, extractor, samples)
    assert summary.ingested > 0 and not summary.failures
    hostile = hostile_article()
    store.save(hostile, hostile_record(hostile))
    store.file_story(hostile, hostile_record(hostile))
    fill(store)  # a strike two outlets report with different tolls, a threat and the measure taken
    with served(store) as url:
        yield url
    store.close()




_ready = ready


def test_filter_timeline_then_open_an_event(demo_url: str, page: Page, page_errors: list[str], tmp_path: Path) -> None:
    p = page
    p.goto(demo_url + "/#/")
    _ready(p)
    p.screenshot(path=str(tmp_path / "home.png"), full_page=True)
    before = p.locator("tr.event-row").count()
    p.locator("button.chip[data-type=ASSAULT]").click()
    p.wait_for_function("location.hash.includes('type=ASSAULT')")
    _ready(p)
    types = p.locator("tr.event-row .badge").all_inner_texts()
    map_countries = p.locator("#map g.country.has-events").count()
    p.screenshot(path=str(tmp_path / "filtered.png"), full_page=True)
    p.locator("tr.event-row .evidence-cell a").first.click()
    p.wait_for_selector("#event-detail", timeout=15_000)
    highlighted = "".join(p.locator(".hl.evidence.active").all_inner_texts())
    evidence = p.locator("#event-detail .evidence-quote").inner_text()
    p.screenshot(path=str(tmp_path / "event.png"), full_page=True)
    assert (set(types), before > len(types), map_countries > 0, highlighted.strip() == evidence.strip(),
            page_errors) == ({"ASSAULT"}, True, True, True, [])


def test_dragging_across_the_timeline_filters_by_dates(demo_url: str, page: Page) -> None:
    p = page
    p.goto(demo_url + "/#/")
    _ready(p)
    box = p.locator("svg.timeline").bounding_box()
    assert box is not None
    p.mouse.move(box["x"] + box["width"] * 0.02, box["y"] + box["height"] / 2)
    p.mouse.down()
    p.mouse.move(box["x"] + box["width"] * 0.5, box["y"] + box["height"] / 2, steps=5)
    p.mouse.up()
    p.wait_for_function("location.hash.includes('since=') && location.hash.includes('until=')")
    _ready(p)
    since, until = p.input_value("#f-since"), p.input_value("#f-until")
    days = [row.split("\t")[0].strip() for row in p.locator("tr.event-row").all_inner_texts()]
    assert days and all(since <= day <= until for day in days)


def test_timeline_by_type_filters_by_a_row(demo_url: str, page: Page) -> None:
    p = page
    p.goto(demo_url + "/#/")
    _ready(p)
    p.click("#mode-type")
    label = p.locator("svg.by-type text.row-label").first
    wanted = label.inner_html()
    label.click()
    p.wait_for_function(f"location.hash.includes('type={wanted}')")
    _ready(p)
    assert set(p.locator("tr.event-row .badge").all_inner_texts()) == {wanted}


# Capitals (ISO 3166 alpha-2 of the outline, latitude, longitude) away from coasts and borders.
CAPITALS = [("ua", 50.45, 30.52), ("sd", 15.5, 32.56), ("tr", 39.93, 32.86), ("ru", 55.75, 37.62), ("fr", 48.86, 2.35),
            ("au", -35.28, 149.13), ("br", -15.79, -47.88), ("cn", 39.9, 116.4), ("in", 28.61, 77.21),
            ("za", -25.75, 28.19), ("ca", 45.42, -75.7), ("mx", 19.43, -99.13), ("ng", 9.08, 7.4), ("kz", 51.17, 71.43),
            ("us", 61.2, -149.9), ("ru", 64.5, 177.5)]


def test_map_places_capitals_inside_their_countries(demo_url: str, page: Page) -> None:
    p = page
    p.goto(demo_url + "/#/")
    _ready(p)
    outside = p.evaluate("""async (capitals) => {
      const {project} = await import("/static/map.js");
      const map = document.querySelector("svg.worldmap");
      return capitals.filter(([code, lat, lon]) => {
        const point = map.createSVGPoint();
        [point.x, point.y] = project(lat, lon);
        return ![...map.querySelectorAll(`g.${code} path`)].some((path) => path.isPointInFill(point));
      });
    }""", CAPITALS)
    assert outside == []


def test_clicking_a_place_filters_by_its_box(demo_url: str, page: Page) -> None:
    p = page
    p.goto(demo_url + "/#/")
    _ready(p)
    before = int(p.locator("#summary").inner_text().split()[0])
    dot = p.locator("circle.place-dot").first
    name = dot.get_attribute("data-name")
    dot.dispatch_event("click")
    p.wait_for_function("location.hash.includes('bbox=')")
    _ready(p)
    after = int(p.locator("#summary").inner_text().split()[0])
    places = p.locator("tr.event-row td:nth-child(5)").all_inner_texts()
    assert 1 <= after < before and any(place.startswith(f"{name}") for place in places)


def test_map_click_filters_the_timeline(demo_url: str, page: Page) -> None:
    p = page
    p.goto(demo_url + "/#/")
    _ready(p)
    country = p.locator("#map g.country.has-events").first
    code = country.get_attribute("data-country")
    country.dispatch_event("click")
    p.wait_for_function(f"location.hash.includes('country={code}')")
    _ready(p)
    rows = p.locator("tr.event-row").all_inner_texts()
    assert rows and all(f"({code})" in row for row in rows)


@pytest.mark.parametrize("route", ["#/", "#/article?id=hostile-1", "#/search?q=Protesters", "#/entities"])
def test_hostile_article_text_never_runs(demo_url: str, page: Page, route: str, tmp_path: Path) -> None:
    p = page
    p.goto(f"{demo_url}/{route}")
    _ready(p)
    p.screenshot(path=str(tmp_path / "hostile.png"), full_page=True)
    ran = p.evaluate("() => window.__pwned === undefined && !document.querySelector('#view script, #view img')")
    assert ran is True


def test_hostile_title_is_shown_as_text(demo_url: str, page: Page) -> None:
    p = page
    p.goto(f"{demo_url}/#/article?id=hostile-1")
    _ready(p)
    assert p.locator("#article-title").inner_text().startswith("<script>")


def test_story_page_shows_a_disagreement(demo_url: str, page: Page, page_errors: list[str], tmp_path: Path) -> None:
    p = page
    p.goto(demo_url + "/#/stories?min_articles=2")
    _ready(p)
    p.locator("tr.story-row a", has_text="Missiles hit Odesa port").click()
    p.wait_for_function("location.hash.startsWith('#/story?')")
    _ready(p)
    flag = p.locator("#merged-events .flag.disagreement").first.inner_text()
    disputed = p.locator("#merged-events td.disputed").all_inner_texts()
    outlets = p.locator("table.story-articles tbody td:first-child").all_inner_texts()
    p.screenshot(path=str(tmp_path / "story.png"), full_page=True)
    assert ("killed" in flag, sorted(disputed), outlets, page_errors) == (
        True, ["4", "6"], ["Le Veilleur", "Northwind Daily"], [])


def test_quotes_page_lists_the_quotes_and_filters_by_speaker(demo_url: str, page: Page,
                                                             page_errors: list[str], tmp_path: Path) -> None:
    p = page
    p.goto(demo_url + "/#/quotes")
    _ready(p)
    listed = p.evaluate("async () => (await (await fetch('/api/quotes?limit=50')).json()).items")
    shown = p.locator("tr.quote-row td.quote-date").all_inner_texts()
    speaker = next(q["speaker"] for q in listed if q["speaker"])
    p.fill("#q-speaker", speaker)
    p.locator("form[aria-label='Quote filters'] button[type=submit]").click()
    p.wait_for_function("location.hash.includes('speaker=')")
    _ready(p)
    speakers = p.locator("tr.quote-row td.quote-speaker").all_inner_texts()
    p.screenshot(path=str(tmp_path / "quotes.png"), full_page=True)
    assert (shown, bool(speakers), all(speaker.casefold() in s.casefold() for s in speakers), page_errors) == (
        [q["published"] or "undated" for q in listed], True, True, [])


def test_a_quote_opens_its_span_in_the_article(demo_url: str, page: Page) -> None:
    p = page
    p.goto(demo_url + "/#/quotes")
    _ready(p)
    text = p.locator("tr.quote-row td.quote-text").first.inner_text().strip("“”")
    p.locator("tr.quote-row a.quote-link").first.click()
    p.wait_for_function("location.hash.startsWith('#/article?')")
    _ready(p)
    highlighted = " ".join(p.locator(".hl-quote.active").all_inner_texts())
    assert text.split()[0] in highlighted


def test_csv_link_downloads_the_filtered_quotes(demo_url: str, page: Page) -> None:
    p = page
    p.goto(demo_url + "/#/quotes?lang=en")
    _ready(p)
    rows = p.locator("tr.quote-row").count()
    with p.expect_download() as download:
        p.locator("a.csv-link").click()
    lines = Path(download.value.path()).read_text(encoding="utf-8").splitlines()
    header = lines[0].split(",")
    assert (header[:3], "lang" in header, len(lines) - 1 >= rows > 0) == (["article", "url", "published"], True, True)


def test_timeline_bars_are_scaled_to_the_range(demo_url: str, page: Page) -> None:
    """Over two and a half years, days are summed into fortnights: bars stay wide, nearby days share one."""
    p = page
    p.goto(demo_url + "/#/")
    _ready(p)
    drawn = p.evaluate("""async () => {
      const {drawTimeline} = await import("/static/timeline.js");
      const box = document.createElement("div");
      document.body.appendChild(box);
      window.sessionStorage.setItem("wirewatch-timeline-mode", "day");
      drawTimeline(box, {days: [{day: "2023-01-02", counts: {ASSAULT: 2}}, {day: "2023-01-03", counts: {PROTEST: 1}},
        {day: "2025-06-30", counts: {ASSAULT: 1}}], types: {ASSAULT: 3, PROTEST: 1}, total: 4, undated: 0,
        countries: []}, {}, () => {});
      const widths = [...box.querySelectorAll("rect.bar")].map((r) => Number(r.getAttribute("width")));
      return {slots: box.querySelectorAll("g.day").length, narrowest: Math.min(...widths)};
    }""")
    assert drawn["slots"] == 2 and drawn["narrowest"] >= 5


def _downloaded_rows(page: Page) -> list[dict[str, str]]:
    with page.expect_download() as download:
        page.locator("a.csv-link").first.click()
    return list(csv.DictReader(io.StringIO(Path(download.value.path()).read_text(encoding="utf-8"))))


def test_entities_page_filters_by_name_and_downloads_the_same_list(demo_url: str, page: Page,
                                                                   page_errors: list[str]) -> None:
    p = page
    p.goto(demo_url + "/#/entities")
    _ready(p)
    name = p.locator("table.entities tbody tr td:first-child").first.inner_text()
    p.fill("#entity-filter", name)
    p.locator("#entity-filter").press("Enter")
    p.wait_for_function("location.hash.includes('name=')")
    _ready(p)
    names = p.locator("table.entities tbody tr td:first-child").all_inner_texts()
    rows = _downloaded_rows(p)
    assert (bool(names), all(name.casefold() in n.casefold() for n in names), len(rows) >= len(names),
            page_errors) == (True, True, True, [])


def test_entity_page_shows_the_entity_clicked(demo_url: str, page: Page) -> None:
    p = page
    p.goto(demo_url + "/#/entities")
    _ready(p)
    link = p.locator("table.entities tbody tr td:first-child a").first
    name = link.inner_text()
    link.click()
    p.wait_for_function("location.hash.startsWith('#/entity?')")
    _ready(p)
    assert p.locator("#entity-name").inner_text() == name


def test_deadlines_page_downloads_every_deadline_it_reads(demo_url: str, page: Page, page_errors: list[str]) -> None:
    p = page
    p.goto(demo_url + "/#/deadlines")
    _ready(p)
    listed = p.evaluate("async () => (await (await fetch('/api/deadlines?limit=1000')).json()).items.length")
    rows = _downloaded_rows(p)
    assert (p.locator("#calendar-month").count(), len(rows), listed > 0, page_errors) == (1, listed, True, [])


def test_events_csv_link_downloads_the_filtered_events(demo_url: str, page: Page) -> None:
    p = page
    p.goto(demo_url + "/#/?type=ASSAULT")
    _ready(p)
    total = int(p.locator("#summary").inner_text().split()[0])
    rows = _downloaded_rows(p)
    types = {row["type"] for row in rows}
    assert (len(rows), types) == (total, {"ASSAULT"})


def test_search_page_finds_and_marks_the_words(demo_url: str, page: Page, page_errors: list[str]) -> None:
    p = page
    p.goto(demo_url + "/#/search")
    _ready(p)
    p.fill("#search-input", "Odesa")
    p.locator("#search-input").press("Enter")
    p.wait_for_function("location.hash.includes('q=Odesa')")
    _ready(p)
    marks = p.locator("#results ul.hits mark").all_inner_texts()
    assert (bool(marks), {m.casefold() for m in marks}, page_errors) == (True, {"odesa"}, [])
