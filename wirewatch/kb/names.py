"""Name normalisation and a language-independent name key.

``normalize`` folds case, accents, apostrophes and hyphens so that alias look-ups ignore typography.
``name_key`` goes further — transliterates Cyrillic, maps French/German spellings onto English ones, drops
vowels and doubled letters — so that Poutine, Putin and Путин share a key. It finds *candidates* for a merge
across articles and languages; it is not proof of identity on its own (see ``kb/data/name_key.json``).
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

CANONICAL_LANG = "en"  # the language of canonical names (the KB's names are English Wikipedia titles)

_LIGATURES = str.maketrans({"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE", "ø": "o", "Ø": "O", "ß": "ss",
                            "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ı": "i"})
_APOSTROPHES = re.compile(r"[’'`´ʼ‘]")
_NON_WORD = re.compile(r"[^\w]+")
_DOTTED_ACRONYM = re.compile(r"\b(?:[A-Z]\.){2,}")


def strip_accents(text: str) -> str:
    if text.isascii():  # most names: nothing to decompose (the same result, without the per-character pass)
        return text
    text = unicodedata.normalize("NFKD", text.translate(_LIGATURES))
    return "".join(c for c in text if not unicodedata.combining(c))


def undotted_acronyms(text: str) -> str:
    """Acronyms written with full stops written without them: "U.N. Security Council" → "UN Security Council"
    (normalize() reads "U.N." as two words, the KB's aliases write "UN")."""
    return _DOTTED_ACRONYM.sub(lambda m: m.group(0).replace(".", ""), text)


@lru_cache(maxsize=200_000)
def normalize(text: str) -> str:
    """Case-, accent- and punctuation-insensitive form: "Maison-Blanche" → "maison blanche"."""
    text = _APOSTROPHES.sub(" ", strip_accents(text).casefold())
    return " ".join(_NON_WORD.sub(" ", text).split())


@dataclass(frozen=True)
class NameKeyRules:
    transliteration: dict[str, str]
    rewrites: tuple[tuple[str, str], ...]
    vowels: str
    drop_words: frozenset[str]


@lru_cache(maxsize=1)
def name_key_rules() -> NameKeyRules:
    path = resources.files("wirewatch.kb") / "data" / "name_key.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    return NameKeyRules(
        transliteration=dict(data["transliteration"]),
        rewrites=tuple((a, b) for a, b in data["rewrites"]),
        vowels=data["vowels"],
        drop_words=frozenset(data.get("drop_words", [])),
    )


@lru_cache(maxsize=100_000)
def name_key(text: str) -> str:
    """Language-independent key of a name: ``name_key("Vladimir Poutine") == name_key("Владимир Путин")``
    (kept per text: entity linking asks again for every mention and in both of its passes)."""
    rules = name_key_rules()
    lowered = text.casefold()
    lowered = "".join(rules.transliteration.get(c, c) for c in lowered)
    words = normalize(lowered).split()
    out = []
    for word in words:
        if word in rules.drop_words and len(words) > 1:
            continue
        for old, new in rules.rewrites:
            word = word.replace(old, new)
        if not word:
            continue
        core = word[0] + "".join(c for c in word[1:] if c not in rules.vowels)
        out.append(re.sub(r"(.)\1+", r"\1", core))
    return " ".join(out)


def spelling_key(text: str) -> str:
    """A name's letters without case, accents, punctuation or doubled letters ("Witkof" ~ "Steve Witkoff"): the key
    of a name that is written, not transliterated, in Latin-script languages (``ActorKB.lookup_person``)."""
    return " ".join(re.sub(r"(.)\1+", r"\1", word) for word in normalize(text).split())


_ARABIC_ARTICLE = re.compile(r"^(?:a[ltdrsnzšş]|ash|adh|ath|az̧)[ -]", re.IGNORECASE)


def _consonants(name: str) -> str:
    """The consonants of a name without accents, doubled letters once: "Ar Raqqah" → "rrqh", "Derna" → "drn"."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", name.lower()) if c.isalpha() and c.isascii())
    return re.sub(r"(.)\1+", r"\1", re.sub(r"[aeiouy]", "", plain))


def arabic_romanisation_of(gazetteer_name: str, written: str) -> bool:
    """The gazetteer's name is a BGN romanisation of Arabic ("Darnah", "Ar Raqqah") of which ``written`` is the
    common spelling ("Derna", "Raqqa"): the same consonants once the article and the final "h" are dropped."""
    bare = _ARABIC_ARTICLE.sub("", gazetteer_name)
    if bare == gazetteer_name and not gazetteer_name.endswith("ah"):
        return False
    bare = bare[:-1] if bare.endswith("ah") else bare
    return bool(_consonants(written)) and _consonants(bare) == _consonants(_ARABIC_ARTICLE.sub("", written))
