"""`wirewatch batch`: a corpus on Dask gives the same records as `wirewatch extract`, bad lines included."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wirewatch.run.batch import extract_corpus
from wirewatch.settings import Settings

ARTICLES = [
    {"id": "b1", "lang": "fr", "published": "2025-03-04",
     "text": "Le Premier ministre britannique Keir Starmer a rencontré lundi à Londres le président Emmanuel Macron."},
    {"id": "b2", "lang": "en", "published": "2025-03-04",
     "text": "British Prime Minister Keir Starmer met President Emmanuel Macron in London on Monday."},
]


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    lines = [json.dumps(a, ensure_ascii=False) for a in ARTICLES] + ["{broken"]
    (folder / "articles.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "page.html").write_text(
        "<html><head><title>Talks</title></head><body><article><p>President Emmanuel Macron travelled to Berlin on "
        "Tuesday to meet Chancellor Friedrich Merz, the Elysee said in a statement after the talks.</p>"
        "</article></body></html>", encoding="utf-8")
    return folder


def records_of(out_dir: Path) -> list[dict]:
    return [json.loads(line) for part in sorted(out_dir.glob("part-*.jsonl"))
            for line in part.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("scheduler", ["synchronous", "threads"])
def test_every_input_gives_one_record(corpus: Path, tmp_path: Path, settings: Settings, scheduler: str) -> None:
    summary = extract_corpus([str(corpus / "articles.jsonl"), str(corpus / "page.html")], tmp_path / "out",
                             settings, scheduler=scheduler, workers=2)
    assert (summary.records, summary.errors) == (4, 1)


def test_records_match_the_extract_layers(corpus: Path, tmp_path: Path, settings: Settings) -> None:
    extract_corpus([str(corpus / "articles.jsonl")], tmp_path / "out", settings, scheduler="synchronous")
    names = {e["name"] for r in records_of(tmp_path / "out") if r["id"] == "b1" for e in r["entities"]}
    assert {"Keir Starmer", "Emmanuel Macron"} <= names


def test_worker_processes_load_models_themselves(corpus: Path, tmp_path: Path, settings: Settings) -> None:
    summary = extract_corpus([str(corpus / "articles.jsonl")], tmp_path / "out", settings, scheduler="processes",
                             workers=1)
    assert summary.records == 3


def test_no_source_is_a_clear_error(tmp_path: Path, settings: Settings) -> None:
    with pytest.raises(ValueError, match="no input"):
        extract_corpus([], tmp_path / "out", settings, scheduler="synchronous")


def test_records_carry_their_article(corpus: Path, tmp_path: Path, settings: Settings) -> None:
    extract_corpus([str(corpus / "articles.jsonl")], tmp_path / "out", settings, scheduler="synchronous")
    texts = {r["id"]: r["text"] for r in records_of(tmp_path / "out") if r["error"] is None}
    assert texts == {a["id"]: a["text"] for a in ARTICLES}

