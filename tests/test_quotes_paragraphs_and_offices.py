"""French news constructions of speakers (in English too where the construction exists): a quotation filling a
paragraph of its own after the paragraph that announces it; a bare title ("le ministre") for the minister named
before under the full title; a source phrase around a verb that speaks only in an incise ("les combats se
poursuivent"); French incises whose verb the tagger misreads ("« … », nuance-t-elle", "…, assure X"); opinion frames
("Pour le politologue X, …", "Pour X, économiste à Y, …"); an infinitive complement the parse hung on an adjunct
("a affirmé sur Telegram avoir abattu …"); a fronted adjunct the parse hung on the subject ("Dans un message, le
porte-parole a affirmé"); a title naming its own holder, whom the KB does not know ("le Premier
ministre slovaque X").

Every sentence here is written for these tests. One behaviour per test, in French and English where it applies.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from wirewatch.nlp.quotes.fronted_adjuncts import without_fronted_adjunct
from wirewatch.nlp.quotes.lexicon import QuoteGrammar
from wirewatch.records import Quote

Parse = Callable[..., Doc]


def direct_quotes(doc: Doc) -> list[Quote]:
    return [q for q in doc._.ww_quotes if q.direct]


PARAGRAPH = {
    "fr": ("La syndicaliste Odile Marchand s'est adressée aux grévistes devant l'usine.\n\n"
           "« Nous ne lâcherons rien. La direction doit revenir à la table. »", "Odile Marchand"),
    "en": ("Union leader Odile Marchand addressed the strikers outside the plant.\n\n"
           "\"We will not give up anything. The management must come back to the table.\"", "Odile Marchand"),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_quotation_paragraph_is_said_by_the_subject_of_the_paragraph_before(parse: Parse, lang: str) -> None:
    text, speaker = PARAGRAPH[lang]
    assert [q.speaker for q in direct_quotes(parse(lang, text))] == [speaker]


UNNAMED_PARAGRAPH = {
    "fr": "Les pluies ont inondé la vallée pendant trois jours.\n\n« C'est une catastrophe pour toute la région. »",
    "en": "The rains flooded the valley for three days.\n\n\"It is a disaster for the whole region.\"",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_quotation_paragraph_after_a_subject_that_cannot_speak_has_no_speaker(parse: Parse, lang: str) -> None:
    assert [q.speaker for q in direct_quotes(parse(lang, UNNAMED_PARAGRAPH[lang]))] == [None]


BARE_TITLE = {
    "fr": ("Le ministre de l'Intérieur Hugo Delorme a rencontré les préfets lundi. « Aucune violence ne sera "
           "tolérée », a déclaré le ministre.", "Hugo Delorme"),
    "en": ("Interior Minister Hugo Delorme met the prefects on Monday. \"No violence will be tolerated,\" the "
           "minister said.", "Hugo Delorme"),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_bare_title_is_the_minister_named_before_under_the_full_title(parse: Parse, lang: str) -> None:
    text, speaker = BARE_TITLE[lang]
    assert [q.speaker for q in direct_quotes(parse(lang, text))] == [speaker]


def test_a_bare_title_after_an_apposed_full_title_is_that_minister(parse: Parse) -> None:
    """"X, le ministre de l'Intérieur, … Le ministre a été clair : « … »" (the role given by the apposition)."""
    doc = parse("fr", "Hugo Delorme, le ministre de l'Intérieur, a rencontré les préfets. Le ministre a été "
                      "clair : « Aucune violence ne sera tolérée. »")
    assert [q.speaker for q in direct_quotes(doc)] == ["Hugo Delorme"]


INCISE_VERB_UNDER_SOURCE = {
    "fr": ("Selon une source sécuritaire, les combats se poursuivent dans le nord du pays.",
           "les combats se poursuivent dans le nord du pays"),
    "en": ("According to a security source, the fighting continued in the north of the country.",
           "the fighting continued in the north of the country"),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_source_phrase_reports_a_clause_whose_verb_speaks_only_in_incises(parse: Parse, lang: str) -> None:
    text, said = INCISE_VERB_UNDER_SOURCE[lang]
    assert [q.text for q in parse(lang, text)._.ww_quotes] == [said]


def test_an_incise_verb_read_as_a_noun_takes_its_inverted_pronoun(parse: Parse) -> None:
    """"« … », nuance-t-elle": the tagger reads "nuance" as a noun; the hyphenated pronoun after it speaks."""
    doc = parse("fr", "« Les prix vont encore monter », analyse l'économiste en chef de la banque, Laura Bianchi. "
                      "« Mais l'inflation reste élevée », nuance-t-elle.")
    assert [q.speaker for q in direct_quotes(doc)] == ["Laura Bianchi", "Laura Bianchi"]


def test_an_incise_subject_the_parse_left_as_a_complement_speaks(parse: Parse) -> None:
    """"Guerre en X : « … », assure Y" in a headline: the name after the incise verb speaks, not a name before."""
    doc = parse("fr", "Guerre en Ukraine : « Nous tiendrons », assure Kovalenko\n\nLe président s'exprimait lundi.")
    assert [q.speaker for q in direct_quotes(doc)] == ["Kovalenko"]


def test_an_opinion_frame_holder_may_be_a_noun_with_a_name_in_apposition(parse: Parse) -> None:
    """"Pour le politologue X, …": the person named beside the noun holds the opinion."""
    doc = parse("fr", "Pour le politologue Bruno Lefèvre, le scrutin marque une rupture dans l'histoire du pays.")
    assert [(q.speaker, q.text) for q in doc._.ww_quotes] == [
        ("Bruno Lefèvre", "le scrutin marque une rupture dans l'histoire du pays")]


def test_an_opinion_frame_around_a_name_governed_by_a_preposition_is_no_attribution(parse: Parse) -> None:
    doc = parse("fr", "Pour la visite de Claire Fontaine, la ville a installé des barrières le long des quais.")
    assert doc._.ww_quotes == []


def test_an_opinion_frame_holder_s_apposition_is_not_what_it_holds(parse: Parse) -> None:
    doc = parse("fr", "Pour Claire Fontaine, économiste à l'université de Lille, la réforme arrive trop tard.")
    assert [q.text for q in doc._.ww_quotes] == ["la réforme arrive trop tard"]


def test_an_infinitive_the_parse_hung_on_an_adjunct_is_what_the_verb_reports(parse: Parse) -> None:
    """"a déclaré devant les députés avoir reçu …": the parse reads the infinitive as a clause of "députés"."""
    doc = parse("fr", "La ministre Anne Colin a déclaré devant les députés avoir reçu des menaces.")
    assert [(q.speaker, q.text) for q in doc._.ww_quotes] == [("Anne Colin", "avoir reçu des menaces")]


def test_an_infinitive_under_a_preposition_of_the_noun_is_the_noun_s_own(parse: Parse) -> None:
    doc = parse("fr", "Le syndicat a dénoncé devant la presse la volonté de la direction de fermer l'usine.")
    assert all("fermer" not in q.text or "volonté" in q.text for q in doc._.ww_quotes)


def test_a_fronted_adjunct_hung_on_the_subject_is_not_the_speaker_s_words(bare_fr: Language) -> None:
    """"Dans un message publié sur Facebook, le porte-parole a affirmé …" parsed with the adjunct under the
    subject noun: the speaker's words start after the comma."""
    words = ["Dans", "un", "message", "publié", "sur", "Facebook", ",", "le", "porte-parole", "a", "affirmé"]
    heads = [2, 2, 8, 2, 5, 3, 8, 8, 10, 10, 10]
    deps = ["case", "det", "obl:mod", "acl", "case", "obl:arg", "punct", "det", "nsubj", "aux:tense", "ROOT"]
    pos = ["ADP", "DET", "NOUN", "VERB", "ADP", "PROPN", "PUNCT", "DET", "NOUN", "AUX", "VERB"]
    doc = Doc(bare_fr.vocab, words=words, heads=heads, deps=deps, pos=pos)
    subject = doc[8]
    phrase = without_fronted_adjunct(QuoteGrammar.load("fr"), subject, doc[0:9])
    assert phrase.text == "le porte-parole"


def test_a_dependent_after_the_subject_stays_in_the_speaker_s_words(bare_fr: Language) -> None:
    words = ["le", "porte-parole", "de", "l'", "armée", "a", "affirmé"]
    heads = [1, 6, 4, 4, 1, 6, 6]
    deps = ["det", "nsubj", "case", "det", "nmod", "aux:tense", "ROOT"]
    pos = ["DET", "NOUN", "ADP", "DET", "NOUN", "AUX", "VERB"]
    doc = Doc(bare_fr.vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert without_fronted_adjunct(QuoteGrammar.load("fr"), doc[1], doc[0:5]).text == "le porte-parole de l' armée"


def test_a_title_with_its_own_holder_named_is_not_the_kb_holder_of_that_office(parse: Parse) -> None:
    """"Le Premier ministre slovaque X a affirmé …": X speaks, whoever the KB files as holding the office."""
    doc = parse("fr", "Le Premier ministre slovaque Marek Hudak a affirmé que la frontière était sûre.",
                published="2025-03-10")
    assert [("Marek Hudak" in (q.speaker or "")) for q in doc._.ww_quotes] == [True]
