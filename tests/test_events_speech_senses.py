"""Verbs of speech read in their sense of speech (``speech_senses``): a question asked is no request, an opinion
shared is no agreement; a request for an act and an agreement on what shall be done stay. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from tests.test_events import Parse, events_of


def types(parse: Parse, lang: str, text: str) -> list[str]:
    return [e.type for e in events_of(parse, lang, text)]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Macron asked the ministers why the budget was late."),
    ("en", "Asked how Kenya could grow faster, Ruto said schools came first."),
    ("en", "Scholz asked whether the talks would resume"),
    ("en", "The reporter asked Macron a question about pensions"),
    ("en", "Scholz asked Biden about the sanctions."),
    ("en", "“Why did you wait so long?” Macron asked."),
    ("fr", "Macron a demandé pourquoi le budget était en retard."),
    ("fr", "Le journaliste a demandé au ministre si les négociations reprendraient"),
    ("fr", "« Pourquoi avez-vous attendu si longtemps ? » a demandé Macron."),
])
def test_a_question_asked_is_no_request(parse: Parse, lang: str, text: str) -> None:
    assert "REQUEST" not in types(parse, lang, text)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Biden asked Congress to approve the aid package."),
    ("en", "The minister asked Kenya for an explanation"),
    ("fr", "Scholz a demandé à Macron de retirer le texte."),
    ("fr", "Le Kenya a demandé des explications à l'Ouganda"),
])
def test_a_request_for_an_act_or_a_thing_stays(parse: Parse, lang: str, text: str) -> None:
    assert "REQUEST" in types(parse, lang, text)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Macron agrees that the plan is not enough."),
    ("en", "Scholz agreed it was a serious problem"),
    ("en", "Both leaders agree that the railway is a good alternative to the plane."),
    ("fr", "Le ministre a convenu que la situation était grave"),
    ("fr", "Le président kényan convient que la réforme est trop lente."),
])
def test_an_opinion_shared_is_no_agreement(parse: Parse, lang: str, text: str) -> None:
    assert "AGREE" not in types(parse, lang, text)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Kenya and Uganda agreed to reopen the border."),
    ("en", "The two ministers agreed that the border would reopen in March"),
    ("fr", "Les ministres ont convenu que les troupes se retireraient avant mars"),
])
def test_an_agreement_on_what_shall_be_done_stays(parse: Parse, lang: str, text: str) -> None:
    assert "AGREE" in types(parse, lang, text)

