"""A colon that introduces a quotation closed by an incise (colon_reports.after_introducing_colon): the words
before the colon are the narrator's, what was said is the quotation alone — no reported speech around it.

Every sentence here is written for these tests (English: the French parse of such sentences hangs the speaker
elsewhere).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

Parse = Callable[..., Doc]


@pytest.mark.parametrize(("text", "said", "speaker"), [
    ("The appeal of the job is plain: “I enjoy hard work,” Joe Biden said on Sunday.",
     "I enjoy hard work", "Joe Biden"),
    ("Olaf Scholz praised the plan. Even without the details, the reason is no secret: “I love this plan,” he said "
     "during the debate.", "I love this plan", "Olaf Scholz"),
    ("Her answer was short: “We will not resign,” said Kamala Harris.", "We will not resign", "Kamala Harris"),
])
def test_the_narration_before_an_introducing_colon_is_not_reported(parse: Parse, text: str, said: str,
                                                                   speaker: str) -> None:
    assert [(q.text, q.direct, q.speaker) for q in parse("en", text)._.ww_quotes] == [(said, True, speaker)]


def test_a_sentence_without_a_colon_before_the_incise_is_still_reported(parse: Parse) -> None:
    quotes = parse("en", "The deal is dead, Joe Biden said on Sunday.")._.ww_quotes
    assert [(q.text, q.direct) for q in quotes] == [("The deal is dead", False)]
