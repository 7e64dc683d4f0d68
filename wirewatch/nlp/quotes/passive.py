"""The agent of a passive speech verb speaks: "Le directeur a été accusé par les salariés d'avoir « menti »",
"The director was accused by the workers of “lying”" — the workers speak, never the passive subject (the person
spoken of), whom the nearest-name fallback would otherwise pick."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span, Token

from wirewatch import lexicons
from wirewatch.nlp.quotes.lexicon import QuoteGrammar

MAX_INSERTED_WORDS = 4  # words of an adverbial phrase inserted in a verb group ("de son côté", "pour sa part")
INSERTED_POS = frozenset({"ADP", "DET", "NOUN", "ADV", "PRON", "ADJ"})


def passive_agent(g: QuoteGrammar, verb: Token, seg: Span) -> Token | None:
    """The noun of the verb's agent phrase ("par les salariés", "by the workers"), if it has one in ``seg``."""
    for child in verb.children:
        if child.dep_ not in g.agent or not seg.start <= child.i < seg.end:
            continue
        if child.pos_ in ("NOUN", "PROPN", "PRON"):
            return child
        # English: the agent is the preposition "by", its object the noun
        return next((c for c in child.children if c.dep_ in g.preposition_object and c.pos_ in ("NOUN", "PROPN")),
                    None)
    return None


def adjunct_participle(g: QuoteGrammar, verb: Token, seg: Span) -> bool:
    """"Jean Morel, décrit comme « … », a …", "Qualifié de « … » par X, Y a …", "Described as “…” by X, Y said":
    a past participle with no auxiliary, hung on a noun or a clause (or opening its sentence) as an adjunct. The
    noun or the clause's subject is what was spoken of, not who spoke: only the participle's agent speaks."""
    if "Part" not in verb.morph.get("VerbForm", []) or "Past" not in verb.morph.get("Tense", []):
        return False
    if any(c.dep_.startswith("aux") for c in verb.children):
        return False
    if any(c.dep_ in g.active_subject and c.i > verb.i for c in verb.children):
        return False  # "« … », dit-elle" tagged as a participle: a verb with its own inverted subject is finite
    if verb.i > seg.start and verb.doc[verb.i - 1].lemma_.lower() in g.auxiliary:  # an auxiliary the parse lost
        return False
    if _auxiliary_before_insertion(g, verb, seg):  # "X a de son côté jugé « … »": the same, past an adverbial
        return False
    opening = verb.i == seg.start or verb.doc[verb.i - 1].is_punct
    return verb.dep_ in g.agent_clause | g.adverbial or (verb.head.i == verb.i and opening)


def _auxiliary_before_insertion(g: QuoteGrammar, verb: Token, seg: Span) -> bool:
    """A conjugated auxiliary (not its lemma: "a", not "avoir") a few words before the participle, with only an
    adverbial phrase between them and no punctuation ("a de son côté jugé", "a pour sa part qualifié")."""
    doc = verb.doc
    for tok in reversed(doc[max(seg.start, verb.i - 1 - MAX_INSERTED_WORDS): verb.i]):
        if tok.lemma_.lower() in g.auxiliary and tok.lower_ != tok.lemma_.lower():
            return tok.i < verb.i - 1
        if tok.is_punct or tok.pos_ not in INSERTED_POS:
            return False
    return False


def surface_agent(g: QuoteGrammar, verb: Token, seg: Span) -> Token | None:
    """The agent of an adjunct participle read on the surface, up to the comma that ends the participle's clause
    ("Qualifié de « menteur » par Paul Renard, …": the parse may hang "par X" on the quoted noun)."""
    doc = verb.doc
    for tok in doc[verb.i + 1: seg.end]:
        if tok.text in (",", ";", ".", "—", "–", "(") and tok.i > verb.i + 1:
            return None
        if tok.lower_ in g.agent_preposition:
            return next((t for t in doc[tok.i + 1: min(tok.i + 4, seg.end)] if t.pos_ in ("NOUN", "PROPN")), None)
    return None


@cache
def questioning_verbs(lang: str) -> frozenset[str]:
    """Lemmas of verbs that ask a question (``quote_questioning_verbs.txt``): the one asked answers ("Interrogé par
    l'AFP, X a …": X speaks, the outlet asked)."""
    return frozenset(w.lower() for w in lexicons.read_lines(lang, "quote_questioning_verbs.txt"))


def passive_voice(g: QuoteGrammar, verb: Token) -> bool:
    """"X est accusé de …", "X was described as …": the verb is passive (its subject is spoken of)."""
    return any(c.dep_ in g.passive_auxiliary for c in verb.children) \
        and not any(c.dep_ in g.active_subject for c in verb.children)


def spoken_of(g: QuoteGrammar, lang: str, verb: Token, seg: Span) -> bool:
    """A passive speech verb or participle adjunct (not one that asks a question): only its agent speaks, and with
    no agent nobody named does: neither its subject nor the noun it qualifies, nor the nearest name."""
    if verb.lemma_.lower() in questioning_verbs(lang):
        return False
    return adjunct_participle(g, verb, seg) or passive_voice(g, verb)


def passive_subject(g: QuoteGrammar, verb: Token) -> Token | None:
    """"La ministre a été interrogée …": the subject of a passive verb."""
    return next((c for c in verb.children if c.dep_ in g.subject - g.active_subject), None)
