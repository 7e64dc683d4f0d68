"""wirewatch: news read like an analyst — sourced, structured, queryable event data.

The public surface, imported on first use (importing ``wirewatch`` loads no model and no heavy module):

- ``Extractor``, ``default_resources``: articles → records (``wirewatch.run.extractor``);
- ``Settings``: every setting, passed in (``wirewatch.settings``);
- ``Article``, ``ArticleRecord`` and the layer records (``wirewatch.records``);
- ``read_input``: JSON Lines, text, HTML or stdin → articles (``wirewatch.ingest.read``);
- ``open_store``: SQLite or PostgreSQL store (``wirewatch.store``);
- ``build_stories``, ``find_deadlines``: stories and deadlines (``wirewatch.stories``).
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

__version__ = "0.1.0"

_EXPORTS = {
    "Extractor": "wirewatch.run.extractor",
    "default_resources": "wirewatch.run.extractor",
    "Settings": "wirewatch.settings",
    "Article": "wirewatch.records",
    "ArticleRecord": "wirewatch.records",
    "Entity": "wirewatch.records",
    "Quote": "wirewatch.records",
    "TimeExpr": "wirewatch.records",
    "Place": "wirewatch.records",
    "Event": "wirewatch.records",
    "read_input": "wirewatch.ingest.read",
    "open_store": "wirewatch.store",
    "build_stories": "wirewatch.stories",
    "find_deadlines": "wirewatch.stories",
}
__all__ = ["__version__", *_EXPORTS]


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'wirewatch' has no attribute {name!r}")
