"""Entity types and bounds repaired by the words around a name, and places named alike across languages:
one sentence in, one assertion out, in French and English (sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import spacy
from spacy.tokens import Doc
from spacy.vocab import Vocab

from wirewatch.kb.actor_kb import Actor
from wirewatch.nlp.entities.canonical_names import canonical_name
from wirewatch.nlp.entities.clusters import Cluster
from wirewatch.nlp.entities.component import entity_at
from wirewatch.nlp.entities.lexicon import EntityLexicon
from wirewatch.nlp.entities.repairs import drop_nouns_before_acronyms, split_at_separators
from wirewatch.nlp.entities.spans import Candidate
from wirewatch.records import Entity

Parse = Callable[..., Doc]


def entity_written(doc: Doc, surface: str) -> Entity | None:
    """The entity of the first place the text writes ``surface``."""
    start = doc.text.index(surface)
    return entity_at(doc, start, start + len(surface))


def types_at(doc: Doc, surface: str) -> str | None:
    entity = entity_written(doc, surface)
    return entity.type if entity is not None else None


@pytest.mark.parametrize(("lang", "text", "surface"), [
    ("en", "The tanker Nordhavn Spirit ran aground off the coast on Monday.", "Nordhavn Spirit"),
    ("fr", "Le pétrolier Nordhavn Spirit s'est échoué lundi au large des côtes.", "Nordhavn Spirit"),
    ("en", "Storm Orlaith brought heavy rain to the west of the country.", "Orlaith"),
    ("fr", "La tempête Orlaith a apporté de fortes pluies dans l'ouest du pays.", "Orlaith"),
    ("en", "Astronomers pointed the telescope Kestrel Deep at the cluster.", "Kestrel Deep"),
])
def test_a_named_thing_is_no_person(parse: Parse, lang: str, text: str, surface: str) -> None:
    assert types_at(parse(lang, text), surface) != "PER"


@pytest.mark.parametrize(("lang", "text", "surface", "type_"), [
    ("en", "Polls favour the populist party Avanti Patria before the vote.", "Avanti Patria", "ORG"),
    ("fr", "Les sondages donnent l'avantage au parti Avanti Patria avant le vote.", "Avanti Patria", "ORG"),
    ("fr", "Le parti de Marine Durand a perdu deux sièges.", "Marine Durand", "PER"),
])
def test_a_head_noun_right_before_a_name_gives_its_type(parse: Parse, lang: str, text: str, surface: str,
                                                       type_: str) -> None:
    assert types_at(parse(lang, text), surface) == type_


@pytest.mark.parametrize(("lang", "text", "demonym"), [
    ("en", "Turkish officials met their Russian counterparts in the capital on Friday.", "Turkish"),
    ("en", "Turkish officials met their Russian counterparts in the capital on Friday.", "Russian"),
    ("fr", "Les Russes et les Turcs ont repris leurs discussions vendredi.", "Russes"),
])
def test_a_nationality_adjective_is_no_entity(parse: Parse, lang: str, text: str, demonym: str) -> None:
    doc = parse(lang, text)
    assert all(m.text != demonym for e in doc._.ww_entities for m in e.mentions)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "OSLO\nHenrik Saltvedt said on Monday that the talks would resume."),
    ("fr", "OSLO\nHenrik Saltvedt a déclaré lundi que les discussions reprendraient."),
])
def test_a_dateline_is_not_part_of_a_name(parse: Parse, lang: str, text: str) -> None:
    doc = parse(lang, text)
    names = [e.name for e in doc._.ww_entities if e.type == "PER"]
    assert names == ["Henrik Saltvedt"]


@pytest.mark.parametrize(("lang", "text", "surface", "name"), [
    ("fr", "Des navires ont été signalés en mer Noire mardi.", "mer Noire", "Black Sea"),
    ("en", "Ships were reported in the Black Sea on Tuesday.", "Black Sea", "Black Sea"),
    ("fr", "Les combats se poursuivent au Darfour-Sud depuis dimanche.", "Darfour-Sud", "South Darfur"),
    ("en", "Fighting has continued in South Darfur since Sunday.", "South Darfur", "South Darfur"),
])
def test_a_place_has_one_english_name_in_every_language(parse: Parse, lang: str, text: str, surface: str,
                                                        name: str) -> None:
    entity = entity_written(parse(lang, text), surface)
    assert entity is not None and entity.name == name


@pytest.mark.parametrize(("actor_id", "name"), [
    ("ww:phx-henrik-b-saltvedt", "Henrik Berg Saltvedt"),  # a listed actor: as the article writes it in full
    ("ww:henrik-saltvedt", "Henrik B. Saltvedt"),  # a reference actor: the KB's name
])
def test_listed_actors_are_named_as_the_article_writes_them(actor_id: str, name: str) -> None:
    doc = Doc(Vocab(), words=["Henrik", "Berg", "Saltvedt", "met", "Saltvedt", "."])
    actor = Actor(id=actor_id, name="Henrik B. Saltvedt", type="PER",
                  aliases={"en": ["Henrik Berg Saltvedt", "Saltvedt"]})
    cluster = Cluster("PER", actor, [Candidate(0, 3, "PER", "kb", actor), Candidate(4, 5, "PER", "kb", actor)])
    assert canonical_name(doc, cluster, EntityLexicon.load("en")) == name


@pytest.mark.parametrize(("lang", "text", "portfolio"), [
    ("en", "Energy Minister Tomas Ravel resigned on Monday.", "Energy"),
    ("fr", "Le ministre de la Justice, Tomas Ravel, a démissionné lundi.", "Justice"),
])
def test_a_portfolio_before_or_after_a_title_is_no_entity(parse: Parse, lang: str, text: str,
                                                          portfolio: str) -> None:
    doc = parse(lang, text)
    assert all(m.text != portfolio for e in doc._.ww_entities for m in e.mentions)


def test_a_common_noun_before_an_acronym_is_not_part_of_the_name() -> None:
    doc = Doc(spacy.blank("fr").vocab, words=["la", "milice", "FLN", "a", "attaqué"])
    cand = Candidate(1, 3, "ORG", "ner")
    drop_nouns_before_acronyms(doc, [cand])
    assert cand.span(doc).text == "FLN"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "President Omar Talib Bandar was placed under arrest. Omar Talib had ruled for ten years."),
    ("fr", "Le président Omar Talib Bandar a été placé en résidence surveillée. Omar Talib dirigeait le pays."),
])
def test_a_name_that_starts_one_longer_name_is_that_person(parse: Parse, lang: str, text: str) -> None:
    doc = parse(lang, text)
    full, short = text.index("Omar Talib Bandar"), text.rindex("Omar Talib")
    assert entity_at(doc, full, full + 17) is entity_at(doc, short, short + 10)


@pytest.mark.parametrize("words", [
    ["Norvège", "•", "EN", "DIRECT", "Oslo"],
    ["Norway", "|", "LIVE", "updates"],
])
def test_a_name_does_not_run_across_a_separator(words: list[str]) -> None:
    doc = Doc(spacy.blank("fr").vocab, words=words)
    cand = Candidate(0, len(words) - (1 if words[-1] == "Oslo" else 0), "ORG", "ner")
    split_at_separators(doc, [cand])
    assert cand.span(doc).text == words[0]
