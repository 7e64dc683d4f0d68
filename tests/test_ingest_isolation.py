"""Every bad input item is isolated: one line naming its source and position, a counted failure, the others go on."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from wirewatch import lexicons
from wirewatch.ingest.article_input import InputError, guarded
from wirewatch.ingest.html import published_from_metadata
from wirewatch.ingest.read import read_input
from wirewatch.ingest.sources import read_sources
from wirewatch.ingest.warc import read_warc
from wirewatch.nlp.extensions import ensure_extensions
from wirewatch.records import Article
from wirewatch.run.extractor import Extractor
from wirewatch.run.ingest_job import ingest
from wirewatch.settings import Settings
from wirewatch.store import open_store
from wirewatch.store.synthetic import SyntheticExtractor

GOOD = {"fr": "Le conseil municipal a voté le budget des écoles lundi soir.",
        "en": "The town council voted the schools budget on Monday evening."}
DEEP = 100_000  # far past the interpreter's recursion limit


def _lines(path: Path, *lines: str) -> Path:
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_json_nested_past_the_recursion_limit_is_one_failure(tmp_path: Path, lang: str) -> None:
    deep = '{"text": "x", "extra": ' + "[" * DEEP + "]" * DEEP + "}"
    source = _lines(tmp_path / "in.jsonl", deep, json.dumps({"text": GOOD[lang], "lang": lang}))
    items = list(read_input(str(source)))
    assert [type(i).__name__ for i in items] == ["InputError", "Article"]
    assert str(items[0]).startswith(f"{source}:1: ") and "nested too deeply" in str(items[0])


@pytest.mark.parametrize("field", ["text", "title", "id"])
def test_lone_surrogate_is_a_failure_naming_the_field(tmp_path: Path, field: str) -> None:
    bad = {"text": GOOD["en"], field: "before \ud800 after"}
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps(bad) + "\n" + json.dumps({"text": GOOD["fr"]}) + "\n", encoding="utf-8")
    summary = ingest(read_sources([str(source)], None), SyntheticExtractor(), open_store(":memory:"))
    assert (summary.ingested, summary.failed) == (1, 1)
    assert summary.failures[0].startswith(f"{source}:1: {field}: a lone surrogate")


def test_jsonld_nested_past_the_recursion_limit_is_ignored() -> None:
    page = ('<html><head><meta property="article:published_time" content="2025-03-04">'
            '<script type="application/ld+json">' + "[" * DEEP + "]" * DEEP + "</script></head><body></body></html>")
    assert str(published_from_metadata(page)) == "2025-03-04"


def _page(number: int) -> bytes:
    return (f"<html><head><title>Council {number}</title></head><body><article><p>The town council met on "
            f"evening {number} to vote the budget of the schools.</p><p>Members argued for two hours before "
            "the vote.</p></article></body></html>").encode()


def _warc(count: int, *, gzip: bool = True, without_uri: int | None = None) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gzip)
    for number in range(count):
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        record = writer.create_warc_record(f"https://news.example.org/{number}", "response",
                                           payload=io.BytesIO(_page(number)), http_headers=headers)
        if number == without_uri:
            record.rec_headers.remove_header("WARC-Target-URI")
        writer.write_record(record)
    return buffer.getvalue()


def _member_starts(data: bytes) -> list[int]:
    return [i for i in range(len(data) - 2) if data[i:i + 3] == b"\x1f\x8b\x08"]


def _kinds(path: Path) -> list[str]:
    return ["ok" if isinstance(item, Article) else "failed" for item in read_warc(path)]


def test_corrupt_gzip_member_fails_alone(tmp_path: Path) -> None:
    data = bytearray(_warc(3))
    second = _member_starts(bytes(data))[1]
    data[second + 30:second + 60] = b"\x00" * 30
    (path := tmp_path / "crawl.warc.gz").write_bytes(bytes(data))
    assert _kinds(path) == ["ok", "failed", "ok"]


def test_truncated_warc_gz_is_a_failure(tmp_path: Path) -> None:
    data = _warc(3)
    (path := tmp_path / "crawl.warc.gz").write_bytes(data[:-100])
    items = list(read_warc(path))
    assert ["ok" if isinstance(i, Article) else "failed" for i in items] == ["ok", "ok", "failed"]
    assert "truncated" in str(items[-1])


@pytest.mark.parametrize("gzip", [True, False])
def test_record_without_target_uri_is_a_failure(tmp_path: Path, gzip: bool) -> None:
    (path := tmp_path / ("crawl.warc.gz" if gzip else "crawl.warc")).write_bytes(_warc(3, gzip=gzip, without_uri=1))
    assert _kinds(path) == ["ok", "failed", "ok"]  # uncompressed: reading resumes at the next record's header


def test_truncated_warc_gz_ingest_counts_the_failure(tmp_path: Path) -> None:
    (path := tmp_path / "crawl.warc.gz").write_bytes(_warc(3)[:-100])
    summary = ingest(read_sources([str(path)], None), SyntheticExtractor(), open_store(":memory:"))
    assert (summary.ingested, summary.failed) == (2, 1)


def test_a_reader_that_raises_ends_its_source_with_one_failure() -> None:
    def reader() -> Iterator[Article]:
        yield Article(id="a", text=GOOD["en"])
        raise KeyError("a reader bug")

    items = list(guarded("feed.xml", reader()))
    assert [type(i).__name__ for i in items] == ["Article", "InputError"]
    assert str(items[1]).startswith("feed.xml: reading stopped after 1 item(s): KeyError")


def test_missing_and_directory_inputs_say_what_they_are(tmp_path: Path) -> None:
    assert "no such file" in str(next(read_input(str(tmp_path / "missing.jsonl"))))
    assert "a directory" in str(next(read_input(str(tmp_path))))


@Language.component("wirewatch_test_explodes_on_boom")
def _explodes_on_boom(doc: Doc) -> Doc:
    if "boom" in doc.text:
        raise ValueError("boom")
    return doc


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("with_good", [False, True])
def test_a_pipeline_failure_is_that_article_s_error(lang: str, with_good: bool) -> None:
    ensure_extensions()
    nlp = spacy.blank(lang)
    nlp.add_pipe("wirewatch_test_explodes_on_boom")
    extractor = Extractor(Settings(batch_size=4))
    extractor._nlp[lang] = nlp  # a pipeline that fails on one text, instead of the models
    articles = [Article(id="good", text=GOOD[lang], lang=lang)] * with_good + [
        Article(id="bad", text=f"{GOOD[lang]} boom", lang=lang)]
    records = list(extractor.extract(articles))
    assert [(r.id, r.error is None) for r in records] == [("good", True)] * with_good + [("bad", False)]


@pytest.mark.parametrize("field", ["text", "title", "id"])
def test_nul_character_in_json_is_a_failure_naming_the_field(tmp_path: Path, field: str) -> None:
    source = _lines(tmp_path / "in.jsonl", json.dumps({"text": GOOD["fr"], field: "a\u0000b"}))
    [item] = list(read_input(str(source)))
    assert str(item) == f"{source}:1: {field}: a NUL character at offset 1 is not text"


def test_an_article_built_with_a_lone_surrogate_fails_alone() -> None:
    articles = [Article(id="bad", text="broken \ud800 text"), Article(id="good", text=GOOD["en"])]
    summary = ingest(articles, SyntheticExtractor(), open_store(":memory:"))
    assert (summary.ingested, summary.failed) == (1, 1)


def test_corrupt_first_member_fails_alone(tmp_path: Path) -> None:
    data = bytearray(_warc(2))
    data[30:60] = b"\x00" * 30
    (path := tmp_path / "crawl.warc.gz").write_bytes(bytes(data))
    assert _kinds(path) == ["failed", "ok"]


@pytest.mark.parametrize("lang", ["../../etc", "[{'x': 1}]", "english language", "f"])
def test_a_lang_that_is_not_a_language_code_is_a_failure(tmp_path: Path, lang: str) -> None:
    source = _lines(tmp_path / "in.jsonl", json.dumps({"text": GOOD["en"], "lang": lang}))
    [item] = list(read_input(str(source)))
    assert isinstance(item, InputError) and "lang:" in str(item)


@pytest.mark.parametrize("lang", ["../en", "en/../fr", "x" * 300])
def test_a_lexicon_is_never_read_outside_its_folder(lang: str) -> None:
    assert (lexicons.read_tsv(lang, "deadline_cues.tsv"), lexicons.has(lang, "deadline_cues.tsv")) == ((), False)
