"""The English name of a body the article names in another language and the KB does not hold under that name.

A French body name is a head noun with adjectives after it, a demonym among them, and perhaps a complement after
"de" ("Forces armées soudanaises", "Académie suédoise", "ministère de la Santé"); its words are read in English
(``lexicons/<lang>/body_words.tsv``, demonyms by their country's English adjective, ``lexicons/en/demonyms.tsv``)
and recomposed in English order: demonym, adjectives, head, "of" complement ("Sudanese Armed Forces", "Swedish
Academy", "Ministry of Health"). A name with a word read in no way has no English form. ``english_body_names``
gives the forms to look up in the KB, and ``body_country`` the country its demonym states: a KB actor of another
country is another body ("Garde nationale" is no country's National Guard in particular); ``english_body_name``
the one form sure enough to stand as the canonical name without the KB (a head, a demonym, at most one adjective,
no complement).
"""

from __future__ import annotations

import re
from functools import lru_cache

from wirewatch import lexicons
from wirewatch.kb.names import CANONICAL_LANG, normalize


@lru_cache(maxsize=8)
def _body_words(lang: str) -> dict[tuple[str, str], str]:
    """(normalised form, kind) → English."""
    return {(normalize(row["form"]), row["kind"]): row["english"] for row in lexicons.read_tsv(lang, "body_words.tsv")}


@lru_cache(maxsize=16)
def _function_words(lang: str, kind: str) -> frozenset[str]:
    """The words of a kind with no English of their own: ``link`` ("de") and ``article`` ("la")."""
    return frozenset(form for form, k in _body_words(lang) if k == kind)


@lru_cache(maxsize=8)
def _demonyms(lang: str) -> dict[str, tuple[str, str]]:
    """Normalised demonym of ``lang`` → (the English adjective of its country (the first form listed), ISO3)."""
    english: dict[str, str] = {}
    for row in lexicons.read_tsv(CANONICAL_LANG, "demonyms.tsv"):
        if row.get("iso3") and not row.get("place"):
            english.setdefault(row["iso3"].upper(), row["form"])
    return {normalize(row["form"]): (english[row["iso3"].upper()], row["iso3"].upper())
            for row in lexicons.read_tsv(lang, "demonyms.tsv")
            if row.get("iso3") and row["iso3"].upper() in english}


def _parts(name: str, lang: str) -> tuple[str, list[str], tuple[str, str] | None, str | None] | None:
    """(head, adjectives, (demonym, its country), complement) in English, or None when a word has no English
    form."""
    words = normalize(name).split()
    if lang == CANONICAL_LANG or len(words) < 2:
        return None
    body, demonyms = _body_words(lang), _demonyms(lang)
    head = body.get((words[0], "noun"))
    if head is None:
        return None
    adjectives: list[str] = []
    demonym: tuple[str, str] | None = None
    links, articles = _function_words(lang, "link"), _function_words(lang, "article")
    i = 1
    while i < len(words) and words[i] not in links:
        if demonym is None and (country_adjective := demonyms.get(words[i])) is not None:
            demonym = country_adjective
        elif (adjective := body.get((words[i], "adj"))) is not None:
            adjectives.append(adjective)
        else:
            return None
        i += 1
    complement = None
    if i < len(words):
        rest = [w for w in words[i + 1:] if w not in articles]
        complement = body.get((" ".join(rest), "of"))
        if complement is None:
            return None
    return head, adjectives, demonym, complement


def english_body_names(name: str, lang: str) -> list[str]:
    """English forms of a body's name written in ``lang``, most likely first; [] when it has none."""
    parts = _parts(name, lang)
    if parts is None:
        return []
    head, adjectives, demonym, complement = parts
    lead = [demonym[0]] if demonym else []
    orders = [adjectives, adjectives[::-1]] if len(adjectives) > 1 else [adjectives]
    forms = []
    for adjs in orders:
        core = " ".join([*lead, *adjs, head])
        forms.append(f"{core} of {complement}" if complement else core)
        if complement:
            forms.append(" ".join([*lead, *adjs, complement, head]))  # "Conseil de sécurité" → "Security Council"
    return list(dict.fromkeys(re.sub(r"\s+", " ", f) for f in forms))


def english_body_name(name: str, lang: str) -> str | None:
    """The English name of a body written in ``lang`` when its form is certain, else None."""
    parts = _parts(name, lang)
    if parts is None or parts[3] is not None or len(parts[1]) > 1 or parts[2] is None:
        return None
    return english_body_names(name, lang)[0]


def body_country(name: str, lang: str) -> str | None:
    """The ISO3 country the demonym of a body's name states ("Forces armées maliennes" → MLI), else None."""
    parts = _parts(name, lang)
    return parts[2][1] if parts is not None and parts[2] is not None else None
