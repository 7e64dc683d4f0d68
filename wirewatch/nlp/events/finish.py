"""The last touches on an article's merged events, made after merging so that they never block a merge: the
publication date for an event that states none, the story's place for a physical act told nowhere, and the
country of a target described rather than named."""

from __future__ import annotations

from wirewatch.nlp.events.actor_resolver import country_label
from wirewatch.nlp.events.document_facts import DocumentFacts
from wirewatch.nlp.events.implied import PHYSICAL, as_recipient, place_recipient
from wirewatch.nlp.events.victim_countries import victims_home
from wirewatch.records import Event, EventPlace


def with_target_country(event: Event, facts: DocumentFacts) -> Event:
    """A target described, not named ("six scientists", "the protest movement"), is of the country where
    the event happened, else of the story's country."""
    target = event.target
    if target is None and event.place is not None and event.place.country is not None \
            and place_recipient(event.type, event.place):
        # "the deployment of 80,000 police" in a French story: done to (among) the people there
        recipient, place = as_recipient(event.type, event.mode, event.place)
        return event.model_copy(update={"target": recipient, "place": place})
    if target is None or target.country is not None or target.entity is not None:
        return event
    country = event.place.country if event.place is not None and event.place.country \
        else victims_home(event.type, event.source, facts.home_country, event.place)  # not the attacker's own
    if country is None:
        return event
    return event.model_copy(update={"target": target.model_copy(update={"country": country})})


def with_home_place(event: Event, facts: DocumentFacts) -> Event:
    """A physical act no telling of which places happened, in all likelihood, where the story is (its
    most mentioned place); set after merging, so it never blocks a merge."""
    if event.place is not None or event.type not in PHYSICAL or event.modality != "asserted":
        return event
    place = facts.home_place
    target_country = event.target.country if event.target is not None else None
    if place is not None and target_country is not None and place.country != target_country:
        # the story's place is elsewhere than this act's target: the target's country, at country level
        place = EventPlace(name=country_label(target_country), country=target_country, precision="country")
    return event.model_copy(update={"place": place})


def soft_date(event: Event, facts: DocumentFacts) -> str | None:
    """The publication date an event stating none would fall back on (None for the future, negated…)."""
    for mention in (event.evidence, *event.other_evidence):
        fallback = facts.fallback_dates.get((event.type, mention.start))
        if fallback is not None:
            return fallback
    return None


def with_fallback_date(event: Event, facts: DocumentFacts) -> Event:
    """Dates not stated take the publication date only after merging, so they never block a merge (the
    merge only checks that a stated date is of the days before it: ``soft_date``)."""
    if event.date is not None:
        return event
    fallback = soft_date(event, facts)
    return event.model_copy(update={"date": fallback}) if fallback is not None else event
