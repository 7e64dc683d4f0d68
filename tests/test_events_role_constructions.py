"""Roles, places and dates read from the construction that carries them: an agent phrase the parser hung on the
verb ("died in raids by navy helicopters"), a threat's condition naming whom it is made to, a withdrawal told in
the passive, doers who each act on a thing, directions that are no target, and the place or date of another
act set before or after the event ("in the wake of a crash Tuesday"). Sentences written for these tests; the
syntax rules also on hand-built Docs."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from tests.test_events import Parse, events_of
from wirewatch.nlp.events.actor_resolver import ActorResolver
from wirewatch.nlp.events.arguments import done_jointly, shared_by_doers
from wirewatch.nlp.events.lexicon import load_event_lexicon
from wirewatch.nlp.events.mishaps import load_mishap_words
from wirewatch.nlp.events.other_acts import OtherActs
from wirewatch.nlp.events.role_candidates import Roles, participle_agents, stray_agents, typed_roles, verb_roles


def built(lang: str, rows: list[tuple[str, int, str, str]], lemmas: dict[str, str] | None = None,
          morphs: dict[int, str] | None = None) -> Doc:
    """A Doc from (word, head, dependency, part of speech) rows; lemmas default to the lower-cased word."""
    words = [r[0] for r in rows]
    return Doc(spacy.blank(lang).vocab, words=words, heads=[r[1] for r in rows], deps=[r[2] for r in rows],
               pos=[r[3] for r in rows], lemmas=[(lemmas or {}).get(w, w.lower()) for w in words],
               morphs=[(morphs or {}).get(i, "") for i in range(len(words))])


DIED_IN_RAIDS = {  # the agent phrase on the verb, right after the act's noun
    "en": [("Five", 1, "nummod", "NUM"), ("fishermen", 2, "nsubj", "NOUN"), ("died", 2, "ROOT", "VERB"),
           ("in", 2, "prep", "ADP"), ("raids", 3, "pobj", "NOUN"), ("by", 2, "agent", "ADP"),
           ("navy", 7, "compound", "NOUN"), ("helicopters", 5, "pobj", "NOUN")],
    "fr": [("Trois", 1, "nummod", "NUM"), ("pêcheurs", 3, "nsubj", "NOUN"), ("ont", 3, "aux:tense", "AUX"),
           ("péri", 3, "ROOT", "VERB"), ("dans", 6, "case", "ADP"), ("des", 6, "det", "DET"),
           ("raids", 3, "obl:mod", "NOUN"), ("par", 9, "case", "ADP"), ("des", 9, "det", "DET"),
           ("hélicoptères", 3, "obl:agent", "NOUN")],
}
HIT_IN_RAIDS = {  # a passive verb's agent is its own
    "en": [("Villages", 2, "nsubjpass", "NOUN"), ("were", 2, "auxpass", "AUX"), ("hit", 2, "ROOT", "VERB"),
           ("in", 2, "prep", "ADP"), ("raids", 3, "pobj", "NOUN"), ("by", 2, "agent", "ADP"),
           ("the", 7, "det", "DET"), ("army", 5, "pobj", "NOUN")],
    "fr": [("Des", 1, "det", "DET"), ("villages", 4, "nsubj:pass", "NOUN"), ("ont", 4, "aux:tense", "AUX"),
           ("été", 4, "aux:pass", "AUX"), ("frappés", 4, "ROOT", "VERB"), ("dans", 7, "case", "ADP"),
           ("des", 7, "det", "DET"), ("raids", 4, "obl:mod", "NOUN"), ("par", 10, "case", "ADP"),
           ("l'", 10, "det", "DET"), ("armée", 4, "obl:agent", "NOUN")],
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_an_agent_phrase_hung_on_the_verb_after_the_acts_noun_names_its_doer(lang: str) -> None:
    doc = built(lang, DIED_IN_RAIDS[lang])
    raids = next(t for t in doc if t.text == "raids")
    agent = load_event_lexicon(lang).word_class("agent_prep")
    assert [t.text for t in stray_agents(raids, agent)] == ["helicopters" if lang == "en" else "hélicoptères"]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_passive_verbs_agent_stays_the_verbs(lang: str) -> None:
    doc = built(lang, HIT_IN_RAIDS[lang])
    raids = next(t for t in doc if t.text == "raids")
    assert stray_agents(raids, load_event_lexicon(lang).word_class("agent_prep")) == []


THREAT = {  # "X threatened to close the strait unless/if Washington lifted the sanctions"
    "en": [("Iran", 1, "nsubj", "PROPN"), ("threatened", 1, "ROOT", "VERB"), ("to", 3, "aux", "PART"),
           ("close", 1, "xcomp", "VERB"), ("the", 5, "det", "DET"), ("strait", 3, "dobj", "NOUN"),
           ("{mark}", 8, "mark", "SCONJ"), ("Washington", 8, "nsubj", "PROPN"), ("lifted", 3, "advcl", "VERB"),
           ("sanctions", 8, "dobj", "NOUN")],
    "fr": [("L'", 1, "det", "DET"), ("Iran", 3, "nsubj", "PROPN"), ("a", 3, "aux:tense", "AUX"),
           ("menacé", 3, "ROOT", "VERB"), ("de", 5, "mark", "ADP"), ("fermer", 3, "xcomp", "VERB"),
           ("le", 7, "det", "DET"), ("détroit", 5, "obj", "NOUN"), ("{mark}", 10, "mark", "SCONJ"),
           ("Washington", 10, "nsubj", "PROPN"), ("levait", 3, "advcl", "VERB"), ("les", 12, "det", "DET"),
           ("sanctions", 10, "obj", "NOUN")],
}


@pytest.mark.parametrize(("lang", "mark", "named"), [
    ("en", "unless", True), ("en", "after", False), ("fr", "si", True), ("fr", "quand", False),
])
def test_a_threats_condition_names_whom_it_is_made_to(lang: str, mark: str, named: bool) -> None:
    doc = built(lang, [(w.format(mark=mark), h, d, p) for w, h, d, p in THREAT[lang]])
    trigger = next(t for t in doc if t.dep_ == "ROOT")
    strait = next(t for t in doc if t.text in ("strait", "détroit"))
    roles = typed_roles(trigger, "THREATEN", Roles((), (strait,)), load_event_lexicon(lang))
    assert (roles.targets[0].text == "Washington") is named


WITHDRAWN = {
    "en": [("The", 1, "det", "DET"), ("fighters", 3, "nsubjpass", "NOUN"), ("were", 3, "auxpass", "AUX"),
           ("withdrawn", 3, "ROOT", "VERB")],
    "fr": [("Les", 1, "det", "DET"), ("combattants", 4, "nsubj:pass", "NOUN"), ("ont", 4, "aux:tense", "AUX"),
           ("été", 4, "aux:pass", "AUX"), ("retirés", 4, "ROOT", "VERB")],
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_withdrawal_in_the_passive_with_no_agent_is_done_by_those_withdrawn(lang: str) -> None:
    doc = built(lang, WITHDRAWN[lang])
    lexicon = load_event_lexicon(lang)
    roles = typed_roles(doc[-1], "RETREAT", verb_roles(doc[-1], lexicon.word_class("target_prep"), lexicon), lexicon)
    assert [t.text for t in roles.sources] == [doc[1].text] and doc[1] not in roles.targets


@pytest.mark.parametrize(("lang", "owner", "morph", "shared"), [
    ("en", "their", "Number=Plur|Person=3|Poss=Yes|PronType=Prs", True),
    ("en", "its", "Number=Sing|Person=3|Poss=Yes|PronType=Prs", False),
    ("fr", "leurs", "Number=Plur|Number[psor]=Plur|Person=3|Poss=Yes|PronType=Prs", True),
    ("fr", "ses", "Number=Plur|Number[psor]=Sing|Person=3|Poss=Yes|PronType=Prs", False),
])
def test_only_a_thing_the_doers_own_together_keeps_them_one_act(lang: str, owner: str, morph: str,
                                                                shared: bool) -> None:
    doc = built(lang, [(owner, 1, "poss" if lang == "en" else "det", "PRON" if lang == "en" else "DET"),
                       ("ties" if lang == "en" else "relations", 1, "ROOT", "NOUN")], morphs={0: morph})
    assert shared_by_doers(doc[1]) is shared


def test_doers_who_each_send_aid_to_a_place_named_as_a_thing_are_one_event_each(parse: Parse) -> None:
    text = "Norway and Chile delivered humanitarian aid to the flooded villages on Monday."
    aid = [e for e in events_of(parse, "en", text) if e.type == "AID"]
    assert sorted(e.source.country for e in aid if e.source) == ["CHL", "NOR"]
    assert all(e.target is None or "aid" not in e.target.name for e in aid)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Rebel troops advanced toward the north of the country."),
    ("fr", "Les rebelles ont avancé vers le nord lundi."),
])
def test_a_direction_is_no_target(parse: Parse, lang: str, text: str) -> None:
    events = events_of(parse, lang, text)
    assert events and all(e.target is None for e in events)


def acts(lang: str) -> OtherActs:
    lexicon = load_event_lexicon(lang)
    return OtherActs(lexicon, load_mishap_words(lang, lexicon.modes, frozenset(lexicon.actor_nouns)))


ARRESTED_AFTER_CRASH = {
    "en": [("Police", 1, "nsubj", "NOUN"), ("arrested", 1, "ROOT", "VERB"), ("two", 3, "nummod", "NUM"),
           ("men", 1, "dobj", "NOUN"), ("in", 1, "prep", "ADP"), ("the", 6, "det", "DET"), ("wake", 4, "pobj", "NOUN"),
           ("of", 6, "prep", "ADP"), ("a", 9, "det", "DET"), ("crash", 7, "pobj", "NOUN"),
           ("Tuesday", 9, "npadvmod", "PROPN")],
    "fr": [("La", 1, "det", "DET"), ("police", 3, "nsubj", "NOUN"), ("a", 3, "aux:tense", "AUX"),
           ("arrêté", 3, "ROOT", "VERB"), ("deux", 5, "nummod", "NUM"), ("hommes", 3, "obj", "NOUN"),
           ("à", 8, "case", "ADP"), ("la", 8, "det", "DET"), ("suite", 3, "obl:mod", "NOUN"), ("d'", 11, "case", "ADP"),
           ("un", 11, "det", "DET"), ("accident", 8, "nmod", "NOUN"), ("survenu", 11, "acl", "VERB"),
           ("mardi", 12, "obl:mod", "NOUN")],
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_day_of_an_act_that_came_before_is_not_the_events(lang: str) -> None:
    doc = built(lang, ARRESTED_AFTER_CRASH[lang])
    day = doc[-1]
    assert acts(lang).hold(day.idx, day.idx + len(day.text), doc[1 if lang == "en" else 3])


@pytest.mark.parametrize(("lang", "rows"), [
    ("en", [("Police", 1, "nsubj", "NOUN"), ("arrested", 1, "ROOT", "VERB"), ("two", 3, "nummod", "NUM"),
            ("men", 1, "dobj", "NOUN"), ("on", 1, "prep", "ADP"), ("Tuesday", 4, "pobj", "PROPN"),
            ("after", 1, "prep", "ADP"), ("a", 8, "det", "DET"), ("crash", 6, "pobj", "NOUN")]),
    ("fr", [("La", 1, "det", "DET"), ("police", 2, "nsubj", "NOUN"), ("arrêta", 2, "ROOT", "VERB"),
            ("deux", 4, "nummod", "NUM"), ("hommes", 2, "obj", "NOUN"), ("mardi", 2, "obl:mod", "NOUN"),
            ("après", 8, "case", "ADP"), ("un", 8, "det", "DET"), ("accident", 2, "obl:mod", "NOUN")]),
])
def test_the_events_own_day_stays_its_own(lang: str, rows: list[tuple[str, int, str, str]]) -> None:
    doc = built(lang, rows)
    day = doc[5]
    assert not acts(lang).hold(day.idx, day.idx + len(day.text), doc[1 if lang == "en" else 2])


TALKS = {  # "shelled Kharkiv a day after / during talks in Geneva"
    "en": [("Troops", 1, "nsubj", "NOUN"), ("shelled", 1, "ROOT", "VERB"), ("Kharkiv", 1, "dobj", "PROPN"),
           ("a", 4, "det", "DET"), ("day", 1, "npadvmod", "NOUN"), ("{link}", 4, "prep", "ADP"),
           ("talks", 5, "pobj", "NOUN"), ("in", 6, "prep", "ADP"), ("Geneva", 7, "pobj", "PROPN")],
    "fr": [("{link}", 2, "case", "ADP"), ("des", 2, "det", "DET"), ("pourparlers", 8, "obl:mod", "NOUN"),
           ("à", 4, "case", "ADP"), ("Genève", 2, "nmod", "PROPN"), (",", 8, "punct", "PUNCT"),
           ("l'", 7, "det", "DET"), ("armée", 8, "nsubj", "NOUN"), ("bombarda", 8, "ROOT", "VERB"),
           ("Kharkiv", 8, "obj", "PROPN")],
}


@pytest.mark.parametrize(("lang", "link", "elsewhere"), [
    ("en", "after", True), ("en", "during", False), ("fr", "après", True), ("fr", "pendant", False),
])
def test_the_place_of_talks_set_before_the_event_is_not_its_place(lang: str, link: str, elsewhere: bool) -> None:
    doc = built(lang, [(w.format(link=link), h, d, p) for w, h, d, p in TALKS[lang]], lemmas={"talks": "talk"})
    city = next(t for t in doc if t.text in ("Geneva", "Genève"))
    trigger = next(t for t in doc if t.dep_ == "ROOT")
    assert acts(lang).hold(city.idx, city.idx + len(city.text), trigger) is elsewhere


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Police arrested two men in the wake of a crash Tuesday."),
    ("fr", "La police a arrêté deux hommes à la suite d'un accident survenu mardi."),
])
def test_an_arrest_after_a_crash_is_not_dated_by_the_crash(parse: Parse, lang: str, text: str) -> None:
    arrests = [e for e in events_of(parse, lang, text) if e.type == "COERCE"]
    assert arrests and all(e.date != "2025-03-11" for e in arrests)  # published on Wednesday 2025-03-12


ACCEPTED_DEMANDS = {
    "en": [("Ministers", 1, "nsubj", "NOUN"), ("accepted", 1, "ROOT", "VERB"), ("demands", 1, "dobj", "NOUN"),
           ("from", 2, "prep", "ADP"), ("the", 5, "det", "DET"), ("miners", 3, "pobj", "NOUN")],
    "fr": [("Les", 1, "det", "DET"), ("ministres", 3, "nsubj", "NOUN"), ("ont", 3, "aux:tense", "AUX"),
           ("accepté", 3, "ROOT", "VERB"), ("les", 5, "det", "DET"), ("demandes", 3, "obj", "NOUN"),
           ("des", 7, "case", "ADP"), ("mineurs", 5, "nmod", "NOUN")],
}


@pytest.mark.parametrize(("lang", "event_type", "named"), [
    ("en", "CONCEDE", True), ("fr", "AGREE", True), ("en", "ASSAULT", False),
])
def test_an_answer_is_given_to_whom_what_it_answers_came_from(lang: str, event_type: str, named: bool) -> None:
    doc = built(lang, ACCEPTED_DEMANDS[lang], lemmas={"des": "de"})
    trigger = next(t for t in doc if t.dep_ == "ROOT")
    lexicon = load_event_lexicon(lang)
    roles = typed_roles(trigger, event_type, verb_roles(trigger, lexicon.word_class("target_prep"), lexicon), lexicon)
    assert (doc[-1] in roles.targets) is named


CARRIED_OUT = {  # "Strikes carried out by the air force hit the depot" / "des frappes menées par l'aviation"
    "en": [("Strikes", 5, "nsubj", "NOUN"), ("{verb}", 0, "acl", "VERB"), ("by", 1, "agent", "ADP"),
           ("the", 4, "det", "DET"), ("aviation", 2, "pobj", "NOUN"), ("hit", 5, "ROOT", "VERB")],
    "fr": [("Des", 1, "det", "DET"), ("frappes", 7, "nsubj", "NOUN"), ("{verb}", 1, "acl", "VERB"),
           ("par", 5, "case", "ADP"), ("l'", 5, "det", "DET"), ("aviation", 2, "obl:agent", "NOUN"),
           ("ont", 7, "aux:tense", "AUX"), ("touché", 7, "ROOT", "VERB")],
}


@pytest.mark.parametrize(("lang", "verb", "lemma", "doer"), [
    ("en", "carried", "carry", True), ("en", "condemned", "condemn", False),
    ("fr", "menées", "mener", True), ("fr", "condamnées", "condamner", False),
])
def test_a_participle_doing_the_act_names_its_doer_one_speaking_of_it_does_not(
        lang: str, verb: str, lemma: str, doer: bool) -> None:
    doc = built(lang, [(w.format(verb=verb), h, d, p) for w, h, d, p in CARRIED_OUT[lang]], lemmas={verb: lemma},
                morphs={2 if lang == "fr" else 1: "Tense=Past|VerbForm=Part"})
    strikes = next(t for t in doc if t.lower_ in ("strikes", "frappes"))
    lexicon = load_event_lexicon(lang)
    resolver = ActorResolver(doc, [], lexicon, None, {})  # no entities: the rule reads the lexicon only
    assert bool(participle_agents(strikes, lexicon.word_class("agent_prep"), resolver)) is doer


@pytest.mark.parametrize(("lang", "words", "joint"), [
    ("en", ["a", "joint", "strike"], True), ("en", ["a", "heavy", "strike"], False),
    ("fr", ["une", "frappe", "conjointe"], True), ("fr", ["une", "frappe", "lourde"], False),
])
def test_an_act_worded_as_joint_is_one_of_all_its_doers(lang: str, words: list[str], joint: bool) -> None:
    head = 2 if lang == "en" else 1
    rows = [(w, head, "ROOT" if i == head else ("det" if i == 0 else "amod"), "NOUN" if i == head else
             ("DET" if i == 0 else "ADJ")) for i, w in enumerate(words)]
    doc = built(lang, rows, lemmas={"conjointe": "conjoint"})
    assert done_jointly(doc[head], load_event_lexicon(lang).word_class("joint")) is joint


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Biden said the situation was grave, urging Russia to withdraw."),
    ("en", "Scholz said the talks had stalled, urging Russia to withdraw"),
    ("fr", "Macron a affirmé que la situation était grave, exhortant la Russie à se retirer."),
    ("fr", "Macron a affirmé que la situation était grave, exhortant la Russie à se retirer"),
])
def test_a_speech_act_hung_on_a_reported_clause_is_the_reporters(parse: Parse, lang: str, text: str) -> None:
    requests = [e for e in events_of(parse, lang, text) if e.type == "REQUEST"]
    assert requests, text
    assert all(e.source is not None and e.source.name in ("Joe Biden", "Olaf Scholz", "Emmanuel Macron")
               and e.target is not None and e.target.country == "RUS" for e in requests)
