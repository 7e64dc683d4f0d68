"""French triggers written class by class from the CAMEO categories (verbs and nominal events), and the doer a
French possessive determiner names. Sentences written for these tests; the full pipeline runs."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from tests.test_events import Parse, events_of, only_event
from wirewatch.nlp.events.possessives import possessive_determiner


@pytest.mark.parametrize(("text", "event_type"), [
    ("Les rebelles ont lancé un assaut contre la garnison de Tombouctou.", "ASSAULT"),  # 180
    ("Les forces gouvernementales ont repris le contrôle de la ville.", "ASSAULT"),  # 190, an advance
    ("Les cheminots se sont mobilisés jeudi contre la réforme des retraites.", "PROTEST"),  # 141
    ("Le président a proclamé l'état d'urgence dans la capitale.", "COERCE"),  # 1724
    ("Le gouvernement a décrété la loi martiale.", "COERCE"),  # 1724
    ("Le directeur de l'usine a été arrêté mardi.", "COERCE"),  # 173
    ("Les députés ont voté contre le gouvernement de Michel Barnier.", "REJECT"),  # 12
    ("Le juge a mis en examen l'ancien ministre pour corruption.", "ACCUSE"),  # 1121
    ("Le Japon a débloqué une aide de 5 millions d'euros pour le Maroc.", "AID"),  # 071
    ("Les deux ministres ont annoncé jeudi leur démission.", "RETREAT"),  # PLOVER: resignations
])
def test_a_class_trigger_states_its_type(parse: Parse, text: str, event_type: str) -> None:
    only_event(parse, "fr", text, event_type)


def test_stopping_a_war_is_no_arrest(parse: Parse) -> None:
    """"arrêter" alone is also "to stop": only a police subject or a person arrested makes it an arrest."""
    assert [e for e in events_of(parse, "fr", "Il faut arrêter la guerre, a déclaré le ministre.")
            if e.type == "COERCE"] == []


def test_the_state_declared_is_no_target(parse: Parse) -> None:
    event = only_event(parse, "fr", "Le président a proclamé l'état d'urgence dans la capitale.", "COERCE")
    assert event.target is None or event.target.name != "état"


def test_a_possessive_determiner_names_the_doer(parse: Parse) -> None:
    event = only_event(parse, "fr", "Paul Durand a annoncé sa démission mardi.", "RETREAT")
    assert event.source is not None and event.source.name == "Paul Durand"


@pytest.mark.parametrize(("morph", "found"), [("Number=Sing|Poss=Yes", True), ("Definite=Def|Number=Sing", False)])
def test_possessive_determiner_is_read_from_the_morphology(bare_fr: Language, morph: str, found: bool) -> None:
    doc = Doc(bare_fr.vocab, words=["sa", "démission"], heads=[1, 1], deps=["det", "ROOT"], pos=["DET", "NOUN"],
              morphs=[morph, "Gender=Fem|Number=Sing"])
    assert (possessive_determiner(doc[1]) is not None) == found
