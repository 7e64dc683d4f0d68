"""Events merged across the articles of a story, every source's figures kept, disagreements flagged.

Two reported events are the same real-world event when they have the same PLOVER type, compatible days (equal,
or one inside the other's interval), compatible source and target countries (equal, or one unknown) and
compatible places (same name key or one unknown). Only what the sources assert is merged (not threats, plans or
denials). Casualty figures follow ACLED's conservative rule (the lowest figure a source gives) next to the latest
one; sources that give different figures are flagged.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from wirewatch.kb.names import name_key
from wirewatch.records import ArticleRecord, Event
from wirewatch.stories.models import MergedEvent, SourceFigure

MERGED_MODALITIES = frozenset({"asserted", "claimed"})


def _days(value: str | None) -> tuple[str, str] | None:
    """The first and last day of a TIMEX3 value that names days (``2025-08-05/2025-08-06`` included)."""
    if not value:
        return None
    parts = [p[:10] for p in value.split("/")]
    if any(len(p) != 10 or p[4] != "-" or p[7] != "-" for p in parts):
        return None
    return parts[0], parts[-1]


def _compatible(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


@dataclass
class _Group:
    """A merged event being built: what its sources agree on so far, and the sources."""

    type: str
    days: tuple[str, str] | None
    source_country: str | None
    target_country: str | None
    place_key: str | None
    place: str | None
    date: str | None
    reports: list[tuple[ArticleRecord, Event]] = field(default_factory=list)

    def accepts(self, event: Event) -> bool:
        days = _days(event.date)
        if event.type != self.type or days is None or self.days is None:
            return False
        if days[1] < self.days[0] or self.days[1] < days[0]:
            return False
        place_key = name_key(event.place.name) if event.place else None
        return (_compatible(self.source_country, event.source.country if event.source else None)
                and _compatible(self.target_country, event.target.country if event.target else None)
                and _compatible(self.place_key, place_key))

    def add(self, record: ArticleRecord, event: Event) -> None:
        self.reports.append((record, event))
        self.source_country = self.source_country or (event.source.country if event.source else None)
        self.target_country = self.target_country or (event.target.country if event.target else None)
        if self.place_key is None and event.place:
            self.place_key, self.place = name_key(event.place.name), event.place.name


def _figure(values: list[tuple[dt.date | None, int]]) -> tuple[int | None, int | None]:
    """(lowest, latest) of figures given with their source's publication date."""
    if not values:
        return None, None
    latest = max(enumerate(values), key=lambda iv: (iv[1][0] or dt.date.min, iv[0]))[1][1]
    return min(v for _, v in values), latest


def _sources_differ(sources: list[SourceFigure], name: str) -> bool:
    """Whether two different articles give different figures (one article's own figures are not a dispute)."""
    given = [(s.article_id, getattr(s, name)) for s in sources if getattr(s, name) is not None]
    return any(a != b and x != y for a, x in given for b, y in given)


def _merged(group: _Group) -> MergedEvent:
    sources = [SourceFigure(article_id=record.id, published=record.published, killed=event.killed,
                            injured=event.injured, evidence=event.evidence.text) for record, event in group.reports]
    killed = [(s.published, s.killed) for s in sources if s.killed is not None]
    injured = [(s.published, s.injured) for s in sources if s.injured is not None]
    conservative_killed, latest_killed = _figure(killed)
    conservative_injured, latest_injured = _figure(injured)
    disagreement = [name for name in ("killed", "injured") if _sources_differ(sources, name)]
    return MergedEvent(type=group.type, date=group.date, source_country=group.source_country,
                       target_country=group.target_country, place=group.place, sources=sources,
                       conservative_killed=conservative_killed, conservative_injured=conservative_injured,
                       latest_killed=latest_killed, latest_injured=latest_injured, disagreement=disagreement)


def merge_events(records: Iterable[ArticleRecord]) -> list[MergedEvent]:
    """The story's events, each reported event merged with the ones it matches (first match, oldest first)."""
    ordered = sorted(records, key=lambda r: r.published or dt.date.min)
    groups: list[_Group] = []
    for record in ordered:
        for event in record.events:
            if event.modality not in MERGED_MODALITIES or _days(event.date) is None:
                continue
            group = next((g for g in groups if g.accepts(event)), None)
            if group is None:
                group = _Group(type=event.type, days=_days(event.date), source_country=None, target_country=None,
                               place_key=None, place=None, date=event.date)
                groups.append(group)
            group.add(record, event)
    return [_merged(g) for g in groups]
