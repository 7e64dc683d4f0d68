"""National teams, lower-case institution names, things and Ukrainian spellings in the entity layer, in French
and English (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from tests.test_entities import entity_named
from wirewatch.nlp.entities.romanize import Romanization
from wirewatch.nlp.entities.teams import SportsLexicon

Parse = Callable[..., Doc]

MATCH_REPORT = {
    "en": "Norway beat Denmark 2-1 in the World Cup semi-final on Sunday. The striker scored the winning goal after "
          "the goalkeeper misjudged a cross, and Denmark's coach praised the tournament's best side.",
    "fr": "La Norvège a battu le Danemark 2-1 en demi-finale de la Coupe du monde dimanche. L'attaquant a marqué le "
          "but de la victoire, et le sélectionneur du Danemark a salué le meilleur buteur du tournoi.",
}
TRADE_NEWS = {
    "en": "Norway and Denmark signed a gas deal on Sunday. The final agreement sets a goal for 2030, officials said.",
    "fr": "La Norvège et le Danemark ont signé un accord gazier dimanche. Le texte final fixe un but pour 2030.",
}
TEAM_SURFACE = {"en": "Norway", "fr": "Norvège"}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_country_in_a_match_report_is_its_national_team(parse: Parse, lang: str) -> None:
    team = entity_named(parse(lang, MATCH_REPORT[lang], "2025-07-06"), TEAM_SURFACE[lang])
    assert (team.name, team.type, team.country, team.kb_id) == ("Norway national football team", "ORG", "NOR", None)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_country_outside_sports_news_stays_the_country(parse: Parse, lang: str) -> None:
    country = entity_named(parse(lang, TRADE_NEWS[lang], "2025-07-06"), TEAM_SURFACE[lang])
    assert (country.name, country.type) == ("Norway", "LOC")


@pytest.mark.parametrize(("lang", "text", "surface"), [
    ("en", "The final will be played in Germany. Norway beat Denmark 2-1 in the Euro semi-final after a late goal "
           "from the striker and a penalty save by the goalkeeper.", "Germany"),
    ("fr", "La finale se jouera en Allemagne. La Norvège a battu le Danemark 2-1 en demi-finale de l'Euro grâce à "
           "un but tardif de l'attaquant et un penalty arrêté.", "Allemagne"),
])
def test_a_country_named_as_a_place_in_a_match_report_stays_the_country(parse: Parse, lang: str, text: str,
                                                                        surface: str) -> None:
    assert entity_named(parse(lang, text, "2025-07-06"), surface).name == "Germany"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_sports_words_without_a_national_team_cue_make_no_team(parse: Parse, lang: str) -> None:
    doc = parse(lang, MATCH_REPORT[lang].replace("World Cup", "club").replace("Coupe du monde", "coupe du club"),
                "2025-07-06")
    assert SportsLexicon.load(lang).team_sport(doc) is None


@pytest.mark.parametrize(("lang", "text", "surface", "name"), [
    ("fr", "Le parquet général ukrainien a ouvert une enquête jeudi.", "parquet général ukrainien",
     "Office of the Prosecutor General of Ukraine"),
    ("fr", "Selon l'administration militaire de Kiev, deux immeubles ont brûlé.", "administration militaire de Kiev",
     "Kyiv City Military Administration"),
    ("en", "Ukraine's Prosecutor General's Office opened an inquiry on Thursday.", "Prosecutor General's Office",
     "Office of the Prosecutor General of Ukraine"),
])
def test_an_institution_named_in_lower_case_is_the_kb_body(parse: Parse, lang: str, text: str, surface: str,
                                                          name: str) -> None:
    assert entity_named(parse(lang, text, "2025-08-28"), surface).name == name


@pytest.mark.parametrize(("lang", "text", "words"), [
    ("fr", "Les forces russes ont avancé près du fleuve, selon la diplomatie russe.", ("forces russes",
                                                                                         "diplomatie russe")),
    ("en", "Russian forces advanced near the river, the Russian army said.", ("Russian forces", "Russian army")),
])
def test_a_country_apparatus_described_in_lower_case_is_no_entity(parse: Parse, lang: str, text: str,
                                                                 words: tuple[str, ...]) -> None:
    mentions = {m.text for e in parse(lang, text, "2025-08-28")._.ww_entities for m in e.mentions}
    assert not mentions & set(words)


@pytest.mark.parametrize(("country", "article_country", "english"), [
    ("UKR", None, "Oleh Hrichuk"),  # a Ukrainian's г: "g" in French, "h" in English
    (None, "UKR", "Oleh Hrichuk"),  # no title says whose: the article's country
    ("RUS", "UKR", "Oleg Grichuk"),  # a Russian in an article about Ukraine keeps "g"
    (None, None, "Oleg Grichuk"),
])
def test_ukrainian_g_is_h_in_english(country: str | None, article_country: str | None, english: str) -> None:
    romanization = Romanization.load("fr")
    assert romanization is not None
    assert romanization.english("Oleg Gritchouk", country, article_country) == english


@pytest.mark.parametrize(("lang", "text", "surface"), [
    ("en", "The Aurora Vale telescope photographed the comet on Monday.", "Aurora Vale"),
    ("fr", "Le télescope Aurora Vale a photographié la comète lundi.", "Aurora Vale"),
    ("en", "Coastguards boarded the tanker Marlin Crest off the coast on Monday.", "Marlin Crest"),
    ("fr", "Les garde-côtes ont arraisonné le pétrolier Marlin Crest au large lundi.", "Marlin Crest"),
])
def test_a_named_vessel_or_instrument_is_a_thing(parse: Parse, lang: str, text: str, surface: str) -> None:
    assert entity_named(parse(lang, text, "2025-03-03"), surface).type == "MISC"


@pytest.mark.parametrize(("lang", "text", "surface", "name"), [
    ("fr", "Au Ghana, le ministère de la Santé a recensé douze cas, selon le président John Mahama.",
     "ministère de la Santé", "Ministry of Health (Ghana)"),
    ("en", "In Ghana, the Health Ministry recorded twelve cases, President John Mahama said.", "Health Ministry",
     "Ministry of Health (Ghana)"),
])
def test_a_ministry_every_state_has_is_named_with_its_country(parse: Parse, lang: str, text: str, surface: str,
                                                              name: str) -> None:
    assert entity_named(parse(lang, text, "2025-03-03"), surface).name == name


@pytest.mark.parametrize(("lang", "competition"), [("en", "Club World Cup"), ("fr", "Coupe du monde des clubs")])
def test_a_club_competition_is_no_national_team_cue(parse: Parse, lang: str, competition: str) -> None:
    cup = "World Cup" if lang == "en" else "Coupe du monde"
    doc = parse(lang, MATCH_REPORT[lang].replace(cup, competition), "2025-07-06")
    assert SportsLexicon.load(lang).team_sport(doc) is None
