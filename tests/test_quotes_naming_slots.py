"""Quoted terms: a quoted noun phrase in the naming slot of a clause (a label, a usage, a title) is not speech, while
a speaker's own naming and a quoted clause with a speech verb stay quotes (naming_slots.py).

Every sentence here is written for these tests, with and without a final full stop. One behaviour per test, in
French and English where it applies.
"""

from __future__ import annotations

import pytest

from tests.test_quotes import Parse, quotes_of

TERMS = {
    "en": [
        ("The law labels them \"foreign agents\" and bans their work.", "foreign agents"),
        ("The new law labels the groups \"foreign agents\"", "foreign agents"),
        ("They are labelled \"foreign agents\" under the new rule.", "foreign agents"),
        ("Charities must register as \"public lobbies\" under the bill", "public lobbies"),
        ("Many unions must register as \"public lobbies\", Biden said", "public lobbies"),
        ("Shoppers can get a so-called \"early bird\" discount, the company said.", "early bird"),
        ("The company said shoppers could get a so-called \"early bird\" discount", "early bird"),
        ("The ministry said the groups, known as \"the Lions\", had been banned", "the Lions"),
        ("Seats are cheaper than the \"student\" rate of $45, the theatre said.", "student"),
        ("The ministry promised to remove the \"kafala\" system, it said", "kafala"),
    ],
    "fr": [
        ("La loi les qualifie d'« agents de l'étranger » et interdit leur travail.", "agents de l'étranger"),
        ("La nouvelle loi les qualifie d'« agents de l'étranger »", "agents de l'étranger"),
        ("Les clients ont droit à une remise dite « lève-tôt », a indiqué l'enseigne.", "lève-tôt"),
        ("Le ministère a indiqué que les manifestants dits « gilets jaunes » avaient été dispersés",
         "gilets jaunes"),
        ("Selon le ministère, la loi les qualifie d'« agents de l'étranger ».", "agents de l'étranger"),
        ("Les associations doivent s'enregistrer comme « agents de l'étranger », a dit Macron.",
         "agents de l'étranger"),
        ("Une soi-disant « réforme » a été votée hier soir, a dit Macron", "réforme"),
    ],
}

SPEECH = {
    "en": [
        ("The Kremlin described the talks as \"useful and constructive\".", "useful and constructive"),
        ("\"A disaster,\" Biden said.", "A disaster"),
        ("Biden said the plan was \"a disaster\"", "a disaster"),
        ("He was described as \"a traitor\" by Biden.", "a traitor"),
        ("Putin and Biden held \"constructive\" talks, the Kremlin said", "constructive"),
    ],
    "fr": [
        ("Emmanuel Macron a qualifié de « franche et cordiale » la discussion.", "franche et cordiale"),
        ("Macron a dit que le projet était « un désastre »", "un désastre"),
        ("Emmanuel Macron s'est dit « choqué » par l'incendie.", "choqué"),
        ("Le président a été qualifié de « traître » par Macron", "traître"),
        ("Médecins sans frontières a fait état d'une hausse « inquiétante » des blessés.", "inquiétante"),
    ],
}


@pytest.mark.parametrize(("lang", "text", "term"), [(lang, t, w) for lang, rows in TERMS.items() for t, w in rows])
def test_quoted_term_in_a_naming_slot_is_no_direct_quote(parse: Parse, lang: str, text: str, term: str) -> None:
    assert term not in [q.text for q in quotes_of(parse, lang, text) if q.direct]


@pytest.mark.parametrize(("lang", "text", "said"), [(lang, t, w) for lang, rows in SPEECH.items() for t, w in rows])
def test_speakers_own_naming_and_quoted_words_stay_direct_quotes(parse: Parse, lang: str, text: str, said: str
                                                                 ) -> None:
    assert said in [q.text for q in quotes_of(parse, lang, text) if q.direct]
