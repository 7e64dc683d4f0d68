"""The language data the entity component reads (``lexicons/<lang>/``), gathered in one typed object."""

from __future__ import annotations

from dataclasses import dataclass

from wirewatch import lexicons
from wirewatch.kb.names import normalize


@dataclass(frozen=True)
class EntityLexicon:
    lang: str
    label_types: dict[str, str]  # spaCy NER label → PER/ORG/LOC/MISC
    trim_words: frozenset[str]  # lower-cased words stripped from span edges
    trailing_words: frozenset[str]  # lower-cased words that cannot end a name ("of", "de")
    titles: dict[str, str]  # normalised title form → role
    max_title_words: int
    demonyms: dict[str, str]  # normalised adjective / demonym → ISO3
    not_names: frozenset[str]  # normalised capitalised words that are no names alone: weekdays, "État"

    @classmethod
    def load(cls, lang: str) -> EntityLexicon:
        labels = {row["label"]: row["type"] for row in lexicons.read_tsv(lang, "ner_labels.tsv")}
        titles = {normalize(row["form"]): row["role"] for row in lexicons.read_tsv(lang, "titles.tsv")}
        demonyms: dict[str, str] = {}
        for row in lexicons.read_tsv(lang, "demonyms.tsv"):
            cells = list(row.values())
            if len(cells) >= 2 and cells[0] and cells[1]:
                demonyms.setdefault(normalize(cells[0]), cells[1].upper())
        return cls(
            lang=lang,
            label_types=labels,
            trim_words=frozenset(w.lower() for w in lexicons.read_lines(lang, "entity_trim.txt")),
            trailing_words=frozenset(w.lower() for w in lexicons.read_lines(lang, "entity_trailing.txt")),
            titles=titles,
            max_title_words=max((len(t.split()) for t in titles), default=1),
            demonyms=demonyms,
            not_names=frozenset(normalize(w) for w in lexicons.read_lines(lang, "not_names.txt")),
        )

    def title_role(self, words: str) -> str | None:
        return self.titles.get(normalize(words))

    def demonym_country(self, word: str) -> str | None:
        return self.demonyms.get(normalize(word))
