"""The CAMEO → trigger build (``kb/tools``): parsing a dictionary snippet written for these tests, turning its
patterns into ``requires`` conditions, the CAMEO → PLOVER mapping, and the shipped class files' check."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from wirewatch.kb.tools.build_event_triggers import check_classes, discard_lines, hand_verbs, main
from wirewatch.kb.tools.cameo_verb_patterns import (
    PloverClass,
    parse_cameo_plover,
    parse_dictionary,
    plover_of,
)
from wirewatch.kb.tools.event_trigger_rows import BLOCKED, Row, generate
from wirewatch.lexicons import lexicon_dir

SNIPPET = """\
# a test dictionary in the CAMEO.2.0 format
####### SYNONYM SETS #######
&ARMY_
+TROOP
+SOLDIERS
+ARMED_FORCES

####### VERB PATTERNS #######
---  PARADE   [150]  ---
PARADE
STROLL {STROLLS STROLLED STROLLING }
PROTEST_MARCH [141]
+WALK_OFF [143]
- * (AGAINST TAXES)                  [141]   # PARADE
- &ARMY_ *                           [152]   # PARADE
- * {FLAG BANNER}                    [---]   # STROLL
- * (IN ^) (FOR {PEACE TALKS})       [046]   # STROLL
- * +                                [:054]  # PARADE
- WILL NOT *                         [141]   # PARADE

---  GREET   [---]  ---
GREET
- * DELEGATION                       [0431]  # GREET
######## TRANSFORMATIONS ##########
~ a (a b PARADE) SAY = a b 015
"""

TABLE = """\
14: PROTEST
141: PROTEST, demo,    # Demonstrate or rally
143: PROTEST, boycott,  # strike
15: MOBILIZE
150: MOBILIZE, ,  # show of force
152: MOBILIZE, troops, military # alert
04: CONSULT
043: CONSULT, visit,   # Host a visit
046: CONSULT,   , diplomatic    # negotiation
"""


@pytest.fixture(scope="module")
def rows() -> list[Row]:
    dictionary = parse_dictionary(SNIPPET)
    return generate(dictionary, parse_cameo_plover(TABLE), frozenset({"visit"})).rows


def by_lemma(rows: list[Row], lemma: str) -> list[tuple[str, str, str]]:
    return [(r.type, r.cameo, r.requires) for r in rows if r.lemma == lemma]


def test_blocks_verbs_and_codes_are_parsed() -> None:
    dictionary = parse_dictionary(SNIPPET)
    assert [(b.name, b.code) for b in dictionary.blocks] == [("PARADE", "150"), ("GREET", "---")]
    assert [(v.lemma, v.rest, v.code) for v in dictionary.blocks[0].verbs] == [
        ("parade", "", ""), ("stroll", "", ""), ("protest", "march", "141"), ("walk", "off", "143")]


def test_synonym_sets_are_parsed_with_multiword_entries() -> None:
    assert parse_dictionary(SNIPPET).synsets["ARMY_"] == ("troop", "soldiers", "armed forces")


def test_transformations_are_not_read() -> None:
    assert all(p.code != "015" for b in parse_dictionary(SNIPPET).blocks for p in b.patterns)


def test_code_maps_through_its_nearest_listed_parent() -> None:
    table = parse_cameo_plover(TABLE)
    assert plover_of("1412", table) == PloverClass("PROTEST", "demo")
    assert plover_of("0431", table) == PloverClass("CONSULT", "visit")
    assert plover_of("010", table) is None


def test_preposition_phrase_becomes_a_pp_condition(rows: list[Row]) -> None:
    assert ("PROTEST", "141", "pp:against=tax|taxe|taxes") in by_lemma(rows, "parade")


def test_synonym_set_before_the_verb_becomes_its_subject(rows: list[Row]) -> None:
    subjects = [req for _, code, req in by_lemma(rows, "parade") if code == "152"]
    assert len(subjects) == 1 and subjects[0].startswith("subj:")
    assert {"troop", "soldier", "force"} <= set(subjects[0][5:].split("|"))


def test_pattern_is_for_the_verb_its_comment_names(rows: list[Row]) -> None:
    assert not any(cameo == "152" for _, cameo, _ in by_lemma(rows, "stroll"))


def test_uncodable_pattern_becomes_a_blocking_row(rows: list[Row]) -> None:
    assert (BLOCKED, "", "obj:flag banner") in by_lemma(rows, "stroll")


def test_actor_only_phrase_gives_way_to_the_phrase_naming_words(rows: list[Row]) -> None:
    assert ("CONSULT", "046", "pp:for=talk|talks") in by_lemma(rows, "stroll")


def test_reversed_roles_and_negated_patterns_are_left_out(rows: list[Row]) -> None:
    assert [(code, req) for _, code, req in by_lemma(rows, "parade") if code in ("054", "141")] == [
        ("141", "pp:against=tax|taxe|taxes")]


def test_multiword_verb_keeps_its_second_word_as_a_condition(rows: list[Row]) -> None:
    assert ("PROTEST", "143", "prt:off") in by_lemma(rows, "walk")


def test_verb_alone_needs_its_own_code(rows: list[Row]) -> None:
    assert ("PROTEST", "141", "obj:march") in by_lemma(rows, "protest")
    assert all(req for _, _, req in by_lemma(rows, "parade") + by_lemma(rows, "stroll"))


def test_block_without_a_code_gives_only_its_patterns(rows: list[Row]) -> None:
    assert by_lemma(rows, "greet") == [("CONSULT", "0431", "obj:delegation")]


def test_discards_keep_phrases_and_drop_bare_years() -> None:
    lines, skipped = discard_lines("1943\nGOALLESS DRAW  # note\n+WORLD CUP\nYEARS AGO\nTSUNAMI\n", "cmd")
    rows = [line for line in lines if not line.startswith("#")][1:]
    force = "ASSAULT|COERCE|THREATEN|MOBILIZE|SANCTION|RETREAT"  # a sports phrase silences only force words
    assert rows == [f"goalless draw\t{force}\tsentence", "tsunami\tASSAULT\tsentence", f"world cup\t{force}\tsentence",
                    "years ago\t*\tclause"]
    assert skipped["bare year"] == 1


def test_shipped_class_files_match_the_cameo_plover_table() -> None:
    table = {}
    path = Path(lexicon_dir()).parent / "nlp" / "events" / "cameo_plover.tsv"
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        cells = line.split("\t")
        if not line.startswith("#") and len(cells) == 3 and cells[0] != "cameo":
            table[cells[0]] = PloverClass(cells[1], cells[2])
    assert check_classes(Path(lexicon_dir()), table) == []


def test_build_writes_its_files_with_provenance(tmp_path: Path) -> None:
    resources = tmp_path / "resources"
    (resources / "petrarch2").mkdir(parents=True)
    (resources / "plover").mkdir()
    (resources / "petrarch2" / "CAMEO.2.0.txt").write_text(SNIPPET, encoding="utf-8")
    (resources / "petrarch2" / "Phoenix.discards.txt").write_text("YEARS AGO\n", encoding="utf-8")
    (resources / "plover" / "CAMEO2PLOVER-2021.txt").write_text(TABLE, encoding="utf-8")
    package = tmp_path / "wirewatch"
    for folder in ("lexicons/en", "lexicons/fr", "nlp/events"):
        (package / folder).mkdir(parents=True)
    (package / "nlp" / "events" / "plover.tsv").write_text("type\tmode\tcameo\nCONSULT\tvisit\t042\n", "utf-8")
    assert main(["--resources", str(resources), "--out", str(package)]) == 0
    written = (package / "lexicons" / "en" / "event_triggers_cameo.tsv").read_text(encoding="utf-8")
    assert "openeventdata/petrarch2 @" in written and "MIT" in written
    assert "walk\tVERB\tPROTEST\t\t143" in written


RESOURCES = Path(__file__).resolve().parents[1].parent / "shared" / "resources"
GENERATED = ("lexicons/en/event_triggers_cameo.tsv", "lexicons/en/event_silencers.tsv", "nlp/events/cameo_plover.tsv",
             "lexicons/README.md")


def without_build_date(text: str) -> str:
    return re.sub(r"(build_event_triggers\.py on )\d{4}-\d{2}-\d{2}", r"\1DATE", text)


@pytest.mark.skipif(not (RESOURCES / "petrarch2" / "CAMEO.2.0.txt").is_file(),
                    reason=f"shipped-build check skipped: {RESOURCES} is absent")
def test_shipped_generated_files_are_what_the_build_writes_from_the_shipped_hand_files(tmp_path: Path) -> None:
    shipped = Path(lexicon_dir()).parent
    package = tmp_path / "wirewatch"
    shutil.copytree(shipped / "lexicons", package / "lexicons")
    (package / "nlp" / "events").mkdir(parents=True)
    shutil.copy(shipped / "nlp" / "events" / "plover.tsv", package / "nlp" / "events" / "plover.tsv")
    assert main(["--resources", str(RESOURCES), "--out", str(package), "--readme"]) == 0
    for name in GENERATED:
        built = without_build_date((package / name).read_text(encoding="utf-8"))
        assert built == without_build_date((shipped / name).read_text(encoding="utf-8")), f"{name} is stale"


def test_a_kept_verb_keeps_its_cameo_patterns_beside_its_hand_rows(tmp_path: Path) -> None:
    lexicons = tmp_path / "lexicons"
    (lexicons / "en").mkdir(parents=True)
    (lexicons / "en" / "event_triggers.tsv").write_text(
        "lemma\tpos\ttype\tmode\tcameo\tweight\trequires\tnotes\n"
        "stroll\tVERB\t-\t\t\t0\tpp:in=park\ta walk in the park\n"
        "parade\tVERB\tPROTEST\t\t141\t0.7\t\thand reading\n", encoding="utf-8")
    assert hand_verbs(lexicons) == {"stroll", "parade"}
    (lexicons / "en" / "cameo_kept_verbs.tsv").write_text("lemma\treason\nstroll\tblocks one sense\n", "utf-8")
    assert hand_verbs(lexicons) == {"parade"}


HEADED = """\
####### SYNONYM SETS #######
&ARMS_
+RIFLE
+GRENADE

####### VERB PATTERNS #######
---  RETAKE   [192]  ---
RETAKE
REGAIN
+WIPE_OUT
- * OFF &ARMS_                      [183]   # REGAIN

---  CONVENE   [040]  ---
+GET_TOGETHER
"""

HEADED_TABLE = """\
04: CONSULT
040: CONSULT, ,   # consult
18: ASSAULT
183: ASSAULT, explosives,   # bombing
19: ASSAULT
190: ASSAULT, ,   # fight
192: COERCE, seize,   # occupy territory
"""


@pytest.fixture(scope="module")
def headed_rows() -> list[Row]:
    return generate(parse_dictionary(HEADED), parse_cameo_plover(HEADED_TABLE), frozenset()).rows


def test_the_verb_a_block_is_named_after_has_the_blocks_code(headed_rows: list[Row]) -> None:
    assert ("COERCE", "192", "") in by_lemma(headed_rows, "retake")
    assert all(req for _, _, req in by_lemma(headed_rows, "regain"))  # a synonym only inherits it


def test_particle_then_object_gives_both_conditions(headed_rows: list[Row]) -> None:
    assert ("ASSAULT", "183", "prt:off;obj:grenade|rifle") in by_lemma(headed_rows, "regain")


def test_phrasal_verb_takes_a_force_root_but_no_other_root(headed_rows: list[Row]) -> None:
    headed = parse_dictionary(HEADED.replace("[192]  ---", "[190]  ---"))
    rows = generate(headed, parse_cameo_plover(HEADED_TABLE), frozenset()).rows
    assert ("ASSAULT", "190", "prt:out") in by_lemma(rows, "wipe")
    assert by_lemma(headed_rows, "get") == []  # "get together" under a meeting root says nothing alone
