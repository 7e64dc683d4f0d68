"""Acts foreseen, feared, said likely, prevented or denied by their doer are no events of the default output
(``expected_acts``, ``unrealised.denied_by_doer``, ``non_events.denies_an_act``); they keep a modality that says so
when every event is asked for; the plain act stays asserted. A warning that acts could grow common, or that a
third party could act, is no threat by the warner (``warned_states``, ``warning_senses``). Sentences written for
these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from tests.hand_docs import hand_doc
from wirewatch.nlp.events.expected_acts import expected, qualified_as_prevented
from wirewatch.nlp.events.lexicon import load_event_lexicon

Parse = Callable[..., Doc]
PUBLISHED = "2025-06-13"
LANGS = ["en", "fr"]


def punctuated(cases: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """Each sentence as a headline (no final stop) and as a sentence."""
    return [(lang, text + end, kind) for lang, text, kind in cases for end in ("", ".")]


@pytest.fixture()
def default_threshold(nlp_for: Callable[[str], Language], monkeypatch: pytest.MonkeyPatch) -> None:
    """The shipped output: acts not told as done left out (the scorer's threshold kept at 0)."""
    for lang in LANGS:
        scorer = nlp_for(lang).get_pipe("ww_events").scorer  # type: ignore[attr-defined]
        monkeypatch.setattr(scorer, "keeps_negated", False)


FORESEEN = [
    ("en", "The United Nations fears a new offensive in Darfur", "ASSAULT"),
    ("fr", "L'ONU redoute une nouvelle offensive au Darfour", "ASSAULT"),
    ("en", "An attack on the capital is feared after the elections", "ASSAULT"),
    ("fr", "Une attaque contre la capitale est redoutée après les élections", "ASSAULT"),
    ("en", "More strikes on the power grid are likely next week", "ASSAULT"),
    ("en", "Clashes are possible during the march in Lyon", "ASSAULT"),
    ("fr", "Des affrontements sont possibles pendant la marche à Lyon", "ASSAULT"),
    ("en", "Officials fear the rebels will attack the town", "ASSAULT"),
    ("en", "Officials fear the rebels will attack the town", "THREATEN"),
    ("fr", "Les analystes s'attendent à ce que l'armée attaque la ville", "ASSAULT"),
    ("en", "Protests are expected to continue in Nairobi", "PROTEST"),
    ("fr", "Des manifestations sont prévues samedi à Nairobi", "PROTEST"),
]
PREVENTED = [
    ("en", "Police foiled an attack on the station in Lyon", "ASSAULT"),
    ("fr", "La police a déjoué un attentat contre la gare de Lyon", "ASSAULT"),
    ("fr", "L'armée a empêché une attaque contre la base", "ASSAULT"),
    ("en", "An attack on the embassy was thwarted by the police", "ASSAULT"),
]
CONTEMPLATED = [
    ("en", "The European Union is mulling sanctions against Russia", "SANCTION"),
    ("fr", "L'Union européenne envisage de sanctionner la Russie", "SANCTION"),
    ("fr", "Le gouvernement songe à sanctionner la Russie", "SANCTION"),
]
DENIED = [
    ("en", "Russia denied shelling the town", "REJECT"),
    ("en", "Russia denied shelling the town", "ASSAULT"),
    ("fr", "La Russie a démenti avoir bombardé la ville", "REJECT"),
    ("fr", "La Russie a démenti avoir bombardé la ville", "ASSAULT"),
    ("fr", "Moscou dément avoir attaqué la ville", "ASSAULT"),
    ("fr", "Moscou nie avoir attaqué la ville", "ASSAULT"),
]


@pytest.mark.parametrize(("lang", "text", "event_type"), punctuated(FORESEEN + PREVENTED + CONTEMPLATED + DENIED))
@pytest.mark.usefixtures("default_threshold")
def test_an_act_foreseen_prevented_or_denied_is_left_out_by_default(parse: Parse, lang: str, text: str,
                                                                      event_type: str) -> None:
    assert event_type not in [e.type for e in parse(lang, text, published=PUBLISHED)._.ww_events]


@pytest.mark.parametrize(("lang", "text", "modality"), punctuated([
    ("en", "The United Nations fears a new offensive in Darfur", "hypothetical"),
    ("fr", "L'ONU redoute une nouvelle offensive au Darfour", "hypothetical"),
    ("en", "Police foiled an attack on the station in Lyon", "negated"),
    ("fr", "La police a déjoué un attentat contre la gare de Lyon", "negated"),
    ("en", "Russia denied shelling the town", "denied"),
    ("fr", "La Russie a démenti avoir bombardé la ville", "denied"),
]))
def test_every_event_asked_for_keeps_the_act_with_its_modality(parse: Parse, lang: str, text: str,
                                                                 modality: str) -> None:
    found = [e for e in parse(lang, text, published=PUBLISHED)._.ww_events if e.type == "ASSAULT"]
    assert found and all(e.modality == modality for e in found)


@pytest.mark.parametrize(("lang", "text", "event_type"), punctuated([
    ("en", "Police arrested five protesters in Lyon", "COERCE"),
    ("fr", "La police a arrêté cinq manifestants à Lyon", "COERCE"),
    ("en", "The army attacked the town on Monday", "ASSAULT"),
    ("fr", "L'armée a attaqué la ville lundi", "ASSAULT"),
    ("en", "Iran denied the request for inspections", "REJECT"),
]))
@pytest.mark.usefixtures("default_threshold")
def test_a_plain_act_stays_asserted(parse: Parse, lang: str, text: str, event_type: str) -> None:
    found = [e for e in parse(lang, text, published=PUBLISHED)._.ww_events if e.type == event_type]
    assert found and all(e.modality == "asserted" for e in found)


@pytest.mark.parametrize(("lang", "text", "event_type"), punctuated([
    ("en", "The European Union plans to sanction Russia", "THREATEN"),
    ("fr", "L'Union européenne prévoit de sanctionner la Russie", "THREATEN"),
]))
@pytest.mark.usefixtures("default_threshold")
def test_a_plan_against_another_party_stays_a_threat(parse: Parse, lang: str, text: str, event_type: str) -> None:
    found = [e for e in parse(lang, text, published=PUBLISHED)._.ww_events if e.type == event_type]
    assert found and all(e.modality == "future" for e in found)


FEARED = {  # "The UN fears an offensive", "L'ONU redoute une offensive" (a present left unlemmatised)
    "en": hand_doc("en", ["The", "UN", "fears", "an", "offensive"], [1, 2, 2, 4, 2],
                   ["det", "nsubj", "ROOT", "det", "dobj"], ["DET", "PROPN", "VERB", "DET", "NOUN"],
                   ["the", "UN", "fear", "an", "offensive"]),
    "fr": hand_doc("fr", ["L'", "ONU", "redoute", "une", "offensive"], [1, 2, 2, 4, 2],
                   ["det", "nsubj", "ROOT", "det", "obj"], ["DET", "PROPN", "VERB", "DET", "NOUN"],
                   ["le", "ONU", "redoute", "un", "offensive"]),
}
LIKELY = {  # "Clashes are possible", "Des affrontements sont possibles"
    "en": hand_doc("en", ["Clashes", "are", "possible"], [1, 1, 1], ["nsubj", "ROOT", "acomp"],
                   ["NOUN", "AUX", "ADJ"], ["clash", "be", "possible"]),
    "fr": hand_doc("fr", ["Des", "affrontements", "sont", "possibles"], [1, 3, 3, 3],
                   ["det", "nsubj", "cop", "ROOT"], ["DET", "NOUN", "AUX", "ADJ"],
                   ["un", "affrontement", "être", "possible"]),
}
FOILED = {  # "a foiled attack", « un attentat déjoué »
    "en": hand_doc("en", ["a", "foiled", "attack"], [2, 2, 2], ["det", "amod", "ROOT"], ["DET", "VERB", "NOUN"],
                   ["a", "foil", "attack"]),
    "fr": hand_doc("fr", ["un", "attentat", "déjoué"], [1, 1, 1], ["det", "ROOT", "acl"], ["DET", "NOUN", "VERB"],
                   ["un", "attentat", "déjouer"]),
}
SUFFERED = {  # "The town suffered an attack", « La ville a subi une attaque »: told as done
    "en": hand_doc("en", ["The", "town", "suffered", "an", "attack"], [1, 2, 2, 4, 2],
                   ["det", "nsubj", "ROOT", "det", "dobj"], ["DET", "NOUN", "VERB", "DET", "NOUN"],
                   ["the", "town", "suffer", "an", "attack"]),
    "fr": hand_doc("fr", ["La", "ville", "a", "subi", "une", "attaque"], [1, 3, 3, 3, 5, 3],
                   ["det", "nsubj", "aux:tense", "ROOT", "det", "obj"], ["DET", "NOUN", "AUX", "VERB", "DET", "NOUN"],
                   ["le", "ville", "avoir", "subir", "un", "attaque"]),
}


@pytest.mark.parametrize("lang", LANGS)
def test_the_object_of_a_verb_of_fear_is_expected(lang: str) -> None:
    assert expected(FEARED[lang][4], load_event_lexicon(lang))


@pytest.mark.parametrize("lang", LANGS)
def test_the_subject_of_an_adjective_of_likelihood_is_expected(lang: str) -> None:
    assert expected(LIKELY[lang][0 if lang == "en" else 1], load_event_lexicon(lang))


@pytest.mark.parametrize("lang", LANGS)
def test_a_noun_qualified_by_a_participle_of_prevention_is_averted(lang: str) -> None:
    assert qualified_as_prevented(FOILED[lang][2 if lang == "en" else 1], load_event_lexicon(lang))


@pytest.mark.parametrize("lang", LANGS)
def test_an_act_undergone_is_neither_expected_nor_averted(lang: str) -> None:
    lexicon = load_event_lexicon(lang)
    act = SUFFERED[lang][len(SUFFERED[lang]) - 1]
    assert not expected(act, lexicon) and not qualified_as_prevented(act, lexicon)


@pytest.mark.parametrize(("lang", "text", "event_type"), punctuated([
    ("en", "Experts warn attacks on aid convoys could become more common", "THREATEN"),
    ("fr", "Les experts avertissent que les attaques contre les convois pourraient devenir plus fréquentes",
     "THREATEN"),
    ("en", "Experts warned of more frequent attacks on aid convoys", "THREATEN"),
    ("en", "Experts warn that militants could attack the capital", "THREATEN"),
    ("fr", "Les experts avertissent que des militants pourraient attaquer la capitale", "THREATEN"),
]))
def test_a_warning_of_a_trend_or_of_anothers_act_is_no_threat(parse: Parse, lang: str, text: str,
                                                                event_type: str) -> None:
    assert event_type not in [e.type for e in parse(lang, text, published=PUBLISHED)._.ww_events]


@pytest.mark.parametrize(("lang", "text", "event_type"), punctuated([
    ("en", "Russia warned that its troops could strike Kyiv", "THREATEN"),
    ("fr", "La Russie a averti que ses troupes pourraient frapper Kiev", "THREATEN"),
    ("en", "Russia warned that it could strike Kyiv", "THREATEN"),
]))
def test_a_warning_of_the_warners_own_act_stays_a_threat(parse: Parse, lang: str, text: str,
                                                          event_type: str) -> None:
    assert event_type in [e.type for e in parse(lang, text, published=PUBLISHED)._.ww_events]
