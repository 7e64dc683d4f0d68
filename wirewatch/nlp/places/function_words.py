"""The function words around toponyms (articles, possessive clitics, conjunctions, the prepositions between a
place and the one holding it), read from ``place_function_words.tsv`` of every language folder: a text names
places in other languages' forms too, so every language's words count in every text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from wirewatch import lexicons


@dataclass(frozen=True)
class PlaceFunctionWords:
    name_articles: tuple[str, ...]  # dropped from the start of a name: "the ", "The "
    possessives: tuple[str, ...]  # dropped from the end of a name: "'s", "’s"
    article_before: re.Pattern[str]  # an article ending lower-cased text before a name ("… sud de l'")
    conjunction: re.Pattern[str]  # the whole gap between two coordinated names (", and ", " et de ")
    parent_gap: re.Pattern[str]  # the whole gap between a place and the one holding it (", in ", " (")


def _alternatives(forms: list[str]) -> str:
    return "|".join(re.escape(f) for f in sorted(set(forms), key=lambda f: (-len(f), f)))


@lru_cache(maxsize=1)
def place_function_words() -> PlaceFunctionWords:
    roles: dict[str, list[str]] = {}
    for lang in lexicons.languages():
        for row in lexicons.read_tsv(lang, "place_function_words.tsv"):
            roles.setdefault(row["role"], []).append(row["form"].replace("’", "'"))
    articles = roles.get("article_before", [])
    whole = _alternatives([a for a in articles if not a.endswith("'")])
    elided = _alternatives([a for a in articles if a.endswith("'")])
    article_before = "|".join(p for p in (rf"\b(?:{whole})\s+" if whole else "", rf"\b(?:{elided})" if elided else "")
                              if p)
    leading = sorted(set(roles.get("name_article", [])))
    clitics = sorted(set(roles.get("possessive", [])))
    return PlaceFunctionWords(
        name_articles=tuple(form for word in leading for form in (f"{word} ", f"{word[0].upper()}{word[1:]} ")),
        possessives=tuple(form for clitic in clitics for form in (clitic, clitic.replace("'", "’"))),
        article_before=re.compile(rf"(?:{article_before})$" if article_before else r"(?!)"),
        conjunction=re.compile(rf"^\s*,?\s*(?:{_alternatives(roles.get('conjunction', []))})?\s*$", re.IGNORECASE),
        parent_gap=re.compile(rf"^\s*[,(]?\s*(?:{_alternatives(roles.get('parent_preposition', []))})?\s*"
                              rf"(?:{_alternatives(roles.get('parent_article', []))})?\s*$", re.IGNORECASE),
    )


def is_conjunction(gap: str) -> bool:
    """Whether ``gap`` (the text between two names) joins them as items of one list."""
    return bool(place_function_words().conjunction.match(gap))
