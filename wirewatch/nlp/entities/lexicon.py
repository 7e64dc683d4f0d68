"""The language data the entity component reads (``lexicons/<lang>/``), gathered in one typed object."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path

from spacy.tokens import Doc, Token

from wirewatch import lexicons
from wirewatch.kb.names import normalize
from wirewatch.nlp.doc_cache import tokens_where
from wirewatch.nlp.entities.romanize import Romanization


def _compile_name_pattern(pattern: str, english: str) -> tuple[re.Pattern[str], str]:
    """"université {X}" → a regex whose group X is one or more capitalised words (with particles inside)."""
    head, _, tail = pattern.partition("{X}")
    proper = r"(?P<X>[A-ZÀ-Ý][\w’'-]*(?:\s+(?:[a-zà-ÿ]{1,3}['’]?\s*)?[A-ZÀ-Ý][\w’'-]*)*)"
    return re.compile(f"(?i:{re.escape(head)}){proper}(?i:{re.escape(tail)})"), english


_GENDERS = frozenset({"m", "f"})


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    path = Path(str(resources.files("wirewatch.kb") / "data" / "given_names.txt"))
    lines = path.read_text(encoding="utf-8").splitlines() if path.is_file() else []
    return frozenset(normalize(w) for w in lines if w.strip() and not w.startswith("#"))


@dataclass(frozen=True)
class EntityLexicon:
    lang: str
    label_types: dict[str, str]  # spaCy NER label → PER/ORG/LOC/MISC
    trim_words: frozenset[str]  # lower-cased words stripped from span edges
    trailing_words: frozenset[str]  # lower-cased words that cannot end a name ("of", "de")
    nationality_prefixes: frozenset[str]  # words a hyphen joins before a demonym: "pro", "anti" ("Pro-Russian")
    media_nouns: frozenset[str]  # lower-case nouns before an outlet's name, not part of it ("chaîne", "agence")
    titles: dict[str, str]  # normalised title form → role
    title_genders: dict[str, str]  # normalised title form → m | f, for the forms that state it ("présidente")
    honorifics: dict[str, str]  # lower-cased honorific as written → m | f ("mrs." → f, "m." → m)
    max_title_words: int
    demonyms: dict[str, str]  # normalised adjective / demonym → ISO3
    nationalities: frozenset[str]  # normalised demonyms of countries and regions ("Russian", "européens")
    kind_nouns: dict[str, str]  # normalised head noun → the type of a name it introduces ("tanker" → MISC)
    name_end_kinds: dict[str, str]  # normalised class noun that ends a name of its kind ("high school" → ORG)
    name_joiners: frozenset[str]  # lower-cased words joining two names into one organisation name ("of", "de")
    possessives: frozenset[str]  # possessive tokens joining an owner to a name ("'s")
    not_names: frozenset[str]  # normalised capitalised words that are no names alone: weekdays, "État"
    name_heads: frozenset[str]  # normalised head nouns of organisation/place names ("Party", "Agence")
    given_names: frozenset[str]  # normalised given names (kb/data/given_names.txt, all languages)
    locative_words: frozenset[str]  # lower-cased prepositions before place names ("in", "à", "près")
    # those of them that tell a direction, not a location ("to", "vers"): "a blow to X" places no X
    direction_words: frozenset[str]
    conjunctions: frozenset[str]  # lower-cased list conjunctions ("and", "et")
    name_patterns: tuple[tuple[re.Pattern[str], str], ...]  # "université {X}" → "{X} University"
    romanization: Romanization | None  # English spellings of names the language transcribes its way
    generic_bodies: dict[str, tuple[str, str]]  # normalised "Parti socialiste" → ("Socialist Party", "country")
    _first_word_verdicts: dict[int, bool] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def load(cls, lang: str) -> EntityLexicon:
        labels = {row["label"]: row["type"] for row in lexicons.read_tsv(lang, "ner_labels.tsv")}
        title_rows = lexicons.read_tsv(lang, "titles.tsv")
        titles = {normalize(row["form"]): row["role"] for row in title_rows}
        demonyms: dict[str, str] = {}
        nationalities: set[str] = set()
        for row in lexicons.read_tsv(lang, "demonyms.tsv"):
            cells = list(row.values())
            if cells and cells[0]:
                nationalities.add(normalize(cells[0]))
            if len(cells) >= 2 and cells[0] and cells[1]:
                demonyms.setdefault(normalize(cells[0]), cells[1].upper())
        return cls(
            lang=lang,
            label_types=labels,
            trim_words=frozenset(w.lower() for w in lexicons.read_lines(lang, "entity_trim.txt")),
            trailing_words=frozenset(w.lower() for w in lexicons.read_lines(lang, "entity_trailing.txt")),
            nationality_prefixes=frozenset(normalize(w) for w in lexicons.read_lines(lang, "nationality_prefixes.txt")),
            media_nouns=frozenset(w.lower() for w in lexicons.read_lines(lang, "quote_media_nouns.txt")),
            titles=titles,
            title_genders={normalize(row["form"]): row["gender"] for row in title_rows
                           if row.get("gender") in _GENDERS},
            honorifics={row["form"].lower(): row["gender"] for row in lexicons.read_tsv(lang, "quote_honorifics.tsv")
                        if row.get("form") and row.get("gender") in _GENDERS},
            max_title_words=max((len(t.split()) for t in titles), default=1),
            demonyms=demonyms,
            nationalities=frozenset(nationalities),
            kind_nouns={normalize(row["form"]): row["type"] for row in lexicons.read_tsv(lang, "kind_nouns.tsv")},
            name_end_kinds={normalize(row["form"]): row["type"] for row in lexicons.read_tsv(lang, "kind_nouns.tsv")
                            if row.get("ends") == "yes"},
            name_joiners=frozenset(w.lower() for w in lexicons.read_lines(lang, "name_joiners.txt")),
            possessives=frozenset(lexicons.read_lines(lang, "possessive_markers.txt")),
            not_names=frozenset(normalize(w) for w in lexicons.read_lines(lang, "not_names.txt")),
            name_heads=frozenset(normalize(w) for w in lexicons.read_lines(lang, "name_heads.txt")),
            given_names=given_names(),
            locative_words=frozenset(w.lower() for w in lexicons.read_lines(lang, "locative_words.txt")),
            direction_words=frozenset(w.lower() for w in lexicons.read_lines(lang, "direction_prepositions.txt")),
            conjunctions=frozenset(w.lower() for w in lexicons.read_lines(lang, "conjunctions.txt")),
            name_patterns=tuple(_compile_name_pattern(row["pattern"], row["english"])
                                for row in lexicons.read_tsv(lang, "name_patterns.tsv")),
            romanization=Romanization.load(lang),
            generic_bodies={normalize(row["form"]): (row["english"], row.get("qualify") or "")
                            for row in lexicons.read_tsv(lang, "generic_bodies.tsv")},
        )

    @cached_property
    def title_first_words(self) -> frozenset[str]:
        return frozenset(t.split()[0] for t in self.titles if t)

    def may_start_title(self, token: Token) -> bool:
        """False only when no title can start with ``token``: a space follows it (so its words stay apart from the
        next token's) and the first word of its normalised text is the first word of no title."""
        if not token.whitespace_:
            return True
        words = normalize(token.text).split(maxsplit=1)
        return not words or words[0] in self.title_first_words

    def title_first_tokens(self, doc: Doc) -> list[int]:
        """Indices of the tokens whose normalised text is the first word of a title, ascending."""
        first_words = self.title_first_words
        return tokens_where(doc, lambda text: normalize(text) in first_words, self._first_word_verdicts)

    def english_name(self, name: str) -> str | None:
        """The English form of a facility or body name by the language's patterns, or None."""
        for pattern, english in self.name_patterns:
            m = pattern.fullmatch(name)
            if m:
                proper = re.sub(r"(?<=\w)-(?=[A-ZÀ-Ý])", " ", m.group("X"))
                return english.replace("{X}", proper)
        return None

    def generic_body(self, name: str) -> tuple[str, str, str | None] | None:
        """English name, qualification and country (of a demonym before or after it, or after its head noun as
        French writes it: « ministère russe de la Défense ») of a name many countries' bodies share: "Parti
        socialiste portugais" → ("Socialist Party", "country", "PRT"); else None."""
        words = normalize(name).split()
        country = None
        if len(words) > 1 and (c := self.demonym_country(words[-1])):
            country, words = c, words[:-1]
        elif len(words) > 1 and (c := self.demonym_country(words[0])):
            country, words = c, words[1:]
        elif len(words) > 2 and (c := self.demonym_country(words[1])) and " ".join(
                [words[0], *words[2:]]) in self.generic_bodies:  # « ministère kényan des Affaires étrangères »
            country, words = c, [words[0], *words[2:]]
        found = self.generic_bodies.get(" ".join(words))
        return (found[0], found[1], country) if found else None

    def title_role(self, words: str) -> str | None:
        return self.titles.get(normalize(words))

    def title_gender(self, words: str) -> str | None:
        """"m" or "f" when the title form states a gender ("présidente", "spokeswoman"), else None."""
        return self.title_genders.get(normalize(words))

    def honorific_gender(self, word: str) -> str | None:
        """"m" or "f" for an honorific written before a name ("Mrs.", "Mme", "M."), else None."""
        return self.honorifics.get(word.lower())

    def is_nationality(self, words: str) -> bool:
        """Whether ``words`` are a demonym alone ("Turkish", "les Russes" trimmed to "Russes", "Européens"), also
        joined by hyphens to combining forms ("Franco-Israélien", "Sino-Russian") or to a stance ("Pro-Russian",
        ``nationality_prefixes.txt``)."""
        parts = [normalize(w) for w in words.replace("‐", "-").split("-")]
        return (bool(parts) and " ".join(parts) in self.nationalities) or (
            len(parts) > 1 and all(parts) and parts[-1] in self.nationalities
            and all(p.endswith("o") or p in self.nationality_prefixes for p in parts[:-1]))

    def demonym_country(self, word: str) -> str | None:
        return self.demonyms.get(normalize(word))
