"""Attribution frames of French press style: inverted clitic subjects the parse splits ("a-t-elle promis"),
causative speech verbs ("a fait savoir que"), what the newsroom learned from a source ("a-t-on appris auprès de"),
opinions framed by their holder ("Pour le maire, « … »") and described sources in English.

Every sentence here is written for these tests. One behaviour per test, in French and English where it applies.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from wirewatch.nlp.quotes.inversion import inverted_pronoun
from wirewatch.nlp.quotes.lexicon import QuoteGrammar
from wirewatch.nlp.quotes.passive import passive_agent
from wirewatch.records import Quote

Parse = Callable[..., Doc]


def quotes_of(parse: Parse, lang: str, text: str) -> list[Quote]:
    return list(parse(lang, text)._.ww_quotes)


PRONOUN_AFTER_QUOTE = {
    "fr": "La ministre Claire Dumont s'est exprimée mardi devant les députés. "
          "« Nous allons revoir entièrement ce texte », a-t-elle promis.",
    "en": "Minister Claire Dumont spoke to lawmakers on Tuesday. “We will rewrite this bill entirely,” she promised.",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_pronoun_of_a_postposed_attribution_speaks_for_the_person_before(parse: Parse, lang: str) -> None:
    quotes = quotes_of(parse, lang, PRONOUN_AFTER_QUOTE[lang])
    assert [(q.direct, q.speaker) for q in quotes] == [(True, "Claire Dumont")]


def test_inverted_pronoun_after_a_simple_tense_speaks(parse: Parse) -> None:
    quotes = quotes_of(parse, "fr", "Le maire Jean Valois a visité le chantier. "
                                    "« Les travaux avancent bien », ajoute-t-il.")
    assert [q.speaker for q in quotes] == ["Jean Valois"]


def test_content_before_an_inverted_pronoun_is_reported(parse: Parse) -> None:
    quotes = quotes_of(parse, "fr", "Le ministre Paul Renard a rencontré mardi les syndicats. "
                                    "Les salaires seront revus dès le mois prochain, a-t-il assuré.")
    assert [(q.text, q.speaker) for q in quotes if not q.direct] == [
        ("Les salaires seront revus dès le mois prochain", "Paul Renard")]


def test_inverted_pronoun_is_read_on_a_split_verb_group(bare_fr) -> None:  # type: ignore[no-untyped-def]
    """The parse hangs "a" and "-elle" on each other and leaves "promis" alone: the surface reading finds the
    pronoun and the auxiliary that opens the group."""
    words = ["«", "Oui", "»", ",", "a", "-t", "-elle", "promis", "."]
    doc = Doc(bare_fr.vocab, words=words, heads=[1, 1, 1, 1, 6, 6, 1, 1, 1],
              deps=["punct", "ROOT", "punct", "punct", "aux:tense", "expl:subj", "advcl", "xcomp", "punct"],
              pos=["PUNCT", "INTJ", "PUNCT", "PUNCT", "AUX", "PRON", "PRON", "VERB", "PUNCT"],
              lemmas=["«", "oui", "»", ",", "avoir", "-t", "lui", "promettre", "."],
              morphs=["", "", "", "", "Mood=Ind|Tense=Pres|VerbForm=Fin", "", "", "Tense=Past|VerbForm=Part", ""])
    found = inverted_pronoun(doc[7], doc[0:9], {"il", "elle"}, {"avoir", "être"})
    assert found is not None
    assert (found.pronoun.text, found.group_start) == ("-elle", 4)
    assert inverted_pronoun(doc[7], doc[0:9], {"il"}, {"avoir", "être"}) is None  # not a subject pronoun form


@pytest.mark.parametrize("text", [
    "Le ministère de la Santé a fait savoir que trois nouveaux cas avaient été détectés.",
    "Le syndicat a fait valoir que les salaires n'avaient pas suivi l'inflation.",
    "La directrice a laissé entendre que le budget serait réduit l'an prochain.",
])
def test_causative_speech_verb_reports_the_clause_of_its_infinitive(parse: Parse, text: str) -> None:
    quotes = quotes_of(parse, "fr", text)
    reported = [q for q in quotes if not q.direct]
    assert len(reported) == 1
    assert reported[0].speaker is not None
    assert text.index(reported[0].text) > text.index(" que ")


def test_causative_verb_without_a_clause_reports_nothing(parse: Parse) -> None:
    assert quotes_of(parse, "fr", "Le syndicat a fait valoir ses droits devant le tribunal.") == []


@pytest.mark.parametrize(("text", "said"), [
    ("Deux personnes ont été blessées, a-t-on appris auprès de la préfecture du Calvados.",
     "Deux personnes ont été blessées"),
    ("On a appris auprès de la préfecture que deux personnes avaient été blessées.",
     "deux personnes avaient été blessées"),
])
def test_what_was_learned_from_a_source_is_said_by_the_source(parse: Parse, text: str, said: str) -> None:
    quotes = quotes_of(parse, "fr", text)
    assert [q.text for q in quotes] == [said]
    assert "préfecture" in (quotes[0].speaker or "")


def test_opinion_framed_by_a_person_is_theirs(parse: Parse) -> None:
    quotes = quotes_of(parse, "fr", "Pour le maire Jean Valois, « cette réforme arrive trop tard ».")
    assert [(q.text, q.speaker) for q in quotes] == [("cette réforme arrive trop tard", "Jean Valois")]


def test_opinion_framed_by_a_speaker_noun_is_reported(parse: Parse) -> None:
    quotes = quotes_of(parse, "fr", "Mais pour les syndicats, la réforme reste inacceptable.")
    assert [(q.text, q.speaker) for q in quotes] == [("la réforme reste inacceptable", "unions")]


@pytest.mark.parametrize("text", [
    "Pour la première fois, le club a remporté le championnat.",
    "Pour Noël, la mairie a installé un grand sapin sur la place.",
    "Pour ce faire, le gouvernement a débloqué deux cents millions d'euros.",
])
def test_pour_opening_an_adjunct_frames_no_opinion(parse: Parse, text: str) -> None:
    assert quotes_of(parse, "fr", text) == []


DESCRIBED = {
    "fr": "Des groupes médicaux ont affirmé que les hôpitaux de la ville étaient saturés.",
    "en": "Medical groups said that the city's hospitals were overwhelmed.",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_described_source_speaks_in_english(parse: Parse, lang: str) -> None:
    quotes = quotes_of(parse, lang, DESCRIBED[lang])
    assert [(q.speaker or "").lower() for q in quotes] == ["medical groups"]


def test_causative_speech_verb_in_the_perfect_infinitive_is_said_by_the_subject_above(parse: Parse) -> None:
    quotes = quotes_of(parse, "fr", "Les syndicats ont quitté la salle, après avoir fait savoir qu'ils ne "
                                    "signeraient pas l'accord.")
    assert [(q.text, q.speaker) for q in quotes] == [("ils ne signeraient pas l'accord", "unions")]


COPULAR_INFINITIVE = {
    "fr": ("La police a indiqué être « à la recherche » de deux suspects.",
           "être « à la recherche » de deux suspects"),
    "en": ("The police said they were “searching for” two suspects.", "they were “searching for” two suspects"),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_copular_complement_around_quoted_words_is_reported(parse: Parse, lang: str) -> None:
    """"a indiqué être « … »": the parse takes "être" for an auxiliary of the speech verb; what was said runs
    from the infinitive to the end of the complement."""
    text, said = COPULAR_INFINITIVE[lang]
    quotes = quotes_of(parse, lang, text)
    assert [q.text for q in quotes if not q.direct] == [said]


def test_incise_of_a_newly_listed_speech_verb_names_the_speaker(parse: Parse) -> None:
    quotes = quotes_of(parse, "fr", "« Le chantier prendra au moins deux ans », détaille Marc Duval, "
                                    "ingénieur de la ville.")
    assert [(q.direct, q.speaker) for q in quotes] == [(True, "Marc Duval")]


@pytest.mark.parametrize(("text", "expected"), [
    ("« Nous avons respecté toutes les règles », a fait valoir le directeur Marc Lefort.",
     [(True, "Marc Lefort")]),
    ("Les règles ont toutes été respectées, a fait savoir la direction de l'usine.",
     [(False, "la direction de l'usine")]),
])
def test_postposed_causative_speech_verb_names_the_speaker_after_it(parse: Parse, text: str,
                                                                    expected: list[tuple[bool, str]]) -> None:
    quotes = quotes_of(parse, "fr", text)
    assert [(q.direct, q.speaker) for q in quotes] == expected


def test_copular_complement_stops_before_a_coordinated_clause(parse: Parse) -> None:
    quotes = quotes_of(parse, "fr", "La police a indiqué être « à la recherche » de deux suspects et les "
                                    "pompiers ont fermé la route.")
    assert [q.text for q in quotes if not q.direct] == ["être « à la recherche » de deux suspects"]


PLURAL_AFTER_QUOTE = {
    "fr": "Les syndicats ont quitté la réunion. « Nous reviendrons lundi avec nos propositions », ont-ils prévenu.",
    "en": "The unions left the meeting. “We will be back on Monday with our proposals,” they warned.",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_plural_pronoun_after_a_quotation_speaks_for_the_plural_subject_before_it(parse: Parse, lang: str) -> None:
    quotes = quotes_of(parse, lang, PLURAL_AFTER_QUOTE[lang])
    assert [(q.direct, (q.speaker or "").lower().removeprefix("the ")) for q in quotes] == [(True, "unions")]


def test_agent_of_a_passive_speech_verb_speaks_not_its_subject(parse: Parse) -> None:
    quotes = quotes_of(parse, "fr", "Le directeur Marc Lefort a été accusé par les salariés d'avoir « menti » "
                                    "sur les risques.")
    assert [(q.text, q.speaker) for q in quotes] == [("menti", "employees")]  # (described in English)


@pytest.mark.parametrize(("lang", "words", "heads", "deps", "pos", "agent"), [
    ("fr", ["Marc", "a", "été", "accusé", "par", "les", "salariés"], [3, 3, 3, 3, 6, 6, 3],
     ["nsubj:pass", "aux:tense", "aux:pass", "ROOT", "case", "det", "obl:agent"],
     ["PROPN", "AUX", "AUX", "VERB", "ADP", "DET", "NOUN"], "salariés"),
    ("en", ["Marc", "was", "accused", "by", "the", "workers"], [2, 2, 2, 2, 5, 3],
     ["nsubjpass", "auxpass", "ROOT", "agent", "det", "pobj"],
     ["PROPN", "AUX", "VERB", "ADP", "DET", "NOUN"], "workers"),
])
def test_passive_agent_is_read_in_both_annotation_styles(bare_fr, bare_en, lang: str, words: list[str],  # type: ignore[no-untyped-def]
                                                          heads: list[int], deps: list[str], pos: list[str],
                                                          agent: str) -> None:
    vocab = (bare_fr if lang == "fr" else bare_en).vocab
    doc = Doc(vocab, words=words, heads=heads, deps=deps, pos=pos)
    verb = next(t for t in doc if t.dep_ == "ROOT")
    found = passive_agent(QuoteGrammar.load(lang), verb, doc[0:len(doc)])
    assert found is not None and found.text == agent
