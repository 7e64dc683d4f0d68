"""Attributions the parse hides: a complement clause hung on the listener, the outlet or a participle of the
setting ("a déclaré à l'AFP que …", "a averti dans un rapport publié mardi que …"), a speech verb that says nothing
itself and announces the quotation after it, quoted words inside reported speech, a present participle reporting
an infinitive, and the subject a pronoun takes up past an opening mark the parser made a sentence of its own.

Every sentence here is written for these tests. One behaviour per test, in French and English where it applies.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from wirewatch.nlp.quotes.lexicon import QuoteGrammar
from wirewatch.nlp.quotes.subject_antecedent import main_clause_subject

Parse = Callable[..., Doc]


def said(parse: Parse, lang: str, text: str) -> list[tuple[str, str | None, bool]]:
    return [(q.text, q.speaker, q.direct) for q in parse(lang, text)._.ww_quotes]


LISTENER_CLAUSE = {
    "fr": ("Paul Renard a déclaré à l'AFP que cent lits seraient ouverts avant l'hiver.",
           "cent lits seraient ouverts avant l'hiver"),
    "en": ("Paul Renard told Reuters that a hundred beds would be opened before winter.",
           "a hundred beds would be opened before winter"),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_passive_complement_clause_after_the_listener_is_what_was_said(parse: Parse, lang: str) -> None:
    text, content = LISTENER_CLAUSE[lang]
    assert (content, "Paul Renard", False) in said(parse, lang, text)


PARTICIPLE_OF_SETTING = {
    "fr": ("Le Centre d'études urbaines a averti dans un rapport publié cette semaine que les loyers allaient "
           "encore augmenter.", "les loyers allaient encore augmenter"),
    "en": ("The Urban Studies Centre warned in a report published this week that rents would rise again.",
           "rents would rise again"),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_clause_after_a_participle_of_the_document_is_the_speech_verbs(parse: Parse, lang: str) -> None:
    text, content = PARTICIPLE_OF_SETTING[lang]
    assert [(q, d) for q, _, d in said(parse, lang, text)] == [(content, False)]


EXISTENTIAL_CLAUSE = {
    "fr": "Le Centre d'études urbaines a averti dans une note qu'il y avait « des signes nets » d'une hausse des "
          "loyers.",
    "en": "The Urban Studies Centre warned in a note that there were \"clear signs\" of a rise in rents.",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_complement_clause_with_an_object_after_its_subject_is_reported(parse: Parse, lang: str) -> None:
    reported = [q for q, _, direct in said(parse, lang, EXISTENTIAL_CLAUSE[lang]) if not direct]
    assert len(reported) == 1 and reported[0].endswith(("hausse des loyers", "rise in rents"))


ANNOUNCED = {
    "fr": "Jean Morel s'est exprimé devant les élus. « Nous commencerons les travaux en mai. »",
    "en": "Jean Morel spoke to the councillors. \"We will start the works in May.\"",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_speech_verb_saying_nothing_announces_the_next_quotation(parse: Parse, lang: str) -> None:
    assert [(speaker, direct) for _, speaker, direct in said(parse, lang, ANNOUNCED[lang])] == [("Jean Morel", True)]


INSIDE_REPORTED = {
    "fr": ("Le syndicat a estimé que le projet menaçait « des centaines d'emplois ».", "des centaines d'emplois"),
    "en": ("The union said the plan threatened \"hundreds of jobs\".", "hundreds of jobs"),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_quoted_words_inside_reported_speech_are_the_reporters(parse: Parse, lang: str) -> None:
    text, words = INSIDE_REPORTED[lang]
    quotes = said(parse, lang, text)
    reporter = next(speaker for _, speaker, direct in quotes if not direct)
    assert reporter is not None and (words, reporter, True) in quotes


PARTICIPLE_INFINITIVE = {
    "fr": ("La milice a revendiqué l'attaque, affirmant avoir détruit un dépôt de carburant.",
           "avoir détruit un dépôt de carburant"),
    "en": ("The militia claimed the attack, claiming to have destroyed a fuel depot.",
           "to have destroyed a fuel depot"),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_present_participle_reports_its_infinitive(parse: Parse, lang: str) -> None:
    text, content = PARTICIPLE_INFINITIVE[lang]
    assert [(q, d) for q, _, d in said(parse, lang, text)] == [(content, False)]


@pytest.mark.parametrize("verb", ["a répondu", "a rétorqué", "a répliqué", "a glissé", "a murmuré"])
def test_an_answering_or_manner_verb_reports_its_que_clause(parse: Parse, verb: str) -> None:
    quotes = said(parse, "fr", f"Claire Dumont {verb} que le dialogue reprendrait lundi.")
    assert quotes == [("le dialogue reprendrait lundi", "Claire Dumont", False)]


SUBJECT_BEFORE_QUOTATION = {
    "fr": "Le président Jean Morel a reçu Claire Dumont à Paris. « Nous avons parlé du budget », a-t-il déclaré.",
    "en": "President Jean Morel received Claire Dumont in Paris. \"We talked about the budget,\" he said.",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_pronoun_of_an_incise_takes_up_the_previous_subject(parse: Parse, lang: str) -> None:
    assert [speaker for _, speaker, _ in said(parse, lang, SUBJECT_BEFORE_QUOTATION[lang])] == ["Jean Morel"]


def test_an_inverted_pronoun_hung_on_its_t_is_a_main_clause_subject(bare_fr: Language) -> None:
    """"« … », a-t-elle affirmé": the parse made "-t" the subject and hung "-elle" on it."""
    words = ["«", "Oui", "»", ",", "a", "-t", "-elle", "affirmé", "."]
    heads = [1, 1, 1, 7, 7, 7, 5, 1, 1]
    deps = ["punct", "ROOT", "punct", "punct", "aux:tense", "nsubj", "flat:name", "parataxis", "punct"]
    pos = ["PUNCT", "INTJ", "PUNCT", "PUNCT", "AUX", "PRON", "PRON", "VERB", "PUNCT"]
    doc = Doc(bare_fr.vocab, words=words, heads=heads, deps=deps, pos=pos)
    grammar = QuoteGrammar.load("fr")
    assert main_clause_subject(grammar, doc[6], lambda idx: idx < doc[3].idx)
