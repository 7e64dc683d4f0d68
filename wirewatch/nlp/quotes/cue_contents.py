"""What a cue reports: the content a speech verb takes, read on the parse of one document.

``ContentReaders`` is the part of the cue finder (``cues._DocumentCues``) that reads contents: the clause before a
postposed attribution, the complement clause, an infinitive ("affirme disposer de preuves"), an object ("reported
two deaths"), and the check that what was found is something said (``_accept``).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from wirewatch.nlp.headline_structure import unpunctuated
from wirewatch.nlp.quotes.adjunct_complement import complement_of_adjunct, complement_shaped, present_participle
from wirewatch.nlp.quotes.background import before_background
from wirewatch.nlp.quotes.colon_reports import after_introducing_colon
from wirewatch.nlp.quotes.consequences import before_consequence
from wirewatch.nlp.quotes.content_edges import speech_verb_forms, trim_content
from wirewatch.nlp.quotes.content_words import word_count
from wirewatch.nlp.quotes.extent import condition_kept
from wirewatch.nlp.quotes.headlines import headline_infinitive, verbless_predicate
from wirewatch.nlp.quotes.hung_complements import hung_complement
from wirewatch.nlp.quotes.incise_continuations import continued_after_incise
from wirewatch.nlp.quotes.inversion import inverted_pronoun
from wirewatch.nlp.quotes.lexicon import QuoteGrammar, QuoteLexicon
from wirewatch.nlp.quotes.own_clauses import before_own_clause
from wirewatch.nlp.quotes.preposition_clauses import governed_by_preposition
from wirewatch.nlp.quotes.relative_reports import relative_report_after
from wirewatch.nlp.quotes.stray_subjects import apposed_speaker, stray_subject_end
from wirewatch.nlp.quotes.subjects import (
    finite,
    infinitive_group,
    inverted_phrase,
    is_clause,
    own_subject,
    participle_clause,
    verb_group_start,
    within,
)
from wirewatch.nlp.quotes.things import is_document
from wirewatch.nlp.quotes.unlabelled_openings import unlabelled_opening

MIN_CONTENT_WORDS = 3
OBJECT_STOPS = frozenset({"—", "–", ";", ":"})
MAX_TAIL_WORDS = 5  # "X said on Tuesday to reporters": the words an attribution may carry after its verb
MIN_UNQUOTED_WORDS = 1  # reported content has words of its own outside quotation marks (articles aside)


class ContentReaders:
    """The content readers of a document's cue finder: its grammar and lexicon, its text, and which characters lie
    inside quotation marks."""

    lex: QuoteLexicon
    g: QuoteGrammar
    text: str
    quoted: Callable[[int], bool]

    def _infinitive(self, verb: Token, seg: Span, infinitive_only: bool = False) -> tuple[int, int] | None:
        """"L'université affirme disposer de preuves", "he denied having …", "a annoncé avoir …": what was said."""
        comp = next((c for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i and c.pos_ in ("VERB", "AUX")
                     and within(c, seg) and (not infinitive_only or infinitive_group(c))), None)
        if comp is None or not (finite(verb) or present_participle(verb)):  # ("…, affirmant avoir libéré …")
            return None
        first, last = max(comp.left_edge.i, verb.i + 1), min(comp.right_edge.i, seg.end - 1)
        last = before_own_clause(self.g, comp, first, last)  # "… pouvoir gagner mais ils sont tombés"
        last = condition_kept(self.g, verb, seg, last)  # "urged X to act, whether or not …" (extent.py)
        return self._accept(verb.doc, first, last, clause=False)

    def _object(self, verb: Token, seg: Span, prepositions: frozenset[str] = frozenset()) -> tuple[int, int] | None:
        """"X reported two deaths", "praised Putin as a strong leader": the object and its "as/for/of" phrase;
        for a verb read with a preposition, that preposition's object ("referred to her as …")."""
        if prepositions:
            prep = next((c for c in verb.children if c.lower_ in prepositions and c.i > verb.i and within(c, seg)),
                        None)
            obj = None if prep is None else next(
                (c for c in prep.children if c.dep_ in self.g.preposition_object), None)
        else:
            obj = next((c for c in verb.children if c.dep_ in self.g.object and c.i > verb.i and within(c, seg)),
                       None)
        if obj is None or not finite(verb):
            return None
        if obj.lemma_.lower() in self.lex.act_objects.get(verb.lemma_.lower(), ()):
            return None  # "claimed responsibility for …": an act, not words (quote_act_objects.tsv)
        doc = verb.doc
        first, last = obj.left_edge.i, min(obj.right_edge.i, seg.end - 1)
        for c in sorted(verb.children, key=lambda c: c.i):  # what the parser hung on the verb after the object
            if c.i > last and c.dep_ not in ("advcl", "npadvmod", "punct", "cc", "conj") and within(c, seg) \
                    and not self._circumstance(c):  # ("praised the banks, according to his aides")
                last = min(c.right_edge.i, seg.end - 1)
        if obj.pos_ == "PRON" and last <= obj.i:  # "praised him": nothing said; "called him a liar": said
            return None
        stop = next((t.i for t in doc[first: last + 1] if t.text in OBJECT_STOPS), None)
        if stop is not None:
            last = stop - 1
        return self._accept(doc, first, last, clause=False)

    def _circumstance(self, phrase: Token) -> bool:
        """A prepositional phrase after a speech verb's object that is the narrator's, not said: a source phrase
        ("praised the deal in his speeches, according to his aides", « …, selon ses conseillers »); never "as/of/for
        …" (``object_argument``: "accused X of lying"), and a time or place may be part of what was reported
        ("reported a loss in 1995")."""
        word: Token | None = phrase  # (ClearNLP: the preposition heads its phrase)
        if phrase.dep_ not in self.g.leading:  # (UD: the noun heads it, its preposition a "case" child)
            word = next((c for c in phrase.children if c.dep_ in self.g.leading and c.pos_ == "ADP"
                         and c.i < phrase.i), None)
        if word is None or word.lower_ in self.g.object_argument:
            return False
        doc = word.doc
        return any(tuple(t.lower_ for t in doc[word.i: word.i + len(words)]) == words
                   for words in self.lex.phrases_by_first_word.get(word.lower_, ()))

    def _postposed(self, verb: Token, seg: Span) -> tuple[int, int] | None:
        """"<content>, a indiqué X" / "<content>, said X" / "<content>, X said."""
        doc = verb.doc
        subj = own_subject(self.g, verb, seg)
        pronoun = inverted_pronoun(verb, seg, self.lex.pronouns, self.g.auxiliary)
        if pronoun is not None:  # "<content>, a-t-il ajouté" split by the parser
            clause_start = pronoun.group_start
        elif inverted_phrase(self.g, verb, seg) is not None:
            clause_start = verb_group_start(verb)
        elif subj is None or not within(subj, seg) or subj.lower_ in self.g.relative_pronoun:
            return None  # ("le chauffeur, qui a reconnu avoir bu, …": a relative clause, no attribution)
        elif subj.i > verb.i or (subj.pos_ == "PRON" and subj.text.startswith("-")):
            clause_start = verb_group_start(verb)
        else:  # "<content>, X said (on Tuesday)." — nothing said after the verb
            clause_start = subj.left_edge.i
            if any(c.dep_ in self.g.clause for c in verb.children):
                return None
            after = [t for t in verb.subtree if t.i > verb.i and not t.is_punct and within(t, seg)]
            if len(after) > MAX_TAIL_WORDS:
                return None
            ends = max([verb.i] + [t.i for t in after])
            if ends + 1 < seg.end and not doc[ends + 1].is_punct:  # "…, X said, two days before …" is fine
                return None
        if clause_start <= seg.start or doc[clause_start - 1].text != ",":
            return None
        if participle_clause(doc[seg.start: clause_start - 1]):  # "Interrogée par X, la ministre a jugé …"
            return None
        if unpunctuated(seg) and headline_infinitive(doc[seg.start: clause_start - 1]):  # "Bridge to reopen, X says"
            return self._accept(doc, seg.start, clause_start - 2, clause=False)
        # "A, Macron conceded, but B": the sentence goes on saying what was said (incise_continuations.py)
        continued = continued_after_incise(self.g, verb, seg, self._speech_verb, self.quoted)
        first = after_introducing_colon(doc, seg.start, clause_start - 2, self.quoted)  # "No secret: “…,” X said"
        return self._accept(doc, first, clause_start - 2 if continued is None else continued)

    def _complement(self, verb: Token, seg: Span) -> tuple[int, int] | None:
        clause = next((c for c in verb.children if c.dep_ in self.g.clause and within(c, seg)), None)
        if clause is None:
            clause = self._complement_read_as_relative(verb, seg)
        if clause is None:  # "said in a statement that …": the clause hung on the adjunct's noun
            clause = complement_of_adjunct(self.g, verb, seg, self._setting)
        if clause is None:  # « a indiqué à l'agence Ria Novosti que … »: under the listener (hung_complements.py)
            clause = hung_complement(self.g, verb, seg)
        unlabelled = unlabelled_opening(self.g, verb, seg) if clause is None else None
        if unlabelled is not None:  # "A major attack …, killed 17 people, authorities said" (unlabelled_openings.py)
            return self._accept(verb.doc, *unlabelled, clause=False)
        if clause is None or governed_by_preposition(self.lex, verb, clause):
            return None  # ("confirmed the withdrawal after the forces declared …": preposition_clauses.py)
        first, last = max(clause.left_edge.i, seg.start), min(clause.right_edge.i, seg.end - 1)
        mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ in self.g.complementizer
                     and verb.i < first < c.i < clause.i), None)
        if mark is not None:  # "say by a wide margin, 52 percent to 40, that …": nothing said before its "that"
            first = mark.i
        last = min(relative_report_after(self.g, verb, last), seg.end - 1)  # "by lawmakers he says are …"
        # "said X happened and Y was summoned": a coordinated clause with its own subject and no "that" of
        # its own is said by the narrator, not reported
        for conj in clause.children:
            if conj.dep_ == "conj" and conj.i > clause.i and first <= conj.left_edge.i <= last \
                    and (self._next_speech_act(verb, conj) or (any(c.dep_ in self.g.subject for c in conj.children)
                                                         and finite(conj)) or self._next_act(verb, clause, conj)) \
                    and not any(c.dep_ == "mark" for c in conj.children):
                last = min(last, conj.left_edge.i - 1)
                # the conjunction, on the second conjunct (UD) or on the first, nearest before it (ClearNLP)
                on_first = [c.i for c in clause.children if c.dep_ == "cc" and clause.i < c.i < conj.left_edge.i]
                cc = [c.i for c in conj.children if c.dep_ == "cc" and c.i < conj.i] + on_first[-1:]
                if cc:
                    last = min(last, min(cc) - 1)
        # "…, while the union claimed …": a contrasting clause is the narrator's
        for sub in clause.subtree:
            if sub.dep_ == "mark" and sub.lower_ in self.g.contrast and first < sub.i <= last:
                opening = sub.head.left_edge.i  # "even though …": from the adverb before the subordinator
                last = min(last, (opening if first < opening <= sub.i else sub.i) - 1)
        if clause.i > verb.i:  # "said if he wins he would …": the clause may open on a subordinator
            last = condition_kept(self.g, verb, seg, last)
            last = before_background(self.lex.lang, verb.doc, max(first, verb.i + 1), last, self.quoted)  # "amid …"
            last = before_consequence(self.g, self.lex.consequence_verbs, clause, max(first, verb.i + 1), last)
            # a clause its complementizer opens ("a affirmé que les deux pays coopéreraient") is one even where the
            # tagger read its verb as another word (a rare conditional form as an adjective)
            introduced = any(c.dep_ == "mark" and c.lower_ in self.g.complementizer and c.i == clause.left_edge.i
                             for c in clause.children)
            return self._accept(verb.doc, max(first, verb.i + 1), last, opening=False,  # ("says France ready to …")
                                clause=not (verbless_predicate(self.g.subject, clause) or introduced))
        # "<content>, the Kremlin said, two days before …": the content ends where the attribution starts
        subj = apposed_speaker(self.g, verb) or own_subject(self.g, verb, seg)  # "…president, Sen. X said"
        attribution = min(verb.i, subj.left_edge.i if subj is not None and subj.i < verb.i else verb.i)
        last = stray_subject_end(self.g, verb, min(last, attribution - 1), attribution)  # "…elected president, X said"
        while last > first and verb.doc[last].is_punct:
            last -= 1
        first = after_introducing_colon(verb.doc, first, last, self.quoted)  # "No secret: “…,” X said"
        if any(t.text == "," for t in verb.doc[last + 1: attribution]):
            # "Nobody was hurt, the mayor said, but the roof fell in": parsed as the verb's clause, the same
            # incise as in _postposed (incise_continuations.py)
            continued = continued_after_incise(self.g, verb, seg, self._speech_verb, self.quoted)
            return self._accept(verb.doc, first, last if continued is None else continued)
        return None

    def _next_speech_act(self, verb: Token, conj: Token) -> bool:
        """"X said the economy had grown and vowed to cut taxes", « X a déclaré que la réforme était prête et a promis
        de … »: a finite speech verb with no subject of its own, coordinated inside the reported clause and itself
        reporting a clause or an infinitive, is the speaker's next act (the parse hangs it on the clause), which its
        own cue reports ("and demanded money" may be what was said; « et promis de … », a participle without its
        auxiliary, has no cue of its own). It has the form of the reporting verb, auxiliaries included ("could
        influence the race and suggest …", « a dit que le ministre avait menti et avait assuré … »: not the
        speaker's act)."""
        same_form = conj.tag_ == verb.tag_ and _group_form(conj) == _group_form(verb)
        reports = any(c.dep_ in self.g.clause or c.dep_ in self.g.infinitive_complement for c in conj.children)
        return same_form and reports and conj.pos_ == "VERB" and finite(conj) \
            and own_subject(self.g, conj) is None and self._speech_verb(conj)

    def _next_act(self, verb: Token, clause: Token, conj: Token) -> bool:
        """"He maintained that the city should spend on buses, and mocked the critics": a verb coordinated with
        the reported clause's verb but in the reporting verb's form and not the clause verb's ("mocked" cannot join
        "should focus"), with no subject of its own, goes with the reporting verb: the speaker's next act."""
        return conj.tag_ == verb.tag_ and conj.tag_ != clause.tag_ and finite(conj) \
            and own_subject(self.g, conj) is None and _group_form(conj) == _group_form(verb)

    def _speech_verb(self, tok: Token) -> bool:
        return tok.pos_ == "VERB" and any(form in self.lex.verbs for form in speech_verb_forms(self.g, tok))

    def _setting(self, noun: Token) -> bool:
        """A document or a setting of speech: "statement", "interview" (quote_document_nouns, quote_channels)."""
        first = min(noun.left_edge.i, noun.head.i if noun.head.pos_ == "ADP" else noun.i)
        return is_document(self.lex, noun) or bool(self.lex.channels_in(noun.doc[first: noun.i + 1].text))

    def _complement_read_as_relative(self, verb: Token, seg: Span) -> Token | None:
        """"X a déclaré à l'AFP que le pont rouvrirait": the parse read the complement clause as a relative
        clause of the listener; a clause opening on the complementizer with a subject of its own is what was said
        (a relative "que" stands for the clause's object)."""
        for child in verb.children:
            if child.i < verb.i or not within(child, seg):
                continue
            if child.left_edge.lower_ in self.g.complementizer and child.left_edge.dep_ == "mark" \
                    and child.left_edge.head == child and own_subject(self.g, child) is not None:
                return child  # "a, de son côté, déclaré que les X étaient …": a clause given another label
            for rel in child.children:
                subject = own_subject(self.g, rel)
                if rel.dep_ in self.g.relative and rel.left_edge.lower_ in self.g.complementizer \
                        and subject is not None and subject.lower_ not in self.g.relative_pronoun \
                        and not any(c.dep_ in self.g.object for c in rel.children):
                    return rel
                if rel.dep_ in self.g.agent_clause and rel.i > child.i and complement_shaped(self.g, rel) \
                        and any(c.dep_ in self.g.leading and c.pos_ == "ADP" for c in child.children):
                    return rel  # "a déclaré à l'AFP que cent lits seraient ouverts": hung on the listener
        return None

    def _accept(self, doc: Doc, first: int, last: int, clause: bool = True, opening: bool = True
                ) -> tuple[int, int] | None:
        """The content's characters, if it is something said: long enough, not a quotation already, and (unless
        an object) a clause with a finite verb that does not open on a subordinator ("When X was asked …")."""
        if last < first:
            return None
        if clause:
            if opening and doc[first].pos_ in ("SCONJ", "ADP") and doc[first].lower_ not in self.g.complementizer:
                # "Since the start of the strikes, <content>": an opening adjunct is not what was said
                comma = next((t.i for t in doc[first: last + 1] if t.text == ","), None)
                if comma is not None:
                    first = comma + 1
                    # and the next fronted phrase: "In the north, including the capital, <content>"
                    nxt = next((t.i for t in doc[first: last + 1] if t.text == ","), None)
                    if nxt is not None and doc[first].dep_ in self.g.leading and doc[first].head.i > nxt \
                            and doc[first].right_edge.i < nxt:
                        first = nxt + 1
                elif doc[first].pos_ == "SCONJ":  # "When X was asked …": a subordinate clause alone
                    return None
            if not is_clause(doc[first: last + 1]):
                return None
        span = trim_content(self.g, self.text, doc[first].idx, doc[last].idx + len(doc[last].text))
        if span is None:
            return None
        start, end = span
        tokens = doc.char_span(start, end, alignment_mode="expand")
        if tokens is None or word_count(tokens) < MIN_CONTENT_WORDS:  # (on tokens: content_words.py)
            return None
        # all quoted is the direct quote itself; "un « crime » et un « massacre »" frames quoted words: reported too
        unquoted = [t for t in tokens if not t.is_punct and t.pos_ != "DET" and not self.quoted(t.idx)]
        if len(unquoted) < MIN_UNQUOTED_WORDS:
            return None
        return start, end


def _group_form(verb: Token) -> list[tuple[str, ...]]:
    """The verb form and tense of each word of a verb group (its auxiliaries before it, then the verb)."""
    group = [c for c in verb.children if c.dep_.startswith("aux") and c.i < verb.i] + [verb]
    return [(t.lemma_.lower() if t.i != verb.i else "", *t.morph.get("VerbForm", []), *t.morph.get("Tense", []))
            for t in group]
