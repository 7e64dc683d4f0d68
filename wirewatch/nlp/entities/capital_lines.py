"""Words that capitals made look like names, where a line is written all in capitals:

- a headline or rubric written in capitals ("MACRON WARNS RUSSIA OVER BLACK SEA ATTACKS", "LE VILLAGE FERA LA
  FÊTE DIMANCHE."): the model reads a run of capitals as one name ("MACRON WARNS RUSSIA");
- a rubric word in capitals that opens a paragraph ("WEATHER. Storms are expected …", "SONDAGE. Le renforcement
  …").

There the case of a word says nothing, so a name the model finds stands only where the article writes the same
words elsewhere, outside such capitals and not in lower case ("Black Sea" … "BLACK SEA"), or where the gazetteer
knows it as a place ("GAZA :", a dateline). The KB's names found there ("MACRON", "RUSSIA") are matched apart
and stay: this filter runs on the model's candidates before they are combined with the KB's.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from wirewatch.kb.gazetteer import Gazetteer
from wirewatch.nlp.entities.capitalised_words import line_bounds
from wirewatch.nlp.entities.spans import Candidate

_MIN_LINE_WORDS = 3  # "PAY OFF": two words in capitals may be an acronym and a name
_MIN_RUBRIC_LETTERS = 3
_RUBRIC_ENDS = frozenset({".", ":"})
_SENTENCE_ENDS = frozenset({".", "!", "?"})
_MAJOR_PLACES = frozenset({"COUNTRY", "ADM1", "PPLC", "RGN"})
_MIN_POPULATION = 100_000


def _letters(token: Token) -> str:
    return "".join(c for c in token.text if c.isalpha())


def _in_capitals(token: Token) -> bool:
    letters = _letters(token)
    return len(letters) >= 2 and letters.isupper()


def _capital_tokens(doc: Doc) -> list[bool]:
    """Which tokens stand in a line written in capitals, or are a rubric word in capitals opening a paragraph or
    a sentence ("WEATHER. Storms …")."""
    marked = [False] * len(doc)
    for start, end in line_bounds(doc):
        words = [t for t in doc[start:end] if len(_letters(t)) >= 2]
        if len(words) >= _MIN_LINE_WORDS and all(_in_capitals(t) for t in words):
            for i in range(start, end):
                marked[i] = True
    for token in doc:
        i = token.i
        opens = i == 0 or "\n" in doc[i - 1].whitespace_ or "\n" in doc[i - 1].text \
            or doc[i - 1].text in _SENTENCE_ENDS
        if (opens and _in_capitals(token) and len(_letters(token)) >= _MIN_RUBRIC_LETTERS and i + 2 < len(doc)
                and doc[i + 1].text in _RUBRIC_ENDS and doc[i + 2].text[:1].isupper()):
            marked[i] = True
    return marked


def _written_elsewhere(doc: Doc, cand: Candidate, capitals: list[bool]) -> bool:
    """The candidate's words, compared without case, stand elsewhere outside capitals, not in lower case."""
    words = [t.lower_ for t in cand.span(doc)]
    n = len(words)
    for i in range(len(doc) - n + 1):
        if i == cand.start or any(capitals[i:i + n]) or doc[i].lower_ != words[0]:
            continue
        if [t.lower_ for t in doc[i:i + n]] == words and not doc[i].text[:1].islower():
            return True
    return False


def _known_place(doc: Doc, cand: Candidate, gazetteer: Gazetteer | None, lower_words: set[str]) -> bool:
    """A country, region, capital or city of 100,000 people the gazetteer knows by the candidate's words, none of
    which the article writes in lower case ("TRÊVE" is a town, and "une trêve" a truce)."""
    if gazetteer is None or any(t.lower_ in lower_words for t in cand.span(doc)):
        return False
    return any(c.main_name and (c.place.feature in _MAJOR_PLACES or c.place.population >= _MIN_POPULATION)
               for c in gazetteer.lookup(cand.span(doc).text))


def drop_names_in_capitals(doc: Doc, cands: list[Candidate], gazetteer: Gazetteer | None) -> list[Candidate]:
    """The model's candidates without those lying in capitals that the article and the gazetteer do not
    support as names."""
    if not any(_in_capitals(t) for t in doc):
        return cands
    capitals = _capital_tokens(doc)
    lower_words = {t.lower_ for t in doc if t.is_lower}
    out = []
    for cand in cands:
        if cand.actor is None and all(capitals[cand.start:cand.end]) and not _written_elsewhere(doc, cand, capitals):
            if not _known_place(doc, cand, gazetteer, lower_words):
                continue
            cand.type = "LOC"  # "BLACK SEA": capitals tell no organisation from a place; the gazetteer does
        out.append(cand)
    return out
