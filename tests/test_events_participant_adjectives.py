"""An act in the complement of an adjective that describes a participant ("officials responsible for jailing the
editor") is what the participant is known for, told aside: the sentence's own act comes first and alone.
Sentences written for these tests."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from tests.test_events import Parse, events_of
from wirewatch.nlp.events.syntax import told_aside


def test_an_act_an_adjective_describes_a_participant_by_is_no_second_event(parse: Parse) -> None:
    text = "The minister called for sanctions on officials responsible for jailing the newspaper's editor"
    assert [e.type for e in events_of(parse, "en", text)] == ["REQUEST"]


@pytest.mark.parametrize(("adjective_dep", "aside"), [("amod", True), ("acomp", False)])
def test_an_adjective_after_its_noun_with_a_complement_sets_its_act_aside_on_a_hand_built_parse(
        adjective_dep: str, aside: bool) -> None:
    # "officials responsible for jailing him" / "officials (are) responsible for jailing him"
    words = ["officials", "responsible", "for", "jailing", "him"]
    heads = [0, 0, 1, 2, 3]
    deps = ["ROOT", adjective_dep, "prep", "pcomp", "dobj"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps,
              pos=["NOUN", "ADJ", "ADP", "VERB", "PRON"])
    assert told_aside(doc[3]) is aside
