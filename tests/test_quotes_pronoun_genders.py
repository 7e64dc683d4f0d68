"""Whom a speaking pronoun or description takes up: the subject before it (also an inverted clitic, "a-t-elle
dit"), a person of its gender — which the article states by a participle agreeing with its subject (« Claire
Dumont est arrivée ») — before one of unknown gender, an unnamed subject ("la porte-parole") before a name that is
only an object, and never a gender a title gives across a verb ("la ministre a reçu Paul Renard" says nothing of
Renard); a noun of trade ("l'autrice") takes up the person named before; a name inside the reported words is not
the source ("Selon la commission, Paul Renard a obtenu …").

Every sentence here is written for these tests. One behaviour per test, in French and English where it applies.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from tests.hand_docs import hand_doc
from wirewatch.nlp.quotes.lexicon import QuoteLexicon
from wirewatch.nlp.quotes.mentions import EntityIndex, EntityMention
from wirewatch.nlp.quotes.person_genders import PersonGenders

Parse = Callable[..., Doc]


def speakers_of(parse: Parse, lang: str, text: str, said: str) -> list[str | None]:
    return [q.speaker for q in parse(lang, text)._.ww_quotes if q.text == said]


SUBJECT_BEFORE_OBJECT = {
    "fr": "Claire Dumont a reçu Paul Renard à Lyon. « Le dialogue est rompu », a-t-elle regretté.",
    "en": "Claire Dumont met Paul Renard in Lyon. \"The dialogue is broken,\" she said.",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_pronoun_of_an_incise_takes_up_the_subject_before_not_its_object(parse: Parse, lang: str) -> None:
    quotes = parse(lang, SUBJECT_BEFORE_OBJECT[lang])._.ww_quotes
    assert quotes and {q.speaker for q in quotes} == {"Claire Dumont"}


@pytest.mark.parametrize("text", [
    "Claire Dumont est arrivée à Lyon. Paul Renard a reçu Claire Dumont. « Le dialogue est rompu », a-t-elle dit.",
    "Claire Dumont est arrivée à Lyon. Paul Renard a reçu Claire Dumont. « Le dialogue est rompu », a-t-elle dit",
])
def test_a_pronoun_takes_up_the_person_the_article_gives_its_gender(parse: Parse, text: str) -> None:
    """"est arrivée" makes Claire Dumont a woman: "elle" is her, not the subject of unknown gender."""
    assert speakers_of(parse, "fr", text, "Le dialogue est rompu") == ["Claire Dumont"]


def test_a_masculine_pronoun_passes_over_a_woman_the_agreement_names(parse: Parse) -> None:
    text = "Claire Dumont est arrivée à Lyon. Elle a reçu Paul Renard. « Le dialogue est rompu », a-t-il dit."
    assert speakers_of(parse, "fr", text, "Le dialogue est rompu") == ["Paul Renard"]


UNNAMED_SUBJECT = {
    "fr": ("La porte-parole a rencontré Paul Renard mardi. Elle a affirmé que le dialogue était rompu.",
           "le dialogue était rompu"),
    "en": ("The spokeswoman met Paul Renard on Tuesday. She said that the dialogue was broken.",
           "the dialogue was broken"),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_pronoun_takes_up_an_unnamed_subject_rather_than_the_object_named_after_it(parse: Parse,
                                                                                     lang: str) -> None:
    text, said = UNNAMED_SUBJECT[lang]
    speakers = speakers_of(parse, lang, text, said)
    assert speakers and "Paul Renard" not in speakers


NEW_TOPIC = {
    "fr": ("« Le port rouvrira », a déclaré Paul Renard. Son homologue Marc Durand a appelé au calme. "
           "« Il faut du temps », a-t-il estimé.", "Il faut du temps"),
    "en": ("\"The port will reopen,\" Paul Renard said. His counterpart Marc Durand called for calm. "
           "\"It takes time,\" he said.", "It takes time"),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_pronoun_takes_up_the_person_made_subject_since_the_last_speaker(parse: Parse, lang: str) -> None:
    text, said = NEW_TOPIC[lang]
    assert speakers_of(parse, lang, text, said) == ["Marc Durand"]


def test_a_pronoun_keeps_the_last_speaker_over_a_subject_of_a_subordinate_clause(parse: Parse) -> None:
    text = ("« Le port rouvrira », a déclaré Paul Renard, alors que Marc Durand appelait au calme. "
            "« Il faut du temps », a-t-il ajouté.")
    assert speakers_of(parse, "fr", text, "Il faut du temps") == ["Paul Renard"]


SOURCE_BEFORE_A_NAME = {
    "fr": ("Selon la commission électorale, Paul Renard a obtenu 53 % des voix.", "la commission électorale"),
    "en": ("According to the election commission, Paul Renard won 53 percent of the vote.",
           "the election commission"),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_name_opening_what_a_source_said_is_not_the_source(parse: Parse, lang: str) -> None:
    """The parse may read "…, Paul Renard" as apposed to the source: a name in the reported words never speaks."""
    text, source = SOURCE_BEFORE_A_NAME[lang]
    assert [q.speaker for q in parse(lang, text)._.ww_quotes] == [source]


@pytest.mark.parametrize(("noun", "said"), [("l'autrice", "Je suis très surprise"),
                                             ("la romancière", "Je suis très surprise")])
def test_a_trade_noun_takes_up_the_person_named_before(parse: Parse, noun: str, said: str) -> None:
    text = f"Claire Dumont a reçu le prix mardi à Stockholm. « {said} », a déclaré {noun}."
    assert speakers_of(parse, "fr", text, said) == ["Claire Dumont"]


# -- the genders the article gives (hand-built Docs) ----------------------------------------------------
def _genders(words: list[str], heads: list[int], deps: list[str], pos: list[str], lemmas: list[str],
             morphs: list[str], name: str) -> str | None:
    doc = hand_doc("fr", words, heads, deps, pos, lemmas, morphs)
    start = doc.text.index(name)
    index = EntityIndex([EntityMention(name, "e1", "PER", start, start + len(name), None)])
    return PersonGenders(doc, doc.text, QuoteLexicon.load("fr"), index).get("e1")


@pytest.mark.parametrize(("aux", "participle", "morph", "gender"), [
    ("est", "arrivée", "Gender=Fem|Number=Sing|VerbForm=Part", "f"),
    ("est", "arrivé", "Gender=Masc|Number=Sing|VerbForm=Part", "m"),
    ("a", "reçu", "Gender=Masc|Number=Sing|VerbForm=Part", None),  # "avoir": no agreement with the subject
])
def test_a_participle_agreeing_with_its_subject_gives_the_person_a_gender(aux: str, participle: str, morph: str,
                                                                          gender: str | None) -> None:
    lemma = "être" if aux == "est" else "avoir"
    found = _genders(["Claire", "Dumont", aux, participle, "."], [3, 0, 3, 3, 3],
                     ["nsubj", "flat:name", "aux:tense", "ROOT", "punct"], ["PROPN", "PROPN", "AUX", "VERB", "PUNCT"],
                     ["Claire", "Dumont", lemma, participle, "."], ["", "", "", morph, ""], "Claire Dumont")
    assert found == gender


def test_a_plural_participle_of_coordinated_subjects_gives_no_gender() -> None:
    found = _genders(["Claire", "Dumont", "et", "Paul", "sont", "arrivés"], [5, 0, 3, 0, 5, 5],
                     ["nsubj", "flat:name", "cc", "conj", "aux:tense", "ROOT"],
                     ["PROPN", "PROPN", "CCONJ", "PROPN", "AUX", "VERB"],
                     ["Claire", "Dumont", "et", "Paul", "être", "arriver"],
                     ["", "", "", "", "", "Gender=Masc|Number=Plur|VerbForm=Part"], "Claire Dumont")
    assert found is None


def test_a_title_across_a_verb_gives_the_name_after_it_no_gender() -> None:
    """"La ministre a reçu Paul Renard": the feminine title is the subject's, not Renard's."""
    found = _genders(["La", "ministre", "a", "reçu", "Paul", "Renard"], [1, 3, 3, 3, 3, 4],
                     ["det", "nsubj", "aux:tense", "ROOT", "obj", "flat:name"],
                     ["DET", "NOUN", "AUX", "VERB", "PROPN", "PROPN"], ["le", "ministre", "avoir", "recevoir",
                                                                       "Paul", "Renard"],
                     ["Gender=Fem|Number=Sing", "Number=Sing", "Mood=Ind|Tense=Pres|VerbForm=Fin",
                      "Gender=Masc|Number=Sing|VerbForm=Part", "", ""], "Paul Renard")
    assert found is None


def test_a_title_written_without_its_accent_designates_the_same_office(parse: Parse) -> None:
    """The press writes capitals bare: « le chef de l'Etat » is « le chef de l'État »."""
    for state in ("Etat", "État"):
        text = f"Emmanuel Macron s'est rendu à Lyon mardi. « Nous devons agir vite », a affirmé le chef de l'{state}."
        assert speakers_of(parse, "fr", text, "Nous devons agir vite") == ["Emmanuel Macron"]
