"""What the parse tells the date tagger: the tense that orients a bare weekday, sentences, quotes and speech verbs.

- Tense: the verb governing the expression (spaCy morphology, the same features in French and English:
  ``Tense=Past|Imp|Pres|Fut``, ``VerbForm=Part`` with a perfect auxiliary), then cue words of the lexicon
  (``deadline``: "expire", "until", "délai" → future; ``past``: "depuis", "since" → past).
- Quotes: spans between quotation marks (« », “ ”, "…"), found on the text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

import numpy as np
from spacy.attrs import POS
from spacy.symbols import AUX, VERB
from spacy.tokens import Doc, Span, Token

from wirewatch.nlp.dates.lexicon import TimexLexicon
from wirewatch.nlp.dates.resolve import FUTURE, PAST, PRESENT
from wirewatch.nlp.doc_cache import sentence_of, sentences, split_off
from wirewatch.nlp.syntax import AUXILIARY, COPULA, PARTICIPLE_ON_NOUN, PASSIVE_AUXILIARY

_QUOTE = re.compile(r"«[^«»]{2,}?»|“[^“”]{2,}?”|\"[^\"\n]{2,}?\"")
_CUE_WINDOW = 12  # tokens before the expression in which a cue word counts
_NEAR_WINDOW = 2  # tokens before the expression in which a preposition ("until", "depuis") decides


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of direct quotes, quotation marks included."""
    return [(m.start(), m.end()) for m in _QUOTE.finditer(text)]


@dataclass(frozen=True)
class Sentences:
    """Sentence boundaries of a Doc as character offsets, for quick "which sentence is this offset in"."""

    starts: tuple[int, ...]
    speech: tuple[bool, ...]  # the sentence has a speech verb

    @classmethod
    def of(cls, doc: Doc, speech_lemmas: frozenset[str]) -> Sentences:
        if not doc.has_annotation("SENT_START"):
            return cls((0,), (False,))
        spans = sentences(doc)
        first_tokens = [sent.start for sent in spans]
        speech = [False] * len(spans)
        verbs: list[int] = np.flatnonzero(np.isin(doc.to_array(POS), (VERB, AUX))).tolist()
        for i in verbs:
            if doc[i].lemma_.lower() in speech_lemmas:
                speech[bisect_right(first_tokens, i) - 1] = True
        return cls(tuple(sent.start_char for sent in spans), tuple(speech))

    def index(self, char: int) -> int:
        return max(0, bisect_right(self.starts, char) - 1)


def _verb_direction(verb: Token, future_aux: frozenset[str], depth: int = 0,
                    causatives: frozenset[str] = frozenset()) -> int | None:
    morph = verb.morph
    head = verb.head
    auxes = [c for c in verb.children if c.dep_.startswith("aux") and c.pos_ != "PART"]  # not English "to"
    causer = _causer(verb, causatives)
    if causer is not None:
        return _causative_direction(causer, auxes)
    if "Inf" in morph.get("VerbForm", []) and not auxes and depth < 2 and head.lemma_.lower() not in future_aux:
        if head == verb:
            return FUTURE  # a headline infinitive is still to happen: "Trump to meet Putin on Friday"
        if head.pos_ in ("VERB", "AUX"):  # "s'apprête à célébrer dimanche": a present or future head orients it;
            # after a past head it may still be ahead ("picked firms to run the scheme through June")
            direction = _verb_direction(head, future_aux, depth + 1, causatives)
            return None if direction == PAST else direction
        return None
    if _bare_present_participle(verb, auxes) and depth < 3:
        # "came under shelling on Monday", "visé par des tirs en traversant la ville dimanche": a gerund or
        # participle has no tense of its own; the finite verb of its clause (or its auxiliary) orients it
        governor = _governing_verb(head)
        if governor is not None and governor != verb:
            governed = _verb_direction(governor, future_aux, depth + 1, causatives)
            if governed is not None:
                return governed
    tense = morph.get("Tense", [])
    if any(a.lemma_.lower() in future_aux or a.text.lower() in future_aux for a in auxes):
        return FUTURE
    if verb.head != verb and verb.head.lemma_.lower() in future_aux and "Inf" in morph.get("VerbForm", []):
        return FUTURE
    perfect = [a for a in auxes if a.dep_ not in PASSIVE_AUXILIARY]
    if "Part" in morph.get("VerbForm", []) and "Past" in tense:
        passive = [a for a in auxes if a.dep_ in PASSIVE_AUXILIARY]
        if passive and not perfect:  # "est fixé" (passive) or "est rentré" (perfect): only cues can tell
            aux_tense = passive[0].morph.get("Tense", [])
            return None if "Pres" in aux_tense else FUTURE if "Fut" in aux_tense else PAST
        if not auxes and verb.dep_ in PARTICIPLE_ON_NOUN:  # "la date prévue", "the talks planned": an adjective
            return None
        return PAST
    aux_tenses = {t for a in auxes for t in a.morph.get("Tense", [])}
    if "Fut" in tense or "Fut" in aux_tenses:
        return FUTURE
    if "Past" in tense or "Imp" in tense or "Past" in aux_tenses or "Imp" in aux_tenses:
        return PAST
    if "Pres" in tense or "Pres" in aux_tenses:
        return PRESENT
    return None


def _causer(verb: Token, causatives: frozenset[str]) -> Token | None:
    """The causative verb the parser hangs on an infinitive, before it (« se sont fait arrêter », « a fait
    évacuer », « laisse partir »); None for an infinitive without one or a verb of another form."""
    if "Inf" not in verb.morph.get("VerbForm", []):
        return None
    return next((c for c in verb.children if c.i < verb.i and c.pos_ in ("VERB", "AUX")
                 and c.lemma_.lower() in causatives), None)


def _causative_direction(causer: Token, auxes: list[Token]) -> int | None:
    """The tense of a causative construction is the causative verb's, with the auxiliaries the parser hangs on
    the infinitive beside it: « se sont fait arrêter mardi » is a compound past (last Tuesday), « se fera
    arrêter » a future, « fait évacuer » a present. The bare infinitive has no tense to read."""
    tenses = {t for w in (causer, *auxes) for t in w.morph.get("Tense", [])}
    if "Fut" in tenses:
        return FUTURE
    if "Part" in causer.morph.get("VerbForm", []):
        return PAST if auxes and "Past" in tenses else None
    if "Past" in tenses or "Imp" in tenses:
        return PAST
    return PRESENT if "Pres" in tenses else None


def _bare_present_participle(verb: Token, auxes: list[Token]) -> bool:
    """A present participle or gerund ("shelling", "gathering", « traversant ») with no auxiliary of its own
    ("is shelling" has one) and a word above it: its tense is the governing clause's."""
    morph = verb.morph
    return ("Part" in morph.get("VerbForm", []) and "Pres" in morph.get("Tense", [])
            and not auxes and verb.head != verb)


def _governing_verb(token: Token) -> Token | None:
    seen = 0
    while seen < 6:
        if token.pos_ in ("VERB", "AUX"):
            return token
        copula = next((c for c in token.children if c.dep_ == COPULA), None)
        if copula is not None:  # "sont incertains pour la venue d'Auxerre samedi": the copula's tense
            return copula
        if token.head == token:
            return None
        token = token.head
        seen += 1
    return None


def tense_direction(doc: Doc, start: int, end: int, lex: TimexLexicon) -> int | None:
    """PAST, PRESENT, FUTURE or None (no verb, no cue) for the expression at ``start:end``."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    sentence = sentence_of(doc, span.start) if doc.has_annotation("SENT_START") else None
    sent_start = sentence.start if sentence is not None else 0
    if sentence is not None and span.start == sent_start and split_off(doc, sent_start):
        sent_start = sentence_of(doc, sent_start - 1).start  # « … des bombardements lundi »: the clause before
    near = _words(doc[max(sent_start, span.start - _NEAR_WINDOW):span.start])
    if near & lex.cues("limit"):  # "until Friday", "jusqu'à vendredi"
        return FUTURE
    if near & lex.cues("past"):  # "since Monday", "depuis dimanche"
        return PAST
    verb = _governing_verb(span.root)
    direction = _verb_direction(verb, lex.cues("future_aux"), causatives=lex.cues("causative")) \
        if verb is not None else None
    if direction in (PAST, FUTURE):
        return direction
    sent_end = sentence.end if sentence is not None else len(doc)
    words = _words(doc[max(sent_start, span.start - _CUE_WINDOW):span.start])
    if _words(doc[span.end:min(sent_end, span.end + _NEAR_WINDOW)]) & lex.cues("deadline"):
        return FUTURE  # "Friday's deadline", "vendredi, date limite"
    if words & lex.cues("past"):
        return PAST
    if words & (lex.cues("deadline") | lex.cues("limit")):
        return FUTURE
    if verb is None:  # a parse that hangs the date on a noun: the nearest finite verb before it
        finite = [t for t in doc[max(sent_start, span.start - _CUE_WINDOW):span.start]
                  if t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm", [])]
        if finite:
            nearest = finite[-1]
            if nearest.dep_ in AUXILIARY and nearest.head.i < span.start:
                # « ont annoncé leur démission jeudi » parsed with the day apart: the auxiliary's verb gives the
                # compound tense (a perfect, so the past), not the auxiliary's present alone
                nearest = nearest.head
            return _verb_direction(nearest, lex.cues("future_aux"), causatives=lex.cues("causative"))
    return direction



def _words(tokens: Span) -> set[str]:
    return {t.lower_.replace("’", "'") for t in tokens} | {t.lemma_.lower() for t in tokens}
