"""No traceback on any command's error path: every command, given typical bad inputs (a missing store, bad
values, an unreadable or missing file, a missing optional extra), ends with one clear line and the documented
exit code (wirewatch/cli/exit_codes.py). Models are never loaded: extractors are synthetic."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from wirewatch.cli import main
from wirewatch.cli.exit_codes import ExitCode
from wirewatch.cli.store_commands import StoreServices
from wirewatch.store import open_store
from wirewatch.store.synthetic import SyntheticExtractor

USAGE, NOTHING, CANNOT_WRITE = ExitCode.USAGE, ExitCode.NOTHING_READ, ExitCode.CANNOT_WRITE
MISSING = "missing.sqlite"
STORE = "store.sqlite"

# (arguments, exit code, words of the one error line); run in a folder holding STORE (empty), "adir" (a
# folder), "binary.jsonl" (not text) and "broken.jsonl" (not JSON)
CASES = [
    *[([*command, "--db", MISSING], NOTHING, f"no store at {MISSING}") for command in (
        ["events"], ["quotes"], ["entities"], ["search", "word"], ["export"], ["serve"], ["reprocess"],
        ["alerts", "list"], ["alerts", "feed", "x"], ["alerts", "remove", "x"], ["stories", "--list"], ["deadlines"])],
    (["events", "--db", STORE, "--type", "ASSAULTT"], USAGE, "--type"),
    (["events", "--db", STORE, "--since", "yesterday"], USAGE, "--since: not a date"),
    (["events", "--db", STORE, "--since", "2026-02-01", "--until", "2026-01-01"], USAGE, "after"),
    (["events", "--db", STORE, "--country", "France"], USAGE, "--country"),
    (["events", "--db", STORE, "--box", "1,2,3"], USAGE, "--box"),
    (["events", "--db", STORE, "--limit", "-3"], USAGE, "--limit"),
    (["quotes", "--db", STORE, "--lang", "klingon"], USAGE, "--lang"),
    (["quotes", "--db", STORE, "--since", "soon"], USAGE, "--since"),
    (["entities", "--db", STORE, "--type", "PLANET"], USAGE, "--type"),
    (["entities", "--db", STORE, "--country", "xx"], USAGE, "--country"),
    (["search", "word", "--db", STORE, "--limit", "0"], USAGE, "--limit"),
    (["export", "--db", STORE, "--format", "xlsx"], USAGE, "--format"),
    (["export", "--db", STORE, "-o", "nofolder/out.csv", "--format", "csv"], CANNOT_WRITE, "nofolder"),
    (["serve", "--db", STORE, "--port", "70000"], USAGE, "--port"),
    (["alerts", "add", "x", "--db", STORE, "--type", "NOPE"], USAGE, "--type"),
    (["alerts", "add", "a/b", "--db", STORE], USAGE, "NAME"),
    (["alerts", "add", "x", "--db", STORE, "--webhook", "http://127.0.0.1/hook"], USAGE, "--webhook"),
    (["deadlines", "--db", STORE, "--status", "later"], USAGE, "--status"),
    (["extract", "nothing-here.jsonl", "-o", "nofolder/out.jsonl"], CANNOT_WRITE, "nofolder"),
    (["stories", "nothing-here.jsonl"], NOTHING, "nothing-here.jsonl"),
    (["deadlines", "nothing-here.jsonl"], NOTHING, "nothing-here.jsonl"),
    (["batch", "nothing-here.jsonl"], USAGE, "-o"),
    (["batch", "x.jsonl", "-o", "out", "--scheduler", "fast"], USAGE, "--scheduler"),
    (["watch", "--db", STORE, "--every", "soon", "https://example.org/feed"], USAGE, "'soon'"),
    (["events", "--db", "adir"], NOTHING, "adir"),
    (["events", "--db", "binary.jsonl"], NOTHING, "binary.jsonl"),
    (["demo", "--samples", "nothing-here.jsonl", "--db", "demo.sqlite"], USAGE, "nothing-here.jsonl"),
]

# commands whose items fail one by one: each failure is one "wirewatch: …" line naming the input
ITEM_CASES = [
    (["extract", "nothing-here.jsonl"], "nothing-here.jsonl"),
    (["extract", "adir"], "adir"),
    (["extract", "broken.jsonl"], "broken.jsonl"),
    (["ingest", "nothing-here.jsonl", "--db", "new.sqlite"], "nothing-here.jsonl"),
    (["ingest", "--records", "broken.jsonl", "--db", "new.sqlite"], "broken.jsonl"),
]

# a missing optional extra: (arguments, module made unimportable, words of the line)
EXTRA_CASES = [
    (["batch", "in.jsonl", "-o", "out"], "dask", "pip install 'wirewatch[batch]'"),
    (["export", "--db", STORE, "--format", "parquet", "-o", "out.parquet"], "pyarrow", "wirewatch[parquet]"),
    (["events", "--db", "postgresql://nobody@127.0.0.1:1/none"], "psycopg", "pip install 'psycopg"),
]


@pytest.fixture()
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    open_store(STORE).close()
    (tmp_path / "adir").mkdir()
    (tmp_path / "binary.jsonl").write_bytes(b"\xff\xfe\x00\x81 not text\n")
    (tmp_path / "broken.jsonl").write_text('{"id": 1\n', encoding="utf-8")
    (tmp_path / "in.jsonl").write_text('{"id": "a", "text": "Words."}\n', encoding="utf-8")
    return tmp_path


def run(args: list[str]) -> Result:
    services = StoreServices(make_extractor=lambda settings: SyntheticExtractor())
    return CliRunner().invoke(main, args, obj=services)


def _said(result: Result) -> list[str]:
    """The lines of stderr that say what went wrong (a closing count is not one)."""
    return [line for line in result.stderr.splitlines()
            if line.startswith("Error:") or (line.startswith("wirewatch: ") and " written" not in line
                                             and not line[len("wirewatch: "):][:1].isdigit())]


def _unexpected(result: Result) -> BaseException | None:
    return None if result.exception is None or isinstance(result.exception, SystemExit) else result.exception


@pytest.mark.parametrize(("args", "code", "words"), CASES, ids=[" ".join(c[0]) for c in CASES])
def test_a_bad_input_is_one_clear_line(folder: Path, args: list[str], code: ExitCode, words: str) -> None:
    result = run(args)
    said = _said(result)
    assert (_unexpected(result), result.exit_code, len(said), words in "".join(said),
            "Traceback" in result.output) == (None, code, 1, True, False), result.output


@pytest.mark.parametrize(("args", "words"), ITEM_CASES, ids=[" ".join(c[0]) for c in ITEM_CASES])
def test_a_failed_item_is_one_line_naming_it(folder: Path, args: list[str], words: str) -> None:
    result = run(args)
    said = _said(result)
    assert (_unexpected(result), result.exit_code, len(said), words in "".join(said),
            "Traceback" in result.output) == (None, NOTHING, 1, True, False), result.output


@pytest.mark.parametrize(("args", "module", "words"), EXTRA_CASES, ids=[c[1] for c in EXTRA_CASES])
def test_a_missing_extra_is_one_line_saying_what_to_install(folder: Path, monkeypatch: pytest.MonkeyPatch,
                                                            args: list[str], module: str, words: str) -> None:
    for name in [m for m in sys.modules if m == module or m.startswith(f"{module}.")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, module, None)  # import raises ImportError
    result = run(args)
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error:")]
    assert (_unexpected(result), result.exit_code in (USAGE, NOTHING), len(errors), words in "".join(errors),
            "Traceback" in result.output) == (None, True, 1, True, False), result.output
