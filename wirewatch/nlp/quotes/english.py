"""Speakers no name designates, described in English like every canonical name ("les analystes occidentaux" →
"Western analysts", "des habitants et des secouristes" → "residents and rescuers").

A record's speaker is the same whatever the article's language: a person or organisation by its canonical
name, and a described source ("officials", "a source close to the talks") by its description in English. A
description is read conjunct by conjunct ("X et Y"): determiners dropped, nationality adjectives turned into the
English adjective (``demonyms.tsv``, and the adjectives of ``quote_descriptions.tsv``: "occidentaux"), the rest
of the words looked up whole in ``quote_descriptions.tsv`` (``form``, ``english``: singular and plural forms); a
body after a link word ("de") qualifies the noun before it ("un porte-parole de l'armée" → "an army spokesperson",
kinds ``link`` and ``complement``: a body alone, "l'armée", stays as written, as the article names it).
A description with any word the table lacks stays as written: no half-translation. Adjectives take English order
(kind ``classifier``, "militaire" → "military", next to the noun after a nationality: "an Israeli military
official"), and "a"/"an" goes by sound ("a European diplomat"; ``en/indefinite_articles.tsv``).
"""

from __future__ import annotations

from spacy.tokens import Token

from wirewatch import lexicons
from wirewatch.kb.names import normalize

VOWEL_LETTERS = "aeiou"


def indefinite_article(phrase: str, prefixes: dict[str, str]) -> str:
    """"a" or "an" before ``phrase`` by the sound of its first word: the longest listed prefix
    (``indefinite_articles.tsv``: "a European", "an hour"), else "an" before a vowel letter."""
    word = phrase.split()[0].lower() if phrase.split() else ""
    listed = [p for p in prefixes if word.startswith(p)]
    if listed:
        return prefixes[max(listed, key=len)]
    return "an" if word[:1] in VOWEL_LETTERS else "a"


class EnglishDescriptions:
    """The English description of a speaker phrase of one language (an empty table for English itself)."""

    def __init__(self, lang: str, indefinite: frozenset[str]):
        self.indefinite = indefinite
        self.article_prefixes = {row["prefix"]: row["article"] for row in lexicons.read_tsv(
            "en", "indefinite_articles.tsv") if row.get("prefix") and row.get("article")}
        rows = [row for row in lexicons.read_tsv(lang, "quote_descriptions.tsv")
                if row.get("form") and row.get("english")]
        self.forms = {normalize(row["form"]): row["english"] for row in rows if not row.get("kind")}
        # "un porte-parole de l'armée" → "an army spokesperson": a body named after a link word, as a modifier
        self.links = frozenset(row["form"].lower() for row in rows if row.get("kind") == "link")
        self.complements = {normalize(row["form"]): row["english"] for row in rows if row.get("kind") == "complement"}
        english_adjective: dict[str, str] = {}
        for row in lexicons.read_tsv("en", "demonyms.tsv"):
            if row.get("form") and row.get("iso3") and row["form"][:1].isupper() and not row["form"].endswith("s"):
                english_adjective.setdefault(row["iso3"], row["form"])
        self.adjectives: dict[str, str] = {}
        if self.forms:
            for row in lexicons.read_tsv(lang, "demonyms.tsv"):
                iso3 = row.get("iso3")
                if row.get("form") and iso3 in english_adjective:
                    self.adjectives.setdefault(normalize(row["form"]), english_adjective[iso3])
            self.adjectives.update((normalize(row["form"]), row["english"]) for row in rows
                                   if row.get("kind") in ("adjective", "classifier"))
        # "militaire" → "military": next to the noun, after any nationality ("an Israeli military official")
        self.classifiers = frozenset(row["english"] for row in rows if row.get("kind") == "classifier")

    def describe(self, words: list[Token]) -> str | None:
        """English for the phrase ``words`` (dates already set aside), or None when any word is unknown."""
        if not self.forms or not words:
            return None
        conjuncts: list[list[Token]] = [[]]
        for tok in words:
            if tok.pos_ == "CCONJ":
                conjuncts.append([])
            elif not tok.is_punct:
                conjuncts[-1].append(tok)
        parts = [self._conjunct(c) for c in conjuncts]
        if any(p is None for p in parts):
            return None
        return " and ".join(p for p in parts if p)

    def _conjunct(self, words: list[Token]) -> str | None:
        indefinite = bool(words) and words[0].lower_ in self.indefinite and "Plur" not in words[0].morph.get(
            "Number", [])
        content = list(words)
        while content and content[0].pos_ in ("DET", "ADP"):  # the determiners ("des" may be tagged "de" + "les")
            content = content[1:]
        english = self._noun_phrase(content)
        if english is None:
            return None
        if indefinite:
            english = f"{indefinite_article(english, self.article_prefixes)} {english}"
        return english

    def _noun_phrase(self, content: list[Token]) -> str | None:
        link = next((i for i, t in enumerate(content) if i and t.pos_ == "ADP" and t.lower_ in self.links), None)
        if link is not None:  # "porte-parole de l'armée": the body after the link word qualifies the noun before it
            body = [t for t in content[link + 1:] if t.pos_ != "DET"]
            qualifier = self.complements.get(normalize(" ".join(t.text for t in body)))
            head = self._noun_phrase(content[:link]) if qualifier is not None else None
            if head is not None and qualifier is not None:
                return f"{qualifier} {head}"
        adjectives = [self.adjectives[normalize(t.text)] for t in content
                      if t.pos_ == "ADJ" and normalize(t.text) in self.adjectives]
        rest = normalize(" ".join(t.text for t in content if not (t.pos_ == "ADJ" and normalize(t.text)
                                                                     in self.adjectives)))
        noun = self.forms.get(rest)
        if noun is None:
            return None
        # English order: the other adjectives and nationalities as written, then the classifiers by the noun
        ordered = sorted(adjectives, key=lambda english: english in self.classifiers)
        return " ".join([*ordered, noun])

