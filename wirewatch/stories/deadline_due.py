"""The due day of a deadline sentence, resolved against the publication date and the dates layer's records.

Forms (cue words are data: ``deadline_cues.tsv``, ``deadline_units.tsv``, ``event_numbers.tsv``):

- a day put after a due word: "until Friday", "by March 3", "expires on Monday", "d'ici lundi", "avant le 3 mars";
  or a day right before an expiry word ("its Friday expiration");
- a count of days before the deadline: "five days before the deadline", "deux jours avant l'expiration du délai"
  → the day the sentence speaks of (its own date, else publication) plus the count;
- a duration: "within 48 hours", "in 30 days", "sous 72 heures", "a 10-day ultimatum", "un délai de sept jours, à
  compter du 28 août", "30 days after the decree" → its start (a day put after a "from" word, else publication)
  plus the duration;
- else, in a sentence naming a deadline, its first day not before publication.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass
from functools import lru_cache

from wirewatch.lexicons import read_tsv
from wirewatch.records import TimeExpr

_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_YEAR = re.compile(r"\b\d{4}\b")
_RECENT_DAYS = 60  # a due day without a year this far before publication is next year's
_STALE_START_DAYS = 180  # a stated start this far after publication is last year's (a year the dates layer guessed)


def _alternation(patterns: list[str]) -> str:
    return "|".join(p.replace("'", "['’]") for p in sorted(patterns, key=len, reverse=True))


def _spaced(pattern: str) -> str:
    """A cue pattern whose spaces match any spacing and whose apostrophes match either kind."""
    return pattern.replace("'", "['’]").replace(" ", r"\s+")


def _words(body: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE)


@dataclass(frozen=True)
class DueLexicon:
    """One language's due-day cues as compiled patterns."""

    until_before_day: re.Pattern[str]  # matches at the end of the text before a day
    until_in_day: re.Pattern[str]  # matches at the start of a day's own text ("d'ici lundi")
    expiry_after_day: re.Pattern[str]  # matches at the start of the text after a day
    deadline_noun: re.Pattern[str]
    past: re.Pattern[str]  # "expired": the deadline is behind
    before_deadline: re.Pattern[str]  # "<n> <unit> … before the deadline"
    within: re.Pattern[str]  # "within <n> <unit>"
    amount_noun: re.Pattern[str]  # "a <n>-day ultimatum"
    noun_of_amount: re.Pattern[str]  # "un délai de <n> jours"
    after: re.Pattern[str]  # "<n> <unit> after"
    granted: re.Pattern[str]  # "<n> <unit> to (act)"
    period_ends: tuple[tuple[re.Pattern[str], str, int], ...]  # "until the end of the month" → (month, 0)
    from_before_day: re.Pattern[str]
    numbers: dict[str, int]
    units: tuple[tuple[re.Pattern[str], float], ...]

    @classmethod
    def load(cls, lang: str) -> DueLexicon:
        cues: dict[str, list[str]] = {}
        for row in read_tsv(lang, "deadline_cues.tsv"):
            cues.setdefault(row["kind"], []).append(row["pattern"])
        numbers = {r["form"].lower(): int(r["value"]) for r in read_tsv(lang, "event_numbers.tsv")
                   if r["value"].isdigit()}
        unit_rows = read_tsv(lang, "deadline_units.tsv")
        # words between a due word and its day or amount ("until the", "d'ici le", "within the next")
        articles = rf"(?:(?:{_alternation(cues.get('article', []) or ['(?!x)x'])})\s*)*"
        whose = _alternation(cues.get("whose_prep", []) or ["(?!x)x"])
        number = rf"(?P<n>\d+|{_alternation(list(numbers))})"
        unit = rf"(?P<u>{_alternation([r['pattern'] for r in unit_rows])})"
        amount = rf"{number}[\s-]+{unit}"
        noun = _alternation(cues.get("deadline", []) or ["(?!x)x"])
        until = _alternation(cues.get("until", []) or ["(?!x)x"])
        return cls(
            until_before_day=re.compile(rf"(?<!\w)(?:{until})\s+{articles}$", re.IGNORECASE),
            until_in_day=re.compile(rf"^(?:{until})\s+", re.IGNORECASE),
            expiry_after_day=re.compile(rf"^['’]?s?\s*(?:{noun}|{until})(?!\w)", re.IGNORECASE),
            deadline_noun=_words(noun),
            past=_words(_alternation(cues.get("past", []) or ["(?!x)x"])),
            before_deadline=re.compile(
                rf"(?<!\w){amount}\s+(?:\w+\s+){{0,2}}?(?:{_alternation(cues.get('before', []))})\s+"
                rf"(?:[\w-]+['’]|[\w'’-]+\s+){{0,4}}?(?:{noun}|{until})(?!\w)", re.IGNORECASE),
            within=re.compile(rf"(?<!\w)(?:{_alternation(cues.get('within', []))})\s+"
                              rf"{articles}{amount}(?!\w)", re.IGNORECASE),
            amount_noun=re.compile(rf"(?<!\w){amount}[\s-]+(?:{noun})(?!\w)", re.IGNORECASE),
            noun_of_amount=re.compile(rf"(?<!\w)(?:{noun})\s+(?:{whose})\s*{amount}(?!\w)", re.IGNORECASE),
            after=re.compile(rf"(?<!\w){amount}\s+(?:{_alternation(cues.get('after', []))})(?!\w)", re.IGNORECASE),
            granted=re.compile(rf"(?<!\w){amount}\s+(?:[\w'’-]+\s+){{0,3}}?"
                               rf"(?:{_alternation(cues.get('granted', []) or ['(?!x)x'])})(?!\w)", re.IGNORECASE),
            period_ends=tuple((re.compile(rf"(?<!\w)(?:{until})\s+(?:{_spaced(r['pattern'])})(?!\w)", re.IGNORECASE),
                               r["period"], int(r["offset"] or 0)) for r in read_tsv(lang, "deadline_periods.tsv")),
            from_before_day=re.compile(rf"(?<!\w)(?:{_alternation(cues.get('from', []))})\s+{articles}$",
                                       re.IGNORECASE),
            numbers=numbers,
            units=tuple((re.compile(rf"^(?:{r['pattern']})$", re.IGNORECASE), float(r["days"])) for r in unit_rows),
        )

    def days(self, match: re.Match[str]) -> int | None:
        """The length in whole days of the amount a pattern matched (hours rounded to the nearest day)."""
        count = match.group("n").lower()
        value = int(count) if count.isdigit() else self.numbers.get(count)
        unit = next((days for pattern, days in self.units if pattern.match(match.group("u"))), None)
        if value is None or unit is None:
            return None
        return math.floor(value * unit + 0.5)


@lru_cache(maxsize=16)
def due_lexicon(lang: str) -> DueLexicon:
    return DueLexicon.load(lang)


@dataclass(frozen=True)
class Due:
    """A resolved due day and how it was found (``day``, ``before``, ``duration`` or ``named``)."""

    day: str
    form: str


def _day(expr: TimeExpr) -> str | None:
    return expr.value if expr.value and _DAY.match(expr.value) else None


def _coming(day: str, text: str, published: dt.date | None) -> str:
    """A due day named by a weekday ("until Friday", "d'ici lundi") is the coming one, never a past one; one
    named by day and month without a year ("by March 3") is the coming one unless it passed lately."""
    if published is None or day >= published.isoformat() or _YEAR.search(text):
        return day
    coming = dt.date.fromisoformat(day)
    if any(c.isdigit() for c in text):
        if (published - coming).days > _RECENT_DAYS:
            coming = coming.replace(year=coming.year + 1)
        return coming.isoformat()
    while coming < published:
        coming += dt.timedelta(days=7)
    return coming.isoformat()


def _period_end(published: dt.date, period: str, offset: int) -> str:
    """The last day of this (``offset`` 0) or the next (1) week, month or year."""
    if period == "week":
        return _plus(published, 6 - published.weekday() + 7 * offset)
    if period == "year":
        return dt.date(published.year + offset, 12, 31).isoformat()
    month = published.month + offset
    first_after = dt.date(published.year + month // 12, month % 12 + 1, 1)
    return (first_after - dt.timedelta(days=1)).isoformat()


def _plus(day: dt.date, days: int) -> str:
    return (day + dt.timedelta(days=days)).isoformat()


def due_of(sentence: str, start: int, dates: list[TimeExpr], published: dt.date | None,
           lexicon: DueLexicon) -> Due | None:
    """The due day a sentence (at ``start`` in the text the ``dates`` offsets index) states, if any."""
    inside = [d for d in dates if d.start >= start and d.end <= start + len(sentence) and _day(d)]
    # a deadline said to be behind ("expired"): its days as the dates layer resolved them
    published_for_days = None if lexicon.past.search(sentence) else published
    for expr in inside:
        before, after = sentence[:expr.start - start], sentence[expr.end - start:]
        if lexicon.until_before_day.search(before) or lexicon.until_in_day.match(expr.text) \
                or lexicon.expiry_after_day.match(after.lstrip()):
            return Due(_coming(str(_day(expr)), expr.text, published_for_days), "day")
    reference = published
    if published is not None:
        own = [dt.date.fromisoformat(str(_day(d))) for d in inside]
        reference = next((day for day in own if abs((day - published).days) <= 7), published)
    if reference is not None and (match := lexicon.before_deadline.search(sentence)):
        days = lexicon.days(match)
        if days is not None:
            return Due(_plus(reference, days), "before")
    if published is not None:
        for pattern, period, offset in lexicon.period_ends:
            if pattern.search(sentence):
                return Due(_period_end(published, period, offset), "day")
    for pattern in (lexicon.within, lexicon.amount_noun, lexicon.noun_of_amount, lexicon.after, lexicon.granted):
        match = pattern.search(sentence)
        days = lexicon.days(match) if match else None
        anchor = _start_of_period(sentence, start, inside, published, lexicon)
        if days is not None and anchor is not None:
            return Due(_plus(anchor, days), "duration")
    if published is not None and lexicon.deadline_noun.search(sentence):
        future = [day for d in inside
                  if (day := _coming(str(_day(d)), d.text, published_for_days)) > published.isoformat()]
        if future:
            return Due(future[0], "named")
    return None


def _start_of_period(sentence: str, start: int, inside: list[TimeExpr], published: dt.date | None,
                     lexicon: DueLexicon) -> dt.date | None:
    """The day a period counts from: a day put after a "from" word ("à compter du 28 août"), else publication."""
    for expr in inside:
        if lexicon.from_before_day.search(sentence[:expr.start - start]):
            day = dt.date.fromisoformat(str(_day(expr)))
            if published is not None and (day - published).days > _STALE_START_DAYS:
                day = day.replace(year=day.year - 1)  # a start stated in the past tense: the year before
            return day
    return published
