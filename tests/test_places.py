"""The places layer: toponyms found, resolved from context, with offsets, feature and precision.

Sentences are written for these tests. The gazetteer is built once per session into a temporary data directory
(conftest's ``resources`` fixture).
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from wirewatch.kb.gazetteer import Gazetteer
from wirewatch.nlp.pipeline import build_nlp
from wirewatch.nlp.places.component import PlaceComponent
from wirewatch.nlp.resources import Resources
from wirewatch.records import Place
from wirewatch.settings import Settings

Parse = Callable[..., Doc]


def place_of(doc: Doc, surface: str) -> Place | None:
    for place in doc._.ww_places:
        if any(m.text == surface for m in place.mentions):
            return place
    return None


@pytest.mark.parametrize(("lang", "text", "surface", "feature", "country"), [
    ("fr", "Les forces russes ont frappé la région de Zaporijia dans la nuit.", "Zaporijia", "ADM1", "UKR"),
    ("en", "Russian forces struck the Zaporizhzhia region overnight.", "Zaporizhzhia", "ADM1", "UKR"),
    ("fr", "Une explosion a secoué la ville de Zaporijia mardi matin.", "Zaporijia", "PPL", "UKR"),
    ("en", "An explosion shook the city of Zaporizhzhia on Tuesday morning.", "Zaporizhzhia", "PPL", "UKR"),
    ("fr", "L'émissaire américain a été reçu au Kremlin jeudi.", "Kremlin", "LANDMARK", "RUS"),
    ("en", "The American envoy was received at the Kremlin on Thursday.", "Kremlin", "LANDMARK", "RUS"),
    ("fr", "Des responsables à Washington ont annoncé la reprise des discussions.", "Washington", "PPLC", "USA"),
    ("en", "Officials in Washington announced that the talks would resume.", "Washington", "PPLC", "USA"),
    ("fr", "Les régions de Kharkiv et de Donetsk ont été bombardées.", "Donetsk", "ADM1", "UKR"),
    ("en", "The Kharkiv and Donetsk regions were shelled again.", "Kharkiv", "ADM1", "UKR"),
    ("fr", "Des colons ont été arrêtés en Cisjordanie dimanche.", "Cisjordanie", "ADM1", "PSE"),
    ("en", "Settlers were arrested in the West Bank on Sunday.", "West Bank", "ADM1", "PSE"),
    ("fr", "Les combattants sont entrés à El-Facher après un long siège.", "El-Facher", "PPL", "SDN"),
    ("en", "The fighters entered El Fasher after a long siege.", "El Fasher", "PPL", "SDN"),
    ("fr", "Des sites ont été visés à Téhéran, Ispahan et Bouchehr.", "Téhéran", "PPLC", "IRN"),
    ("en", "Sites were hit in Tehran, Isfahan, and Bushehr overnight.", "Tehran", "PPLC", "IRN"),
])
def test_level_words_landmarks_and_capitals(parse: Parse, lang: str, text: str, surface: str, feature: str,
                                            country: str) -> None:
    place = place_of(parse(lang, text), surface)
    assert place is not None and (place.feature, place.country) == (feature, country)


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Le festival a quitté la France pour Paris, au Texas, l'an dernier."),
    ("en", "The festival left France for Paris, Texas, last year."),
])
def test_adjacent_parent_chooses_the_town_inside_it(parse: Parse, lang: str, text: str) -> None:
    place = place_of(parse(lang, text), "Paris")
    assert place is not None and place.country == "USA"


@pytest.mark.parametrize(("lang", "text", "country"), [
    ("fr", "La ville libanaise de Tripoli a accueilli le sommet. La Libye et l'Égypte ont envoyé des délégués.",
     "LBN"),
    ("en", "The Lebanese city of Tripoli hosted the summit. Libya and Egypt sent delegates.", "LBN"),
    ("fr", "Des responsables libanais ont visité Tripoli. La Libye et l'Égypte ont envoyé des délégués.", "LBY"),
    ("en", "A Lebanese delegation visited Tripoli. Libya and Egypt sent delegates.", "LBY"),
    ("fr", "La Libye et l'Égypte ont condamné les frappes libanaises sur la ville de Tripoli.", "LBY"),
    ("en", "Libya and Egypt condemned the Lebanese strikes on the city of Tripoli.", "LBY"),
])
def test_a_demonym_places_the_town_only_through_a_level_phrase(parse: Parse, lang: str, text: str,
                                                               country: str) -> None:
    place = place_of(parse(lang, text), "Tripoli")
    assert place is not None and place.country == country


@pytest.mark.parametrize(("lang", "text", "surface"), [
    ("fr", "De violents combats ont eu lieu dans le sud de l'Ukraine.", "Ukraine"),
    ("en", "Heavy fighting took place in southern Ukraine this week.", "Ukraine"),
])
def test_direction_words_lower_the_precision(parse: Parse, lang: str, text: str, surface: str) -> None:
    place = place_of(parse(lang, text), surface)
    assert place is not None and (place.country, place.precision) == ("UKR", "region")


@pytest.mark.parametrize(("lang", "text", "surface"), [
    ("fr", "Les troupes russes ont avancé près du fleuve.", "russes"),
    ("en", "Russian troops advanced along the river.", "Russian"),
])
def test_demonyms_are_mentions_of_their_country(parse: Parse, lang: str, text: str, surface: str) -> None:
    place = place_of(parse(lang, text), surface)
    assert place is not None and (place.feature, place.country) == ("COUNTRY", "RUS")


@pytest.mark.parametrize("surface", ["américain", "américaine", "américains", "américaines"])
def test_french_demonyms_are_read_in_every_gender_and_number(parse: Parse, surface: str) -> None:
    place = place_of(parse("fr", f"Le convoi {surface} a franchi la frontière hier."), surface)
    assert place is not None and place.country == "USA"


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Le convoi a rejoint Blorvatisk puis Kyiv lundi soir."),
    ("en", "The convoy reached Blorvatisk and then Kyiv on Monday evening."),
])
def test_an_unknown_name_leaves_the_others_resolved(parse: Parse, lang: str, text: str) -> None:
    doc = parse(lang, text)
    kyiv = place_of(doc, "Kyiv")
    assert kyiv is not None and kyiv.country == "UKR" and place_of(doc, "Blorvatisk") is None


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "À Moscou, au Kremlin, puis à Zaporijia, dans le sud de l'Ukraine, les délégations russes ont parlé."),
    ("en", "In Moscow, at the Kremlin, then in Zaporizhzhia, in southern Ukraine, the Russian delegations talked."),
])
def test_mention_offsets_match_the_text(parse: Parse, lang: str, text: str) -> None:
    doc = parse(lang, text)
    mentions = [m for p in doc._.ww_places for m in p.mentions]
    assert len(mentions) >= 4 and all(text[m.start:m.end] == m.text for m in mentions)


@pytest.mark.parametrize(("lang", "text", "surface"), [
    ("fr", "Des drones ont visé Zaporijia pendant la nuit.", "Zaporijia"),
    ("en", "Drones targeted Zaporizhzhia during the night.", "Zaporizhzhia"),
])
def test_loc_entities_take_the_country_of_their_place(parse: Parse, lang: str, text: str, surface: str) -> None:
    doc = parse(lang, text)
    entity = next((e for e in doc._.ww_entities if any(m.text == surface for m in e.mentions)), None)
    assert entity is not None and entity.country == "UKR"


@pytest.mark.parametrize(("name", "country"), [
    ("ÉTATS-UNIS", "USA"), ("Royaume-Uni", "GBR"), ("Darfour", "SDN"), ("Cisjordanie", "PSE"), ("Kiev", "UKR"),
    ("Kharkov", "UKR"), ("Odessa", "UKR"), ("Zaryadye Park", "RUS"), ("Élysée", "FRA"),
])
def test_gazetteer_knows_exonyms_and_landmarks(gazetteer: Gazetteer, name: str, country: str) -> None:
    assert country in {c.place.country for c in gazetteer.lookup(name)}


def test_gazetteer_rebuilds_when_its_sources_change(gazetteer: Gazetteer, tmp_path: Path) -> None:
    stale = tmp_path / "gazetteer.sqlite"
    shutil.copy(gazetteer.path, stale)
    con = sqlite3.connect(stale)
    con.execute("UPDATE meta SET value = 'old' WHERE key = 'version'")
    con.commit()
    con.close()
    rebuilt = Gazetteer.at(stale)
    assert rebuilt.lookup("Zaporijia")


@pytest.fixture(scope="module")
def strict_places(resources: Resources,
                  nlp_for: Callable[[str], Language]) -> Callable[[Doc, str], list[Place]]:
    """The places of a parsed doc found again by a component that takes no organisation's name for a place."""
    components: dict[str, PlaceComponent] = {}

    def run(doc: Doc, lang: str) -> list[Place]:
        if lang not in components:
            components[lang] = PlaceComponent(nlp_for(lang), "ww_places", lang, keep_unresolved=False,
                                              organisation_places=False)
            components[lang].initialize(resources=resources)
        return components[lang](doc)._.ww_places

    return run


@pytest.mark.parametrize(("lang", "text", "organisation"), [
    ("fr", "L'Union européenne a imposé mardi de nouvelles sanctions à Moscou.", "Union européenne"),
    ("en", "The European Union imposed new sanctions on Moscow on Tuesday.", "European Union"),
])
def test_an_organisation_named_after_a_place_is_a_mention_of_it_by_default(parse: Parse, lang: str, text: str,
                                                                         organisation: str) -> None:
    """The geoparsing convention of the gold sets: a metonymic toponym ("the EU decided") names its place."""
    place = place_of(parse(lang, text), organisation)
    assert place is not None and place.feature == "CONT" and place.name == "Europe"


@pytest.mark.parametrize(("lang", "text", "organisation"), [
    ("fr", "L'Union européenne a imposé mardi de nouvelles sanctions à Moscou.", "Union européenne"),
    ("en", "The European Union imposed new sanctions on Moscow on Tuesday.", "European Union"),
    ("fr", "Les ministres de l'UE se sont réunis à Bruxelles jeudi.", "UE"),
    ("en", "EU foreign ministers met in Brussels on Thursday.", "EU"),
    ("fr", "L'Union africaine a suspendu le Mali après le coup d'État.", "africaine"),
    ("en", "The African Union suspended Mali after the coup.", "African"),
])
def test_without_organisation_places_an_organisation_names_no_place(
        parse: Parse, strict_places: Callable[[Doc, str], list[Place]], lang: str, text: str,
        organisation: str) -> None:
    places = strict_places(parse(lang, text), lang)
    assert places and not any(m.text == organisation for p in places for m in p.mentions)


@pytest.mark.parametrize(("lang", "text", "surface"), [
    ("fr", "Le Conseil de l'Europe a critiqué la nouvelle loi.", "Europe"),
    ("en", "The Council of Europe criticised the new law.", "Europe"),
    ("fr", "L'administration régionale de Kharkiv a indiqué que les tirs avaient duré toute la nuit.", "Kharkiv"),
    ("en", "The Kharkiv regional administration said the shelling lasted all night.", "Kharkiv"),
    ("fr", "Le US Geological Survey a enregistré un séisme mercredi.", "US"),
    ("en", "The US Geological Survey recorded an earthquake on Wednesday.", "US"),
])
def test_without_organisation_places_a_place_named_in_an_organisation_stays(
        parse: Parse, strict_places: Callable[[Doc, str], list[Place]], lang: str, text: str,
        surface: str) -> None:
    places = strict_places(parse(lang, text), lang)
    assert any(m.text == surface and p.lat is not None for p in places for m in p.mentions)


@pytest.mark.parametrize(("lang", "text", "surface"), [
    ("fr", "Le Kremlin a démenti ces informations jeudi.", "Kremlin"),
    ("en", "The Kremlin denied the reports on Thursday.", "Kremlin"),
])
def test_without_organisation_places_a_seat_of_power_stays_a_landmark(
        parse: Parse, strict_places: Callable[[Doc, str], list[Place]], lang: str, text: str,
        surface: str) -> None:
    places = strict_places(parse(lang, text), lang)
    assert any(m.text == surface and p.feature == "LANDMARK" for p in places for m in p.mentions)


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Les alliés de l'OTAN ont accepté d'augmenter leurs budgets."),
    ("en", "NATO allies agreed to raise their budgets."),
])
def test_an_acronym_of_an_organisation_is_no_town(parse: Parse, lang: str, text: str) -> None:
    assert parse(lang, text)._.ww_places == []


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Selon le St. Louis Police Department, deux agents ont été blessés."),
    ("en", "The St. Louis Police Department said two officers were hurt."),
])
def test_an_abbreviated_place_name_inside_an_organisation_is_found(parse: Parse, lang: str, text: str) -> None:
    place = place_of(parse(lang, text), "St. Louis")
    assert place is not None and place.country == "USA"


def test_the_organisation_places_setting_reaches_the_places_component(settings: Settings,
                                                                      resources: Resources) -> None:
    nlp = build_nlp("en", settings.model_copy(update={"organisation_places": False}), resources,
                    layers={"ww_entities", "ww_places"})
    assert nlp.get_pipe_config("ww_places")["organisation_places"] is False


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Des tirs ont visé un convoi à Gaza mercredi soir."),
    ("en", "Gunfire hit a convoy in Gaza on Wednesday evening."),
])
def test_a_town_its_region_yields_to_outranks_a_same_named_region_elsewhere(parse: Parse, lang: str,
                                                                             text: str) -> None:
    place = place_of(parse(lang, text), "Gaza")
    assert place is not None and (place.feature, place.country) == ("PPL", "PSE")


@pytest.mark.parametrize("text", [
    "Washington et Pékin ont repris leurs discussions commerciales mardi.",
    "Washington et Pékin ont repris leurs discussions commerciales mardi",
])
def test_a_name_written_with_accents_its_namesake_lacks_is_the_exonym(parse: Parse, text: str) -> None:
    place = place_of(parse("fr", text), "Pékin")
    assert place is not None and (place.name, place.country) == ("Beijing", "CHN")
