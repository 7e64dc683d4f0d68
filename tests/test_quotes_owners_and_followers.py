"""Speakers an attribution does not name: a possessive ("son porte-parole", "his office"), the impersonal "on"
("a-t-on précisé à X"), a participle adjunct whose noun is spoken of ("X, décrit comme « … »"), and attributions
after the quotation (a quotation continued over paragraphs, the sentence after it).

Every sentence here is written for these tests. One behaviour per test, in French and English where it applies.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from wirewatch.nlp.quotes.conjunct_subject import conjunct_subject
from wirewatch.nlp.quotes.inner_incises import split_at_incises
from wirewatch.nlp.quotes.lexicon import QuoteGrammar
from wirewatch.nlp.quotes.marks import QuotedSpan
from wirewatch.nlp.quotes.passive import adjunct_participle, surface_agent
from wirewatch.nlp.quotes.possessives import Possessives, impersonal_place
from wirewatch.records import Quote

Parse = Callable[..., Doc]


def direct_quotes(doc: Doc) -> list[Quote]:
    return [q for q in doc._.ww_quotes if q.direct]


def entity_named(doc: Doc, surface: str) -> tuple[str, str]:
    """(id, name) of the entity with a mention ``surface``."""
    entity = next(e for e in doc._.ww_entities if any(m.text == surface for m in e.mentions))
    return entity.id, entity.name


OFFICE = {
    "fr": ("Le Kremlin a répondu mardi à Paul Renard. Son porte-parole a affirmé que « la décision est "
           "inacceptable ».", "Kremlin", "spokesperson"),
    "en": ("The Kremlin responded to Paul Renard on Tuesday. Its spokesman said that \"the decision is "
           "unacceptable\".", "Kremlin", "spokesperson"),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_possessive_office_is_that_office_of_the_subject_before(parse: Parse, lang: str) -> None:
    """The owner is the subject of the sentence before, not the nearest name (the object)."""
    text, owner, role = OFFICE[lang]
    doc = parse(lang, text)
    _, name = entity_named(doc, owner)
    assert [q.speaker for q in direct_quotes(doc)] == [f"{name} {role}"]


BODY = {
    "fr": ("La ministre Claire Dumont a visité l'usine. Ses services ont assuré que « les aides arriveront en mai ».",
           "Claire Dumont"),
    "en": ("Minister Claire Dumont visited the plant. Her office said that \"the aid will arrive in May\".",
           "Claire Dumont"),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_possessive_body_speaks_for_its_owner(parse: Parse, lang: str) -> None:
    text, owner = BODY[lang]
    doc = parse(lang, text)
    entity_id, name = entity_named(doc, owner)
    assert [(q.speaker, q.speaker_entity) for q in direct_quotes(doc)] == [(name, entity_id)]


def test_a_possessive_determiner_is_read_with_the_owner_number(bare_fr: Language) -> None:
    doc = Doc(bare_fr.vocab, words=["leurs", "avocats", "son", "cabinet"], pos=["DET", "NOUN", "DET", "NOUN"],
              heads=[1, 1, 3, 3], deps=["det", "ROOT", "det", "ROOT"])
    possessives = Possessives.load("fr")
    owners = [possessives.of(doc[1]), possessives.of(doc[3])]
    assert [p.number if p else None for p in owners] == ["pl", "sg"]
    assert [possessives.speaks_for_owner(doc[1]), possessives.speaks_for_owner(doc[3])] == [False, True]


def test_impersonal_on_speaks_for_the_body_it_names(parse: Parse) -> None:
    doc = parse("fr", "Le ministre Jean Morel a visité l'usine lundi. « Les aides arriveront en mai », a-t-on "
                      "précisé au ministère de l'Agriculture.")
    entity_id, name = entity_named(doc, "ministère de l'Agriculture")
    assert [(q.speaker, q.speaker_entity) for q in direct_quotes(doc)] == [(name, entity_id)]


def test_impersonal_on_said_to_an_outlet_is_not_the_outlet(parse: Parse) -> None:
    doc = parse("fr", "Le président Paul Renard a rencontré les syndicats. « Le dialogue reste ouvert », a-t-on "
                      "indiqué à l'AFP.")
    entity_id, name = entity_named(doc, "Paul Renard")
    assert [(q.speaker, q.speaker_entity) for q in direct_quotes(doc)] == [(name, entity_id)]


@pytest.mark.parametrize(("words", "pos", "place"), [
    (["a", "-t", "-on", "indiqué", "à", "l'", "Élysée", "."], ["AUX", "PRON", "PRON", "VERB", "ADP", "DET", "PROPN",
                                                               "PUNCT"], "Élysée"),
    (["a", "-t", "-on", "indiqué", "à", "l'", "AFP", "."], ["AUX", "PRON", "PRON", "VERB", "ADP", "DET", "PROPN",
                                                            "PUNCT"], None),
    (["a", "-t", "-on", "indiqué", "mardi", "."], ["AUX", "PRON", "PRON", "VERB", "NOUN", "PUNCT"], None),
])
def test_impersonal_place_on_the_surface(bare_fr: Language, words: list[str], pos: list[str],
                                         place: str | None) -> None:
    doc = Doc(bare_fr.vocab, words=words, pos=pos, heads=[3] * len(words), deps=["dep"] * len(words))
    found = impersonal_place(doc[2], doc[:], lambda name: name == "AFP")
    assert (found.text if found is not None else None) == place


DESCRIBED = {
    "fr": "Jean Morel, décrit comme « un homme dangereux », a répondu mardi.",
    "en": "Jean Morel, described as \"a dangerous man\", replied on Tuesday.",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_noun_a_participle_describes_does_not_speak(parse: Parse, lang: str) -> None:
    """The words may be kept as a quote with no speaker, or read as a term (``naming_slots``); never Morel's."""
    assert all(q.speaker is None for q in direct_quotes(parse(lang, DESCRIBED[lang])))


DESCRIBED_BY = {
    "fr": "Qualifié de « menteur » par Paul Renard, Jean Morel a répondu mardi.",
    "en": "Described as \"a liar\" by Paul Renard, Jean Morel replied on Tuesday.",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_agent_of_a_participle_adjunct_speaks(parse: Parse, lang: str) -> None:
    doc = parse(lang, DESCRIBED_BY[lang])
    _, name = entity_named(doc, "Paul Renard")
    assert [q.speaker for q in direct_quotes(doc)] == [name]


def test_an_adjunct_participle_and_its_agent_on_a_built_doc(bare_fr: Language) -> None:
    """"Qualifié de « menteur » par X, Y a répondu" with "par X" hung on the quoted noun."""
    words = ["Qualifié", "de", "«", "menteur", "»", "par", "Paul", ",", "Jean", "a", "répondu", "."]
    heads = [10, 3, 3, 0, 3, 6, 3, 0, 10, 10, 10, 10]
    deps = ["advcl", "case", "punct", "obl:arg", "punct", "case", "nmod", "punct", "nsubj", "aux:tense", "ROOT",
            "punct"]
    pos = ["VERB", "ADP", "PUNCT", "NOUN", "PUNCT", "ADP", "PROPN", "PUNCT", "PROPN", "AUX", "VERB", "PUNCT"]
    doc = Doc(bare_fr.vocab, words=words, pos=pos, heads=heads, deps=deps)
    doc[0].set_morph("Tense=Past|VerbForm=Part")
    doc[10].set_morph("Tense=Past|VerbForm=Part")
    grammar = QuoteGrammar.load("fr")
    agent = surface_agent(grammar, doc[0], doc[:])
    assert adjunct_participle(grammar, doc[0], doc[:]) and not adjunct_participle(grammar, doc[10], doc[:])
    assert agent is not None and agent.text == "Paul"


ASKED = {
    "fr": "Interrogé par l'AFP, le ministre Jean Morel a été clair : « Le texte sera voté avant l'été. »",
    "en": "Asked by Reuters about the bill, minister Jean Morel was clear: \"The bill will pass before summer.\"",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_outlet_that_asked_is_not_the_speaker(parse: Parse, lang: str) -> None:
    doc = parse(lang, ASKED[lang])
    outlets = {e.name for e in doc._.ww_entities if e.type == "ORG"}
    assert outlets and not {q.speaker for q in doc._.ww_quotes} & outlets


CONTINUED = {
    "fr": "La syndicaliste Marie Lenoir a pris la parole devant l'usine.\n\n« Nous irons jusqu'au bout. Les salariés "
          "sont déterminés.\n\n« La direction doit revenir à la table », a-t-elle ajouté.",
    "en": "Union leader Marie Lenoir spoke to the workers.\n\n\"We will go all the way. The workers are "
          "determined.\n\n\"Management must come back to the table,\" she added.",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_quotation_continued_over_paragraphs_has_the_speaker_of_its_end(parse: Parse, lang: str) -> None:
    doc = parse(lang, CONTINUED[lang])
    _, name = entity_named(doc, "Marie Lenoir")
    assert [q.speaker for q in direct_quotes(doc)] == [name, name]


NEXT_SENTENCE = {
    "fr": "« Nous ne partirons pas d'ici sans accord. » La syndicaliste Marie Lenoir est catégorique.",
    "en": "\"We will not leave here without a deal.\" Union leader Marie Lenoir was adamant.",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_named_subject_of_the_sentence_after_speaks(parse: Parse, lang: str) -> None:
    doc = parse(lang, NEXT_SENTENCE[lang])
    _, name = entity_named(doc, "Marie Lenoir")
    assert [q.speaker for q in direct_quotes(doc)] == [name]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_sentence_after_that_names_a_thing_gives_no_speaker(parse: Parse, lang: str) -> None:
    text = {"fr": "« Nous ne partirons pas d'ici sans accord. » La réunion a duré deux heures.",
            "en": "\"We will not leave here without a deal.\" The meeting lasted two hours."}[lang]
    assert [q.speaker for q in direct_quotes(parse(lang, text))] == [None]


PASSIVE = {
    "fr": "Le ministre Jean Morel est accusé d'avoir touché des « avantages indus ».",
    "en": "Minister Jean Morel is accused of taking \"undue benefits\".",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_subject_of_a_passive_speech_verb_is_spoken_of(parse: Parse, lang: str) -> None:
    assert [q.speaker for q in direct_quotes(parse(lang, PASSIVE[lang]))] == [None]


def test_a_second_coordinated_clause_has_its_own_subject(parse: Parse) -> None:
    doc = parse("fr", "Les policiers ont indiqué être « à la recherche » des suspects et les autorités ont averti "
                      "que « le nombre de victimes peut augmenter ».")
    speakers = {q.text: q.speaker for q in direct_quotes(doc)}
    assert speakers["le nombre de victimes peut augmenter"] != speakers["à la recherche"]


def test_conjunct_subject_on_a_built_doc(bare_fr: Language) -> None:
    """"… des suspects et les autorités ont averti que …" with "autorités" hung on "suspects"."""
    words = ["Ils", "cherchent", "des", "suspects", "et", "les", "autorités", "ont", "averti", "que", "rien", "."]
    heads = [1, 1, 3, 1, 6, 6, 3, 8, 1, 10, 8, 1]
    deps = ["nsubj", "ROOT", "det", "obj", "cc", "det", "conj", "aux:tense", "advcl", "mark", "ccomp", "punct"]
    pos = ["PRON", "VERB", "DET", "NOUN", "CCONJ", "DET", "NOUN", "AUX", "VERB", "SCONJ", "PRON", "PUNCT"]
    doc = Doc(bare_fr.vocab, words=words, pos=pos, heads=heads, deps=deps)
    doc[7].set_morph("Mood=Ind|Tense=Pres|VerbForm=Fin")
    doc[8].set_morph("Tense=Past|VerbForm=Part")
    found = conjunct_subject(QuoteGrammar.load("fr"), doc[8], doc[:])
    assert found is not None and found.text == "autorités"


COLON = {
    "fr": ("La ministre Claire Dumont a été claire : « Le texte sera voté avant l'été. »", "Claire Dumont"),
    "en": ("Mayor Paul Renard was blunt: \"We will not pay.\"", "Paul Renard"),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_subject_of_a_clause_a_colon_ends_speaks(parse: Parse, lang: str) -> None:
    text, person = COLON[lang]
    doc = parse(lang, text)
    _, name = entity_named(doc, person)
    assert [q.speaker for q in direct_quotes(doc)] == [name]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_subject_of_a_clause_with_an_object_before_a_colon_does_not_speak(parse: Parse, lang: str) -> None:
    text = {"fr": "Le maire Paul Renard a reçu un message : « Vous devez partir avant ce soir. »",
            "en": "Mayor Paul Renard received a message: \"You must leave before tonight.\""}[lang]
    assert [q.speaker for q in direct_quotes(parse(lang, text))] == [None]


TAKEN_UP = {
    "fr": ("La syndicaliste Marie Lenoir a pris la parole devant l'usine. Le directeur Paul Renard est resté "
           "silencieux. « C'est une trahison », a lancé la syndicaliste.", "Marie Lenoir"),
    "en": ("Union leader Marie Lenoir spoke outside the plant. Director Paul Renard stayed silent. \"This is a "
           "betrayal,\" the leader said.", "Marie Lenoir"),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_definite_description_takes_up_the_name_introduced_with_its_noun(parse: Parse, lang: str) -> None:
    text, person = TAKEN_UP[lang]
    doc = parse(lang, text)
    entity_id, name = entity_named(doc, person)
    assert [(q.speaker, q.speaker_entity) for q in direct_quotes(doc)] == [(name, entity_id)]


@pytest.mark.parametrize(("text", "parts"), [
    ("« Nous irons jusqu'au bout, a déclaré la syndicaliste Marie Lenoir. Les salariés sont déterminés. »",
     ["Nous irons jusqu'au bout", "Les salariés sont déterminés."]),
    ("« La situation est grave, estime la ministre Marie Lenoir, mais nous allons agir. »",
     ["La situation est grave", "mais nous allons agir."]),
])
def test_an_incise_inside_the_quotation_marks_attributes_both_parts(parse: Parse, text: str,
                                                                   parts: list[str]) -> None:
    doc = parse("fr", text)
    _, name = entity_named(doc, "Marie Lenoir")
    assert [(q.text, q.speaker) for q in direct_quotes(doc)] == [(part, name) for part in parts]


def test_a_quotation_with_commas_and_no_speech_verb_is_not_split(parse: Parse) -> None:
    doc = parse("fr", "« Oui, c'est vrai, nous avons perdu, mais nous reviendrons. »")
    assert [q.text for q in direct_quotes(doc)] == ["Oui, c'est vrai, nous avons perdu, mais nous reviendrons."]


def test_split_at_incises_on_a_built_doc(bare_fr: Language) -> None:
    words = ["«", "Tout", "va", "bien", ",", "a", "-t", "-il", "dit", ".", "Merci", "»"]
    pos = ["PUNCT", "PRON", "VERB", "ADV", "PUNCT", "AUX", "PRON", "PRON", "VERB", "PUNCT", "INTJ", "PUNCT"]
    doc = Doc(bare_fr.vocab, words=words, pos=pos, spaces=[True, True, True, False, True, False, False, True,
                                                            False, True, True, False])
    doc[5].set_morph("Mood=Ind|Tense=Pres|VerbForm=Fin")
    doc[5].lemma_ = "avoir"
    doc[8].lemma_ = "dire"
    text = doc.text
    span = QuotedSpan(2, len(text) - 2, 0, len(text))
    parts = split_at_incises(doc, text, [span], lambda t: t.lemma_ == "dire", frozenset({"avoir"}))
    assert [text[p.start:p.end] for p in parts] == ["Tout va bien", "Merci"]


@pytest.mark.parametrize(("lang", "text", "speaks"), [
    ("fr", "Le secrétaire général a dénoncé « une provocation ».", True),
    ("en", "The former secretary of state said that \"the deal is dead\".", True),
    ("en", "The decision of the minister said that \"the deal is dead\".", False),
])
def test_a_title_of_several_words_at_the_head_can_speak(parse: Parse, lang: str, text: str, speaks: bool) -> None:
    assert [q.speaker is not None for q in direct_quotes(parse(lang, text))] == [speaks]
