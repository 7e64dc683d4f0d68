"""Language knowledge as data: ``lexicons/<lang>/<name>`` files, read on demand (never at import time).

Formats:
- ``.txt``: one entry a line; ``#`` starts a comment; blank lines ignored.
- ``.tsv``: tab-separated columns; ``#`` comment lines; the first non-comment line is the header.
- ``.json``: any JSON value.

Adding a language means adding a folder with the same file names; a component asks for a file and gets an
empty result (never a crash) when a language lacks it, so a language can grow layer by layer.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any


def lexicon_dir() -> Path:
    return Path(str(resources.files(__package__)))


def languages() -> list[str]:
    """Languages that have a lexicon folder."""
    return sorted(p.name for p in lexicon_dir().iterdir() if p.is_dir() and len(p.name) == 2)


_LANGUAGE_CODE = re.compile(r"[a-z]{2,3}")


def _path(lang: str, name: str) -> Path | None:
    """The file, or None when ``lang`` is not a plain language code: a language comes from the input, and
    ``"../.."`` or any other string must never name a file outside the lexicons."""
    return lexicon_dir() / lang / name if _LANGUAGE_CODE.fullmatch(lang) else None


def has(lang: str, name: str) -> bool:
    path = _path(lang, name)
    return path is not None and path.is_file()


@lru_cache(maxsize=256)
def read_lines(lang: str, name: str) -> tuple[str, ...]:
    """Entries of a ``.txt`` lexicon (comments and blank lines dropped, whitespace stripped)."""
    path = _path(lang, name)
    if path is None or not path.is_file():
        return ()
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip() if not line.lstrip().startswith("#") else ""
        if line:
            out.append(line)
    return tuple(out)


@lru_cache(maxsize=256)
def read_tsv(lang: str, name: str) -> tuple[dict[str, str], ...]:
    """Rows of a ``.tsv`` lexicon as dicts keyed by the header; missing trailing cells are ''."""
    path = _path(lang, name)
    if path is None or not path.is_file():
        return ()
    return tuple(tsv_rows(path.read_text(encoding="utf-8")))


def tsv_rows(text: str) -> list[dict[str, str]]:
    """The rows of a ``.tsv`` lexicon's text (any file in that format, build scripts' included)."""
    header: list[str] | None = None
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        if header is None:
            header = cells
            continue
        cells += [""] * (len(header) - len(cells))
        rows.append(dict(zip(header, cells, strict=False)))
    return rows


@lru_cache(maxsize=64)
def read_json(lang: str, name: str) -> Any:
    path = _path(lang, name)
    if path is None or not path.is_file():
        return None
    return json.loads(path.read_text(encoding="utf-8"))
