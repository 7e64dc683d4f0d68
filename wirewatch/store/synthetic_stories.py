"""A synthetic news stream for story filing at scale: stored stories written straight into the store's story
tables, and new articles (with records) to file against them (``benchmarks/bench_story_scale.py``).

The stream is the one of ``benchmarks/bench_stories.py`` made fast enough for a million articles: stories of one
to eight articles over up to four days, each naming its own people (surnames from a small syllable set: the
language-independent name keys of many collide, as real surnames do) and places among shared background
organisations and fourteen countries. Articles spread over ``days`` days whatever their number, so a bigger
store is a denser one: more stories share each key within the filing window. An article is an
:class:`ArticleSpec`; :func:`signature_keys` gives its keys without building a record (the same keys as
:func:`~wirewatch.stories.signature_of` on :func:`spec_record`, which the tests check).
"""

from __future__ import annotations

import datetime as dt
import math
import random
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from wirewatch.kb.names import name_key
from wirewatch.records import PLOVER_TYPES, ArticleRecord, Entity, Event, EventActor, Mention, Place

SYLLABLES = ("ka", "lo", "mi", "ra", "te", "vu", "no", "si", "be", "do", "ga", "pe", "zu", "ri", "ta", "mo")
COUNTRIES = ("FRA", "USA", "RUS", "UKR", "CHN", "IND", "BRA", "NGA", "DEU", "GBR", "ISR", "IRN", "SDN", "CAN")
LEAD_CHARS, LEAD_BOOST, BROAD, WORD, EVENT = 400, 2.0, 0.3, 0.5, 0.5  # SignatureSettings' defaults
PERSON_FIRSTS = (0, 200, 900)  # where a person is first named (before 400: in the lead)


@dataclass(frozen=True)
class ArticleSpec:
    """One article of the stream: its number (publication order), day, gold story and what it names."""

    number: int
    day: dt.date
    story: int
    people: tuple[tuple[str, int, int], ...]  # name, mentions, first offset
    background: tuple[str, ...]  # organisations named once, late
    places: tuple[tuple[str, int], ...]  # name, mentions (first at 300)
    country: str
    event: tuple[str, str]  # type, source country (the target is the story's country)


def _word(rng: random.Random, syllables: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(syllables)).capitalize()


def stream(count: int, days: int = 365, seed: int = 1, start: dt.date = dt.date(2025, 1, 1)) -> Iterator[ArticleSpec]:
    """``count`` articles in publication order (deterministic for a seed; a longer stream begins like a shorter
    one of the same ``days`` only when ``count`` is the same: the density is ``count / days``)."""
    rng = random.Random(seed)
    background = [f"{_word(rng, 2)} {_word(rng, 3)}" for _ in range(60)]
    per_day = count / days
    buckets: dict[int, list[tuple[int, ArticleSpec]]] = {}
    made = emitted = story = 0
    day_number = 0
    while emitted < count:
        target = min(count, round(per_day * (day_number + 1)))
        while made < target:  # stories starting today, their articles on this day and the next three
            people = [f"{_word(rng, 2)} {_word(rng, 3)}" for _ in range(4)]
            places = [_word(rng, 3) for _ in range(2)]
            country, event_type = rng.choice(COUNTRIES), rng.choice(PLOVER_TYPES)
            for _ in range(min(rng.randint(1, 8), count - made)):
                offset = rng.randint(0, 3)
                spec = ArticleSpec(
                    number=0, day=start + dt.timedelta(days=day_number + offset), story=story,
                    people=tuple((n, rng.randint(1, 4), rng.choice(PERSON_FIRSTS))
                                 for n in rng.sample(people, k=rng.randint(2, 4))),
                    background=tuple(rng.sample(background, k=3)),
                    places=tuple((p, rng.randint(1, 3)) for p in places), country=country,
                    event=(event_type, rng.choice(COUNTRIES)))
                buckets.setdefault(day_number + offset, []).append((made, spec))
                made += 1
            story += 1
        for _, spec in sorted(buckets.pop(day_number, []), key=lambda item: item[0]):
            yield ArticleSpec(emitted, spec.day, spec.story, spec.people, spec.background, spec.places,
                              spec.country, spec.event)
            emitted += 1
        day_number += 1


@lru_cache(maxsize=200_000)
def _name_keys(name: str) -> tuple[str, tuple[str, ...]]:
    """A name's key and the keys of its long words (multi-word names only)."""
    words = name.split()
    word_keys = tuple(sorted({name_key(w) for w in words if len(w) >= 4 and name_key(w)})) if len(words) > 1 else ()
    return name_key(name), word_keys


def _salience(mentions: int, first: int) -> float:
    return (1.0 + math.log(mentions)) * (LEAD_BOOST if first < LEAD_CHARS else 1.0)


def signature_keys(spec: ArticleSpec) -> dict[str, float]:
    """The article's story keys and weights, as :func:`~wirewatch.stories.signature_of` gives them."""
    keys: dict[str, float] = {}

    def add(key: str, weight: float) -> None:
        keys[key] = keys.get(key, 0.0) + weight

    broad = name_key(spec.country)
    for name, mentions in spec.places:
        add(f"place:{_name_keys(name)[0]}", _salience(mentions, 300) * (BROAD if _name_keys(name)[0] == broad else 1))
    add(f"place:{broad}", _salience(2, 50) * BROAD)
    named = [(name, _salience(m, first), True) for name, m, first in spec.people]
    named += [(name, 1.0, False) for name in spec.background]
    for name, weight, person in named:
        key, words = _name_keys(name)
        weight *= BROAD if key == broad else 1.0
        add(f"ent:{key}", weight)
        if person and key:
            add(f"per:{key.split()[-1]}", weight)
        for word in words:
            add(f"word:{word}", weight * WORD)
    keys[f"event:{spec.event[0]}:{spec.event[1]}:{spec.country}"] = EVENT
    return keys


def _mentions(name: str, count: int, first: int) -> list[Mention]:
    return [Mention(start=first + 120 * i, end=first + 120 * i + len(name), text=name) for i in range(count)]


def spec_record(spec: ArticleSpec, article_id: str) -> ArticleRecord:
    """The extraction record of the article (mentions at the offsets the spec states)."""
    entities = [Entity(id=f"e{i}", name=name, type="PER", country=spec.country, mentions=_mentions(name, m, first))
                for i, (name, m, first) in enumerate(spec.people)]
    entities += [Entity(id=f"b{i}", name=name, type="ORG", mentions=_mentions(name, 1, 1500))
                 for i, name in enumerate(spec.background)]
    places = [Place(name=name, country=spec.country, feature="PPL", mentions=_mentions(name, m, 300))
              for name, m in spec.places]
    places.append(Place(name=spec.country, country=spec.country, feature="COUNTRY",
                        mentions=_mentions(spec.country, 2, 50)))
    events = [Event(type=spec.event[0], source=EventActor(name="forces", country=spec.event[1]),
                    target=EventActor(name="civilians", country=spec.country), date=spec.day.isoformat(),
                    evidence=Mention(start=0, end=10, text="x" * 10))]
    return ArticleRecord(id=article_id, lang="en", published=spec.day, entities=entities, places=places,
                         events=events, pipeline_version="synthetic")
