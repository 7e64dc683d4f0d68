"""Stories and deadlines on records the full wirewatch pipeline extracts from sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from wirewatch.records import Article, ArticleRecord
from wirewatch.run.extractor import Extractor
from wirewatch.stories import Deadline, build_stories, capital_countries, find_deadlines

WEDNESDAY = dt.date(2025, 3, 5)
VISIT = {
    "fr": ("Le président français Emmanuel Macron a reçu mercredi à l'Élysée le Premier ministre indien Narendra "
           "Modi. Macron et Modi ont signé un accord sur les sous-marins. Modi a ensuite quitté Paris pour Marseille."),
    "en": ("French President Emmanuel Macron hosted Indian Prime Minister Narendra Modi at the Elysee Palace on "
           "Wednesday. Macron and Modi signed a submarine deal. Modi later left Paris for Marseille."),
}
FLOOD = ("Floods hit the Brazilian city of Porto Alegre on Wednesday, killing 12 people. Mayor Sebastiao Melo asked "
         "the army for help. Rescue teams in Porto Alegre worked through the night.")
ULTIMATUM = {
    "fr": ("Le délai fixé par Donald Trump à Nicolas Maduro expire vendredi. Washington a menacé d'imposer des "
           "sanctions si Caracas ne libère pas les prisonniers."),
    "en": ("The deadline set by Donald Trump for Nicolas Maduro expires on Friday. Washington threatened to impose "
           "sanctions unless Caracas frees the prisoners."),
}


@pytest.fixture(scope="module")
def visit_records(extractor: Extractor) -> dict[str, ArticleRecord]:
    articles = [Article(id=f"visit-{lang}", lang=lang, published=WEDNESDAY, text=text) for lang, text in VISIT.items()]
    articles.append(Article(id="flood", lang="en", published=WEDNESDAY, text=FLOOD))
    return {r.id: r for r in extractor.extract(articles)}


def stories_of(records: list[ArticleRecord]) -> dict[str, str]:
    return {a: s.id for s in build_stories(records) for a in s.article_ids}


@pytest.mark.parametrize("first", ["fr", "en"])
def test_extracted_articles_in_two_languages_share_a_story(visit_records: dict[str, ArticleRecord],
                                                           first: str) -> None:
    second = "en" if first == "fr" else "fr"
    order = [visit_records[f"visit-{first}"], visit_records["flood"], visit_records[f"visit-{second}"]]
    stories = stories_of(order)
    assert stories["visit-fr"] == stories["visit-en"]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_extracted_unrelated_article_stays_apart(visit_records: dict[str, ArticleRecord], lang: str) -> None:
    stories = stories_of(list(visit_records.values()))
    assert stories["flood"] != stories[f"visit-{lang}"]


@pytest.fixture(scope="module")
def ultimatum_deadlines(extractor: Extractor) -> dict[str, list[Deadline]]:
    capitals = capital_countries()
    out = {}
    for lang, text in ULTIMATUM.items():
        record = extractor.extract_one(Article(id=f"ultimatum-{lang}", lang=lang, published=WEDNESDAY, text=text))
        out[lang] = find_deadlines(record, text, capitals)
    return out


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_extracted_ultimatum_is_due_on_friday(ultimatum_deadlines: dict[str, list[Deadline]], lang: str) -> None:
    assert [d.due for d in ultimatum_deadlines[lang]] == ["2025-03-07"]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_extracted_ultimatum_names_both_sides(ultimatum_deadlines: dict[str, list[Deadline]], lang: str) -> None:
    sides = [(d.issuer.country if d.issuer else None, d.target.country if d.target else None)
             for d in ultimatum_deadlines[lang]]
    assert sides == [("USA", "VEN")]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_extracted_ultimatum_threatens_sanctions(ultimatum_deadlines: dict[str, list[Deadline]], lang: str) -> None:
    assert [d.measures for d in ultimatum_deadlines[lang]] == [["sanctions"]]
