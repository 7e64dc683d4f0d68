"""Offices of a place or body as speakers ("the mayor of Tolenburg said", "a déclaré le chef du Kremlin"): the
office speaks, never the place or body named after the link word; a voice of the body ("a spokesman for the
army") may speak for it. And described speakers worded in English order: "a"/"an" by sound ("a European
diplomat"), a nationality before the adjective that classifies the noun ("an Israeli military official").

Every sentence here is written for these tests. One behaviour per test, in French and English where it applies.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.lang.en import English
from spacy.tokens import Doc

from wirewatch.nlp.quotes.english import EnglishDescriptions, indefinite_article
from wirewatch.nlp.quotes.lexicon import QuoteGrammar
from wirewatch.nlp.quotes.office_of import office_of_named, owns_office, voice_roles

Parse = Callable[..., Doc]

OFFICE_OF_WORDS = {  # a title of several words ("secretary-general"), over an organisation
    "fr": ("« Les négociations ont échoué », a déclaré le secrétaire général de l'OTAN.", "NATO"),
    "en": ("\"The talks failed,\" said the secretary-general of NATO.", "NATO"),
}
OFFICE_OF_BODY = {
    "fr": ("« Rien n'est décidé », a déclaré le chef du Kremlin.", "Kremlin"),
    "en": ("\"Nothing has been decided,\" the chief of the Kremlin said.", "Kremlin"),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("case", [OFFICE_OF_BODY, OFFICE_OF_WORDS], ids=["one_word", "several_words"])
def test_office_of_a_body_is_not_that_body(parse: Parse, lang: str,
                                                              case: dict[str, tuple[str, str]]) -> None:
    text, owner = case[lang]
    quotes = parse(lang, text)._.ww_quotes
    assert quotes and quotes[0].speaker
    assert quotes[0].speaker != owner and quotes[0].speaker_entity is None


HOLDER_NAMED_BEFORE = {
    "fr": ("La maire de Valbrune, Irène Castagné, a visité le chantier. « Le pont rouvrira en mai », a déclaré la "
           "maire de Valbrune.", "Irène Castagné"),
    "en": ("Mayor Irene Castagne of Valbrune visited the site. \"The bridge will reopen in May,\" the mayor of "
           "Valbrune said.", "Irene Castagne"),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_office_of_a_place_is_its_holder_named_before(parse: Parse, lang: str) -> None:
    text, holder = HOLDER_NAMED_BEFORE[lang]
    quotes = [q for q in parse(lang, text)._.ww_quotes if q.direct]
    assert quotes and quotes[-1].speaker == holder


def _office_doc(lang: str) -> tuple[Doc, int]:
    """"le maire de Valbrune" / "the mayor of Valbrune", hand-built: (doc, index of the office noun)."""
    if lang == "fr":
        words, heads, deps = ["le", "maire", "de", "Valbrune"], [1, 1, 3, 1], ["det", "ROOT", "case", "nmod"]
    else:
        words, heads, deps = ["the", "mayor", "of", "Valbrune"], [1, 1, 1, 2], ["det", "ROOT", "prep", "pobj"]
    return Doc(English().vocab, words=words, heads=heads, deps=deps), 1


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_complement_of_an_office_owns_it(lang: str) -> None:
    doc, office = _office_doc(lang)
    g = QuoteGrammar.load(lang)
    assert owns_office(g, range(office, office + 1), doc[3])
    assert office_of_named(doc, g, {"maire": "mayor", "mayor": "mayor"}, voice_roles(), doc[office], doc[3].idx)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_voice_of_a_body_may_speak_for_it(lang: str) -> None:
    doc, office = _office_doc(lang)
    titles = {"maire": "spokesperson", "mayor": "spokesperson"}  # the same tree, read as "a spokesman for X"
    assert not office_of_named(doc, QuoteGrammar.load(lang), titles, voice_roles(), doc[office], doc[3].idx)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_an_apposed_name_owns_no_office(lang: str) -> None:
    words = ["le", "maire", ",", "Castagné"] if lang == "fr" else ["the", "mayor", ",", "Castagne"]
    doc = Doc(English().vocab, words=words, heads=[1, 1, 1, 1], deps=["det", "ROOT", "punct", "appos"])
    assert not owns_office(QuoteGrammar.load(lang), range(1, 2), doc[3])


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_complement_of_a_complement_owns_no_office(lang: str) -> None:
    """"les députés des deux bords de la Chambre": the members are no office of the Chamber."""
    if lang == "fr":
        words = ["les", "députés", "des", "bords", "de", "Chambre"]
        heads, deps = [1, 1, 3, 1, 5, 3], ["det", "ROOT", "case", "nmod", "case", "nmod"]
    else:
        words = ["MPs", "from", "sides", "of", "Chamber"]
        heads, deps = [0, 0, 1, 2, 3], ["ROOT", "prep", "pobj", "prep", "pobj"]
    doc = Doc(English().vocab, words=words, heads=heads, deps=deps)
    office = 1 if lang == "fr" else 0
    assert not owns_office(QuoteGrammar.load(lang), range(office, office + 1), doc[len(words) - 1])


@pytest.mark.parametrize(("phrase", "article"), [
    ("European diplomat", "a"), ("Ukrainian resident", "a"), ("unidentified official", "an"),
    ("official", "an"), ("expert", "an"), ("hour", "an"), ("senior official", "a"), ("union leader", "a"),
])
def test_the_indefinite_article_goes_by_sound(phrase: str, article: str) -> None:
    prefixes = EnglishDescriptions("fr", QuoteGrammar.load("fr").indefinite).article_prefixes
    assert indefinite_article(phrase, prefixes) == article


DESCRIBED = {
    "fr": ("« La frappe était ciblée », a affirmé un responsable militaire israélien.",
           "an Israeli military official"),
    "en": ("\"The strike was targeted,\" an Israeli military official said.", "an Israeli military official"),
}
EUROPEAN = {
    "fr": ("« Le cessez-le-feu tient », a déclaré un diplomate européen.", "a European diplomat"),
    "en": ("\"The ceasefire is holding,\" a European diplomat said.", "a European diplomat"),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("case", [DESCRIBED, EUROPEAN], ids=["nationality_first", "article_by_sound"])
def test_described_speakers_are_worded_in_english_order(parse: Parse, lang: str,
                                                        case: dict[str, tuple[str, str]]) -> None:
    text, speaker = case[lang]
    quotes = parse(lang, text)._.ww_quotes
    assert quotes and quotes[0].speaker == speaker
