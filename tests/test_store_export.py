"""Exports: JSON Lines records, CSV/Parquet event tables, GeoJSON, GDELT- and ACLED-shaped tables."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pytest

from wirewatch.records import ArticleRecord
from wirewatch.store import EventQuery, Store, open_store
from wirewatch.store.event_tables import GDELT_COLUMNS
from wirewatch.store.export import EVENT_COLUMNS, export, neutralised
from wirewatch.store.synthetic import make_article, make_record

ADDED = dt.datetime(2025, 8, 7, 12, 0, tzinfo=dt.UTC)


def filled_store(lang: str) -> Store:
    store = open_store(":memory:")
    article = make_article(lang)
    store.save(article, make_record(article))
    return store


def exported(store: Store, fmt: str, query: EventQuery | None = None) -> str:
    out = io.StringIO()
    export(store, fmt, out, query, now=ADDED)
    return out.getvalue()


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_jsonl_export_is_the_contract_record(lang: str) -> None:
    store = filled_store(lang)
    line = exported(store, "jsonl").splitlines()[0]
    assert ArticleRecord.model_validate_json(line) == make_record(make_article(lang))


def test_jsonl_export_follows_event_filter() -> None:
    assert exported(filled_store("fr"), "jsonl", EventQuery(country="FRA")) == ""


def test_csv_export_has_event_columns() -> None:
    rows = list(csv.DictReader(io.StringIO(exported(filled_store("en"), "csv"))))
    assert (tuple(rows[0]), rows[0]["type"], rows[0]["day"]) == (EVENT_COLUMNS, "ASSAULT", "2025-08-05")


def test_geojson_point_is_lon_lat() -> None:
    collection = json.loads(exported(filled_store("fr"), "geojson"))
    assert collection["features"][0]["geometry"]["coordinates"] == [36.25, 49.98]


@pytest.mark.parametrize(
    ("column", "expected"),
    [("SQLDATE", "20250805"), ("Actor1Code", "RUSMIL"), ("Actor2CountryCode", "UKR"), ("EventCode", "195"),
     ("EventRootCode", "19"), ("QuadClass", "4"), ("ActionGeo_CountryCode", "UP"), ("ActionGeo_Type", "4"),
     ("DATEADDED", "20250807120000"), ("SOURCEURL", "https://news.example.org/a/1")],
)
def test_gdelt_columns_and_codes(column: str, expected: str) -> None:
    [row] = list(csv.reader(io.StringIO(exported(filled_store("en"), "gdelt")), delimiter="\t"))
    assert dict(zip(GDELT_COLUMNS, row, strict=True))[column] == expected


@pytest.mark.parametrize(
    ("column", "expected"),
    [("event_type", "Explosions/Remote violence"), ("sub_event_type", "Air/drone strike"), ("iso", "804"),
     ("country", "Ukraine"), ("fatalities", "3"), ("inter1", "1"), ("inter2", "7"), ("interaction", "17"),
     ("civilian_targeting", "Civilian targeting"), ("event_date", "2025-08-05")],
)
def test_acled_columns_and_codes(column: str, expected: str) -> None:
    [row] = list(csv.DictReader(io.StringIO(exported(filled_store("fr"), "acled"))))
    assert row[column] == expected


def test_acled_interaction_of_a_sole_actor_ends_in_zero() -> None:
    store = open_store(":memory:")
    article = make_article("en")
    record = make_record(article)
    record.events[0].target = None
    store.save(article, record)
    [row] = list(csv.DictReader(io.StringIO(exported(store, "acled"))))
    assert row["interaction"] == "10"


def test_acled_leaves_out_events_outside_its_scope() -> None:
    store = open_store(":memory:")
    article = make_article("en")
    record = make_record(article)
    record.events[0].type = "CONSULT"
    store.save(article, record)
    assert len(exported(store, "acled").splitlines()) == 1  # header only


def test_parquet_export_round_trips(tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet", reason="pyarrow is the optional 'parquet' extra")
    export(filled_store("en"), "parquet", tmp_path / "events.parquet")
    table = pq.read_table(tmp_path / "events.parquet")
    assert (table.num_rows, table.column("killed").to_pylist()) == (1, [3])


def _hostile_store(lang: str) -> Store:
    """An article whose outlet and URL start like spreadsheet formulas."""
    store = open_store(":memory:")
    article = make_article(lang).model_copy(update={"source": "=HYPERLINK(\"http://attacker.example\")",
                                                    "url": "@SUM(1+1)", "id": "+cmd"})
    store.save(article, make_record(article))
    return store


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize(("fmt", "delimiter"), [("csv", ","), ("acled", ","), ("gdelt", "\t")])
def test_formula_leading_cells_are_neutralised(lang: str, fmt: str, delimiter: str) -> None:
    cells = [c for row in csv.reader(io.StringIO(exported(_hostile_store(lang), fmt)), delimiter=delimiter)
             for c in row]
    assert not [c for c in cells if c[:1] in ("=", "+", "@")]
    assert any(c.startswith("'=HYPERLINK") or c.startswith("'@SUM") for c in cells)


@pytest.mark.parametrize("value", ["-3.5", "+2", "-0.25e3", "12"])
def test_numbers_are_not_neutralised(value: str) -> None:
    assert neutralised(value) == value


@pytest.mark.parametrize("value", ["-2+3", "=1", "@A1", "\tcmd", "\rcmd", "+x"])
def test_formula_text_is_neutralised(value: str) -> None:
    assert neutralised(value) == "'" + value
