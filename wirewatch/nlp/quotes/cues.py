"""Attribution cues on the parse: speech verbs and source prepositions, with their subject and reported content.

A cue is a speech verb outside quotation marks ("a déclaré", "said", "warned") or a source preposition ("selon",
"according to"). Its *subject* is who speaks: the verb's subject (also inverted: "a indiqué le Kremlin",
"a-t-il ajouté"; or inherited: "prompted Kallas to say", "adding", "before confirming", "X said that A, and
noted B"; never a word inside quotation marks), or the preposition's object. Its *content*,
for verbs that take a clause, is the reported speech:

- the clause before a postposed attribution: "<content>, a indiqué le gouverneur", "<content>, X said";
- a complement clause after the verb: "X a déclaré que <content>", "X said (that) <content>";
- the rest of the sentence around a source phrase: "Selon X, <content>", "<content>, according to X".

Cues never reach across a line break: the segments are the parser's sentences cut at every newline (headlines
and paragraphs are not always sentence-split by the models).
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from spacy.attrs import LEMMA, LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from wirewatch.kb.names import normalize
from wirewatch.nlp.doc_cache import doc_text, tokens_where
from wirewatch.nlp.quotes.adjunct_infinitive import infinitive_of_adjunct
from wirewatch.nlp.quotes.asked_questions import asked, asked_noun
from wirewatch.nlp.quotes.attitudes import attitude_cues
from wirewatch.nlp.quotes.colon_reports import colon_content, reflexive_attribute
from wirewatch.nlp.quotes.conjunct_subject import conjunct_subject
from wirewatch.nlp.quotes.contact_clauses import contact_clause
from wirewatch.nlp.quotes.content_edges import speech_verb_forms
from wirewatch.nlp.quotes.coordinated_reports import split_coordinated_reports
from wirewatch.nlp.quotes.cue_contents import ContentReaders
from wirewatch.nlp.quotes.declarative import opens_on_subject
from wirewatch.nlp.quotes.document_reports import EVIDENCE, issued_document
from wirewatch.nlp.quotes.evidence_subjects import document_read_as_compound
from wirewatch.nlp.quotes.incised_reports import incised_report
from wirewatch.nlp.quotes.incises import preposed_surface_cues, surface_incises
from wirewatch.nlp.quotes.inserted_adverbials import subject_across_insertion
from wirewatch.nlp.quotes.inversion import copular_infinitive, inverted_pronoun
from wirewatch.nlp.quotes.lexicon import QuoteLexicon, SpeechVerb
from wirewatch.nlp.quotes.no_one import says_no_one
from wirewatch.nlp.quotes.passive import passive_agent, passive_subject, questioning_verbs, spoken_of, surface_agent
from wirewatch.nlp.quotes.quoted_object import quoted_object
from wirewatch.nlp.quotes.relative_reports import says_in_relative
from wirewatch.nlp.quotes.segments import Segments
from wirewatch.nlp.quotes.source_phrases import source_phrases
from wirewatch.nlp.quotes.stray_subjects import apposed_speaker
from wirewatch.nlp.quotes.subjects import (
    attribution_subject,
    continued_speaker,
    finite,
    in_relative_clause,
    inverted_phrase,
    own_subject,
    within,
)
from wirewatch.nlp.quotes.transitive_senses import without_transitive_senses
from wirewatch.nlp.quotes.withheld import withheld

RELAY = "relay"  # speech-verb kind of "quote": its subject relays the words its object said (no cue of its own)
INFINITIVE_KINDS = frozenset({"assert", "claim", "deny"})  # speech-verb kinds whose infinitive is what was said


@dataclass
class Cue:
    """One attribution cue and what hangs on it."""

    token: Token  # the verb, or the last word of the source phrase
    kind: str  # verb | source
    sent: Span  # its segment
    subject: Token | None = None
    speaker_words: Span | None = None  # the inverted subject read on the surface ("…», a déclaré le ministre X")
    content: tuple[int, int] | None = None  # char span of reported speech
    cleft: bool = False  # its sentence attributes the one before ("C'est ce qu'a déclaré X", "That is what X said")
    channel: str | None = None  # the outlet that relayed its words ("…, selon l'agence Tass": outlet_relays.py)

    @property
    def position(self) -> int:
        return self.token.idx


class CueFinder:
    """Finds the cues of a document (state: the lexicon, and which words may open a cue)."""

    def __init__(self, lexicon: QuoteLexicon):
        self.lex = lexicon
        self.g = lexicon.grammar
        # lemmas of speech verbs, also without the reflexive pronoun of "s'indigner", "se féliciter" (see _forms)
        self.verb_lemmas = frozenset(
            [*lexicon.verbs]
            + [v[len(r):] for v in lexicon.verbs for r in ("s'", "se ") if v.startswith(r)]
            + [v.split()[0] for v in lexicon.verbs if " " in v])  # "point out": read with its particle (_forms)
        self._lemma_memo: dict[int, bool] = {}
        self._first_words = np.array(sorted(get_string_id(w) for w in lexicon.phrases_by_first_word),
                                     dtype=np.uint64)

    def is_speech_verb(self, tok: Token) -> bool:
        """Whether the lexicon lists the word's lemma as a speech verb's, or the word as an incise form ("estime")."""
        return tok.lemma_.lower() in self.verb_lemmas or tok.lower_ in self.lex.incise_forms

    def find(self, doc: Doc, segments: Segments, quoted: Callable[[int], bool]) -> list[Cue]:
        """Every cue, by position; only the words whose lemma is a speech verb's and those that open a source phrase
        are looked at (found on the Doc's arrays, not token by token)."""
        if not len(doc):
            return []
        firsts: list[int] = np.flatnonzero(np.isin(doc.to_array(LOWER), self._first_words)).tolist()
        verbs = tokens_where(doc, lambda lemma: lemma.lower() in self.verb_lemmas, self._lemma_memo, LEMMA)
        return _DocumentCues(self.lex, doc, quoted).find(segments, verbs, firsts)


class _DocumentCues(ContentReaders):
    """Cue finding for one document (its text read once: ``Doc.text`` is rebuilt on every access)."""

    def __init__(self, lexicon: QuoteLexicon, doc: Doc, quoted: Callable[[int], bool]):
        self.lex = lexicon
        self.g = lexicon.grammar
        self.relays = frozenset(v.lemma for v in lexicon.verbs.values() if v.kind == RELAY)
        self.doc = doc
        self.text = doc_text(doc)
        self.quoted = quoted

    def find(self, segments: Segments, verbs: list[int], firsts: list[int]) -> list[Cue]:
        """``verbs``: the tokens whose lemma may be a speech verb's; ``firsts``: those that may open a source phrase
        (both ascending)."""
        cues: list[Cue] = []
        doc = self.doc
        for k, seg in enumerate(segments.spans):
            cleft: bool | None = None  # read once, when a cue needs it
            for i in verbs[bisect.bisect_left(verbs, seg.start): bisect.bisect_left(verbs, seg.end)]:
                tok = doc[i]
                if self.quoted(tok.idx) or tok.dep_ in self.g.clausal_subject:
                    continue  # ("saying he was tired would be an excuse": an act named, nothing reported)
                entry = self._verb(tok)
                if (tok.pos_ in ("VERB", "AUX") or (tok.pos_ == "ADJ" and inverted_pronoun(  # « a-t-elle martelé »
                        tok, seg, self.lex.pronouns, self.g.auxiliary) is not None)) \
                        and entry is not None and entry.kind != RELAY:
                    cue = self._verb_cue(tok, seg)
                    if entry.kind == EVIDENCE and not issued_document(self.lex, tok, cue.subject):
                        continue  # "the senator showed that …": only a document shows (document_reports.py)
                    if says_no_one(self.g, cue.subject):
                        continue  # "no one at the bank said …": nobody is reported (no_one.py)
                    if cue.content is None and k > 0:
                        if cleft is None:
                            cleft = self._opens_with_cleft(seg)
                        if cleft:
                            cue.cleft = True
                            cue.content = self._previous_sentence(segments.spans[k - 1])
                    if cue.content is not None or not entry.declarative_only:  # (a CAMEO verb: its clause only)
                        cues.append(cue)
            cues.extend(Cue(adjective, "verb", seg, subject=holder, content=held) for adjective, holder, held in
                        attitude_cues(self.lex, seg, self.quoted, lambda a, b: self._accept(self.doc, a, b)))
            if self.lex.incise_forms:  # "…, estime X" where the parse saw no verb
                cues.extend(Cue(verb, "verb", seg, subject=subject, speaker_words=words, content=said)
                            for verb, words, subject, said in surface_incises(self.lex.incise_forms, seg, {
                                c.token.i for c in cues}, self.quoted, lambda a, b: self._accept(self.doc, a, b),
                                self.lex.pronouns))  # (« … », nuance-t-elle)
                cues.extend(Cue(verb, "verb", seg, subject=subject, speaker_words=words, content=said)
                            for verb, words, subject, said in preposed_surface_cues(
                                self.lex.incise_forms, seg, {c.token.i for c in cues}, self.quoted,
                                lambda a, b: self._accept(self.doc, a, b), self.g.complementizer))  # « X juge que »
            cues.extend(Cue(last, "source", seg, subject=source, content=said) for last, source, said in source_phrases(
                self.lex, seg, firsts[bisect.bisect_left(firsts, seg.start): bisect.bisect_left(firsts, seg.end)],
                self.quoted, lambda a, b: self._accept(self.doc, a, b)))
        # "X a dit que A et a promis que B": two reports
        cues.extend(split_coordinated_reports(cues, self.g, self._verb, lambda a, b: self._accept(self.doc, a, b),
                                              lambda verb, seg: Cue(verb, "verb", seg)))
        # "que la France soutiendrait l'Ukraine « … »": a verb of what is reported, no attribution
        cues = without_transitive_senses(cues, self.lex.lang, self.g)
        return sorted(cues, key=lambda c: c.position)

    def _opens_with_cleft(self, seg: Span) -> bool:
        """"C'est ce qu'a déclaré X", "That is what X said": the sentence attributes the one before it."""
        opening = normalize(self.text[seg.start_char: seg.start_char + 40])
        return any(opening.startswith(cleft + " ") for cleft in self.lex.clefts)

    def _previous_sentence(self, prev: Span) -> tuple[int, int] | None:
        return self._accept(prev.doc, prev.start, prev.end - 1)

    def _verb(self, tok: Token) -> SpeechVerb | None:
        return next((self.lex.verbs[f] for f in speech_verb_forms(self.g, tok) if f in self.lex.verbs), None)

    # -- speech verbs ----------------------------------------------------------------------------------
    def _verb_cue(self, verb: Token, seg: Span) -> Cue:
        subject = conjunct_subject(self.g, verb, seg) \
            or continued_speaker(self.g, verb, seg, lambda t: self._verb(t) is not None) \
            or attribution_subject(self.g, verb, seg, self.relays)  # ("… et les autorités ont averti": their own)
        inserted = None if subject else subject_across_insertion(self.g, verb, seg)  # "X a, de son côté, dit"
        subject = subject or inserted  # (its participle after the comma is no adjunct: not spoken_of)
        subject = subject or document_read_as_compound(self.g, self.lex, verb, seg)  # "…, Pentagon records show."
        subject = apposed_speaker(self.g, verb) or subject  # "…if elected president, Sen. X said" (stray_subjects.py)
        outer = self._reporting_verb(verb)
        if outer is not None and within(outer, seg):
            subject = attribution_subject(self.g, outer, seg, self.relays)
        # "Qualifié de « … » par X, Y …": Y is spoken of
        if inserted is None and spoken_of(self.g, self.lex.lang, verb, seg):
            subject = passive_agent(self.g, verb, seg) or surface_agent(self.g, verb, seg)
        elif subject is None and verb.lemma_.lower() in questioning_verbs(self.lex.lang):
            subject = passive_subject(self.g, verb) \
                or asked_noun(self.g, self.lex.lang, verb, seg)  # "Interrogée par l'AFP, X a …", "X, interrogé, …"
        if subject is not None and self.quoted(subject.idx):
            subject = None  # "“I don’t think so,” X said, before suggesting …": not the "I" of the quotation
        pronoun = inverted_pronoun(verb, seg, self.lex.pronouns, self.g.auxiliary)  # "…, a-t-elle promis"
        cue = Cue(verb, "verb", seg, subject=subject, speaker_words=inverted_phrase(self.g, verb, seg)
                  or (pronoun.pronoun if pronoun is not None else None))
        entry = self._verb(verb)
        if entry is not None and entry.takes_clause and not says_in_relative(self.g, verb):  # ("lawmakers he says
            cue.content = self._postposed(verb, seg) or self._complement(verb, seg)  # are …": relative_reports.py)
            if cue.content is not None and ((entry.declarative_only and not opens_on_subject(
                    self.g, verb.doc, cue.content[0]))  # "declined to say whether …": withheld.py
                    or withheld(self.g, self.lex.refusal_verbs, verb, verb.doc, cue.content[0])):
                cue.content = None  # "has not outlined what action it would take": a topic (declarative.py)
            incised = incised_report(self.g, verb, seg, self.quoted) if cue.content is None else None
            if incised is not None:  # "A, he said, B": the sentence around the attribution (incised_reports.py)
                cue.content = self._accept(verb.doc, *incised.said)
                cue.speaker_words = cue.speaker_words or incised.speaker_words
        if entry is not None and (entry.takes_object or entry.object_prepositions) and cue.content is None:
            cue.content = self._object(verb, seg, entry.object_prepositions)
            if cue.content is not None and subject is not None and subject.i > verb.i \
                    and cue.content[0] <= subject.idx < cue.content[1]:
                cue.content = None  # "« … », regrette le maire, X": its inverted subject read as its object
        if entry is not None and (entry.kind in INFINITIVE_KINDS or entry.takes_infinitive) and cue.content is None:
            cue.content = self._infinitive(verb, seg, infinitive_only=entry.kind not in INFINITIVE_KINDS)
            adjunct = infinitive_of_adjunct(self.g, verb, seg) if cue.content is None and finite(verb) else None
            cue.content = self._accept(verb.doc, *adjunct, clause=False) if adjunct else cue.content  # "sur X avoir"
            copular = copular_infinitive(verb, seg, self.g.auxiliary) if cue.content is None and finite(verb) else None
            cue.content = self._accept(verb.doc, *copular, clause=False) if copular else cue.content  # "a dit être …"
        if entry is not None and entry.takes_clause and cue.content is None and finite(verb):
            colon = colon_content(verb, seg)  # "Le maire a déclaré : la situation est grave"
            cue.content = self._accept(verb.doc, *colon) if colon else None
        if entry is not None and entry.takes_clause and not entry.takes_object and cue.content is None:
            contact = contact_clause(self.g, verb, seg)  # "said the deal both sides signed had collapsed"
            cue.content = self._accept(verb.doc, *contact) if contact else None
        if entry is not None and cue.content is None and finite(verb):
            attribute = reflexive_attribute(verb, seg)  # « X s'est dit prêt à coopérer »
            cue.content = self._accept(verb.doc, *attribute, clause=False) if attribute else None
        if entry is not None and cue.content is None:  # "a dénoncé un « crime »": an object framing quoted words
            cue.content = quoted_object(self.g, verb, seg, self.quoted,
                                        lambda a, b: self._accept(verb.doc, a, b, clause=False))
        if cue.content is not None and asked(self.g, self.lex.lang, verb, seg):
            cue.content = None  # "Asked whether he would resign, X said …": the question is not X's
        if cue.content is not None and in_relative_clause(self.g, verb):
            # "X, qui a déclaré que <content>, a quitté …": the relative clause ends at its comma
            comma = self.text.find(",", cue.content[0], cue.content[1])
            if comma > cue.content[0]:
                cue.content = (cue.content[0], comma)
        return cue

    def _reporting_verb(self, verb: Token) -> Token | None:
        """"X said that the plan failed, and noted that …", "X told Y that A was B, before noting …": a speech verb
        the parse hung on the clause another speech verb reports goes with that verb (X noted)."""
        clause = verb.head
        if verb.dep_ == "pcomp" and clause.pos_ == "ADP":  # "X told Y that A was B, before noting …"
            clause = clause.head
        elif verb.dep_ != "conj":
            return None
        if own_subject(self.g, verb) is not None or clause.dep_ not in self.g.clause or self._verb(verb) is None:
            return None
        if any(c.dep_ == "mark" for c in verb.children):
            return None
        return clause.head if self._verb(clause.head) is not None else None
