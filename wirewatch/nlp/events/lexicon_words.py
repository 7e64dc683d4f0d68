"""Which tokens of a sentence can be words of one of the event lexicon's lists (triggers, casualty words, cues).

Reading ``lemma_``, ``lower_`` and ``pos_`` of every token of every sentence, once per list, took about a third
of the event layer's time. The tokens whose lowercased lemma or form is in a list are instead found once per Doc
from spaCy's arrays, for all lists at once (forms by their string ids, as
:func:`wirewatch.nlp.doc_cache.tokens_with_texts` does; each distinct lemma lowercased once, its verdict kept
for the next Docs); a look-up then reads only those tokens, in order. The callers still run their full test
(part of speech, dependency …) on each: a list is only the words a test can accept."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from itertools import count
from typing import TYPE_CHECKING

import numpy as np
from numpy.typing import NDArray
from spacy.attrs import LEMMA, LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from wirewatch.nlp.events.inflections import inflected_forms

if TYPE_CHECKING:
    from wirewatch.nlp.events.lexicon import EventLexicon

_SERIAL = count()  # tells apart the per-Doc caches of two lexicons
MEMO_MAX = 100_000  # distinct lemmas whose verdicts are kept (then forgotten)


@dataclass(frozen=True)
class WordList:
    """The words a look-up can accept: by lowercased lemma, by lowercased form; ``plural``: a lemma ending in
    "s" is also tried without it."""

    lemmas: frozenset[str]
    forms: frozenset[str]
    plural: bool = False


def word_lists(lexicon: EventLexicon) -> dict[str, WordList]:
    """The lists, by name, each covering every word its look-up (in ``detect``, ``casualties``, ``component``)
    can accept."""
    def cues(role: str) -> WordList:
        words = lexicon.word_class(role)
        return WordList(words, words)

    casualty_words = frozenset(lemma for lemma, _ in lexicon.casualties)
    return {
        # lookup(): (lemma, pos), (lemma minus "s", NOUN), and a verb's form as an adjective
        "trigger": WordList(frozenset(lemma for lemma, _ in lexicon.triggers),
                            frozenset(lemma for lemma, pos in lexicon.triggers if pos == "ADJ")
                            | inflected_forms(frozenset(lemma for lemma, pos in lexicon.triggers if pos == "VERB"),
                                              lexicon.lang), plural=True),
        "obligation": cues("obligation"),
        "blame": cues("blame"),
        "threat": cues("threat"),
        "speech": WordList(lexicon.speech_verbs, frozenset()),
        "casualty": WordList(casualty_words, casualty_words | lexicon.word_class("child")),
        "mode": WordList(frozenset(lexicon.modes), frozenset(lexicon.modes)),
        "demonym": WordList(frozenset(), frozenset(lexicon.demonyms)),
    }


class LexiconWords:
    """Finds, per Doc, the tokens that can be words of each list (cached in ``doc.user_data``): every token
    gets a bit mask of the lists that accept its lemma or its form."""

    def __init__(self, lexicon: EventLexicon) -> None:
        self.lists = word_lists(lexicon)
        self.bits = {name: 1 << n for n, name in enumerate(self.lists)}
        self.lemma_masks: dict[str, int] = {}  # lowercased lemma → bits of the lists holding it
        self.plural_masks: dict[str, int] = {}  # the same, for the lists that also take it plus "s"
        form_masks: dict[int, int] = {}  # string id of a lowercased form → bits
        for name, words in self.lists.items():
            bit = self.bits[name]
            for word in words.lemmas:
                self.lemma_masks[word] = self.lemma_masks.get(word, 0) | bit
                if words.plural:
                    self.plural_masks[word] = self.plural_masks.get(word, 0) | bit
            for word in words.forms:
                if word:
                    form_masks[get_string_id(word)] = form_masks.get(get_string_id(word), 0) | bit
        ordered = sorted(form_masks)
        self.form_ids: NDArray[np.uint64] = np.array(ordered, dtype=np.uint64)
        self.form_bits: NDArray[np.int64] = np.array([form_masks[i] for i in ordered], dtype=np.int64)
        self.lemma_memo: dict[int, int] = {}  # string id of a lemma → bits
        self.verb_lemmas = lexicon.verb_lemmas  # a form left unlemmatised ("demande") → its infinitives
        self.key = f"ww_event_words_{next(_SERIAL)}"

    def lemma_mask(self, lemma: str) -> int:
        """The bits of the lists that accept ``lemma`` (lowercased; also without a final "s" where allowed)."""
        lower = lemma.lower()
        mask = self.lemma_masks.get(lower, 0)
        if lower.endswith("s"):
            mask |= self.plural_masks.get(lower[:-1], 0)
        for infinitive in self.verb_lemmas(lower):  # "frappe" left as it is: "frapper" (lookup tests the tag)
            mask |= self.lemma_masks.get(infinitive, 0)
        return mask

    def token_masks(self, doc: Doc) -> NDArray[np.int64]:
        """The list bits of every token of ``doc`` (its lemma's and its form's)."""
        if not len(doc):
            return np.zeros(0, dtype=np.int64)
        ids = np.asarray(doc.to_array([LEMMA, LOWER]), dtype=np.uint64)
        forms = ids[:, 1]
        out = np.zeros(len(doc), dtype=np.int64)
        if len(self.form_ids):
            places = np.minimum(np.searchsorted(self.form_ids, forms), len(self.form_ids) - 1)
            out = np.where(self.form_ids[places] == forms, self.form_bits[places], 0)
        memo, strings = self.lemma_memo, doc.vocab.strings
        if len(memo) > MEMO_MAX:
            memo.clear()
        distinct, inverse = np.unique(ids[:, 0], return_inverse=True)
        masks = []
        for string_id in distinct.tolist():
            mask = memo.get(string_id)
            if mask is None:
                mask = memo[string_id] = self.lemma_mask(strings[string_id])
            masks.append(mask)
        return out | np.array(masks, dtype=np.int64)[inverse.reshape(-1)]

    def indices(self, doc: Doc, name: str) -> list[int]:
        """Indices of the tokens of ``doc`` whose lowercased lemma or form is in list ``name``, ascending."""
        cached: tuple[int, NDArray[np.int64], dict[str, list[int]]] | None = doc.user_data.get(self.key)
        if cached is None or cached[0] != len(doc):
            cached = (len(doc), self.token_masks(doc), {})
            doc.user_data[self.key] = cached
        found = cached[2].get(name)
        if found is None:
            found = cached[2][name] = np.flatnonzero(cached[1] & self.bits[name]).tolist()
        return found

    def tokens(self, span: Span, name: str) -> list[Token]:
        """The tokens of ``span`` that can be words of list ``name``, in order."""
        doc = span.doc
        found = self.indices(doc, name)
        return [doc[i] for i in found[bisect_left(found, span.start): bisect_left(found, span.end)]]
