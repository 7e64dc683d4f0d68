"""A simple future the tagger read as a present: the form is the infinitive with a future ending.

The French model sometimes tags an inflected future as a present (« il mettra son veto »: *mettra* Tense=Pres),
and the act promised is then told as done. A French future is built on the infinitive (less its final *e*) with
the endings -ai, -as, -a, -ons, -ez, -ont (word class ``future_ending`` of ``event_words.tsv``): « mettr-a »,
« imposer-a », « finir-ont ». A finite verb whose form is its own lemma so extended is a future, whatever its tag.
A language with no such endings (English builds its future with "will") has none.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from wirewatch import lexicons

FILE = "event_words.tsv"
INFINITIVE_ENDINGS = ("er", "ir", "re")


@lru_cache(maxsize=8)
def future_endings(lang: str) -> frozenset[str]:
    return frozenset(row["word"].lower() for row in lexicons.read_tsv(lang, FILE) if row.get("role") == "future_ending")


def future_form(verb: Token) -> bool:
    """``verb`` is a simple future by its form (see the module)."""
    lemma = verb.lemma_.lower()
    if verb.pos_ not in ("VERB", "AUX") or not lemma.endswith(INFINITIVE_ENDINGS) or "Inf" in verb.morph.get(
            "VerbForm", []):
        return False
    stem = lemma[:-1] if lemma.endswith("re") else lemma
    form = verb.lower_
    return form.startswith(stem) and form[len(stem):] in future_endings(verb.doc.lang_)
