"""Names many countries' bodies share ("Social Democrats", "Parti social-démocrate") link to a KB actor only
when the article names that actor's country or the name carries it (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from wirewatch.nlp.entities.component import entity_at

Parse = Callable[..., Doc]


@pytest.mark.parametrize(("lang", "text", "surface"), [
    ("en", "The Social Democrats won the most seats in Sunday's vote, the electoral commission said.",
     "Social Democrats"),
    ("fr", "Le Parti social-démocrate a remporté dimanche les élections, selon la commission électorale.",
     "Parti social-démocrate"),
])
def test_a_generic_party_name_does_not_link_without_its_country(parse: Parse, lang: str, text: str,
                                                                       surface: str) -> None:
    doc = parse(lang, text)
    start = doc.text.index(surface)
    entity = entity_at(doc, start, start + len(surface))
    assert entity is None or entity.country != "DEU"


@pytest.mark.parametrize(("lang", "text", "surface"), [
    ("en", "German Chancellor Olaf Scholz said the Social Democrats would stay in the coalition in Germany.",
     "Social Democrats"),
    ("fr", "En Allemagne, le Parti social-démocrate du chancelier Olaf Scholz a perdu des voix.",
     "Parti social-démocrate"),
])
def test_a_generic_party_name_links_in_its_own_countrys_article(parse: Parse, lang: str, text: str,
                                                                 surface: str) -> None:
    doc = parse(lang, text)
    start = doc.text.index(surface)
    entity = entity_at(doc, start, start + len(surface))
    assert entity is not None and entity.country == "DEU"


@pytest.mark.parametrize(("lang", "text", "surface", "country", "linked"), [
    ("fr", "À Dakar, l'Assemblée nationale sénégalaise a adopté la loi, puis l'Assemblée nationale a levé la séance.",
     "Assemblée nationale a levé", "FRA", False),
    ("fr", "Le président Emmanuel Macron a dissous l'Assemblée nationale.", "Assemblée nationale",
     "FRA", True),
])
def test_a_generic_institution_links_only_in_its_countrys_article(parse: Parse, lang: str, text: str, surface: str,
                                                                  country: str, linked: bool) -> None:
    doc = parse(lang, text)
    start = doc.text.index(surface)
    entity = entity_at(doc, start, start + len(surface))
    assert entity is not None and (entity.country == country) == linked
