"""What a request asks for: "urged residents to stay indoors", « a exhorté les habitants à rester chez eux ».

A verb of asking (speech-verb kind ``ask``: urge, demand, exhorter, appeler) reports the action it asks for: the
infinitive clause hung on the verb ("urged X to stay": an open complement) or on its object (« exhorté X à
rester »: the parser's clausal modifier of the listener). The content runs from the infinitive's marker ("to",
« à », « de »: the grammar's ``infinitive_marker``; "called the police to report" is a purpose) to the end of its
clause; the listener is not part of what was said. A verb that asks through a preposition ("called on X to …",
speech_verbs.tsv ``object`` prepositions) is read there instead.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from wirewatch.nlp.quotes.lexicon import QuoteGrammar
from wirewatch.nlp.quotes.subjects import infinitive_group, within

ASKING_KIND = "ask"
INFINITIVE_LINKS = ("xcomp", "acl", "advcl")  # how parsers hang the asked-for infinitive on the verb or the listener


def asked_action(g: QuoteGrammar, verb: Token, seg: Span) -> tuple[int, int] | None:
    """The first and last token of the infinitive clause a verb of asking governs, directly or through its object."""
    hosts = [verb] + [c for c in verb.children if c.dep_ in g.object and c.i > verb.i and within(c, seg)]
    for host in hosts:
        for comp in host.children:
            if comp.i <= host.i or comp.dep_ not in INFINITIVE_LINKS or comp.pos_ not in ("VERB", "AUX") \
                    or not infinitive_group(comp) or not within(comp, seg):
                continue
            if any(c.dep_ in g.active_subject for c in comp.children):
                continue  # a clause with a subject of its own is not an infinitive of the request
            first = comp.left_edge.i
            if comp.doc[first].lower_ not in g.infinitive_marker:
                continue  # "called the police (in order) to report": a purpose, not the request
            if first <= verb.i or (host is not verb and first <= host.i):
                continue
            return first, min(comp.right_edge.i, seg.end - 1)
    return None
