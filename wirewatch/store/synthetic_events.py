"""Millions of synthetic event rows with the skew of real news, written straight into a store's tables
(:class:`~wirewatch.store.bulk_load.BulkLoader`) for the event-list benchmark (``benchmarks/bench_event_list.py``).

Skewed like a news stream: a few event types and countries make most rows (Zipf-like weights), actors come from a
pool of names of which a few are named very often, evidence sentences are written for wirewatch from templates,
days spread over ``days`` days with a few events undated, one event in ten without a place; articles (ten events
each by default) come in stories of one to eight articles, so that the list merged by story has work to do.
"""

from __future__ import annotations

import datetime as dt
import itertools
import random
from collections.abc import Iterator
from dataclasses import dataclass

from wirewatch.records import PLOVER_TYPES

COUNTRIES = ("UKR", "RUS", "USA", "ISR", "PSE", "FRA", "GBR", "CHN", "IRN", "SYR", "SDN", "DEU", "TUR", "IND",
             "PAK", "AFG", "IRQ", "YEM", "LBN", "EGY", "MLI", "NGA", "ETH", "COD", "SOM", "MMR", "VEN", "COL",
             "MEX", "BRA", "POL", "JPN", "KOR", "PRK", "TWN", "SAU", "QAT", "LBY", "HTI", "BFA")
CENTRES = {c: (random.Random(c).uniform(-40, 60), random.Random(c + "x").uniform(-120, 140)) for c in COUNTRIES}
LANGS = ("en", "fr", "es", "de", "ar", "ru")
SYLLABLES = ("ka", "lo", "mi", "ra", "te", "vu", "no", "si", "be", "do", "ga", "pe", "zu", "ri", "ta", "mo")
TEMPLATES = (
    "Officials said {actor} had struck {place} overnight, according to local reports.",
    "{actor} met representatives of {target} in {place} to discuss a ceasefire.",
    "Thousands marched in {place} on Saturday against {actor}.",
    "{actor} accused {target} of violating the agreement signed in {place}.",
    "The government announced sanctions against {target} after talks in {place} failed.",
    "{actor} threatened to withdraw from the negotiations hosted in {place}.",
)
SOURCE_COLUMNS = ("id", "ext_id", "url", "content_hash", "lang", "published", "title", "source",
                  "pipeline_version", "ingested_at", "updated_at", "text")
EVENT_COLUMNS = ("article_id", "position", "type", "day", "date", "source_name", "source_country", "target_name",
                 "target_country", "place_name", "place_country", "lat", "lon", "place_precision", "killed",
                 "modality", "evidence_start", "evidence_end", "evidence_text", "confidence")
STORY_COLUMNS = ("id", "first_day", "last_day", "articles")
STORY_ARTICLE_COLUMNS = ("article_id", "story_id", "score", "signature")


@dataclass(frozen=True)
class EventStream:
    """``articles`` articles of ``per_article`` events each over ``days`` days ending on ``last_day``."""

    articles: int
    per_article: int = 10
    days: int = 1095
    last_day: dt.date = dt.date(2025, 12, 31)
    seed: int = 1


def _weights(count: int) -> list[float]:
    return [1.0 / (rank + 1) for rank in range(count)]


def _name(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))).capitalize()


class EventRows:
    """The rows of every table, article by article (deterministic for a seed)."""

    def __init__(self, stream: EventStream) -> None:
        self.stream = stream
        rng = random.Random(stream.seed)
        self.actors = [f"{_name(rng)} {_name(rng)}" for _ in range(5000)]
        self.places = [_name(rng) for _ in range(3000)]
        self._cum_types = list(itertools.accumulate(_weights(len(PLOVER_TYPES))))
        self._cum_countries = list(itertools.accumulate(_weights(len(COUNTRIES))))
        self._cum_actors = list(itertools.accumulate(_weights(len(self.actors))))
        self.first_day = stream.last_day - dt.timedelta(days=stream.days - 1)

    def article_day(self, number: int) -> dt.date:
        """Articles come in publication order, evenly over the days."""
        return self.first_day + dt.timedelta(days=number * self.stream.days // max(self.stream.articles, 1))

    def articles(self) -> Iterator[tuple[object, ...]]:
        now = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
        for number in range(self.stream.articles):
            key = number + 1
            title = f"Report {key}"
            yield (key, f"syn-{key}", f"https://news.example.org/{key}", f"hash-{key}", LANGS[key % 7 % len(LANGS)],
                   self.article_day(number), title, f"Outlet {key % 211}", "synthetic", now, now, title)

    def stories(self) -> Iterator[tuple[tuple[object, ...], list[tuple[object, ...]]]]:
        """Each story's row and the rows placing its articles: consecutive articles, one to eight of them."""
        rng = random.Random(self.stream.seed + 1)
        number = 0
        while number < self.stream.articles:
            size = min(rng.randint(1, 8), self.stream.articles - number)
            story_id = f"story:{number + 1}"
            members: list[tuple[object, ...]] = [(number + i + 1, story_id, 0.5, "{}") for i in range(size)]
            row: tuple[object, ...] = (story_id, self.article_day(number), self.article_day(number + size - 1), size)
            yield row, members
            number += size

    def events(self) -> Iterator[tuple[object, ...]]:
        rng = random.Random(self.stream.seed + 2)
        choices = rng.choices
        for number in range(self.stream.articles):
            published = self.article_day(number)
            types = choices(PLOVER_TYPES, cum_weights=self._cum_types, k=self.stream.per_article)
            countries = choices(COUNTRIES, cum_weights=self._cum_countries, k=3 * self.stream.per_article)
            actors = choices(self.actors, cum_weights=self._cum_actors, k=2 * self.stream.per_article)
            for position in range(self.stream.per_article):
                source, target, where = countries[3 * position:3 * position + 3]
                day = None if rng.random() < 0.02 else published - dt.timedelta(days=rng.choice((0, 0, 0, 1, 2)))
                place = None if rng.random() < 0.1 else self.places[rng.randrange(len(self.places))]
                lat, lon = CENTRES[where]
                actor, other = actors[2 * position], actors[2 * position + 1]
                text = rng.choice(TEMPLATES).format(actor=actor, target=other, place=place or "the capital")
                yield (number + 1, position, types[position], day, day.isoformat() if day else None, actor, source,
                       other, target, place, where if place else None,
                       round(lat + rng.uniform(-3, 3), 4) if place else None,
                       round(lon + rng.uniform(-3, 3), 4) if place else None,
                       "city" if place else None, rng.choice((None, None, 0, 1, 3, 12)), "asserted", 0, len(text),
                       text, 0.7)
