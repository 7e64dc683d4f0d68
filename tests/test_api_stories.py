"""The story and deadline endpoints over a store filled as the ingest job fills it."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from tests.api_support import REMOTE, make_client
from tests.story_store_support import fill
from wirewatch.store import open_store


@pytest.fixture(scope="module")
def client() -> TestClient:
    return make_client(fill(open_store(":memory:")))


def _strike_story(client: TestClient) -> dict[str, Any]:
    story_id = next(s["id"] for s in client.get("/api/stories").json()["items"] if s["articles"] == 2)
    response = client.get(f"/api/stories/{quote(story_id, safe='')}")
    assert response.status_code == 200
    body: dict[str, Any] = response.json()
    return body


def test_story_list_most_recent_first(client: TestClient) -> None:
    days = [s["last_day"] for s in client.get("/api/stories").json()["items"]]
    assert days == sorted(days, reverse=True) and len(days) == 3


@pytest.mark.parametrize(("query", "count"), [("min_articles=2", 1), ("until=2025-03-11", 1),
                                              ("since=2025-03-12", 2), ("limit=1", 1)])
def test_story_list_filters(client: TestClient, query: str, count: int) -> None:
    assert len(client.get(f"/api/stories?{query}").json()["items"]) == count


def test_story_list_pages(client: TestClient) -> None:
    assert client.get("/api/stories?limit=2").json()["next_offset"] == 2


def test_story_shows_articles_by_language(client: TestClient) -> None:
    articles = _strike_story(client)["articles"]
    assert [(a["id"], a["lang"], a["source"]) for a in articles] == [
        ("strike-en", "en", "Northwind Daily"), ("strike-fr", "fr", "Le Veilleur")]


def test_story_flags_the_disagreement(client: TestClient) -> None:
    story = _strike_story(client)
    [event] = story["events"]
    assert (story["disagreements"], event["disagreement"], [s["killed"] for s in event["sources"]]) == (
        1, ["killed"], [4, 6])


def test_unknown_story_is_404(client: TestClient) -> None:
    response = client.get("/api/stories/story%3Anothing")
    assert (response.status_code, response.json()) == (404, {"error": "no such story"})


def test_story_days_in_wrong_order_are_422(client: TestClient) -> None:
    assert client.get("/api/stories?since=2025-03-12&until=2025-03-01").status_code == 422


@pytest.mark.parametrize(("query", "statuses"), [
    ("", ["fulfilled"]), ("status=open", []), ("status=fulfilled", ["fulfilled"]), ("actor=USA", ["fulfilled"]),
    ("actor=brazil", ["fulfilled"]), ("actor=Portugal", []), ("due_from=2025-03-01&due_until=2025-03-31",
                                                             ["fulfilled"]), ("due_from=2025-04-01", [])])
def test_deadline_filters(client: TestClient, query: str, statuses: list[str]) -> None:
    items = client.get(f"/api/deadlines?{query}").json()["items"]
    assert [i["deadline"]["status"] for i in items] == statuses


def test_deadline_says_who_whom_and_what(client: TestClient) -> None:
    [item] = client.get("/api/deadlines").json()["items"]
    deadline = item["deadline"]
    assert (deadline["issuer"]["country"], deadline["target"]["country"], deadline["due"], deadline["measures"]) == (
        "USA", "BRA", "2025-03-14", ["tariffs"])


def test_deadline_links_its_story(client: TestClient) -> None:
    [item] = client.get("/api/deadlines").json()["items"]
    assert client.get(f"/api/stories/{quote(item['story_id'], safe='')}").json()["articles"][0]["id"] == "threat-en"


def test_deadline_due_range_in_wrong_order_is_422(client: TestClient) -> None:
    assert client.get("/api/deadlines?due_from=2025-04-01&due_until=2025-03-01").status_code == 422


@pytest.mark.parametrize("path", ["/api/stories", "/api/deadlines"])
def test_reads_from_other_machines_need_the_token(path: str) -> None:
    remote = make_client(open_store(":memory:"), client=REMOTE)
    assert remote.get(path).status_code == 403


@pytest.mark.parametrize("path", ["/api/stories", "/api/stories/{story_id}", "/api/deadlines"])
def test_documented_in_openapi(client: TestClient, path: str) -> None:
    assert path in client.get("/openapi.json").json()["paths"]
