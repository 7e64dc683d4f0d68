"""The place of a dateline: "BERLIN (Reuters) -", "VIENNE, 9 mars (AFP) –", "LE CAIRE -".

A wire story opens (or a new dispatch opens a line) with the place it was filed from, in capitals, then a comma, a
bracket, a dash or a slash before the agency or a second place ("KYIV/AFP -", "NAIROBI/ADDIS ABABA (Reuters) -",
the places after a slash being read as the first). The model often misses such a word in capitals, or reads it
as a miscellaneous name. A run of capitalised words at the start of the text or of a line, followed by such a
mark, that the gazetteer knows as a country, a region or a town of 5,000 people is a place: the model's candidate
inside these words takes them all and is a place, else a new candidate is added (origin "dateline": the agency in
brackets after it is no acronym of its name, clusters.py).
"""

from __future__ import annotations

from spacy.tokens import Doc

from wirewatch.kb.gazetteer import Gazetteer
from wirewatch.nlp.entities.spans import Candidate

_DATELINE_MARKS = frozenset({",", "(", "-", "–", "—", "/"})
_SLASH = "/"
_FEATURES = frozenset({"COUNTRY", "ADM1", "PPLC", "PPL", "RGN"})
_MIN_TOWN = 5_000
_MAX_WORDS = 4
_JOINERS = frozenset({"-", "'", "’"})


def _at_line_start(doc: Doc, i: int) -> bool:
    return i == 0 or "\n" in doc[i - 1].whitespace_ or "\n" in doc[i - 1].text


def _capitals_run(doc: Doc, i: int) -> int:
    """The end of the run of words in capitals starting at token ``i`` (joined by hyphens or apostrophes written
    without spaces: "PORT-AU-PRINCE"), or ``i`` when there is none."""
    j, words = i, 0
    while j < len(doc) and words < _MAX_WORDS:
        token = doc[j]
        if token.is_alpha and token.is_upper:
            words += 1
            j += 1
        elif token.text in _JOINERS and j > i and not doc[j - 1].whitespace_ and not token.whitespace_:
            j += 1
        else:
            break
    while j > i and doc[j - 1].text in _JOINERS:
        j -= 1
    return j


def _is_place(gazetteer: Gazetteer, text: str) -> bool:
    return any(c.place.feature in _FEATURES and (c.place.feature != "PPL" or c.place.population >= _MIN_TOWN)
               for c in gazetteer.lookup(text))


def dateline_places(doc: Doc, cands: list[Candidate], gazetteer: Gazetteer | None) -> list[Candidate]:
    """The candidates, with the dateline places as places."""
    if gazetteer is None:
        return cands
    added = []
    starts = [t.i for t in doc if _at_line_start(doc, t.i)]
    while starts:
        i = starts.pop(0)
        end = _capitals_run(doc, i)
        if end == i or end >= len(doc) or len(doc[i:end].text) < 3:
            continue
        if not (doc[end].text in _DATELINE_MARKS or doc[end].text[:1] in "-–—") or not _is_place(
                gazetteer, doc[i:end].text):
            continue
        if doc[end].text == _SLASH and end + 1 < len(doc):
            starts.insert(0, end + 1)  # "NAIROBI/ADDIS ABABA": the place after the slash
        overlapping = [c for c in cands if c.start < end and i < c.end]
        if not overlapping:
            added.append(Candidate(i, end, "LOC", "dateline"))
        elif len(overlapping) == 1 and (c := overlapping[0]).actor is None and i <= c.start and c.end <= end:
            c.rebound(i, end)  # "LE [CAIRE]": the whole run
            c.type, c.origin = "LOC", "dateline"
    return sorted(cands + added, key=lambda c: c.start) if added else cands
