"""Events merged by story in the store, the ACLED- and GDELT-shaped exports and the API's event list: one strike
told in English and in French (articles written for this test) is one row, its toll the lowest stated."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io

import pytest
from fastapi.testclient import TestClient

from tests.api_support import make_client
from tests.story_store_support import fill
from wirewatch.records import Article, ArticleRecord, Entity, Event, EventActor, EventPlace, Mention
from wirewatch.store import EventQuery, Store, open_store
from wirewatch.store.event_tables import ACLED_COLUMNS
from wirewatch.store.export import export

STRIKE = {
    "en": ("Drones hit a fuel depot in Kharkiv on Tuesday, killing three workers. "
           "Emergency crews in Kharkiv fought the fire for hours."),
    "fr": ("Des drones ont frappé un dépôt de carburant à Kharkiv mardi, tuant cinq ouvriers. "
           "Les secours de Kharkiv ont lutté contre l'incendie pendant des heures."),
}
OUTLETS = {"en": "Harbour Ledger", "fr": "La Vigie du Matin"}
KILLED = {"en": 3, "fr": 5}


def _mention(text: str, part: str) -> Mention:
    start = text.index(part)
    return Mention(start=start, end=start + len(part), text=part)


def strike(lang: str, published: dt.date, day: str = "2025-04-08", article_id: str | None = None
           ) -> tuple[Article, ArticleRecord]:
    text = STRIKE[lang]
    key = article_id or f"depot-{lang}"
    article = Article(id=key, text=text, lang=lang, published=published, url=f"https://{lang}.example.org/{key}",
                      title=text.split(",")[0], source=OUTLETS[lang])
    first = text[:text.index(". ") + 1]
    record = ArticleRecord(
        id=article.id, lang=lang, published=published, title=article.title, url=article.url,
        entities=[Entity(id="e1", name="Kharkiv", type="LOC", kb_id="Q42308", country="UKR",
                         mentions=[_mention(text, "Kharkiv")])],
        events=[Event(type="ASSAULT", mode="aerial", source=EventActor(name="drones", country="RUS"),
                      target=EventActor(name="Kharkiv", country="UKR", entity="e1"), date=day,
                      place=EventPlace(name="Kharkiv", country="UKR", lat=49.99, lon=36.23, precision="city"),
                      killed=KILLED[lang], evidence=_mention(text, first), confidence=0.8)],
        pipeline_version="test")
    return article, record


@pytest.fixture
def store() -> Store:
    return fill(open_store(":memory:"), [strike("en", dt.date(2025, 4, 8)), strike("fr", dt.date(2025, 4, 9))])


def acled(store: Store, per_report: bool = False) -> list[dict[str, str]]:
    out = io.StringIO()
    export(store, "acled", out, now=dt.datetime(2025, 4, 10, tzinfo=dt.UTC), per_report=per_report)
    return list(csv.DictReader(io.StringIO(out.getvalue())))


def test_one_strike_in_two_languages_is_one_acled_row_with_its_toll_once(store: Store) -> None:
    rows = acled(store)
    assert [(r["fatalities"], r["event_date"]) for r in rows] == [("3", "2025-04-08")]


def test_the_merged_row_names_both_sources_and_the_toll_range(store: Store) -> None:
    [row] = acled(store)
    assert (row["source"], "3 to 5" in row["notes"], row["tags"]) == (
        "Harbour Ledger; La Vigie du Matin", True, "reports=2; fatalities 3-5")


def test_per_report_rows_stay_available(store: Store) -> None:
    assert sorted(r["fatalities"] for r in acled(store, per_report=True)) == ["3", "5"]


def test_gdelt_row_counts_mentions_sources_and_articles(store: Store) -> None:
    out = io.StringIO()
    export(store, "gdelt", out, now=dt.datetime(2025, 4, 10, tzinfo=dt.UTC))
    [row] = list(csv.reader(io.StringIO(out.getvalue()), delimiter="\t"))
    assert row[31:34] == ["2", "2", "2"]


def test_reports_far_apart_in_time_stay_two_events() -> None:
    later = strike("fr", dt.date(2025, 4, 20), day="2025-04-19", article_id="depot-fr-later")
    store = fill(open_store(":memory:"), [strike("en", dt.date(2025, 4, 8)), later])
    merged = store.merged_events(EventQuery(limit=None))
    assert sorted(r.reports for r in merged) == [1, 1]


def test_the_merged_list_is_filtered_and_paged_in_the_store(store: Store) -> None:
    fill(store, [strike("en", dt.date(2025, 5, 2), day="2025-05-01", article_id="depot-may")])
    first = store.merged_events(EventQuery(limit=1))
    second = store.merged_events(EventQuery(limit=1), offset=1)
    none = store.merged_events(EventQuery(country="FRA", limit=None))
    assert ([r.day for r in first], [r.reports for r in second], none) == (
        [dt.date(2025, 5, 1)], [2], [])


def test_acled_header_is_unchanged(store: Store) -> None:
    out = io.StringIO()
    export(store, "acled", out, now=dt.datetime(2025, 4, 10, tzinfo=dt.UTC))
    assert tuple(out.getvalue().splitlines()[0].split(",")) == ACLED_COLUMNS


def test_a_merged_row_is_an_event_row(store: Store) -> None:
    [row] = store.merged_events(EventQuery(limit=None))
    assert (row.killed, row.killed_max, row.articles, dataclasses.is_dataclass(row)) == (3, 5, 2, True)


@pytest.fixture
def client(store: Store) -> TestClient:
    return make_client(store)


@pytest.mark.parametrize(("query", "reports"), [("merged=true", [2]), ("", [1, 1]),
                                                 ("merged=true&actor=kharkiv", [2]),
                                                 ("merged=true&lang=fr", [1]),
                                                 ("merged=true&q=nowhere", [])])
def test_the_api_lists_events_merged_by_story(client: TestClient, query: str, reports: list[int]) -> None:
    items = client.get(f"/api/events?{query}").json()["items"]
    assert sorted(i["reports"] for i in items) == reports


def test_the_api_acled_download_is_merged_unless_per_report(client: TestClient) -> None:
    merged = client.get("/api/exports/acled").text.splitlines()
    per_report = client.get("/api/exports/acled?per_report=true").text.splitlines()
    assert (len(merged), len(per_report)) == (2, 3)
