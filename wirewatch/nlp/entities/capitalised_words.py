"""Common words that capitals made look like names, told apart by how the article writes them elsewhere:

- a word that starts a sentence or a line and that the article writes elsewhere in lower case as a noun or an
  adjective ("Stationmaster arrested …" … "the stationmaster"), also where the capital drops the accent, as French
  capitals often do ("Equipementiers bien positionnés" … « les équipementiers »);
- a lone letter that opens a sentence: French « A » for « À » (« A l'initiative du maire … »);
- the words of a headline in title case ("Minister Meets Envoy As Ceasefire Deadline Looms") that the article
  writes nowhere else as they stand there, one of them written elsewhere in lower case;
- a word of a person's title ("Supreme" of "Supreme Leader Ali Khamenei"; ``titles.tsv``).

A name the KB links keeps its place (its link is evidence of its own), and so does a place in a headline (the
gazetteer judges it)."""

from __future__ import annotations

from spacy.tokens import Doc

from wirewatch.kb.names import normalize
from wirewatch.nlp.entities.lexicon import EntityLexicon
from wirewatch.nlp.entities.spans import Candidate

_COMMON_POS = frozenset({"NOUN", "ADJ"})
_MIN_HEADLINE_WORDS = 3
_LONG_WORD = 4  # shorter words ("as", "of", "to") stay in lower case in many title-case styles


def line_bounds(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of the text's lines."""
    bounds, start = [], 0
    for token in doc:
        if "\n" in token.text or "\n" in token.whitespace_:
            end = token.i if "\n" in token.text else token.i + 1
            if end > start:
                bounds.append((start, end))
            start = token.i + 1
    if start < len(doc):
        bounds.append((start, len(doc)))
    return bounds


def _title_case(doc: Doc, start: int, end: int) -> bool:
    """A line whose long words are all capitalised, and which does not end as a sentence does."""
    words = [t for t in doc[start:end] if t.is_alpha]
    long_words = [t for t in words if len(t.text) >= _LONG_WORD]
    return (len(words) >= _MIN_HEADLINE_WORDS and len(long_words) >= 2 and all(t.text[0].isupper() for t in long_words)
            and doc[end - 1].text not in (".", "!", "?"))


def _inside_title(doc: Doc, cand: Candidate, lex: EntityLexicon) -> bool:
    """Whether the candidate's words lie inside a title phrase that reaches beyond them."""
    width = lex.max_title_words
    for start in range(max(0, cand.start - width + 1), cand.start + 1):
        for end in range(cand.end, min(len(doc), start + width) + 1):
            if end - start > cand.end - cand.start and lex.title_role(doc[start:end].text) is not None:
                return True
    return False


def drop_capitalised_common_words(doc: Doc, cands: list[Candidate], lex: EntityLexicon) -> list[Candidate]:
    """The candidates without the common words that capitals made look like names."""
    lower_common = {normalize(t.text) for t in doc if t.is_lower and t.pos_ in _COMMON_POS}
    lower_words = {t.lower_ for t in doc if t.is_lower}
    headlines = [(s, e) for s, e in line_bounds(doc) if _title_case(doc, s, e)]

    def in_headline(cand: Candidate) -> tuple[int, int] | None:
        return next(((s, e) for s, e in headlines if s <= cand.start and cand.end <= e), None)

    def written_elsewhere(cand: Candidate, line: tuple[int, int]) -> bool:
        words = [t.text for t in cand.span(doc)]
        n = len(words)
        return any([t.text for t in doc[i:i + n]] == words for i in range(len(doc) - n + 1)
                   if not line[0] <= i < line[1])

    out = []
    for cand in cands:
        if cand.actor is None:
            span = cand.span(doc)
            first = span[0]
            at_start = first.is_sent_start or first.i == 0 or "\n" in doc[first.i - 1].whitespace_ \
                or "\n" in doc[first.i - 1].text
            if len(span) == 1 and at_start and not first.is_upper and normalize(first.text) in lower_common:
                continue
            if len(span) == 1 and at_start and len(first.text) == 1:
                continue  # « A l'initiative … »: the preposition à without its accent
            if _inside_title(doc, cand, lex):
                continue
            line = in_headline(cand) if cand.type != "LOC" else None
            if line is not None and not written_elsewhere(cand, line) and any(
                    t.lower_ in lower_words for t in span if len(t.text) >= _LONG_WORD):
                continue
        out.append(cand)
    return out
