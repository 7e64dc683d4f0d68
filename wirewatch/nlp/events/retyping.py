"""The type an event word takes from its clause: a forceful act stated in the future is a threat, a cooperative act
promised an agreement, one refused a rejection; a promise of force is a threat; what protesters demand is their
protest; an evaluative word said of an act blames its doer."""

from __future__ import annotations

from spacy.tokens import Span, Token

from wirewatch.nlp.events.controlled_roles import purpose_marked
from wirewatch.nlp.events.detect import blame_words
from wirewatch.nlp.events.lexicon import EventLexicon
from wirewatch.nlp.events.trigger_conditions import lookup
from wirewatch.nlp.syntax import OBJECT, SUBJECT

# a forceful act stated in the future is a threat of it ("would blockade Paris", "vowed to fight"); a
# cooperative act promised is an agreement to it ("will give a grant"); one refused is a rejection
FORCEFUL = frozenset({"ASSAULT", "COERCE", "PROTEST", "SANCTION", "MOBILIZE"})
COOPERATIVE = frozenset({"AID", "SUPPORT", "CONCEDE", "COOPERATE", "RETREAT"})
AGREEABLE = COOPERATIVE | {"AGREE", "CONSULT"}
PROTESTERS = "protesters"  # the sector of the actor nouns of protest (event_actor_nouns.tsv)


def blames_an_act(sent: Span, lexicon: EventLexicon) -> bool:
    """"This shelling is pure cruelty": the evaluative word is said of an act, whose doer the story gives."""
    for word in blame_words(sent, lexicon):
        holders = [*word.children, *(word.head.children if word.dep_ in ("attr", "acomp") else ())]
        if any(h.dep_ in ("nsubj", "nsubjpass") and (h.lemma_.lower(), "NOUN") in lexicon.triggers for h in holders):
            return True
    return False


def voices_a_protest(token: Token, lexicon: EventLexicon) -> bool:
    """A participle or infinitive that says what a protest demands or denounces ("marched, calling for …",
    "rallies demanding …", "ont défilé pour exiger …"), or what protesters do it for ("demonstrators calling for
    …", "protesters turned out to demand …"), or what a protest begun or staged is for ("staged a sit-in to demand")."""
    if token.dep_ not in ("advcl", "acl", "xcomp") or token.head == token:
        return False
    head = token.head
    if any(entry.type == "PROTEST" for entry in lookup(head, lexicon)):
        return True
    if token.dep_ == "advcl" and purpose_marked(token) and any(
            entry.type == "PROTEST" for obj in head.children if obj.dep_ in OBJECT for entry in lookup(obj, lexicon)):
        return True  # "began a hunger strike to demand …", "ont entamé une grève pour exiger …"
    doers = [head] if token.dep_ == "acl" else [c for c in head.children if c.dep_ in SUBJECT]
    # "thousands of protesters": the protesters a quantity counts
    doers += [g for d in doers for p in d.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
    return any((noun := lexicon.actor_nouns.get(d.lemma_.lower())) is not None and noun.sector == PROTESTERS
               for d in doers)


def promises_force(token: Token, lexicon: EventLexicon) -> bool:
    """A promise whose object names a forceful act or a threat is a threat."""
    for child in token.children:
        if child.dep_ in OBJECT:
            types = {e.type for e in lexicon.triggers.get((child.lemma_.lower(), "NOUN"), [])}
            if types & (FORCEFUL | {"THREATEN"}):
                return True
    return False


def mutually_agreed(token: Token, lexicon: EventLexicon) -> bool:
    """An act that parties agree on together: the agreement verb itself or the act it governs ("Russia and Turkey
    agreed to set up a buffer zone", "agreed with Kyiv to exchange prisoners", "les deux camps ont convenu de …"),
    the verb with coordinated subjects or a partner ("with", "avec"). What they agree on binds them to each other:
    their agreement (PLOVER AGREE), not a threat to a third party, even when the act is forceful."""
    verbs = lexicon.word_class("agreement_verb")
    verb = token
    while verb.dep_ == "xcomp" and verb.lemma_.lower() not in verbs and verb.head != verb:
        verb = verb.head
    if verb.lemma_.lower() not in verbs or verb.pos_ not in ("VERB", "AUX"):
        return False
    subjects = [c for c in verb.children if c.dep_ in SUBJECT]
    partners = lexicon.word_class("partner_prep")
    return any(c.dep_ == "conj" for s in subjects for c in s.children) \
        or any(c.lower_ in partners and c.dep_ in ("prep", "obl", "case") for c in verb.children) \
        or any(c.dep_ in ("obl", "nmod") and any(g.lower_ in partners for g in c.children if g.dep_ == "case")
               for c in verb.children)


def retype(event_type: str, modality: str) -> str:
    if modality == "future" and event_type in FORCEFUL:
        return "THREATEN"
    if modality == "future" and event_type in COOPERATIVE:
        return "AGREE"
    if modality == "negated" and event_type in AGREEABLE:
        return "REJECT"
    return event_type
