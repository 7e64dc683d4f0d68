"""Deadlines followed across articles and stories, to their outcome.

:func:`link_deadlines` gives the statements of one deadline (one item per article, :func:`find_deadlines`) a
shared id: statements of the same story (when stories are known; of any story when both have the same issuer
country and target country) whose parties agree, and whose due days agree or, for a later statement by the same
issuer to the same target, come later (an extension). A statement
without a due day takes the deadline's.

:func:`track` follows one deadline through later articles, building its ``history``:

- ``extended``: a later statement of it gives a later due day (or says it was pushed back);
- ``withdrawn``: a later statement says it was dropped, or the issuer concedes or retreats towards the target;
- ``met``: a later statement says it was complied with, or the target concedes, agrees or retreats towards
  the issuer;
- ``fulfilled``: the issuer sanctions, attacks or coerces the target;
- else ``expired`` once its (last) due day has passed, else ``open``.

Every status but ``expired`` and ``open`` cites the later article's sentence that settled it (``settled_by``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from wirewatch.lexicons import languages
from wirewatch.records import ArticleRecord, EventActor
from wirewatch.stories.deadline_roles import same_side
from wirewatch.stories.deadlines import SKIPPED_MODALITIES, deadline_lexicon
from wirewatch.stories.models import Deadline, DeadlineLink, DeadlineStatus

CARRIED_OUT = frozenset({"SANCTION", "ASSAULT", "COERCE"})
BACKED_DOWN = frozenset({"CONCEDE", "RETREAT"})
COMPLIED = frozenset({"CONCEDE", "RETREAT", "AGREE"})
FINAL: frozenset[str] = frozenset({"fulfilled", "withdrawn", "met"})
EXTENSION_GRACE_DAYS = 7  # a later due day stated this long after the first lapsed is a new deadline


def _country(actor: EventActor | None) -> str | None:
    return actor.country if actor else None


def _opposed(a: EventActor | None, b: EventActor | None) -> bool:
    return bool(a and b and a.country and b.country and a.country != b.country)


def _parties_agree(a: Deadline, b: Deadline) -> bool:
    """No party opposed, and at least one known on both sides to be the same."""
    if _opposed(a.issuer, b.issuer) or _opposed(a.target, b.target):
        return False
    return same_side(a.issuer, b.issuer) or same_side(a.target, b.target)


def _same_deadline(first: Deadline, later: Deadline) -> bool:
    if not _parties_agree(first, later):
        return False
    if first.due is None or later.due is None or first.due == later.due:
        return True
    # a later due day by the same issuer to the same target, stated before the first one lapsed (a week's grace):
    # the deadline extended
    stated_in_time = later.issued is None or (
        later.issued - dt.date.fromisoformat(first.due[:10])).days <= EXTENSION_GRACE_DAYS
    return later.due > first.due and stated_in_time and same_side(first.issuer, later.issuer) \
        and same_side(first.target, later.target)


def _both_sides_known(a: Deadline, b: Deadline) -> bool:
    """The same issuer country and the same target country, both stated: one deadline across stories."""
    countries = [_country(a.issuer), _country(b.issuer), _country(a.target), _country(b.target)]
    return all(countries) and countries[0] == countries[1] and countries[2] == countries[3]


def link_deadlines(items: list[Deadline], story_of: dict[str, str] | None = None) -> list[list[Deadline]]:
    """The statements grouped by deadline, oldest first; each statement gets the group's id (the first
    statement's), the articles of the whole group in ``reported_by``, and a due day when it had none."""
    stories = story_of or {}
    groups: list[list[Deadline]] = []
    for item in sorted(items, key=lambda d: (d.issued or dt.date.min, d.article_id, d.id)):
        story = stories.get(item.article_id)
        group = next((g for g in groups if (stories.get(g[0].article_id) == story or _both_sides_known(g[0], item))
                      and all(_same_deadline(other, item) for other in g)), None)
        if group is None:
            groups.append([item])
        else:
            group.append(item)
    linked = []
    for group in groups:
        articles = list(dict.fromkeys(a for d in group for a in d.reported_by))
        due = next((d.due for d in group if d.due), None)
        linked.append([d.model_copy(update={"id": group[0].id, "reported_by": articles, "due": d.due or due})
                       for d in group])
    return linked


def merge_deadlines(deadlines: list[Deadline]) -> list[Deadline]:
    """One item per deadline however many sentences and articles state it: the first statement, with the union
    of measures, the first condition and target given, and every article in ``reported_by``."""
    merged = []
    for group in link_deadlines(deadlines):
        first = group[0]
        merged.append(first.model_copy(update={
            "issuer": first.issuer or next((d.issuer for d in group if d.issuer), None),
            "target": first.target or next((d.target for d in group if d.target), None),
            "condition": first.condition or next((d.condition for d in group if d.condition), None),
            "measures": list(dict.fromkeys(m for d in group for m in d.measures)),
            "issuer_also": list(dict.fromkeys(n for d in group for n in d.issuer_also)),
        }))
    return merged


def _statement_status(evidence: str, earlier_due: str | None, later_due: str | None) -> DeadlineStatus | None:
    """What a later statement of the deadline says of it: pushed back, dropped or complied with."""
    if earlier_due and later_due and later_due > earlier_due:
        return "extended"
    for lang in languages():
        lexicon = deadline_lexicon(lang)
        for status, kind in (("withdrawn", "withdraw"), ("met", "met"), ("extended", "extend")):
            if lexicon.matches(kind, evidence):
                return status  # type: ignore[return-value]
    return None


def _event_links(deadline: Deadline, later: Iterable[ArticleRecord]) -> list[tuple[dt.date | None, DeadlineLink]]:
    links = []
    for record in later:
        if record.id == deadline.article_id or (
                deadline.issued and record.published and record.published <= deadline.issued):
            continue  # only articles published after the statement settle it
        for event in record.events:
            if event.modality in SKIPPED_MODALITIES or event.modality in ("future", "hypothetical"):
                continue
            by_issuer = same_side(event.source, deadline.issuer) and same_side(event.target, deadline.target)
            by_target = same_side(event.source, deadline.target) and same_side(event.target, deadline.issuer)
            status: DeadlineStatus | None = (
                "fulfilled" if by_issuer and event.type in CARRIED_OUT else
                "withdrawn" if by_issuer and event.type in BACKED_DOWN else
                "met" if by_target and event.type in COMPLIED else None)
            if status is not None:
                links.append((record.published, DeadlineLink(article_id=record.id, type=event.type, date=event.date,
                                                             evidence=event.evidence.text, status=status)))
                break
    return links


def track(deadline: Deadline, later: Iterable[ArticleRecord], as_of: dt.date | None,
          statements: Sequence[Deadline] = ()) -> Deadline:
    """The deadline's history and status given the articles published after it (others are skipped), the later
    ``statements`` of the same deadline (from :func:`link_deadlines`) and today's date."""
    links = _event_links(deadline, later)
    due = deadline.due
    for item in sorted(statements, key=lambda d: (d.issued or dt.date.min, d.article_id)):
        if item.article_id == deadline.article_id or (deadline.issued and item.issued
                                                      and item.issued <= deadline.issued):
            continue
        status = _statement_status(item.evidence, due, item.due)
        if status is not None:
            links.append((item.issued, DeadlineLink(article_id=item.article_id, type="STATEMENT",
                                                    date=item.issued.isoformat() if item.issued else None,
                                                    evidence=item.evidence, status=status,
                                                    due=item.due if status == "extended" else None)))
            if status == "extended" and item.due:
                due = max(due or item.due, item.due)
    history = [link for _, link in sorted(links, key=lambda p: p[0] or dt.date.min)]
    final = next((link for link in history if link.status in FINAL), None)
    last = final or (history[-1] if history else None)
    update: dict[str, object] = {"history": history, "settled_by": last}
    if final is not None:
        update["status"] = final.status
    elif as_of and due and due[:10] < as_of.isoformat():
        update["status"] = "expired"
    elif last is not None:
        update["status"] = last.status
    else:
        update["status"] = "open"
    return deadline.model_copy(update=update)


def follow(items: list[Deadline], later: list[ArticleRecord], as_of: dt.date | None,
           story_of: dict[str, str] | None = None) -> list[Deadline]:
    """Every statement, linked to its deadline (shared id) and given the deadline's history and status."""
    out = []
    for group in link_deadlines(items, story_of):
        tracked = track(group[0], later, as_of, group[1:])
        keep = {"history", "settled_by", "status"}
        out += [tracked if d is group[0] else d.model_copy(update={k: getattr(tracked, k) for k in keep})
                for d in group]
    return out
