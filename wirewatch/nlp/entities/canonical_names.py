"""The canonical name of an entity: the KB's, else the one the article writes best, in English where the
language's name patterns give it ("université Yale" → "Yale University"; "Parti socialiste" in an article about
Chile → "Socialist Party (Chile)"; "Mikhaïl Kourilenko" → "Mikhail Kurilenko").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from spacy.tokens import Doc

from wirewatch import lexicons
from wirewatch.kb.names import CANONICAL_LANG, normalize, undotted_acronyms
from wirewatch.nlp.entities.body_names import english_body_name
from wirewatch.nlp.entities.clusters import Cluster
from wirewatch.nlp.entities.lexicon import EntityLexicon
from wirewatch.nlp.entities.spans import Candidate

_EDGE_PUNCTUATION = " /|-–—,;:"


def _no_name(iso3: str) -> str | None:
    return None
_DEFINITE_WORDS = "definite_country_words.txt"
_CATEGORY_QUALIFIER = re.compile(r" \([a-z][^()]*\)$")
_SPACE_RUN = re.compile(r"\s+")  # spaces, tabs, line breaks, non-breaking and narrow spaces


def plain_spacing(name: str) -> str:
    """A name as normal text: each run of white space the text puts in it ("Marta  Tavernel", a non-breaking
    space, a line break) one space, none at its edges; the mentions keep the text's own offsets."""
    return _SPACE_RUN.sub(" ", name).strip()


def article_country(clusters: list[Cluster]) -> str | None:
    """The country the article's KB actors and gazetteer places point to most (by mentions), or None."""
    counts = Counter(country for c in clusters
                     if (country := c.actor.country if c.actor is not None else c.place_country)
                     for _ in c.mentions)
    return counts.most_common(1)[0][0] if counts else None


def _after_of(country: str) -> str:
    """A country's name after "of": "the United Kingdom", "the Philippines", "Ghana"."""
    if country.startswith("The "):
        return "the " + country[4:]
    return f"the {country}" if set(country.split()) & set(lexicons.read_lines(CANONICAL_LANG, _DEFINITE_WORDS)) \
        else country


def _generic_body_name(names: list[str], cluster: Cluster, lex: EntityLexicon,
                       country_name: Callable[[str], str | None], main_country: str | None) -> str | None:
    """"Parti socialiste" in an article about Chile → "Socialist Party (Chile)"."""
    for name in sorted(names, key=len, reverse=True):
        if (body := lex.generic_body(name)) is None:
            continue
        english, qualify, country = body
        iso3 = country or cluster.country or main_country
        where = country_name(iso3) if iso3 and qualify in ("country", "of") else None
        return english if not where else f"{english} of {_after_of(where)}" if qualify == "of" \
            else f"{english} ({where})"
    return None


def _line_start(doc: Doc, i: int) -> bool:
    return i == 0 or doc[i].is_sent_start or "\n" in doc[i - 1].text or "\n" in doc[i - 1].whitespace_


def _glued_forms(doc: Doc, named: list[Candidate], names: list[str], lex: EntityLexicon) -> set[str]:
    """A person's forms that are another full name of theirs (two words or more) with common words glued on:
    before it at the start of a sentence, where every word has a capital, or words the article writes in lower
    case elsewhere ("Bridesmaid Taylor Swift" … "Taylor Swift"; "Emma Watson Guests" … "guests"), but no given
    name ("Mary Ann Brandt" … "Ann Brandt" stays)."""
    lower_words = {t.lower_ for t in doc if t.is_lower}
    full = {n for n in names if len(n.split()) >= 2}
    glued: set[str] = set()
    for cand, name in zip(named, names, strict=True):
        for other in full - {name}:
            if name.endswith(" " + other):
                extra = name[:-len(other)].split()
                common = _line_start(doc, cand.start) or all(w.lower() in lower_words for w in extra)
            elif name.startswith(other + " "):
                extra = name[len(other):].split()
                common = all(w.lower() in lower_words for w in extra)
            else:
                continue
            if common and not any(normalize(w) in lex.given_names for w in extra):
                glued.add(name)
    return glued if glued < set(names) else set()


def canonical_name(doc: Doc, cluster: Cluster, lex: EntityLexicon,
                   country_name: Callable[[str], str | None] | None = None, main_country: str | None = None) -> str:
    """The KB name without a category qualifier ("Telegram (software)" → "Telegram"; a country qualifier such as
    "(France)" stays); for an actor from a list without reference names, its fullest form the article writes;
    else the name the article uses most, its expansion rather than an acronym ("Kenya Wildlife Service (KWS)"), an
    organisation's acronym without full stops ("I.B.M." → "IBM"),
    in its English form when the language's name patterns give one
    ("université Yale" → "Yale University"; "Parti socialiste" → "Socialist Party (Chile)", qualified by the
    country of ``main_country`` when the name is one many countries' parties share) or, for a person, its
    transcription rules ("Mikhaïl Kourilenko" → "Mikhail Kurilenko")."""
    named = [c for c in cluster.mentions if c.origin != "descriptor"]
    names = [plain_spacing(c.span(doc).text.strip(_EDGE_PUNCTUATION) or c.span(doc).text) for c in named]
    if cluster.actor is not None and cluster.actor.has_reference_name:
        return _CATEGORY_QUALIFIER.sub("", cluster.actor.name)
    if cluster.actor is not None:  # a listed actor: its fullest form as the article writes it
        forms = {normalize(f) for f in cluster.actor.surface_forms()}
        written = [n for n in names if normalize(n) in forms]
        return max(written, key=lambda n: (len(n.split()), len(n))) if written else cluster.actor.name
    if cluster.place_name is not None:
        return cluster.place_name
    if cluster.type == "PER":
        glued = _glued_forms(doc, named, names, lex)
        best = max((n for n in names if n not in glued), key=lambda n: (len(n.split()), len(n)))
        honorific = next((c.honorific for c, name in zip(named, names, strict=True) if name == best and c.honorific),
                         None)
        if honorific and len(best.split()) == 1:
            return f"{honorific} {best}"  # "Mrs. Trump" alone
        english = lex.romanization.english(best, cluster.country, main_country) \
            if lex.romanization is not None else None
        return english or best
    if cluster.type == "ORG" and (body := _generic_body_name(names, cluster, lex, country_name or _no_name,
                                                              main_country)):
        return body
    counts = Counter(names)  # the most frequent name, but an acronym only where the article gives no expansion
    best = max(counts, key=lambda n: (not n.replace(".", "").isupper(), counts[n], len(n)))
    for name in sorted(counts, key=len, reverse=True):
        if (english := lex.english_name(name) or english_body_name(name, lex.lang)) is not None:
            return english
    return undotted_acronyms(best) if cluster.type == "ORG" else best  # "I.B.M." → "IBM"
