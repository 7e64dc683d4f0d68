"""A support verb carries the event its object noun names: the event is the noun's, its doer the verb's subject
("ont lancé une grève", "staged a sit-in"); an event noun the tokenizer split at its hyphen is looked up as
written. Sentences written for these tests, with and without a final full stop; the full pipeline runs, and the
rules also run on hand-built parses."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from tests.test_events import Parse, events_of
from wirewatch.nlp.events.lexicon import load_event_lexicon
from wirewatch.nlp.events.support_verbs import hyphen_heads, hyphen_word, is_support_verb
from wirewatch.nlp.events.trigger_conditions import lookup

SUPPORTED = [
    ("en", "Dock workers launched a strike against the port authority on Monday", "PROTEST", "workers"),
    ("en", "Teachers staged a sit-in outside the education ministry.", "PROTEST", "teachers"),
    ("en", "Teachers staged a sit-in outside the education ministry", "PROTEST", "teachers"),
    ("en", "Nurses staged a walk-out at three hospitals", "PROTEST", "nurses"),
    ("en", "Students organised a march against tuition fees", "PROTEST", "students"),
    ("en", "Police carried out raids on opposition offices.", "COERCE", "police"),
    ("en", "The army mounted an offensive against rebel positions", "ASSAULT", "armed forces"),
    ("fr", "Les enseignants ont lancé une grève contre le ministère lundi", "PROTEST", "teachers"),
    ("fr", "Les enseignants ont lancé une grève contre le ministère lundi.", "PROTEST", "teachers"),
    ("fr", "Les infirmières ont organisé un sit-in devant le ministère", "PROTEST", "nurses"),
    ("fr", "Les militants ont tenu un sit-in devant l'ambassade.", "PROTEST", "activists"),
    ("fr", "La police a procédé à des arrestations dans la nuit", "COERCE", "police"),
    ("fr", "L'armée a mené une offensive contre les rebelles", "ASSAULT", "armed forces"),
]


@pytest.mark.parametrize(("lang", "text", "event_type", "doer"), SUPPORTED)
def test_a_support_verb_gives_its_subject_as_the_doer_of_the_event_its_object_names(
        parse: Parse, lang: str, text: str, event_type: str, doer: str) -> None:
    events = [e for e in events_of(parse, lang, text) if e.type == event_type]
    assert events and events[0].source is not None and events[0].source.name.lower() == doer


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Elections were held in March"),
    ("en", "The vote was held on March 3."),
])
def test_the_month_held_in_is_no_march(parse: Parse, lang: str, text: str) -> None:
    assert "PROTEST" not in [e.type for e in events_of(parse, lang, text)]


def hand_parse(lang: str, words: list[str], spaces: list[bool], heads: list[int], deps: list[str], pos: list[str],
               lemmas: list[str]) -> Doc:
    return Doc(spacy.blank(lang).vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos,
               lemmas=lemmas, sent_starts=[True] + [False] * (len(words) - 1))


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_split_hyphenated_noun_is_looked_up_as_written_on_its_head_piece(lang: str) -> None:
    lexicon = load_event_lexicon(lang)
    # "they staged a sit-in" / "ils ont fait un sit-in": the parser hangs "sit" and "-" on "in"
    doc = hand_parse(lang, ["They", "staged", "a", "sit", "-", "in"], [True, True, True, False, False, False],
                     [1, 1, 5, 5, 5, 1], ["nsubj", "ROOT", "det", "compound", "punct", "dobj"],
                     ["PRON", "VERB", "DET", "NOUN", "PUNCT", "NOUN"], ["they", "stag", "a", "sit", "-", "in"])
    assert hyphen_word(doc[5]) == "sit-in" and hyphen_word(doc[3]) is None
    assert hyphen_heads(doc[:], lexicon) == [doc[5]]
    assert {e.type for e in lookup(doc[5], lexicon)} == {"PROTEST"}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_words_written_apart_around_a_dash_are_no_hyphenated_word(lang: str) -> None:
    doc = hand_parse(lang, ["sit", "-", "in"], [True, True, False], [0, 0, 0], ["ROOT", "punct", "dep"],
                     ["NOUN", "PUNCT", "NOUN"], ["sit", "-", "in"])
    assert hyphen_word(doc[0]) is None and hyphen_word(doc[2]) is None


@pytest.mark.parametrize(("lang", "form", "lemma", "support"), [
    ("en", "staged", "stag", True),  # a lemma the tagger cut wrong: the form's suffix gives "stage"
    ("en", "condemned", "condemn", False),
    ("fr", "lancé", "lancer", True),
    ("fr", "condamné", "condamner", False),
])
def test_a_support_verb_is_known_whatever_lemma_the_tagger_gave(lang: str, form: str, lemma: str,
                                                                support: bool) -> None:
    doc = hand_parse(lang, [form], [False], [0], ["ROOT"], ["VERB"], [lemma])
    assert is_support_verb(doc[0], load_event_lexicon(lang)) is support
