"""An act named as what an inquiry looks into is its background, done by no examiner ("police probe an arson attack",
« les enquêteurs examinent la frappe »: ``unrealised.examined``); a warning that a third party will act foretells
that party's act, no threat by the warner ("officials warned that gunmen would ambush the convoy",
``warned_states``). Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from tests.hand_docs import hand_doc
from wirewatch.nlp.events.lexicon import load_event_lexicon
from wirewatch.nlp.events.unrealised import examined

Parse = Callable[..., Doc]
PUBLISHED = "2025-06-13"
ENDS = ["", "."]


def events_of(parse: Parse, lang: str, text: str) -> list[tuple[str, str | None]]:
    return [(e.type, e.source.name if e.source else None)
            for e in parse(lang, text, published=PUBLISHED)._.ww_events]


EXAMINED = {  # "police probe the attack", « les enquêteurs examinent la frappe »
    "en": hand_doc("en", ["police", "probe", "the", "attack"], [1, 1, 3, 1], ["nsubj", "ROOT", "det", "dobj"],
                   ["NOUN", "VERB", "DET", "NOUN"], ["police", "probe", "the", "attack"]),
    "fr": hand_doc("fr", ["les", "enquêteurs", "examinent", "la", "frappe"], [1, 2, 2, 4, 2],
                   ["det", "nsubj", "ROOT", "det", "obj"], ["DET", "NOUN", "VERB", "DET", "NOUN"],
                   ["le", "enquêteur", "examiner", "le", "frappe"]),
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_an_act_a_verb_of_examination_takes_as_object_is_examined(lang: str) -> None:
    doc = EXAMINED[lang]
    lexicon = load_event_lexicon(lang)
    assert examined(doc[len(doc) - 1], lexicon)
    assert not examined(doc[0 if lang == "en" else 1], lexicon)  # the examiner


@pytest.mark.parametrize("end", ENDS)
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Police probe arson attack on a chapel in Brindle"),
    ("en", "Inspectors will study the shelling of the reservoir"),
    ("fr", "Les inspecteurs étudieront le bombardement du réservoir"),
])
def test_the_examiner_of_an_act_is_not_its_doer(parse: Parse, lang: str, text: str, end: str) -> None:
    found = events_of(parse, lang, text + end)
    assert not [e for e in found if e[0] in ("ASSAULT", "THREATEN")], found


@pytest.mark.parametrize("end", ENDS)
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Officials warned that gunmen would ambush the convoy"),
    ("en", "The governor warned that bandits will raid the villages"),
    ("fr", "Le préfet a averti que des miliciens attaqueraient le convoi"),
])
def test_a_warning_that_a_third_party_will_act_is_no_threat(parse: Parse, lang: str, text: str, end: str) -> None:
    assert "THREATEN" not in [t for t, _ in events_of(parse, lang, text + end)]


@pytest.mark.parametrize("end", ENDS)
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The army warned that it would strike the camps"),
    ("fr", "L'armée a averti qu'elle frapperait les camps"),
])
def test_a_warning_of_ones_own_act_stays_a_threat(parse: Parse, lang: str, text: str, end: str) -> None:
    assert "THREATEN" in [t for t, _ in events_of(parse, lang, text + end)]


@pytest.mark.parametrize("end", ENDS)
@pytest.mark.parametrize(("text", "target"), [
    ("Two reporters survived a drone strike on their car", "Two reporters"),
    ("The governor survived an ambush by gunmen near the bridge", "governor"),
])
def test_who_survives_an_act_underwent_it(parse: Parse, text: str, target: str, end: str) -> None:
    """English tells a survived act as the verb's object ("survived a drone strike"; word class ``undergo``); French
    puts it after « à » (« a survécu à une frappe »), another construction."""
    found = [e for e in parse("en", text + end, published=PUBLISHED)._.ww_events if e.type == "ASSAULT"]
    assert len(found) == 1 and found[0].target is not None and found[0].target.name == target
    assert found[0].source is None or found[0].source.name == "gunmen"
