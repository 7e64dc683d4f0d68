"""English speech verbs read from the CAMEO verb dictionary's statement families (kb/tools/build_speech_verbs.py):
the generated file is up to date, and a verb read there reports a finite clause, never an object or an infinitive.

Every sentence here is written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from wirewatch import lexicons
from wirewatch.kb.tools import build_speech_verbs
from wirewatch.kb.tools.cameo_verb_patterns import parse_dictionary

Parse = Callable[..., Doc]
CAMEO_DICTIONARY = build_speech_verbs.DEFAULT_RESOURCES / "petrarch2" / "CAMEO.2.0.txt"
needs_cameo = pytest.mark.skipif(not CAMEO_DICTIONARY.is_file(),
                                 reason=f"{CAMEO_DICTIONARY} is absent (../shared/resources, a build-time source)")


@needs_cameo
def test_generated_speech_verbs_are_up_to_date() -> None:
    assert build_speech_verbs.main(["--check"]) == 0


def test_generated_rows_keep_their_cameo_family() -> None:
    rows = lexicons.read_tsv("en", "speech_verbs_cameo.tsv")
    assert rows and all(row["cameo"][:2] in build_speech_verbs.STATEMENT_FAMILIES for row in rows)
    assert all(row["that"] == "yes" and not row["object"] and row["clause"] == "declarative" for row in rows)


@needs_cameo
def test_hand_verbs_and_discards_are_left_out() -> None:
    text = CAMEO_DICTIONARY.read_text(encoding="utf-8")
    rows, in_hand = build_speech_verbs.build(parse_dictionary(text), frozenset({"worry"}), frozenset({"doubt"}))
    lemmas = {row.split("\t", 1)[0] for row in rows}
    assert in_hand == 1 and "worry" not in lemmas and "doubt" not in lemmas and "suspect" in lemmas


@pytest.mark.parametrize(("text", "speaker", "content"), [
    ("Several lawmakers worried that the vote would be delayed.", "Several lawmakers", "the vote would be delayed"),
    ("Farm groups worry the drought could last into the autumn.", "Farm groups", "the drought could last"),
    ("Analysts doubt that the central bank will cut rates.", "Analysts", "the central bank will cut rates"),
    ("Police suspect the fire was set deliberately.", "Police", "the fire was set deliberately"),
    ("The senator proposed that the hearing be held in public.", "The senator", "the hearing be held in public"),
    ("Ines Parra recommended that the old plant be closed.", "Ines Parra", "the old plant be closed"),
    ("The mayor informed residents that the water was safe to drink.", "The mayor", "the water was safe"),
])
def test_statement_verb_reports_its_clause(parse: Parse, text: str, speaker: str, content: str) -> None:
    quotes = [q for q in parse("en", text)._.ww_quotes if content in q.text]
    assert quotes and quotes[0].speaker is not None and speaker in quotes[0].speaker


@pytest.mark.parametrize("text", [
    "The council delayed the vote until March.",
    "The farmers oppose the new tax on diesel.",
    "Officials want the army to leave the city by Friday.",
    "The lawyers watched the jury leave the room.",
    "The coach scolded the players after the match.",
    'The governor mocked the "master plan" of his rival.',
    'The audit highlights dozens of "red flags" in the accounts.',
])
def test_statement_verb_is_no_cue_without_a_clause(parse: Parse, text: str) -> None:
    assert not list(parse("en", text)._.ww_quotes)


@pytest.mark.parametrize("text", [
    "The ministry has not outlined what measures it would take against the smugglers.",
    "The senator detailed how the funds would be spent.",
])
def test_statement_verb_reports_no_question_clause(parse: Parse, text: str) -> None:
    assert not list(parse("en", text)._.ww_quotes)


def test_thought_verb_reports_its_clause_in_the_quote_layer_only(parse: Parse) -> None:
    quotes = [q for q in parse("en", "Farmers fear that the river will flood the lower fields.")._.ww_quotes]
    assert [q.text for q in quotes] == ["the river will flood the lower fields"]
    assert "fear" not in {row["lemma"] for row in lexicons.read_tsv("en", "speech_verbs.tsv")}
