"""Doers the grammar supplies when the event's own clause leaves them unsaid: the subject a purpose infinitive
serves, a passive agent the parser hung on the verb's locution, the authorities who release someone from
custody, the subject an object's possessive stands for; armed groups described by function are of the place
where they fight. Sentences written for these tests; the syntax rules also on hand-built Docs."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from tests.test_events import Parse, events_of, only_event
from wirewatch.nlp.events.controlled_roles import locution_agents, purpose_controller
from wirewatch.nlp.events.implied import host_at_home
from wirewatch.nlp.events.lexicon import load_event_lexicon
from wirewatch.records import Event, EventActor, EventPlace, Mention

INFINITIVE = "VerbForm=Inf"
PASSIVE = "Tense=Past|VerbForm=Part|Voice=Pass"


def built(lang: str, rows: list[tuple[str, int, str, str]], morphs: dict[int, str]) -> Doc:
    """A Doc from (word, head, dependency, part of speech) rows; lemmas are the lower-cased words, plural nouns
    in -s made singular."""
    words = [r[0] for r in rows]
    lemmas = [w.lower()[:-1] if p == "NOUN" and w.endswith("s") else w.lower() for w, _, _, p in rows]
    return Doc(spacy.blank(lang).vocab, words=words, heads=[r[1] for r in rows], deps=[r[2] for r in rows],
               pos=[r[3] for r in rows], lemmas=lemmas,
               morphs=[morphs.get(i, "") for i in range(len(words))])


# "Nurses gathered for a march to protest", the infinitive hung on the noun of the clause it serves
MARCH_TO_PROTEST = {
    "en": ([("Nurses", 1, "nsubj", "NOUN"), ("gathered", 1, "ROOT", "VERB"), ("for", 1, "prep", "ADP"),
            ("a", 4, "det", "DET"), ("march", 2, "pobj", "NOUN"), ("to", 6, "aux", "PART"),
            ("protest", 4, "relcl", "VERB")], {6: INFINITIVE}, 6),
    "fr": ([("Des", 1, "det", "DET"), ("infirmières", 2, "nsubj", "NOUN"), ("manifestaient", 2, "ROOT", "VERB"),
            ("pour", 4, "mark", "ADP"), ("protester", 2, "advcl", "VERB")], {4: INFINITIVE}, 4),
}
# "The minister gave the rebels a week to surrender": whom the verb gives the time to is to act
GAVE_THE_REBELS = {
    "en": ([("Ministers", 1, "nsubj", "NOUN"), ("gave", 1, "ROOT", "VERB"), ("rebels", 1, "dative", "NOUN"),
            ("time", 1, "dobj", "NOUN"), ("to", 5, "aux", "PART"), ("surrender", 3, "relcl", "VERB")],
           {5: INFINITIVE}, 5),
    "fr": ([("Les", 1, "det", "DET"), ("ministres", 2, "nsubj", "NOUN"), ("ont", 3, "aux:tense", "AUX"),
            ("laissé", 3, "ROOT", "VERB"), ("aux", 5, "case", "ADP"), ("rebelles", 3, "obl:arg", "NOUN"),
            ("pour", 7, "mark", "ADP"), ("capituler", 3, "advcl", "VERB")], {7: INFINITIVE}, 7),
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_purpose_infinitive_is_done_by_the_subject_it_serves(lang: str) -> None:
    rows, morphs, verb = MARCH_TO_PROTEST[lang]
    controller = purpose_controller(built(lang, rows, morphs)[verb], load_event_lexicon(lang))
    assert controller is not None and controller.lower_ in ("nurses", "infirmières")


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_an_infinitive_after_someone_named_as_object_is_not_the_subjects(lang: str) -> None:
    rows, morphs, verb = GAVE_THE_REBELS[lang]
    assert purpose_controller(built(lang, rows, morphs)[verb], load_event_lexicon(lang)) is None


# "X was released from custody by police" with "by police" on the bare noun of the locution
AGENT_ON_LOCUTION = {
    "en": ([("Reporters", 2, "nsubjpass", "NOUN"), ("were", 2, "auxpass", "AUX"), ("freed", 2, "ROOT", "VERB"),
            ("from", 2, "prep", "ADP"), ("custody", 3, "pobj", "NOUN"), ("by", 4, "prep", "ADP"),
            ("police", 5, "pobj", "NOUN")], {2: PASSIVE}, 2, "police"),
    "fr": ([("Le", 1, "det", "DET"), ("maire", 4, "nsubj:pass", "NOUN"), ("a", 4, "aux:tense", "AUX"),
            ("été", 4, "aux:pass", "AUX"), ("remis", 4, "ROOT", "VERB"), ("en", 6, "case", "ADP"),
            ("liberté", 4, "obl:arg", "NOUN"), ("par", 9, "case", "ADP"), ("la", 9, "det", "DET"),
            ("police", 6, "nmod", "NOUN")], {4: PASSIVE}, 4, "police"),
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_an_agent_hung_on_the_locution_is_the_passive_verbs(lang: str) -> None:
    rows, morphs, verb, agent = AGENT_ON_LOCUTION[lang]
    found = locution_agents(built(lang, rows, morphs)[verb], load_event_lexicon(lang).word_class("agent_prep"))
    assert [t.lower_ for t in found] == [agent]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The journalist was released on bail in Lyon on Tuesday."),
    ("fr", "Le journaliste a été remis en liberté mardi à Lyon."),
])
def test_a_release_from_custody_is_done_by_the_authorities(parse: Parse, lang: str, text: str) -> None:
    event = only_event(parse, lang, text, "RETREAT")
    assert event.source is not None and event.source.sector == "government" and event.source.country == "FRA"
    assert event.target is not None and event.target.sector == "media"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The hostages were released on Tuesday."),
    ("fr", "Les otages ont été libérés mardi."),
])
def test_hostages_released_are_freed_by_no_one_named(parse: Parse, lang: str, text: str) -> None:
    event = only_event(parse, lang, text, "RETREAT")
    assert event.source is None and event.target is not None


@pytest.mark.parametrize(("lang", "text", "country"), [
    ("en", "Rebels attacked an army post near Gulu on Sunday.", "UGA"),
    ("fr", "Des rebelles ont attaqué un poste de l'armée près de Gulu dimanche.", "UGA"),
    ("en", "Terrorists attacked an army post near Gulu on Sunday.", None),
])
def test_rebels_are_of_the_country_they_fight_in(parse: Parse, lang: str, text: str, country: str | None) -> None:
    event = only_event(parse, lang, text, "ASSAULT")
    assert event.source is not None and event.source.country == country


def test_a_participle_clause_says_where_an_actor_works(parse: Parse) -> None:
    event = only_event(parse, "en", "A charity based in Kampala delivered food to refugees on Monday.", "AID")
    assert event.source is not None and event.source.country == "UGA"


@pytest.mark.parametrize(("text", "event_type"), [
    ("Kenyan rebels continued their attacks on the town.", "ASSAULT"),
    ("Kenyan clerics continued their hunger strike to demand the resignation of the governor.", "PROTEST"),
])
def test_their_on_the_object_of_the_act_is_the_subject(parse: Parse, text: str, event_type: str) -> None:
    event = only_event(parse, "en", text, event_type)
    assert event.source is not None and event.source.country == "KEN"




def test_their_after_a_verb_that_condemns_is_not_the_subject(parse: Parse) -> None:
    for event in events_of(parse, "en", "The ministers condemned their attacks on the town."):
        assert event.type != "ASSAULT" or event.source is None or event.source.sector != "government"


ENVOY = EventActor(name="envoy", country="USA", sector="government")
PRESIDENT = EventActor(name="president", country="RUS", entity="e1")
CAPITAL = EventPlace(name="Moscow", country="RUS")
TALKS = Event(type="CONSULT", source=ENVOY, target=PRESIDENT, place=CAPITAL,
              evidence=Mention(start=0, end=5, text="talks"))


@pytest.mark.parametrize(("home", "host"), [(CAPITAL, "RUS"), (None, "USA"),
                                             (EventPlace(name="Washington", country="USA"), "USA")])
def test_a_meeting_placed_where_the_story_is_has_that_side_as_host(home: EventPlace | None, host: str) -> None:
    hosted = host_at_home(TALKS, home)
    assert hosted.source is not None and hosted.source.country == host
