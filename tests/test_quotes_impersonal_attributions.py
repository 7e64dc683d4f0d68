"""Impersonal and nominal attributions: the expletive subject of a passive speech verb ("Il est précisé dans un
communiqué de X que …", "It was announced at the ministry that …") names no one — where the words were said
speaks, not a person named before; and the source phrase "à en croire X, …".

Every sentence here is written for these tests. One behaviour per test, in French and English where it applies.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from wirewatch.nlp.quotes.content_words import word_count
from wirewatch.nlp.quotes.expletive_passive import expletive_passive_subject
from wirewatch.nlp.quotes.lexicon import QuoteGrammar
from wirewatch.nlp.quotes.subjects import inverted_phrase

Parse = Callable[..., Doc]


@pytest.mark.parametrize(("lang", "words", "heads", "deps", "expletive"), [
    ("fr", ["Il", "est", "précisé", "que", "la", "route", "rouvre"], [2, 2, 2, 6, 5, 6, 2],
     ["nsubj:pass", "aux:pass", "ROOT", "mark", "det", "nsubj", "ccomp"], True),
    ("fr", ["Il", "a", "précisé", "que", "la", "route", "rouvre"], [2, 2, 2, 6, 5, 6, 2],
     ["nsubj", "aux:tense", "ROOT", "mark", "det", "nsubj", "ccomp"], False),  # active: "il" is someone
    ("fr", ["Il", "est", "interrogé", "par", "les", "juges", "."], [2, 2, 2, 5, 5, 2, 2],
     ["nsubj:pass", "aux:pass", "ROOT", "case", "det", "obl:agent", "punct"], False),  # no clause, an agent
    ("en", ["It", "was", "announced", "that", "the", "road", "reopens"], [2, 2, 2, 6, 5, 6, 2],
     ["nsubjpass", "auxpass", "ROOT", "mark", "det", "nsubj", "ccomp"], True),
    ("en", ["He", "was", "told", "that", "the", "road", "reopens"], [2, 2, 2, 6, 5, 6, 2],
     ["nsubjpass", "auxpass", "ROOT", "mark", "det", "nsubj", "ccomp"], False),  # a person is told
])
def test_the_expletive_subject_of_a_passive_speech_verb_with_a_clause_names_no_one(
        bare_fr: Language, bare_en: Language, lang: str, words: list[str], heads: list[int], deps: list[str],
        expletive: bool) -> None:
    vocab = (bare_fr if lang == "fr" else bare_en).vocab
    pos = ["PRON", "AUX", "VERB", "SCONJ", "DET", "NOUN", "VERB"]
    doc = Doc(vocab, words=words, heads=heads, deps=deps, pos=pos if words[-1] != "." else [*pos[:-1], "PUNCT"])
    assert expletive_passive_subject(QuoteGrammar.load(lang), doc[0]) is expletive


@pytest.mark.parametrize(("lang", "text", "speaker"), [
    ("fr", "Le préfet Marc Olsen s'est rendu sur place. Il est précisé dans un communiqué de la mairie que les "
           "écoles rouvriront jeudi.", "mairie"),
    ("fr", "Il a été annoncé au ministère de la Santé que le vaccin serait disponible dès le mois de mars.",
     "Ministry of Health"),
    ("en", "Governor Mark Olsen visited the site. It was announced at the ministry that schools would reopen on "
           "Thursday.", "ministry"),
])
def test_where_an_impersonal_passive_was_said_speaks(parse: Parse, lang: str, text: str, speaker: str) -> None:
    quotes = [q for q in parse(lang, text)._.ww_quotes if not q.direct]
    assert len(quotes) == 1
    assert quotes[0].speaker is not None and speaker in quotes[0].speaker and "Olsen" not in quotes[0].speaker


@pytest.mark.parametrize(("text", "speaker"), [
    ("À en croire Paul Verlaine, les pourparlers sont au point mort depuis plusieurs semaines.", "Paul Verlaine"),
    ("Les pourparlers sont au point mort, à en croire plusieurs diplomates européens.", "diplomats"),
])
def test_a_en_croire_names_the_source_of_what_follows(parse: Parse, text: str, speaker: str) -> None:
    quotes = [q for q in parse("fr", text)._.ww_quotes if not q.direct]
    assert len(quotes) == 1
    assert quotes[0].speaker is not None and speaker in quotes[0].speaker
    assert "pourparlers sont au point mort" in quotes[0].text


@pytest.mark.parametrize(("lang", "text", "speaker"), [
    ("fr", "« Aucune victime n'est à déplorer pour l'instant », a annoncé la télévision d'État.", "télévision"),
    ("fr", "« Les deux pays doivent reprendre le dialogue », a annoncé la radio publique.", "radio"),
    ("en", "\"No casualties have been reported so far,\" announced state television.", "television"),
    ("en", "State radio reported that three soldiers were killed in the attack.", "radio"),
])
def test_a_broadcaster_that_is_the_subject_of_the_speech_verb_speaks(parse: Parse, lang: str, text: str,
                                                                     speaker: str) -> None:
    quotes = list(parse(lang, text)._.ww_quotes)
    assert len(quotes) == 1
    assert quotes[0].speaker is not None and speaker in quotes[0].speaker.lower()


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "« Nous ne reculerons pas », a-t-il déclaré à la télévision publique."),
    ("en", "\"Both countries must resume the dialogue,\" he told state television."),
])
def test_a_broadcaster_that_is_told_does_not_speak(parse: Parse, lang: str, text: str) -> None:
    quotes = list(parse(lang, text)._.ww_quotes)
    assert quotes and all(q.speaker is None for q in quotes)  # (the pronoun names no one here; the outlet listens)


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Karl Lindholm et Aino Virtanen ont rencontré la presse. « Nous ne signerons rien sous la menace », "
           "ont-ils déclaré."),
    ("en", "Karl Lindholm and Aino Virtanen met reporters. \"We will sign nothing under threat,\" they said."),
])
def test_a_plural_pronoun_after_two_people_named_together_names_both(parse: Parse, lang: str, text: str) -> None:
    quotes = list(parse(lang, text)._.ww_quotes)
    assert [q.speaker for q in quotes] == ["Karl Lindholm and Aino Virtanen"]


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Karl Lindholm ou Aino Virtanen ont rencontré la presse. « Nous ne signerons rien sous la menace », "
           "ont-ils déclaré."),  # "ou": not both
    ("en", "The envoy met Karl Lindholm and Aino Virtanen. \"We will sign nothing under threat,\" they said."),
])
def test_people_joined_by_or_or_met_by_someone_are_no_joint_speaker(parse: Parse, lang: str, text: str) -> None:
    quotes = list(parse(lang, text)._.ww_quotes)
    assert quotes and all(q.speaker != "Karl Lindholm and Aino Virtanen" for q in quotes)


@pytest.mark.parametrize(("lang", "words", "spaces", "count"), [
    ("fr", ["l'", "Union", "réagirait"], [False, True, False], 2),  # the elided article is no word, its host is
    ("fr", ["qu'", "elle", "l'", "accepterait", "demain"], [False, True, False, True, False], 3),
    ("fr", ["«", "non", "»", "a", "dit"], [True, True, True, True, False], 3),  # spaced quotation marks are none
    ("en", ["they", "do", "n't", "agree"], [True, False, True, False], 3),  # nor is a clitic
])
def test_what_was_said_is_counted_in_words_on_its_tokens(bare_fr: Language, bare_en: Language, lang: str,
                                                          words: list[str], spaces: list[bool], count: int) -> None:
    doc = Doc((bare_fr if lang == "fr" else bare_en).vocab, words=words, spaces=spaces)
    assert word_count(doc[:]) == count


@pytest.mark.parametrize(("text", "speaker"), [
    ("Selon des sources sécuritaires, au moins douze personnes ont été tuées lors de l'attaque.", "sources"),
    ("Selon la police, au moins douze personnes ont été blessées dans la nuit.", "police"),
])
def test_a_source_phrase_ends_at_its_comma_when_the_parse_hangs_the_content_on_the_source(
        parse: Parse, text: str, speaker: str) -> None:
    quotes = [q for q in parse("fr", text)._.ww_quotes if not q.direct]
    assert len(quotes) == 1 and quotes[0].text.startswith("au moins douze personnes")
    assert quotes[0].speaker is not None and speaker in quotes[0].speaker


def test_an_inverted_subject_is_read_past_a_name_tagged_as_a_verb_after_an_untagged_auxiliary(
        bare_fr: Language) -> None:
    words = ["»", ",", "a", "martelé", "sur", "France", "Inter", "le", "maire", "de", "Nantes", "."]
    doc = Doc(bare_fr.vocab, words=words,
              pos=["PUNCT", "PUNCT", "X", "VERB", "ADP", "PROPN", "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT"],
              heads=[3, 3, 3, 3, 5, 3, 3, 8, 6, 10, 8, 3],
              deps=["punct", "punct", "aux:tense", "ROOT", "case", "obl:mod", "parataxis", "det", "obj", "case",
                    "nmod", "punct"],
              lemmas=["»", ",", "avoir", "marteler", "sur", "France", "inter", "le", "maire", "de", "Nantes", "."],
              ents=["O", "O", "O", "O", "O", "B-ORG", "I-ORG", "O", "O", "O", "B-LOC", "O"])
    subject = inverted_phrase(QuoteGrammar.load("fr"), doc[3], doc[:])
    assert subject is not None and subject.text == "le maire de Nantes"


@pytest.mark.parametrize(("text", "speaker"), [
    ("La Première ministre Eva Holm a de son côté jugé « inacceptables » les propos de son homologue.", "Eva Holm"),
    ("Le ministre Lars Berg a pour sa part qualifié de « scandaleuse » la décision du tribunal.", "Lars Berg"),
])
def test_an_adverbial_inserted_in_the_verb_group_leaves_the_subject_speaking(parse: Parse, text: str,
                                                                              speaker: str) -> None:
    quotes = list(parse("fr", text)._.ww_quotes)
    assert quotes and all(q.speaker == speaker for q in quotes)


def test_a_participle_adjunct_without_an_auxiliary_is_still_spoken_of(parse: Parse) -> None:
    text = "Décrit comme « intransigeant » par ses pairs, le juge Anton Weber a rejeté la demande."
    assert all(q.speaker != "Anton Weber" for q in parse("fr", text)._.ww_quotes)
