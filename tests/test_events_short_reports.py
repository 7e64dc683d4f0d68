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
from wirewatch.nlp.events.lexicon import Requirement
from wirewatch.nlp.events.syntax import told_aside
from wirewatch.nlp.events.trigger_conditions import requirement_met


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


@pytest.mark.parametrize("text", [
    "A woman was found murdered in her home in Durban, police said",
    "Two men were found stabbed to death near the market in Kisumu, police said",
])
def test_a_statement_reporting_a_killing_through_a_verb_chain_is_no_blame(parse: Parse, text: str) -> None:
    # "was found murdered": the act is the complement of the clause's verb, not its head
    assert "ACCUSE" not in [e.type for e in events_of(parse, "en", text)]


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


@pytest.mark.parametrize(("morph", "aside"), [
    ("Tense=Past|VerbForm=Part", True),  # "mourned students killed last week": a participant described
    ("Tense=Pres|VerbForm=Part", False),  # "…, accusing it of …": the parser's noun attachment of an act
])
def test_a_past_participle_describing_a_participant_is_told_aside(morph: str, aside: bool) -> None:
    words = ["They", "mourned", "students", "killed", "last", "week"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 1, 2, 5, 3],
              deps=["nsubj", "ROOT", "dobj", "acl", "amod", "npadvmod"],
              morphs=["", "Tense=Past|VerbForm=Fin", "Number=Plur", morph, "", ""])
    assert told_aside(doc[3]) is aside and told_aside(doc[1]) is False


def test_a_protest_mourning_victims_of_an_earlier_raid_is_the_only_event(parse: Parse) -> None:
    text = "Thousands of students rallied in the capital on Saturday to mourn classmates killed last month in a raid."
    assert [e.type for e in events_of(parse, "en", text)] == ["PROTEST"]


@pytest.mark.parametrize(("text", "event_type"), [
    ("Hundreds of nurses returned to the streets of the capital on Monday", "PROTEST"),
    ("Government troops recaptured the town after two days of fighting", "ASSAULT"),  # ground taken by force
    ("The army pushed the insurgents out of three villages near the river", "ASSAULT"),
])
def test_report_wording_of_protests_and_advances(parse: Parse, text: str, event_type: str) -> None:
    assert event_type in [e.type for e in events_of(parse, "en", text)]


def test_pushing_back_a_date_is_no_assault(parse: Parse) -> None:
    text = "The electoral commission pushed the vote back by two weeks"
    assert "ASSAULT" not in [e.type for e in events_of(parse, "en", text)]


@pytest.mark.parametrize(("stance", "aside"), [(True, True), (False, False)])
def test_a_stance_in_an_adverbial_clause_sets_the_scene(stance: bool, aside: bool) -> None:
    # "After police warned them they marched": the warning is told aside of the march, an act is not
    words = ["After", "police", "warned", "them", "they", "marched"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=[2, 2, 5, 2, 5, 5],
              deps=["mark", "nsubj", "advcl", "dobj", "nsubj", "ROOT"])
    assert told_aside(doc[2], stance) is aside


def test_a_disaster_shared_by_coordinated_verbs_is_no_one_s_act(parse: Parse) -> None:
    text = "Wildfires forced thousands of residents to flee and destroyed hundreds of homes in the hills"
    assert [e for e in events_of(parse, "en", text) if e.type == "ASSAULT"] == []


@pytest.mark.parametrize(("morph", "met"), [
    ("Tense=Past|VerbForm=Part", True),  # "shells fired by the rebels": the noun described is what was fired
    ("Tense=Pres|VerbForm=Part", False),  # "shells firing …" is no passive reading of the noun
])
def test_a_past_participle_on_a_noun_takes_the_noun_as_its_object(morph: str, met: bool) -> None:
    words = ["shells", "fired", "by", "the", "rebels"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=[0, 0, 1, 4, 2],
              deps=["ROOT", "acl", "agent", "det", "pobj"], morphs=["Number=Plur", morph, "", "", "Number=Plur"])
    requirement = Requirement("obj", frozenset({"shell"}), "", frozenset())
    assert requirement_met(doc[1], requirement) is met


def test_what_protesters_turn_out_to_demand_is_their_protest(parse: Parse) -> None:
    text = "Thousands of protesters turned out in the capital to demand new elections"
    assert [e.type for e in events_of(parse, "en", text)] == ["PROTEST"]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The coast guard seized the boat after it ran aground near Lampedusa"),
    ("fr", "Les garde-côtes ont saisi le bateau près de Lampedusa"),
])
def test_a_vessel_seized_is_property_confiscated_not_ground_taken(parse: Parse, lang: str, text: str) -> None:
    assert [e.type for e in events_of(parse, lang, text)] == ["COERCE"]
