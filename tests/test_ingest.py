"""Inputs → Articles, and bad inputs → one-line errors naming the item."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from wirewatch.ingest.article_input import InputError
from wirewatch.ingest.html import extract_page, published_from_metadata
from wirewatch.ingest.langid import detect_language
from wirewatch.ingest.read import read_input, read_jsonl_bytes
from wirewatch.records import Article

PAGE = """<!doctype html><html><head><title>Port strike ends</title>
<meta property="article:published_time" content="2024-11-03T08:15:00+01:00"></head>
<body><nav>Home | World | Sport</nav><article><h1>Port strike ends after nine days</h1>
<p>Dockers in the northern port voted on Saturday to end a strike that had halted container traffic for nine
days, the union said in a statement.</p>
<p>The agreement raises wages by four percent over two years and adds a night-shift bonus, according to the
union, which represents about 3,000 workers.</p></article>
<footer>© 2025 Example News. All rights reserved.</footer></body></html>"""


def test_jsonl_line_becomes_article() -> None:
    items = list(read_jsonl_bytes(b'{"id": "x1", "text": "Bonjour.", "lang": "fr", "published": "2025-08-06"}',
                                  "in.jsonl"))
    assert items == [Article(id="x1", text="Bonjour.", lang="fr", published=dt.date(2025, 8, 6))]


def test_article_without_id_gets_stable_content_id() -> None:
    first = next(read_jsonl_bytes(b'{"text": "Same text."}', "a"))
    second = next(read_jsonl_bytes(b'{"text": "Same text."}', "b"))
    assert isinstance(first, Article) and isinstance(second, Article) and first.id == second.id


@pytest.mark.parametrize(("line", "message"), [
    (b'{"id": "a", "text": ""}', "empty text"),
    (b'{"id": "a", "text": "ok", "published": "yesterday"}', "published: not a date"),
    (b'{"id": "a", "text": 3}', 'no "text" string'),
    (b'{"id": "a", "text": "ok"', "malformed JSON"),
    (b'["not", "an", "object"]', "expected a JSON object"),
    (b'{"id": "a", "text": "caf\xe9"}', "not UTF-8 text"),
    (b'{"id": "a", "text": "\x00\x01"}', "binary data"),
])
def test_bad_line_gives_one_line_error(line: bytes, message: str) -> None:
    (item,) = read_jsonl_bytes(line, "in.jsonl")
    assert isinstance(item, InputError) and message in str(item) and str(item).startswith("in.jsonl:1:")


def test_bad_line_does_not_stop_the_others() -> None:
    items = list(read_jsonl_bytes(b'{"text": "one"}\n{oops\n{"text": "three"}\n', "in.jsonl"))
    assert [type(i).__name__ for i in items] == ["Article", "InputError", "Article"]


def test_html_date_comes_from_metadata_not_footer() -> None:
    assert published_from_metadata(PAGE) == dt.date(2024, 11, 3)


def test_html_page_without_date_metadata_has_no_date() -> None:
    assert published_from_metadata(PAGE.replace("article:published_time", "og:description")) is None


def test_html_main_text_drops_navigation() -> None:
    page = extract_page(PAGE)
    assert "container traffic" in page.text and "Home | World" not in page.text


def test_html_file_becomes_article(tmp_path: Path) -> None:
    path = tmp_path / "story.html"
    path.write_text(PAGE, encoding="utf-8")
    (item,) = read_input(str(path))
    assert isinstance(item, Article) and item.published == dt.date(2024, 11, 3)


def test_missing_file_is_an_input_error(tmp_path: Path) -> None:
    (item,) = read_input(str(tmp_path / "nope.jsonl"))
    assert isinstance(item, InputError) and "no such file" in str(item)


@pytest.mark.parametrize(("text", "lang"), [
    ("Le gouvernement a annoncé mardi de nouvelles mesures pour soutenir les agriculteurs touchés par la sécheresse.",
     "fr"),
    ("The government announced new measures on Tuesday to support farmers hit by the drought.", "en"),
])
def test_language_is_detected_offline(text: str, lang: str) -> None:
    assert detect_language(text).lang == lang
