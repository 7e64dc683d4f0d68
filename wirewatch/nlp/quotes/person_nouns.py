"""A definite person noun that names no office as the speaker ("a déclaré l'élue", "le quadragénaire a
expliqué"): the article introduced that person earlier by name, so it speaks for the nearest person named before
whose gender (when the article gives one) agrees with the noun's. The nouns are data
(``lexicons/<lang>/quote_anaphoric_nouns.txt``)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from wirewatch import lexicons
from wirewatch.nlp.quotes.mentions import EntityIndex, EntityMention

WINDOW = 1500  # characters searched back for the person
GENDERS = {"Fem": "f", "Masc": "m"}


def anaphoric_nouns(lang: str) -> frozenset[str]:
    return frozenset(w.lower() for w in lexicons.read_lines(lang, "quote_anaphoric_nouns.txt"))


def demonstrative_pronouns(lang: str) -> dict[str, str]:
    """Demonstrative pronouns that take up the last person named ("celui-ci") -> their gender
    (``quote_demonstratives.tsv``)."""
    return {row["form"].lower(): row.get("gender", "") for row in lexicons.read_tsv(lang, "quote_demonstratives.tsv")
            if row.get("form")}


def demonstrative_gender(forms: dict[str, str], head: Token) -> str | None:
    """The gender of the demonstrative pronoun ``head`` is a word of ("Celui-ci", which the tokenizer may cut at
    its hyphen, the parse then taking any of its pieces for the subject), or None when it is none."""
    text = head.doc.text
    end = head.idx + len(head.text)
    for form, gender in forms.items():
        for start in range(max(0, end - len(form)), head.idx + 1):
            if text[start: start + len(form)].lower() == form and (start == 0 or not text[start - 1].isalpha()) \
                    and not text[start + len(form): start + len(form) + 1].isalpha():
                return gender
    return None


def is_anaphoric_noun(nouns: frozenset[str], indefinite: frozenset[str], head: Token, phrase: Span) -> bool:
    """"l'élue", "le quadragénaire": a listed noun under a definite determiner (not "une élue", "a spokesperson")."""
    return head.pos_ in ("NOUN", "ADJ") and bool(phrase) and phrase[0].pos_ == "DET" \
        and phrase[0].lower_ not in indefinite \
        and (head.lemma_.lower() in nouns or head.lower_ in nouns)


def person_before(index: EntityIndex, gender_of: Callable[[str], str | None], quoted: Callable[[int], bool],
                  head: Token, phrase: Span, gender: str | None = None) -> EntityMention | None:
    """The nearest person named before ``phrase`` whom the article gives the noun's gender, else the nearest whose
    gender it does not know ("Marie Lebrun … Paul Renard … a expliqué la quadragénaire": Marie Lebrun when the article
    gave her that gender); ``gender``: the phrase's when its words do not say it right (a pronoun's)."""
    gender = phrase_gender(head) if gender is None else gender
    unknown = None
    for m in index.before(phrase.start_char, WINDOW):
        if m.type != "PER" or quoted(m.start):
            continue
        known = gender_of(m.entity_id or m.name)
        if not gender or known == gender:
            return m
        if known is None and unknown is None:
            unknown = m
    return unknown


def phrase_gender(head: Token) -> str:
    """"m", "f" or "": the gender of a noun phrase, its determiner's first ("la ministre": the noun is epicene and
    the tagger may call it masculine; "cette dernière")."""
    for tok in [*(c for c in head.children if c.pos_ == "DET" and c.i < head.i), head]:
        gender = GENDERS.get(next(iter(tok.morph.get("Gender", [])), ""), "")
        if gender:
            return gender
    return ""
