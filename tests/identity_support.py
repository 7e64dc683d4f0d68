"""An English and a French article about one (invented) minister, written for wirewatch (no tests here): the
English record resolves her to a Wikidata id; the French one leaves her name unresolved and credits an event
and a quote to French descriptors linked to her entity."""

from __future__ import annotations

import datetime as dt

from wirewatch.records import Article, ArticleRecord, Entity, Event, EventActor, Quote
from wirewatch.store import Store
from wirewatch.store.synthetic import span

MINISTER = "Mara Ilves"
MINISTER_KB = "Q990001"
EN_TEXT = ('Foreign Minister Mara Ilves met dock workers in the harbour on Monday. '
           '"Nobody will lose a job," Ilves told reporters.')
FR_TEXT = ("La cheffe de la diplomatie a dénoncé mardi les menaces contre les dockers. "
           "« Personne ne perdra son emploi », a assuré la ministre. Mara Ilves doit revenir jeudi.")
FR_DESCRIPTOR = "La cheffe de la diplomatie"
FR_SPEAKER = "la ministre"


def english_minister() -> tuple[Article, ArticleRecord]:
    text = EN_TEXT
    article = Article(id="minister-en", text=text, lang="en", published=dt.date(2026, 2, 2),
                      title="Minister meets dockers", url="https://news.example.org/en/minister")
    said = span(text, "Nobody will lose a job,")
    record = ArticleRecord(
        id=article.id, lang="en", published=article.published, title=article.title, url=article.url,
        entities=[Entity(id="e1", name=MINISTER, type="PER", kb_id=MINISTER_KB,
                         mentions=[span(text, MINISTER), span(text, "Ilves", text.index("told") - 8)])],
        events=[Event(type="CONSULT", source=EventActor(name=MINISTER, entity="e1"),
                      target=EventActor(name="dock workers", sector="labour"), date="2026-02-02",
                      evidence=span(text, "Foreign Minister Mara Ilves met dock workers in the harbour on Monday."),
                      confidence=0.8)],
        quotes=[Quote(text=said.text, start=said.start, end=said.end, direct=True, speaker="Ilves",
                      speaker_entity="e1", parts=[said])],
        pipeline_version="test")
    return article, record


def french_minister() -> tuple[Article, ArticleRecord]:
    text = FR_TEXT
    article = Article(id="minister-fr", text=text, lang="fr", published=dt.date(2026, 2, 3),
                      title="La ministre et les dockers", url="https://news.example.org/fr/ministre")
    said = span(text, "Personne ne perdra son emploi")
    record = ArticleRecord(
        id=article.id, lang="fr", published=article.published, title=article.title, url=article.url,
        entities=[Entity(id="e1", name=MINISTER, type="PER",
                         mentions=[span(text, FR_DESCRIPTOR), span(text, FR_SPEAKER), span(text, MINISTER)])],
        events=[Event(type="ACCUSE", source=EventActor(name=FR_DESCRIPTOR.casefold(), entity="e1"),
                      target=EventActor(name="les dockers"), date="2026-02-03",
                      evidence=span(text, "La cheffe de la diplomatie a dénoncé mardi les menaces contre les dockers."),
                      confidence=0.7)],
        quotes=[Quote(text=said.text, start=said.start, end=said.end, direct=True, speaker=FR_SPEAKER,
                      speaker_entity="e1", parts=[said])],
        pipeline_version="test")
    return article, record


def save_minister_articles(store: Store) -> None:
    for article, record in (english_minister(), french_minister()):
        store.save(article, record)
