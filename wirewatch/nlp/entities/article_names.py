"""KB names that hold the words written before a candidate's span.

- Outlets whose names open with an article, written after a determiner that stands for it: "au Parisien" (à le),
  "du Figaro", "the Times" name "Le Parisien", "Le Figaro", "The Times" (``lexicons/<lang>/name_articles.tsv``).
  Only actors of the KB's media sector link so: a newspaper's name holds its article; a person's ("Le Pen") does
  not lose it. A name the model took for a place that the gazetteer knows stays a place ("across the Atlantic").
- A person named by a title and a name the KB holds together ("le pape François", "roi Charles III", "cheikh
  Tamim"): the title was trimmed from the span, the KB's alias keeps it."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from spacy.tokens import Doc, Span

from wirewatch import lexicons
from wirewatch.kb.actor_kb import Actor, ActorKB
from wirewatch.nlp.entities.spans import Candidate

_MEDIA = "media"


@lru_cache(maxsize=8)
def _articles(lang: str) -> dict[str, str]:
    return {row["form"]: row["article"] for row in lexicons.read_tsv(lang, "name_articles.tsv") if row.get("form")}


def outlet_without_article(span: Span, kb: ActorKB, lang: str) -> list[Actor]:
    """The media actors the KB names with the article the word before ``span`` stands for, else []."""
    if span.start == 0 or span.text[:1].islower():
        return []
    doc = span.doc
    before = doc[span.start - 1]
    if span.start >= 2 and doc[span.start - 2].is_title and not doc[span.start - 2].is_sent_start:
        return []  # "Coupe du Monde": the article joins the words of another name
    article = _articles(lang).get(before.lower_) if before.is_lower else None
    if article is None:
        return []
    joiner = "" if article.endswith(("'", "’")) else " "
    return [a for a in kb.candidates(f"{article}{joiner}{span.text}", lang) if a.sector == _MEDIA]


def link_outlets_without_article(doc: Doc, cands: list[Candidate], kb: ActorKB,
                                 is_place: Callable[[str], bool]) -> None:
    """The one media actor each unlinked candidate names without its article becomes its actor (an ORG)."""
    for cand in cands:
        if cand.actor is not None or cand.type == "PER":
            continue
        span = cand.span(doc)
        found = {a.id: a for a in outlet_without_article(span, kb, doc.lang_)}
        if len(found) == 1 and not (cand.type == "LOC" and is_place(span.text)):
            cand.actor = next(iter(found.values()))
            cand.type = cand.actor.type


_MAX_TITLE_WORDS = 2


def titled_person(span: Span, kb: ActorKB, lang: str) -> list[Actor]:
    """The persons the KB names by the words right before ``span`` and ``span`` ("pape François")."""
    doc = span.doc
    for n in range(1, _MAX_TITLE_WORDS + 1):
        words = doc[span.start - n:span.start] if span.start >= n else None
        if words is None or not all(t.is_alpha for t in words):
            break
        found = [a for a in kb.candidates(f"{words.text} {span.text}", lang) if a.type == "PER"]
        if found:
            return found
    return []
