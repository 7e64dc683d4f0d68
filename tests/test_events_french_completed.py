"""French trigger classes completed from the CAMEO categories, the readings that are no event, and complements
the parser hangs one level too high (``nlp/events/attachment.py``). Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from tests.test_events import Parse, events_of, only_event
from wirewatch.nlp.events.attachment import controlled_markers, displaced_complements
from wirewatch.nlp.events.lexicon import load_event_lexicon
from wirewatch.nlp.events.modality import mood_of
from wirewatch.nlp.events.present_verbs import repair_present_verb


@pytest.mark.parametrize(("text", "event_type"), [
    ("Le président sortant Marc Dubreuil a concédé sa défaite dimanche soir.", "CONCEDE"),  # 080
    ("Le roi a amnistié les opposants condamnés.", "CONCEDE"),  # 080, PLOVER: amnesties
    ("Le militant a été remis en liberté mardi.", "RETREAT"),  # 0841, PLOVER: actual releases
    ("Les autorités ont libéré cinquante prisonniers politiques.", "RETREAT"),  # 0841
    ("L'ancien président a été placé en résidence surveillée.", "COERCE"),  # 173
    ("Le gouvernement a ordonné le blocage de plusieurs réseaux sociaux.", "COERCE"),  # 1721, censor
    ("Le parquet a ouvert une enquête contre le maire de la commune.", "ACCUSE"),  # 09
    ("L'opposition conteste le résultat de l'élection présidentielle.", "REJECT"),  # 12
    ("Le Parlement a ratifié le traité de paix avec le pays voisin.", "AGREE"),  # 03
    ("Les milices ont détruit plusieurs villages du nord.", "ASSAULT"),  # 1712
    ("Le ministre a prié les rebelles de déposer les armes.", "REQUEST"),  # 10, object control
    ("Trois journalistes ont été enlevés par des hommes armés.", "ASSAULT"),  # 181, persons abducted
    ("Les deux armées se sont affrontées près de la frontière.", "ASSAULT"),  # 190, reciprocal, a past
])
def test_a_completed_class_states_its_type(parse: Parse, text: str, event_type: str) -> None:
    only_event(parse, "fr", text, event_type)


@pytest.mark.parametrize(("text", "event_type"), [
    ("Le chef rebelle, visé par un mandat d'arrêt, a quitté le territoire.", "ASSAULT"),  # a warrant's subject
    ("Le parti vise à obtenir la majorité absolue au Parlement.", "ASSAULT"),  # an aim
    ("L'Union ne se laissera pas intimider par ces pressions.", "THREATEN"),  # no one intimidated
    ("Les manifestants ont bloqué l'autoroute pendant trois heures.", "COERCE"),  # obstruction, not censorship
    ("Les ouvriers ont enlevé les gravats de la route.", "ASSAULT"),  # things removed, no one abducted
    ("Le candidat a affronté son rival lors d'un débat télévisé.", "ASSAULT"),  # faced, not fought
])
def test_a_reading_that_is_no_such_event(parse: Parse, text: str, event_type: str) -> None:
    assert [e for e in events_of(parse, "fr", text) if e.type == event_type] == []


COMPLEMENT_ON_VERB = {
    # "announced the blocking | of ten sites", the complement hung on the verb (obl:arg / prep)
    "fr": (["Il", "annonce", "le", "blocage", "de", "dix", "sites"], [1, 1, 3, 1, 6, 6, 1],
           ["nsubj", "ROOT", "det", "obj", "case", "nummod", "obl:arg"],
           ["PRON", "VERB", "DET", "NOUN", "ADP", "NUM", "NOUN"]),
    "en": (["He", "announced", "the", "blocking", "of", "ten", "sites"], [1, 1, 3, 1, 1, 6, 4],
           ["nsubj", "ROOT", "det", "dobj", "prep", "nummod", "pobj"],
           ["PRON", "VERB", "DET", "NOUN", "ADP", "NUM", "NOUN"]),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_complement_hung_on_the_verb_right_after_the_noun_is_the_nouns(
        bare_fr: Language, bare_en: Language, lang: str) -> None:
    words, heads, deps, pos = COMPLEMENT_ON_VERB[lang]
    doc = Doc((bare_fr if lang == "fr" else bare_en).vocab, words=words, heads=heads, deps=deps, pos=pos,
              lemmas=[w.lower() for w in words])
    assert [(prep, obj.text) for prep, obj in displaced_complements(doc[3])] == [(words[4], "sites")]


def test_a_complement_apart_from_the_noun_stays_the_verbs(bare_fr: Language) -> None:
    """"annonce le blocage mardi de …": a word between them, the phrase is not the noun's."""
    words = ["Il", "annonce", "le", "blocage", "mardi", "de", "dix", "sites"]
    doc = Doc(bare_fr.vocab, words=words, heads=[1, 1, 3, 1, 1, 7, 7, 1],
              deps=["nsubj", "ROOT", "det", "obj", "obl:mod", "case", "nummod", "obl:arg"],
              pos=["PRON", "VERB", "DET", "NOUN", "NOUN", "ADP", "NUM", "NOUN"], lemmas=[w.lower() for w in words])
    assert list(displaced_complements(doc[3])) == []


@pytest.mark.parametrize(("marker", "morph", "found"), [("de", "VerbForm=Inf", True), ("de", "VerbForm=Part", False)])
def test_an_infinitive_hung_on_the_object_completes_the_verb(bare_fr: Language, marker: str, morph: str,
                                                              found: bool) -> None:
    words = ["Il", "prie", "les", "rebelles", marker, "déposer", "les", "armes"]
    doc = Doc(bare_fr.vocab, words=words, heads=[1, 1, 3, 1, 5, 3, 7, 5],
              deps=["nsubj", "ROOT", "det", "obj", "mark", "acl", "det", "obj"],
              pos=["PRON", "VERB", "DET", "NOUN", "ADP", "VERB", "DET", "NOUN"],
              morphs=["", "", "", "", "", morph, "", ""], lemmas=[w.lower() for w in words])
    assert ([m.text for m in controlled_markers(doc[1])] == [marker]) == found


@pytest.mark.parametrize(("auxiliary", "mood"), [(True, None), (False, "future")])
def test_a_participle_tagged_future_takes_its_auxiliarys_tense(bare_fr: Language, auxiliary: bool,
                                                               mood: str | None) -> None:
    """"se sont affrontées" with the participle's morphology read as a future: the auxiliary says the tense."""
    words = ["elles", "sont", "affrontées"] if auxiliary else ["elles", "affronteront"]
    doc = Doc(bare_fr.vocab, words=words, heads=[len(words) - 1] * len(words),
              deps=["nsubj", "aux:tense", "ROOT"] if auxiliary else ["nsubj", "ROOT"],
              pos=["PRON", "AUX", "VERB"] if auxiliary else ["PRON", "VERB"],
              morphs=["", "Tense=Pres", "Tense=Fut"] if auxiliary else ["", "Tense=Fut"])
    assert mood_of(doc[len(words) - 1]) == mood


MISREAD_PRESENT = {
    # the verb tagged as a word of the subject phrase, the object hung on the subject (the parser's reading)
    "fr": (["La", "Russie", "bombarde", "Kharkiv"], ["le", "Russie", "bombarde", "Kharkiv"]),
    "en": (["The", "army", "shells", "Kharkiv"], ["the", "army", "shell", "Kharkiv"]),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_present_verb_read_as_part_of_its_subject_is_the_clauses_verb(
        bare_fr: Language, bare_en: Language, lang: str) -> None:
    words, lemmas = MISREAD_PRESENT[lang]
    doc = Doc((bare_fr if lang == "fr" else bare_en).vocab, words=words, heads=[1, 1, 1, 1],
              deps=["det", "ROOT", "compound" if lang == "en" else "amod", "nmod"],
              pos=["DET", "PROPN" if lang == "fr" else "NOUN", "NOUN", "PROPN"], lemmas=lemmas)
    verb = repair_present_verb(doc[:], load_event_lexicon(lang))
    assert verb is not None and verb.i == 2
    assert (doc[1].head.i, doc[1].dep_, doc[3].head.i, doc[3].dep_) == (2, "nsubj", 2, "obj")


def test_a_sentence_with_its_own_verb_is_left_as_parsed(bare_fr: Language) -> None:
    words = ["La", "Russie", "a", "bombardé", "Kharkiv"]
    doc = Doc(bare_fr.vocab, words=words, heads=[1, 3, 3, 3, 3], deps=["det", "nsubj", "aux:tense", "ROOT", "obj"],
              pos=["DET", "PROPN", "AUX", "VERB", "PROPN"], lemmas=["le", "Russie", "avoir", "bombarder", "Kharkiv"])
    assert repair_present_verb(doc[:], load_event_lexicon("fr")) is None


def test_a_noun_after_its_article_is_no_present_verb(bare_fr: Language) -> None:
    """"une attaque contre …": the word after an article is the noun it looks like."""
    words = ["Une", "attaque", "contre", "Kharkiv"]
    doc = Doc(bare_fr.vocab, words=words, heads=[1, 1, 3, 1], deps=["det", "ROOT", "case", "nmod"],
              pos=["DET", "NOUN", "ADP", "PROPN"], lemmas=["un", "attaque", "contre", "Kharkiv"])
    assert repair_present_verb(doc[:], load_event_lexicon("fr")) is None


@pytest.mark.parametrize("text", ["La Russie bombarde Kharkiv", "Moscou expulse deux diplomates britanniques"])
def test_a_headline_in_the_present_states_its_event_with_its_doer(parse: Parse, text: str) -> None:
    events = [e for e in events_of(parse, "fr", text) if e.type in ("ASSAULT", "COERCE")]
    assert len(events) == 1 and events[0].source is not None and events[0].source.country == "RUS"
