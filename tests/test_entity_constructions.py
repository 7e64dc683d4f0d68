"""Entity names that constructions of news writing bend: coordinated names read as one, dotted acronyms, place names
opening with an article, datelines. Sentences written for these tests, in French and English."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from wirewatch.kb.names import undotted_acronyms
from wirewatch.nlp.entities.component import entity_at
from wirewatch.records import Entity

Parse = Callable[..., Doc]


def entity_written(doc: Doc, surface: str) -> Entity | None:
    """The entity of the first place the text writes ``surface``."""
    start = doc.text.index(surface)
    return entity_at(doc, start, start + len(surface))


def names_of(doc: Doc) -> set[str]:
    return {e.name for e in doc._.ww_entities}


@pytest.mark.parametrize(("lang", "text", "first", "second"), [
    ("en", "Amnesty International and Human Rights Watch asked for an inquiry into the raid.",
     "Amnesty International", "Human Rights Watch"),
    ("fr", "Amnesty International et Human Rights Watch ont réclamé une enquête sur le raid.",
     "Amnesty International", "Human Rights Watch"),
    ("en", "The World Bank and the International Monetary Fund approved the loan on Tuesday.",
     "World Bank", "International Monetary Fund"),
    ("fr", "La Banque mondiale et le Fonds monétaire international ont approuvé le prêt mardi.",
     "World Bank", "International Monetary Fund"),
])
def test_two_known_names_joined_by_a_conjunction_are_two_entities(parse: Parse, lang: str, text: str, first: str,
                                                                  second: str) -> None:
    assert {first, second} <= names_of(parse(lang, text))


@pytest.mark.parametrize(("lang", "text", "whole"), [
    ("en", "Officials from Bosnia and Herzegovina attended the summit in the spring.", "Bosnia and Herzegovina"),
    ("en", "The Centers for Disease Control and Prevention issued new guidance.",
     "Centers for Disease Control and Prevention"),
    ("fr", "Les délégués de Trinité-et-Tobago ont quitté la salle.", "Trinidad and Tobago"),
])
def test_a_name_with_a_conjunction_of_its_own_stays_whole(parse: Parse, lang: str, text: str, whole: str) -> None:
    assert whole in names_of(parse(lang, text))


@pytest.mark.parametrize(("written", "undotted"), [
    ("U.N. Security Council", "UN Security Council"),
    ("the U.K. Home Office", "the UK Home Office"),
    ("St. Louis", "St. Louis"),
    ("A. B. Carter", "A. B. Carter"),
])
def test_dotted_acronyms_lose_their_stops(written: str, undotted: str) -> None:
    assert undotted_acronyms(written) == undotted


def test_a_name_with_a_dotted_acronym_links_to_the_kb(parse: Parse) -> None:
    doc = parse("en", "The U.N. Security Council will meet in an emergency session on Thursday.")
    entity = entity_written(doc, "U.N. Security Council")
    assert entity is not None and entity.name == "United Nations Security Council"


@pytest.mark.parametrize(("lang", "text", "surface", "name"), [
    ("fr", "Les juges se sont réunis à La Haye pour entendre les deux parties.", "La Haye", "The Hague"),
    ("fr", "Le ministre a atterri à La Havane mercredi soir.", "La Havane", "Havana"),
    ("en", "The judges met in The Hague to hear both parties.", "The Hague", "The Hague"),
])
def test_a_place_name_keeps_its_article(parse: Parse, lang: str, text: str, surface: str, name: str) -> None:
    entity = entity_written(parse(lang, text), surface)
    assert entity is not None and entity.type == "LOC" and entity.name == name


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "La France a rappelé son ambassadeur vendredi."),
    ("en", "The France team arrived on Friday."),
])
def test_an_article_before_a_country_stays_out(parse: Parse, lang: str, text: str) -> None:
    entity = entity_written(parse(lang, text), "France")
    assert entity is not None and entity.name == "France"


@pytest.mark.parametrize(("lang", "text", "surface", "name"), [
    ("en", "MADRID (Reuters) - Police detained four men after the match on Sunday.", "MADRID", "Madrid"),
    ("en", "Talks went on.\nVIENNA, March 9 (AP) — Police detained four men.", "VIENNA", "Vienna"),
    ("fr", "VIENNE (AFP) - La police a interpellé quatre hommes dimanche.", "VIENNE", "Vienna"),
    ("fr", "LE CAIRE, 9 mars (AFP) - Les pourparlers ont repris dimanche.", "LE CAIRE", "Cairo"),
    # a slash before the agency or a second place
    ("en", "MADRID/AFP - Police detained four men after the match on Sunday.", "MADRID", "Madrid"),
    ("en", "LONDON/NAIROBI (Reuters) - Kenya said on Monday it would send doctors.", "NAIROBI", "Nairobi"),
    ("fr", "VIENNE/BERLIN (AFP) - Les pourparlers ont repris dimanche.", "BERLIN", "Berlin"),
])
def test_a_dateline_names_a_place(parse: Parse, lang: str, text: str, surface: str, name: str) -> None:
    entity = entity_written(parse(lang, text), surface)
    assert entity is not None and entity.type == "LOC" and entity.name == name


@pytest.mark.parametrize(("lang", "text", "agency"), [
    ("fr", "VIENNE (AFP) - La police a interpellé quatre hommes dimanche.", "AFP"),
    ("en", "VIENNA (AP) - Police detained four men on Sunday.", "AP"),
])
def test_the_agency_after_a_dateline_is_no_acronym_of_the_place(parse: Parse, lang: str, text: str,
                                                                agency: str) -> None:
    entity = entity_written(parse(lang, text), agency)
    assert entity is not None and entity.type == "ORG" and all(m.text == agency for m in entity.mentions)


@pytest.mark.parametrize(("text", "surface", "type_"), [
    ("Spain's Zubeldia was named player of the tournament.", "Zubeldia", "PER"),
    ("Brazil's Quinzinho scored twice in the second half.", "Quinzinho", "PER"),
    ("Sudan's Darfur remains cut off from aid.", "Darfur", "LOC"),
])
def test_a_name_a_place_owns_is_a_place_only_when_the_gazetteer_knows_it(parse: Parse, text: str, surface: str,
                                                                         type_: str) -> None:
    entity = entity_written(parse("en", text), surface)
    assert entity is not None and entity.type == type_


@pytest.mark.parametrize(("lang", "text", "person", "country"), [
    ("fr", "L'Espagnol Iturrioz a été élu meilleur joueur du tournoi.", "Iturrioz", "ESP"),
    ("en", "Spaniard Iturrioz was named player of the tournament.", "Iturrioz", "ESP"),
    ("en", "Briton Jane Ashworth won the race on Sunday.", "Jane Ashworth", "GBR"),
])
def test_a_nationality_noun_before_a_person_is_no_part_of_the_name(parse: Parse, lang: str, text: str, person: str,
                                                                    country: str) -> None:
    entity = entity_written(parse(lang, text), person)
    assert entity is not None and (entity.name, entity.type, entity.country) == (person, "PER", country)


@pytest.mark.parametrize(("lang", "text", "name"), [
    ("en", "The Turkish Red Crescent sent two convoys of aid.", "Turkish Red Crescent"),
    ("en", "The Russian Orthodox Church condemned the attack.", "Russian Orthodox Church"),
])
def test_an_organisation_keeps_its_demonym(parse: Parse, lang: str, text: str, name: str) -> None:
    assert name in names_of(parse(lang, text))


@pytest.mark.parametrize(("lang", "text", "surface"), [
    ("en", "Drones struck the Kursk region overnight, the governor said.", "Kursk"),
    ("en", "Shelling hit the Belgorod region on Tuesday.", "Belgorod"),
    ("fr", "Des drones ont frappé la région de Koursk dans la nuit.", "Koursk"),
])
def test_a_name_before_a_level_word_is_a_place(parse: Parse, lang: str, text: str, surface: str) -> None:
    entity = entity_written(parse(lang, text), surface)
    assert entity is not None and entity.type == "LOC"


@pytest.mark.parametrize(("text", "surface"), [
    ("Gunmen attacked a village in Borno State on Sunday.", "Borno"),
    ("Floods hit Rakhine State and Sindh Province this week.", "Rakhine"),
    ("Fighting spread to Blue Nile State on Monday", "Blue Nile"),  # a headline-like line
])
def test_a_region_written_with_its_level_word_is_a_place(parse: Parse, text: str, surface: str) -> None:
    entity = entity_written(parse("en", text), surface)
    assert entity is not None and entity.type == "LOC"


@pytest.mark.parametrize(("text", "surface", "type_"), [
    ("Islamic State claimed the attack on Monday.", "Islamic State", "ORG"),
])
def test_a_group_named_with_a_level_word_stays_what_it_is(parse: Parse, text: str, surface: str,
                                                              type_: str) -> None:
    entity = entity_written(parse("en", text), surface)
    assert entity is not None and entity.type == type_


@pytest.mark.parametrize(("lang", "text", "surface"), [
    ("en", "Her novel won the International Dublin Literary Award in 2016.", "International Dublin Literary Award"),
    ("en", "The Costa Book Award went to a debut writer this year.", "Costa Book Award"),
    ("fr", "Elle a reçu le prix Femina pour son troisième roman.", "prix Femina"),
])
def test_a_prize_is_a_thing(parse: Parse, lang: str, text: str, surface: str) -> None:
    entity = entity_written(parse(lang, text), surface)
    assert entity is None or entity.type == "MISC"


@pytest.mark.parametrize(("lang", "text", "surface", "type_"), [
    ("en", "The Prize Foundation declined to comment on Monday.", "Prize Foundation", "ORG"),
])
def test_a_body_named_after_a_prize_keeps_its_type(parse: Parse, lang: str, text: str, surface: str,
                                                   type_: str) -> None:
    entity = entity_written(parse(lang, text), surface)
    assert entity is not None and entity.type == type_
