"""Constructions found by reading the events of unlabelled English news (tuning halves): a verb whose only
complements are measures tells a quantity that changed, not an act ("the index declined by 1.8 per cent";
``measured_changes``); a time phrase counted by "every" or "each" makes an act a habit; a thing asked for,
agreed or praised is no target of a stance (``build``); a concession that only admits what is so is a view
(``speech_senses``); an act only contemplated is not done (``event_modality.tsv``). Sentences written for
these tests."""

from __future__ import annotations

import pytest

from tests.test_events import Parse, events_of


def types(parse: Parse, lang: str, text: str) -> list[str]:
    return [e.type for e in events_of(parse, lang, text)]


@pytest.mark.parametrize("text", [
    "Stocks rallied 2 percent on Friday.",  # "rally": a protest word
    "Bank shares rallied 4% in early trading",
])
def test_a_quantity_that_changed_is_no_act(parse: Parse, text: str) -> None:
    """A verb whose only complements are measures tells a quantity that moved (``measured_changes``)."""
    assert types(parse, "en", text) == []


@pytest.mark.parametrize(("text", "event_type"), [
    ("Russian forces advanced 10 kilometres near Kharkiv on Monday.", "ASSAULT"),
    ("The army withdrew 20 kilometres from the border", "RETREAT"),
])
def test_a_distance_is_no_measure_of_a_quantity(parse: Parse, text: str, event_type: str) -> None:
    """An advance or a withdrawal measured in kilometres is still an act: a distance is not a quantity changed."""
    assert event_type in types(parse, "en", text)


@pytest.mark.parametrize(("text", "event_type"), [
    ("Police arrested 233 in the capital on Monday.", "COERCE"),  # people counted, not a measure
    ("The Kenyan parliament rejected the budget by 230 votes to 12.", "REJECT"),  # an object: the act stays
])
def test_a_number_of_people_or_of_votes_keeps_the_act(parse: Parse, text: str, event_type: str) -> None:
    assert event_type in types(parse, "en", text)


@pytest.mark.parametrize("text", [
    "Every day, the ministry's website gets attacked by hackers.",
    "Each week the police detain dozens of migrants in Calais",
])
def test_an_act_counted_every_day_is_a_habit(parse: Parse, text: str) -> None:
    assert not {"ASSAULT", "COERCE"} & set(types(parse, "en", text))


def test_the_same_act_on_a_day_stays(parse: Parse) -> None:
    assert "ASSAULT" in types(parse, "en", "On Monday, the ministry's website was attacked by hackers.")


@pytest.mark.parametrize(("text", "event_type"), [
    ("The regulator demanded a clarification from the bank.", "REQUEST"),
    ("Kenya and Uganda agreed the transaction on Monday.", "AGREE"),
    ("The minister welcomed the decision on Tuesday.", "SUPPORT"),
])
def test_a_thing_asked_for_or_agreed_is_no_target(parse: Parse, text: str, event_type: str) -> None:
    found = [e for e in events_of(parse, "en", text) if e.type == event_type]
    assert found
    assert all(e.target is None or e.target.country is not None for e in found)


def test_a_thing_attacked_stays_the_target(parse: Parse) -> None:
    found = [e for e in events_of(parse, "en", "Gunmen attacked a school in Kano on Monday.") if e.type == "ASSAULT"]
    assert found and found[0].target is not None


@pytest.mark.parametrize("text", [
    "Macron conceded the pension system is unfair.",
    "The minister admitted that the plan had failed",
])
def test_a_concession_of_what_is_so_is_a_view(parse: Parse, text: str) -> None:
    assert "CONCEDE" not in types(parse, "en", text)


def test_a_concession_of_what_shall_be_done_stays(parse: Parse) -> None:
    assert "CONCEDE" in types(parse, "en", "The rebels conceded that their fighters would withdraw from Goma.")


@pytest.mark.parametrize("text", [
    "The union contemplated a general strike in Lyon.",
    "The EU is mulling sanctions against Iran.",
])
def test_an_act_only_contemplated_is_not_asserted(parse: Parse, text: str) -> None:
    assert all(e.modality != "asserted" for e in events_of(parse, "en", text))


@pytest.mark.parametrize(("text", "victim"), [
    ("The killing of a journalist by gunmen in Nairobi shocked the country.", "journalist"),
    ("The kidnapping of two aid workers by rebels shocked Kenya.", "worker"),
    ("Gunmen carried out the killing of a Kenyan journalist in Nairobi on Monday.", "journalist"),
])
def test_the_of_phrase_of_a_killing_noun_is_its_victim(parse: Parse, text: str, victim: str) -> None:
    found = [e for e in events_of(parse, "en", text) if e.type == "ASSAULT"]
    assert found and found[0].target is not None and victim in found[0].target.name
    assert found[0].source is not None and "armed forces" not in found[0].source.name


def test_the_of_phrase_of_an_attack_still_names_its_doer(parse: Parse) -> None:
    found = [e for e in events_of(parse, "en", "The attack of the rebels on Goma killed ten people.")
             if e.type == "ASSAULT"]
    assert found and found[0].source is not None and found[0].source.sector == "rebels"


@pytest.mark.parametrize("text", [
    "The rebels may end up attacking the capital.",
    "Fans could end up attacking the police in Lyon.",
])
def test_a_controlled_act_takes_its_governors_mood(parse: Parse, text: str) -> None:
    found = [e for e in events_of(parse, "en", text) if e.type == "ASSAULT"]
    assert found and all(e.modality != "asserted" for e in found)


def test_a_controlled_act_of_an_asserted_verb_stays_asserted(parse: Parse) -> None:
    found = [e for e in events_of(parse, "en", "Rebels kept attacking the town of Goma on Monday.")
             if e.type == "ASSAULT"]
    assert found and found[0].modality == "asserted"



@pytest.mark.parametrize(("text", "event_type"), [
    ("The idea of urging the mayor of Lyon to quit angered Macron.", "REQUEST"),
    ("Officials weighed the option of striking the port of Hodeidah.", "ASSAULT"),
])
def test_an_act_named_as_an_idea_or_an_option_is_not_asserted(parse: Parse, text: str, event_type: str) -> None:
    assert all(e.modality != "asserted" for e in events_of(parse, "en", text) if e.type == event_type)


def test_a_group_of_people_stays_the_target_of_a_statement(parse: Parse) -> None:
    found = [e for e in events_of(parse, "en", "The police denounced dissidents in Moscow.") if e.type == "ACCUSE"]
    assert found and found[0].target is not None and "dissident" in found[0].target.name


def test_the_administration_is_an_actor(parse: Parse) -> None:
    found = [e for e in events_of(parse, "en", "Pelosi urged the administration to act quickly.")
             if e.type == "REQUEST"]
    assert found and found[0].target is not None and found[0].target.sector == "government"


def test_a_counted_object_is_no_measure(parse: Parse) -> None:
    # "bases" (lemma "basis") counted by "two" is an object acted on, not a size
    text = "Russian troops set up two army bases near Kherson."
    assert "MOBILIZE" in types(parse, "en", text)
