"""French triggers broadened class by class (other verbs of a CAMEO class, their nominalisations, light-verb and
pronominal forms), and the mechanisms they rely on in both languages: a noun's participants named through a
preposition in either parse scheme, the "of" phrase of an arrest as who undergoes it, and measures told by two
conjoined clauses as two events. Sentences written for these tests; the full pipeline runs where it says so."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from tests.test_events import Parse, events_of, only_event
from wirewatch.nlp.events.actorless import told_alone
from wirewatch.nlp.events.lexicon import load_event_lexicon
from wirewatch.nlp.events.listing import coordinated


@pytest.mark.parametrize(("text", "event_type"), [
    ("Un échange de tirs a opposé mardi les gardes-frontières aux contrebandiers.", "ASSAULT"),  # 190
    ("Des miliciens ont passé à tabac trois journalistes devant le tribunal.", "ASSAULT"),  # 182
    ("L'opposant Paul Durand a été assigné à résidence par la junte.", "COERCE"),  # 173
    ("Le gouvernement a dissous le principal parti d'opposition.", "COERCE"),  # 1722
    ("Le Parlement a renversé le gouvernement de Jean Dupont.", "REJECT"),  # 12
    ("Le ministère a annoncé l'inculpation de l'ancien préfet pour corruption.", "ACCUSE"),  # 1121
    ("Varsovie a tenu Minsk pour responsable de la panne.", "ACCUSE"),  # 112
    ("Le président a enjoint au gouvernement de retirer la réforme.", "REQUEST"),  # 10
    ("Le ministre allemand s'est rendu à Varsovie mardi.", "CONSULT"),  # 042
    ("Les deux pays sont parvenus à un accord sur leur frontière.", "AGREE"),  # 03
    ("Les deux pays ont conclu un accord sur la pêche.", "AGREE"),  # 03
    ("Berlin a annoncé la livraison de chars à la Pologne.", "AID"),  # 072
    ("Les satellites montrent une concentration de troupes russes près de la frontière.", "MOBILIZE"),  # 154
    ("Washington a mis sur liste noire trois banques iraniennes.", "SANCTION"),  # 163
    ("Les rebelles ont évacué leurs positions autour de la ville.", "RETREAT"),  # 0873
])
def test_a_broadened_class_trigger_states_its_type(parse: Parse, text: str, event_type: str) -> None:
    assert [e for e in events_of(parse, "fr", text) if e.type == event_type], events_of(parse, "fr", text)


@pytest.mark.parametrize(("lang", "text", "arrested"), [
    ("fr", "Les gendarmes ont procédé mardi à l'arrestation de Paul Durand.", "Paul Durand"),
    ("en", "Police carried out the arrest of Paul Durand on Tuesday.", "Paul Durand"),
])
def test_an_arrest_names_whom_it_takes_not_itself(parse: Parse, lang: str, text: str, arrested: str) -> None:
    """A light verb's "à" phrase is the act itself, no recipient; the arrest's "of" phrase is who is arrested."""
    event = only_event(parse, lang, text, "COERCE")
    assert event.target is not None and event.target.name == arrested


def test_measures_told_in_two_conjoined_clauses_are_two_events(parse: Parse) -> None:
    text = ("Le Japon a débloqué une enveloppe de deux millions d'euros et le Canada a annoncé une aide d'un "
            "million de dollars pour le Maroc.")
    givers = {e.source.name for e in events_of(parse, "fr", text) if e.type == "AID" and e.source is not None}
    assert givers == {"Japan", "Canada"}


def test_objects_of_conjoined_verbs_are_listed(bare_fr: Language) -> None:
    doc = Doc(bare_fr.vocab, words=["débloqué", "fonds", "et", "annoncé", "aide"], heads=[0, 0, 3, 0, 3],
              deps=["ROOT", "obj", "cc", "conj", "obj"], pos=["VERB", "NOUN", "CCONJ", "VERB", "NOUN"])
    assert coordinated(doc[0], doc[4]) and coordinated(doc[1], doc[4])


def test_an_object_and_its_own_verb_are_no_list(bare_fr: Language) -> None:
    doc = Doc(bare_fr.vocab, words=["annoncé", "aide"], heads=[0, 0], deps=["ROOT", "obj"], pos=["VERB", "NOUN"])
    assert not coordinated(doc[0], doc[1])


@pytest.mark.parametrize(("lang", "words", "heads", "deps"), [
    ("fr", ["signalé", "combats", "entre", "bandes"], [0, 0, 3, 1], ["ROOT", "obj", "case", "nmod"]),
    ("en", ["reported", "fighting", "between", "gangs"], [0, 0, 1, 2], ["ROOT", "dobj", "prep", "pobj"]),
])
def test_a_noun_with_its_participants_states_its_act_alone(bare_fr: Language, lang: str, words: list[str],
                                                           heads: list[int], deps: list[str]) -> None:
    """"des combats entre bandes rivales": the participants' preposition, read in either parse scheme, from the
    language's lexicon; without it the noun is what another act concerns."""
    doc = Doc(bare_fr.vocab, words=words, heads=heads, deps=deps, pos=["VERB", "NOUN", "ADP", "NOUN"], lemmas=words)
    preps = load_event_lexicon(lang).word_class("participant_prep")
    assert told_alone("ASSAULT", doc[1], None, None, participant_preps=preps)
    assert not told_alone("ASSAULT", doc[1], None, None, participant_preps=frozenset())


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Les rebelles ont été contraints au retrait de leurs positions."),
    ("fr", "Les rebelles ont été contraints à la reddition."),
    ("en", "The rebels were forced into a retreat from their positions."),
])
def test_an_act_compelled_is_told_by_whoever_is_made_to_do_it(parse: Parse, lang: str, text: str) -> None:
    """A bare "the resignation" points back to an act told before, unless a verb of compelling names it here
    ("contraint à la démission"); its doer is who is compelled."""
    event = only_event(parse, lang, text, "RETREAT")
    assert event.source is not None and event.source.sector == "rebels"
