"""The event layer (``ww_events``): who or what an event is done to, and whether that is also where it happened.

A city a decision, a statement or talks are addressed to stands for its government, and is not where they
happened; a building or a site is no one to meet. One sentence in, one assertion out, in French and English;
sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.test_events import Parse, events_of, only_event


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The Canadian government announced fresh sanctions on Tehran on Thursday."),
    ("fr", "Le gouvernement canadien a annoncé jeudi de nouvelles sanctions à Téhéran."),
])
def test_a_city_sanctioned_is_the_target(parse: Parse, lang: str, text: str) -> None:
    target = only_event(parse, lang, text, "SANCTION").target
    assert target is not None and target.country == "IRN"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The Canadian government announced fresh sanctions on Tehran on Thursday."),
    ("fr", "Le gouvernement canadien a annoncé jeudi de nouvelles sanctions à Téhéran."),
    ("en", "The African Union imposed sanctions on the junta of Niamey on Friday."),
    ("fr", "L'Union africaine a imposé des sanctions à la junte de Niamey vendredi."),
])
def test_a_city_sanctioned_is_not_where_the_sanctions_happened(parse: Parse, lang: str, text: str) -> None:
    assert only_event(parse, lang, text, "SANCTION").place is None


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The Turkish authorities imposed a curfew in the town of Silopi on Sunday."),
    ("fr", "Les autorités turques ont imposé dimanche un couvre-feu dans la ville de Silopi."),
])
def test_a_town_under_curfew_is_still_where_it_happened(parse: Parse, lang: str, text: str) -> None:
    place = only_event(parse, lang, text, "COERCE").place
    assert place is not None and place.name == "Silopi"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The Spanish prime minister visited Rabat on Monday."),
    ("fr", "Le Premier ministre espagnol a visité Rabat, la capitale marocaine, lundi."),
])
def test_a_capital_visited_is_where_the_visit_happened(parse: Parse, lang: str, text: str) -> None:
    place = only_event(parse, lang, text, "CONSULT").place
    assert place is not None and place.country == "MAR"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The governor visited a hospital in Denver on Friday."),
    ("fr", "Le préfet a visité une école à Grenoble vendredi."),
    ("en", "The French president visited a car factory in Lyon on Friday."),
    ("fr", "Le président français a visité un hôpital à Lyon vendredi."),
])
def test_a_visit_to_a_building_at_home_is_no_consultation(parse: Parse, lang: str, text: str) -> None:
    assert "CONSULT" not in [e.type for e in events_of(parse, lang, text)]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The French president visited the mayor in Marseille on Friday."),
    ("fr", "Le président français a visité le maire à Marseille vendredi."),
])
def test_a_visit_to_a_person_named_by_function_is_a_consultation(parse: Parse, lang: str, text: str) -> None:
    assert "CONSULT" in [e.type for e in events_of(parse, lang, text)]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The French president visited a children's hospital in Kyiv on Friday."),
    ("fr", "Le président français a visité un hôpital pour enfants à Kiev vendredi."),
])
def test_a_visit_to_a_building_abroad_is_a_visit_to_its_country(parse: Parse, lang: str, text: str) -> None:
    target = only_event(parse, lang, text, "CONSULT").target
    assert target is not None and target.country == "UKR"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The African Union imposed sanctions on the junta in Niamey on Friday."),
    ("fr", "L'Union africaine a imposé des sanctions à la junte de Niamey vendredi."),
])
def test_a_union_named_by_its_name_is_not_a_labour_union(parse: Parse, lang: str, text: str) -> None:
    source = only_event(parse, lang, text, "SANCTION").source
    assert source is not None and source.sector != "labor"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Russian drones struck a car factory in Kharkiv on Monday."),
    ("fr", "Des drones russes ont frappé une usine automobile à Kharkiv lundi."),
])
def test_a_common_noun_in_the_target_is_no_country(parse: Parse, lang: str, text: str) -> None:
    target = only_event(parse, lang, text, "ASSAULT").target
    assert target is not None and target.country == "UKR"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Russian missiles struck Kyiv on Monday night."),
    ("fr", "Des missiles russes ont frappé Kiev dans la nuit de lundi."),
])
def test_a_city_attacked_is_where_the_attack_happened(parse: Parse, lang: str, text: str) -> None:
    place = only_event(parse, lang, text, "ASSAULT").place
    assert place is not None and place.name == "Kyiv"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The authorities imposed a curfew in the town of Silopi in southeastern Turkey on Sunday."),
    ("fr", "Les autorités ont imposé dimanche un couvre-feu dans la ville de Silopi, dans le sud-est de la Turquie."),
])
def test_a_town_named_with_its_country_is_the_place(parse: Parse, lang: str, text: str) -> None:
    place = only_event(parse, lang, text, "COERCE").place
    assert place is not None and place.name == "Silopi"
