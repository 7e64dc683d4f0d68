"""The ``ww_quotes`` component: direct, partial and reported quotes, each with its speaker, channel and date.

find: quotation marks and dialogue dashes (marks.py), attribution cues on the parse (cues.py), speakers
(speakers.py); write: ``doc._.ww_quotes: list[Quote]`` in text order.

- A quoted stretch is a quote when an attribution cue stands in its sentence(s) (the nearest one speaks), or in
  a bare attribution opening the next sentence after a quotation ending on a comma, question or exclamation mark
  ("“Why now?” X said."), or when it is a whole sentence that continues the previous speaker (a "floating"
  quote; not one who "has not said" something). Quoted names — a slogan, a title, an operation ("the slogan
  “Block Everything”", Title Case) — are not quotes.
- Reported speech is a cue's content (``direct: false``); quoted words inside it are also direct quotes.
- ``channel``: where the attribution says it ("sur Telegram", "in a statement"), the outlet it names ("told
  Reuters", "a déclaré à l'AFP": channels.py) or the document the speaker issued; ``date``: the value of a date
  of ``doc._.ww_dates`` in the attribution clause (not inside what was said).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import partial
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from wirewatch.nlp.doc_cache import doc_text
from wirewatch.nlp.extensions import ensure_extensions
from wirewatch.nlp.quotes.antecedents import nearest_named_before
from wirewatch.nlp.quotes.assemble import WORD, Found, dedupe, interrupted, within_reported, without_nested_reports
from wirewatch.nlp.quotes.channel_openings import before_content, outlet_of_setting, past_channel_openings
from wirewatch.nlp.quotes.channels import Outlets, attached_to
from wirewatch.nlp.quotes.cue_relations import (
    attribution_after,
    before_nested_cue,
    clause_start,
    distance,
    governed_by,
    holds_verb_cue,
    negated,
    quotation_frame,
    speaker_outside,
    within_quotations,
)
from wirewatch.nlp.quotes.cues import Cue, CueFinder
from wirewatch.nlp.quotes.describe import ActorDescriber
from wirewatch.nlp.quotes.english import EnglishDescriptions
from wirewatch.nlp.quotes.expletive_passive import expletive_passive_subject
from wirewatch.nlp.quotes.followers import colon_subject, continued_over_paragraphs, next_sentence_subject
from wirewatch.nlp.quotes.fullest_names import fullest_name
from wirewatch.nlp.quotes.incise_only import incise_only
from wirewatch.nlp.quotes.incises import after_quotation, incise_subject
from wirewatch.nlp.quotes.inner_incises import split_at_incises
from wirewatch.nlp.quotes.labels import label_cues
from wirewatch.nlp.quotes.learned_from import LearnedFrom
from wirewatch.nlp.quotes.lexicon import QuoteLexicon
from wirewatch.nlp.quotes.light_verbs import LightVerbs, light_verb_cues
from wirewatch.nlp.quotes.marks import QuotedSpan, balanced, find_dialogue_lines, find_quote_marks
from wirewatch.nlp.quotes.mentions import EntityIndex
from wirewatch.nlp.quotes.naming_slots import NamingVerbs
from wirewatch.nlp.quotes.noun_clause_phrases import within_noun_clause
from wirewatch.nlp.quotes.opinion_frames import OpinionFrames
from wirewatch.nlp.quotes.outlet_relays import relayed_by_outlets
from wirewatch.nlp.quotes.paragraph_quotes import paragraph_before_subject
from wirewatch.nlp.quotes.participle_phrases import outside_participle_phrase
from wirewatch.nlp.quotes.passive import spoken_of
from wirewatch.nlp.quotes.phrasal import phrasal_cues
from wirewatch.nlp.quotes.quantified import counted
from wirewatch.nlp.quotes.reader_frames import ReaderFrames
from wirewatch.nlp.quotes.segments import Segments
from wirewatch.nlp.quotes.speaker_syntax import outside_content
from wirewatch.nlp.quotes.speakers import Speaker, SpeakerResolver
from wirewatch.nlp.quotes.speech_nouns import NOUN_KIND, noun_cue_speaker, speech_noun_cues
from wirewatch.nlp.quotes.structure import attribution_reaches, is_phrase, previous_subject, quoted_tokens
from wirewatch.nlp.quotes.subjects import finite
from wirewatch.nlp.quotes.verb_lemmas import SpeechLemmas
from wirewatch.nlp.quotes.whole_sentences import stands_as_sentence
from wirewatch.nlp.resources import Resources
from wirewatch.records import Quote

FLOATING_MIN_WORDS = 4
FLOATING_WINDOW = 400  # characters: a whole-sentence quote this close after an attributed one continues it
TITLE_MAX_WORDS = 8
SENTENCE_BREAK = re.compile(r"[.!?…]\s+|\n")


class QuoteComponent:
    """Direct and reported quotes with speakers (see the module docstring)."""

    def __init__(self, nlp: Language, name: str, lang: str):
        self.name = name
        self.lang = lang
        self.lex: QuoteLexicon | None = None
        self.cues: CueFinder | None = None
        self.speech_lemmas: SpeechLemmas | None = None
        self.describer: ActorDescriber | None = None
        self.outlets: Outlets | None = None
        self.english: EnglishDescriptions | None = None
        self.learned = LearnedFrom()
        self.frames = OpinionFrames()
        self.reader_frames = ReaderFrames({})
        self.light = LightVerbs({})
        self.naming = NamingVerbs()

    def initialize(self, get_examples: Callable[[], Iterable[Any]] | None = None, *, nlp: Language | None = None,
                   resources: Resources | None = None) -> None:
        self.lex = QuoteLexicon.load(self.lang)
        self.cues = CueFinder(self.lex)
        self.speech_lemmas = SpeechLemmas.load(self.lex)  # "estime", "tweeté": lemmas the lemmatiser left
        self.english = EnglishDescriptions(self.lang, self.lex.grammar.indefinite)
        self.learned = LearnedFrom.load(self.lang)  # "…, a-t-on appris auprès de X"
        self.frames = OpinionFrames.load(self.lang)  # "Pour X, « … »"
        self.reader_frames = ReaderFrames.load(self.lang)  # "…, peut-on lire dans le communiqué de X"
        self.light = LightVerbs.load(self.lang)  # "« … », a tenu à préciser X"
        self.naming = NamingVerbs.load(self.lang)  # 'the law labels them "foreign agents"'
        if resources is not None:
            self.describer = ActorDescriber(self.lang, resources.actors, resources.gazetteer)
        self.outlets = Outlets.load(self.lang, resources.actors if resources is not None else None)

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.match(doc))
        return doc

    # -- find ------------------------------------------------------------------------------------------
    def match(self, doc: Doc) -> list[Found]:
        if self.lex is None or self.cues is None:
            raise RuntimeError(f"{self.name} used before initialize()")
        text = doc_text(doc)
        if self.speech_lemmas is not None:
            self.speech_lemmas.repair(doc)
        marks = split_at_incises(doc, text, find_quote_marks(text), self.cues.is_speech_verb,
                                 self.lex.grammar.auxiliary)  # « A, a déclaré X. B »
        spans = sorted(marks + find_dialogue_lines(text, marks), key=lambda q: q.outer_start)
        quoted = within_quotations(marks)  # a dialogue line holds its own attribution ("— Oui, a-t-il dit.")
        segments = Segments(doc, frozenset(m.outer_start for m in marks))
        cues = self.cues.find(doc, segments, quoted)
        entities = EntityIndex.from_doc(doc, self.lang)
        cues = sorted(cues + phrasal_cues(self.lex, doc, segments, quoted)  # "fait état de"
                      + self.learned.cues(self.lex, doc, segments, quoted)
                      + self.frames.cues(self.lex, doc, segments, quoted)
                      + self.reader_frames.cues(self.lex, doc, segments, quoted)
                      + label_cues(self.lex, doc, segments, quoted, entities)  # "X: …"
                      + speech_noun_cues(self.lex, doc, segments.spans, quoted),  # "his claim that …"
                      key=lambda c: c.position)
        cues = sorted(cues + light_verb_cues(self.lex, self.light, doc, segments, cues, quoted),  # "a tenu à dire"
                      key=lambda c: c.position)
        past_channel_openings(self.lex, doc, cues, entities, self.outlets.is_outlet if self.outlets else None)
        cues = relayed_by_outlets(cues, entities, self.outlets, quoted)  # "…, selon l'agence Tass": a channel
        resolver = SpeakerResolver(doc, self.lex, entities, quoted,
                                   self.describer,
                                   self.english,
                                   self.outlets.is_outlet if self.outlets is not None else None)

        found: list[Found] = []
        infinitive = self.lex.grammar.infinitive_complement  # (a speech verb that is a commitment: cue_relations)
        incise_verb = partial(incise_only, self.lex)  # (« … », poursuit X: no attribution outside an incise)
        for cue in cues:
            if cue.content is not None and not holds_verb_cue(cue, cues, marks, infinitive, incise_verb,
                                                                   self.lex.grammar.passive_auxiliary):
                paragraph_end = text.find("\n", cue.sent.end_char)  # "that it would be “a scheme. I'm now …”"
                start, end = balanced(*before_nested_cue(text, cue, cues, self.lex.grammar), marks,
                                      (cue.sent.start_char, len(text) if paragraph_end < 0 else paragraph_end))
                found.append(Found(start, end, False, cue))
        for span in spans:
            quote = self._direct(doc, text, span, cues, segments, quoted)
            if quote is not None:
                found.append(quote)
        found.sort(key=lambda f: (f.start, not f.direct))

        speakers: dict[int, Speaker | None] = {}
        last: Found | None = None
        for f in found:
            if f.cue is not None:
                key = id(f.cue)
                if key not in speakers:
                    speakers[key] = self._speaker(f.cue, cues, resolver)
                    resolver.remember(speakers[key])
                f.speaker = speakers[key]
            else:
                f.speaker = self._prior(text, f, segments, cues, resolver, last) \
                    or self._following(text, f, segments, cues, resolver, quoted)
            if f.speaker is not None and not (f.cue is not None and negated(f.cue, self.lex.grammar.negation)):
                last = f  # (who "has not said" something does not go on speaking)
        for f in found:  # "Olaf Scholz … Scholz told reporters": the fullest name given (fullest_names.py)
            f.speaker = fullest_name(f.speaker, entities, text)
        continued_over_paragraphs(text, found)  # "« A.¶« B », a-t-elle ajouté": A is hers too
        within_reported(found)  # "X a estimé que le projet menaçait « des emplois »": the words are X's
        # reported speech nobody can be found to have said is left out rather than guessed
        found = [f for f in found if f.direct or f.speaker is not None]
        return dedupe(text, without_nested_reports(found))

    def _prior(self, text: str, f: Found, segments: Segments, cues: list[Cue], resolver: SpeakerResolver,
               last: Found | None) -> Speaker | None:
        """A quotation with no attribution of its own: the subject of the sentence just before it ("Le ministre
        a été clair. « … »"), else the speaker of a quote shortly before (a floating quote)."""
        assert self.lex is not None
        prior = previous_subject(text, f.start, segments, cues, self.lex.grammar) if f.direct else None
        speaker = resolver.resolve(*prior) if prior is not None else None
        if speaker is not None:
            return speaker
        paragraph = paragraph_before_subject(text, f.start, f.end, segments, cues, self.lex.grammar) \
            if f.direct else None  # "X a critiqué le budget.¶« … »": a typed speaker only
        speaker = resolver.resolve(*paragraph) if paragraph is not None else None
        if speaker is not None and speaker.type is not None:
            return speaker
        if last is not None and last.speaker is not None and 0 <= f.start - last.end <= FLOATING_WINDOW:
            return last.speaker
        return None

    def _following(self, text: str, f: Found, segments: Segments, cues: list[Cue], resolver: SpeakerResolver,
                   quoted: Callable[[int], bool]) -> Speaker | None:
        """"X a été claire : « … »", "« … » La syndicaliste X est catégorique.": the subject of the clause a colon
        ends before the quotation, else the subject of the sentence after, when it names someone (followers.py)."""
        assert self.lex is not None
        if not f.direct:
            return None
        subject = colon_subject(text, f, segments, self.lex.grammar) \
            or next_sentence_subject(text, f, segments, cues, self.lex.grammar, quoted)
        speaker = resolver.resolve(*subject) if subject is not None else None
        return speaker if speaker is not None and speaker.type is not None else None

    @staticmethod
    def _speaker(cue: Cue, cues: list[Cue], resolver: SpeakerResolver) -> Speaker | None:
        if cue.kind == NOUN_KIND:  # "his warnings that …": the noun's possessor
            return noun_cue_speaker(cue, resolver)
        if cue.speaker_words is not None:
            return resolver.resolve_words(cue.speaker_words)
        if cue.subject is not None:  # ("a number of officials said": the officials, quantified.py)
            people = counted(resolver.g, resolver.lex.quantity_words, cue.subject)
            said_by = outside_content(cue.sent, cue.subject, cue.content)  # (not a name in what was said)
            return resolver.resolve(cue.subject, said_by) or (resolver.resolve(people, cue.sent) if people else None)
        if cue.kind != "verb":
            return None
        expletive = next((c for c in cue.token.children if expletive_passive_subject(resolver.g, c)), None)
        if expletive is not None:  # "Il est précisé dans un communiqué de X que …": where it was said speaks
            return resolver.resolve(expletive, cue.sent)
        # "Il a insisté … et indiqué …": a coordinated speech verb shares the subject the parse gave another
        for other in reversed(cues):
            if other.sent is cue.sent and other.position < cue.position and other.subject is not None:
                return resolver.resolve(other.subject, other.sent)
        if spoken_of(resolver.g, resolver.lex.lang, cue.token, cue.sent):  # "X, décrit comme « … »": X is spoken of
            return None
        inverted = incise_subject(cue.token, cue.sent)  # "« … », assure X" parsed without a subject
        if inverted is not None and after_quotation(cue.token) and any(
                t.head.i == cue.token.i and t.dep_ in resolver.g.inverted_subject | resolver.g.predicate
                for t in inverted):  # (the parse hung the name on the verb: not "said Wednesday in X")
            return resolver.resolve_words(inverted)
        nearest = nearest_named_before(resolver.doc, resolver.index, resolver.quoted, resolver.is_outlet, cue.sent,
                                       cue.position)
        if nearest is None and not finite(cue.token):  # "…,” adding, “…”: the speaker goes on
            return resolver.last_speaker(cue.position)
        return nearest

    def _direct(self, doc: Doc, text: str, span: QuotedSpan, cues: list[Cue], segments: Segments,
                quoted: Callable[[int], bool]) -> Found | None:
        assert self.lex is not None
        words = WORD.findall(text[span.start:span.end])
        if not words or self._is_name(text, span, words):
            return None
        frame = quotation_frame(text, span, segments)
        if frame is None:
            return None
        start, end = frame
        # a speech noun attributes only the quotations inside the clause it reports ("his claim that X is « … »")
        near = [c for c in cues if start <= c.position < end and (c.kind != NOUN_KIND or (
            c.content is not None and c.content[0] <= span.start and span.end <= c.content[1]))]
        if span.dash:
            near = [c for c in near if span.outer_start <= c.position < span.outer_end]
        tokens = quoted_tokens(doc, span)
        if self.naming.is_term(self.lex, doc, span.outer_start, tokens):  # "known as “…”": a term (naming_slots)
            return None
        if near and tokens is not None and is_phrase(tokens) \
                and not stands_as_sentence(text, span.start, span.end, span.outer_start, words, FLOATING_MIN_WORDS):
            # a scare quote or a name: the narrator's words (not a sentence of its own: whole_sentences.py)
            near = [c for c in near if attribution_reaches(c, span, tokens, text, self.lex.grammar.coordinated)]
            if not near:
                return None
        if near and tokens is not None:  # "les mesures annoncées par X « sont … »": not X's (participle_phrases)
            near = [c for c in near if not outside_participle_phrase(self.lex.grammar, self.lang, c, tokens)]
            if not near:
                return None
        if near and tokens is not None:  # "X told fans, who chanted « A »": the fans' words (noun_clause_phrases)
            near = [c for c in near if not within_noun_clause(c, span, tokens, quoted, self.lex.grammar.agent_clause)]
            if not near:
                return None
        if near:
            # the nearest cue whose speaker stands outside the quotation ("avoir un « droit » de répondre")
            near.sort(key=lambda c: distance(c.position, span))
            cue = next((c for c in near if speaker_outside(c, quoted)), near[0])
            q_end = span.end
            if span.dash and cue.position > span.start:  # "— Nous verrons, a-t-il dit." ends at the incise
                comma = text.rfind(",", span.start, clause_start(cue))
                q_end = comma if comma > span.start else span.end
            return Found(span.start, q_end, True, cue)
        if span.dash:
            return None
        following = attribution_after(text, span, segments, cues)
        if following is not None and speaker_outside(following, quoted):
            return Found(span.start, span.end, True, following)
        sentence_like = len(words) >= FLOATING_MIN_WORDS and words[0][:1].isupper()
        return Found(span.start, span.end, True, None) if sentence_like else None

    def _is_name(self, text: str, span: QuotedSpan, words: list[str]) -> bool:
        """A slogan, title or operation name rather than words someone said."""
        assert self.lex is not None
        capitalised = [w[:1].isupper() or w[:1].isdigit() for w in words]
        if 2 <= len(words) <= TITLE_MAX_WORDS and capitalised[0] and capitalised[-1] \
                and all(cap or len(w) <= 3 for cap, w in zip(capitalised, words, strict=True)):
            return True  # Title Case ("Meet the Press", "Operation Rising Lion")
        # only the words of the quotation's own sentence name it ("… the campaign.¶“I never …” is speech)
        before = WORD.findall(SENTENCE_BREAK.split(text[max(0, span.outer_start - 60):span.outer_start])[-1].lower())
        while before and before[-1] in self.lex.skip_words:
            before.pop()
        if before and before[-1].rstrip("'’") in self.lex.skip_words and len(before) > 1:
            before.pop()
        return bool(before) and before[-1] in self.lex.naming_words

    # -- write -----------------------------------------------------------------------------------------
    def set_annotations(self, doc: Doc, found: list[Found]) -> None:
        assert self.lex is not None
        quotes: list[Quote] = []
        text = doc_text(doc)
        parts = interrupted(text, found)
        for f in found:
            channel, date = self._circumstances(doc, text, f.cue, found, f.speaker)
            channel = channel or (f.speaker.channel if f.speaker else None) or (f.cue.channel if f.cue else None)
            quotes.append(Quote(
                text=text[f.start:f.end], start=f.start, end=f.end, direct=f.direct,
                speaker=f.speaker.name if f.speaker else None,
                speaker_entity=f.speaker.entity_id if f.speaker else None,
                channel=channel, date=date, parts=parts.get(id(f), []),
            ))
        doc._.ww_quotes = quotes

    def _circumstances(self, doc: Doc, text: str, cue: Cue | None, found: list[Found], speaker: Speaker | None
                       ) -> tuple[str | None, str | None]:
        """Channel and speech date that the attribution verb itself governs ("a écrit … sur son compte X",
        "Mardi, Trump a déclaré"), never words inside what was said."""
        assert self.lex is not None
        if cue is None or cue.kind not in ("verb", "source"):  # ("selon X, cité par l'AFP": the outlet)
            return None, None
        sent = cue.sent
        chars = list(text[sent.start_char:sent.end_char])
        said = [(f.start, f.end) for f in found if f.start < sent.end_char and f.end > sent.start_char]
        for s, e in said:
            first, last = max(s, sent.start_char), min(e, sent.end_char)
            if last > first:
                chars[first - sent.start_char: last - sent.start_char] = " " * (last - first)
        channel = None
        for offset, name in self.lex.channels_in("".join(chars)):
            if governed_by(doc, sent.start_char + offset, cue) or before_content(cue, sent.start_char + offset):
                channel = outlet_of_setting(doc, sent.start_char + offset, EntityIndex.from_doc(doc, self.lang),
                                            self.outlets) or name
                break
        if channel is None and self.outlets is not None:  # "told Reuters", "a déclaré à l'AFP"
            mentions = [m for m in EntityIndex.from_doc(doc, self.lang).overlapping(sent.start_char, sent.end_char)
                        if attached_to(doc, m.start, cue, self.lex.grammar.agent)]
            channel = self.outlets.named(text, [(m.start, m.end, m.name, m.type) for m in mentions],
                                         said, (sent.start_char, sent.end_char), speaker.name if speaker else None)
        date = None
        for expr in doc._.ww_dates or []:
            inside = sent.start_char <= expr.start < sent.end_char
            if inside and expr.value and not any(s <= expr.start < e for s, e in said) \
                    and governed_by(doc, expr.start, cue):
                date = expr.value
                break
        return channel, date


@Language.factory(
    "ww_quotes",
    assigns=["doc._.ww_quotes"],
    requires=["token.dep", "token.lemma", "doc.sents", "doc._.ww_entities", "doc._.ww_dates"],
)
def make_quote_component(nlp: Language, name: str) -> QuoteComponent:
    ensure_extensions()
    return QuoteComponent(nlp, name, nlp.lang or "")
