"""Helpers (no tests) of the store's story and deadline tests, the story API tests and the browser test: four
articles written for wirewatch — a strike reported by two outlets in two languages with different death tolls,
a threat with a due day, and a later article reporting the threatened measure taken."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator

from wirewatch.ingest.article_input import InputError
from wirewatch.records import Article, ArticleRecord, Entity, Event, EventActor, EventPlace, Mention
from wirewatch.store import Store

STRIKE_EN = ("Missiles struck the port of Odesa on Sunday, killing four people. "
             "Officials in Kyiv condemned the attack on the harbour.")
STRIKE_FR = ("Des missiles ont frappé le port d'Odessa dimanche, faisant six morts. "
             "Les autorités de Kiev ont dénoncé l'attaque contre le port.")
THREAT_EN = ("Washington threatened to impose tariffs on Brazil by Friday unless the export ban is lifted. "
             "Donald Trump repeated the warning in Washington.")
SANCTION_EN = "The United States imposed tariffs on Brazil on Saturday. Brazilian exporters protested in Brasilia."


def _span(text: str, part: str) -> Mention:
    start = text.index(part)
    return Mention(start=start, end=start + len(part), text=part)


def _sentence(text: str, first_words: str) -> Mention:
    start = text.index(first_words)
    end = text.index(". ", start) + 1 if ". " in text[start:] else len(text)
    return Mention(start=start, end=end, text=text[start:end])


def _place(eid: str, name: str, kb_id: str, country: str, mention: Mention) -> Entity:
    return Entity(id=eid, name=name, type="LOC", kb_id=kb_id, country=country, mentions=[mention])


def _strike(article: Article, odesa: str, kyiv: str, killed: int) -> ArticleRecord:
    text = article.text
    return ArticleRecord(
        id=article.id, lang=article.lang, published=article.published, title=article.title, url=article.url,
        entities=[_place("e1", "Odesa", "Q1874", "UKR", _span(text, odesa)),
                  _place("e2", "Kyiv", "Q1899", "UKR", _span(text, kyiv))],
        events=[Event(type="ASSAULT", mode="aerial", source=EventActor(name="missiles", country="RUS"),
                      target=EventActor(name="Odesa", country="UKR", entity="e1"), date="2025-03-09",
                      place=EventPlace(name="Odesa", country="UKR", lat=46.48, lon=30.73, precision="city"),
                      killed=killed, evidence=_sentence(text, text.split()[0]), confidence=0.8)],
        pipeline_version="test")


def _threat(article: Article) -> ArticleRecord:
    text = article.text
    return ArticleRecord(
        id=article.id, lang="en", published=article.published, title=article.title, url=article.url,
        entities=[Entity(id="e1", name="Washington", type="LOC", kb_id="Q61", country="USA",
                         mentions=[_span(text, "Washington")]),
                  _place("e2", "Brazil", "Q155", "BRA", _span(text, "Brazil")),
                  Entity(id="e3", name="Donald Trump", type="PER", kb_id="Q22686", country="USA",
                         mentions=[_span(text, "Donald Trump")])],
        events=[Event(type="THREATEN", source=EventActor(name="Washington", country="USA", entity="e1"),
                      target=EventActor(name="Brazil", country="BRA", entity="e2"), date="2025-03-14",
                      modality="future", evidence=_sentence(text, "Washington threatened"), confidence=0.7)],
        pipeline_version="test")


def _sanction(article: Article) -> ArticleRecord:
    text = article.text
    return ArticleRecord(
        id=article.id, lang="en", published=article.published, title=article.title, url=article.url,
        entities=[Entity(id="e1", name="United States", type="LOC", kb_id="Q30", country="USA",
                         mentions=[_span(text, "United States")]),
                  _place("e2", "Brazil", "Q155", "BRA", _span(text, "Brazil"))],
        events=[Event(type="SANCTION", source=EventActor(name="United States", country="USA", entity="e1"),
                      target=EventActor(name="Brazil", country="BRA", entity="e2"), date="2025-03-15",
                      evidence=_sentence(text, "The United States"), confidence=0.8)],
        pipeline_version="test")


def story_articles() -> list[tuple[Article, ArticleRecord]]:
    """The four articles with their records, in publication order."""
    strike_en = Article(id="strike-en", text=STRIKE_EN, lang="en", published=dt.date(2025, 3, 10),
                        url="https://northwind.example.org/odesa", title="Missiles hit Odesa port",
                        source="Northwind Daily")
    strike_fr = Article(id="strike-fr", text=STRIKE_FR, lang="fr", published=dt.date(2025, 3, 11),
                        url="https://veilleur.example.org/odessa", title="Frappe sur le port d'Odessa",
                        source="Le Veilleur")
    threat = Article(id="threat-en", text=THREAT_EN, lang="en", published=dt.date(2025, 3, 12),
                     url="https://northwind.example.org/tariffs", title="Tariff ultimatum for Brazil",
                     source="Northwind Daily")
    sanction = Article(id="sanction-en", text=SANCTION_EN, lang="en", published=dt.date(2025, 3, 15),
                       url="https://northwind.example.org/tariffs-imposed", title="Tariffs imposed on Brazil",
                       source="Northwind Daily")
    return [(strike_en, _strike(strike_en, "Odesa", "Kyiv", 4)), (strike_fr, _strike(strike_fr, "Odessa", "Kiev", 6)),
            (threat, _threat(threat)), (sanction, _sanction(sanction))]


def fill(store: Store, pairs: Iterable[tuple[Article, ArticleRecord]] | None = None) -> Store:
    """Save the articles and place each in its story, as the ingest job does."""
    for article, record in pairs if pairs is not None else story_articles():
        store.save(article, record)
        store.file_story(article, record)
    return store


class RecordExtractor:
    """An extractor that returns the prepared record of each article (by id)."""

    def __init__(self, pairs: Iterable[tuple[Article, ArticleRecord]]) -> None:
        self.records = {a.id: r for a, r in pairs}

    def extract(self, items: Iterable[Article | InputError]) -> Iterator[ArticleRecord]:
        for item in items:
            assert isinstance(item, Article)
            yield self.records[item.id]
