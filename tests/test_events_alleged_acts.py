"""Short reports of arrests and accidents: an act alleged against those held is why they were held, not an act of
the report; a harm after an accident undergone is no attack, whoever the parser reads as the accident's subject;
a vehicle that "slams into" another criticises no one.
Sentences written for these tests (headline-like, with and without final punctuation); the full pipeline runs,
the word rule also on parsed sentences."""

from __future__ import annotations

import pytest

from tests.test_events import Parse, events_of
from wirewatch.nlp.events.charged_acts import told_as_alleged
from wirewatch.nlp.events.lexicon import load_event_lexicon


def types_of(parse: Parse, lang: str, text: str) -> list[str]:
    return [e.type for e in events_of(parse, lang, text)]


@pytest.mark.parametrize("stop", ["", "."])
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Two men were arrested on suspicion of stabbing a farmer near the market"),
    ("en", "Two men were detained by police, suspected of beating a night watchman"),
    ("en", "Police detained a cook for assaulting a waiter at the canteen"),
    ("fr", "Deux hommes ont été arrêtés, soupçonnés d'avoir frappé un gardien de nuit"),
])
def test_an_act_alleged_against_those_held_is_not_told(parse: Parse, lang: str, text: str, stop: str) -> None:
    types = types_of(parse, lang, text + stop)
    assert "COERCE" in types and "ASSAULT" not in types


@pytest.mark.parametrize("stop", ["", "."])
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Two men were detained by police, suspected of beating a night watchman"),
    ("en", "Two men were detained by police, accused of beating a night watchman"),
    ("fr", "Deux hommes ont été arrêtés, soupçonnés d'avoir frappé un gardien de nuit"),
    ("fr", "Deux hommes ont été interpellés, accusés d'avoir frappé un gardien de nuit"),
])
def test_a_suspicion_beside_an_arrest_is_no_accusation(parse: Parse, lang: str, text: str, stop: str) -> None:
    types = types_of(parse, lang, text + stop)
    assert "COERCE" in types and "ACCUSE" not in types


@pytest.mark.parametrize(("lang", "text", "word", "expected"), [
    ("en", "Two men were held on suspicion of stabbing a farmer", "stabbing", True),
    ("en", "Three clerks were charged with the burning of the archive", "burning", True),
    ("fr", "Deux hommes ont été arrêtés, soupçonnés d'avoir frappé un gardien", "frappé", True),
    ("en", "The riders charged down the hill, killing six villagers", "killing", False),  # a charge of force
    ("en", "Gunmen stabbed a farmer near the market", "stabbed", False),
])
def test_an_act_in_the_complement_of_a_word_of_suspicion_is_alleged(parse: Parse, lang: str, text: str, word: str,
                                                                    expected: bool) -> None:
    doc = parse(lang, text)
    token = next(t for t in doc if t.text == word)
    assert told_as_alleged(token, load_event_lexicon(lang)) is expected


@pytest.mark.parametrize("stop", ["", "."])
@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "A coach carrying tourists plunged into a ravine, killing 15 of them", False),
    ("en", "A barge loaded with sand capsized on the river, drowning four boatmen", False),
    ("en", "Gunmen crashed into the compound, killing four guards", True),  # an armed actor's act
    ("fr", "Un autocar transportant des touristes a plongé dans un ravin, tuant quinze d'entre eux", False),
    ("fr", "Une barge chargée de sable a chaviré sur le fleuve, noyant quatre bateliers", False),
])
def test_a_harm_after_an_accident_undergone_is_no_attack(parse: Parse, lang: str, text: str, expected: bool,
                                                         stop: str) -> None:
    assert ("ASSAULT" in types_of(parse, lang, text + stop)) is expected


@pytest.mark.parametrize("stop", ["", "."])
@pytest.mark.parametrize(("text", "expected"), [
    ("A freight train slammed into a minibus near the depot, injuring nine", False),  # no one spoke
    ("The union slammed the minister over the pension plan", True),
])
def test_a_vehicle_says_nothing(parse: Parse, text: str, expected: bool, stop: str) -> None:
    assert ("ACCUSE" in types_of(parse, "en", text + stop)) is expected


@pytest.mark.parametrize("stop", ["", "."])
@pytest.mark.parametrize(("text", "expected"), [
    ("A fuel pipeline exploded as farmers tried to scoop up petrol, killing 31", False),
    ("Riot police fired as students tried to enter the campus, killing two", True),
])
def test_a_harm_hung_on_a_clause_after_an_accident_is_the_accident_s(parse: Parse, text: str, expected: bool,
                                                                    stop: str) -> None:
    assert ("ASSAULT" in types_of(parse, "en", text + stop)) is expected
