"""A subject that says no one spoke ("No one at the bank said …", « Personne n'a dit que … ») reports nothing, and a
name inside it is no speaker; the subject of a copula with an adjective ("X was quick to say that …", "nobody is
eager to guess …") is the subject of the infinitive hung on the adjective.

Every sentence here is written for these tests. One behaviour per test.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

Parse = Callable[..., Doc]


def quotes(parse: Parse, lang: str, text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in parse(lang, text)._.ww_quotes]


@pytest.mark.parametrize("final", [".", ""])
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "No one at the Harwick Bank said the ferry contract was rigged"),
    ("en", "Nobody at the Harwick Bank claimed that the ferry contract was rigged"),
    ("en", "None of the Harwick Bank managers claimed that the ferry contract was rigged"),
    ("fr", "Personne au sein de la banque Harwick n'a dit que le contrat des ferries était truqué"),
    ("fr", "Aucun dirigeant de la banque Harwick n'a affirmé que le contrat des ferries était truqué"),
])
def test_a_subject_saying_no_one_spoke_reports_nothing(parse: Parse, lang: str, text: str, final: str) -> None:
    assert quotes(parse, lang, text + final) == []


@pytest.mark.parametrize("final", [".", ""])
@pytest.mark.parametrize(("lang", "text", "said"), [
    ("en", "A manager at the Harwick Bank said the ferry contract was rigged", "the ferry contract was rigged"),
    ("fr", "Une personne de la banque Harwick a dit que le contrat des ferries était truqué",
     "le contrat des ferries était truqué"),
])
def test_a_subject_naming_someone_still_speaks(parse: Parse, lang: str, text: str, said: str, final: str) -> None:
    # (« une personne »: the noun with its determiner is someone, not the pronoun « personne »)
    assert [q for q, _ in quotes(parse, lang, text + final)] == [said]


@pytest.mark.parametrize("final", [".", ""])
def test_nobody_before_a_copula_and_an_adjective_reports_nothing(parse: Parse, final: str) -> None:
    text = "The mood at the Harwick Bank is gloomy, and nobody is eager to guess what the next quarter will bring"
    assert quotes(parse, "en", text + final) == []


@pytest.mark.parametrize("final", [".", ""])
def test_the_subject_of_a_copula_speaks_the_infinitive_hung_on_its_adjective(parse: Parse, final: str) -> None:
    text = "“The count was fair,” Tomas Brandl said. Marta Okonkwo was quick to say that the count had been rushed"
    assert ("the count had been rushed", "Marta Okonkwo") in quotes(parse, "en", text + final)
