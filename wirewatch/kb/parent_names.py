"""A body's name written with its parent organisation in full or by acronym: « Haut-Commissariat des Nations
unies pour les réfugiés » and « Haut-Commissariat de l'ONU pour les réfugiés », "United Nations refugee agency"
and "U.N. refugee agency" name one body. The forms of a parent are language data
(``lexicons/<lang>/parent_body_forms.tsv``); a KB alias holding one form, as whole words, gains the alias with
each other form of its row, in the alias's language.
"""

from __future__ import annotations

import re
from functools import lru_cache

from wirewatch import lexicons

LEXICON = "parent_body_forms.tsv"


@lru_cache(maxsize=8)
def _rows(lang: str) -> tuple[tuple[re.Pattern[str], tuple[str, ...]], ...]:
    if not lexicons.has(lang, LEXICON):
        return ()
    out = []
    for row in lexicons.read_tsv(lang, LEXICON):
        forms = tuple(f.strip() for f in row["forms"].split("|") if f.strip())
        for form in forms:
            pattern = re.compile(r"(?<![\w.])" + re.escape(form) + r"(?![\w])", re.IGNORECASE)
            out.append((pattern, tuple(f for f in forms if f != form)))
    return tuple(out)


def parent_variants(alias: str, lang: str) -> list[str]:
    """The other ways of writing ``alias`` with its parent's other forms ("UN refugee agency" → "United Nations
    refugee agency", "U.N. refugee agency"); empty when it holds none."""
    out: list[str] = []
    for pattern, others in _rows(lang):
        if pattern.search(alias):
            out.extend(pattern.sub(other.replace("\\", "\\\\"), alias, count=1) for other in others)
    return [v for v in dict.fromkeys(out) if v != alias]


def with_parent_variants(aliases: dict[str, list[str]]) -> dict[str, list[str]]:
    """``aliases`` (language → forms) with the parent variants of each form added after the forms."""
    out = {}
    for lang, forms in aliases.items():
        extra = [v for f in forms for v in parent_variants(f, lang)]
        out[lang] = list(dict.fromkeys([*forms, *extra]))
    return out


def without_parent_complement(name: str, lang: str) -> str | None:
    """``name`` without the parent organisation that ends it (« Bureau de la coordination des affaires
    humanitaires de l'ONU » → « Bureau de la coordination des affaires humanitaires »), or None when no parent
    form ends it."""
    straight = name.replace("’", "'")  # « de l’ONU » as « de l'ONU » (one character for one)
    starts = [m.start() for pattern, _ in _rows(lang) for m in pattern.finditer(straight)
              if m.end() == len(straight.rstrip())]
    rest = name[:min(starts)].strip() if starts else ""  # the longest parent form: « de l'ONU », not « l'ONU »
    return rest if len(rest.split()) >= 2 else None
