"""Speakers the article names by an office or a noun only: a subject pronoun that takes up an unnamed title subject
("Le ministre … « … », a-t-il déclaré"), "ce dernier" / "the latter" taking up the person just named, and inverted
subjects read on the surface whole ("un officier des sapeurs-pompiers", "l'accusée").

Every sentence here is written for these tests. One behaviour per test, in French and English where it applies.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from wirewatch.nlp.quotes.lexicon import QuoteGrammar
from wirewatch.nlp.quotes.subjects import nominal_after

Parse = Callable[..., Doc]

TITLE_THEN_PRONOUN = {
    "fr": ("Le ministre de l'Intérieur a visité les communes sinistrées lundi. « Nous reconstruirons chaque pont », "
           "a-t-il déclaré.", "Le ministre de l'Intérieur"),
    "en": ("The interior minister visited the flooded towns on Monday. \"We will rebuild every bridge,\" he said.",
           "The interior minister"),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_pronoun_takes_up_the_unnamed_office_that_was_the_subject_before(parse: Parse, lang: str) -> None:
    text, speaker = TITLE_THEN_PRONOUN[lang]
    assert [q.speaker for q in parse(lang, text)._.ww_quotes] == [speaker]


def test_a_pronoun_of_the_other_gender_does_not_take_up_the_office(parse: Parse) -> None:
    text = ("La ministre de l'Intérieur a visité les communes sinistrées lundi. « Nous reconstruirons chaque pont », "
            "a-t-il déclaré.")
    assert [q.speaker for q in parse("fr", text)._.ww_quotes] == [None]


LATTER = {
    "fr": ("La députée Nicole Ferrand et le sénateur Marc Olivier ont voté à Lyon. Ce dernier a estimé que le "
           "scrutin serait serré.", "Marc Olivier"),
    "en": ("Former senator Nicholas Ferrand and his wife voted in Leeds. The latter said that the race would be "
           "close.", "Nicholas Ferrand"),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_latter_speaks_for_the_person_named_just_before(parse: Parse, lang: str) -> None:
    text, speaker = LATTER[lang]
    assert [q.speaker for q in parse(lang, text)._.ww_quotes] == [speaker]


@pytest.mark.parametrize(("subject", "speaker"), [
    ("un officier des sapeurs-pompiers", "un officier des sapeurs-pompiers"),
    ("l'accusée", "l'accusée"),
])
def test_an_inverted_subject_is_read_whole(parse: Parse, subject: str, speaker: str) -> None:
    quotes = parse("fr", f"« Le feu a été maîtrisé en une heure », a précisé {subject} devant la presse.")._.ww_quotes
    assert [(q.text, q.speaker) for q in quotes] == [("Le feu a été maîtrisé en une heure", speaker)]


def test_a_hyphen_inside_a_word_does_not_end_the_inverted_subject(bare_fr: Language) -> None:
    g = QuoteGrammar.load("fr")
    words = ["»", ",", "a", "dit", "un", "officier", "des", "sapeurs", "-", "pompiers", "."]
    spaces = [False, True, True, True, True, True, True, False, False, False, False]
    doc = Doc(bare_fr.vocab, words=words, spaces=spaces,
              pos=["PUNCT", "PUNCT", "AUX", "VERB", "DET", "NOUN", "ADP", "NOUN", "PUNCT", "NOUN", "PUNCT"],
              heads=[3, 3, 3, 3, 5, 3, 7, 5, 7, 7, 3],
              deps=["punct", "punct", "aux:tense", "ROOT", "det", "obj", "case", "nmod", "punct", "nmod", "punct"])
    subject = nominal_after(g, doc[3], doc[:])
    assert subject is not None and subject.text == "un officier des sapeurs-pompiers"


@pytest.mark.parametrize(("subject", "speaker"), [
    ("un porte-parole de l'armée", "an army spokesperson"),
    ("un haut responsable européen", "a senior European official"),
    ("un organisateur", "an organizer"),
    ("un responsable militaire", "a military official"),
])
def test_a_described_source_is_described_in_english(parse: Parse, subject: str, speaker: str) -> None:
    """Like canonical names, a described source reads the same whatever the article's language; a body after "de"
    qualifies the noun before it in English ("army spokesperson")."""
    quotes = parse("fr", f"« Le pont restera fermé tout l'hiver », a déclaré {subject}.")._.ww_quotes
    assert [q.speaker for q in quotes] == [speaker]


def test_a_body_alone_stays_as_the_article_names_it(parse: Parse) -> None:
    """"l'armée": a body the article names elsewhere in its own words, not an English description."""
    quotes = parse("fr", "« Le pont restera fermé tout l'hiver », a déclaré l'armée.")._.ww_quotes
    assert [q.speaker for q in quotes] == ["l'armée"]


RELATIVE_AFTER_SUBJECT = {
    "fr": ("« Le secteur est calme », a déclaré le colonel de l'armée qui commande la zone.", "le colonel de l'armée"),
    "en": ("\"The sector is calm,\" said the colonel who commands the area.", "the colonel"),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_relative_clause_after_the_inverted_subject_is_not_part_of_it(parse: Parse, lang: str) -> None:
    text, speaker = RELATIVE_AFTER_SUBJECT[lang]
    assert [q.speaker for q in parse(lang, text)._.ww_quotes] == [speaker]


@pytest.mark.parametrize("later", ["Mme Renard", "Cette dernière"])
def test_a_feminine_title_form_gives_the_person_her_gender(parse: Parse, later: str) -> None:
    """"cheffe" states the gender itself (titles.tsv), whatever the tagger reads; an honorific states it too."""
    text = (f"« Le port sera rénové », a détaillé Olivia Renard, cheffe intérimaire de l'agence. {later} a confirmé "
            "que les travaux commenceraient en mai.")
    assert [q.speaker for q in parse("fr", text)._.ww_quotes] == ["Olivia Renard", "Olivia Renard"]


LABEL_THEN_INCISE = {
    "fr": ("Renault : « Nous ne fermerons aucune usine », assure le directeur général", "le directeur général"),
    "en": ("Renault: \"We will close no plant,\" says its chief executive", "Renault chief executive"),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_quotation_with_its_own_incise_after_a_label_is_not_reported_by_the_label(parse: Parse, lang: str) -> None:
    """A headline "X : « … », says Y": the quotation is Y's, and the label reports nothing of its own."""
    text, speaker = LABEL_THEN_INCISE[lang]
    assert [(q.direct, q.speaker) for q in parse(lang, text)._.ww_quotes] == [(True, speaker)]
