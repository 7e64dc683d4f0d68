"""Where the condition of an ultimatum ends: at a semicolon or colon, or at a comma followed by a word and an
auxiliary opening a new clause (", Trump a …", ", the minister has …"). The auxiliaries are
``clause_auxiliaries.txt`` of every language folder (a sentence may quote another language)."""

from __future__ import annotations

import re
from functools import lru_cache

from wirewatch.lexicons import languages, read_lines


@lru_cache(maxsize=1)
def _clause_end() -> re.Pattern[str]:
    words = sorted({w for lang in languages() for w in read_lines(lang, "clause_auxiliaries.txt")},
                   key=lambda w: (-len(w), w))
    auxiliaries = "|".join(re.escape(w) for w in words)
    return re.compile(rf"[;:]|, (?=\w+ (?:{auxiliaries})\b)" if auxiliaries else r"[;:]")


def condition_clause(text: str) -> str:
    """``text`` (what follows a condition cue) up to the end of its clause."""
    return _clause_end().split(text)[0]
