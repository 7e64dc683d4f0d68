"""The one place where spaCy Docs become records."""

from __future__ import annotations

from spacy.tokens import Doc

from wirewatch.records import Article, ArticleRecord


def doc_to_record(doc: Doc, article: Article, pipeline_version: str) -> ArticleRecord:
    return ArticleRecord(
        id=article.id,
        lang=article.lang,
        published=article.published,
        title=article.title,
        url=article.url,
        entities=list(doc._.ww_entities or []),
        quotes=list(doc._.ww_quotes or []),
        dates=list(doc._.ww_dates or []),
        places=list(doc._.ww_places or []),
        events=list(doc._.ww_events or []),
        warnings=list(doc._.ww_warnings or []),
        pipeline_version=pipeline_version,
    )
