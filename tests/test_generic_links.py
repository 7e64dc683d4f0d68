"""Names many countries' bodies share ("Social Democrats", "Parti social-démocrate") link to a KB actor only
when the article names that actor's country or the name carries it (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import spacy
from spacy.tokens import Doc

from tests.test_entity_repairs import entity_written
from wirewatch.kb.actor_kb import Actor, ActorKB
from wirewatch.nlp.entities.generic_links import unlink_unsupported_links
from wirewatch.nlp.entities.lexicon import EntityLexicon
from wirewatch.nlp.entities.spans import Candidate

Parse = Callable[..., Doc]


@pytest.mark.parametrize(("lang", "text", "surface"), [
    ("en", "The Social Democrats won the most seats in Sunday's vote, the electoral commission said.",
     "Social Democrats"),
    ("fr", "Le Parti social-démocrate a remporté dimanche les élections, selon la commission électorale.",
     "Parti social-démocrate"),
])
def test_a_generic_party_name_does_not_link_without_its_country(parse: Parse, lang: str, text: str,
                                                                       surface: str) -> None:
    entity = entity_written(parse(lang, text), surface)
    assert entity is None or entity.country != "DEU"


@pytest.mark.parametrize(("lang", "text", "surface"), [
    ("en", "German Chancellor Olaf Scholz said the Social Democrats would stay in the coalition in Germany.",
     "Social Democrats"),
    ("fr", "En Allemagne, le Parti social-démocrate du chancelier Olaf Scholz a perdu des voix.",
     "Parti social-démocrate"),
])
def test_a_generic_party_name_links_in_its_own_countrys_article(parse: Parse, lang: str, text: str,
                                                                 surface: str) -> None:
    entity = entity_written(parse(lang, text), surface)
    assert entity is not None and entity.country == "DEU"


@pytest.mark.parametrize(("lang", "text", "surface", "country", "linked"), [
    ("fr", "À Dakar, l'Assemblée nationale sénégalaise a adopté la loi, puis l'Assemblée nationale a levé la séance.",
     "Assemblée nationale a levé", "FRA", False),
    ("fr", "Le président Emmanuel Macron a dissous l'Assemblée nationale.", "Assemblée nationale",
     "FRA", True),
])
def test_a_generic_institution_links_only_in_its_countrys_article(parse: Parse, lang: str, text: str, surface: str,
                                                                  country: str, linked: bool) -> None:
    entity = entity_written(parse(lang, text), surface)
    assert entity is not None and (entity.country == country) == linked


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize(("named_country", "linked"), [("PRT", False), ("FRA", True), (None, True)])
def test_a_party_keeps_its_kb_link_only_where_the_article_names_its_country(lang: str, named_country: str | None,
                                                                             linked: bool) -> None:
    """A party's own name (no generic one) links where the article names its country, or names none."""
    party = Actor(id="ww:party-x", name="Unity Front", type="ORG", country="FRA", sector="party")
    actors = [party] + ([Actor(id="ww:c", name="Xland", type="LOC", country=named_country)] if named_country else [])
    doc = Doc(spacy.blank(lang).vocab, words=["Unity", "Front", "and", "Xland"])
    cands = [Candidate(0, 2, "ORG", "kb", party)]
    if named_country:
        cands.append(Candidate(3, 4, "LOC", "kb", actors[1]))
    unlink_unsupported_links(doc, cands, ActorKB(actors), EntityLexicon.load(lang))
    assert (cands[0].actor is party) is linked


@pytest.mark.parametrize(("lang", "text", "surface", "name"), [
    ("fr", "Le Parlement a adopté la loi jeudi à Kiev, a annoncé Volodymyr Zelensky.", "Parlement",
     "Verkhovna Rada"),
    ("en", "The Foreign Ministry summoned the envoy on Monday, Volodymyr Zelensky said in Kyiv.", "Foreign Ministry",
     "Ministry of Foreign Affairs of Ukraine"),
])
def test_a_generic_name_is_the_body_of_the_articles_country(parse: Parse, lang: str, text: str, surface: str,
                                                             name: str) -> None:
    entity = entity_written(parse(lang, text), surface)
    assert entity is not None and entity.name == name


@pytest.mark.parametrize(("lang", "text", "surface", "name"), [
    ("fr", "Au Brésil, la Cour suprême a rejeté mardi le recours du président Luiz Inácio Lula da Silva.",
     "Cour suprême", "Supreme Court of Brazil"),
    ("en", "In Brazil, the Supreme Court rejected on Tuesday the appeal of President Luiz Inácio Lula da Silva.",
     "Supreme Court", "Supreme Court of Brazil"),
    ("fr", "Aux Pays-Bas, le Parlement a voté la réforme, a indiqué le Premier ministre Dick Schoof.",
     "Parlement", "Parliament of the Netherlands"),
])
def test_a_countrys_court_or_parliament_the_kb_lacks_is_named_after_its_country(
        parse: Parse, lang: str, text: str, surface: str, name: str) -> None:
    entity = entity_written(parse(lang, text), surface)
    assert entity is not None and (entity.name, entity.type) == (name, "ORG")
