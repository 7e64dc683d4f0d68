"""A quotation in the object position of a verb in the clause of a noun belongs to that noun, not to an
attribution outside the clause.

"X told supporters, who chanted “Unity”", "X a parlé devant des partisans scandant « Liberté » et « Justice »",
"the minister arrived to boos from strikers yelling “Resign”": the quotation stands right after a verb heading a
relative or participial clause of a noun (``agent_clause`` in the language's ``quote_dependencies.tsv``:
``relcl``/``acl``, ``acl:relcl``/``acl``), after the quotations it is coordinated with. That noun chose or cried
the words; a speech verb outside the clause does not report them, whatever the parse attached the words to. Not
concerned: a speech verb heading the clause ("X, who called the plan a “scam”"), an attribution whose reported
content or sentence holds the clause ("Selon X, le site, visé « plusieurs fois », …"), a copula ("a degree that
is “unprecedented”": a predicate, not an object) or a past participle ("the officials involved “should …”": no
object), words after a preposition ("described the talks that took place
as “useful”").
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from wirewatch.nlp.quotes.cues import Cue
from wirewatch.nlp.quotes.marks import QuotedSpan


def within_noun_clause(cue: Cue, span: QuotedSpan, tokens: Span, quoted: Callable[[int], bool],
                       agent_clause: frozenset[str]) -> bool:
    """Whether the quotation ``tokens`` is the object of a noun's clause whose verb is not ``cue``'s nor holds it."""
    if cue.kind == "source" or (cue.content is not None and cue.content[0] <= span.start
                                and span.end <= cue.content[1]):
        return False
    owner = verb_before(tokens, span, quoted)
    if owner is None or owner.i == cue.token.i or owner.dep_ not in agent_clause:
        return False
    return not any(t.i == cue.token.i for t in owner.subtree)


def verb_before(tokens: Span, span: QuotedSpan, quoted: Callable[[int], bool]) -> Token | None:
    """The content verb whose object position the quotation fills: the word before its opening mark, past the
    quotations coordinated before it ("scandaient « A », « B » et « C »")."""
    doc = tokens.doc
    k = tokens.start - 1
    while k >= 0 and doc[k].idx >= span.outer_start:
        k -= 1  # the opening mark
    while k >= 0 and (doc[k].is_space or quoted(doc[k].idx) or doc[k].is_quote
                      or (doc[k].text == "," and k + 1 < len(doc) and quoted(doc[k + 1].idx))
                      or (doc[k].pos_ == "CCONJ" and k > 0 and quoted(doc[k - 1].idx))):
        k -= 1  # an earlier quotation, the marks, commas and the conjunction between them (never a full stop)
    return doc[k] if k >= 0 and doc[k].pos_ == "VERB" and not _passive_participle(doc[k]) else None


def _passive_participle(verb: Token) -> bool:
    """"the officials involved “should …”", "le site visé « … »": a past participle after its noun takes no
    object; the quotation after it is someone else's."""
    return "Part" in verb.morph.get("VerbForm", []) and "Past" in verb.morph.get("Tense", [])
