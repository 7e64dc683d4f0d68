"""Reported speech carried by a speech noun: "his warnings that the vote is \"rigged\"", "the minister's claim that
…", "l'affirmation selon laquelle …", "sa promesse que …".

A noun of ``quote_speech_nouns.txt`` followed at once by the clause it reports — opened by a complementizer the
parse marks as such ("that", "que"; never a relative pronoun: "the claim that he made") or by a preposition of the
``noun_clause_opener`` class and a relative pronoun ("selon laquelle") — reports that clause. Its speaker is the
noun's possessor: a possessive determiner ("his", "sa": the person or organisation it refers to), a possessive
noun ("the minister's": the entity named there, not the words with their "'s"), a genitive complement
("l'avertissement du ministre") or an agent complement ("the claim by the minister that …"); a speech noun with no
possessor ("the claim that …") says nothing of who spoke, and reports nothing.

The parse often hangs the clause on the verb around the noun ("mocked his warnings that …" → ccomp of "mocked"):
the clause is read from the word after the noun, on the surface, and its extent from the parse of that word.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from spacy.tokens import Doc, Span, Token

from wirewatch import lexicons
from wirewatch.nlp.doc_cache import doc_text
from wirewatch.nlp.quotes.content_edges import trim_content
from wirewatch.nlp.quotes.cue_contents import MIN_CONTENT_WORDS
from wirewatch.nlp.quotes.cues import Cue
from wirewatch.nlp.quotes.lexicon import QuoteLexicon
from wirewatch.nlp.quotes.mentions import EntityIndex
from wirewatch.nlp.quotes.possessives import Possessives
from wirewatch.nlp.quotes.speaker import SPEAKER_TYPES
from wirewatch.nlp.quotes.speakers import Speaker, SpeakerResolver
from wirewatch.nlp.quotes.subjects import is_clause

NOUN_KIND = "noun"
SENTENCE_ENDS = (".", "!", "?")
SPEAKING_TYPES = (*SPEAKER_TYPES, "LOC")  # "Russia's claim that …": a country speaks


@cache
def speech_nouns(lang: str) -> frozenset[str]:
    """Lemmas of nouns that report speech (``quote_speech_nouns.txt``), read once."""
    return frozenset(w.lower() for w in lexicons.read_lines(lang, "quote_speech_nouns.txt"))


def speech_noun_cues(lex: QuoteLexicon, doc: Doc, segments: list[Span], quoted: Callable[[int], bool]) -> list[Cue]:
    """One cue per speech noun with a possessor and a complement clause, its content that clause."""
    nouns = speech_nouns(lex.lang)
    if not nouns:
        return []
    cues = []
    for seg in segments:
        for noun in seg:
            if noun.pos_ != "NOUN" or noun.lemma_.lower() not in nouns or quoted(noun.idx) or noun.i + 1 >= seg.end:
                continue
            owner = _possessor(lex, noun) if not _verbless_sentence(noun) else None
            content = _complement(lex, noun, seg, quoted) if owner is not None else None
            if content is not None:
                cues.append(Cue(noun, NOUN_KIND, seg, subject=owner, content=content))
    return cues


def noun_cue_speaker(cue: Cue, resolver: SpeakerResolver) -> Speaker | None:
    """Who a speech noun's possessor is: the referent of a possessive determiner, else the possessor resolved."""
    if cue.subject is None:
        return None
    possessive = Possessives.of_language(resolver.lex.lang).forms.get(cue.subject.lower_)
    if possessive is not None and cue.subject.pos_ in ("DET", "PRON"):
        return resolver.resolve_pronoun(cue.position, "any", possessive.number, possessive.gender)
    if cue.subject.dep_ in resolver.lex.grammar.possessor:
        named = _named_possessor(resolver.index, cue.subject)
        if named is not None:
            return named
    return resolver.resolve(cue.subject, cue.sent)


def _named_possessor(index: EntityIndex, owner: Token) -> Speaker | None:
    """"Mr. Biden's claim": the person or organisation named by the possessor's words (which the resolver passes
    over, since a possessor before a speaking noun — "Biden's spokesman" — is not the speaker)."""
    start, end = owner.left_edge.idx, owner.idx + len(owner.text)
    for wanted in SPEAKING_TYPES:
        for m in index.overlapping(start, end):
            if m.type == wanted:
                return Speaker(m.name, m.entity_id, m.type, m.start)
    return None


def _verbless_sentence(noun: Token) -> bool:
    """"Scholz's warning that the economy could shrink rattled markets.": a speech noun the parse made the root of a
    whole sentence (one closed by its final punctuation) has swallowed the sentence's own verb into its clause, whose
    extent is then unknown; a headline with no verb ("Biden's claim that the border is secure") is no sentence."""
    last = noun.sent[-1]
    return noun.head.i == noun.i and last.is_punct and last.text in SENTENCE_ENDS


def _possessor(lex: QuoteLexicon, noun: Token) -> Token | None:
    g = lex.grammar
    forms = Possessives.of_language(lex.lang).forms
    for c in noun.children:
        if c.i < noun.i and (c.dep_ in g.possessor or (c.lower_ in forms and c.pos_ in ("DET", "PRON"))):
            return c
        if c.i > noun.i and c.dep_ in g.preposition_object and c.pos_ in ("PROPN", "NOUN") and any(
                m.lower_ in g.genitive and m.dep_ in g.leading for m in c.children if m.i < c.i):
            return c  # "l'avertissement du ministre"
    return _agent_complement(lex, noun)


def _agent_complement(lex: QuoteLexicon, noun: Token) -> Token | None:
    """"the claim by the minister that …": the agent of the speech noun, right after it."""
    doc = noun.doc
    if noun.i + 1 >= len(doc) or doc[noun.i + 1].lower_ not in lex.grammar.agent_preposition \
            or doc[noun.i + 1].head.i != noun.i:
        return None
    return next((c for c in doc[noun.i + 1].children
                 if c.dep_ in lex.grammar.preposition_object and c.pos_ in ("PROPN", "NOUN")), None)


def _complement(lex: QuoteLexicon, noun: Token, seg: Span, quoted: Callable[[int], bool]) -> tuple[int, int] | None:
    g = lex.grammar
    doc = noun.doc
    after = _past_genitive(lex, noun)
    if after >= seg.end:
        return None
    opener = doc[after]
    if opener.lower_ in g.complementizer and opener.pos_ == "SCONJ" and _complete(lex, opener.head):
        clause, first = opener.head, opener.i
    elif opener.lower_ in g.noun_clause_opener and after + 2 < seg.end and doc[after + 1].lower_ in g.relative_pronoun:
        clause, first = doc[after + 1].head, after + 2  # "selon laquelle <…>"
    else:
        return None
    if clause.i < first or (quoted(clause.idx) and clause.i == first):
        return None
    last = min(clause.right_edge.i, seg.end - 1)
    for c in clause.children:  # "that the vote is rigged, angering …": a clause set off after it is the narrator's
        if c.i > clause.i and c.dep_ in g.adverbial and doc[c.left_edge.i - 1].is_punct:
            last = min(last, c.left_edge.i - 1)
    if last < first or not is_clause(doc[first: last + 1]):
        return None
    span = trim_content(g, doc_text(doc), doc[first].idx, doc[last].idx + len(doc[last].text))
    if span is None:
        return None
    words = [t for t in doc.char_span(*span, alignment_mode="expand") or () if not t.is_punct]
    if len(words) < MIN_CONTENT_WORDS or all(quoted(t.idx) or t.pos_ == "DET" for t in words):
        return None  # "his assertion that the « … »": the quotation itself, a direct quote already
    return span


def _past_genitive(lex: QuoteLexicon, noun: Token) -> int:
    """The word after the noun and its genitive complement ("l'avertissement du ministre <que>")."""
    g = lex.grammar
    end = noun.i + 1
    agent = _agent_complement(lex, noun)
    if agent is not None:
        return agent.i + 1  # "the claim by the minister <that>"
    for c in noun.children:
        if c.i > noun.i and c.dep_ in g.preposition_object and c.left_edge.i == end \
                and c.left_edge.lower_ in g.genitive:
            end = c.i + 1  # the complement's head, not what the parse hung on it (the clause itself)
    return end


def _complete(lex: QuoteLexicon, clause: Token) -> bool:
    """A clause with nothing missing: a verb with its object, a complement, or a passive or copula, or a verb that
    takes no speech noun for object ("that prices had stabilised"). "his claim that he made on television" may be a
    relative clause whose "that" stands for the missing object (the parse tags it as a complementizer either way),
    and is not read as what was said: its verb is a speech verb or one of ``quote_noun_taking_verbs.txt``."""
    g = lex.grammar
    if clause.pos_ != "VERB":
        return True  # "that the vote is unfair": a predicate with its copula
    wanted = g.object | g.clause | g.predicate | g.passive_auxiliary | g.copula
    if any(c.dep_ in wanted for c in clause.children):
        return True
    lemma = clause.lemma_.lower()
    return bool(noun_taking_verbs(lex.lang)) and lemma not in noun_taking_verbs(lex.lang) and lemma not in lex.verbs


@cache
def noun_taking_verbs(lang: str) -> frozenset[str]:
    """Lemmas of the verbs that take a speech noun as object (``quote_noun_taking_verbs.txt``), read once."""
    return frozenset(w.lower() for w in lexicons.read_lines(lang, "quote_noun_taking_verbs.txt"))
