"""The speaker of a statement an event is read from: the quotation the parser took for the subject of the speech
verb is what was said, and the inverted noun after the verb is who said it. Sentences written for these tests, on
hand-built parses (as the French model parses such an incise) and through the full pipeline."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from tests.test_events import Parse, events_of
from wirewatch.nlp.events.syntax import speaker_of

# « Cette frappe est un crime », a dit le ministre : the parse makes the quotation's head "crime" the subject
WORDS = ["«", "Cette", "frappe", "est", "un", "crime", "»", ",", "a", "dit", "le", "ministre", "."]
HEADS = [5, 2, 5, 5, 5, 9, 5, 9, 9, 9, 11, 9, 9]
DEPS = ["punct", "det", "nsubj", "cop", "det", "nsubj", "punct", "punct", "aux:tense", "ROOT", "det", "obj",
        "punct"]
POS = ["PUNCT", "DET", "NOUN", "AUX", "DET", "NOUN", "PUNCT", "PUNCT", "AUX", "VERB", "DET", "NOUN", "PUNCT"]


def incise(quoted: bool) -> Doc:
    words = WORDS if quoted else [w for w in WORDS if w not in ("«", "»")]
    keep = [i for i, w in enumerate(WORDS) if quoted or w not in ("«", "»")]
    index = {old: new for new, old in enumerate(keep)}
    return Doc(Vocab(), words=words, heads=[index[HEADS[i]] for i in keep], deps=[DEPS[i] for i in keep],
               pos=[POS[i] for i in keep])


def test_the_quotation_taken_for_the_subject_is_not_the_speaker() -> None:
    doc = incise(quoted=True)
    speaker = speaker_of(doc[9])
    assert speaker is not None and speaker.text == "ministre"


def test_an_unquoted_subject_stays_the_speaker() -> None:
    doc = incise(quoted=False)
    speaker = speaker_of(doc[7])  # "crime", the subject as parsed, with no quotation marks around it
    assert doc[7].text == "dit" and speaker is not None and speaker.text == "crime"


@pytest.mark.parametrize(("lang", "text", "speaker"), [
    ("fr", "« Cette attaque contre des civils est un crime », a dénoncé Paul Renard, ministre français des "
           "Affaires étrangères.", "Paul Renard"),
    ("en", "“This attack on civilians is a crime,” the French foreign minister Paul Renard said.", "Paul Renard"),
])
def test_an_accusation_in_a_quotation_is_made_by_its_speaker(parse: Parse, lang: str, text: str,
                                                              speaker: str) -> None:
    accusations = [e for e in events_of(parse, lang, text) if e.type == "ACCUSE"]
    assert accusations and accusations[0].source is not None and accusations[0].source.name == speaker
