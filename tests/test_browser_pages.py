"""Pages over a synthetic store in Chromium (no models loaded): an entity page gathering an English and a French
article, the map's pan and zoom with gazetteer detail growing with the zoom, and the alerts page. See
tests/browser_support.py for when these skip."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from tests.api_support import demo_store
from tests.browser_support import chromium_path, ready, served
from tests.identity_support import FR_DESCRIPTOR, MINISTER, MINISTER_KB, save_minister_articles
from tests.story_store_support import fill
from wirewatch.store.watch_tables import Alert, AlertFilters

if TYPE_CHECKING:
    from playwright.sync_api import Page


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    chromium_path()
    store = demo_store(str(tmp_path_factory.mktemp("pages") / "pages.sqlite"))
    save_minister_articles(store)
    fill(store)
    store.add_alert(Alert("strikes", AlertFilters(types=("ASSAULT",))))
    with served(store) as url:
        yield url
    store.close()




def test_entity_page_gathers_english_and_french(base_url: str, page: Page, page_errors: list[str]) -> None:
    p = page
    p.goto(f"{base_url}/#/entities?name={MINISTER.split()[0]}")
    ready(p)
    key = p.evaluate("async ([name, kb]) => (await (await fetch(`/api/entities?name=${name}`)).json())"
                     ".items.find((e) => e.kb_id === kb).entity_key", [MINISTER, MINISTER_KB])
    p.locator(f"table.entities a[href*='key={key}']").click()
    p.wait_for_function("location.hash.startsWith('#/entity?')")
    ready(p)
    actors = " ".join(p.locator("tr.event-row").all_inner_texts())
    forms = p.locator("#entity-names").inner_text()
    langs = sorted(set(p.locator("#entity-mentions .mention-lang").all_inner_texts()))
    p.locator("#entity-mentions a", has_text="La ministre et les dockers").first.click()
    p.wait_for_function("location.hash.includes('id=minister-fr')")
    ready(p)
    marked = p.locator(".hl-entity.active").all_inner_texts()
    assert (FR_DESCRIPTOR.casefold() in actors.casefold(), MINISTER in actors, f"{FR_DESCRIPTOR} (fr)" in forms,
            langs, marked, page_errors) == (True, True, True, ["en", "fr"], [FR_DESCRIPTOR], [])


def _zoom(p: Page) -> float:
    return float(p.locator("svg.worldmap").get_attribute("data-zoom") or "0")


def _view_x(p: Page) -> float:
    return float((p.locator("svg.worldmap").get_attribute("viewBox") or "0").split()[0])


def _places(p: Page) -> int:
    return p.locator("svg.worldmap g.gz-place").count()


def _tiers(p: Page) -> set[str]:
    return set(p.evaluate("[...document.querySelectorAll('svg.worldmap g.gz-place')].map((g) => g.classList[1])"))


def test_map_pans_and_zooms_offline_with_more_places(base_url: str, page: Page, page_errors: list[str]) -> None:
    p = page
    requested: list[str] = []
    p.on("request", lambda request: requested.append(request.url))
    p.goto(f"{base_url}/#/")
    ready(p)
    p.wait_for_function("document.querySelector('svg.worldmap').dataset.zoom !== undefined")
    start = (_zoom(p), _places(p))
    p.locator("button[aria-label='Zoom in']").click()
    p.locator("button[aria-label='Zoom in']").click()
    buttons = (_zoom(p), _places(p), _tiers(p))
    box = p.locator("svg.worldmap").bounding_box()
    assert box is not None
    p.mouse.move(box["x"] + box["width"] * 0.55, box["y"] + box["height"] * 0.35)
    for _ in range(6):
        p.mouse.wheel(0, -120)
    p.wait_for_function("Number(document.querySelector('svg.worldmap').dataset.zoom) > 4")
    wheel = (_zoom(p), _places(p), _tiers(p))
    x_before = _view_x(p)
    p.mouse.down()
    p.mouse.move(box["x"] + box["width"] * 0.35, box["y"] + box["height"] * 0.35, steps=6)
    p.mouse.up()
    dragged = _view_x(p) > x_before
    p.locator("svg.worldmap").focus()
    x_before = _view_x(p)
    p.keyboard.press("ArrowLeft")
    panned = _view_x(p) < x_before
    p.keyboard.press("-")
    keyed_out = _zoom(p) < wheel[0]
    p.keyboard.press("0")
    reset = (_zoom(p), _places(p), "country=" in p.evaluate("location.hash"))
    outside = [url for url in requested if not url.startswith(base_url) and not url.startswith("data:")]
    assert (start, buttons[0] > 2, buttons[1] > 0, buttons[2] < wheel[2], dragged, panned, keyed_out, reset,
            outside, page_errors) == ((1.0, 0), True, True, True, True, True, True, (1.0, 0, False), [], [])


def test_alerts_page_lists_matches_and_opens_their_events(base_url: str, page: Page, page_errors: list[str]) -> None:
    p = page
    p.goto(f"{base_url}/#/alerts")
    ready(p)
    listed = p.evaluate("async () => (await (await fetch('/api/alerts')).json()).items[0].latest.length")
    shown = p.locator("section[data-alert=strikes] li.alert-match").count()
    badges = set(p.locator("section[data-alert=strikes] li.alert-match .badge").all_inner_texts())
    p.locator("section[data-alert=strikes] a.alert-events").click()
    p.wait_for_function("location.hash.includes('type=ASSAULT')")
    ready(p)
    types = set(p.locator("tr.event-row .badge").all_inner_texts())
    assert (shown, listed > 0, badges, types, page_errors) == (listed, True, {"ASSAULT"}, {"ASSAULT"}, [])


def test_every_page_has_a_browser_test() -> None:
    """Each route of the UI's router is opened by some Chromium test."""
    import re

    app = (Path(__file__).resolve().parents[1] / "wirewatch" / "web" / "static" / "app.js").read_text()
    views = app[app.index("const VIEWS = {"):]
    routes = set(re.findall(r'"?([a-z]*)"?:\s*\w+View\b', views[:views.index("};")]))
    tests = "".join(path.read_text() for path in Path(__file__).parent.glob("test_browser*.py"))
    opened = {route for route in routes if f"#/{route}" in tests}
    assert routes and routes == opened



def test_api_reference_page_lists_every_endpoint(base_url: str, page: Page, page_errors: list[str]) -> None:
    p = page
    p.goto(f"{base_url}/docs")
    p.wait_for_selector("h2:has-text('Schemas')", timeout=15_000)
    shown = set(p.locator("section.endpoint h2 code").all_inner_texts())
    spec = p.evaluate("async () => (await (await fetch('/openapi.json')).json()).paths")
    wanted = {f"{method.upper()} {path}" for path, methods in spec.items() for method in methods}
    assert (shown, page_errors) == (wanted, [])
