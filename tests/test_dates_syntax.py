"""The dates layer's syntax rules (which way a bare day points: the tense of the governing verb, its auxiliaries,
a copula, a headline infinitive, an adjectival participle) on hand-built Docs, so a model upgrade cannot break
them. Sentences written for these tests."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from wirewatch.nlp.dates.context import tense_direction
from wirewatch.nlp.dates.lexicon import load_timex_lexicon
from wirewatch.nlp.dates.resolve import FUTURE, PAST, PRESENT


@dataclass(frozen=True)
class Parse:
    """One sentence: (word, head index, dependency, part of speech, lemma, morphology) per token; ``day`` is the
    index of the day word."""

    tokens: tuple[tuple[str, int, str, str, str, str], ...]
    day: int

    def doc(self) -> Doc:
        words, heads, deps, pos, lemmas, morphs = (list(column) for column in zip(*self.tokens, strict=True))
        return Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas, morphs=morphs)


FIN_PAST = "Tense=Past|VerbForm=Fin"
PART_PAST = "Tense=Past|VerbForm=Part"
CASES = {
    # "Les délégués ont signé vendredi": a perfect auxiliary and a past participle
    ("fr", "perfect"): (Parse((("Les", 1, "det", "DET", "le", ""), ("délégués", 3, "nsubj", "NOUN", "délégué", ""),
                               ("ont", 3, "aux:tense", "AUX", "avoir", "Tense=Pres|VerbForm=Fin"),
                               ("signé", 3, "ROOT", "VERB", "signer", PART_PAST),
                               ("vendredi", 3, "obl:mod", "NOUN", "vendredi", "")), 4), PAST),
    # "The envoys signed on Friday"
    ("en", "perfect"): (Parse((("The", 1, "det", "DET", "the", ""), ("envoys", 2, "nsubj", "NOUN", "envoy", ""),
                               ("signed", 2, "ROOT", "VERB", "sign", FIN_PAST), ("on", 4, "prep", "ADP", "on", ""),
                               ("Friday", 2, "pobj", "PROPN", "Friday", "")), 4), PAST),
    # "Les délégués signeront vendredi": a future verb
    ("fr", "future"): (Parse((("Les", 1, "det", "DET", "le", ""), ("délégués", 2, "nsubj", "NOUN", "délégué", ""),
                              ("signeront", 2, "ROOT", "VERB", "signer", "Tense=Fut|VerbForm=Fin"),
                              ("vendredi", 2, "obl:mod", "NOUN", "vendredi", "")), 3), FUTURE),
    # "The envoys will sign on Friday": a future auxiliary of the lexicon
    ("en", "future"): (Parse((("The", 1, "det", "DET", "the", ""), ("envoys", 3, "nsubj", "NOUN", "envoy", ""),
                              ("will", 3, "aux", "AUX", "will", "VerbForm=Fin"),
                              ("sign", 3, "ROOT", "VERB", "sign", "VerbForm=Inf"), ("on", 5, "prep", "ADP", "on", ""),
                              ("Friday", 3, "pobj", "PROPN", "Friday", "")), 5), FUTURE),
    # "Les délégués sont prudents pour vendredi": the copula's tense
    ("fr", "copula"): (Parse((("Les", 1, "det", "DET", "le", ""), ("délégués", 3, "nsubj", "NOUN", "délégué", ""),
                              ("sont", 3, "cop", "AUX", "être", "Tense=Pres|VerbForm=Fin"),
                              ("prudents", 3, "ROOT", "ADJ", "prudent", ""), ("pour", 5, "case", "ADP", "pour", ""),
                              ("vendredi", 3, "obl:arg", "NOUN", "vendredi", "")), 5), PRESENT),
    # "The envoys are cautious about Friday"
    ("en", "copula"): (Parse((("The", 1, "det", "DET", "the", ""), ("envoys", 3, "nsubj", "NOUN", "envoy", ""),
                              ("are", 3, "cop", "AUX", "be", "Tense=Pres|VerbForm=Fin"),
                              ("cautious", 3, "ROOT", "ADJ", "cautious", ""), ("about", 5, "case", "ADP", "about", ""),
                              ("Friday", 3, "obl", "PROPN", "Friday", "")), 5), PRESENT),
    # "Envoys to sign accord Friday": a headline infinitive is still to happen ("to" is a particle, no auxiliary)
    ("en", "headline infinitive"): (Parse((("Envoys", 2, "nsubj", "NOUN", "envoy", ""),
                                           ("to", 2, "aux", "PART", "to", ""),
                                           ("sign", 2, "ROOT", "VERB", "sign", "VerbForm=Inf"),
                                           ("accord", 2, "dobj", "NOUN", "accord", ""),
                                           ("Friday", 2, "npadvmod", "PROPN", "Friday", "")), 4), FUTURE),
    # "la réunion annoncée vendredi": a participle used as an adjective orients nothing
    ("fr", "adjectival participle"): (Parse((("la", 1, "det", "DET", "le", ""),
                                             ("réunion", 1, "ROOT", "NOUN", "réunion", ""),
                                             ("annoncée", 1, "acl", "VERB", "annoncer", PART_PAST),
                                             ("vendredi", 2, "obl:mod", "NOUN", "vendredi", "")), 3), None),
    # "the meeting announced Friday"
    ("en", "adjectival participle"): (Parse((("the", 1, "det", "DET", "the", ""),
                                             ("meeting", 1, "ROOT", "NOUN", "meeting", ""),
                                             ("announced", 1, "acl", "VERB", "announce", PART_PAST),
                                             ("Friday", 2, "npadvmod", "PROPN", "Friday", "")), 3), None),
}


@pytest.mark.parametrize(("lang", "rule"), sorted(CASES), ids=[f"{lang}-{rule}" for lang, rule in sorted(CASES)])
def test_the_governing_verb_orients_a_bare_day(lang: str, rule: str) -> None:
    parse, expected = CASES[(lang, rule)]
    doc = parse.doc()
    day = doc[parse.day]
    assert tense_direction(doc, day.idx, day.idx + len(day.text), load_timex_lexicon(lang)) == expected


SUBJECT_VERB_DAY = {"fr": (("Ils", "il"), ("négocient", "négocier"), "vendredi"),
                    "en": (("They", "they"), ("negotiate", "negotiate"), "Friday")}


@pytest.mark.parametrize(("lang", "cue", "expected"), [("fr", "depuis", PAST), ("en", "since", PAST),
                                                       ("fr", "jusqu'à", FUTURE), ("en", "until", FUTURE)])
def test_a_preposition_just_before_the_day_decides_over_the_verb(lang: str, cue: str, expected: int) -> None:
    """"They negotiate since Friday" / "until Friday": the cue decides, against the verb's own tense."""
    (subject, subject_lemma), (verb, verb_lemma), day = SUBJECT_VERB_DAY[lang]
    tense = "Tense=Fut|VerbForm=Fin" if expected == PAST else FIN_PAST
    doc = Parse(((subject, 1, "nsubj", "PRON", subject_lemma, ""), (verb, 1, "ROOT", "VERB", verb_lemma, tense),
                 (cue, 3, "case", "ADP", cue, ""), (day, 1, "obl", "PROPN", day, "")), 3).doc()
    assert tense_direction(doc, doc[3].idx, doc[3].idx + len(day), load_timex_lexicon(lang)) == expected


PART_PRES = "Tense=Pres|VerbForm=Part"
GERUNDS = {
    # "The town came under shelling on Monday": the gerund's day follows the finite verb above it
    ("en", PAST): Parse((("The", 1, "det", "DET", "the", ""), ("town", 2, "nsubj", "NOUN", "town", ""),
                         ("came", 2, "ROOT", "VERB", "come", FIN_PAST), ("under", 2, "prep", "ADP", "under", ""),
                         ("shelling", 3, "pcomp", "VERB", "shell", PART_PRES), ("on", 4, "prep", "ADP", "on", ""),
                         ("Monday", 5, "pobj", "PROPN", "Monday", "")), 6),
    # "The town will come under shelling on Monday": a future auxiliary on the governing verb
    ("en", FUTURE): Parse((("The", 1, "det", "DET", "the", ""), ("town", 3, "nsubj", "NOUN", "town", ""),
                           ("will", 3, "aux", "AUX", "will", "VerbForm=Fin"),
                           ("come", 3, "ROOT", "VERB", "come", "VerbForm=Inf"),
                           ("under", 3, "prep", "ADP", "under", ""),
                           ("shelling", 4, "pcomp", "VERB", "shell", PART_PRES), ("on", 5, "prep", "ADP", "on", ""),
                           ("Monday", 6, "pobj", "PROPN", "Monday", "")), 7),
    # « Le convoi a essuyé des tirs en traversant Lyon dimanche »: a gérondif under a passé composé
    ("fr", PAST): Parse((("Le", 1, "det", "DET", "le", ""), ("convoi", 3, "nsubj", "NOUN", "convoi", ""),
                         ("a", 3, "aux:tense", "AUX", "avoir", "Tense=Pres|VerbForm=Fin"),
                         ("essuyé", 3, "ROOT", "VERB", "essuyer", PART_PAST), ("en", 5, "mark", "ADP", "en", ""),
                         ("traversant", 3, "advcl", "VERB", "traverser", PART_PRES),
                         ("Lyon", 5, "obj", "PROPN", "Lyon", ""), ("dimanche", 5, "obl:mod", "NOUN", "dimanche", "")),
                  7),
    # « Le convoi essuiera des tirs en traversant Lyon dimanche »: under a simple future
    ("fr", FUTURE): Parse((("Le", 1, "det", "DET", "le", ""), ("convoi", 2, "nsubj", "NOUN", "convoi", ""),
                           ("essuiera", 2, "ROOT", "VERB", "essuyer", "Tense=Fut|VerbForm=Fin"),
                           ("en", 4, "mark", "ADP", "en", ""),
                           ("traversant", 2, "advcl", "VERB", "traverser", PART_PRES),
                           ("Lyon", 4, "obj", "PROPN", "Lyon", ""),
                           ("dimanche", 4, "obl:mod", "NOUN", "dimanche", "")), 6),
}


@pytest.mark.parametrize(("lang", "direction"), sorted(GERUNDS), ids=[f"{lang}-{d}" for lang, d in sorted(GERUNDS)])
def test_a_gerund_takes_the_tense_of_its_finite_governor(lang: str, direction: int) -> None:
    """A present participle with no auxiliary has no tense of its own: not "present" (next Monday) after a past."""
    parse = GERUNDS[(lang, direction)]
    doc = parse.doc()
    day = doc[parse.day]
    assert tense_direction(doc, day.idx, day.idx + len(day.text), load_timex_lexicon(lang)) == direction


def test_a_progressive_with_its_own_auxiliary_keeps_its_tense() -> None:
    """"Protesters are gathering on Saturday": the auxiliary gives the participle a present tense."""
    doc = Parse((("Protesters", 2, "nsubj", "NOUN", "protester", ""),
                 ("are", 2, "aux", "AUX", "be", "Tense=Pres|VerbForm=Fin"),
                 ("gathering", 2, "ROOT", "VERB", "gather", PART_PRES), ("on", 2, "prep", "ADP", "on", ""),
                 ("Saturday", 3, "pobj", "PROPN", "Saturday", "")), 4).doc()
    assert tense_direction(doc, doc[4].idx, doc[4].idx + 8, load_timex_lexicon("en")) == PRESENT
