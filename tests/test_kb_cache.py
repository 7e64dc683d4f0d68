"""The actor KB cache: built on first use, read back after, rebuilt when its sources change or it is damaged."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wirewatch.kb.kb_cache import CACHE_PREFIX, cache_file, load_cached

ACTORS = [
    {"id": "ww:test-person", "name": "Maren Holt", "type": "PER", "country": "NOR", "aliases": {"fr": ["Maren Holte"]}},
    {"id": "ww:test-body", "name": "Fjord Council", "type": "ORG", "country": "NOR"},
]


@pytest.fixture
def kb_file(tmp_path: Path) -> Path:
    path = tmp_path / "kb" / "actors.jsonl"
    path.parent.mkdir()
    path.write_text("".join(json.dumps(row) + "\n" for row in ACTORS), encoding="utf-8")
    return path


def caches(cache_dir: Path) -> list[Path]:
    return sorted(cache_dir.glob(f"{CACHE_PREFIX}*.pickle"))


def test_first_load_writes_the_cache(tmp_path: Path, kb_file: Path) -> None:
    load_cached(tmp_path / "data", kb_file)
    assert caches(tmp_path / "data") == [cache_file(tmp_path / "data", kb_file)]


def test_second_load_reads_the_cache_not_the_files(tmp_path: Path, kb_file: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    load_cached(tmp_path / "data", kb_file)

    def no_build(*args: object, **kwargs: object) -> None:
        raise AssertionError("the KB was built again")

    monkeypatch.setattr("wirewatch.kb.kb_cache.ActorKB.load", no_build)
    assert load_cached(tmp_path / "data", kb_file).by_id("ww:test-person") is not None


def test_cache_is_read_back_with_the_same_actors(tmp_path: Path, kb_file: Path) -> None:
    load_cached(tmp_path / "data", kb_file)
    kb = load_cached(tmp_path / "data", kb_file)
    assert [a.id for a in kb.actors] == ["ww:test-person", "ww:test-body"]
    assert kb.lookup("Maren Holte", "fr") is not None


def test_a_changed_kb_file_gets_a_new_cache_and_the_old_one_goes(tmp_path: Path, kb_file: Path) -> None:
    load_cached(tmp_path / "data", kb_file)
    old = caches(tmp_path / "data")
    with kb_file.open("a", encoding="utf-8") as out:
        out.write(json.dumps({"id": "ww:test-other", "name": "Skagen Guard", "type": "ORG"}) + "\n")
    kb = load_cached(tmp_path / "data", kb_file)
    assert kb.by_id("ww:test-other") is not None
    assert caches(tmp_path / "data") != old and len(caches(tmp_path / "data")) == 1


def test_a_damaged_cache_is_rebuilt(tmp_path: Path, kb_file: Path) -> None:
    load_cached(tmp_path / "data", kb_file)
    cache_file(tmp_path / "data", kb_file).write_bytes(b"not a pickle")
    kb = load_cached(tmp_path / "data", kb_file)
    assert kb.by_id("ww:test-body") is not None
    assert load_cached(tmp_path / "data", kb_file).by_id("ww:test-body") is not None
