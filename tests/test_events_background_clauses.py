"""Acts told as background or as not done by the form of their clause: a "since" clause ("since rebels seized the
harbour", « depuis que les rebelles ont pris le port »), a clause within a relative clause dated long before, a
modal in the perfect ("would have shelled", « aurait dû arrêter »), a condition put by inversion ("had the rebels
refused"), an ability ("can arrest", « peut arrêter »). Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from tests.hand_docs import hand_doc
from wirewatch.nlp.events.background_clauses import in_since_clause, within_relative_clause
from wirewatch.nlp.events.counterfactuals import counterfactual, inverted_condition
from wirewatch.nlp.events.lexicon import load_event_lexicon

Parse = Callable[..., Doc]
PUBLISHED = "2025-06-13"  # a Friday
ENDS = ["", "."]


def types_of(parse: Parse, lang: str, text: str) -> list[str]:
    return [e.type for e in parse(lang, text, published=PUBLISHED)._.ww_events]


@pytest.fixture()
def default_threshold(nlp_for: Callable[[str], Language], monkeypatch: pytest.MonkeyPatch) -> None:
    """The shipped output: hypothetical and negated acts left out (the scorer's threshold kept at 0)."""
    for lang in ("en", "fr"):
        scorer = nlp_for(lang).get_pipe("ww_events").scorer  # type: ignore[attr-defined]
        monkeypatch.setattr(scorer, "keeps_negated", False)


# "Prices rose since rebels seized the harbour", « Les prix ont monté depuis que les rebelles ont pris le port »
SINCE_CLAUSE = {
    "en": hand_doc("en", ["Prices", "rose", "since", "rebels", "seized", "the", "harbour"], [1, 1, 4, 4, 1, 6, 4],
                   ["nsubj", "ROOT", "mark", "nsubj", "advcl", "det", "dobj"],
                   ["NOUN", "VERB", "SCONJ", "NOUN", "VERB", "DET", "NOUN"],
                   ["price", "rise", "since", "rebel", "seize", "the", "harbour"]),
    "fr": hand_doc("fr", ["Les", "prix", "ont", "monté", "depuis", "que", "les", "rebelles", "ont", "pris", "le",
                          "port"],
                   [1, 3, 3, 3, 9, 9, 7, 9, 9, 3, 11, 9],
                   ["det", "nsubj", "aux:tense", "ROOT", "mark", "mark", "det", "nsubj", "aux:tense", "advcl", "det",
                    "obj"],
                   ["DET", "NOUN", "AUX", "VERB", "ADP", "SCONJ", "DET", "NOUN", "AUX", "VERB", "DET", "NOUN"],
                   ["le", "prix", "avoir", "monter", "depuis", "que", "le", "rebelle", "avoir", "prendre", "le",
                    "port"]),
}
SEIZED = {"en": 4, "fr": 9}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_an_act_in_a_since_clause_is_told_there(lang: str) -> None:
    doc = SINCE_CLAUSE[lang]
    assert in_since_clause(doc[SEIZED[lang]], load_event_lexicon(lang))
    assert not in_since_clause(doc[1 if lang == "en" else 3], load_event_lexicon(lang))  # the main clause's verb


@pytest.mark.parametrize("end", ENDS)
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Fuel prices have tripled since the rebels seized the harbour"),
    ("fr", "Les prix du carburant ont triplé depuis que les rebelles ont pris le port"),
])
def test_an_undated_act_since_which_something_holds_is_background(parse: Parse, lang: str, text: str,
                                                                   end: str) -> None:
    assert "ASSAULT" not in types_of(parse, lang, text + end)


@pytest.mark.parametrize("end", ENDS)
def test_an_act_since_which_something_holds_dated_long_ago_is_background(parse: Parse, end: str) -> None:
    assert "ASSAULT" not in types_of(parse, "en", "Ferry traffic has collapsed since the militia shelled the docks in "
                                                  "2019" + end)


RELATIVE_WHEN = hand_doc(  # "the war, which began when militias stormed the capital"
    "en", ["the", "war", "which", "began", "when", "militias", "stormed", "the", "capital"],
    [1, 1, 3, 1, 6, 6, 3, 8, 6],
    ["det", "ROOT", "nsubj", "relcl", "advmod", "nsubj", "advcl", "det", "dobj"],
    ["DET", "NOUN", "PRON", "VERB", "ADV", "NOUN", "VERB", "DET", "NOUN"],
    ["the", "war", "which", "begin", "when", "militia", "storm", "the", "capital"])


def test_a_clause_within_a_relative_clause_tells_of_its_participant() -> None:
    assert within_relative_clause(RELATIVE_WHEN[6])
    assert not within_relative_clause(RELATIVE_WHEN[3])  # the relative clause itself: ``old_relative``


@pytest.mark.parametrize("end", ENDS)
def test_an_old_act_in_a_clause_within_a_relative_clause_is_background(parse: Parse, end: str) -> None:
    text = "The conflict, which began when militias stormed the capital in 2019, has displaced thousands"
    assert "ASSAULT" not in types_of(parse, "en", text + end)


COUNTERFACTUAL = {  # "the army would have shelled the town", « l'armée aurait pu bombarder la ville »
    "en": hand_doc("en", ["the", "army", "would", "have", "shelled", "the", "town"], [1, 4, 4, 4, 4, 6, 4],
                   ["det", "nsubj", "aux", "aux", "ROOT", "det", "dobj"],
                   ["DET", "NOUN", "AUX", "AUX", "VERB", "DET", "NOUN"],
                   ["the", "army", "would", "have", "shell", "the", "town"]),
    "fr": hand_doc("fr", ["l'", "armée", "aurait", "pu", "bombarder", "la", "ville"], [1, 3, 3, 3, 3, 6, 4],
                   ["det", "nsubj", "aux:tense", "ROOT", "xcomp", "det", "obj"],
                   ["DET", "NOUN", "AUX", "VERB", "VERB", "DET", "NOUN"],
                   ["le", "armée", "avoir", "pouvoir", "bombarder", "le", "ville"],
                   ["", "", "Mood=Cnd|Tense=Pres|VerbForm=Fin", "Tense=Past|VerbForm=Part", "VerbForm=Inf", "", ""]),
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_modal_in_the_perfect_is_counterfactual(lang: str) -> None:
    assert counterfactual(COUNTERFACTUAL[lang][4], load_event_lexicon(lang))


def test_a_perfect_without_a_modal_tells_the_act() -> None:
    doc = hand_doc("en", ["the", "army", "has", "shelled", "the", "town"], [1, 3, 3, 3, 5, 3],
                   ["det", "nsubj", "aux", "ROOT", "det", "dobj"], ["DET", "NOUN", "AUX", "VERB", "DET", "NOUN"],
                   ["the", "army", "have", "shell", "the", "town"])
    assert not counterfactual(doc[3], load_event_lexicon("en"))


@pytest.mark.parametrize("end", ENDS)
@pytest.mark.parametrize(("lang", "text", "event_type"), [
    ("en", "Without the truce, the army would have shelled the town", "ASSAULT"),
    ("en", "Police should have arrested the two smugglers", "COERCE"),
    ("fr", "Sans la trêve, l'armée aurait pu bombarder la ville", "ASSAULT"),
    ("fr", "La police aurait dû arrêter les deux passeurs", "COERCE"),
])
@pytest.mark.usefixtures("default_threshold")
def test_an_act_that_would_have_been_done_is_no_event(parse: Parse, lang: str, text: str, event_type: str,
                                                      end: str) -> None:
    assert event_type not in types_of(parse, lang, text + end)


INVERTED = hand_doc(  # "had the rebels refused, troops would have stormed the town"
    "en", ["had", "the", "rebels", "refused", ",", "troops", "would", "have", "stormed", "the", "town"],
    [3, 2, 3, 8, 8, 8, 8, 8, 8, 10, 8],
    ["aux", "det", "nsubj", "advcl", "punct", "nsubj", "aux", "aux", "ROOT", "det", "dobj"],
    ["AUX", "DET", "NOUN", "VERB", "PUNCT", "NOUN", "AUX", "AUX", "VERB", "DET", "NOUN"],
    ["have", "the", "rebel", "refuse", ",", "troop", "would", "have", "storm", "the", "town"])


def test_an_auxiliary_before_the_subject_opens_a_condition() -> None:
    lexicon = load_event_lexicon("en")
    assert inverted_condition(INVERTED[3], lexicon)
    assert not inverted_condition(INVERTED[8], lexicon)  # the main clause


@pytest.mark.parametrize("end", ENDS)
@pytest.mark.usefixtures("default_threshold")
@pytest.mark.parametrize("text", ["The navy will respond should the rebels attack the port",
                                  "Were the militia to shell the harbour, the navy would respond"])
def test_an_act_put_as_an_inverted_condition_is_no_event(parse: Parse, text: str, end: str) -> None:
    assert "ASSAULT" not in types_of(parse, "en", text + end)


@pytest.mark.parametrize("end", ENDS)
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Under the new decree, police can arrest anyone who burns a flag"),
    ("fr", "Avec le nouveau décret, la police peut arrêter quiconque brûle un drapeau"),
])
@pytest.mark.usefixtures("default_threshold")
def test_an_act_one_is_able_to_do_is_no_event(parse: Parse, lang: str, text: str, end: str) -> None:
    assert "COERCE" not in types_of(parse, lang, text + end)
