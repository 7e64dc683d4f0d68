"""``wirewatch stories --db`` and ``wirewatch deadlines --db``: the store's stories and deadlines."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.story_store_support import fill
from wirewatch.cli import main
from wirewatch.store import open_store


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("stories") / "store.sqlite")
    fill(open_store(path)).close()
    return path


def _run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output


def test_stories_maps_stored_articles(db: str) -> None:
    code, output = _run("stories", "--db", db)
    mapping = json.loads(output)
    assert code == 0 and mapping["strike-en"] == mapping["strike-fr"] != mapping["threat-en"]


def test_stories_details_flag_the_disagreement(db: str, tmp_path: Path) -> None:
    _run("stories", "--db", db, "--details", str(tmp_path / "details.json"))
    stories = json.loads((tmp_path / "details.json").read_text(encoding="utf-8"))
    assert [e["disagreement"] for s in stories for e in s["events"] if e["type"] == "ASSAULT"] == [["killed"]]


def test_stories_list_is_a_table(db: str) -> None:
    code, output = _run("stories", "--db", db, "--list", "--until", "2025-03-11")
    assert code == 0 and "Missiles hit Odesa port" in output and "Tariff" not in output


@pytest.mark.parametrize(("args", "statuses"), [
    (("--as-of", "2025-03-20"), ["fulfilled"]), (("--status", "open"), []), (("--actor", "BRA"), ["fulfilled"]),
    (("--due-from", "2025-03-15"), [])])
def test_deadlines_of_the_store(db: str, args: tuple[str, ...], statuses: list[str]) -> None:
    code, output = _run("deadlines", "--db", db, *args)
    assert code == 0 and [d["status"] for d in json.loads(output)] == statuses


@pytest.mark.parametrize("command", ["stories", "deadlines"])
def test_input_or_store_not_both(db: str, tmp_path: Path, command: str) -> None:
    (tmp_path / "in.jsonl").write_text('{"id": "x", "text": "Nothing happened."}\n', encoding="utf-8")
    code, output = _run(command, str(tmp_path / "in.jsonl"), "--db", db)
    assert code == 2 and "not both" in output


@pytest.mark.parametrize(("command", "option"), [("stories", "--list"), ("deadlines", "--status=open")])
def test_store_options_need_the_store(tmp_path: Path, command: str, option: str) -> None:
    (tmp_path / "in.jsonl").write_text('{"id": "x", "text": "Nothing happened."}\n', encoding="utf-8")
    code, output = _run(command, str(tmp_path / "in.jsonl"), option)
    assert code == 2 and "give --db" in output


def test_input_wins_over_the_environment_store(db: str, tmp_path: Path) -> None:
    (tmp_path / "in.jsonl").write_text('{"id": "x", "text": "Nothing happened.", "lang": "en"}\n', encoding="utf-8")
    (tmp_path / "records.jsonl").write_text('{"id": "x", "lang": "en"}\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["stories", str(tmp_path / "in.jsonl"), "--records",
                                       str(tmp_path / "records.jsonl")], env={"WIREWATCH_DB": db})
    assert json.loads(result.output) == {"x": "story:x"}
