"""The HTTP API over a real SQLite store filled with synthetic records (sentences written for wirewatch)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from tests.api_support import HOSTILE_TEXT, LOCAL, REMOTE, TOKEN, demo_store, make_client
from wirewatch.api.access import token_matches
from wirewatch.api.cache import StatsCache
from wirewatch.store import Store
from wirewatch.store.synthetic import make_article, make_record


@pytest.fixture()
def store() -> Iterator[Store]:
    store = demo_store()
    yield store
    store.close()


@pytest.fixture()
def client(store: Store) -> TestClient:
    return make_client(store)


@pytest.mark.parametrize(("lang", "expected"), [("fr", {"fr-1"}), ("en", {"en-1", "hostile-1"})])
def test_events_filter_by_language(client: TestClient, lang: str, expected: set[str]) -> None:
    items = client.get("/api/events", params={"lang": lang}).json()["items"]
    assert {e["article"] for e in items} == expected


@pytest.mark.parametrize(("params", "expected"), [
    ({"type": "ASSAULT"}, {"fr-1", "en-1"}),
    ({"type": ["PROTEST", "CONSULT"]}, {"hostile-1"}),
    ({"country": "ukr"}, {"fr-1", "en-1"}),
    ({"country": "CHE"}, {"hostile-1"}),
    ({"actor": "drones"}, {"fr-1", "en-1"}),
    ({"bbox": "30,45,40,55"}, {"fr-1", "en-1"}),
    ({"bbox": "0,40,10,50"}, {"hostile-1"}),
    ({"q": "kharkiv"}, {"fr-1", "en-1"}),
    ({"since": "2025-09-01", "until": "2025-09-30"}, {"hostile-1"}),
])
def test_events_filters(client: TestClient, params: dict[str, object], expected: set[str]) -> None:
    items = client.get("/api/events", params=params).json()["items"]
    assert {e["article"] for e in items} == expected


def test_events_pages_follow_on(client: TestClient) -> None:
    first = client.get("/api/events", params={"limit": 2}).json()
    second = client.get("/api/events", params={"limit": 2, "offset": first["next_offset"]}).json()
    keys = [e["event_key"] for e in first["items"] + second["items"]]
    assert len(keys) == 4 and len(set(keys)) == 4 and second["next_offset"] is None


@pytest.mark.parametrize(("params", "fragment"), [
    ({"limit": 0}, "query.limit"),
    ({"limit": 100000}, "query.limit"),
    ({"country": "UK1"}, "query.country"),
    ({"type": "BOMBING"}, "query.type"),
    ({"bbox": "1,2,3"}, "bbox is four numbers"),
    ({"bbox": "0,95,10,50"}, "latitudes"),
    ({"since": "2025-09-30", "until": "2025-09-01"}, "since is after until"),
    ({"since": "yesterday"}, "query.since"),
    ({"colour": "red"}, "query.colour"),
])
def test_invalid_filters_are_4xx_with_a_clear_message(client: TestClient, params: dict[str, object],
                                                      fragment: str) -> None:
    response = client.get("/api/events", params=params)
    assert response.status_code == 422 and fragment in response.json()["error"]


def test_stats_count_days_types_and_countries(client: TestClient) -> None:
    stats = client.get("/api/events/stats").json()
    assert (stats["total"], stats["types"]["ASSAULT"], {c["iso2"] for c in stats["countries"]}) == (4, 2, {"ua", "ch"})


def test_stats_say_counted_exactly(client: TestClient) -> None:
    stats = client.get("/api/events/stats").json()
    assert stats["total_is_estimate"] is False and stats["total_range"] is None


def test_stats_follow_the_filters(client: TestClient) -> None:
    stats = client.get("/api/events/stats", params={"country": "CHE"}).json()
    assert stats["types"] == {"PROTEST": 1}


@pytest.mark.parametrize("article_id", ["fr-1", "en-1", "hostile-1"])
def test_article_offsets_point_into_its_text(client: TestClient, article_id: str) -> None:
    article = client.get(f"/api/articles/{article_id}").json()
    text, record = article["text"], article["record"]
    spans = [m for e in record["entities"] for m in e["mentions"]]
    spans += [m for p in record["places"] for m in p["mentions"]]
    spans += [e["evidence"] for e in record["events"]] + [{**d} for d in record["dates"]]
    spans += [{"start": q["start"], "end": q["end"], "text": q["text"]} for q in record["quotes"]]
    assert spans and all(text[s["start"]:s["end"]] == s["text"] for s in spans)


def test_hostile_text_comes_back_as_data(client: TestClient) -> None:
    response = client.get("/api/articles/hostile-1")
    assert response.headers["content-type"] == "application/json" and response.json()["text"] == HOSTILE_TEXT


def test_article_ids_may_hold_slashes(store: Store) -> None:
    article = make_article("fr", ident="agence/2025/fr-9", url="https://news.example.org/fr/9")
    store.save(article, make_record(article))
    assert make_client(store).get("/api/articles/agence%2F2025%2Ffr-9").json()["id"] == "agence/2025/fr-9"


def test_unknown_article_is_404_json(client: TestClient) -> None:
    response = client.get("/api/articles/no-such-article")
    assert (response.status_code, response.json()) == (404, {"error": "no article with id 'no-such-article'"})


@pytest.mark.parametrize(("params", "expected"), [({"lang": "fr"}, ["fr-1"]), ({"lang": "en"}, ["hostile-1", "en-1"]),
                                                  ({"q": "kharkiv"}, ["fr-1", "en-1"])])
def test_article_list_filters(client: TestClient, params: dict[str, str], expected: list[str]) -> None:
    assert sorted(a["id"] for a in client.get("/api/articles", params=params).json()["items"]) == sorted(expected)


def test_entity_page_has_events_as_target_and_wikidata_link(client: TestClient) -> None:
    entity = next(e for e in client.get("/api/entities", params={"name": "Kharkiv"}).json()["items"])
    detail = client.get(f"/api/entities/{entity['entity_key']}").json()
    assert (detail["entity"]["wikidata_url"], len(detail["events_as_target"])) == (
        "https://www.wikidata.org/wiki/Q42198", 2)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_entity_page_has_the_speakers_quotes(client: TestClient, lang: str) -> None:
    entity = client.get("/api/entities", params={"name": "Dupont"}).json()["items"][0]
    quotes = client.get(f"/api/entities/{entity['entity_key']}").json()["quotes"]
    assert any(q["article"] == f"{lang}-1" for q in quotes)


def test_unknown_entity_is_404(client: TestClient) -> None:
    assert client.get("/api/entities/999999").status_code == 404


@pytest.mark.parametrize(("params", "expected"), [({"speaker": "Dupont"}, 2), ({"q": "céderons"}, 1)])
def test_quotes_filters(client: TestClient, params: dict[str, str], expected: int) -> None:
    assert len(client.get("/api/quotes", params=params).json()["items"]) == expected


def test_places_of_events(client: TestClient) -> None:
    places = client.get("/api/places").json()["items"]
    assert {(p["name"], p["events"]) for p in places} == {("Kharkiv", 2), ("Geneva", 1)}


@pytest.mark.parametrize(("word", "article_id"), [("céderons", "fr-1"), ("give", "en-1")])
def test_search_finds_articles(client: TestClient, word: str, article_id: str) -> None:
    assert [h["article"] for h in client.get("/api/search", params={"q": word}).json()["articles"]] == [article_id]


@pytest.mark.parametrize(("fmt", "marker"), [("csv", "event_key,article"), ("geojson", '"FeatureCollection"'),
                                             ("jsonl", '"id":"fr-1"'), ("acled", "event_id_cnty")])
def test_exports(client: TestClient, fmt: str, marker: str) -> None:
    response = client.get(f"/api/exports/{fmt}", params={"type": "ASSAULT"})
    assert response.status_code == 200 and marker in response.text.replace(" ", "")


def test_unknown_export_format_is_422(client: TestClient) -> None:
    assert client.get("/api/exports/xlsx").status_code == 422


SUBMISSION = {"articles": [{"id": "new-1", "text": "Ministers met in Oslo. They agreed on a plan.", "lang": "en"}]}


def test_submission_with_the_token_is_ingested(client: TestClient) -> None:
    response = client.post("/api/articles", json=SUBMISSION, headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.json()["ingested"] == 1 and client.get("/api/articles/new-1").status_code == 200


@pytest.mark.parametrize(("headers", "status"), [({}, 401), ({"Authorization": "Bearer wrong"}, 401),
                                                 ({"Authorization": f"Basic {TOKEN}"}, 401)])
def test_submission_without_the_right_token_is_refused(client: TestClient, headers: dict[str, str],
                                                       status: int) -> None:
    assert client.post("/api/articles", json=SUBMISSION, headers=headers).status_code == status


def test_submissions_are_off_without_a_configured_token(store: Store) -> None:
    response = make_client(store, token=None).post("/api/articles", json=SUBMISSION,
                                                   headers={"Authorization": "Bearer anything"})
    assert response.status_code == 403 and "WIREWATCH_API_TOKEN" in response.json()["error"]


def test_url_submission_needs_the_token(client: TestClient) -> None:
    assert client.post("/api/articles/urls", json={"urls": ["https://example.org/a"]}).status_code == 401


def test_url_submission_refuses_private_addresses(client: TestClient) -> None:
    response = client.post("/api/articles/urls", json={"urls": ["http://127.0.0.1:9/page"]},
                           headers={"Authorization": f"Bearer {TOKEN}"})
    assert (response.status_code, response.json()["failed"], response.json()["ingested"]) == (200, 1, 0)


@pytest.mark.parametrize(("given", "expected"), [(TOKEN, True), (TOKEN + "x", False), ("", False), (None, False)])
def test_token_comparison(given: str | None, expected: bool) -> None:
    assert token_matches(given, TOKEN) is expected


def test_no_configured_token_matches_nothing() -> None:
    assert token_matches("", None) is False


@pytest.mark.parametrize(("peer", "headers", "status"), [
    (LOCAL, {}, 200), (REMOTE, {}, 403), (REMOTE, {"Authorization": f"Bearer {TOKEN}"}, 200),
])
def test_reads_are_open_to_this_machine_only(store: Store, peer: tuple[str, int], headers: dict[str, str],
                                             status: int) -> None:
    assert make_client(store, client=peer).get("/api/events", headers=headers).status_code == status


def test_oversized_bodies_are_refused(store: Store) -> None:
    client = make_client(store, max_body_bytes=1_000)
    body = {"articles": [{"text": "word " * 1_000}]}
    response = client.post("/api/articles", json=body, headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 413 and "request body over" in response.json()["error"]


def test_malformed_json_is_422(client: TestClient) -> None:
    response = client.post("/api/articles", content=b"{not json", headers={
        "Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"})
    assert response.status_code == 422


@pytest.mark.parametrize(("ttl", "calls"), [(0.0, 2), (60.0, 1)])
def test_cached_counts_expire(ttl: float, calls: int) -> None:
    cache, made = StatsCache(ttl=ttl), []
    for _ in range(2):
        cache.get_or_make("key", lambda: made.append(1))
    assert len(made) == calls


class BrokenStore:
    """A store whose event query fails like a bug would."""

    def __init__(self, inner: Store) -> None:
        self.inner = inner
        self.url = inner.url

    def __getattr__(self, name: str) -> object:
        return getattr(self.inner, name)

    def events(self, query: object) -> object:
        raise RuntimeError("secret internal detail /home/user/db")


def test_unexpected_errors_are_500_without_details(store: Store) -> None:
    client = make_client(BrokenStore(store), raise_server_exceptions=False)  # type: ignore[arg-type]
    response = client.get("/api/events")
    assert (response.status_code, response.json()) == (500, {"error": "internal error; see the server log"})


@pytest.mark.parametrize("path", ["/", "/api/events", "/static/app.js"])
def test_security_headers(client: TestClient, path: str) -> None:
    policy = client.get(path).headers["content-security-policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy
