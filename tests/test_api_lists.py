"""The API's lists as the UI reads them: the quotes list's filters and spans, and every list as a CSV download
(``?format=csv``) of the same query, guarded against spreadsheet formulas."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from tests.api_support import demo_store, make_client
from wirewatch.api.csv_lists import DEADLINE_COLUMNS, ENTITY_COLUMNS, MERGED_COLUMNS, QUOTE_COLUMNS
from wirewatch.records import Article, ArticleRecord, Quote
from wirewatch.store import Store
from wirewatch.store.export import EVENT_COLUMNS
from wirewatch.store.synthetic import make_article, span

FORMULA_TEXT = "@SUM(1+1) was all the note said."


@pytest.fixture()
def store() -> Iterator[Store]:
    store = demo_store()
    article = Article(id="formula-1", text=FORMULA_TEXT, lang="en", published=dt.date(2025, 10, 2), title="Note")
    quote = span(FORMULA_TEXT, "@SUM(1+1)")
    store.save(article, ArticleRecord(id=article.id, lang="en", published=article.published, title=article.title,
                                      quotes=[Quote(text=quote.text, start=quote.start, end=quote.end, direct=True,
                                                    speaker="=Clerk", parts=[quote])]))
    yield store
    store.close()


@pytest.fixture()
def client(store: Store) -> TestClient:
    return make_client(store)


def rows_of(response: object) -> list[list[str]]:
    return list(csv.reader(io.StringIO(response.text)))  # type: ignore[attr-defined]


@pytest.mark.parametrize(("params", "expected"), [
    ({"lang": "fr"}, {"fr-1"}),
    ({"lang": "en", "speaker": "Dupont"}, {"en-1"}),
    ({"since": "2025-10-01"}, {"formula-1"}),
    ({"until": "2025-08-06"}, {"fr-1", "en-1"}),
    ({"since": "2025-08-07", "until": "2025-09-30"}, set()),
])
def test_quotes_filter_by_language_and_days(client: TestClient, params: dict[str, str], expected: set[str]) -> None:
    items = client.get("/api/quotes", params=params).json()["items"]
    assert {q["article"] for q in items} == expected


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_quote_points_at_its_span_in_the_article(client: TestClient, lang: str) -> None:
    quote = client.get("/api/quotes", params={"lang": lang, "speaker": "Dupont"}).json()["items"][0]
    text = make_article(lang).text
    assert (text[quote["start"]:quote["end"]], quote["lang"]) == (quote["text"], lang)


def test_quotes_days_out_of_order_are_refused(client: TestClient) -> None:
    response = client.get("/api/quotes", params={"since": "2025-09-01", "until": "2025-08-01"})
    assert response.status_code == 422 and "since is after until" in response.text


@pytest.mark.parametrize(("path", "params", "columns"), [
    ("/api/events", {"type": "ASSAULT"}, EVENT_COLUMNS),
    ("/api/events", {"lang": "en"}, EVENT_COLUMNS),
    ("/api/events", {"merged": "true"}, EVENT_COLUMNS + MERGED_COLUMNS),
    ("/api/quotes", {"lang": "fr"}, QUOTE_COLUMNS),
    ("/api/entities", {"type": "PER"}, ENTITY_COLUMNS),
    ("/api/deadlines", {}, DEADLINE_COLUMNS),
])
def test_every_list_downloads_as_csv_with_its_filters(client: TestClient, path: str, params: dict[str, str],
                                                      columns: tuple[str, ...]) -> None:
    listed = client.get(path, params={**params, "limit": 200}).json()["items"]
    response = client.get(path, params={**params, "format": "csv"})
    rows = rows_of(response)
    assert (response.status_code, response.headers["content-type"].split(";")[0], tuple(rows[0]),
            len(rows) - 1) == (200, "text/csv", columns, len(listed))


def test_events_csv_is_the_export_csv(client: TestClient) -> None:
    exported = client.get("/api/exports/csv", params={"type": "ASSAULT"}).text
    assert client.get("/api/events", params={"type": "ASSAULT", "format": "csv"}).text == exported


def test_csv_cells_never_start_a_formula(client: TestClient) -> None:
    rows = rows_of(client.get("/api/quotes", params={"since": "2025-10-01", "format": "csv"}))
    row = dict(zip(rows[0], rows[1], strict=True))
    assert (row["text"], row["speaker"]) == ("'@SUM(1+1)", "'=Clerk")


def test_csv_ignores_paging(client: TestClient) -> None:
    rows = rows_of(client.get("/api/events", params={"limit": 1, "offset": 1, "format": "csv"}))
    assert len(rows) - 1 == len(client.get("/api/events", params={"limit": 200}).json()["items"])


def test_an_unknown_format_is_refused(client: TestClient) -> None:
    assert client.get("/api/quotes", params={"format": "xlsx"}).status_code == 422


def test_event_pages_by_after_follow_on_as_pages_by_offset(client: TestClient) -> None:
    by_offset = [e["event_key"] for e in client.get("/api/events", params={"limit": 100}).json()["items"]]
    keys: list[int] = []
    params: dict[str, object] = {"limit": 1}
    while True:
        page = client.get("/api/events", params=params).json()
        keys += [e["event_key"] for e in page["items"]]
        if page["next_after"] is None:
            break
        params = {"limit": 1, "after": page["next_after"]}
    assert keys == by_offset and len(keys) > 2


@pytest.mark.parametrize(("params", "fragment"), [({"after": "yesterday"}, "query.after"),
                                                  ({"after": "2025-08-06:1", "merged": "true"}, "merged"),
                                                  ({"after": "2025-02-30:1"}, "no calendar day")])
def test_a_bad_after_is_a_4xx_saying_why(client: TestClient, params: dict[str, object], fragment: str) -> None:
    response = client.get("/api/events", params=params)
    assert response.status_code == 422 and fragment in response.text


def test_the_story_filter_lists_the_events_of_one_story(client: TestClient) -> None:
    stories = client.get("/api/stories").json()["items"]
    kharkiv = next(s for s in stories if s["articles"] == 2)  # the French and the English report
    items = client.get("/api/events", params={"story": kharkiv["id"]}).json()["items"]
    assert {e["article"] for e in items} == {"fr-1", "en-1"}
    merged = client.get("/api/events", params={"story": kharkiv["id"], "merged": "true"}).json()["items"]
    assert {e["story"] for e in merged} == {kharkiv["id"]}
