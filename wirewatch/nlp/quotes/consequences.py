"""A consequence set off after reported speech: "X said the talks had collapsed, prompting a fall in the markets",
« X a annoncé la fermeture de l'usine, provoquant la colère des salariés ».

A present participle of a verb of causing (``quote_consequence_verbs.txt``: "prompting", "sparking", « provoquant »)
that opens a clause after a comma, with no subject of its own, hung by the parse on the reported clause's verb,
tells what the statement caused: the narrator's words, not the speaker's. What was said ends before that comma. A
participle of another verb may go on with what was said ("said Kelly had helped the firm, introducing it to …").
"""

from __future__ import annotations

from spacy.tokens import Token

from wirewatch.nlp.quotes.lexicon import QuoteGrammar


def before_consequence(g: QuoteGrammar, consequence_verbs: frozenset[str], clause: Token, first: int, last: int) -> int:
    """``last``, or the word before the comma that sets off a participle clause of ``clause`` within it."""
    doc = clause.doc
    for c in clause.children:
        opening = c.left_edge.i
        if c.i <= clause.i or not first < opening <= last or c.dep_ not in g.adverbial or opening != c.i \
                or c.lemma_.lower() not in consequence_verbs:
            continue
        if doc[opening - 1].text != "," or any(s.dep_ in g.subject for s in c.children):
            continue
        if "Part" in c.morph.get("VerbForm", []) and "Pres" in c.morph.get("Tense", []):
            last = min(last, opening - 2)
    return last
