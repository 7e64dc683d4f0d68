"""Story clustering benchmark: time per new article as the story index grows (run on demand; one process).

    python benchmarks/bench_stories.py [--articles 10000] [--per-day 30] [--seed 1]

Generates extraction records of a synthetic news stream (stories of 1–8 articles spread over a few days, each
naming its own people and places among shared background actors: countries, capitals, leaders) and feeds them
one at a time, in publication order, to the clusterer with the in-memory index, exactly as the store will
(document frequencies from past articles only). Prints, per slice of 1,000 articles, the mean and p95 time per
article (CPU time, so that other processes on the machine do not count) and the mean number of candidate
stories compared, then the story B-cubed F1 against the generated stories. Flat times as the index grows =
no all-pairs comparison.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import time
from collections.abc import Iterator
from dataclasses import dataclass

from wirewatch.records import PLOVER_TYPES, ArticleRecord, Entity, Event, EventActor, Mention, Place
from wirewatch.stories import MemoryStoryIndex, StoryClusterer, signature_of

SYLLABLES = ("ka", "lo", "mi", "ra", "te", "vu", "no", "si", "be", "do", "ga", "pe", "zu", "ri", "ta", "mo")
COUNTRIES = ("FRA", "USA", "RUS", "UKR", "CHN", "IND", "BRA", "NGA", "DEU", "GBR", "ISR", "IRN", "SDN", "CAN")


def _word(rng: random.Random, syllables: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(syllables)).capitalize()


@dataclass
class _Story:
    id: str
    day: dt.date
    people: list[str]
    places: list[str]
    country: str
    event_type: str
    size: int


def _mentions(name: str, count: int, first: int) -> list[Mention]:
    return [Mention(start=first + 120 * i, end=first + 120 * i + len(name), text=name) for i in range(count)]


def _record(rng: random.Random, story: _Story, n: int, day: dt.date, background: list[str]) -> ArticleRecord:
    entities: list[Entity] = []
    people = rng.sample(story.people, k=rng.randint(2, len(story.people)))
    for i, name in enumerate(people):
        entities.append(Entity(id=f"e{i}", name=name, type="PER", country=story.country,
                               mentions=_mentions(name, rng.randint(1, 4), rng.choice((0, 200, 900)))))
    for i, name in enumerate(rng.sample(background, k=3)):  # leaders and organisations named in many stories
        entities.append(Entity(id=f"b{i}", name=name, type="ORG", mentions=_mentions(name, 1, 1500)))
    places = [Place(name=name, country=story.country, feature="PPL", mentions=_mentions(name, rng.randint(1, 3), 300))
              for name in story.places]
    places.append(Place(name=story.country, country=story.country, feature="COUNTRY",
                        mentions=_mentions(story.country, 2, 50)))
    events = [Event(type=story.event_type, source=EventActor(name="forces", country=rng.choice(COUNTRIES)),
                    target=EventActor(name="civilians", country=story.country), date=day.isoformat(),
                    evidence=Mention(start=0, end=10, text="x" * 10))]
    return ArticleRecord(id=f"{story.id}-a{n}", lang=rng.choice(("fr", "en")), published=day, entities=entities,
                         places=places, events=events)


def synthetic_stream(count: int, per_day: int, seed: int) -> Iterator[tuple[ArticleRecord, str]]:
    """(record, gold story id) pairs in publication order."""
    rng = random.Random(seed)
    background = [f"{_word(rng, 2)} {_word(rng, 3)}" for _ in range(60)]
    start = dt.date(2025, 1, 1)
    pending: list[tuple[dt.date, int, ArticleRecord, str]] = []
    made = 0
    n_story = 0
    while made < count:
        day = start + dt.timedelta(days=made // per_day)
        story = _Story(id=f"s{n_story}", day=day, people=[f"{_word(rng, 2)} {_word(rng, 3)}" for _ in range(4)],
                       places=[_word(rng, 3) for _ in range(2)], country=rng.choice(COUNTRIES),
                       event_type=rng.choice(PLOVER_TYPES), size=rng.randint(1, 8))
        n_story += 1
        for n in range(min(story.size, count - made)):
            published = day + dt.timedelta(days=rng.randint(0, 3))
            pending.append((published, made, _record(rng, story, n, published, background), story.id))
            made += 1
    pending.sort(key=lambda p: (p[0], p[1]))
    for _, _, record, gold in pending:
        yield record, gold


def bcubed(gold: dict[str, str], pred: dict[str, str]) -> float:
    by_gold: dict[str, set[str]] = {}
    by_pred: dict[str, set[str]] = {}
    for item, g in gold.items():
        by_gold.setdefault(g, set()).add(item)
        by_pred.setdefault(pred[item], set()).add(item)
    precision = recall = 0.0
    for item in gold:
        same_pred, same_gold = by_pred[pred[item]], by_gold[gold[item]]
        both = len(same_pred & same_gold)
        precision += both / len(same_pred)
        recall += both / len(same_gold)
    precision, recall = precision / len(gold), recall / len(gold)
    return 2 * precision * recall / (precision + recall)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--per-day", type=int, default=30)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    index = MemoryStoryIndex()
    clusterer = StoryClusterer(index)
    gold: dict[str, str] = {}
    times: list[float] = []
    compared: list[int] = []
    print(f"{'articles':>12} {'stories':>8} {'mean ms':>8} {'p95 ms':>7} {'candidates':>10}  (CPU time per article)")
    for n, (record, story) in enumerate(synthetic_stream(args.articles, args.per_day, args.seed), 1):
        gold[record.id] = story
        began = time.process_time()  # CPU time: other processes on a shared machine do not count
        assignment = clusterer.add(signature_of(record))
        times.append((time.process_time() - began) * 1000)
        compared.append(assignment.candidates)
        if n % 1000 == 0:
            p95 = statistics.quantiles(times, n=20)[-1]
            print(f"{n - 999:>5}–{n:<6} {len(index.stories):>8} {statistics.mean(times):>8.3f} {p95:>7.3f} "
                  f"{statistics.mean(compared):>10.1f}")
            times, compared = [], []
    print(f"story B-cubed F1 on the generated stories: {bcubed(gold, index.story_of()):.3f}")


if __name__ == "__main__":
    main()
