"""One event per real action: the same strike told twice in an article becomes one event, its fullest telling as
``evidence``, the others in ``other_evidence``, and the fields each telling adds (a toll, a place) combined.

Two events are one when they have the same type and modality and nothing tells them apart: no different
country of source or target, place, stated date or toll (an article retells its main events: "the strikes",
"the attack"), and no stated date far from the days before publication when the other telling states none
("his last visit, in April"). A meeting of the same two named actors on compatible days is one meeting whatever
places its tellings give (a place in what they discussed is easily taken for its venue). An event whose source
is not stated inherits it from the previous compatible event of its type ("23 people were killed in the
bombardment"). The telling that states more by itself (doer, recipient, date, place, toll) is the evidence; the
first one when they state as much. A night told as an interval of days and a telling dated to one of its days are
one time; one sentence read twice with its toll is one event.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection, Mapping

from wirewatch.nlp.events.actor_resolver import country_label
from wirewatch.nlp.events.place_containment import Contains
from wirewatch.records import Event, EventActor, EventPlace

SoftDate = Callable[[Event], str | None]  # the date an event would fall back on (publication day), or None
RECENT_DAYS = 7  # a telling with no stated date is of the days before publication, not of months ago

FIELDS = ("mode", "cameo", "date", "place", "killed", "injured", "children_killed", "children_injured")


def compatible_actor(a: EventActor | None, b: EventActor | None) -> bool:
    if a is None or b is None or a.country is None or b.country is None:
        return True
    return a.country == b.country


def compatible_actor_strict(a: EventActor | None, b: EventActor | None) -> bool:
    """Same country, both known."""
    return a is not None and b is not None and a.country is not None and a.country == b.country


def compatible_place(a: EventPlace | None, b: EventPlace | None, contains: Contains | None = None) -> bool:
    """The same place, or a country and a place in it ("on Ukraine" retells "on Kyiv"), or a region and a
    town in it (``contains``: "the village of X in the Y region", then "the Y region was hit")."""
    if a is None or b is None:
        return True
    return a.name == b.name or (a.country is not None and a.country == b.country
                                and (whole_country(a) or whole_country(b) or named_after(a, b) or named_after(b, a)
                                     or (contains is not None and (contains(a, b) or contains(b, a)))))


def named_after(region: EventPlace, city: EventPlace) -> bool:
    """A region named after its city holds it ("Odesa Oblast" and "Odesa", "Kherson Oblast" and "Kherson")."""
    return region.precision == "region" and city.precision in ("city", "point") \
        and region.name.startswith(city.name + " ")


def whole_country(place: EventPlace) -> bool:
    return place.precision == "country" or (place.country is not None and place.name == country_label(place.country))


def same_value(a: object, b: object) -> bool:
    return a is None or b is None or a == b


STATEMENTS = frozenset({"ACCUSE", "REQUEST", "THREATEN", "SUPPORT", "REJECT", "AGREE", "CONCEDE"})


def same_doer(a: Event, b: Event, state_sides: Mapping[str, str] | None = None) -> bool:
    """Two statements are one only when the same actor makes them; acts need no more than no contradiction, and
    a state and its armed forces (``state_sides``: entity id → country, ``state_forces``) are one doer of an
    act."""
    if a.source is not None and b.source is not None and a.source.entity and b.source.entity:
        side = (state_sides or {}).get(a.source.entity)
        return a.source.entity == b.source.entity or (
            a.type not in STATEMENTS and side is not None and side == (state_sides or {}).get(b.source.entity))
    if a.type in STATEMENTS:
        return a.source is not None and b.source is not None and a.source.name == b.source.name
    return True


def day_of(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def stated_fits_soft(stated: str, soft: str) -> bool:
    """A date stated by one telling agrees with the publication-day fallback of another when it is of the
    days just before it ("on Tuesday" for Wednesday's report), not of another month ("in April")."""
    first = stated.split("/")[0]
    if not first[:1].isdigit():
        return True  # PAST_REF and the like say nothing precise
    stated_day, soft_day = day_of(first), day_of(soft)
    if stated_day is None or soft_day is None:
        return soft.startswith(first)  # "2025-08" holds "2025-08-06"
    return 0 <= (soft_day - stated_day).days <= RECENT_DAYS


def holds(coarse: str, fine: str) -> bool:
    """A month or a year holds a day of it ("2025-08" holds "2025-08-06"), an ISO week its days ("2025-W46"
    holds "2025-11-13")."""
    if "-W" in coarse and "-W" not in fine:
        day = day_of(fine)
        return day is not None and coarse[:8] == "{}-W{:02d}".format(*day.isocalendar()[:2])
    return len(coarse) < len(fine) and coarse[:1].isdigit() and fine.startswith(coarse) \
        and fine[len(coarse)] in "-T"


def days_of(value: str) -> tuple[dt.date, dt.date] | None:
    """The first and last day a day or an interval of days covers ("2025-08-05/2025-08-06"), None for coarser
    or vaguer values."""
    ends = [day_of(part) for part in value.split("/")] if value[:1].isdigit() else [None]
    if None in ends or len(ends) > 2 or any(len(part) < 10 for part in value.split("/")):
        return None
    first, last = ends[0], ends[-1]
    return (first, last) if first is not None and last is not None else None


def overlapping_days(a: str, b: str) -> bool:
    """A night told as an interval ("dans la nuit de mardi à mercredi") and one of its days ("that night",
    dated to the Wednesday) are one time: an interval of days agrees with a day or an interval it overlaps."""
    if "/" not in a and "/" not in b:
        return False
    span, other = days_of(a), days_of(b)
    return span is not None and other is not None and span[0] <= other[1] and other[0] <= span[1]


def compatible_dates(a: Event, b: Event, soft_date: SoftDate | None) -> bool:
    if a.date is not None and b.date is not None:
        return a.date == b.date or holds(a.date, b.date) or holds(b.date, a.date) \
            or overlapping_days(a.date, b.date)
    if soft_date is None or (a.date is None and b.date is None):
        return True
    stated, other = (a, b) if a.date is not None else (b, a)
    soft = soft_date(other)
    return soft is None or stated_fits_soft(stated.date or "", soft)


def one_sentence(a: Event, b: Event) -> bool:
    """Events of one type told apart in one sentence (a list of strikes) stay apart."""
    return any(mention.start == b.evidence.start for mention in (a.evidence, *a.other_evidence))


SYMMETRIC = frozenset({"CONSULT"})


def swapped(a: Event, b: Event) -> Event:
    """``b`` with its sides in ``a``'s order when it names the same two parties the other way round ("A met B",
    "B and A talked"): a meeting is the same whoever is named first."""
    if a.type not in SYMMETRIC or a.source is None or a.target is None or b.source is None or b.target is None:
        return b
    sides, other_sides = (a.source.country, a.target.country), (b.target.country, b.source.country)
    if None not in sides and sides[0] != sides[1] and sides == other_sides:
        return b.model_copy(update={"source": b.target, "target": b.source})
    return b


def same_named_parties(a: Event, b: Event) -> bool:
    """A meeting of the same two named actors ("Putin and the envoy"): one meeting on a day, wherever its
    tellings place it (a place in what they discussed is easily taken for where they met)."""
    if a.type not in SYMMETRIC or None in (a.source, a.target, b.source, b.target):
        return False
    sides = {a.source.entity if a.source else None, a.target.entity if a.target else None}
    other = {b.source.entity if b.source else None, b.target.entity if b.target else None}
    return None not in sides and len(sides) == 2 and sides == other


def compatible(a: Event, b: Event, soft_date: SoftDate | None = None,
               state_sides: Mapping[str, str] | None = None, contains: Contains | None = None) -> bool:
    return not one_sentence(a, b) and compatible_tellings(a, b, soft_date, state_sides, contains)


def compatible_tellings(a: Event, b: Event, soft_date: SoftDate | None = None,
                        state_sides: Mapping[str, str] | None = None, contains: Contains | None = None) -> bool:
    """Nothing tells the two apart, wherever they are told."""
    b = swapped(a, b)
    return (a.type == b.type and same_doer(a, b, state_sides) and a.modality == b.modality
            and compatible_actor(a.source, b.source)
            and compatible_actor(a.target, b.target)
            and (compatible_place(a.place, b.place, contains) or same_named_parties(a, b))
            and compatible_dates(a, b, soft_date) and same_value(a.killed, b.killed)
            and same_value(a.injured, b.injured))


def retells(kept: Event, headline: Event) -> bool:
    """A headline retells a body event of its type that its actors do not contradict, whatever place, date or
    toll it gives (a headline's are often coarser, or those of the story as a whole)."""
    headline = swapped(kept, headline)
    return kept.type == headline.type and kept.modality == headline.modality and same_doer(kept, headline) \
        and compatible_actor(kept.source, headline.source) and compatible_actor(kept.target, headline.target)


def detail(event: Event) -> int:
    stated = (event.source, event.target, event.date, event.place, event.killed if event.killed is not None
              else event.injured)
    return sum(value is not None for value in stated)


def absorb(kept: Event, other: Event, unpunctuated: Collection[int] = (), kept_told: int | None = None,
           contains: Contains | None = None) -> Event:
    """Combine two tellings; a sentence of the body is the evidence rather than a line without final
    punctuation (a headline, a bullet: ``unpunctuated`` holds their starts); then the one that states more (doer,
    recipient, date, place, toll), the earlier one when they state as much: a summary line retells what a
    fuller sentence tells. ``kept_told`` is what the kept evidence states by itself (``detail``), before it took
    in the other tellings' fields: a sentence is weighed by its own words. Of two places one of which holds the
    other by ``contains``, the event keeps the town: "the village of X" over "the Y region"; a country stays, as
    the place its other towns' tellings retell."""
    kept_line, other_line = kept.evidence.start in unpunctuated, other.evidence.start in unpunctuated
    kept_detail = detail(kept) if kept_told is None else kept_told
    if (kept_line and not other_line) or (kept_line == other_line and detail(other) > kept_detail):
        kept, other = other.model_copy(update={"other_evidence": kept.other_evidence}), \
            kept.model_copy(update={"other_evidence": []})
    update: dict[str, object] = {}
    if kept.date is not None and other.date is not None and holds(kept.date, other.date):
        update["date"] = other.date  # the more precise of two compatible dates
    if kept.place is not None and other.place is not None and contains is not None \
            and contains(kept.place, other.place):
        update["place"] = other.place  # the town rather than its region (a country stays: other towns retell it)
    for name in FIELDS:
        if getattr(kept, name) is None and getattr(other, name) is not None:
            update[name] = getattr(other, name)
    if kept.source is None and other.source is not None:
        update["source"] = other.source
    if kept.target is None and other.target is not None:
        update["target"] = other.target
    update["other_evidence"] = [*kept.other_evidence, other.evidence, *other.other_evidence]
    update["confidence"] = round(min(1.0, max(kept.confidence, other.confidence) + 0.05), 3)
    return kept.model_copy(update=update)


ACCUSED_OF = frozenset({"ASSAULT", "COERCE"})


def inherit_source(events: list[Event], unpunctuated: Collection[int] = ()) -> list[Event]:
    """Missing doers come from the story so far: an unattributed attack from the last attack's doer, an
    accusation that names no one against the doer of the last attack ("This strike is cruelty", said X). A
    headline (a line in ``unpunctuated``) lends no doer: it retells, and its words are too few to be sure."""
    out: list[Event] = []
    lenders: list[Event] = []
    for event in events:
        if event.type == "ACCUSE" and event.target is None:
            previous = next((e for e in reversed(lenders) if e.type in ACCUSED_OF and e.source is not None
                             and not compatible_actor_strict(e.source, event.source)), None)
            if previous is not None:
                event = event.model_copy(update={"target": previous.source})
        if event.source is None:
            previous = next((e for e in reversed(lenders) if e.type == event.type and e.source is not None
                             and compatible_actor(e.target, event.target)), None)
            if previous is not None:
                event = event.model_copy(update={"source": previous.source})
        out.append(event)
        if event.evidence.start not in unpunctuated:
            lenders.append(event)
    return out


def same_toll_reading(a: Event, b: Event) -> bool:
    """Two events of one type read in one sentence with the toll it states and the same place are one act read
    twice ("25 people were killed and dozens of others wounded" giving the victims and "dozens" as recipients):
    a sentence states a toll once."""
    return a.evidence.start == b.evidence.start and (a.killed is not None or a.injured is not None) \
        and (a.killed, a.injured) == (b.killed, b.injured) and a.place == b.place and compatible_tellings(a, b)


def one_reading_per_toll(events: list[Event]) -> list[Event]:
    """Events read twice in a sentence (``same_toll_reading``) as one, the first reading completed by the
    other's parties."""
    out: list[Event] = []
    for event in events:
        index = next((i for i, kept in enumerate(out) if same_toll_reading(kept, event)), None)
        if index is None:
            out.append(event)
            continue
        kept = out[index]
        out[index] = kept.model_copy(update={"source": kept.source or event.source,
                                             "target": kept.target or event.target})
    return out


def updates(kept: Event, update: Event) -> bool:
    """A toll update (``toll_updates``) told after the act it updates: nothing but its date and toll tell them
    apart, and its date is the count's, not the act's."""
    return not one_sentence(kept, update) and compatible_tellings(
        kept, update.model_copy(update={"date": None, "killed": None, "injured": None}))


def with_update(kept: Event, update: Event) -> Event:
    """The act with the later toll, its own date, and the update's sentence as another telling."""
    toll = {name: getattr(update, name) for name in ("killed", "injured", "children_killed", "children_injured")
            if getattr(update, name) is not None}
    return kept.model_copy(update={**toll, "other_evidence": [*kept.other_evidence, update.evidence,
                                                                 *update.other_evidence]})


def on_acts_day(kept: Event, event: Event, report_dated: Collection[int]) -> tuple[Event, Event]:
    """A telling whose only date is its report's ("…, officials said on Tuesday": ``report_dates``) is dated
    to the act's day that the other telling states, when that day is of the days before the report. A statement
    is its speech: the day its speech verb is given is its own. Only days are so compared: a month ("in August")
    is no act's day that a report's day could stand for."""
    if kept.date is None or event.date is None or kept.date == event.date or kept.type in STATEMENTS \
            or days_of(kept.date) is None or days_of(event.date) is None:
        return kept, event
    if event.evidence.start in report_dated and stated_fits_soft(kept.date, event.date):
        return kept, event.model_copy(update={"date": kept.date})
    if kept.evidence.start in report_dated and stated_fits_soft(event.date, kept.date):
        return kept.model_copy(update={"date": event.date}), event
    return kept, event


def first_told(event: Event) -> int:
    return min(mention.start for mention in (event.evidence, *event.other_evidence))


def merge_events(events: list[Event], soft_date: SoftDate | None = None,
                 unpunctuated: Collection[int] = (), state_sides: Mapping[str, str] | None = None,
                 toll_updates: Collection[int] = (), report_dated: Collection[int] = (),
                 contains: Contains | None = None) -> list[Event]:
    """``soft_date`` gives the publication-day fallback of an event that states no date: a telling dated
    months before it is another event ("his last visit, in April"); ``unpunctuated`` holds the evidence starts
    of lines without final punctuation (headlines, bullets), which give way to the body's sentences;
    ``toll_updates`` the starts of sentences updating a known act's toll (``updates``); ``report_dated`` those
    whose only date is their report's (``on_acts_day``); ``contains`` whether one place holds another
    (``place_containment``: a region and a town in it), so that their tellings are one act."""
    merged: list[Event] = []
    told = one_reading_per_toll(inherit_source(events, unpunctuated))
    own_detail = {(e.type, e.evidence.start): detail(e) for e in told}  # what each telling states by itself
    # the body's sentences first, then the lines without final punctuation: a headline folds into the body
    # event it retells, and never changes which body tellings are one event
    ordered = [e for e in told if e.evidence.start not in unpunctuated] + \
        [e for e in told if e.evidence.start in unpunctuated]
    for event in ordered:
        headline = event.evidence.start in unpunctuated
        updated = next((i for i, kept in enumerate(merged) if event.evidence.start in toll_updates
                        and updates(kept, event)), None)
        if updated is not None:
            merged[updated] = with_update(merged[updated], event)
            continue
        for index, told_kept in enumerate(merged):
            kept, retold = on_acts_day(told_kept, event, report_dated)
            if compatible(kept, retold, soft_date, state_sides, contains):
                merged[index] = absorb(kept, swapped(kept, retold), unpunctuated,
                                       own_detail.get((kept.type, kept.evidence.start)), contains)
                break
            if headline and retells(told_kept, event):  # only its words: its details may be the story's
                merged[index] = told_kept.model_copy(update={
                    "other_evidence": [*told_kept.other_evidence, event.evidence, *event.other_evidence]})
                break
        else:
            merged.append(event)
    return sorted(merged, key=first_told)
