"""Stories and deadlines in the store, built as articles arrive: the same tests on SQLite and PostgreSQL."""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.story_store_support import RecordExtractor, fill, story_articles
from tests.test_store import pg_url_or_skip
from wirewatch.records import Article, ArticleRecord, Entity, Event, EventActor, Mention
from wirewatch.run.ingest_job import ingest, reprocess
from wirewatch.store import DeadlineQuery, Store, StoryQuery, identity_of, open_store
from wirewatch.store.sql_story_index import SQLStoryIndex
from wirewatch.store.synthetic import scratch_schema
from wirewatch.stories import ClusterSettings, MemoryStoryIndex, StoryClusterer, signature_of


@pytest.fixture(params=["sqlite", "postgres"])
def store(request: pytest.FixtureRequest) -> Iterator[Store]:
    if request.param == "sqlite":
        opened = open_store(":memory:")
        yield opened
        opened.close()
        return
    with scratch_schema(pg_url_or_skip()) as url:
        opened = open_store(url)
        yield opened
        opened.close()


def _story_of(store: Store, article_id: str) -> str:
    found = [s.id for s in store.stories(StoryQuery(limit=None))
             if article_id in (detail.story.article_ids if (detail := store.story(s.id)) else [])]
    assert len(found) == 1
    return found[0]


def test_same_strike_in_two_languages_is_one_story(store: Store) -> None:
    fill(store)
    assert _story_of(store, "strike-en") == _story_of(store, "strike-fr")


def test_unrelated_article_has_a_story_of_its_own(store: Store) -> None:
    fill(store)
    assert _story_of(store, "threat-en") != _story_of(store, "strike-en")


def test_story_list_names_languages_and_outlets(store: Store) -> None:
    fill(store)
    summary = next(s for s in store.stories(StoryQuery()) if s.articles == 2)
    assert (summary.langs, summary.outlets) == (["en", "fr"], ["Le Veilleur", "Northwind Daily"])


def test_story_list_filters_by_day(store: Store) -> None:
    fill(store)
    assert [s.articles for s in store.stories(StoryQuery(until=dt.date(2025, 3, 11)))] == [2]


@pytest.mark.parametrize(("field", "expected"), [
    ("disagreement", ["killed"]), ("conservative_killed", 4), ("latest_killed", 6)])
def test_merged_event_keeps_every_figure(store: Store, field: str, expected: object) -> None:
    fill(store)
    detail = store.story(_story_of(store, "strike-fr"))
    assert detail is not None
    assert getattr(detail.story.events[0], field) == expected


def test_story_articles_oldest_first(store: Store) -> None:
    fill(store)
    detail = store.story(_story_of(store, "strike-fr"))
    assert detail is not None and [(a.id, a.lang) for a in detail.articles] == [("strike-en", "en"),
                                                                                  ("strike-fr", "fr")]


def test_unknown_story_is_none(store: Store) -> None:
    assert store.story("story:nothing") is None


def test_filing_twice_changes_nothing(store: Store) -> None:
    fill(store)
    before = store.stories(StoryQuery(limit=None))
    fill(store)
    assert store.stories(StoryQuery(limit=None)) == before


def test_ingest_places_each_new_article(store: Store) -> None:
    pairs = story_articles()
    summary = ingest([a for a, _ in pairs], RecordExtractor(pairs), store)
    assert summary.ingested == 4 and sum(s.articles for s in store.stories(StoryQuery(limit=None))) == 4


def test_reprocess_releases_the_old_signature(store: Store) -> None:
    """Re-extracted into a record about something else, the French article leaves the strike story."""
    pairs = story_articles()
    ingest([a for a, _ in pairs], RecordExtractor(pairs), store)
    strike_fr, old = pairs[1]
    port = strike_fr.text.index("port")
    other = old.model_copy(update={"events": [], "entities": [Entity(
        id="e1", name="Port authority", type="ORG", mentions=[Mention(start=port, end=port + 4, text="port")])]})
    reprocess(store, RecordExtractor([*pairs[:1], (strike_fr, other), *pairs[2:]]), release=None)
    assert _story_of(store, "strike-en") != _story_of(store, "strike-fr")


def test_reprocess_keeps_story_count(store: Store) -> None:
    pairs = story_articles()
    ingest([a for a, _ in pairs], RecordExtractor(pairs), store)
    before = [(s.articles, s.first_day) for s in store.stories(StoryQuery(limit=None))]
    reprocess(store, RecordExtractor(pairs), release=None)
    assert [(s.articles, s.first_day) for s in store.stories(StoryQuery(limit=None))] == before


def test_failed_extraction_has_no_story(store: Store) -> None:
    article, record = story_articles()[0]
    store.save(article, record.model_copy(update={"error": "extraction failed", "events": [], "entities": []}))
    assert store.file_story(article, record.model_copy(update={"error": "extraction failed"})) is None


def test_unstored_article_has_no_story(store: Store) -> None:
    article, record = story_articles()[0]
    assert store.file_story(article, record) is None


@pytest.mark.parametrize(("as_of", "status"), [(dt.date(2025, 3, 13), "fulfilled"), (dt.date(2025, 3, 20),
                                                                                        "fulfilled")])
def test_deadline_fulfilled_by_a_later_article(store: Store, as_of: dt.date, status: str) -> None:
    fill(store)
    [item] = store.deadlines(DeadlineQuery(as_of=as_of))
    assert (item.deadline.status, item.deadline.settled_by and item.deadline.settled_by.article_id) == (
        status, "sanction-en")


def test_deadline_settled_when_the_threat_arrives_after_the_measure(store: Store) -> None:
    pairs = story_articles()
    fill(store, [pairs[3], pairs[2]])
    assert [d.deadline.status for d in store.deadlines(DeadlineQuery())] == ["fulfilled"]


@pytest.mark.parametrize(("as_of", "status"), [(dt.date(2025, 3, 13), "open"), (dt.date(2025, 3, 20), "expired")])
def test_deadline_without_a_settling_article(store: Store, as_of: dt.date, status: str) -> None:
    fill(store, story_articles()[:3])
    assert [d.deadline.status for d in store.deadlines(DeadlineQuery(as_of=as_of))] == [status]


@pytest.mark.parametrize(("query", "count"), [
    (DeadlineQuery(status="fulfilled"), 1), (DeadlineQuery(status="open"), 0), (DeadlineQuery(actor="brazil"), 1),
    (DeadlineQuery(actor="BRA"), 1), (DeadlineQuery(actor="France"), 0),
    (DeadlineQuery(due_from=dt.date(2025, 3, 14), due_until=dt.date(2025, 3, 14)), 1),
    (DeadlineQuery(due_from=dt.date(2025, 3, 15)), 0)])
def test_deadline_filters(store: Store, query: DeadlineQuery, count: int) -> None:
    fill(store)
    assert len(store.deadlines(query)) == count


def test_deadline_names_its_story(store: Store) -> None:
    fill(store)
    [item] = store.deadlines(DeadlineQuery())
    assert item.story_id == _story_of(store, "threat-en")


def test_sql_index_places_like_the_memory_index(store: Store) -> None:
    """The SQL StoryIndex and the reference MemoryStoryIndex put the same articles together."""
    pairs = story_articles()
    for article, record in pairs:
        store.save(article, record)
    keys = {s.article.id: s.key for s in store.articles()}
    signatures = [dataclasses.replace(signature_of(r), article_id=str(keys[a.id])) for a, r in pairs]
    memory = StoryClusterer(MemoryStoryIndex())
    sql_store = store  # the SQL index runs inside the store's transaction, as file_story does
    index: SQLStoryIndex = sql_store._story_index()  # type: ignore[attr-defined]
    with sql_store.transaction():  # type: ignore[attr-defined]
        on_sql = [StoryClusterer(index).add(s).story_id for s in signatures]
    on_memory = [memory.add(s).story_id for s in signatures]
    assert on_sql == on_memory


def test_refinement_joins_articles_split_on_arrival(store: Store) -> None:
    """Placed while the threshold was out of reach, the two reports of the strike join on a second look."""
    pairs = story_articles()[:2]
    store.cluster_settings = ClusterSettings(threshold=1.5)  # type: ignore[attr-defined]
    fill(store, pairs)
    split = _story_of(store, "strike-en") != _story_of(store, "strike-fr")
    store.cluster_settings = ClusterSettings()  # type: ignore[attr-defined]
    moved = store.refine_stories([identity_of(a) for a, _ in pairs])
    assert (split, moved, _story_of(store, "strike-en") == _story_of(store, "strike-fr")) == (True, 1, True)


def test_refinement_leaves_good_stories_alone(store: Store) -> None:
    fill(store)
    assert store.refine_stories([identity_of(a) for a, _ in story_articles()]) == 0


def _many_articles(prefix: str, count: int) -> list[tuple[Article, ArticleRecord]]:
    """Copies of the four articles under other URLs and ids (so two writers place overlapping stories)."""
    out = []
    for n in range(count):
        for article, record in story_articles():
            ident = f"{prefix}-{n}-{article.id}"
            url = f"{article.url}/{prefix}/{n}"
            out.append((article.model_copy(update={"id": ident, "url": url, "text": f"{article.text} ({prefix}{n})"}),
                        record.model_copy(update={"id": ident, "url": url})))
    return out


@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
def test_two_writers_place_articles_at_once(backend: str, tmp_path: Path) -> None:
    """Two connections ingesting at the same time: nothing fails (no deadlock), every article has a story."""
    with contextlib.ExitStack() as stack:
        url = str(tmp_path / "shared.sqlite") if backend == "sqlite" else stack.enter_context(
            scratch_schema(pg_url_or_skip()))
        open_store(url).close()
        batches = [_many_articles(p, 4) for p in ("a", "b")]
        failures: list[str] = []

        def run(pairs: list[tuple[Article, ArticleRecord]]) -> None:
            writer = open_store(url)
            failures.extend(ingest([a for a, _ in pairs], RecordExtractor(pairs), writer, batch_size=4).failures)
            writer.close()

        threads = [threading.Thread(target=run, args=(b,)) for b in batches]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        reader = open_store(url)
        placed = sum(s.articles for s in reader.stories(StoryQuery(limit=None)))
        reader.close()
    assert (failures, placed) == ([], 32)


def test_stored_story_keys_match_the_memory_index_after_a_release(store: Store) -> None:
    """Keys written incrementally (added, then one article taken out) equal the reference profile's keys."""
    pairs = story_articles()[:2]
    fill(store, pairs)
    keys = {s.article.id: s.key for s in store.articles()}
    signatures = [dataclasses.replace(signature_of(r), article_id=str(keys[a.id])) for a, r in pairs]
    memory = MemoryStoryIndex()
    clusterer = StoryClusterer(memory)
    for signature in signatures:
        clusterer.add(signature)
    [profile] = memory.stories.values()
    profile.release(signatures[1])
    index: SQLStoryIndex = store._story_index()  # type: ignore[attr-defined]
    with store.transaction():  # type: ignore[attr-defined]
        index.release(int(signatures[1].article_id))
        [stored] = index.profiles([profile.id])
    assert {k: round(v, 6) for k, v in stored.keys.items()} == {k: round(v, 6) for k, v in profile.keys.items()}


COMPLIANCE_EN = "Brazil agreed to lift the export ban on Thursday. Brazilian exporters welcomed the decision."


def _compliance() -> tuple[Article, ArticleRecord]:
    text = COMPLIANCE_EN
    article = Article(id="compliance-en", text=text, lang="en", published=dt.date(2025, 3, 13),
                      url="https://northwind.example.org/ban-lifted", title="Brazil lifts export ban",
                      source="Northwind Daily")
    sentence = text[:text.index(". ") + 1]
    record = ArticleRecord(
        id=article.id, lang="en", published=article.published, title=article.title, url=article.url,
        entities=[Entity(id="e1", name="Brazil", type="LOC", kb_id="Q155", country="BRA",
                         mentions=[Mention(start=0, end=6, text="Brazil")])],
        events=[Event(type="AGREE", source=EventActor(name="Brazil", country="BRA", entity="e1"),
                      target=EventActor(name="United States", country="USA"), date="2025-03-13",
                      evidence=Mention(start=0, end=len(sentence), text=sentence), confidence=0.8)],
        pipeline_version="test")
    return article, record


def test_deadline_met_when_the_target_later_complies(store: Store) -> None:
    fill(store, [*story_articles()[:3], _compliance()])
    [item] = store.deadlines(DeadlineQuery(as_of=dt.date(2025, 3, 20)))
    assert (item.deadline.status, item.deadline.settled_by and item.deadline.settled_by.article_id) == (
        "met", "compliance-en")
