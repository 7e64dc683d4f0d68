"""Quoted terms: a quoted noun phrase that fills the naming slot of a clause is a term, not speech.

The narrator often quotes the word a law, a label or a usage gives to something, in a slot of the clause that names
it rather than reports anything said:

- the second complement of a verb of naming whose subject is no speaker ("the law labels them “foreign agents”",
  « la loi les qualifie d'« agents de l'étranger » »), or a passive one without a speaking agent ("they are
  labelled “foreign agents”", « ils sont surnommés « les invisibles » »);
- the complement of a participle of naming that modifies a noun ("a deal dubbed “the big one”", "the group known as
  “the boys”", « les manifestants dits « gilets jaunes » », « un plan baptisé « Bouclier » »);
- the word after "so-called", "self-styled", « soi-disant », « prétendu » ("a so-called “early bird” discount").

A verb of naming whose subject is someone who speaks keeps its quoted complement as that speaker's words ("the
Elysee described the meeting as “frank”", « l'Élysée a jugé « franche » la discussion »): the speaker chose
them. A quotation that is a clause is never a term. The verbs and the prepositions that introduce their term are
data (``quote_naming_verbs.tsv``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from wirewatch import lexicons
from wirewatch.nlp.doc_cache import doc_text
from wirewatch.nlp.quotes.lexicon import QuoteLexicon
from wirewatch.nlp.quotes.subjects import finite, is_clause

# words right before the marks that make the quoted words the narrator's term ("a so-called “…”")
SO_CALLED = re.compile(r"(?:^|[\s(])(?:so-called|so called|self-styled|self-described|soi-disant|prétendue?s?)"
                       r"[\s\u00a0\u202f]*$", re.IGNORECASE)
SPEAKER_ENTITY_TYPES = frozenset({"PERSON", "PER", "ORG", "NORP", "GPE"})
NOUN_MODIFIER = frozenset({"compound", "nmod", "appos"})
REFLEXIVE = frozenset({"expl:comp", "expl:pv", "expl"})  # « s'est dit »
MAX_CLIMB = 3  # steps from the quoted phrase's root up to the verb whose slot it fills (through "as", "de", a conj)


@dataclass(frozen=True)
class NamingVerbs:
    """The verbs of naming of one language: lemma -> the prepositions introducing their term ("" for none), and
    the lemmas that name only as a participle modifying a noun."""

    through: dict[str, frozenset[str]] = field(default_factory=dict)
    participle_only: frozenset[str] = frozenset()
    self_naming: frozenset[tuple[str, str]] = frozenset()  # (lemma, preposition) whose subject is what is named

    @classmethod
    def load(cls, lang: str) -> NamingVerbs:
        through: dict[str, set[str]] = {}
        participle_only: set[str] = set()
        self_naming: set[tuple[str, str]] = set()
        for row in lexicons.read_tsv(lang, "quote_naming_verbs.tsv"):
            lemma = row.get("lemma", "").lower()
            if not lemma:
                continue
            through.setdefault(lemma, set()).add(row.get("through", "").lower())
            if row.get("finite") == "no":
                participle_only.add(lemma)
            if row.get("finite") == "subject":
                self_naming.add((lemma, row.get("through", "").lower()))
        return cls({k: frozenset(v) for k, v in through.items()}, frozenset(participle_only), frozenset(self_naming))

    @property
    def prepositions(self) -> frozenset[str]:
        return frozenset(p for preps in self.through.values() for p in preps if p)

    def is_term(self, lex: QuoteLexicon, doc: Doc, opening: int, tokens: Span | None) -> bool:
        """Whether the quotation opened at char ``opening`` (its words ``tokens``) is a term in a naming slot (see
        the module docstring)."""
        if SO_CALLED.search(doc_text(doc)[max(0, opening - 30):opening]) or self._after_participle(lex, doc, opening):
            return True
        if tokens is None or is_clause(tokens):
            return False
        if _noun_modifier(tokens):
            return True
        verb, prep = self._slot(tokens)
        if verb is None or prep not in self.through.get(verb.lemma_.lower(), frozenset()):
            return False
        if _modifies_noun(lex, verb) and not _spoken(lex, verb):  # "a deal dubbed “…”", « les manifestants dits « … » »
            return True
        if (verb.lemma_.lower(), prep) in self.self_naming:  # "groups must register as “…”": they are so named
            return True
        if verb.lemma_.lower() in self.participle_only or not _finite_or_passive(lex, verb):
            return False
        return not _has_speaker(lex, verb)

    def _after_participle(self, lex: QuoteLexicon, doc: Doc, opening: int) -> bool:
        """Right after a participle of naming, with its preposition, that no auxiliary of tense makes a verb of
        speech ("a discount dubbed “…”", "known as “…”", « une remise dite « … » », « surnommés « … » »; not « a
        dit « … » », "has called “…”"): read on the surface, as parsers often take the quoted words for a clause."""
        prefix = doc.char_span(0, opening, alignment_mode="contract") if opening > 0 else None
        before = [t for t in (prefix[-6:] if prefix is not None else ()) if not t.is_space]  # the words just before
        if not before:
            return False
        word, prep = before[-1], ""
        if word.lower_.rstrip("'’") in self.prepositions and len(before) > 1:
            prep = "de" if word.lower_.rstrip("'’") == "d" else word.lower_.rstrip("'’")
            word = before[-2]
        if prep not in self.through.get(word.lemma_.lower(), frozenset()) or word.i == 0:
            return False
        participle = "Part" in word.morph.get("VerbForm", []) or word.tag_ == "VBN" or (
            word.pos_ == "ADJ" and word.lemma_.lower() != word.lower_)
        return participle and not _spoken(lex, word) and not _has_speaker(lex, word)  # ("… by the minister")

    def _slot(self, tokens: Span) -> tuple[Token | None, str]:
        """The verb whose complement the quoted phrase is, and the preposition introducing it ("" for none)."""
        head: Token = tokens.root
        while head.dep_ == "conj" and head.head.i != head.i and head.head.i < tokens.start:
            head = head.head  # "labelled “agents” and “traitors”": the first term's slot
        prep = ""
        inside = {t.i for t in tokens}
        for case in head.children:  # « de « … » » as the case of the phrase (UD), "as" as its head (spaCy en)
            if case.dep_ in ("case", "mark") and case.i not in inside and case.i < tokens.start:
                prep = case.lower_.rstrip("'’")
                prep = "de" if prep == "d" else prep
        for _ in range(MAX_CLIMB):
            up = head.head
            if up.i == head.i:
                return None, prep
            if up.pos_ in ("VERB", "AUX") or (up.pos_ == "ADJ" and up.tag_ in ("VBN", "VBD")):
                return up, prep
            if up.pos_ == "ADP" or up.dep_ == "prep":
                prep = up.lower_
                head = up
                continue
            return None, prep
        return None, prep


def _noun_modifier(tokens: Span) -> bool:
    """Quoted nouns that name a kind or a title of the noun right beside the marks, not what anyone said: a noun
    modifier before it ("the “early bird” price", "the “kafala” system") or a name apposed after it ("the Broadway
    smash “Hamilton”", « le dispositif « Territoires zéro chômeur » »). A quoted adjective ("“constructive” talks", «
    un nombre « énorme » ») is a speaker's judgement and stays a quote."""
    root = tokens.root
    if root.dep_ not in NOUN_MODIFIER or root.pos_ in ("VERB", "AUX", "PRON") \
            or root.head.pos_ not in ("NOUN", "PROPN"):
        return False
    doc = tokens.doc
    after = tokens.end + (tokens.end < len(doc) and doc[tokens.end].is_punct)  # (past the closing mark)
    if root.head.i == after:
        return True
    before = tokens.start - 1 - (tokens.start > 0 and doc[tokens.start - 1].is_punct)
    return root.head.i == before and tokens[0].text[:1].isupper()  # a name after its noun


INSERTED = frozenset({"ADP", "DET", "NOUN", "ADV", "PRON", "PUNCT"})  # words of an adverbial inserted


def _spoken(lex: QuoteLexicon, participle: Token) -> bool:
    """A participle made a verb of speech by an auxiliary of tense or a reflexive (« a dit », « s'est dit », "has
    called"); a passive one ("was dubbed", « est surnommé ») still names."""
    prev = _auxiliary_before(lex, participle)
    if prev is not None and prev.dep_ not in lex.grammar.passive_auxiliary \
            and not (prev.lemma_.lower() in ("be", "être") and participle.tag_ == "VBN"):
        return True
    g = lex.grammar
    return any(c.dep_ in REFLEXIVE or (c.lemma_.lower() in g.auxiliary and c.dep_ not in g.passive_auxiliary)
               for c in participle.children if c.i < participle.i)


def _auxiliary_before(lex: QuoteLexicon, participle: Token) -> Token | None:
    """The auxiliary right before the participle, or before an adverbial inserted in the verb group
    (« a pour sa part qualifié », « a, de son côté, jugé »: only prepositions, determiners, nouns, adverbs,
    pronouns and commas between them)."""
    doc = participle.doc
    for tok in reversed(doc[max(0, participle.i - 6): participle.i]):
        if tok.lemma_.lower() in lex.grammar.auxiliary:
            return tok
        if tok.pos_ not in INSERTED or (tok.pos_ == "PUNCT" and tok.text != ","):
            return None
    return None


def _modifies_noun(lex: QuoteLexicon, verb: Token) -> bool:
    """A participle modifying a noun ("a deal dubbed …", "the group known as …", « les manifestants dits … »)."""
    if verb.dep_ not in lex.grammar.agent_clause | {"amod"}:
        return False
    form = verb.morph.get("VerbForm", [])
    return "Part" in form or verb.tag_ == "VBN"


def _finite_or_passive(lex: QuoteLexicon, verb: Token) -> bool:
    return finite(verb) or any(c.dep_ in lex.grammar.passive_auxiliary for c in verb.children)


def _has_speaker(lex: QuoteLexicon, verb: Token) -> bool:
    """Whether the verb's subject (or passive agent) is someone who speaks: a named person, organisation or
    country, a speaker noun ("officials", « le ministère »), an office or a personal pronoun. "The law", "the
    rule" and a passive without agent are not."""
    g = lex.grammar
    people = [c for c in verb.children if c.dep_ in g.active_subject]
    for agent in (c for c in verb.children if c.dep_ in g.agent):  # "by X" (en: its object), « par X » (fr)
        people += [agent, *(w for w in agent.children if w.dep_ == "pobj")]
    for by in (w for w in verb.subtree if w.lower_ in g.agent_preposition):  # (the parse hung "by X" lower down)
        people += [w for w in by.children if w.dep_ == "pobj"] + ([by.head] if by.dep_ == "case" else [])
    for person in people:
        if any(w.ent_type_ in SPEAKER_ENTITY_TYPES for w in person.subtree):
            return True
        if person.pos_ == "PRON" and (person.lower_ in lex.pronouns or person.lemma_.lower() in lex.pronouns):
            return True
        head = person.lemma_.lower()
        if head in lex.speaker_nouns or head in lex.titles or head in lex.source_nouns \
                or person.lower_ in lex.speaker_nouns:
            return True
    return False
