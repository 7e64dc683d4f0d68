"""Helpers of the API, web and browser tests (no tests here): stores of synthetic records over sentences written
for wirewatch, a hostile article, and clients."""

from __future__ import annotations

import datetime as dt

from fastapi import FastAPI
from fastapi.testclient import TestClient

from wirewatch.api import create_app
from wirewatch.records import Article, ArticleRecord, Entity, Event, EventActor, EventPlace, Mention
from wirewatch.settings import Settings
from wirewatch.store import Store, open_store
from wirewatch.store.synthetic import SyntheticExtractor, make_article, make_record, span

TOKEN = "test-token-5f1c"
LOCAL = ("127.0.0.1", 50000)
REMOTE = ("203.0.113.7", 50000)

HOSTILE_TITLE = '<script>window.__pwned = "title"</script>Hostile'
HOSTILE_TEXT = (
    'Officials met in Geneva on Monday. <img src=x onerror="window.__pwned = \'text\'"> '
    "<script>window.__pwned = 'script'</script> Protesters gathered outside the hall in Geneva."
)


def demo_store(path: str = ":memory:") -> Store:
    """French and English synthetic articles (an assault on Kharkiv each) and a hostile one."""
    store = open_store(path)
    for lang, ident, url in (("fr", "fr-1", "https://news.example.org/fr/1"),
                             ("en", "en-1", "https://news.example.org/en/1")):
        article = make_article(lang, ident=ident, url=url)
        store.save(article, make_record(article))
        store.file_story(article, make_record(article))
    hostile = hostile_article()
    store.save(hostile, hostile_record(hostile))
    store.file_story(hostile, hostile_record(hostile))
    return store


def hostile_article() -> Article:
    return Article(id="hostile-1", text=HOSTILE_TEXT, lang="en", published=dt.date(2025, 9, 1),
                   url="https://news.example.org/hostile", title=HOSTILE_TITLE, source='"><b>outlet</b>')


def hostile_record(article: Article) -> ArticleRecord:
    text = article.text
    sentence = span(text, "Protesters gathered outside the hall in Geneva.")
    return ArticleRecord(
        id=article.id, lang="en", published=article.published, title=article.title, url=article.url,
        entities=[Entity(id="e1", name="<img src=x onerror=alert(1)>", type="LOC", country="CHE",
                         mentions=[span(text, "Geneva")])],
        events=[Event(type="PROTEST", source=EventActor(name="<b onmouseover=alert(2)>protesters</b>",
                                                        country="CHE"),
                      place=EventPlace(name="Geneva", country="CHE", lat=46.2, lon=6.15, precision="city"),
                      date="2025-09-01", evidence=sentence, confidence=0.6),
                Event(type="CONSULT", evidence=Mention(start=0, end=len("Officials met in Geneva on Monday."),
                                                       text="Officials met in Geneva on Monday."),
                      date="2025-09-01", confidence=0.5)],
        pipeline_version="test",
    )


def make_client(store: Store, *, token: str | None = TOKEN, client: tuple[str, int] = LOCAL,
                max_body_bytes: int = 5_000_000, raise_server_exceptions: bool = True) -> TestClient:
    app: FastAPI = create_app(Settings(api_token=token), store, make_extractor=lambda _: SyntheticExtractor(),
                              max_body_bytes=max_body_bytes)
    return TestClient(app, client=client, raise_server_exceptions=raise_server_exceptions)
