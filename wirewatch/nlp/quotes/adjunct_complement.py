"""A complement clause the parser hung on the noun of an adjunct of the speech verb.

"X said in a statement that the plant was safe", "X said at the time that …": the parse reads "that the plant was
safe" as a clause of "statement" (``acl``), not of "said". A clause that opens on the complementizer, has a subject
of its own and no object of its own (a relative "that" stands for the clause's subject or object: "a statement
that he wrote", "a statement that was issued") is what the verb says. The labels come from the language's
``quote_dependencies.tsv`` (``leading``: the preposition; ``preposition_object``; ``agent_clause``: the clause of a
noun), so the rule holds wherever a parser makes that attachment ("a déclaré dans un communiqué que …").
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from wirewatch.nlp.quotes.lexicon import QuoteGrammar
from wirewatch.nlp.quotes.subjects import own_subject, within


def complement_of_adjunct(g: QuoteGrammar, verb: Token, seg: Span, is_setting: Callable[[Token], bool]
                          ) -> Token | None:
    """The head of the complement clause hung on the object of a preposition after ``verb``, else None. Only a
    noun ``is_setting`` accepts (a document or a setting the words were said in: "in a statement", "in an
    interview") holds a clause of the verb's; another noun's clause is its own ("wrote off assets on the
    assumption that they age": what is assumed, not what was written)."""
    for noun in adjunct_nouns(g, verb, seg):
        if not is_setting(noun):
            continue
        for clause in noun.children:
            if clause.i > noun.i and clause.dep_ in g.agent_clause and within(clause, seg) \
                    and complement_shaped(g, clause):
                return clause
            if clause.i > noun.i and clause.dep_ in g.agent_clause and past_participle(clause):
                # "a averti dans un rapport publié mardi que …": a past participle modifying the noun is passive
                # and takes no complement clause; the clause hung on it is the verb's
                for inner in clause.children:
                    if inner.dep_ in g.clause and inner.i > clause.i and within(inner, seg) \
                            and complement_shaped(g, inner):
                        return inner
    return None


def past_participle(tok: Token) -> bool:
    return tok.pos_ == "VERB" and "Part" in tok.morph.get("VerbForm", []) and "Past" in tok.morph.get("Tense", [])


def adjunct_nouns(g: QuoteGrammar, verb: Token, seg: Span) -> list[Token]:
    """The nouns of the prepositional phrases after ``verb``: the object of its preposition ("said in a
    statement": ClearNLP) or a noun dependent that carries its own preposition ("a déclaré dans un communiqué": UD)."""
    nouns = []
    for child in verb.children:
        if child.i < verb.i or not within(child, seg):
            continue
        if child.dep_ in g.leading:
            nouns += [n for n in child.children if n.dep_ in g.preposition_object]
        elif child.pos_ in ("NOUN", "PROPN") and any(c.dep_ in g.leading and c.pos_ == "ADP" and c.i < child.i
                                                      for c in child.children):
            nouns.append(child)
    return nouns


def complement_shaped(g: QuoteGrammar, clause: Token) -> bool:
    """The clause opens on a complementizer, has a subject that is no relative pronoun, and no object before
    that subject (a relative "that"/"que" is the clause's object: "a statement that he wrote"; "qu'il y avait des
    signes" has its object after the subject). The subject may be that of a passive ("a déclaré à l'AFP que cent
    lits seraient ouverts")."""
    subject = own_subject(g, clause) or next((c for c in clause.children if c.dep_ in g.subject), None)
    return clause.left_edge.text.lower() in g.complementizer and subject is not None \
        and subject.text.lower() not in g.relative_pronoun and subject.left_edge.i > clause.left_edge.i \
        and not any(c.dep_ in g.object and c.i < subject.left_edge.i for c in clause.children)


def present_participle(tok: Token) -> bool:
    """"…, affirmant avoir libéré la ville": a present participle speaks with its head clause's subject."""
    return tok.pos_ == "VERB" and "Part" in tok.morph.get("VerbForm", []) and "Pres" in tok.morph.get("Tense", [])
