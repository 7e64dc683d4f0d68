"""The quotes found, made ready as records: the parts of an interrupted quote linked, the same words quoted twice
kept once (the attributed one).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from wirewatch.nlp.quotes.cues import Cue
from wirewatch.nlp.quotes.speakers import Speaker
from wirewatch.records import Mention

WORD = re.compile(r"\w+(?:['’-]\w+)*")


@dataclass
class Found:
    """A quote found, before it becomes a record."""

    start: int
    end: int
    direct: bool
    cue: Cue | None
    speaker: Speaker | None = None


def interrupted(text: str, found: list[Found]) -> dict[int, list[Mention]]:
    """"A," she said, "B": direct quotes around one attribution are linked; each lists every part."""
    out: dict[int, list[Mention]] = {}
    direct = [f for f in found if f.direct and f.cue is not None]
    for a, b in itertools.pairwise(direct):
        if a.cue is not None and a.cue is b.cue and a.end <= a.cue.position < b.start:
            group = out.get(id(a)) or [Mention(start=a.start, end=a.end, text=text[a.start:a.end])]
            group.append(Mention(start=b.start, end=b.end, text=text[b.start:b.end]))
            out[id(a)] = out[id(b)] = group
    return out


def norm(text: str) -> str:
    return " ".join(WORD.findall(text.lower()))


def dedupe(text: str, found: list[Found]) -> list[Found]:
    """The same words quoted twice (a headline, then the body) are one quote; the attributed one is kept."""
    kept: dict[tuple[str, bool], int] = {}
    out: list[Found] = []
    for f in found:
        key = (norm(text[f.start:f.end]), f.direct)
        if key in kept:
            earlier = out[kept[key]]
            if earlier.speaker is None and f.speaker is not None:
                out[kept[key]] = f
            continue
        kept[key] = len(out)
        out.append(f)
    return out


def within_reported(found: list[Found]) -> None:
    """A quotation inside reported speech with no speaker of its own (its nearest cue is a verb of what was said,
    "le projet menaçait « des emplois »") is the reporter's: it takes the speaker of the content holding it."""
    reported = [f for f in found if not f.direct and f.speaker is not None]
    for f in found:
        if f.direct and f.speaker is None:
            holder = next((r for r in reported if r.start <= f.start and f.end <= r.end), None)
            f.speaker = holder.speaker if holder is not None else None


def same_speaker(a: Speaker, b: Speaker) -> bool:
    if a.entity_id is not None and b.entity_id is not None:
        return a.entity_id == b.entity_id
    return a.name == b.name


def without_nested_reports(found: list[Found]) -> list[Found]:
    """"X said he believed the plan would work", "X said she was angered by lawmakers she says are blocking the
    budget", « X a affirmé qu'il pensait que le plan réussirait »: reported speech whose attribution (its subject)
    stands inside a longer report of the same speaker is part of that report, not a second quote. Reports of
    another speaker inside stay ("X said Y had promised that …"), and so does the speaker's next act the longer
    report ran over ("X told Y that A, before noting that B")."""
    reported = [f for f in found if not f.direct and f.speaker is not None]
    nested = {id(f) for f in reported for outer in reported
              if outer is not f and outer.start <= f.start and f.end <= outer.end
              and (outer.start, outer.end) != (f.start, f.end) and _attributed_inside(f, outer)
              and outer.speaker is not None and f.speaker is not None and same_speaker(outer.speaker, f.speaker)}
    return [f for f in found if id(f) not in nested]


def _attributed_inside(inner: Found, outer: Found) -> bool:
    subject = inner.cue.subject if inner.cue is not None else None
    return subject is not None and outer.start <= subject.idx < outer.end
