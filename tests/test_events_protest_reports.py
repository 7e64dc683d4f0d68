"""Short protest reports: South Asian English words of protest and crowd control (gherao, bandh, human chain,
lathicharge, stone pelting), a protest told only as the effect of a verb of causing, and an attack on what is said
or decided (criticism, not force). Sentences written for these tests; the full pipeline runs."""

from __future__ import annotations

import pytest

from tests.test_events import Parse, events_of


def types_of(parse: Parse, lang: str, text: str) -> list[str]:
    return [e.type for e in events_of(parse, lang, text)]


@pytest.mark.parametrize("text", [
    "Villagers gheraoed the block officer over unpaid wages",
    "A dawn-to-dusk bandh called by the opposition paralysed normal life in Assam",
    "Opposition parties called a twelve-hour hartal in Chittagong",
    "Teachers formed a human chain in front of the press club in Dhaka",
])
def test_a_south_asian_protest_word_states_a_protest(parse: Parse, text: str) -> None:
    assert "PROTEST" in types_of(parse, "en", text)


@pytest.mark.parametrize("text", [
    "Police lathicharged the protesters near the secretariat in Patna",
    "Stone pelting was reported from the old city after Friday prayers",
])
def test_a_south_asian_word_of_crowd_control_or_stoning_states_an_assault(parse: Parse, text: str) -> None:
    assert "ASSAULT" in types_of(parse, "en", text)


def test_stones_pelted_at_someone_are_an_assault_on_them(parse: Parse) -> None:
    events = [e for e in events_of(parse, "en", "Youths pelted stones at a police patrol in Kashmir")
              if e.type in ("ASSAULT", "PROTEST")]
    assert events and events[0].target is not None


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The death of a student sparked protests across the city"),
    ("en", "The killing of a farmer triggered protests in the district"),
    ("fr", "La mort d'un étudiant a provoqué des manifestations dans toute la ville"),
    ("fr", "L'arrestation du maire a déclenché des manifestations dans la région"),
])
def test_a_protest_told_as_the_effect_of_a_cause_is_the_report_s_act(parse: Parse, lang: str, text: str) -> None:
    assert "PROTEST" in types_of(parse, lang, text)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The killing of a teenager by police provoked anger in the city"),
    ("fr", "L'assassinat du journaliste a provoqué la colère dans la ville"),
])
def test_a_cause_whose_effect_is_a_feeling_stays_the_act(parse: Parse, lang: str, text: str) -> None:
    assert "ASSAULT" in types_of(parse, lang, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("The minister attacked the new tax policy in parliament", "ACCUSE"),
    ("Protesters attacked the fuel price hike at a rally in Nairobi", "PROTEST"),
    ("Gunmen attacked a police post in the district", "ASSAULT"),
])
def test_an_attack_on_what_is_said_or_decided_is_criticism(parse: Parse, text: str, expected: str) -> None:
    types = types_of(parse, "en", text)
    assert expected in types
    assert expected == "ASSAULT" or "ASSAULT" not in types


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Hundreds of nurses staged a sit-in outside the ministry on Monday. They accused the minister of lying"),
    ("en", "Thousands marched in Paris on Saturday. They demanded the withdrawal of the pension reform"),
    ("fr", "Des centaines d'enseignants ont manifesté à Dakar lundi. Ils ont accusé le ministre de mentir"),
])
def test_what_protesters_then_denounce_or_demand_is_their_protest(parse: Parse, lang: str, text: str) -> None:
    types = types_of(parse, lang, text)
    assert "PROTEST" in types
    assert "ACCUSE" not in types and "REQUEST" not in types


def test_a_threat_of_a_strike_by_the_protesting_union_is_their_protest(parse: Parse) -> None:
    text = ("The teachers' union held a rally in Harare on Monday. The union warned of a nationwide strike "
            "if the demand was not met")
    told = [(e.type, e.modality) for e in events_of(parse, "en", text)]
    assert ("PROTEST", "future") in told and "THREATEN" not in [kind for kind, _ in told]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Students protested in Dhaka on Sunday. Police arrested ten of them. They accused the police of torture"),
    ("en", "The opposition held a rally in Lusaka. The ruling party accused the opposition of inciting violence"),
])
def test_an_accusation_after_another_act_or_by_another_party_stays(parse: Parse, lang: str, text: str) -> None:
    assert "ACCUSE" in types_of(parse, lang, text)
