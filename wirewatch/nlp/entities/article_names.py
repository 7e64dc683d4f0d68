"""Outlets whose names open with an article, written after a determiner that stands for it: "au Parisien" (à le),
"du Figaro", "the Times" name "Le Parisien", "Le Figaro", "The Times" (``lexicons/<lang>/name_articles.tsv``).
Only actors of the KB's media sector link so: a newspaper's name holds its article; a person's ("Le Pen") does not
lose it."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span

from wirewatch import lexicons
from wirewatch.kb.actor_kb import Actor, ActorKB

_MEDIA = "media"


@lru_cache(maxsize=8)
def _articles(lang: str) -> dict[str, str]:
    return {row["form"]: row["article"] for row in lexicons.read_tsv(lang, "name_articles.tsv") if row.get("form")}


def outlet_without_article(span: Span, kb: ActorKB, lang: str) -> list[Actor]:
    """The media actors the KB names with the article the word before ``span`` stands for, else []."""
    if span.start == 0 or span.text[:1].islower():
        return []
    before = span.doc[span.start - 1]
    article = _articles(lang).get(before.lower_) if before.is_lower else None
    if article is None:
        return []
    joiner = "" if article.endswith(("'", "’")) else " "
    return [a for a in kb.candidates(f"{article}{joiner}{span.text}", lang) if a.sector == _MEDIA]
