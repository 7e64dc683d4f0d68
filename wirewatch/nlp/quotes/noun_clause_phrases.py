"""A quoted phrase in the clause of a noun belongs to that noun, not to an attribution outside the clause.

"X told supporters, who chanted “Unity”", "X a parlé devant des partisans scandant « Liberté »", "the minister
arrived to boos from strikers yelling “Resign”": the quoted phrase is an argument of a verb in a relative or
participial clause of a noun (``agent_clause`` in the language's ``quote_dependencies.tsv``: ``relcl``/``acl``,
``acl:relcl``/``acl``). That noun chose or cried the words; the speech verb outside the clause does not report
them, even when the parse or the sentence puts the clause under it. Only quoted phrases (no clause of their own)
are concerned: structure.py decides for them, and this rule narrows which attribution reaches them. A speech verb
heading the noun's clause itself ("X, who called the plan a “scam”") is reached first and still attributes.
"""

from __future__ import annotations

from spacy.tokens import Span

from wirewatch.nlp.quotes.cues import Cue

MAX_CLIMB = 12  # dependency steps from the quoted phrase up to the speech verb (as structure.py)


def within_noun_clause(cue: Cue, tokens: Span, agent_clause: frozenset[str]) -> bool:
    """Whether the quoted phrase ``tokens`` lies in the clause of a noun that ``cue``'s verb does not head:
    climbing from the phrase's head, a verb heading a noun's clause comes before the cue's verb."""
    head = tokens.root
    for _ in range(MAX_CLIMB):
        if head.i == cue.token.i:
            return False
        if head.dep_ in agent_clause and head.pos_ in ("VERB", "AUX") and not tokens.start <= head.i < tokens.end:
            return not any(t.i == cue.token.i for t in head.subtree)
        if head.head.i == head.i:
            return False
        head = head.head
    return False
