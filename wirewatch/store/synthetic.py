"""Synthetic articles and records (sentences written for wirewatch) for store tests and benchmarks."""

from __future__ import annotations

import datetime as dt
import time
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from wirewatch.ingest.article_input import InputError
from wirewatch.records import (
    Article,
    ArticleRecord,
    Entity,
    Event,
    EventActor,
    EventPlace,
    Mention,
    Place,
    Quote,
    TimeExpr,
)

FR_TEXT = (
    "Le ministre Jean Dupont a déclaré mardi à Lyon : « Nous ne céderons pas. » "
    "Des drones ont frappé la ville de Kharkiv dans la nuit, faisant trois morts."
)
EN_TEXT = (
    "Minister Jean Dupont said on Tuesday in Lyon: \"We will not give in.\" "
    "Drones struck the city of Kharkiv overnight, killing three people."
)


@contextmanager
def scratch_schema(url: str) -> Iterator[str]:
    """A PostgreSQL URL whose connections use a new empty schema, dropped on exit (tests and benchmarks)."""
    import psycopg

    schema = f"scratch_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    separator = "&" if "?" in url else "?"
    try:
        yield f"{url}{separator}options=-csearch_path%3D{schema}"
    finally:
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")


def span(text: str, fragment: str, after: int = 0) -> Mention:
    """The mention of ``fragment``'s first occurrence in ``text`` at or after ``after``."""
    start = text.index(fragment, after)
    return Mention(start=start, end=start + len(fragment), text=fragment)


def make_article(lang: str, *, ident: str = "art-1", url: str | None = "https://news.example.org/a/1",
                 text: str | None = None) -> Article:
    body = text if text is not None else (FR_TEXT if lang == "fr" else EN_TEXT)
    return Article(id=ident, text=body, lang=lang, published=dt.date(2025, 8, 6), url=url,
                   title="Frappe sur Kharkiv" if lang == "fr" else "Strike on Kharkiv", source="Example News")


def make_record(article: Article, *, pipeline_version: str = "test-1") -> ArticleRecord:
    text = article.text
    fr = article.lang == "fr"
    quote_text = "Nous ne céderons pas." if fr else "We will not give in."
    evidence = span(text, text[text.index("Des" if fr else "Drones"):])
    return ArticleRecord(
        id=article.id, lang=article.lang, published=article.published, title=article.title, url=article.url,
        entities=[
            Entity(id="e1", name="Jean Dupont", type="PER", kb_id=None, country="FRA", role="minister",
                   mentions=[span(text, "Jean Dupont")]),
            Entity(id="e2", name="Kharkiv", type="LOC", kb_id="Q42198", country="UKR",
                   mentions=[span(text, "Kharkiv")]),
        ],
        quotes=[Quote(text=quote_text, start=span(text, quote_text).start, end=span(text, quote_text).end,
                      direct=True, speaker="Jean Dupont", speaker_entity="e1", parts=[span(text, quote_text)])],
        dates=[TimeExpr(**span(text, "mardi" if fr else "Tuesday").model_dump(), value="2025-08-05")],
        places=[Place(name="Kharkiv", country="UKR", lat=49.98, lon=36.25, feature="PPLA", geonames_id=706483,
                      precision="city", mentions=[span(text, "Kharkiv")])],
        events=[Event(type="ASSAULT", mode="aerial", cameo="195",
                      source=EventActor(name="drones", country="RUS", sector="military"),
                      target=EventActor(name="Kharkiv", country="UKR", entity="e2", sector="civilians"),
                      date="2025-08-05TNI", place=EventPlace(name="Kharkiv", country="UKR", lat=49.98, lon=36.25,
                                                             precision="city"),
                      killed=3, evidence=evidence, confidence=0.8)],
        warnings=["a warning"],
        pipeline_version=pipeline_version,
    )


def synthetic_record(article: Article, pipeline_version: str = "synthetic") -> ArticleRecord:
    """A small valid record for any article: its first word as an entity, its first sentence as an event."""
    text = article.text
    first_word = text.split()[0] if text.split() else text[:1]
    word = span(text, first_word) if first_word else Mention(start=0, end=0, text="")
    sentence_end = text.find(".") + 1 or len(text)
    return ArticleRecord(
        id=article.id, lang=article.lang, published=article.published, title=article.title, url=article.url,
        entities=[Entity(id="e1", name=first_word or "?", type="MISC", mentions=[word])],
        events=[Event(type="CONSULT", evidence=Mention(start=0, end=sentence_end, text=text[:sentence_end]))],
        pipeline_version=pipeline_version,
    )


class SyntheticExtractor:
    """A stand-in for :class:`wirewatch.run.extractor.Extractor` (no models): :func:`synthetic_record` per article,
    after ``delay`` seconds each — for store tests, the fault test and the store benchmark."""

    def __init__(self, delay: float = 0.0, version: str = "synthetic") -> None:
        self.delay = delay
        self.version = version
        self.calls = 0

    def extract(self, items: Iterable[Article | InputError]) -> Iterator[ArticleRecord]:
        for item in items:
            self.calls += 1
            if self.delay:
                time.sleep(self.delay)
            if isinstance(item, InputError):
                yield ArticleRecord(id=item.id or "input-error", error=str(item))
            else:
                yield synthetic_record(item, self.version)
