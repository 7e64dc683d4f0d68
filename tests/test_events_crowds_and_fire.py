"""Protests by a crowd counted, not named ("Thousands rally in Paris"), fire undergone ("the convoy came under
fire"), rallying behind someone, and talks by telephone. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_events import Parse, events_of, only_event


@pytest.mark.parametrize(("lang", "text", "country"), [
    ("en", "Thousands rally in Paris against the pension reform.", "FRA"),
    ("en", "Thousands rally in Paris against the pension reform", "FRA"),
    ("en", "Tens of thousands marched in Berlin on Saturday.", "DEU"),
    ("fr", "Des milliers de personnes manifestent à Lyon contre la réforme.", "FRA"),
    ("fr", "Des centaines ont défilé dimanche à Marseille", "FRA"),
])
def test_a_crowd_counted_protests_as_the_protesters_of_the_place(parse: Parse, lang: str, text: str,
                                                                 country: str) -> None:
    event = only_event(parse, lang, text, "PROTEST")
    assert event.source is not None and event.source.name == "protesters" and event.source.country == country


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Hundreds of farmers protested in Nairobi on Monday."),
    ("fr", "Des centaines d'agriculteurs ont manifesté lundi à Nairobi."),
])
def test_an_unnamed_group_protesting_is_of_the_place(parse: Parse, lang: str, text: str) -> None:
    event = only_event(parse, lang, text, "PROTEST")
    assert event.source is not None and event.source.name == "farmers" and event.source.country == "KEN"


def test_rallying_behind_someone_is_no_protest(parse: Parse) -> None:
    assert not [e for e in events_of(parse, "en", "Thousands rallied behind Biden in Ohio.") if e.type == "PROTEST"]


@pytest.mark.parametrize(("lang", "text", "target"), [
    ("en", "The convoy came under heavy fire near Kandahar.", "convoy"),
    ("en", "An army patrol came under fire in northern Mali on Tuesday", "army patrol"),
    ("fr", "Le convoi a essuyé des tirs près de Kandahar.", "convoi"),
    ("fr", "Une patrouille de l'armée a été la cible de tirs au Mali", "patrouille"),
])
def test_fire_undergone_is_an_attack_on_its_subject(parse: Parse, lang: str, text: str, target: str) -> None:
    event = only_event(parse, lang, text, "ASSAULT")
    assert event.source is None and event.target is not None and event.target.name == target
    assert event.modality == "asserted"


@pytest.mark.parametrize("text", [
    "The minister came under fire for his remarks.",
    "Biden came under fire from Republicans.",
    "The policy came under heavy fire from economists.",
])
def test_a_person_or_a_policy_under_fire_is_criticised_not_attacked(parse: Parse, text: str) -> None:
    assert not [e for e in events_of(parse, "en", text) if e.type == "ASSAULT"]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Macron held a phone call with Scholz on Tuesday."),
    ("en", "Macron phoned Scholz on Tuesday."),
    ("fr", "Emmanuel Macron s'est entretenu par téléphone avec Olaf Scholz mardi."),
])
def test_a_phone_call_between_leaders_is_a_consultation(parse: Parse, lang: str, text: str) -> None:
    event = only_event(parse, lang, text, "CONSULT")
    assert event.mode == "phone" and event.target is not None and event.target.name == "Olaf Scholz"


@pytest.mark.parametrize(("lang", "text", "target"), [
    ("en", "Biden warned Russia of severe consequences if it invades Ukraine.", "Russia"),
    ("fr", "Biden a averti la Russie de graves conséquences si elle envahit l'Ukraine.", "Russia"),
    ("en", "Macron warned Iran against any attack on shipping", "Iran"),
])
def test_a_warning_to_a_party_of_a_price_is_a_threat_not_the_act_it_is_about(parse: Parse, lang: str, text: str,
                                                                             target: str) -> None:
    event = only_event(parse, lang, text, "THREATEN")
    assert event.target is not None and event.target.name == target
    assert not [e for e in events_of(parse, lang, text) if e.type == "ASSAULT"]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The UN warned of a looming famine in Sudan."),
    ("en", "Police warned residents to evacuate their homes"),
    ("fr", "L'ONU a averti d'un risque de famine au Soudan."),
    ("fr", "La police a averti les habitants de quitter leurs maisons."),
])
def test_a_caution_or_a_forecast_is_no_threat(parse: Parse, lang: str, text: str) -> None:
    assert not [e for e in events_of(parse, lang, text) if e.type == "THREATEN"]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Police prevented a demonstration by students in Ankara on Monday."),
    ("fr", "La police a empêché une manifestation d'étudiants à Ankara lundi."),
])
def test_a_protest_prevented_is_a_coercion_by_who_prevents_it_not_their_protest(parse: Parse, lang: str,
                                                                               text: str) -> None:
    event = only_event(parse, lang, text, "COERCE")
    assert event.source is not None and event.source.name == "police"
    assert not [e for e in events_of(parse, lang, text) if e.type == "PROTEST"]


def test_a_protest_broken_up_is_not_the_polices_protest(parse: Parse) -> None:
    protests = [e for e in events_of(parse, "en", "Police broke up a protest in Minsk.") if e.type == "PROTEST"]
    assert all(e.source is None or e.source.name != "police" for e in protests)


def test_telephone_calls_with_no_partner_are_no_consultation(parse: Parse) -> None:
    text = "The institute questioned 800 adults using automated telephone calls to contact them."
    assert not [e for e in events_of(parse, "en", text) if e.type == "CONSULT"]


@pytest.mark.parametrize(("lang", "text", "head"), [
    ("en", "The president's son was arrested in Nairobi on Friday.", "son"),
    ("fr", "Le fils du président a été arrêté vendredi à Nairobi.", "fils"),
])
def test_a_relative_arrested_is_the_target_not_the_person_he_is_related_to(parse: Parse, lang: str, text: str,
                                                                            head: str) -> None:
    event = only_event(parse, lang, text, "COERCE")
    assert event.target is not None and head in event.target.name.lower()
