"""The ``ww_headlines`` component: a headline's present-tense verb, which the parser took for a noun, re-read.

Headlines, bullets and captions state their act in the present with no article before the subject: "Police
in Lyon fire tear gas and arrest dozens", "Army shells villages near border", "Israël frappe Gaza". With no
context the parser reads the verb as a noun of one long noun phrase ("fire tear gas"), and the line is left
with no finite verb. When a sentence has no finite verb with a subject, and a word right after the noun phrase
that opens it is a present form of a trigger verb agreeing with that phrase's head in number (the base form
after a plural, the "-s" form after a singular; ``headline_presents.tsv``), the sentence is parsed again with
an auxiliary that leaves the parser no doubt ("Police in Lyon will fire …", "Israël va frapper Gaza"). If the
verb then has a subject, the arcs and tags of that reading are put on the words as written (the auxiliary's
own arc dropped); the text, tokens and offsets are untouched, and the sentence stays one tree. Runs after the
parser and before the lemmatiser, so lemmas follow the new tags. A noun phrase that states no act
("Rebel attacks on the city") is re-read only when its plural or singular agrees with the verb reading, and a
sentence whose parse has a finite verb already is left as parsed. A headline in title case ("Taliban Seize
Kabul") is read the same way, its verb capitalised and either number agreeing (its names all look singular).
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass

import numpy as np
from spacy.attrs import DEP, HEAD, MORPH, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from wirewatch import lexicons
from wirewatch.nlp.events.lexicon import EventLexicon, load_event_lexicon
from wirewatch.nlp.syntax import PASSIVE_SUBJECT, SUBJECT

FILE = "headline_presents.tsv"
COLLECTIVES = "plural_collectives.txt"
SUBJECT_WORDS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "ADP", "PART", "CCONJ"})  # a noun phrase's
NOMINAL = frozenset({"NOUN", "PROPN", "NUM"})
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
SINGULAR_TAGS = frozenset({"NN", "NNP"})


@dataclass(frozen=True)
class PresentEnding:
    ending: str
    lemma_ending: str
    number: str  # "plural" or "singular": the subject the form agrees with
    auxiliary: str
    tag: str


@dataclass(frozen=True)
class Reading:
    verb: Token
    lemma: str
    ending: PresentEnding


def load_endings(lang: str) -> tuple[PresentEnding, ...]:
    """The language's present endings, longest first."""
    rows = [PresentEnding(r["ending"], r["lemma_ending"], r["number"], r["auxiliary"], r["tag"])
            for r in lexicons.read_tsv(lang, FILE)]
    return tuple(sorted(rows, key=lambda e: -len(e.ending)))


def has_finite_clause(sent: Span) -> bool:
    """A verb of the parse has a subject ("attacks have left seven dead": the participle under its auxiliary):
    the sentence was read as a clause."""
    return any(t.pos_ in ("VERB", "AUX") and any(c.dep_ in SUBJECT or c.dep_ in PASSIVE_SUBJECT for c in t.children)
               for t in sent)


def subject_number(sent: Span, end: int, collectives: frozenset[str] = frozenset(),
                   demonyms: Collection[str] = ()) -> str | None:
    """The number of the noun phrase from the sentence's start to token ``end`` (excluded): its head is the
    last noun before its first preposition; a coordination is plural. None when it is no noun phrase."""
    doc = sent.doc
    end = apposition_closed(sent, end)
    words = doc[sent.start: end]
    if not len(words) or any(t.pos_ not in SUBJECT_WORDS and t.text not in "-'’" for t in words) \
            or not (doc[end - 1].pos_ in NOMINAL or is_name_as_adjective(doc[end - 1], demonyms)) \
            or words[0].pos_ in ("ADP", "CCONJ", "PART"):
        return None
    if any(t.pos_ == "CCONJ" for t in words):
        return "plural"
    first_prep = next((t.i for t in words if t.pos_ == "ADP"), end)
    head = next((doc[i] for i in range(first_prep - 1, sent.start - 1, -1) if doc[i].pos_ in NOMINAL), None)
    if head is None:
        return None
    if head.lower_ in collectives:
        return "plural"
    number = head.morph.get("Number", [])
    if number:
        return "plural" if "Plur" in number else "singular"
    if head.tag_ in PLURAL_TAGS:
        return "plural"
    # a name is one country, one person, one body ("Israël frappe Gaza")
    return "singular" if head.tag_ in SINGULAR_TAGS or head.pos_ == "PROPN" else None


def apposition_closed(sent: Span, end: int) -> int:
    """Where the noun phrase before token ``end`` has its head, past an apposition or a place set off by commas
    ("Police in Nairobi, the Kenyan capital, fire …", "Police in Lyon, in the south, arrest …"): the first comma,
    when the words up to ``end`` are the phrase, one comma, the inserted words, a closing comma; else ``end``."""
    doc = sent.doc
    if end - 1 <= sent.start or doc[end - 1].text != ",":
        return end
    commas = [t.i for t in doc[sent.start: end - 1] if t.text == ","]
    inserted = doc[commas[0] + 1: end - 1] if len(commas) == 1 else None
    if inserted is None or not len(inserted) or commas[0] == sent.start \
            or any(t.pos_ not in SUBJECT_WORDS for t in inserted) or inserted[-1].pos_ not in NOMINAL:
        return end
    return commas[0]


def is_name_as_adjective(token: Token, demonyms: Collection[str]) -> bool:
    """A place name the tagger called an adjective ("Farmers in Punjab"), not a demonym ("American aid")."""
    return token.pos_ == "ADJ" and token.is_title and token.lower_ not in demonyms


def present_reading(token: Token, number: str, endings: tuple[PresentEnding, ...],
                    lexicon: EventLexicon) -> Reading | None:
    """The trigger verb ``token`` is a present of, agreeing with a subject of ``number``."""
    form = token.lower_
    for ending in endings:
        if ending.number != number or not form.endswith(ending.ending):
            continue
        lemma = form[: len(form) - len(ending.ending)] + ending.lemma_ending
        if len(lemma) > 2 and (lemma, "VERB") in lexicon.triggers:
            return Reading(token, lemma, ending)
    return None


def headline_reading(sent: Span, endings: tuple[PresentEnding, ...], lexicon: EventLexicon,
                     collectives: frozenset[str] = frozenset()) -> Reading | None:
    """The first word after the sentence's opening noun phrase that is a present of a trigger verb agreeing
    with it, with a word after it; None when the sentence has a finite verb."""
    sent = words_of(sent)
    if len(sent) < 3 or has_finite_clause(sent):
        return None
    title = in_title_case(sent)
    for token in sent[1:-1]:
        candidate = token.is_lower or (title and token.is_title)
        number = subject_number(sent, token.i, collectives, lexicon.demonyms) if candidate else None
        # in title case every word looks like a name, whose number says nothing ("Taliban Seize Kabul")
        numbers = [number, *(OTHER_NUMBER[number] for _ in [title] if title)] if number is not None else []
        reading = next((r for n in numbers if (r := present_reading(token, n, endings, lexicon)) is not None), None)
        if reading is not None:
            return reading
        if token.pos_ not in SUBJECT_WORDS and token.text != ",":
            return None  # past the opening noun phrase (a comma may set off an apposition in it)
    return None


OTHER_NUMBER = {"plural": "singular", "singular": "plural"}


def in_title_case(sent: Span) -> bool:
    """A headline written in title case ("Taliban Seize Kabul", "Rebels Take Key Town"): every word of four
    letters or more capitalised, and at least three words."""
    words = [t for t in sent if t.is_alpha]
    return len(words) >= 3 and all(t.is_title or t.is_upper for t in words if len(t) >= 4)


def words_of(sent: Span) -> Span:
    """The sentence without the line breaks and spaces the tokenizer left at its ends."""
    start, end = sent.start, sent.end
    while start < end and sent.doc[start].is_space:
        start += 1
    while end > start and sent.doc[end - 1].is_space:
        end -= 1
    return sent.doc[start:end]


Parse = Callable[[Doc], Doc]


def reparsed(sent: Span, reading: Reading, parse: Parse) -> Doc | None:
    """The sentence parsed again with the auxiliary before the verb's base form; None when the verb is still
    no verb with a subject there."""
    k = reading.verb.i - sent.start
    words = [t.text for t in sent]
    spaces = [bool(t.whitespace_) for t in sent]
    variant = Doc(sent.doc.vocab, words=[*words[:k], reading.ending.auxiliary, reading.lemma, *words[k + 1:]],
                  spaces=[*spaces[:k], True, *spaces[k:]])
    for word in variant[1:]:
        word.is_sent_start = False  # one sentence, as the line is
    variant = parse(variant)
    verb = variant[k + 1]
    aux = variant[k]
    clause = aux if verb.head == aux else verb  # "va frapper": the auxiliary heads the clause
    if verb.pos_ not in ("VERB", "AUX") or not any(c.dep_ in SUBJECT and c.i < k for c in clause.children):
        return None
    return variant


def transplant(sent: Span, reading: Reading, variant: Doc, rows: np.ndarray) -> None:
    """Write the variant's arcs and tags into ``rows`` (the doc's HEAD, DEP, TAG, POS, MORPH array) for the
    sentence's words as written: the auxiliary's children go to the verb, and a verb the auxiliary governed
    takes the auxiliary's place."""
    k = reading.verb.i - sent.start
    aux = variant[k]

    def original(v: int) -> int:  # a variant index back to a doc index
        return sent.start + (v if v <= k else v - 1)

    tag_hash = sent.doc.vocab.strings.add(reading.ending.tag)
    present = sent.doc.vocab.strings.add("Mood=Ind|Person=3|Tense=Pres|VerbForm=Fin")
    for offset in range(len(sent)):
        v = offset if offset < k else offset + 1
        word = variant[v]
        head, dep = word.head, word.dep
        if head == aux:
            head = variant[k + 1]
        if v == k + 1 and word.head == aux:  # the verb under the auxiliary: the auxiliary's place
            head, dep = (word if aux.head == aux else aux.head), aux.dep
            if head == aux:
                head = word
        i = sent.start + offset
        # the verb, and a verb coordinated with it under the auxiliary ("fire tear gas and arrest dozens")
        verb = v == k + 1 or (word.dep_ == "conj" and word.head.i == k + 1 and word.pos_ == "VERB")
        rows[i, 0] = np.int64(original(head.i) - i).astype(np.uint64)
        rows[i, 1] = dep
        rows[i, 2] = tag_hash if verb else word.tag
        rows[i, 3] = sent.doc.vocab.strings.add("VERB") if verb else word.pos
        rows[i, 4] = present if verb else sent.doc.vocab.strings.add(str(word.morph))


SENTENCE_END = frozenset({".", "!", "?", ";", ":", "…"})


def line_units(doc: Doc) -> list[Span]:
    """The parser's sentences, those it cut inside one line with no punctuation to end them joined again
    ("Police | fire tear gas at protesters": a headline is one sentence, as the line says)."""
    units: list[Span] = []
    for sent in doc.sents:
        if units:
            last = words_of(units[-1])
            joined = len(last) and doc[last.end - 1].text not in SENTENCE_END and not any(
                "\n" in t.text for t in doc[last.end - 1: sent.start + 1])
            if joined and not doc[sent.start].is_space:
                units[-1] = doc[units[-1].start: sent.end]
                continue
        units.append(sent)
    return units


class HeadlineReader:
    """Re-reads the sentences of a headline's shape (see the module's docstring)."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.nlp = nlp
        self.name = name
        self.lexicon = load_event_lexicon(nlp.lang or "")
        self.endings = load_endings(nlp.lang or "")
        self.collectives = frozenset(w.lower() for w in lexicons.read_lines(nlp.lang or "", COLLECTIVES))

    def parse(self, doc: Doc) -> Doc:
        """The model's components before this one (tagger, parser …) on ``doc``."""
        for name, proc in self.nlp.pipeline:
            if name == self.name:
                break
            doc = proc(doc)
        return doc

    def __call__(self, doc: Doc) -> Doc:
        if not self.endings:
            return doc
        rows: np.ndarray | None = None
        attrs = [HEAD, DEP, TAG, POS, MORPH]
        for sent in line_units(doc):
            reading = headline_reading(sent, self.endings, self.lexicon, self.collectives)
            sent = words_of(sent)
            variant = reparsed(sent, reading, self.parse) if reading is not None else None
            if reading is None or variant is None:
                continue
            if rows is None:
                rows = doc.to_array(attrs)
            transplant(sent, reading, variant, rows)
        if rows is not None:
            doc.from_array(attrs, rows)  # type: ignore[arg-type]
        return doc


@Language.factory("ww_headlines", assigns=["token.dep", "token.head", "token.tag", "token.pos"],
                  requires=["token.dep"])  # and the tags or parts of speech of the model
def make_headline_reader(nlp: Language, name: str) -> HeadlineReader:
    return HeadlineReader(nlp, name)
