"""Short reports that name an act without telling it as theirs: a struggle with a hazard told by its purpose, an
act in a "when" clause describing an earlier time, an act a prohibition forbids, a toll beside an accident named
by what exploded, an act that is a coercion's charge, a protest's grievance or its cause. Sentences written for
these tests; the full pipeline runs, the word rules also on parsed sentences."""

from __future__ import annotations

import pytest

from tests.test_events import Parse, events_of
from wirewatch.nlp.events.charged_acts import told_as_a_cause
from wirewatch.nlp.events.earlier_times import told_at_an_earlier_time
from wirewatch.nlp.events.lexicon import load_event_lexicon
from wirewatch.nlp.events.prohibited_acts import prohibited


def types_of(parse: Parse, lang: str, text: str) -> list[str]:
    return [e.type for e in events_of(parse, lang, text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Troops fought to contain the wildfire near Athens", False),
    ("Soldiers fought to save homes from the floods in the valley", False),
    ("Soldiers fought to retake the town from the rebels", True),
])
def test_a_struggle_whose_purpose_acts_on_a_hazard_is_no_clash(parse: Parse, text: str, expected: bool) -> None:
    assert ("ASSAULT" in types_of(parse, "en", text)) is expected


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Tens of thousands gathered on Sunday, undeterred by the bloodshed of the previous day when soldiers "
           "opened fire on marchers, killing three."),
    ("en", "The rally was peaceful, unlike last week's protest when police beat demonstrators with batons."),
    ("fr", "Le rassemblement était calme, contrairement à la semaine dernière, quand la police a frappé les "
           "manifestants."),
])
def test_an_act_in_a_when_clause_of_an_earlier_time_is_background(parse: Parse, lang: str, text: str) -> None:
    assert "ASSAULT" not in types_of(parse, lang, text)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Police opened fire on protesters on Sunday when they tried to storm the parliament"),
    ("fr", "La police a tiré sur des manifestants dimanche lorsqu'ils ont tenté d'entrer au parlement"),
])
def test_an_act_of_the_main_clause_before_a_when_clause_stays(parse: Parse, lang: str, text: str) -> None:
    assert "ASSAULT" in types_of(parse, lang, text)


@pytest.mark.parametrize(("lang", "text", "word", "expected"), [
    ("en", "Two days after the night when soldiers shot dead ten miners, workers marched", "shot", True),
    ("en", "Soldiers shot dead ten miners on Friday when workers marched on the mine", "shot", False),
])
def test_a_when_clause_is_background_only_after_an_earlier_time(parse: Parse, lang: str, text: str, word: str,
                                                                expected: bool) -> None:
    doc = parse(lang, text)
    token = next(t for t in doc if t.text == word)
    assert told_at_an_earlier_time(token, load_event_lexicon(lang)) is expected


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The government announced a ban on protests in the capital"),
    ("fr", "Le gouvernement a annoncé l'interdiction des manifestations dans la capitale"),
])
def test_an_act_a_prohibition_forbids_is_not_told(parse: Parse, lang: str, text: str) -> None:
    assert "PROTEST" not in types_of(parse, lang, text)


@pytest.mark.parametrize(("lang", "text", "word", "expected"), [
    ("en", "The junta imposed a ban on rallies", "rallies", True),
    ("en", "Protests were banned in the capital", "Protests", True),
    ("en", "The opposition announced a series of rallies", "rallies", False),
    ("fr", "Le préfet a interdit les rassemblements", "rassemblements", True),
])
def test_the_object_of_a_prohibition_is_prohibited(parse: Parse, lang: str, text: str, word: str,
                                                   expected: bool) -> None:
    doc = parse(lang, text)
    assert prohibited(next(t for t in doc if t.text == word)) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Gas explosion destroys apartment block in Moscow; 7 killed", False),
    ("An explosion at a fireworks factory in Guangdong. Nine workers were killed, officials said.", False),
    ("A bomb explosion destroyed a bus in Kabul; 7 killed", True),
])
def test_a_toll_beside_an_explosion_of_a_thing_named_is_the_accident_s(parse: Parse, text: str,
                                                                       expected: bool) -> None:
    assert ("ASSAULT" in types_of(parse, "en", text)) is expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "A court sentenced twelve activists to five years in prison for taking part in a protest", False),
    ("en", "Two opposition leaders were jailed over last year's protests", False),
    ("en", "Students protested in Dhaka on Monday over the rise in fees", True),
])
def test_an_act_a_coercion_is_for_is_the_charge(parse: Parse, lang: str, text: str, expected: bool) -> None:
    assert ("PROTEST" in types_of(parse, lang, text)) is expected


@pytest.mark.parametrize(("text", "absent"), [
    ("Protests erupted in Dakar over the arrest of the opposition leader", "COERCE"),
    ("The killing of a teenager by police sparked protests across France", "ASSAULT"),
])
def test_a_protest_s_grievance_or_cause_gives_way_to_the_protest(parse: Parse, text: str, absent: str) -> None:
    types = types_of(parse, "en", text)
    assert "PROTEST" in types
    assert absent not in types


def test_a_cause_whose_effect_is_no_act_stays_the_sentence_s_act(parse: Parse) -> None:
    assert "ASSAULT" in types_of(parse, "en", "The killing of a teenager by police sparked outrage across France")


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("The protests were sparked by the killing of a teenager", "killing", True),
    ("The arrest of the mayor triggered riots in the city", "arrest", True),
    ("The killing of a teenager sparked outrage", "killing", False),
])
def test_an_act_that_set_off_another_is_told_as_its_cause(parse: Parse, text: str, word: str,
                                                          expected: bool) -> None:
    doc = parse("en", text)
    token = next(t for t in doc if t.text == word)
    assert told_as_a_cause(token, load_event_lexicon("en")) is expected
