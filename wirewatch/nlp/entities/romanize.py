"""English spellings of names a language transcribes its own way: French "Mikhaïl Kourilenko" is "Mikhail
Kurilenko" in English-language news. The rules are data (``lexicons/<lang>/name_romanization.json``); a language
without that file keeps every name as written."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from wirewatch import lexicons

_WORD_PARTS = re.compile(r"([^\s-]+)")


@dataclass(frozen=True)
class Romanization:
    """One language's transcription rules: when they apply and what they rewrite."""

    markers: tuple[str, ...]  # lower-case spellings English transcriptions never use ("ou", "tch")
    surname_endings: tuple[str, ...]  # lower-case endings of the surnames the rules are for ("enko", "ov")
    countries: frozenset[str]  # ISO3 of the countries whose names the rules are for
    rewrites: tuple[tuple[re.Pattern[str], str], ...]
    # ISO3 → rewrites after ``rewrites`` for the names of that country (Ukrainian г: French "g", English "h")
    country_rewrites: dict[str, tuple[tuple[re.Pattern[str], str], ...]] = field(default_factory=dict)

    @classmethod
    def load(cls, lang: str) -> Romanization | None:
        data = lexicons.read_json(lang, "name_romanization.json")
        if not data:
            return None
        return cls(
            markers=tuple(data["markers"]),
            surname_endings=tuple(data["surname_endings"]),
            countries=frozenset(data.get("countries", [])),
            rewrites=tuple((re.compile(old), new) for old, new in data["rewrites"]),
            country_rewrites={country: tuple((re.compile(old), new) for old, new in rows)
                              for country, rows in data.get("country_rewrites", {}).items()},
        )

    def applies(self, name: str, country: str | None) -> bool:
        """Whether ``name`` is written in this language's transcription of a name of those countries."""
        words = name.lower().split()
        if len(words) < 2 or not any(m in name.lower() for m in self.markers):
            return False
        return country in self.countries or words[-1].endswith(self.surname_endings)

    def _word(self, word: str, country: str | None) -> str:
        out = word.lower()
        for pattern, new in (*self.rewrites, *self.country_rewrites.get(country or "", ())):
            out = pattern.sub(new, out)
        return out.capitalize() if word[:1].isupper() else out

    def english(self, name: str, country: str | None = None, article_country: str | None = None) -> str | None:
        """The English spelling of a person's ``name``, or None when the rules do not apply or change nothing.
        The rules of one country (``country_rewrites``) follow the person's ``country``, else the country the
        article is about (a person named without a title in an article about Ukraine)."""
        if not self.applies(name, country):
            return None
        spelling_country = country or article_country
        english = _WORD_PARTS.sub(lambda m: self._word(m.group(1), spelling_country), name)
        return english if english != name else None
