"""One exit-code table for every command (README and --help), and output files that never replace a symlink, a
device or a pipe."""

from __future__ import annotations

import json
import os
import stat
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from wirewatch.cli import main
from wirewatch.cli.exit_codes import EXIT_CODES_HELP, ExitCode
from wirewatch.cli.store_commands import StoreServices, _with_progress
from wirewatch.run.ingest_job import IngestSummary
from wirewatch.store.synthetic import SyntheticExtractor

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
GOOD = {"fr": "Le conseil municipal a voté le budget des écoles lundi soir.",
        "en": "The town council voted the schools budget on Monday evening."}


def run(*args: str) -> Result:
    services = StoreServices(make_extractor=lambda settings: SyntheticExtractor())
    return CliRunner().invoke(main, list(args), obj=services, catch_exceptions=False)


def test_every_code_is_in_the_readme_and_the_help() -> None:
    help_text = CliRunner().invoke(main, ["--help"]).output
    for code in ExitCode:
        assert f"| {int(code)} " in README
        assert f"  {int(code)} " in EXIT_CODES_HELP and f"  {int(code)} " in help_text


@pytest.mark.parametrize("command", ["extract", "ingest", "batch", "deadlines", "stories", "events", "export"])
def test_each_reading_command_shows_the_table(command: str) -> None:
    assert "Exit codes" in CliRunner().invoke(main, [command, "--help"]).output


@pytest.mark.parametrize("make_input", ["missing", "directory", "all_malformed"])
def test_extract_with_nothing_readable_exits_3(tmp_path: Path, make_input: str) -> None:
    source = tmp_path / "in.jsonl"
    if make_input == "directory":
        source.mkdir()
    elif make_input == "all_malformed":
        source.write_text("{not json\n[1, 2\n", encoding="utf-8")
    result = run("extract", str(source), "-o", str(tmp_path / "out.jsonl"))
    assert result.exit_code == ExitCode.NOTHING_READ


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_ingest_with_some_failures_exits_1_and_stores_the_rest(tmp_path: Path, lang: str) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"text": GOOD[lang], "lang": lang}) + "\n{broken\n", encoding="utf-8")
    db = str(tmp_path / "store.sqlite")
    result = run("ingest", str(source), "--db", db)
    assert result.exit_code == ExitCode.SOME_FAILED and result.stdout.startswith("1 ingested")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_ingest_again_with_only_duplicates_exits_0(tmp_path: Path, lang: str) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"text": GOOD[lang], "lang": lang}) + "\n", encoding="utf-8")
    db = str(tmp_path / "store.sqlite")
    run("ingest", str(source), "--db", db)
    assert run("ingest", str(source), "--db", db).exit_code == ExitCode.OK


@pytest.mark.parametrize("command", [["events"], ["search", "budget"], ["deadlines"], ["stories", "--list"]])
def test_reading_a_missing_store_exits_3(tmp_path: Path, command: list[str]) -> None:
    missing = tmp_path / "none.sqlite"
    result = run(*command, "--db", str(missing))
    assert result.exit_code == ExitCode.NOTHING_READ and not missing.exists()


def test_ingest_with_no_readable_file_in_a_folder_exits_3(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    result = run("ingest", str(tmp_path / "empty"), "--db", str(tmp_path / "store.sqlite"))
    assert result.exit_code == ExitCode.NOTHING_READ


# -- output files ------------------------------------------------------------------------------------------------
def _missing_input(tmp_path: Path) -> str:
    return str(tmp_path / "missing.jsonl")  # fast: one error record, no model loaded


def test_output_through_a_symlink_writes_its_target(tmp_path: Path) -> None:
    target = tmp_path / "records.jsonl"
    target.write_text("old\n", encoding="utf-8")
    link = tmp_path / "latest.jsonl"
    link.symlink_to(target)
    run("extract", _missing_input(tmp_path), "-o", str(link))
    assert link.is_symlink() and "no such file" in target.read_text(encoding="utf-8")


def test_output_to_a_fifo_writes_into_the_pipe(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    run("extract", _missing_input(tmp_path), "-o", str(fifo))
    reader.join(timeout=10)
    assert stat.S_ISFIFO(fifo.stat().st_mode) and b"no such file" in received[0]


def test_output_regular_file_is_replaced_whole_with_its_mode(tmp_path: Path) -> None:
    out = tmp_path / "records.jsonl"
    out.write_text("old\n", encoding="utf-8")
    out.chmod(0o640)
    run("extract", _missing_input(tmp_path), "-o", str(out))
    assert stat.S_IMODE(out.stat().st_mode) == 0o640 and sorted(p.name for p in tmp_path.iterdir()) == [out.name]


def test_export_to_a_symlink_keeps_the_link(tmp_path: Path) -> None:
    db = str(tmp_path / "store.sqlite")
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"text": GOOD["en"], "lang": "en"}) + "\n", encoding="utf-8")
    run("ingest", str(source), "--db", db)
    target = tmp_path / "events.csv"
    (link := tmp_path / "link.csv").symlink_to(target)
    result = run("export", "--db", db, "--format", "csv", "-o", str(link))
    assert result.exit_code == 0 and link.is_symlink() and target.read_text(encoding="utf-8").startswith("event_key")



def test_a_bad_records_line_is_skipped_and_counted(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"id": "a1", "text": GOOD["en"], "lang": "en"}) + "\n", encoding="utf-8")
    records = tmp_path / "records.jsonl"
    records.write_text(json.dumps({"id": "a1", "lang": "en"}) + "\n{not a record\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["deadlines", str(source), "--records", str(records)])
    assert result.exit_code == ExitCode.SOME_FAILED and "records.jsonl:2: not an extraction record" in result.output


def test_output_in_a_missing_folder_exits_4(tmp_path: Path) -> None:
    result = run("extract", _missing_input(tmp_path), "-o", str(tmp_path / "no" / "such" / "out.jsonl"))
    assert result.exit_code == ExitCode.CANNOT_WRITE and "cannot write" in result.output


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_each_failed_item_is_one_stderr_line_naming_its_position(tmp_path: Path, lang: str) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"text": GOOD[lang], "lang": lang}) + "\n{broken\n", encoding="utf-8")
    result = run("ingest", str(source), "--db", str(tmp_path / "store.sqlite"))
    assert [line for line in result.stderr.splitlines() if "failed" in line] == [
        f"wirewatch: failed: {source}:2: malformed JSON (Expecting property name enclosed in double quotes at "
        "column 2)"]
    assert result.stdout.startswith("1 ingested, 0 updated, 0 duplicates, 1 failed")


def test_batch_names_each_failed_item_and_exits_3_when_nothing_was_read(tmp_path: Path) -> None:
    pytest.importorskip("dask")
    missing = tmp_path / "missing.jsonl"
    result = run("batch", str(missing), "-o", str(tmp_path / "records"), "--scheduler", "synchronous")
    assert result.exit_code == ExitCode.NOTHING_READ
    assert f"wirewatch: failed: {missing}: no such file" in result.stderr


@pytest.mark.parametrize("as_json", [False, True])
def test_an_interrupted_ingest_reports_what_was_stored_and_exits_interrupted(
        as_json: bool, capsys: pytest.CaptureFixture[str]) -> None:
    def interrupted(progress: object) -> IngestSummary:
        raise KeyboardInterrupt

    with pytest.raises(SystemExit) as stop:
        _with_progress(interrupted, as_json)
    assert stop.value.code == ExitCode.INTERRUPTED
    out, err = capsys.readouterr()
    assert "interrupted: every article counted above is stored" in err
    assert (json.loads(out)["ingested"] == 0) if as_json else out.strip()
