"""The Phoenix → actor KB build script on a small Phoenix-format snippet written for these tests."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pycountry
import pytest

from wirewatch.kb.actor_kb import Actor, ActorKB, default_actor_file
from wirewatch.kb.tools.phoenix_actors import FILES, OUTPUT_NAME, build, display, render
from wirewatch.kb.tools.phoenix_parse import parse_code, parse_file
from wirewatch.nlp.resources import Resources

COUNTRIES = frozenset(c.alpha_3 for c in pycountry.countries)

SNIPPET = """# a comment line
NORVANIA_  [NOR]
+NORVANIAN_

ARVID_TOLLEFSEN_  # an existing KB person
+ARVID_K._TOLLEFSEN_
+TOLLEFSEN_
+PRIME_MINISTER_ARVID_TOLLEFSEN
\t[NORGOV 050301-090601]

INGRID_MOSSBERG_
+INGRID_S._MOSSBERG
+PRESIDENT_INGRID_MOSSBERG
\t[NORELI 600101-100101]
\t[NORGOV 100101-120301]

ERIK_LANGVOLD_
+PRESIDENT_ERIK_LANGVOLD
\t[NORGOV >120301]

SOLVEIG_HAUGEN_
\t[NORELI 300101-790101]
\t[NORGOV 790101-850101]

NORDIC_RESOURCE_WORKERS_COUNCIL_  [NGOLAB]
+NRWC_
+NRW_

NORDLAND_MINISTRY_OF_TRANSPORT_
+NORDLAND_TRANSPORT_MINISTRY_
+NORDLAND_ROAD_SAFETY_BOARD_
+NORDLANDS_ROAD_SAFETY_BOARD_
+COASTAL_FERRY_ADMINISTRATION_
	[NORGOV]
"""


INTERNATIONAL = """NORVIK_ISLANDS_	[NGO]
NORVIK_SHIPPING_	[MNCNOR]
T._ARNESEN_	[NGO]
"""


@pytest.fixture()
def phoenix_dir(tmp_path: Path) -> Path:
    (tmp_path / FILES[0]).write_text(SNIPPET, encoding="utf-8")
    (tmp_path / FILES[1]).write_text(INTERNATIONAL, encoding="utf-8")
    (tmp_path / FILES[2]).write_text("# empty\n", encoding="utf-8")
    return tmp_path


@pytest.fixture()
def small_kb() -> ActorKB:
    return ActorKB([
        Actor(id="ww:arvid-tollefsen", name="Arvid Tollefsen", type="PER", aliases={"en": ["Arvid Tollefsen"]}),
        Actor(id="Q20", name="Norway", type="LOC", country="NOR", role="country", aliases={"en": ["Norvania"]}),
    ])


def rows_of(phoenix_dir: Path, kb: ActorKB) -> dict[str, dict[str, object]]:
    rows, _ = build(phoenix_dir, kb)
    return {str(r.get("join") or r["id"]): r for r in rows}


def test_code_lines_give_country_sector_and_dates() -> None:
    span = parse_code("NORGOV 050301-090601", COUNTRIES)
    assert span is not None
    assert (span.country, span.sector, span.start, span.end) == ("NOR", "government", dt.date(2005, 3, 1),
                                                                  dt.date(2009, 6, 1))


def test_parse_reads_names_aliases_and_codes(phoenix_dir: Path) -> None:
    entries = {e.name: e for e in parse_file(phoenix_dir / FILES[0], COUNTRIES)}
    assert entries["ARVID_TOLLEFSEN"].aliases[:2] == ["ARVID_K._TOLLEFSEN", "TOLLEFSEN"]
    assert [c.code for c in entries["NORDIC_RESOURCE_WORKERS_COUNCIL"].codes] == ["NGOLAB"]


def test_a_matching_kb_actor_gets_the_new_aliases_without_title_or_bare_surname(phoenix_dir: Path,
                                                                                 small_kb: ActorKB) -> None:
    row = rows_of(phoenix_dir, small_kb)["ww:arvid-tollefsen"]
    assert row["aliases"] == {"en": ["Arvid K. Tollefsen"]}
    assert row["country"] == "NOR"


def test_a_new_person_has_a_local_id_and_its_office_from_one_dated_span(phoenix_dir: Path,
                                                                         small_kb: ActorKB) -> None:
    row = rows_of(phoenix_dir, small_kb)["ww:phx-ingrid-mossberg"]
    assert (row["type"], row["country"], row["role"]) == ("PER", "NOR", "president")
    assert row["positions"] == [{"role": "president", "country": "NOR", "start": "2010-01-01", "end": "2012-03-01"}]


def test_an_open_span_gives_no_office(phoenix_dir: Path, small_kb: ActorKB) -> None:
    row = rows_of(phoenix_dir, small_kb)["ww:phx-erik-langvold"]
    assert "positions" not in row and row["country"] == "NOR"


def test_people_whose_roles_ended_long_ago_and_countries_are_left_out(phoenix_dir: Path,
                                                                       small_kb: ActorKB) -> None:
    ids = set(rows_of(phoenix_dir, small_kb))
    assert "ww:phx-solveig-haugen" not in ids
    assert not any("norvania" in i for i in ids)


def test_an_organisation_keeps_only_the_acronym_of_its_initials(phoenix_dir: Path, small_kb: ActorKB) -> None:
    row = rows_of(phoenix_dir, small_kb)["ww:phx-nordic-resource-workers-council"]
    assert row["aliases"] == {"en": ["Nordic Resource Workers Council", "NRWC"]}


def test_the_file_starts_with_its_provenance(phoenix_dir: Path, small_kb: ActorKB) -> None:
    rows, _ = build(phoenix_dir, small_kb)
    first = json.loads(render(rows).splitlines()[0])["provenance"]
    assert first["license"] == "MIT" and len(first["commit"]) == 40


def test_the_kb_loads_joins_and_new_actors_from_the_extension_file(phoenix_dir: Path, small_kb: ActorKB,
                                                                   tmp_path: Path) -> None:
    rows, _ = build(phoenix_dir, small_kb)
    base = tmp_path / "kb" / "actors.jsonl"
    base.parent.mkdir()
    base.write_text("".join(a.model_dump_json(exclude_defaults=True) + "\n" for a in small_kb.actors))
    (base.parent / "actors_phoenix.jsonl").write_text(render(rows), encoding="utf-8")
    kb = ActorKB.load(base)
    joined = kb.lookup("Arvid K. Tollefsen")
    assert joined is not None and joined.id == "ww:arvid-tollefsen"
    assert kb.lookup("Ingrid S. Mossberg") is kb.lookup("Ingrid Mossberg") is not None
    assert ActorKB.load(base, extensions=False).lookup("Ingrid Mossberg") is None


@pytest.mark.parametrize(("words", "name"), [
    (["ABU", "BAKR", "AL-NAJDI"], "Abu Bakr al-Najdi"),
    (["COUNCIL", "OF", "THE", "NORTH"], "Council of the North"),
    (["SEAN", "O'MALLEY"], "Sean O'Malley"),
])
def test_display_names_from_capitals(words: list[str], name: str) -> None:
    assert display(words) == name


def test_places_and_names_without_an_organisations_shape_are_left_out(phoenix_dir: Path, small_kb: ActorKB) -> None:
    rows, _ = build(phoenix_dir, small_kb, lambda name: name.lower() == "norvik islands")
    ids = {str(r.get("id")) for r in rows}
    assert "ww:phx-norvik-shipping" in ids  # a company
    assert not {"ww:phx-norvik-islands", "ww:phx-t-arnesen"} & ids


def test_a_body_listed_under_another_is_its_own_actor_coded_alike(phoenix_dir: Path, small_kb: ActorKB) -> None:
    rows = rows_of(phoenix_dir, small_kb)
    ministry = rows["ww:phx-nordland-ministry-of-transport"]
    assert ministry["aliases"] == {"en": ["Nordland Ministry of Transport", "Nordland Transport Ministry"]}
    board = rows["ww:phx-nordland-road-safety-board"]  # its two spellings: one body
    assert board["aliases"] == {"en": ["Nordland Road Safety Board", "Nordlands Road Safety Board"]}
    assert (board["country"], board["sector"]) == ("NOR", "government")
    assert rows["ww:phx-coastal-ferry-administration"]["country"] == "NOR"


PETRARCH2 = Path(__file__).resolve().parents[1].parent / "shared" / "resources" / "petrarch2"


@pytest.mark.skipif(not (PETRARCH2 / "Phoenix.International.actors.txt").is_file(),
                    reason=f"shipped-build check skipped: {PETRARCH2} is absent")
def test_the_shipped_extension_file_is_what_the_build_writes(resources: Resources) -> None:
    gazetteer = resources.gazetteer
    assert gazetteer is not None
    rows, _ = build(PETRARCH2, ActorKB.load(default_actor_file(), extensions=False),
                    lambda name: any(c.main_name for c in gazetteer.lookup(name)))
    shipped = default_actor_file().with_name(OUTPUT_NAME).read_text(encoding="utf-8")
    assert render(rows) == shipped, "kb/data/actors_phoenix.jsonl is stale: rerun kb.tools.phoenix_actors"
