"""The built actor KB cached as a pickle in the data directory, keyed by a hash of what it is built from.

Building the KB (``ActorKB.load``: about 25,000 actors, their aliases normalised into an index) took longer than
loading a spaCy model and came back on every process start. The cache holds the built object; its file name
carries the SHA-256 of the KB files (``actors.jsonl``, the extension files, ``leader_office.tsv``,
``name_scripts.tsv``), of the modules that define and build it, and of the wirewatch version, so any change to
them builds a new one on first use (never at import). Reading it back takes a fraction of a build
(``benchmarks/bench_kb_load.py``). The file is a pickle: it is only ever read from the user's own data directory,
which wirewatch writes.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import tempfile
from pathlib import Path

from wirewatch import __version__, lexicons
from wirewatch.kb import actor_kb, names, parent_names
from wirewatch.kb.actor_kb import EXTENSION_FILES, ActorKB, collection_paused, default_actor_file

CACHE_PREFIX = "actor_kb-"
_FORMAT = "1"  # raise to invalidate every cache when the pickled layout changes in a way the hashes miss

log = logging.getLogger(__name__)


def source_files(path: Path) -> list[Path]:
    """The files the KB of ``path`` is built from (those that exist) and the code that builds it."""
    data = [path, *(path.with_name(name) for name in EXTENSION_FILES), path.with_name("leader_office.tsv"),
            path.with_name("name_scripts.tsv")]
    code = [Path(str(actor_kb.__file__)), Path(str(names.__file__)), Path(str(parent_names.__file__))]
    data += [lexicons.lexicon_dir() / lang / parent_names.LEXICON for lang in lexicons.languages()]
    return [p for p in data if p.is_file()] + code


def cache_key(path: Path) -> str:
    digest = hashlib.sha256(f"{_FORMAT}\0{__version__}\0{path.name}".encode())
    for source in source_files(path):
        digest.update(source.name.encode() + b"\0" + source.read_bytes() + b"\0")
    return digest.hexdigest()[:24]


def cache_file(cache_dir: Path, path: Path) -> Path:
    return cache_dir / f"{CACHE_PREFIX}{cache_key(path)}.pickle"


def _write(target: Path, kb: ActorKB) -> None:
    """Written to a temporary file first and renamed, so a reader never sees half a cache."""
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=target.name, suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            pickle.dump(kb, out, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    for stale in target.parent.glob(f"{CACHE_PREFIX}*.pickle"):
        if stale != target:
            stale.unlink(missing_ok=True)


def load_cached(cache_dir: Path, path: Path | None = None) -> ActorKB:
    """The KB of ``path`` (the shipped one by default, with its extensions) from the cache in ``cache_dir``,
    built and cached first when the cache is missing, stale or unreadable. A cache that cannot be written (a
    read-only data directory) leaves the KB built, with a warning in the log."""
    path = path or default_actor_file()
    target = cache_file(cache_dir, path)
    if target.is_file():
        try:
            with collection_paused(), target.open("rb") as cached:
                kb = pickle.load(cached)
            if isinstance(kb, ActorKB):
                return kb
            log.warning("actor KB cache %s holds no KB; rebuilding it", target)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError) as exc:
            log.warning("actor KB cache %s unreadable (%s); rebuilding it", target, exc)
    kb = ActorKB.load(path)
    try:
        _write(target, kb)
    except OSError as exc:
        log.warning("actor KB cache not written to %s: %s", target, exc)
    return kb
