"""`wirewatch extract` end to end: one record per input line, in order; bad input named, never fatal."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from wirewatch.cli import main
from wirewatch.cli.exit_codes import ExitCode
from wirewatch.records import Article
from wirewatch.run.extractor import Extractor
from wirewatch.settings import Settings

SAMPLES = Path(__file__).resolve().parents[1] / "samples" / "articles.jsonl"


def run_extract(tmp_path: Path, lines: list[str], data_dir: Path) -> tuple[list[dict], str]:
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    env = {"WIREWATCH_DATA_DIR": str(data_dir)}
    result = CliRunner().invoke(main, ["extract", str(source), "-o", str(out)], env=env)
    assert result.exit_code == ExitCode.SOME_FAILED, result.output  # the bad lines of the batch; the rest written
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()], result.stderr


@pytest.fixture(scope="module")
def mixed_batch(tmp_path_factory: pytest.TempPathFactory, settings: Settings) -> tuple[list[dict], str]:
    lines = [
        json.dumps({"id": "ok-fr", "text": "Le président Emmanuel Macron s'est rendu mardi à Kyiv.",
                    "published": "2025-05-14"}),
        "{not json",
        json.dumps({"id": "empty", "text": "   "}),
        json.dumps({"id": "ok-en", "text": "President Emmanuel Macron travelled to Kyiv on Tuesday.",
                    "lang": "en", "published": "2025-05-14"}),
        json.dumps({"id": "es", "text": "El presidente viajó el martes a Kiev para reunirse con su homólogo.",
                    "lang": "es"}),
        json.dumps({"id": "huge", "text": "mot " * 300_000, "lang": "fr"}),
    ]
    return run_extract(tmp_path_factory.mktemp("extract"), lines, settings.data_dir)


def test_one_record_per_input_line_in_order(mixed_batch: tuple[list[dict], str]) -> None:
    records, _ = mixed_batch
    assert [r["id"] for r in records] == ["ok-fr", "line-2", "empty", "ok-en", "es", "huge"]


def test_language_is_detected_when_absent(mixed_batch: tuple[list[dict], str]) -> None:
    assert mixed_batch[0][0]["lang"] == "fr"


def test_good_articles_are_extracted_despite_bad_neighbours(mixed_batch: tuple[list[dict], str]) -> None:
    assert any(e["name"] == "Emmanuel Macron" for e in mixed_batch[0][3]["entities"])


@pytest.mark.parametrize(("index", "message"), [
    (1, "malformed JSON"), (2, "empty text"), (5, "over the limit"),
])
def test_bad_input_becomes_an_error_record(mixed_batch: tuple[list[dict], str], index: int, message: str) -> None:
    assert message in (mixed_batch[0][index]["error"] or "")


@pytest.mark.parametrize("message", ["in.jsonl:2: malformed JSON", "in.jsonl:3: empty text", "huge: text has",
                                     "no pipeline for language 'es'"])
def test_every_problem_is_one_line_on_stderr(mixed_batch: tuple[list[dict], str], message: str) -> None:
    assert any(message in line for line in mixed_batch[1].splitlines())


def test_unknown_language_gives_empty_layers_and_a_warning(mixed_batch: tuple[list[dict], str]) -> None:
    record = mixed_batch[0][4]
    assert (record["lang"], record["entities"], bool(record["warnings"])) == ("es", [], True)


def test_no_publication_date_leaves_relative_dates_unresolved(extractor: Extractor) -> None:
    record = extractor.extract_one(Article(id="x", lang="fr", text="Le ministre a démissionné hier soir."))
    assert [d.value for d in record.dates] == [None]


def test_offsets_of_every_layer_match_the_text(extractor: Extractor) -> None:
    lines = SAMPLES.read_text(encoding="utf-8").splitlines()
    for line in lines:
        article = Article.model_validate(json.loads(line))
        record = extractor.extract_one(article)
        spans = [m for e in record.entities for m in e.mentions] + [m for p in record.places for m in p.mentions]
        spans += [e.evidence for e in record.events]
        assert all(article.text[m.start:m.end] == m.text for m in spans)
        assert all(article.text[d.start:d.end] == d.text for d in record.dates)
        assert all(article.text[q.start:q.end] == q.text for q in record.quotes)


def test_settings_limit_is_configurable(tmp_path: Path) -> None:
    records = list(Extractor(Settings(data_dir=tmp_path, max_chars=10)).extract(
        [Article(id="a", text="Un texte un peu trop long.", lang="fr")]))
    assert "over the limit of 10" in (records[0].error or "")


def test_pipeline_without_our_layers_still_runs(settings: Settings, resources: object) -> None:
    bare = Extractor(settings, resources, layers=set())  # type: ignore[arg-type]
    record = bare.extract_one(Article(id="x", lang="en", text="Talks resumed in Geneva on Monday."))
    assert (record.error, record.entities) == (None, [])


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_record_names_only_the_model_of_its_language(extractor: Extractor, lang: str) -> None:
    extractor.nlp("fr"), extractor.nlp("en")
    record = extractor.extract_one(Article(id="v", lang=lang, text="Genève, 6 août."))
    assert record.pipeline_version == extractor.version_for(lang) and f"({lang}:" in (record.pipeline_version or "")


def test_version_names_every_model_loaded_so_far(settings: Settings, resources: object) -> None:
    bare = Extractor(settings, resources, layers=set())  # type: ignore[arg-type]
    bare.nlp("en")
    before = bare.version
    bare.nlp("fr")
    assert ("fr:" in before, "fr:" in bare.version) == (False, True)
