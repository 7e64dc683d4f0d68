"""Short event reports: weapons found or seized with no one named, statements that report an act rather than
blame, complaints of an ailment, resignations typed as PLOVER types them, and the CAMEO row overrides the
trigger build applies (``kb/tools/cameo_overrides.py``). Sentences written for these tests."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from tests.test_events import Parse, events_of
from wirewatch.kb.tools.cameo_overrides import Override, apply_overrides, parse_conditions
from wirewatch.kb.tools.event_trigger_rows import Condition, Row
from wirewatch.nlp.events.detect import states


@pytest.mark.parametrize("text", [
    "A cache of rifles and grenades was found in a farmhouse near the border",
    "Several boxes of ammunition were discovered under a bridge outside the town on Monday",
])
def test_weapons_found_with_no_one_named_are_a_seizure(parse: Parse, text: str) -> None:
    assert [e.type for e in events_of(parse, "en", text)] == ["COERCE"]


def test_finding_something_other_than_weapons_is_no_seizure(parse: Parse) -> None:
    assert events_of(parse, "en", "Rescuers found the missing hikers in a valley on Tuesday") == []


def test_a_statement_reporting_a_seizure_is_no_blame(parse: Parse) -> None:
    text = "The interior ministry said it had seized forty rifles in three anti-crime raids in the port city."
    assert [e.type for e in events_of(parse, "en", text)] == ["COERCE"]


@pytest.mark.parametrize(("words", "heads", "deps", "stating"), [
    # "The group is said to be cruel": a speech verb with an infinitive, no clause said
    (["The", "group", "is", "said", "to", "be", "cruel"], [1, 3, 3, 3, 5, 3, 5],
     ["det", "nsubjpass", "auxpass", "ROOT", "aux", "xcomp", "acomp"], False),
    # "She said the raid was cruel": a clause said
    (["She", "said", "the", "raid", "was", "cruel"], [1, 1, 3, 4, 1, 4],
     ["nsubj", "ROOT", "det", "nsubj", "ccomp", "acomp"], True),
])
def test_a_speech_verb_states_something_only_with_a_clause_said(
        words: list[str], heads: list[int], deps: list[str], stating: bool) -> None:
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps)
    verb = next(t for t in doc if t.dep_ == "ROOT")
    assert states(verb) is stating


def test_complaining_of_an_ailment_accuses_no_one(parse: Parse) -> None:
    text = "Dozens of workers complained of headaches and nausea after the chemical leak at the plant."
    assert [e for e in events_of(parse, "en", text) if e.type == "ACCUSE"] == []


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The defence minister resigned on Friday after weeks of criticism over the procurement scandal."),
    ("fr", "Le ministre de la Défense a démissionné vendredi après des semaines de critiques."),
])
def test_a_resignation_is_a_retreat(parse: Parse, lang: str, text: str) -> None:
    assert "RETREAT" in [e.type for e in events_of(parse, lang, text)]
    assert "CONCEDE" not in [e.type for e in events_of(parse, lang, text)]


def test_kicking_off_a_protest_opens_no_talks(parse: Parse) -> None:
    text = "Thousands of dock workers kicked off a week of protests in the harbour district on Monday."
    assert "CONSULT" not in [e.type for e in events_of(parse, "en", text)]


ROWS = [
    Row("leave", "CONCEDE", "", "0831", 0.7, (Condition("obj", "", frozenset({"office"})),), "QUIT l.1"),
    Row("ring", "CONCEDE", "", "080", 0.7, (Condition("obj", "", frozenset({"bell"})),), "RING l.2"),
    Row("open", "CONSULT", "", "046", 0.7, (Condition("prt", "", frozenset({"up"})),), "OPEN l.3"),
]


@pytest.mark.parametrize(("override", "expected"), [
    (Override("leave", "0831", "*", "type", "RETREAT", "resignation"), ("leave", "RETREAT", "", "obj:office")),
    (Override("ring", "080", "obj:bell", "drop", "", "no concession"), None),
    (Override("open", "046", "prt:up", "requires", "prt:up;obj:talk", "talks only"), ("open", "CONSULT", "046",
                                                                                       "prt:up;obj:talk")),
])
def test_an_override_retypes_drops_or_narrows_its_row_and_keeps_the_provenance(
        override: Override, expected: tuple[str, str, str, str] | None) -> None:
    rows, changed = apply_overrides(ROWS, [override])
    assert changed[override.action] == 1 and len(rows) == len(ROWS) - (expected is None)
    if expected is not None:
        row = next(r for r in rows if r.lemma == override.lemma)
        assert (row.lemma, row.type, row.cameo, row.requires) == expected
        assert row.note.endswith(f"override: {override.reason}") and row.note.startswith(
            next(r.note for r in ROWS if r.lemma == override.lemma))


def test_an_override_leaves_rows_of_other_conditions_alone() -> None:
    rows, changed = apply_overrides(ROWS, [Override("ring", "080", "obj:door", "drop", "", "no concession")])
    assert rows == ROWS and not changed


def test_conditions_read_back_from_their_cell() -> None:
    cell = "pp:from=area|town;prt:back"
    assert ";".join(c.cell() for c in parse_conditions(cell)) == cell
