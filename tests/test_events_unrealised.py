"""Acts named but not told as done (``unrealised``): a condition ("if rebels attack", "s'ils attaquent", "in case
of an invasion"), a possibility ("could strike", "pourrait frapper"), an act as the time since which something
holds ("since the attack", "depuis le début de la guerre"), a participant's act dated long before the article in
a relative clause; habits ("usually detain", "interpelle généralement"). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from wirewatch.nlp.events.lexicon import load_event_lexicon
from wirewatch.nlp.events.unrealised import conditional, old_relative, period_end, possible, since_background

Parse = Callable[..., Doc]
PUBLISHED = "2025-06-13"


def hand_doc(lang: str, words: list[str], heads: list[int], deps: list[str], pos: list[str], lemmas: list[str],
             morphs: list[str] | None = None) -> Doc:
    return Doc(spacy.blank(lang).vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas,
               morphs=morphs or [""] * len(words))


CONDITION = {  # "If rebels attack the town", "S'ils attaquent la ville"
    "en": hand_doc("en", ["If", "rebels", "attack", "the", "town"], [2, 2, 2, 4, 2],
                   ["mark", "nsubj", "ROOT", "det", "dobj"], ["SCONJ", "NOUN", "VERB", "DET", "NOUN"],
                   ["if", "rebel", "attack", "the", "town"]),
    "fr": hand_doc("fr", ["S'", "ils", "attaquent", "la", "ville"], [2, 2, 2, 4, 2],
                   ["mark", "nsubj", "ROOT", "det", "obj"], ["SCONJ", "PRON", "VERB", "DET", "NOUN"],
                   ["se", "il", "attaquer", "le", "ville"]),
}
IN_CASE = {  # "ready in case of an invasion", "prête en cas d'invasion"
    "en": hand_doc("en", ["ready", "in", "case", "of", "an", "invasion"], [0, 0, 1, 2, 5, 3],
                   ["ROOT", "prep", "pobj", "prep", "det", "pobj"], ["ADJ", "ADP", "NOUN", "ADP", "DET", "NOUN"],
                   ["ready", "in", "case", "of", "an", "invasion"]),
    "fr": hand_doc("fr", ["prête", "en", "cas", "d'", "invasion"], [0, 2, 0, 4, 2],
                   ["ROOT", "case", "obl:mod", "case", "nmod"], ["ADJ", "ADP", "NOUN", "ADP", "NOUN"],
                   ["prêt", "en", "cas", "de", "invasion"]),
}
POSSIBLE = {  # "Russia could strike the port", "La Russie pourrait frapper le port"
    "en": hand_doc("en", ["Russia", "could", "strike", "the", "port"], [2, 2, 2, 4, 2],
                   ["nsubj", "aux", "ROOT", "det", "dobj"], ["PROPN", "AUX", "VERB", "DET", "NOUN"],
                   ["Russia", "could", "strike", "the", "port"]),
    "fr": hand_doc("fr", ["La", "Russie", "pourrait", "frapper", "le", "port"], [1, 2, 2, 2, 5, 3],
                   ["det", "nsubj", "ROOT", "xcomp", "det", "obj"], ["DET", "PROPN", "VERB", "VERB", "DET", "NOUN"],
                   ["le", "Russie", "pouvoir", "frapper", "le", "port"],
                   ["", "", "Mood=Cnd|Tense=Pres", "VerbForm=Inf", "", ""]),
}
SINCE = {  # "Trade stopped since the attack", "Les prix ont triplé depuis le début de la guerre"
    "en": hand_doc("en", ["Trade", "stopped", "since", "the", "attack"], [1, 1, 1, 4, 2],
                   ["nsubj", "ROOT", "prep", "det", "pobj"], ["NOUN", "VERB", "ADP", "DET", "NOUN"],
                   ["trade", "stop", "since", "the", "attack"]),
    "fr": hand_doc("fr", ["Les", "prix", "ont", "triplé", "depuis", "le", "début", "de", "la", "guerre"],
                   [1, 3, 3, 3, 6, 6, 3, 9, 9, 6],
                   ["det", "nsubj", "aux:tense", "ROOT", "case", "det", "obl:mod", "case", "det", "nmod"],
                   ["DET", "NOUN", "AUX", "VERB", "ADP", "DET", "NOUN", "ADP", "DET", "NOUN"],
                   ["le", "prix", "avoir", "tripler", "depuis", "le", "début", "de", "le", "guerre"]),
}
RELATIVE = {  # "The group that attacked the base in 2019 named a leader"
    "en": hand_doc("en", ["The", "group", "that", "attacked", "the", "base", "in", "2019", "named", "a", "leader"],
                   [1, 8, 3, 1, 5, 3, 3, 6, 8, 10, 8],
                   ["det", "nsubj", "nsubj", "relcl", "det", "dobj", "prep", "pobj", "ROOT", "det", "dobj"],
                   ["DET", "NOUN", "PRON", "VERB", "DET", "NOUN", "ADP", "NUM", "VERB", "DET", "NOUN"],
                   ["the", "group", "that", "attack", "the", "base", "in", "2019", "name", "a", "leader"]),
    "fr": hand_doc("fr", ["Le", "groupe", "qui", "a", "attaqué", "la", "base", "en", "2019", "a", "nommé", "un",
                          "chef"],
                   [1, 10, 4, 4, 1, 6, 4, 8, 4, 10, 10, 12, 10],
                   ["det", "nsubj", "nsubj", "aux:tense", "acl:relcl", "det", "obj", "case", "obl:mod", "aux:tense",
                    "ROOT", "det", "obj"],
                   ["DET", "NOUN", "PRON", "AUX", "VERB", "DET", "NOUN", "ADP", "NUM", "AUX", "VERB", "DET", "NOUN"],
                   ["le", "groupe", "qui", "avoir", "attaquer", "le", "base", "en", "2019", "avoir", "nommer", "un",
                    "chef"]),
}
LANGS = ["en", "fr"]


@pytest.mark.parametrize("lang", LANGS)
def test_an_act_under_a_conjunction_of_condition_is_conditional(lang: str) -> None:
    assert conditional(CONDITION[lang][2], load_event_lexicon(lang))


@pytest.mark.parametrize("lang", LANGS)
def test_an_act_in_case_of_which_is_conditional(lang: str) -> None:
    doc = IN_CASE[lang]
    assert conditional(doc[len(doc) - 1], load_event_lexicon(lang))


def test_the_case_of_an_act_is_no_condition() -> None:
    doc = hand_doc("en", ["the", "case", "of", "the", "attack"], [1, 1, 1, 4, 2],
                   ["det", "ROOT", "prep", "det", "pobj"], ["DET", "NOUN", "ADP", "DET", "NOUN"],
                   ["the", "case", "of", "the", "attack"])
    assert not conditional(doc[4], load_event_lexicon("en"))


@pytest.mark.parametrize("lang", LANGS)
def test_an_act_under_a_modal_of_possibility_is_possible(lang: str) -> None:
    doc = POSSIBLE[lang]
    assert possible(doc[2 if lang == "en" else 3], load_event_lexicon(lang))


def test_an_act_one_managed_to_do_is_not_merely_possible() -> None:
    doc = hand_doc("fr", ["L'", "armée", "a", "pu", "reprendre", "la", "ville"], [1, 3, 3, 3, 3, 6, 4],
                   ["det", "nsubj", "aux:tense", "ROOT", "xcomp", "det", "obj"],
                   ["DET", "NOUN", "AUX", "VERB", "VERB", "DET", "NOUN"],
                   ["le", "armée", "avoir", "pouvoir", "reprendre", "le", "ville"],
                   ["", "", "Tense=Pres", "Tense=Past|VerbForm=Part", "VerbForm=Inf", "", ""])
    assert not possible(doc[4], load_event_lexicon("fr"))


@pytest.mark.parametrize("lang", LANGS)
def test_an_act_named_as_the_time_since_which_is_background(lang: str) -> None:
    doc = SINCE[lang]
    assert since_background(doc[len(doc) - 1], load_event_lexicon(lang))


@pytest.mark.parametrize("lang", LANGS)
def test_an_act_after_another_preposition_is_no_background(lang: str) -> None:
    doc = hand_doc(lang, ["during", "the", "attack"], [2, 2, 2], ["prep" if lang == "en" else "case", "det", "ROOT"],
                   ["ADP", "DET", "NOUN"], ["during", "the", "attack"])
    assert not since_background(doc[2], load_event_lexicon(lang))


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(("date", "old"), [("2019", True), ("2024-03", True), ("2025-06-10", False), (None, False)])
def test_a_relative_clause_act_dated_long_before_is_background(lang: str, date: str | None, old: bool) -> None:
    doc = RELATIVE[lang]
    attacked = next(t for t in doc if t.dep_ in ("relcl", "acl:relcl"))
    assert old_relative(attacked, date, dt.date.fromisoformat(PUBLISHED)) is old


def test_a_dated_act_outside_a_relative_clause_is_not_a_participants_past() -> None:
    doc = RELATIVE["en"]
    assert not old_relative(doc[8], "2019", dt.date.fromisoformat(PUBLISHED))


@pytest.mark.parametrize(("value", "end"), [("2019", "2019-12-31"), ("2024-02", "2024-02-29"),
                                            ("2025-01-05", "2025-01-05"), ("PAST_REF", None), ("2019-W12", None)])
def test_a_date_values_period_ends_on_its_last_day(value: str, end: str | None) -> None:
    assert period_end(value) == (dt.date.fromisoformat(end) if end else None)


# --- the pipeline: with and without a final full stop ----------------------------------------------------------
def punctuated(cases: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    return [(lang, text + end, kind) for lang, text, kind in cases for end in ("", ".")]


@pytest.mark.parametrize(("lang", "text", "event_type"), punctuated([
    ("en", "If the militia attacks the village, the army will respond", "ASSAULT"),
    ("fr", "Si la milice attaque le village, l'armée ripostera", "ASSAULT"),
    ("en", "The army may arrest the strike leaders within days", "COERCE"),
    ("fr", "L'armée pourrait arrêter les meneurs de la grève dans les prochains jours", "COERCE"),
    ("en", "Moscow could strike the port of Varna within days", "ASSAULT"),
    ("fr", "Moscou pourrait frapper le port de Varna dans les prochains jours", "ASSAULT"),
]))
def test_a_conditional_or_possible_act_is_hypothetical(parse: Parse, lang: str, text: str, event_type: str) -> None:
    found = [e for e in parse(lang, text, published=PUBLISHED)._.ww_events if e.type == event_type]
    assert all(e.modality == "hypothetical" for e in found)


@pytest.fixture()
def default_threshold(nlp_for: Callable[[str], Language], monkeypatch: pytest.MonkeyPatch) -> None:
    """The shipped output: hypothetical and negated acts left out (the scorer's threshold kept at 0)."""
    for lang in LANGS:
        scorer = nlp_for(lang).get_pipe("ww_events").scorer  # type: ignore[attr-defined]
        monkeypatch.setattr(scorer, "keeps_negated", False)


@pytest.mark.parametrize(("lang", "text", "event_type"), punctuated([
    ("en", "If the militia attacks the village, the army will respond", "ASSAULT"),
    ("fr", "S'ils attaquent le village, l'armée ripostera", "ASSAULT"),
    ("en", "Moscow could strike the port of Varna within days", "ASSAULT"),
    ("fr", "Moscou pourrait frapper le port de Varna dans les prochains jours", "ASSAULT"),
]))
@pytest.mark.usefixtures("default_threshold")
def test_a_conditional_or_possible_act_is_left_out_by_default(parse: Parse, lang: str, text: str,
                                                              event_type: str) -> None:
    assert event_type not in [e.type for e in parse(lang, text, published=PUBLISHED)._.ww_events]


@pytest.mark.parametrize(("lang", "text", "event_type"), punctuated([
    ("en", "Since the attack on the consulate, the two governments have had no contact", "ASSAULT"),
    ("fr", "Les prix du pain ont doublé depuis le début de l'invasion", "ASSAULT"),
    ("en", "The faction that attacked the air base in 2018 named a new commander on Monday", "ASSAULT"),
    ("fr", "La faction qui avait attaqué la base aérienne en 2018 a nommé un nouveau commandant lundi", "ASSAULT"),
    ("en", "Police usually detain opposition activists before elections", "COERCE"),
    ("fr", "La police interpelle généralement des militants avant les élections", "COERCE"),
]))
def test_a_background_or_habitual_act_is_no_event(parse: Parse, lang: str, text: str, event_type: str) -> None:
    assert event_type not in [e.type for e in parse(lang, text, published=PUBLISHED)._.ww_events]


@pytest.mark.parametrize(("lang", "text", "event_type"), punctuated([
    ("en", "The faction that attacked the air base on Monday named a new commander", "ASSAULT"),
    ("en", "Moscow struck the port of Varna on Monday", "ASSAULT"),
    ("en", "Trade has stopped since the attack on the consulate on 3 May", "ASSAULT"),
    ("fr", "Le commerce est suspendu depuis l'attaque contre le consulat le 3 mai", "ASSAULT"),
    ("fr", "Moscou a frappé le port de Varna lundi", "ASSAULT"),
]))
def test_a_recent_or_plain_act_stays_an_event(parse: Parse, lang: str, text: str, event_type: str) -> None:
    found = [e for e in parse(lang, text, published=PUBLISHED)._.ww_events if e.type == event_type]
    assert found and all(e.modality == "asserted" for e in found)
