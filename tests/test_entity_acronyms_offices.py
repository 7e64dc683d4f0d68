"""An acronym joins the organisation name it abbreviates anywhere in the article, unless the article spells it out
as another body than the KB's; an organ named by its head word alone is its parent's organ; a monarch's or pope's title
before a given name names the office holder of the day; capitals that drop an accent or stand for « À » make no
name (sentences and names written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from tests.test_entities import entity_named
from wirewatch.nlp.entities.acronym_joins import acronym_of, initials

Parse = Callable[..., Doc]


@pytest.mark.parametrize(("name", "lang", "acronym"), [
    ("Union nationale des producteurs de lait", "fr", "UNPL"),  # small words left out
    ("Agence internationale de l'énergie atomique", "fr", "AIEA"),  # an elided article, an accent
    ("Comité international de la Croix-Rouge", "fr", "CICR"),  # one initial per part of a hyphenated word
    ("Federal Emergency Management Agency", "en", "FEMA"),
    ("Organization of the Petroleum Exporting Countries", "en", "OPEC"),
])
def test_initials_of_an_organisation_name(name: str, lang: str, acronym: str) -> None:
    assert acronym in initials(name, lang)


@pytest.mark.parametrize(("text", "letters"), [("UNPL", "UNPL"), ("N.D.P.U.", "NDPU"), ("UN", None), ("Lait", None)])
def test_what_reads_as_an_acronym(text: str, letters: str | None) -> None:
    assert acronym_of(text) == letters


@pytest.mark.parametrize(("lang", "text", "acronym", "name"), [
    ("fr", "L'Union nationale des producteurs de lait a protesté à Lyon. Selon l'UNPL, les prix baissent.",
     "UNPL", "Union nationale des producteurs de lait"),
    ("en", "The National Dairy Producers Union protested in Ottawa. The NDPU said prices fell.",
     "NDPU", "National Dairy Producers Union"),
    ("en", "The Coastal Fisheries Agency closed the bay on Monday. CFA inspectors found oil",
     "CFA", "Coastal Fisheries Agency"),  # a headline-like line without a final stop
])
def test_an_acronym_joins_the_name_it_abbreviates(parse: Parse, lang: str, text: str, acronym: str,
                                                  name: str) -> None:
    doc = parse(lang, text, "2025-06-01")
    entity = entity_named(doc, acronym)
    assert entity.name == name
    assert {m.text for m in entity.mentions} >= {acronym, name}


@pytest.mark.parametrize(("lang", "text", "acronym", "name"), [
    ("fr", "La Commission électorale indépendante (CEI) a publié les résultats. La CEI annonce un second tour.",
     "CEI", "Commission électorale indépendante"),
    ("en", "The Centre for Independent Studies (CIS) published a report on Monday. The CIS said rents rose.",
     "CIS", "Centre for Independent Studies"),
])
def test_the_article_s_expansion_of_an_acronym_outranks_the_kb_body_it_abbreviates(
        parse: Parse, lang: str, text: str, acronym: str, name: str) -> None:
    entity = entity_named(parse(lang, text, "2025-06-01"), acronym)
    assert entity.name == name and entity.kb_id is None


@pytest.mark.parametrize(("lang", "text", "acronym", "name"), [
    ("fr", "Les dirigeants de la Communauté des États indépendants (CEI) se sont réunis à Minsk.",
     "CEI", "Commonwealth of Independent States"),
    ("en", "Leaders of the Commonwealth of Independent States (CIS) met in Minsk.",
     "CIS", "Commonwealth of Independent States"),
    ("fr", "L'Organisation mondiale de la santé (OMS) a publié un rapport.",  # a translation
     "OMS", "World Health Organization"),
])
def test_an_acronym_keeps_its_kb_body_where_the_article_writes_that_body(parse: Parse, lang: str, text: str,
                                                                         acronym: str, name: str) -> None:
    assert entity_named(parse(lang, text, "2025-06-01"), acronym).name == name


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The National Farmers Union and the National Fishers Union met in Ottawa. The NFU said prices fell."),
    ("fr", "L'Union des fermiers et l'Union des forestiers se sont réunies à Lyon. L'UF a quitté la salle."),
])
def test_an_acronym_two_names_could_give_joins_neither(parse: Parse, lang: str, text: str) -> None:
    doc = parse(lang, text, "2025-06-01")
    acronym = "NFU" if lang == "en" else "UF"
    holders = [{m.text for m in e.mentions} for e in doc._.ww_entities if any(m.text == acronym for m in e.mentions)]
    assert holders and all(forms == {acronym} for forms in holders)


@pytest.mark.parametrize(("lang", "text", "surface", "name"), [
    ("fr", "Le roi Charles a reçu Emmanuel Macron au château de Windsor.", "Charles", "Charles III"),
    ("fr", "Le roi Felipe a inauguré le salon de Madrid.", "Felipe", "Felipe VI"),
    ("en", "King Felipe opened the fair in Madrid.", "Felipe", "Felipe VI"),
    ("fr", "Le pape Léon a prié pour la paix au Vatican.", "Léon", "Pope Leo XIV"),
])
def test_a_monarchs_title_before_a_given_name_names_the_holder_of_the_day(parse: Parse, lang: str, text: str,
                                                                          surface: str, name: str) -> None:
    assert entity_named(parse(lang, text, "2025-09-01"), surface).name == name


def test_the_holder_is_the_one_of_the_publication_date(parse: Parse) -> None:
    doc = parse("fr", "Le pape Léon a prié pour la paix au Vatican.", "2024-06-01")  # Francis was pope then
    assert entity_named(doc, "Léon").name != "Pope Leo XIV"


def test_a_presidents_one_name_is_a_surname_not_a_given_name(parse: Parse) -> None:
    doc = parse("fr", "Le président Emmanuel a parlé longuement à Lyon.", "2025-09-01")
    assert entity_named(doc, "Emmanuel").kb_id is None


@pytest.mark.parametrize(("lang", "text", "word"), [
    ("fr", "Equipementiers en difficulté.\nLes équipementiers automobiles de Lyon souffrent, dit Paul Girard.",
     "Equipementiers"),
    ("fr", "A l'initiative de Paul Girard, une fête aura lieu à Lyon.", "A"),
])
def test_capitals_that_drop_an_accent_make_no_name(parse: Parse, lang: str, text: str, word: str) -> None:
    doc = parse(lang, text, "2025-06-01")
    assert not any(m.text == word for e in doc._.ww_entities for m in e.mentions)
    assert any(e.name == "Paul Girard" for e in doc._.ww_entities)


def test_a_dotted_acronym_is_named_without_its_stops(parse: Parse) -> None:
    doc = parse("en", "The N.D.P.U. protested in Ottawa on Monday.", "2025-06-01")
    assert entity_named(doc, "N.D.P.U.").name == "NDPU"


@pytest.mark.parametrize(("lang", "text", "surface"), [
    ("en", "Crown Prince Mohammed bin Salman met Joe Biden in Jeddah. Prince Mohammed said oil would flow.",
     "Prince Mohammed"),
    ("fr", "Le prince héritier Mohammed ben Salmane a reçu Joe Biden à Djeddah. Le prince Mohammed a promis du "
           "pétrole.", "Mohammed a"),
])
def test_a_title_and_a_given_name_join_the_full_name_starting_with_it(parse: Parse, lang: str, text: str,
                                                                      surface: str) -> None:
    assert entity_named(parse(lang, text, "2025-06-01"), surface).name == "Mohammed bin Salman"


@pytest.mark.parametrize(("lang", "text", "surface"), [
    ("en", "EU leaders met in Brussels on Monday. The Commission said aid would rise.", "Commission"),
    ("en", "The European Union’s powerful Commission proposed new fishing rules on Monday.", "Commission"),
    ("fr", "Les dirigeants de l'UE se sont réunis à Bruxelles. La Commission a annoncé une aide.", "Commission"),
])
def test_an_organ_named_by_its_head_word_is_the_organ_of_the_parent_the_article_names(
        parse: Parse, lang: str, text: str, surface: str) -> None:
    assert entity_named(parse(lang, text, "2025-06-01"), surface).name == "European Commission"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The Commission said the inquiry into the fishing fleet would last a year."),
    ("fr", "La Commission a ouvert une enquête sur la pêche en Bretagne."),
])
def test_a_head_word_alone_without_its_parent_names_no_organ(parse: Parse, lang: str, text: str) -> None:
    assert entity_named(parse(lang, text, "2025-06-01"), "Commission").name == "Commission"
