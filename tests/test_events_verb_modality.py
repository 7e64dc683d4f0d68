"""A governing verb's lexical modality, also for a French present the lemmatiser left as it is
(``modality.verb_modality``)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from wirewatch.nlp.events.lexicon import load_event_lexicon
from wirewatch.nlp.events.modality import verb_modality


@pytest.mark.parametrize(("form", "lemma", "pos", "expected"), [
    ("compte", "compte", "VERB", "future"),  # left unlemmatised: read through its infinitive "compter"
    ("prévoit", "prévoir", "VERB", "future"),
    ("compte", "compte", "NOUN", None),  # a noun ("le compte") governs nothing's modality
    ("mange", "mange", "VERB", None),
])
def test_a_french_present_left_unlemmatised_keeps_its_modality(form: str, lemma: str, pos: str,
                                                               expected: str | None) -> None:
    doc = Doc(spacy.blank("fr").vocab, words=[form], pos=[pos], lemmas=[lemma])
    assert verb_modality(doc[0], load_event_lexicon("fr")) == expected
