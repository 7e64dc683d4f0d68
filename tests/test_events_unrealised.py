"""Acts named but not told as done (``unrealised``): a condition ("if rebels attack", "s'ils attaquent", "in case
of an invasion"), a possibility ("could strike", "pourrait frapper"), an act as the time since which something
holds ("since the attack", "depuis le début de la guerre"), a participant's act dated long before the article in
a relative clause; the subject of a supposition ("an attack would cripple the port"); a yes-no question;
habits ("usually detain", "interpelle généralement"); a verb of force whose object is a
strike, done by workers ("teachers launched a strike"), and "nurses struck"; property seized ("seized the
assets") is confiscated, not territory occupied. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from tests.hand_docs import hand_doc
from wirewatch.nlp.events.doer_readings import charged_with_force, reading_by_doer
from wirewatch.nlp.events.lexicon import TriggerEntry, load_event_lexicon
from wirewatch.nlp.events.unrealised import (
    asked,
    cancelled,
    conditional,
    hypothesised_subject,
    in_conditional,
    old_relative,
    period_end,
    possible,
    since_background,
)
from wirewatch.records import EventActor

Parse = Callable[..., Doc]
PUBLISHED = "2025-06-13"


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


APODOSIS = {  # "Rebels would attack if talks failed", "L'armée riposterait s'ils attaquaient"
    "en": hand_doc("en", ["Rebels", "would", "attack", "if", "talks", "failed"], [2, 2, 2, 5, 5, 2],
                   ["nsubj", "aux", "ROOT", "mark", "nsubj", "advcl"], ["NOUN", "AUX", "VERB", "SCONJ", "NOUN", "VERB"],
                   ["rebel", "would", "attack", "if", "talk", "fail"]),
    "fr": hand_doc("fr", ["L'", "armée", "riposterait", "s'", "ils", "attaquaient"], [1, 2, 2, 5, 5, 2],
                   ["det", "nsubj", "ROOT", "mark", "nsubj", "advcl"], ["DET", "NOUN", "VERB", "SCONJ", "PRON", "VERB"],
                   ["le", "armée", "riposter", "se", "il", "attaquer"],
                   ["", "", "Mood=Cnd|Tense=Pres", "", "", "Mood=Ind|Tense=Imp"]),
}
SUPPOSED = {  # "An attack would cripple exports", "Une attaque paralyserait les exportations" (tagged imperfect)
    "en": hand_doc("en", ["An", "attack", "would", "cripple", "exports"], [1, 3, 3, 3, 3],
                   ["det", "nsubj", "aux", "ROOT", "dobj"], ["DET", "NOUN", "AUX", "VERB", "NOUN"],
                   ["an", "attack", "would", "cripple", "export"]),
    "fr": hand_doc("fr", ["Une", "attaque", "paralyserait", "les", "exportations"], [1, 2, 2, 4, 2],
                   ["det", "nsubj", "ROOT", "det", "obj"], ["DET", "NOUN", "VERB", "DET", "NOUN"],
                   ["un", "attaque", "paralyser", "le", "exportation"], ["", "", "Mood=Ind|Tense=Imp", "", ""]),
}
QUESTION = {  # "Did police arrest them", "A-t-il attaqué la ville"
    "en": hand_doc("en", ["Did", "police", "arrest", "them"], [2, 2, 2, 2], ["aux", "nsubj", "ROOT", "dobj"],
                   ["AUX", "NOUN", "VERB", "PRON"], ["do", "police", "arrest", "they"]),
    "fr": hand_doc("fr", ["A", "-t-il", "attaqué", "la", "ville"], [2, 2, 2, 4, 2],
                   ["aux:tense", "nsubj", "ROOT", "det", "obj"], ["AUX", "PRON", "VERB", "DET", "NOUN"],
                   ["avoir", "il", "attaquer", "le", "ville"]),
}


@pytest.mark.parametrize("lang", LANGS)
def test_an_act_named_as_the_object_of_its_cancellation_is_cancelled(lang: str) -> None:
    words, lemmas = (["They", "cancelled", "the", "visit"], ["they", "cancel", "the", "visit"]) if lang == "en" \
        else (["Ils", "annulent", "la", "visite"], ["il", "annuler", "le", "visite"])
    doc = hand_doc(lang, words, [1, 1, 3, 1], ["nsubj", "ROOT", "det", "dobj" if lang == "en" else "obj"],
                   ["PRON", "VERB", "DET", "NOUN"], lemmas)
    assert cancelled(doc[3], load_event_lexicon(lang)) and not cancelled(doc[0], load_event_lexicon(lang))


@pytest.mark.parametrize("lang", LANGS)
def test_what_would_follow_from_a_condition_is_conditional(lang: str) -> None:
    assert conditional(APODOSIS[lang][2], load_event_lexicon(lang))


@pytest.mark.parametrize("lang", LANGS)
def test_an_act_named_as_the_subject_of_a_supposition_is_supposed(lang: str) -> None:
    assert hypothesised_subject(SUPPOSED[lang][1], load_event_lexicon(lang))


@pytest.mark.parametrize(("form", "lemma", "conditional_mood"), [
    ("paralyserait", "paralyser", True), ("prendraient", "prendre", True), ("finirait", "finir", True),
    ("déclarait", "déclarer", False), ("courait", "courir", False)])
def test_a_conditional_is_known_by_its_ending_on_the_infinitive(form: str, lemma: str,
                                                                conditional_mood: bool) -> None:
    doc = hand_doc("fr", [form], [0], ["ROOT"], ["VERB"], [lemma], ["Mood=Ind|Tense=Imp"])
    assert in_conditional(doc[0], load_event_lexicon("fr")) is conditional_mood


@pytest.mark.parametrize("lang", LANGS)
def test_an_auxiliary_before_the_subject_asks(lang: str) -> None:
    assert asked(QUESTION[lang][2])


@pytest.mark.parametrize("lang", LANGS)
def test_a_subject_before_its_auxiliary_tells(lang: str) -> None:
    words = ["police", "did", "arrest", "them"] if lang == "en" else ["il", "a", "attaqué", "la"]
    doc = hand_doc(lang, words, [2, 2, 2, 2], ["nsubj", "aux", "ROOT", "dobj"], ["NOUN", "AUX", "VERB", "PRON"],
                   words)
    assert not asked(doc[2])


def test_workers_launching_a_strike_protest() -> None:
    doc = hand_doc("en", ["Teachers", "launched", "a", "strike"], [1, 1, 3, 1], ["nsubj", "ROOT", "det", "dobj"],
                   ["NOUN", "VERB", "DET", "NOUN"], ["teacher", "launch", "a", "strike"])
    entry = TriggerEntry(lemma="launch", pos="VERB", type="ASSAULT", mode=None, cameo=None, weight=0.75,
                         requires=None)
    teachers = EventActor(name="teachers", sector="education")
    assert reading_by_doer(doc[1], "ASSAULT", entry, teachers, load_event_lexicon("en")) == "PROTEST"


def punctuated(cases: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    return [(lang, text + end, kind) for lang, text, kind in cases for end in ("", ".")]


@pytest.mark.parametrize(("lang", "text", "event_type"), punctuated([
    ("en", "Nurses struck for a third day at two hospitals in Leeds", "PROTEST"),
    ("en", "Customs officers seized the assets of the former governor", "COERCE"),
]))
def test_a_polysemous_word_is_read_by_its_arguments(parse: Parse, lang: str, text: str, event_type: str) -> None:
    types = [e.type for e in parse(lang, text, published=PUBLISHED)._.ww_events]
    assert event_type in types and "ASSAULT" not in types


@pytest.mark.parametrize(("text", "accusation"), [(t + end, a) for t, a in [
    ("Riot police charged the marchers with batons in Harare", False),
    ("Prosecutors charged the former governor with fraud", True)] for end in ("", ".")])
def test_a_charge_is_an_accusation_by_what_it_is_with(parse: Parse, text: str, accusation: bool) -> None:
    assert ("ACCUSE" in [e.type for e in parse("en", text, published=PUBLISHED)._.ww_events]) is accusation


@pytest.mark.parametrize(("means", "lemma", "force"), [("batons", "baton", True), ("corruption", "corruption", False)])
def test_a_charge_with_a_means_of_force_is_no_accusation(means: str, lemma: str, force: bool) -> None:
    doc = hand_doc("en", ["Police", "charged", "them", "with", means], [1, 1, 1, 1, 3],
                   ["nsubj", "ROOT", "dobj", "prep", "pobj"], ["NOUN", "VERB", "PRON", "ADP", "NOUN"],
                   ["police", "charge", "they", "with", lemma])
    assert charged_with_force(doc[1], load_event_lexicon("en")) is force


# --- the pipeline: with and without a final full stop ----------------------------------------------------------
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
    ("en", "The foreign minister cancelled a visit to Lima after the vote", "CONSULT"),
    ("fr", "Le ministre des Affaires étrangères a annulé sa visite à Lima après le vote", "CONSULT"),
    ("en", "An attack on the port would cripple grain exports", "ASSAULT"),
    ("fr", "Une attaque contre le port paralyserait les exportations de céréales", "ASSAULT"),
    ("en", "The rebels would attack the town only if talks collapsed", "ASSAULT"),
    ("en", "Did police arrest the protesters", "COERCE"),
]))
@pytest.mark.usefixtures("default_threshold")
def test_an_act_named_but_not_done_is_left_out_by_default(parse: Parse, lang: str, text: str,
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
