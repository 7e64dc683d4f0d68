"""The expletive subject of a passive speech verb: "Il est précisé dans un communiqué de la préfecture que …",
"It was stated in a statement from the ministry that …".

The pronoun ("il", "it": grammar class ``expletive`` of ``quote_function_words.tsv``) names no one: the verb is
passive (a passive auxiliary hangs on it), has no agent, and what was said is its clause ("que …", "that …").
Like the impersonal "on", the speaker is then where the words were said — the document's issuer, or the place —
not a person named before ("Le préfet … Il est précisé que …" is not the prefect speaking).
"""

from __future__ import annotations

from spacy.tokens import Token

from wirewatch.nlp.quotes.lexicon import QuoteGrammar


def expletive_passive_subject(g: QuoteGrammar, pronoun: Token) -> bool:
    """Whether ``pronoun`` is the expletive subject of a passive verb that introduces a clause (see above)."""
    if pronoun.pos_ != "PRON" or pronoun.lower_ not in g.expletive or pronoun.dep_ in g.active_subject \
            or pronoun.dep_ not in g.subject:
        return False
    verb = pronoun.head
    if verb.i < pronoun.i or not any(c.dep_ in g.passive_auxiliary for c in verb.children) \
            or any(c.dep_ in g.agent for c in verb.children):
        return False
    # the clause said: a complement clause of the verb, or (parses hang it on the document noun) one opened by a
    # complementizer after the verb in the same sentence
    return any(c.dep_ in g.clause and c.i > verb.i for c in verb.children) or any(
        t.lower_ in g.complementizer and t.head.i > t.i for t in verb.doc[verb.i + 1: verb.sent.end])
