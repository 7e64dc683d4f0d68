"""Canonical names and entity bounds across languages: titles that are also surnames, French transcriptions of
Cyrillic names, possessives, names many countries' parties share, and places named by the gazetteer (sentences
and names written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import spacy
from spacy.tokens import Doc

from tests.test_entities import entity_named
from wirewatch.nlp.entities.lexicon import EntityLexicon
from wirewatch.nlp.entities.reordered_names import reordered_organisation
from wirewatch.nlp.entities.repairs import extend_over_given_names
from wirewatch.nlp.entities.romanize import Romanization
from wirewatch.nlp.entities.spans import Candidate, gazetteer_candidates
from wirewatch.nlp.resources import Resources

Parse = Callable[..., Doc]


def test_a_title_word_before_a_name_is_no_surname(parse: Parse) -> None:
    doc = parse("fr", "Le maire Paul Girard a inauguré le nouveau pont.", "2025-06-01")
    assert [e.name for e in doc._.ww_entities] == ["Paul Girard"]


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Bruno Le Maire a présenté le budget. Le Maire a défendu ses choix."),
    ("en", "Bruno Le Maire presented the budget. Le Maire defended his choices."),
])
def test_a_capitalised_surname_that_is_also_a_title_still_links(parse: Parse, lang: str, text: str) -> None:
    doc = parse(lang, text, "2025-06-01")
    assert entity_named(doc, "Le Maire a" if lang == "fr" else "Le Maire d").name == "Bruno Le Maire"


@pytest.mark.parametrize(("name", "country", "english"), [
    ("Mikhaïl Kourilenko", None, "Mikhail Kurilenko"),  # -enko surname
    ("Iouri Tchoumakov", None, "Yuri Chumakov"),  # iou-, tch
    ("Sergueï Jouravel", "RUS", "Sergei Zhuravel"),  # no Slavic ending: the country decides
    ("Oksana Chevtchouk", None, "Oksana Shevchuk"),
])
def test_french_transcriptions_of_cyrillic_names_read_in_english(name: str, country: str | None,
                                                                english: str) -> None:
    rules = Romanization.load("fr")
    assert rules is not None and rules.english(name, country) == english


@pytest.mark.parametrize(("name", "country"), [
    ("Sandrine Boulard", None),  # a French name with "ou"
    ("Vitali Kratschko", "UKR"),  # already in an English (or German) spelling
    ("Sergueï Jouravel", None),  # no Slavic ending and no country: not enough evidence
])
def test_other_names_keep_their_spelling(name: str, country: str | None) -> None:
    rules = Romanization.load("fr")
    assert rules is not None and rules.english(name, country) is None


def test_english_has_no_transcription_rules() -> None:
    assert Romanization.load("en") is None


def test_a_person_unknown_to_the_kb_is_named_in_english_spelling(parse: Parse) -> None:
    doc = parse("fr", "Le ministre Mikhaïl Kourilenko a parlé mardi à Minsk.", "2025-06-01")
    assert entity_named(doc, "Kourilenko").name == "Mikhail Kurilenko"


def test_a_possessive_owner_is_no_part_of_the_party(parse: Parse) -> None:
    doc = parse("en", "Anne Durand won the vote, and Durand's Liberals celebrated late into the night.")
    owner, party = entity_named(doc, "Durand's"), entity_named(doc, "Liberals")
    assert owner.name == "Anne Durand" and party is not owner and party.type == "ORG"


@pytest.mark.parametrize(("lang", "text", "surface"), [
    ("fr", "À Santiago, le Parti socialiste a voté contre le président chilien Gabriel Boric.", "Parti socialiste"),
    ("en", "In Santiago, the Socialists voted against Chilean President Gabriel Boric.", "Socialists"),
])
def test_a_party_name_many_countries_share_is_qualified_by_the_country(parse: Parse, lang: str, text: str,
                                                                       surface: str) -> None:
    assert entity_named(parse(lang, text, "2025-06-01"), surface).name == "Socialist Party (Chile)"


@pytest.mark.parametrize(("lang", "text", "surface"), [
    ("fr", "Des navires ont été aperçus en mer Caspienne mardi.", "mer Caspienne"),
    ("en", "Ships were seen in the Caspian Sea on Tuesday.", "Caspian Sea"),
])
def test_a_place_has_the_gazetteer_name_in_every_language(parse: Parse, lang: str, text: str, surface: str) -> None:
    assert entity_named(parse(lang, text), surface).name == "Caspian Sea"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_given_name_left_out_of_a_person_joins_it(lang: str) -> None:
    lex = EntityLexicon.load(lang)
    doc = Doc(spacy.blank(lang).vocab, words=["Oleksandr", "Petrenko", "est" if lang == "fr" else "arrived"])
    cand = Candidate(1, 2, "PER", "ner")
    extend_over_given_names(doc, [cand], lex)
    assert (cand.start, cand.end) == (0, 2)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_lower_case_word_before_a_person_stays_out(lang: str) -> None:
    lex = EntityLexicon.load(lang)
    doc = Doc(spacy.blank(lang).vocab, words=["oleksandr", "Petrenko", "est" if lang == "fr" else "arrived"])
    cand = Candidate(1, 2, "PER", "ner")
    extend_over_given_names(doc, [cand], lex)
    assert cand.start == 1


@pytest.mark.parametrize(("lang", "text", "surface", "name"), [
    ("fr", "Au Kordofan-Nord, les combats ont repris mardi.", "Kordofan-Nord", "North Kordofan"),
    ("en", "In North Kordofan, fighting resumed on Tuesday.", "North Kordofan", "North Kordofan"),
    ("fr", "L'Angleterre a fermé ses écoles mardi.", "Angleterre", "England"),
    ("en", "England closed its schools on Tuesday.", "England", "England"),
])
def test_a_region_is_one_place_in_every_language(parse: Parse, lang: str, text: str, surface: str,
                                                 name: str) -> None:
    assert entity_named(parse(lang, text), surface).name == name


def test_a_hyphen_joins_only_a_name_the_gazetteer_knows_whole(parse: Parse) -> None:
    doc = parse("en", "Rep. Anna Whitfield (D-Mo.) said during the hearing that the bill would fail.")
    assert entity_named(doc, "Mo.").name == "Missouri"


def test_a_run_of_hyphenated_names_falls_back_to_its_first_place(resources: Resources) -> None:
    words = ["on", "the", "Gondar", "-", "Tesfawek", "-", "Lembera", "road"]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=[True, True, False, False, False, False, True, False])
    found = gazetteer_candidates(doc, [], EntityLexicon.load("en"), resources.gazetteer)
    assert [(c.start, c.end, c.type) for c in found] == [(2, 3, "LOC")]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The Labour Party of Keir Starmer won the vote in the north."),
    ("fr", "Le Parti travailliste de Keir Starmer a remporté le vote dans le nord."),
])
def test_a_party_is_not_merged_with_its_leader(parse: Parse, lang: str, text: str) -> None:
    doc = parse(lang, text, "2025-06-01")
    leader, party = entity_named(doc, "Keir Starmer"), entity_named(doc, "Labour" if lang == "en" else "Parti")
    assert leader.name == "Keir Starmer" and leader.type == "PER" and party is not leader


def test_a_body_named_after_someone_keeps_the_name(parse: Parse) -> None:
    doc = parse("fr", "Le directeur de la Fondation Amédée Roux a présenté le rapport.")
    assert entity_named(doc, "Fondation").name == "Fondation Amédée Roux"


@pytest.mark.parametrize(("lang", "text", "surface", "name"), [
    ("en", "The Kenya Wildlife Service (KWS) arrested two men. KWS said the inquiry went on.", "KWS said",
     "Kenya Wildlife Service"),
    ("fr", "L'Agence kényane de la faune (KWS) a arrêté deux hommes. La KWS a ajouté que l'enquête continuait.",
     "KWS a", "Agence kényane de la faune"),
])
def test_an_organisation_is_named_by_its_expansion_not_its_acronym(parse: Parse, lang: str, text: str,
                                                                   surface: str, name: str) -> None:
    assert entity_named(parse(lang, text), surface).name == name


@pytest.mark.parametrize(("lang", "text", "surface", "name"), [
    ("fr", "Des combats ont eu lieu à Misrata mardi.", "Misrata", "Misrata"),  # GeoNames: "Misratah"
    ("fr", "Des frappes ont visé Raqqa mardi.", "Raqqa", "Raqqa"),  # GeoNames: "Ar Raqqah"
    ("fr", "Des combats ont eu lieu à Mossoul mardi.", "Mossoul", "Mosul"),  # a French exonym is translated
    ("en", "Fighting was reported in Misrata on Tuesday.", "Misrata", "Misrata"),
])
def test_a_town_keeps_the_common_spelling_of_its_arabic_name(parse: Parse, lang: str, text: str, surface: str,
                                                             name: str) -> None:
    assert entity_named(parse(lang, text), surface).name == name


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Ursula von der Leyen spoke in Brussels. Von der Leyen said the plan was ready."),
    ("fr", "Ursula von der Leyen a parlé mardi. Von der Leyen a annoncé une aide."),
])
def test_a_capitalised_particle_at_a_sentence_start_is_still_the_persons_surname(parse: Parse, lang: str,
                                                                                text: str) -> None:
    doc = parse(lang, text, "2025-06-01")
    surname = entity_named(doc, "Von der Leyen")
    assert surname.type == "PER" and surname is entity_named(doc, "Ursula")


@pytest.mark.parametrize(("lang", "text", "surface", "name"), [
    ("fr", "Le Conseil national de sécurité et de défense d'Ukraine a décidé lundi de nouvelles sanctions.",
     "Conseil", "National Security and Defense Council of Ukraine"),  # the KB: "Conseil de sécurité nationale …"
    ("fr", "Le Bureau national anticorruption d'Ukraine a perquisitionné un ministère.", "Bureau",
     "National Anti-Corruption Bureau of Ukraine"),  # the KB: "Bureau national anticorruption"
])
def test_an_organisation_written_in_another_word_order_or_with_its_country_links(parse: Parse, lang: str, text: str,
                                                                                surface: str, name: str) -> None:
    assert entity_named(parse(lang, text, "2025-06-01"), surface).name == name


@pytest.mark.parametrize(("name", "lang"), [
    ("Ministère de la Santé", "fr"),  # many countries' ministries: no one actor
    ("Conseil de sécurité national", "fr"),  # a word of the KB's name missing
    ("Defence Ministry", "en"),
])
def test_a_word_bag_shared_by_several_or_none_links_nothing(resources: Resources, name: str, lang: str) -> None:
    assert reordered_organisation(name, resources.actors, EntityLexicon.load(lang)) is None


@pytest.mark.parametrize(("lang", "text", "surface"), [
    ("en", "Debris fell in the Solomianskyi district of Kyiv on Monday.", "Solomianskyi"),
    ("fr", "Des débris sont tombés lundi dans le district de Solomianskyi, à Kiev.", "Solomianskyi"),
])
def test_a_district_the_gazetteer_does_not_know_is_named_with_its_level_word(parse: Parse, lang: str, text: str,
                                                                            surface: str) -> None:
    entity = entity_named(parse(lang, text), surface)
    assert (entity.type, entity.name) == ("LOC", "Solomianskyi District")


@pytest.mark.parametrize("name", ["US Federal Reserve", "U.S. Federal Reserve"])  # English writes "US" before a body
def test_a_country_abbreviation_in_capitals_before_an_organisation_names_its_country(resources: Resources,
                                                                                    name: str) -> None:
    actor = reordered_organisation(name, resources.actors, EntityLexicon.load("en"))
    assert actor is not None and actor.name == "Federal Reserve"


@pytest.mark.parametrize("space", ["  ", "\u00a0", " \u00a0"])
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Senator Marta{}Tavernel spoke to reporters on Monday"),
    ("fr", "La sénatrice Marta{}Tavernel a parlé lundi à Lyon."),
])
def test_a_name_the_kb_does_not_link_reads_as_normal_text(parse: Parse, lang: str, text: str, space: str) -> None:
    doc = parse(lang, text.format(space), "2025-06-01")
    entity = entity_named(doc, "Marta")
    assert entity.name == "Marta Tavernel"
    assert [m.text for m in entity.mentions] == [f"Marta{space}Tavernel"]  # the mention stays true to the text
