"""French attribution structures of reported speech and their speakers: the incise with an inverted subject and
the many verbs that introduce speech ("a asséné", "a nuancé", "s'est exclamée"), the present the lemmatiser leaves
unlemmatised ("X estime que …"), the source phrase ("d'après X, …"), and their English counterparts where the
structure is shared.

Every sentence here is written for these tests. One behaviour per test, in French and English where it applies.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from wirewatch.nlp.quotes.lexicon import QuoteGrammar, QuoteLexicon
from wirewatch.nlp.quotes.mentions import EntityIndex, EntityMention
from wirewatch.nlp.quotes.person_genders import PersonGenders
from wirewatch.nlp.quotes.subjects import inverted_phrase, verb_group_start
from wirewatch.nlp.quotes.verb_lemmas import SpeechLemmas
from wirewatch.records import Quote

Parse = Callable[..., Doc]


def quotes_of(parse: Parse, lang: str, text: str) -> list[Quote]:
    return list(parse(lang, text)._.ww_quotes)


@pytest.mark.parametrize("verb", [
    "a déclaré", "a asséné", "a nuancé", "a souligné", "a martelé", "a tranché", "a fustigé", "a rétorqué",
    "a averti", "a concédé", "a ironisé", "a riposté", "a plaidé", "s'est exclamée", "s'est indignée",
])
def test_an_incise_verb_with_its_subject_after_it_names_the_speaker(parse: Parse, verb: str) -> None:
    quotes = quotes_of(parse, "fr", f"« Nous ne reculerons sur aucun article du texte », {verb} Claire Dumont.")
    assert [(q.text, q.speaker) for q in quotes] == [("Nous ne reculerons sur aucun article du texte", "Claire Dumont")]


@pytest.mark.parametrize("verb", ["estime", "affirme", "assure", "martèle", "avance"])
def test_a_present_speech_verb_left_unlemmatised_reports_its_clause(parse: Parse, verb: str) -> None:
    quotes = quotes_of(parse, "fr", f"Paul Renard {verb} que le chantier du pont sera achevé avant l'hiver.")
    assert [(q.text, q.speaker, q.direct) for q in quotes] == [
        ("le chantier du pont sera achevé avant l'hiver", "Paul Renard", False)]


SOURCE_PHRASE = {
    "fr": ("D'après Paul Renard, le chantier du pont sera achevé avant l'hiver.",
           "le chantier du pont sera achevé avant l'hiver"),
    "en": ("According to Paul Renard, the bridge works will be finished before winter.",
           "the bridge works will be finished before winter"),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_source_phrase_opening_the_sentence_attributes_the_rest(parse: Parse, lang: str) -> None:
    text, said = SOURCE_PHRASE[lang]
    assert [(q.text, q.speaker) for q in quotes_of(parse, lang, text)] == [(said, "Paul Renard")]


# -- hand-built Docs: the syntax the rules read ---------------------------------------------------------
@pytest.fixture(scope="module")
def speech_lemmas() -> SpeechLemmas:
    return SpeechLemmas.load(QuoteLexicon.load("fr"))


def test_a_participle_read_as_an_adjective_after_its_auxiliary_is_the_speech_verb(
        bare_fr: Language, speech_lemmas: SpeechLemmas) -> None:
    doc = Doc(bare_fr.vocab, words=[",", "a", "nuancé", "Claire", "Dumont"],
              pos=["PUNCT", "AUX", "ADJ", "PROPN", "PROPN"], heads=[2, 2, 2, 2, 3],
              deps=["punct", "aux:tense", "ROOT", "nsubj", "flat:name"],
              lemmas=[",", "avoir", "nuancer", "Claire", "Dumont"])
    speech_lemmas.repair(doc)
    assert (doc[2].pos_, doc[2].lemma_) == ("VERB", "nuancer")


def test_an_adjective_without_auxiliary_stays_an_adjective(bare_fr: Language, speech_lemmas: SpeechLemmas) -> None:
    doc = Doc(bare_fr.vocab, words=["un", "avis", "nuancé"], pos=["DET", "NOUN", "ADJ"], heads=[1, 1, 1],
              deps=["det", "ROOT", "amod"], lemmas=["un", "avis", "nuancé"])
    speech_lemmas.repair(doc)
    assert (doc[2].pos_, doc[2].lemma_) == ("ADJ", "nuancé")


@pytest.mark.parametrize(("form", "pos", "lemma"), [
    ("estime", "VERB", "estimer"),  # a present listed on the surface
    ("tweeté", "VERB", "tweeter"),  # a participle: its ending
    ("asséné", "VERB", "asséner"),
    ("frappe", "VERB", "frappe"),  # no speech verb: left alone
])
def test_a_verb_left_unlemmatised_gets_its_speech_verb_lemma(bare_fr: Language, speech_lemmas: SpeechLemmas,
                                                                  form: str, pos: str, lemma: str) -> None:
    doc = Doc(bare_fr.vocab, words=["Paul", form], pos=["PROPN", "VERB"], heads=[1, 1], deps=["nsubj", "ROOT"],
              lemmas=["Paul", form])
    speech_lemmas.repair(doc)
    assert (doc[1].pos_, doc[1].lemma_) == (pos, lemma)


@pytest.mark.parametrize(("words", "aux_dep", "repaired"), [
    (["»", ",", "a", "tweeté", "Marta", "Kowalczyk"], "dep", True),  # the participle read as a name
    (["»", ",", "ont", "posté", "les", "élus"], "dep", True),
    (["»", ",", "avoir", "tweeté", "Marta", "Kowalczyk"], "dep", False),  # not a conjugated auxiliary
    (["»", ",", "de", "Tweeté", "Marta", "Kowalczyk"], "case", False),  # no auxiliary before it
])
def test_a_participle_tagged_as_a_name_after_a_conjugated_auxiliary_is_the_speech_verb(
        bare_fr: Language, speech_lemmas: SpeechLemmas, words: list[str], aux_dep: str, repaired: bool) -> None:
    lemmas = ["»", ",", "avoir" if words[2] != "de" else "de", words[3], words[4], words[5]]
    doc = Doc(bare_fr.vocab, words=words, pos=["PUNCT", "PUNCT", "X", "PROPN", "PROPN", "PROPN"],
              heads=[3, 3, 3, 3, 3, 4], deps=["punct", "punct", aux_dep, "ROOT", "nmod", "flat:name"], lemmas=lemmas)
    speech_lemmas.repair(doc)
    assert (doc[3].pos_ == "VERB") is repaired
    assert (doc[2].dep_ == "aux:tense" and verb_group_start(doc[3]) == 2) is repaired


def test_the_reflexive_pronoun_opens_the_verb_group_of_an_inverted_incise(bare_fr: Language) -> None:
    g = QuoteGrammar.load("fr")
    words = ["»", ",", "s'", "est", "exclamée", "Claire", "Dumont", "."]
    doc = Doc(bare_fr.vocab, words=words, pos=["PUNCT", "PUNCT", "PRON", "AUX", "VERB", "PROPN", "PROPN", "PUNCT"],
              heads=[4, 4, 4, 4, 4, 4, 5, 4],
              deps=["punct", "punct", "expl:comp", "aux:tense", "ROOT", "dep", "flat:name", "punct"],
              morphs=["", "", "", "Mood=Ind|Tense=Pres|VerbForm=Fin", "VerbForm=Part", "", "", ""])
    assert verb_group_start(doc[4], g.reflexive) == 2
    subject = inverted_phrase(g, doc[4], doc[:])
    assert subject is not None and subject.text == "Claire Dumont"


def test_a_day_between_the_incise_verb_and_its_subject_is_not_the_speaker(parse: Parse) -> None:
    quotes = quotes_of(parse, "fr", "« Le chantier reprendra lundi », a assuré mardi devant la presse la maire "
                                    "Claire Dumont.")
    assert [(q.text, q.speaker) for q in quotes] == [("Le chantier reprendra lundi", "Claire Dumont")]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Trois personnes ont été blessées, selon un bilan des autorités locales.", "local authorities"),
    ("Selon un décompte des secouristes, trois personnes ont été blessées.", "rescuers"),
])
def test_a_tally_speaks_for_whoever_drew_it_up(parse: Parse, text: str, speaker: str) -> None:
    """"selon un bilan de X": the tally is the channel, X the source (as "un communiqué de X")."""
    assert [q.speaker for q in quotes_of(parse, "fr", text)] == [speaker]


def test_what_witnesses_recount_in_an_infinitive_is_reported(parse: Parse) -> None:
    quotes = quotes_of(parse, "fr", "Des témoins ont raconté avoir entendu trois détonations près du port.")
    assert [(q.text, q.speaker) for q in quotes] == [("avoir entendu trois détonations près du port", "witnesses")]


@pytest.mark.parametrize("text", [
    "Le sommet sera reporté à l'automne, de source diplomatique.",
    "De source diplomatique, le sommet sera reporté à l'automne.",
    "Le sommet sera reporté à l'automne, a-t-on appris de source diplomatique.",
])
def test_de_source_names_the_source_itself(parse: Parse, text: str) -> None:
    """"de source X": the phrase ends in its own noun, which is the source (as "selon une source X")."""
    assert [q.speaker for q in quotes_of(parse, "fr", text)] == ["diplomatic source"]


@pytest.mark.parametrize("text", [
    "La ministre Claire Dumont a reçu mardi le maire de la ville, Paul Renard. « Le dialogue est rompu », "
    "a-t-elle regretté.",
    "« Le port rouvrira », a déclaré Paul Renard. La ministre Claire Dumont a quitté la salle. « Le dialogue est "
    "rompu », a-t-elle regretté.",
])
def test_a_pronoun_speaks_for_the_person_of_its_gender(parse: Parse, text: str) -> None:
    """"elle": not the man an apposed title names ("le maire …, Paul Renard"), nor a speaker of unknown gender
    when a woman has been named since."""
    quotes = quotes_of(parse, "fr", text)
    assert [q.speaker for q in quotes if q.text == "Le dialogue est rompu"] == ["Claire Dumont"]


def test_a_name_inside_what_the_speaker_said_does_not_take_over_the_pronoun(parse: Parse) -> None:
    text = ("« Le port rouvrira », a déclaré Oleg Sorokin, ajoutant que le président Marc Durand n'avait pas été "
            "informé. « Je n'en dirai pas plus », a-t-il ajouté.")
    quotes = quotes_of(parse, "fr", text)
    assert [q.speaker for q in quotes if q.text == "Je n'en dirai pas plus"] == ["Oleg Sorokin"]


def test_an_apposed_title_gives_the_name_its_gender(bare_fr: Language) -> None:
    words = ["le", "maire", ",", "Paul", "Renard", ",", "est", "parti"]
    doc = Doc(bare_fr.vocab, words=words, pos=["DET", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT", "AUX", "VERB"],
              heads=[1, 7, 3, 1, 3, 3, 7, 7],
              deps=["det", "nsubj", "punct", "appos", "flat:name", "punct", "aux:tense", "ROOT"],
              morphs=["Gender=Masc|Number=Sing", "Gender=Masc|Number=Sing", "", "", "", "", "", ""])
    start = doc[3].idx
    index = EntityIndex([EntityMention("Paul Renard", "e1", "PER", start, start + len("Paul Renard"), None)])
    genders = PersonGenders(doc, doc.text, QuoteLexicon.load("fr"), index)
    assert genders.get("e1") == "m"
