"""Lines written in capitals: their runs of capitals are no names unless the article or the gazetteer supports
them; a time word glued after a name is no part of it; a person's title in lower case before their name finds the
KB's titled alias ("pape François"), and the name written again alone is that person (sentences written for these
tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from wirewatch.nlp.entities.lexicon import EntityLexicon
from wirewatch.nlp.entities.spans import trim

Parse = Callable[..., Doc]


def mentions(doc: Doc) -> set[str]:
    return {m.text for e in doc._.ww_entities for m in e.mentions}


def names(doc: Doc) -> dict[str, str]:
    return {e.name: e.type for e in doc._.ww_entities}


@pytest.mark.parametrize(("lang", "text", "verb"), [
    ("en", "MACRON WARNS RUSSIA OVER SHIP ATTACKS\n\nEmmanuel Macron warned Moscow on Monday after two ships were "
           "hit.", "WARNS"),
    ("fr", "MACRON MET EN GARDE LA RUSSIE\n\nEmmanuel Macron a mis en garde Moscou lundi après l'attaque de deux "
           "navires.", "MET"),
])
def test_a_headline_in_capitals_keeps_the_kbs_names_and_no_run_of_capitals(parse: Parse, lang: str, text: str,
                                                                           verb: str) -> None:
    doc = parse(lang, text)
    assert not any(verb in m for m in mentions(doc))
    assert "Emmanuel Macron" in names(doc) and "Russia" in names(doc)


@pytest.mark.parametrize(("lang", "text", "word"), [
    ("en", "WEATHER. Storms are expected in Texas on Sunday, forecasters said.", "WEATHER"),
    ("fr", "MÉTÉO. Des orages sont attendus dimanche à Lyon, selon les prévisionnistes.", "MÉTÉO"),
    ("fr", "Le sommet s'est achevé lundi à Lyon.\nSÉCURITÉ. La police a renforcé les contrôles.", "SÉCURITÉ"),
])
def test_a_rubric_word_in_capitals_is_no_name(parse: Parse, lang: str, text: str, word: str) -> None:
    assert word not in mentions(parse(lang, text))


@pytest.mark.parametrize(("lang", "text", "name"), [
    ("en", "STORM HITS BLACK SEA PORTS\n\nA storm hit ports on the Black Sea on Monday.", "Black Sea"),
    ("fr", "TEMPÊTE SUR LES PORTS DE LA MER NOIRE\n\nUne tempête a frappé les ports de la mer Noire lundi.",
     "Black Sea"),
])
def test_a_place_in_a_headline_in_capitals_stays_a_place(parse: Parse, lang: str, text: str, name: str) -> None:
    assert names(parse(lang, text)).get(name) == "LOC"


@pytest.mark.parametrize(("lang", "text", "name"), [
    ("en", "FAA GROUNDS JETS AFTER ENGINE FIRE\n\nThe FAA grounded the jets on Friday, a spokesman said.", "FAA"),
    ("fr", "LA CGT APPELLE À LA GRÈVE\n\nLa CGT appelle à la grève jeudi, a indiqué le syndicat.", "CGT"),
])
def test_an_acronym_the_body_writes_again_stays(parse: Parse, lang: str, text: str, name: str) -> None:
    assert name in mentions(parse(lang, text))


@pytest.mark.parametrize(("lang", "text", "name"), [
    ("fr", "« La situation est grave », a indiqué Marie Lefèvre lundi.", "Marie Lefèvre"),
    ("fr", "La décision a été annoncée par Sophie Martin jeudi.", "Sophie Martin"),
])
def test_a_time_word_in_lower_case_ends_no_name(nlp_for: Callable[[str], Language], lang: str, text: str,
                                                name: str) -> None:
    doc = nlp_for(lang).make_doc(text)
    start = next(t.i for t in doc if t.text == name.split()[0])
    span = doc[start:start + len(name.split()) + 1]  # the model's span with the weekday glued to it
    lo, hi = trim(span, EntityLexicon.load(lang))
    assert doc[lo:hi].text == name


@pytest.mark.parametrize(("lang", "text", "surface", "name"), [
    ("fr", "Le pape François a reçu des diplomates au Vatican.", "François", "Pope Francis"),
    ("fr", "Le roi Mohammed VI a reçu des diplomates à Rabat.", "Mohammed VI", "Mohammed VI of Morocco"),
])
def test_a_persons_title_in_lower_case_before_their_name_links_the_kbs_titled_alias(
        parse: Parse, lang: str, text: str, surface: str, name: str) -> None:
    found = {e.name: [m.text for m in e.mentions] for e in parse(lang, text)._.ww_entities}
    assert found.get(name) == [surface]


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Le pape François a reçu des diplomates au Vatican. François a appelé à la paix."),
])
def test_a_name_written_again_alone_is_the_kb_person_it_named(parse: Parse, lang: str, text: str) -> None:
    found = {e.name: len(e.mentions) for e in parse(lang, text)._.ww_entities if e.type == "PER"}
    assert found == {"Pope Francis": 2}
