"""The one place where spaCy Docs become records."""

from __future__ import annotations

from spacy.tokens import Doc

from wirewatch.records import Article, ArticleRecord, Entity, Place


def adopt_place_names(entities: list[Entity], places: list[Place]) -> None:
    """A LOC entity the KB does not know takes its canonical name and country from the place it resolved to
    ("Zaporijia" → "Zaporizhzhia"; "région de Zaporijia" → "Zaporizhzhia Oblast"), when one of its mentions
    overlaps that place's mention."""
    spans = [(m.start, m.end, p) for p in places if p.lat is not None for m in p.mentions]
    for entity in entities:
        if entity.type != "LOC" or entity.kb_id is not None:
            continue
        for m in entity.mentions:
            place = next((p for s, e, p in spans if s < m.end and m.start < e), None)
            if place is not None:
                entity.name = place.name
                entity.country = entity.country or place.country
                break


def doc_to_record(doc: Doc, article: Article, pipeline_version: str) -> ArticleRecord:
    entities = list(doc._.ww_entities or [])
    places = list(doc._.ww_places or [])
    adopt_place_names(entities, places)
    return ArticleRecord(
        id=article.id,
        lang=article.lang,
        published=article.published,
        title=article.title,
        url=article.url,
        entities=entities,
        quotes=list(doc._.ww_quotes or []),
        dates=list(doc._.ww_dates or []),
        places=places,
        events=list(doc._.ww_events or []),
        warnings=list(doc._.ww_warnings or []),
        pipeline_version=pipeline_version,
    )
