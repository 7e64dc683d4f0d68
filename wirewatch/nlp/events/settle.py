"""What an article's events become once every sentence is read, before the confidence model scores them.

The sentences' events are merged into one per happening; a sentence whose events were all retellings adds its
reserve (a stance); acts told with no party, condemnations that accuse no one and a speaker's own account are
dropped; the publication date, the story's place and a target's country fill what each event leaves open.
"""

from __future__ import annotations

from collections.abc import Sequence

from wirewatch.nlp.events.actorless import with_parties_or_sole, without_retold_alone
from wirewatch.nlp.events.document_facts import DocumentFacts
from wirewatch.nlp.events.finish import soft_date, with_fallback_date, with_home_place, with_target_country
from wirewatch.nlp.events.implied import host_at_home
from wirewatch.nlp.events.merge import inherit_source, merge_events
from wirewatch.nlp.events.own_account import story_events
from wirewatch.nlp.events.place_containment import Contains, region_containment
from wirewatch.nlp.resources import Resources
from wirewatch.records import Event


def place_containment(resources: Resources | None) -> Contains | None:
    """Whether one place holds another, from the shared gazetteer: a region and a town in it are one act's place
    when their tellings agree otherwise (``merge``)."""
    return region_containment(resources.gazetteer if resources is not None else None)


def settled_events(events: Sequence[Event], reserves: Sequence[Event], facts: DocumentFacts, merge: bool,
                   text: str) -> list[Event]:
    """The article's events merged, pruned and completed (``merge`` off: each sentence's events as they are)."""
    kept = without_retold_alone(list(events), facts.alone - facts.weighed)
    merged = merge_events(kept, lambda event: soft_date(event, facts), facts.unpunctuated,
                          facts.state_sides, facts.toll_updates, facts.report_dated, facts.contains) if merge else kept
    if reserves and merge:
        # a sentence whose events were all retellings of earlier ones ("X said he was horrified by the
        # strikes"): what it adds is its next event, the stance
        told = {e.evidence.start for e in merged}
        retold = [r for r in reserves if r.evidence.start not in told]
        if retold:  # added as they are: a stance merged with others would take their sentences away
            merged = inherit_source(sorted(merged + retold, key=lambda e: e.evidence.start))
    # an act with no doer and no recipient, even from the story so far, is too vague to record ("a
    # stunning strike in the 12th minute"), unless it states alone the story's act ("clashes erupted")
    merged = with_parties_or_sole(merged, facts.alone - facts.weighed)
    # a condemnation in evaluative words that names no one, nor follows an act whose doer it could be
    # about, accuses no one ("we have the right to respond to this aggression")
    merged = [e for e in merged if not (e.type == "ACCUSE" and e.target is None and not e.other_evidence
                                        and e.evidence.start in facts.blames_without_target
                                        and e.evidence.start not in facts.accusing_words)]
    merged = story_events(merged, facts.unpunctuated, text)  # ``own_account``
    # a meeting's host, once the meeting is placed (implied.host_at_home)
    return [host_at_home(with_target_country(with_home_place(with_fallback_date(event, facts), facts), facts),
                         facts.home_place) for event in merged]
