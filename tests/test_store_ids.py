"""Ids and versions: an id names one article; the same content under another id is a duplicate; an article over
``max_chars`` is not stored; a changed article at a URL already seen in the run updates it."""

from __future__ import annotations

from pathlib import Path

import pytest

from wirewatch.ingest.sources import read_sources
from wirewatch.records import Article
from wirewatch.run.ingest_job import ingest
from wirewatch.store import open_store
from wirewatch.store.synthetic import SyntheticExtractor

TEXTS = {
    "fr": ("Le conseil municipal a voté le budget des écoles lundi soir.",
           "Les pompiers ont maîtrisé un feu de forêt près du village."),
    "en": ("The town council voted the schools budget on Monday evening.",
           "Firefighters put out a forest fire near the village."),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_another_article_under_a_stored_id_is_refused(lang: str) -> None:
    store = open_store(":memory:")
    first, second = TEXTS[lang]
    ingest([Article(id="a-1", text=first, lang=lang)], SyntheticExtractor(), store)
    summary = ingest([Article(id="a-1", text=second, lang=lang)], SyntheticExtractor(), store)
    assert (summary.ingested, summary.updated, summary.failed, store.count_articles()) == (0, 0, 1, 1)
    assert "already stored for another article" in summary.failures[0]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_same_content_under_another_id_is_a_duplicate(lang: str) -> None:
    store = open_store(":memory:")
    text = TEXTS[lang][0]
    summary = ingest([Article(id="a-1", text=text, lang=lang), Article(id="b-2", text=text, lang=lang)],
                     SyntheticExtractor(), store)
    again = ingest([Article(id="c-3", text=text, lang=lang)], SyntheticExtractor(), store)
    assert (summary.ingested, summary.duplicates, again.duplicates, again.failed) == (1, 1, 1, 0)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_updated_article_at_the_same_url_in_one_run_is_kept(lang: str) -> None:
    store = open_store(":memory:")
    first, second = TEXTS[lang]
    url = "https://news.example.org/story"
    summary = ingest([Article(id="s", text=first, lang=lang, url=url), Article(id="s", text=second, lang=lang,
                                                                               url=url)],
                     SyntheticExtractor(), store)
    assert (summary.ingested, summary.updated, summary.duplicates, store.count_articles()) == (1, 1, 0, 1)
    assert next(store.articles()).article.text == second


def test_text_over_max_chars_is_a_failure_and_not_stored() -> None:
    store = open_store(":memory:")
    long_text = TEXTS["en"][0] * 10
    summary = ingest([Article(id="long", text=long_text, lang="en"), Article(id="short", text=TEXTS["en"][1],
                                                                             lang="en")],
                     SyntheticExtractor(), store, max_chars=100)
    assert (summary.ingested, summary.failed, store.count_articles()) == (1, 1, 1)
    assert "over the limit of 100" in summary.failures[0]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_same_page_text_under_two_titles_gets_two_generated_ids(tmp_path: Path, lang: str) -> None:
    body = f"<p>{TEXTS[lang][0]}</p><p>{TEXTS[lang][1]}</p>"
    for number, title in enumerate(("Budget vote", "Council news")):
        (tmp_path / f"{number}.html").write_text(f"<html><head><title>{title}</title></head><body><article>{body}"
                                                 "</article></body></html>", encoding="utf-8")
    summary = ingest(read_sources([str(tmp_path)], None), SyntheticExtractor(), open_store(":memory:"))
    assert (summary.ingested, summary.failed) == (2, 0)
