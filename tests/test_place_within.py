"""A town the model read as an organisation is a place when a locative after it places it in its own country
("X in eastern Spain", "X, dans l'est de l'Espagne"); towns and sentences written for these tests."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from wirewatch.nlp.entities.lexicon import EntityLexicon
from wirewatch.nlp.entities.place_evidence import retype_placed_names
from wirewatch.nlp.entities.spans import Candidate
from wirewatch.nlp.resources import Resources

PLACED = {
    "en": ["Storms", "battered", "Elche", "in", "eastern", "{country}", "on", "Monday", "."],
    "fr": ["Des", "orages", "ont", "frappé", "Elche", ",", "dans", "l'", "est", "de", "l'", "{country}", "lundi",
           "."],
}
COUNTRY = {("en", True): "Spain", ("fr", True): "Espagne", ("en", False): "Norway", ("fr", False): "Norvège"}


def _retyped(resources: Resources, lang: str, own_country: bool) -> str:
    if resources.gazetteer is None:
        pytest.skip("the pipeline was built without a gazetteer")
    words = [COUNTRY[(lang, own_country)] if w == "{country}" else w for w in PLACED[lang]]
    doc = Doc(spacy.blank(lang).vocab, words=words)
    town, country = words.index("Elche"), words.index(COUNTRY[(lang, own_country)])
    cands = [Candidate(town, town + 1, "ORG", "ner"), Candidate(country, country + 1, "LOC", "ner")]
    retype_placed_names(doc, cands, EntityLexicon.load(lang), resources.gazetteer)
    return cands[0].type


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_known_town_placed_in_its_country_is_a_place(resources: Resources, lang: str) -> None:
    assert _retyped(resources, lang, own_country=True) == "LOC"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_town_placed_in_another_country_keeps_its_type(resources: Resources, lang: str) -> None:
    assert _retyped(resources, lang, own_country=False) == "ORG"
