"""A first-person subject inside reported words is the speaker an incise names after them, when the quotes
layer left that speaker as a description: « Nous allons frapper …, a déclaré le chef du M23 » (the incise hangs
on the quoted clause, its subject read as subject or, after its verb, as object), and in English the speech
verb whose complement the quote is. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_events import Parse, events_of


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "« Nous allons frapper les bases ennemies », a déclaré le chef du M23."),
    ("fr", "« Nous allons frapper les bases ennemies », a déclaré le chef du M23"),
    ("fr", "Nous allons frapper les bases ennemies, a affirmé le chef du M23"),
    ("en", "“We will strike the enemy bases,” the M23 leader said."),
    ("en", "We will strike the enemy bases, the leader of M23 said"),
])
def test_we_in_a_threat_is_the_group_its_speaker_leads(parse: Parse, lang: str, text: str) -> None:
    found = [e for e in events_of(parse, lang, text) if e.type == "THREATEN"]
    assert [e.source.name if e.source else None for e in found] == ["M23"]


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "« Nous allons bombarder le port », a-t-il ajouté."),
    ("fr", "« Nous allons bombarder le port », a-t-il ajouté"),
    ("en", "“We will shell the port,” he said."),
    ("en", "“We will shell the port,” he said"),
])
def test_an_incise_with_a_pronoun_names_no_one_more(parse: Parse, lang: str, text: str) -> None:
    found = [e for e in events_of(parse, lang, text) if e.type == "THREATEN"]
    assert found and all(e.source is None for e in found)
