"""Normalising a matched expression to a TIMEX3 value, against an anchor date (publication or speech date).

Language-independent: words were turned into numbers by the lexicon; the rule's *kind* says which resolver
applies. A value that cannot be computed (no anchor for a relative expression, "31 février") is ``None``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from wirewatch.nlp.dates.lexicon import TimexLexicon
from wirewatch.nlp.dates.rules import TimexMatch

PAST, PRESENT, FUTURE = -1, 0, 1
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
DayParts = Literal["timex3", "day"]


@dataclass
class ResolveContext:
    """What a resolver may use besides the match: anchor, tense direction (computed on demand), reference day."""

    anchor: dt.date | None
    direction: Callable[[], int | None]
    ref_day: dt.date | None = None
    day_parts: DayParts = "timex3"


@dataclass(frozen=True)
class Resolved:
    value: str | None
    type: TimexType = "DATE"
    day: dt.date | None = None  # the day it denotes, when it denotes one (for anaphora and clock times)


def _int(text: str | None) -> int | None:
    return int(text) if text is not None and text.isdigit() else None


def _make_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _day_value(day: dt.date | None, pod: str | None, ctx: ResolveContext) -> Resolved:
    if day is None:
        return Resolved(None, "TIME" if pod else "DATE")
    if pod and ctx.day_parts == "timex3":
        return Resolved(f"{day.isoformat()}T{pod}", "TIME", day)
    return Resolved(day.isoformat(), "DATE", day)


def weekday_date(anchor: dt.date, weekday: int, direction: int | None, strict: bool = False) -> dt.date:
    """The day named ``weekday`` seen from ``anchor``: the same day unless ``strict``; else by direction."""
    ahead = (weekday - anchor.weekday()) % 7
    behind = (anchor.weekday() - weekday) % 7
    if ahead == 0 and not strict:
        return anchor
    if direction in (FUTURE, PRESENT):
        return anchor + dt.timedelta(days=ahead or 7)
    return anchor - dt.timedelta(days=behind or 7)


def _pick_year(anchor: dt.date, month: int, day: int, direction: int | None, weekday: int | None) -> dt.date | None:
    """Year of a day and month stated without one: the weekday decides if given, else tense, else nearest."""
    options = [d for y in (anchor.year - 1, anchor.year, anchor.year + 1) if (d := _make_date(y, month, day))]
    if weekday is not None and (fitting := [d for d in options if d.weekday() == weekday]):
        options = fitting
    if not options:
        return None
    if direction == PAST and (past := [d for d in options if d <= anchor]):
        return max(past)
    if direction == FUTURE and (future := [d for d in options if d >= anchor]):
        return min(future)
    return min(options, key=lambda d: (abs((d - anchor).days), d > anchor))


def _month_year(anchor: dt.date, month: int, direction: int | None) -> int:
    if direction == PAST:
        return anchor.year if month <= anchor.month else anchor.year - 1
    if direction == FUTURE:
        return anchor.year if month >= anchor.month else anchor.year + 1
    diff = month - anchor.month
    return anchor.year + (1 if diff < -6 else -1 if diff > 6 else 0)


def _year(m: TimexMatch) -> int | None:
    if "year" in m.groups:
        return int(m.groups["year"])
    yy = _int(m.groups.get("yy") or m.groups.get("yyyy"))
    if yy is None:
        return None
    if yy >= 100:
        return yy
    return 1900 + yy if yy >= 50 else 2000 + yy


def resolve_date(m: TimexMatch, lex: TimexLexicon, ctx: ResolveContext, weekday_group: str = "weekday") -> Resolved:
    g = m.groups
    month_word = g.get("month") or g.get("month2") or g.get("month_name")
    month = _int(lex.value("month", month_word)) if month_word else None
    day = _int(g.get("day"))
    weekday = _int(lex.value("weekday", g[weekday_group])) if weekday_group in g else None
    rel = _int_signed(lex.value("rel", g["rel"])) if "rel" in g else None
    year = _year(m)
    if month is None and day is None:
        return Resolved(f"{year:04d}" if year else None)
    if year is not None:
        if month is None:
            return Resolved(None)
        if day is None:
            return Resolved(f"{year:04d}-{month:02d}")
        date = _make_date(year, month, day)
        return Resolved(date.isoformat() if date else None, day=date)
    anchor = ctx.anchor
    if anchor is None:
        return Resolved(None)
    direction = rel if rel in (PAST, FUTURE) else ctx.direction()
    if day is None and month is not None:
        if rel == PAST:
            y = anchor.year if month < anchor.month else anchor.year - 1
        elif rel == FUTURE:
            y = anchor.year if month > anchor.month else anchor.year + 1
        else:
            y = _month_year(anchor, month, direction)
        return Resolved(f"{y:04d}-{month:02d}")
    if day is not None and month is None:  # "samedi 24": the nearest 24th that is a Saturday
        return _day_of_nearby_month(anchor, day, weekday)
    assert day is not None and month is not None
    date = _pick_year(anchor, month, day, direction, weekday)
    return Resolved(date.isoformat() if date else None, day=date)


def _day_of_nearby_month(anchor: dt.date, day: int, weekday: int | None) -> Resolved:
    options = []
    for shift in (-1, 0, 1):
        month0 = anchor.month - 1 + shift
        date = _make_date(anchor.year + month0 // 12, month0 % 12 + 1, day)
        if date and (weekday is None or date.weekday() == weekday):
            options.append(date)
    if not options:
        return Resolved(None)
    best = min(options, key=lambda d: abs((d - anchor).days))
    return Resolved(best.isoformat(), day=best)


def _int_signed(text: str | None) -> int | None:
    try:
        return int(text) if text is not None else None
    except ValueError:
        return None


def _pod(m: TimexMatch, lex: TimexLexicon) -> str | None:
    if "pod" in m.rule.params:
        return str(m.rule.params["pod"])
    return lex.value("pod", m.groups["pod"]) if "pod" in m.groups else None


def _shift(anchor: dt.date, unit: str, amount: int) -> str | None:
    """The anchor moved by ``amount`` units, at the granularity of the unit (TIMEX3 convention)."""
    if unit in ("D", "H", "MI"):
        return (anchor + dt.timedelta(days=amount if unit == "D" else 0)).isoformat()
    if unit in ("W", "WE"):  # a week, or its weekend ("ce week-end" → 2025-W32-WE)
        year, week, _ = (anchor + dt.timedelta(weeks=amount)).isocalendar()
        return f"{year:04d}-W{week:02d}" + ("-WE" if unit == "WE" else "")
    if unit == "M":
        month0 = anchor.year * 12 + anchor.month - 1 + amount
        return f"{month0 // 12:04d}-{month0 % 12 + 1:02d}"
    if unit == "Y":
        return f"{anchor.year + amount:04d}"
    if unit == "DE":
        return f"{(anchor.year + 10 * amount) // 10:03d}"
    if unit == "CE":
        return f"{(anchor.year + 100 * amount) // 100:02d}"
    return None


def resolve(m: TimexMatch, lex: TimexLexicon, ctx: ResolveContext) -> Resolved:
    """The TIMEX3 value and type of one match."""
    g, params, anchor = m.groups, m.rule.params, ctx.anchor
    kind = m.kind
    if kind == "iso":
        year, month = int(g["year"]), int(g["mm"])
        if "dd" not in g:
            return Resolved(f"{year:04d}-{month:02d}" if 1 <= month <= 12 else None)
        date = _make_date(year, month, int(g["dd"]))
        return Resolved(date.isoformat() if date else None, day=date)
    if kind == "numeric":
        a, b, year = int(g["a"]), int(g["b"]), _year(m) or 0
        order = str(params.get("order", lex.numeric_order))
        day, month = (b, a) if order == "mdy" else (a, b)
        date = _make_date(year, month, day) or _make_date(year, day, month)
        return Resolved(date.isoformat() if date else None, day=date)
    if kind == "date":
        return resolve_date(m, lex, ctx)
    if kind == "decade":  # "les années 1990", "the '90s" → 199
        digits = g.get("decade") or g.get("decade_yy", "")
        return Resolved(digits[:3] if len(digits) == 4 else "19" + digits[:1])
    if kind == "duration":
        amount = _int(g.get("digits")) or _int_signed(lex.value("number", g.get("num", ""))) or 0
        unit = lex.value("unit", g["unit"]) or ""
        if amount <= 0 or unit not in _DURATION_UNITS:
            return Resolved(None, "DURATION")
        return Resolved(_DURATION_UNITS[unit].format(amount), "DURATION")
    if kind == "century":
        return Resolved(f"{int(g['ordnum']) - 1:02d}")
    if kind == "fixed":
        return Resolved(str(params["value"]))
    if kind == "ref":
        return Resolved(lex.value("ref", g["ref"]))
    if kind == "time":
        return _resolve_time(m, lex, ctx)
    if anchor is None:
        return Resolved(None, "TIME" if kind == "pod" else "DATE")
    if kind == "deictic":
        offset = params.get("offset")
        if offset is None:
            offset = _int_signed(lex.value("deictic", g["deictic"])) or 0
        return _day_value(anchor + dt.timedelta(days=int(offset)), _pod(m, lex), ctx)
    if kind == "shift":
        amount = _int(g.get("digits")) or _int_signed(lex.value("number", g.get("num", ""))) or 0
        sign = int(params.get("sign", -1))
        if amount < 0:  # "il y a quelques mois"
            return Resolved("PAST_REF" if sign < 0 else "FUTURE_REF")
        return Resolved(_shift(anchor, lex.value("unit", g["unit"]) or "", sign * amount))
    if kind == "unit":
        rel = _int_signed(lex.value("rel", g["rel"])) or 0
        return Resolved(_shift(anchor, lex.value("unit", g["unit"]) or "", rel))
    if kind in ("anaphoric", "pod"):  # "ce soir" is today's; "dans la soirée", "la veille": the day just named's
        pod_day = anchor if params.get("today") else ctx.ref_day or anchor
        pod_day += dt.timedelta(days=int(params.get("offset", 0)))
        return _day_value(pod_day, _pod(m, lex), ctx)
    if kind == "nth_weekday":
        return _resolve_nth_weekday(m, lex, ctx)
    if kind == "weekday":
        return _resolve_weekday(m, lex, ctx, anchor)
    if kind == "night":
        return _resolve_night(m, lex, ctx, anchor)
    if kind == "season":
        code = lex.value("season", g["season"]) or ""
        season_rel = _int_signed(lex.value("rel", g["rel"])) if "rel" in g else None
        if "year" in g:
            year = int(g["year"])
        else:  # the season's first month seen from the anchor, like a month name ("au printemps", "next spring")
            direction = season_rel if season_rel in (PAST, FUTURE) else ctx.direction()
            year = _month_year(anchor, _SEASON_START.get(code, (6, 1))[0], direction)
        return Resolved(f"{year:04d}-{code}")
    return Resolved(None)


_DURATION_UNITS = {"D": "P{}D", "W": "P{}W", "M": "P{}M", "Y": "P{}Y", "DE": "P{}DE", "CE": "P{}CE",
                   "H": "PT{}H", "MI": "PT{}M"}
_SEASON_START = {"SP": (3, 20), "SU": (6, 21), "FA": (9, 22), "WI": (12, 21)}  # northern hemisphere


def _resolve_nth_weekday(m: TimexMatch, lex: TimexLexicon, ctx: ResolveContext) -> Resolved:
    """"Le premier dimanche du printemps", "the first Monday of September"."""
    g = m.groups
    n = _int_signed(lex.value("ordinal", g["ordinal"]))
    weekday = _int(lex.value("weekday", g["weekday"]))
    if "month" in g:
        month, first_day = _int(lex.value("month", g["month"])), 1
    else:
        month, first_day = _SEASON_START.get(lex.value("season", g["season"]) or "", (None, 1))
    if n is None or weekday is None or month is None:
        return Resolved(None)
    if "year" in g:
        year = int(g["year"])
    elif ctx.anchor is not None:
        year = _month_year(ctx.anchor, month, ctx.direction())
    else:
        return Resolved(None)
    start = dt.date(year, month, first_day)
    if n > 0:
        day = start + dt.timedelta(days=(weekday - start.weekday()) % 7 + 7 * (n - 1))
    else:  # "le dernier lundi de mai": from the end of the month
        end = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
        day = end - dt.timedelta(days=(end.weekday() - weekday) % 7)
    return Resolved(day.isoformat(), day=day)


def _resolve_weekday(m: TimexMatch, lex: TimexLexicon, ctx: ResolveContext, anchor: dt.date) -> Resolved:
    weekday = _int(lex.value("weekday", m.groups["weekday"]))
    if weekday is None:
        return Resolved(None)
    rel = _int_signed(lex.value("rel", m.groups["rel"])) if "rel" in m.groups else None
    if rel in (PAST, FUTURE):
        day = weekday_date(anchor, weekday, rel, strict=True)
    else:
        day = weekday_date(anchor, weekday, ctx.direction())
    return _day_value(day, _pod(m, lex), ctx)


def _resolve_night(m: TimexMatch, lex: TimexLexicon, ctx: ResolveContext, anchor: dt.date) -> Resolved:
    """"La nuit de mardi à mercredi": the interval from the first weekday to the second."""
    second = _int(lex.value("weekday", m.groups["weekday2"]))
    if second is None:
        return Resolved(None)
    if "day" in m.groups:
        dated = resolve_date(m, lex, ctx, weekday_group="weekday2")
        end = dated.day
    else:
        end = weekday_date(anchor, second, ctx.direction())
    if end is None:
        return Resolved(None, "TIME")
    return Resolved(f"{(end - dt.timedelta(days=1)).isoformat()}/{end.isoformat()}", "TIME", end)


def _resolve_time(m: TimexMatch, lex: TimexLexicon, ctx: ResolveContext) -> Resolved:
    g = m.groups
    hour = int(m.rule.params.get("hour", _int(g.get("hour")) or 0))
    minute = _int(g.get("minute")) or 0
    ampm = g.get("ampm", "").lower()[:1]
    if ampm == "p" and hour < 12:
        hour += 12
    elif ampm == "a" and hour == 12:
        hour = 0
    day = ctx.ref_day or ctx.anchor
    if "weekday" in g and ctx.anchor is not None:
        weekday = _int(lex.value("weekday", g["weekday"]))
        if weekday is not None:
            day = weekday_date(ctx.anchor, weekday, ctx.direction())
    if day is None:
        return Resolved(None, "TIME")
    return Resolved(f"{day.isoformat()}T{hour:02d}:{minute:02d}", "TIME", day)
