"""The channel of an attribution stays out of what was said, and is the quote's channel: "X said on Telegram it
had …", "X a estimé sur Radio Nova que …", "selon X, citée par l'AFP, …".

Every sentence here is written for these tests. One behaviour per test, in French and English.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from wirewatch.nlp.quotes.channel_openings import before_content, past_channel_openings
from wirewatch.nlp.quotes.cues import Cue
from wirewatch.nlp.quotes.lexicon import QuoteLexicon
from wirewatch.nlp.quotes.mentions import EntityIndex, EntityMention

Parse = Callable[..., Doc]

PLATFORM_BEFORE_CLAUSE = {
    "en": [("The port authority said on Telegram it had closed two terminals.", "it had closed two terminals",
            "Telegram"),
           ("Governor Ivo Marsh wrote on Facebook his office had received the letters.",
            "his office had received the letters", "Facebook")],
    "fr": [("Le maire Paul Girard a déclaré sur Telegram que la centrale avait été touchée.",
            "la centrale avait été touchée", "Telegram"),
           ("Le général Henri Mas a écrit sur Facebook que ses troupes s'étaient retirées.",
            "ses troupes s'étaient retirées", "Facebook")],
}


@pytest.mark.parametrize("lang,case", [(lang, c) for lang, cs in PLATFORM_BEFORE_CLAUSE.items() for c in cs])
def test_a_platform_after_the_verb_is_the_channel_not_the_content(parse: Parse, lang: str,
                                                                  case: tuple[str, str, str]) -> None:
    text, said, channel = case
    quotes = list(parse(lang, text)._.ww_quotes)
    assert [(q.text, q.channel) for q in quotes] == [(said, channel)]


@pytest.mark.parametrize("lang,text,outlet", [
    ("fr", "Le ministre Jean Dufresne a estimé sur France Inter que la réforme serait adoptée.", "France Inter"),
    ("en", "Senator Ruth Keller argued on Fox News the reform would pass.", "Fox News"),
])
def test_content_never_opens_inside_an_outlet_name(parse: Parse, lang: str, text: str, outlet: str) -> None:
    quotes = list(parse(lang, text)._.ww_quotes)
    assert quotes and all(outlet not in q.text and not outlet.endswith(q.text.split()[0]) for q in quotes)


@pytest.mark.parametrize("lang,text,outlet", [
    ("fr", "Selon la diplomate Irène Faure, citée par Reuters, le cessez-le-feu tient toujours.", "Reuters"),
    ("fr", "Selon le ministre Marc Lefort, cité par l'AFP, les négociations ont échoué.", "Agence France-Presse"),
    ("en", "The spokesman, quoted by Reuters, said the convoy had been stopped.", "Reuters"),
    ("en", "According to the minister Raul Ortiz, quoted by Reuters, the ceasefire is holding.", "Reuters"),
    ("fr", "Selon la ministre des Armées, Irène Faure, citée par Reuters, le cessez-le-feu tient toujours.", "Reuters"),
])
def test_the_outlet_quoting_a_source_is_the_channel(parse: Parse, lang: str, text: str, outlet: str) -> None:
    quotes = list(parse(lang, text)._.ww_quotes)
    assert [q.channel for q in quotes] == [outlet]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Selon le ministre, les troupes se sont retirées sur Telegram hier."),
    ("en", "According to the minister Raul Ortiz, the ceasefire is holding on Telegram channels."),
])
def test_a_platform_inside_what_was_said_is_no_channel(parse: Parse, lang: str, text: str) -> None:
    quotes = list(parse(lang, text)._.ww_quotes)
    assert quotes and all(q.channel is None and "Telegram" in q.text for q in quotes)


def _hand_built(lang: str) -> tuple[Doc, Cue]:
    """"X said on Telegram it had closed the port", the channel phrase hung on the reported clause."""
    words, heads, deps, pos = {
        "en": (["Officials", "said", "on", "Telegram", "it", "had", "closed", "the", "port"],
               [1, 1, 6, 2, 6, 6, 1, 8, 6],
               ["nsubj", "ROOT", "prep", "pobj", "nsubj", "aux", "ccomp", "det", "dobj"],
               ["NOUN", "VERB", "ADP", "PROPN", "PRON", "AUX", "VERB", "DET", "NOUN"]),
        "fr": (["Ils", "ont", "dit", "sur", "Telegram", "avoir", "fermé", "le", "port"],
               [2, 2, 2, 4, 6, 6, 2, 8, 6],
               ["nsubj", "aux:tense", "ROOT", "case", "obl:mod", "aux:tense", "xcomp", "det", "obj"],
               ["PRON", "AUX", "VERB", "ADP", "PROPN", "AUX", "VERB", "DET", "NOUN"]),
    }[lang]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos)
    verb = next(t for t in doc if t.dep_ == "ROOT")
    cue = Cue(verb, "verb", doc[:], content=(doc[verb.i + 1].idx, len(doc.text)))
    return doc, cue


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_channel_phrase_opening_the_content_is_skipped_on_any_parse(lang: str) -> None:
    doc, cue = _hand_built(lang)
    past_channel_openings(QuoteLexicon.load(lang), doc, [cue], EntityIndex([]), None)
    assert cue.content is not None and doc.text[cue.content[0]:cue.content[1]].split()[0] in ("it", "avoir")
    assert before_content(cue, doc.text.index("Telegram"))


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_content_opening_inside_a_name_starts_after_it(lang: str) -> None:
    doc, cue = _hand_built(lang)
    name = doc.text.index("Telegram")
    cue.content = (name + len("Tele"), len(doc.text))  # a parse that split the name
    entities = EntityIndex([EntityMention("Telegram", None, "ORG", name, name + len("Telegram"))])
    past_channel_openings(QuoteLexicon.load(lang), doc, [cue], entities, None)
    assert cue.content is not None and cue.content[0] > name + len("Telegram")


@pytest.mark.parametrize("lang,text,outlet", [
    ("en", "Prime Minister Anna Berg said in an interview with CNN that talks would resume.", "CNN"),
    ("fr", "La ministre Sophie Blanc a indiqué dans un entretien au Monde que le texte serait retiré.", "Le Monde"),
])
def test_an_outlet_inside_the_setting_of_speech_is_the_channel(parse: Parse, lang: str, text: str,
                                                               outlet: str) -> None:
    assert [q.channel for q in parse(lang, text)._.ww_quotes] == [outlet]


@pytest.mark.parametrize("lang,text,said", [
    ("en", "The coast guard said on Monday it had rescued forty people.", "it had rescued forty people"),
    ("en", "Officials said on Telegram on Sunday evening the dam had held.", "the dam had held"),
])
def test_the_time_of_speech_after_the_verb_is_not_what_was_said(parse: Parse, lang: str, text: str,
                                                                said: str) -> None:
    assert [q.text for q in parse(lang, text)._.ww_quotes] == [said]
