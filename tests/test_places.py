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
from spacy.tokens import Doc

from wirewatch.kb.gazetteer import Gazetteer
from wirewatch.nlp.resources import Resources
from wirewatch.records import Place

Parse = Callable[..., Doc]


def place_of(doc: Doc, surface: str) -> Place | None:
    for place in doc._.ww_places:
        if any(m.text == surface for m in place.mentions):
            return place
    return None


@pytest.fixture(scope="module")
def gazetteer(resources: Resources) -> Gazetteer:
    if resources.gazetteer is None:
        pytest.skip("the pipeline was built without a gazetteer")
    return resources.gazetteer


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
