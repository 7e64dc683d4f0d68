"""An entity's page gathers everything credited to its canonical identity in any language: events and quotes
credited to French descriptors linked to the person, and the rows of her name the knowledge base did not
resolve; namesakes of two Wikidata ids are never merged."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack

import pytest
from fastapi.testclient import TestClient

from tests.api_support import make_client
from tests.identity_support import FR_DESCRIPTOR, MINISTER, MINISTER_KB, save_minister_articles
from tests.test_store import pg_url_or_skip
from wirewatch.records import Article, ArticleRecord, Entity
from wirewatch.store import EntityQuery, Store, open_store
from wirewatch.store.synthetic import scratch_schema


@pytest.fixture(params=["sqlite", "postgres"])
def store(request: pytest.FixtureRequest) -> Iterator[Store]:
    with ExitStack() as stack:
        url = ":memory:" if request.param == "sqlite" else stack.enter_context(scratch_schema(pg_url_or_skip()))
        opened = open_store(url)
        save_minister_articles(opened)
        yield opened
        opened.close()


def _key(store: Store, *, resolved: bool) -> int:
    rows = store.entities(EntityQuery(name=MINISTER, limit=10))
    return next(r.entity_key for r in rows if (r.kb_id == MINISTER_KB) == resolved)


@pytest.mark.parametrize("resolved", [True, False], ids=["en-wikidata-row", "fr-unresolved-row"])
def test_entity_page_gathers_both_languages(store: Store, resolved: bool) -> None:
    client: TestClient = make_client(store)
    body = client.get(f"/api/entities/{_key(store, resolved=resolved)}").json()
    assert (sorted(e["source_name"] for e in body["events_as_source"]), sorted(q["lang"] for q in body["quotes"]),
            sorted({n["lang"] for n in body["names"]}), sorted({m["article"] for m in body["mentions"]})) == (
        sorted([FR_DESCRIPTOR.casefold(), MINISTER]), ["en", "fr"], ["en", "fr"], ["minister-en", "minister-fr"])


def test_names_list_the_french_descriptor(store: Store) -> None:
    body = make_client(store).get(f"/api/entities/{_key(store, resolved=True)}").json()
    assert {"text": FR_DESCRIPTOR, "lang": "fr", "mentions": 1} in body["names"]


def test_namesakes_of_two_wikidata_ids_stay_apart(store: Store) -> None:
    text = "Mara Ilves, a cellist, played in the hall."
    article = Article(id="namesake", text=text, lang="en", title="Concert")
    store.save(article, ArticleRecord(id=article.id, lang="en", entities=[
        Entity(id="e1", name=MINISTER, type="PER", kb_id="Q990002", mentions=[{"start": 0, "end": 10,
                                                                               "text": MINISTER}])]))
    resolved, unresolved = _key(store, resolved=True), _key(store, resolved=False)
    namesake = next(r.entity_key for r in store.entities(EntityQuery(name=MINISTER, limit=10)) if r.kb_id == "Q990002")
    assert (store.identity_keys(resolved), store.identity_keys(unresolved), store.identity_keys(namesake)) == (
        [resolved, unresolved], [unresolved], [namesake, unresolved])


def test_unknown_entity_has_no_identity(store: Store) -> None:
    assert store.identity_keys(10**9) == []
