"""French triggers from CAMEO verb blocks that had no French reading (EXPLOSIVE_DESTRUCTION, DESTROY, GUNFIRE,
PROHIBIT, SHUT, DISPERSE, SURRENDER), pronominal forms ("se rendre aux rebelles", "se sont entretenus") and
light-verb phrases ("battre en retraite", "mettre en demeure"); a present the lemmatiser leaves as it is
("frappe"); the parties of an act a strain turned into. Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from tests.test_events import Parse, events_of, only_event
from wirewatch.nlp.events.lexicon import load_event_lexicon
from wirewatch.nlp.events.nominal_roles import in_state_of
from wirewatch.nlp.events.trigger_conditions import lookup


@pytest.mark.parametrize(("text", "event_type"), [
    ("Les enseignants du lycée ont cessé le travail jeudi.", "PROTEST"),  # 143
    ("Les gendarmes ont dispersé le rassemblement devant la préfecture.", "COERCE"),  # 170 DISPERSE
    ("Les autorités ont coupé internet dans toute la province.", "COERCE"),  # 1721 SHUT
    ("La junte a fermé sa frontière avec le Togo.", "SANCTION"),  # 160 SHUT * BORDER
    ("Un kamikaze s'est fait exploser devant le commissariat.", "ASSAULT"),  # 183
    ("Les rebelles ont fait sauter un pont près de la frontière.", "ASSAULT"),  # 190 +BLOW_UP
    ("L'armée a tiré plusieurs roquettes sur le village.", "ASSAULT"),  # 190
    ("Les troupes gouvernementales ont battu en retraite.", "RETREAT"),  # 0872
    ("Les soldats de la garnison se sont rendus aux rebelles.", "RETREAT"),  # 0874 SURRENDER
    ("Les deux présidents se sont entretenus jeudi.", "CONSULT"),  # 040
    ("Le ministère a mis en demeure la société minière.", "REQUEST"),  # 10
])
def test_a_block_trigger_states_its_type(parse: Parse, text: str, event_type: str) -> None:
    assert [e for e in events_of(parse, "fr", text) if e.type == event_type], events_of(parse, "fr", text)


@pytest.mark.parametrize("text", [
    "Les troupes gouvernementales ont battu en retraite.",
    "Le ministère a mis en demeure la société minière.",
])
def test_the_words_of_a_locution_are_no_target(parse: Parse, text: str) -> None:
    """"battre en retraite", "mettre en demeure": the noun of the trigger's own phrase is not what the act is
    done to."""
    targets = [e.target.name for e in events_of(parse, "fr", text) if e.target is not None]
    assert not {"retraite", "demeure"} & set(targets), targets


def test_surrendering_to_an_armed_side_is_no_visit(parse: Parse) -> None:
    """"se rendre à" + an armed side is a surrender; "se rendre à" + a city stays a visit."""
    types = {e.type for e in events_of(parse, "fr", "Les soldats de la garnison se sont rendus aux rebelles.")}
    assert "RETREAT" in types and "CONSULT" not in types


@pytest.mark.parametrize(("form", "lemma_left", "infinitive"), [
    ("frappe", "frappe", "frapper"),  # a present that is also a noun: the lemmatiser leaves it
    ("renversent", "renversent", "renverser"),
])
def test_a_present_left_unlemmatised_finds_its_infinitive_trigger(bare_fr: Language, form: str, lemma_left: str,
                                                                  infinitive: str) -> None:
    doc = Doc(bare_fr.vocab, words=["Ils", form, "la", "ville"], heads=[1, 1, 3, 1],
              deps=["nsubj", "ROOT", "det", "obj"], pos=["PRON", "VERB", "DET", "NOUN"],
              lemmas=["il", lemma_left, "le", "ville"])
    lexicon = load_event_lexicon("fr")
    assert lookup(doc[1], lexicon) == lexicon.triggers[(infinitive, "VERB")]
    assert doc[1] in lexicon.tokens(doc[:], "trigger")


def test_a_noun_form_tagged_as_a_noun_is_not_read_as_a_verb(bare_fr: Language) -> None:
    """Only a word tagged VERB is tried as a verb form: "la frappe" stays the noun."""
    doc = Doc(bare_fr.vocab, words=["la", "marche"], heads=[1, 1], deps=["det", "ROOT"], pos=["DET", "NOUN"],
              lemmas=["le", "marche"])
    lexicon = load_event_lexicon("fr")
    assert all(entry.pos == "NOUN" for entry in lookup(doc[1], lexicon))


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Les tensions entre l'armée et la milice ont dégénéré en affrontements dans la capitale."),
    ("en", "Tensions between the army and the militia escalated into clashes in the capital."),
])
def test_an_act_a_strain_turned_into_takes_the_strain_s_parties(parse: Parse, lang: str, text: str) -> None:
    """"les tensions entre A et B ont dégénéré en affrontements": A and B are the clashes' parties."""
    event = only_event(parse, lang, text, "ASSAULT")
    assert event.source is not None and event.target is not None and event.source.name != event.target.name


def test_bodies_washed_up_by_the_sea_are_no_rejection(parse: Parse) -> None:
    """"rejeter" in its physical sense (the sea casts up bodies or debris) refuses nothing."""
    assert not [e for e in events_of(parse, "fr", "Des corps ont été rejetés par la mer sur la plage.")
                if e.type == "REJECT"]


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "De violents combats ont opposé l'armée aux rebelles dans le nord."),
    ("en", "Heavy fighting pitted the army against the rebels."),
])
def test_a_clash_that_opposes_two_sides_has_them_as_its_parties(parse: Parse, lang: str, text: str) -> None:
    """"des combats ont opposé A à B": A and B are the clash's parties, not its subject's."""
    event = only_event(parse, lang, text, "ASSAULT")
    assert event.source is not None and event.source.sector == "military"
    assert event.target is not None and event.target.sector == "rebels"


@pytest.mark.parametrize(("lang", "words", "heads", "deps", "pos"), [
    ("fr", ["enseignants", "en", "grève"], [0, 2, 0], ["ROOT", "case", "nmod"], ["NOUN", "ADP", "NOUN"]),
    ("en", ["teachers", "on", "strike"], [0, 0, 1], ["ROOT", "prep", "pobj"], ["NOUN", "ADP", "NOUN"]),
])
def test_who_is_in_the_state_a_noun_names_is_its_doer(bare_fr: Language, lang: str, words: list[str],
                                                      heads: list[int], deps: list[str], pos: list[str]) -> None:
    doc = Doc(bare_fr.vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=words)
    preps = load_event_lexicon(lang).word_class("state_prep")
    assert in_state_of(doc[2], preps) == doc[0]
    assert in_state_of(doc[2], frozenset()) is None
