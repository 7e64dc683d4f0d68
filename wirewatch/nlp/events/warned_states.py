"""A warning that tells how things stand is a statement, no threat.

A threat speaks of an act to come: the clause a warning reports holds a future, a conditional or a modal ("warned
that it would respond", "a averti qu'il riposterait", "warned that the toll may rise" — a forecast, which
``non_events.forecast`` judges). A warning whose reported clause is in a plain tense tells a state of affairs
("warned that the number of abuses was rising", "a averti que la situation se dégradait"): no one is threatened;
so does one that foretells what a thing will do, no act and no price named in it ("forecasters warned that heavy
rains would continue": a forecast).
The clause must also be about a thing — its subject a common noun that is no agent noun nor part of a name — since
a reported future is not always tagged as one ("qu'elle riposterait" may be read as an imperfect).
A warning that acts could grow common foretells how often they will happen ("experts warn attacks could become
more common", « les attaques pourraient devenir plus fréquentes »; word class ``prevalence`` of ``event_words.tsv``),
and one that a third party could or will act ("experts warn that militants could attack the capital", "officials
warned that gunmen would attack the convoy", « des militants pourraient attaquer ») foretells another's act, not
the warner's: no threat (PLOVER THREATEN is the source's own act, promised).
"""

from __future__ import annotations

from spacy.tokens import Token

from wirewatch.nlp.events.lexicon import EventLexicon
from wirewatch.nlp.events.modality import cue_on_children, is_infinitive, mood_of
from wirewatch.nlp.events.non_events import NonEventWords
from wirewatch.nlp.events.trigger_conditions import lookup
from wirewatch.nlp.syntax import AUXILIARY, CLAUSE_COMPLEMENT, NOMINAL_SUBJECT, PASSIVE_AUXILIARY

PREDICATIVE = frozenset({"acomp", "attr", "xcomp"})  # "become more common", « devenir plus fréquentes »
TO_COME = frozenset({"future", "hypothetical"})  # an auxiliary's modality of what will or would be ("will", "would")
TO_COME_FORMS = frozenset({"Fut", "Cnd"})  # a future or conditional form (« attaqueront », « attaqueraient »)


def warns_of_a_state(token: Token, lexicon: EventLexicon, words: NonEventWords) -> bool:
    """The trigger is a warning word whose every reported clause tells a state of things (no threat, nor, read as
    a speech verb, an accusation), or it stands in such a clause ("warned that *violations* were increasing":
    what the warning describes, not an act it reports)."""
    if is_warning(token, words):
        clauses = [c for c in token.children if c.dep_ in CLAUSE_COMPLEMENT]
        return bool(clauses) and all(tells_a_state(clause, lexicon) for clause in clauses)
    node = token
    for _ in range(len(token.doc)):
        if node.head == node:
            return False
        if node.dep_ in CLAUSE_COMPLEMENT and is_warning(node.head, words):
            return tells_a_state(node, lexicon)
        node = node.head
    return False


def is_warning(token: Token, words: NonEventWords) -> bool:
    return token.lemma_.lower() in words.warnings


def tells_a_state(clause: Token, lexicon: EventLexicon) -> bool:
    if foretells_anothers_act(clause, lexicon):
        return True
    return about_a_thing(clause, lexicon) and (not tells_what_will_be(clause, lexicon) or forecasts(clause, lexicon))


def tells_prevalence(clause: Token, lexicon: EventLexicon) -> bool:
    """The clause says how common something will be: an adjective of prevalence as its predicate ("could become
    more common", « pourraient devenir plus fréquentes »)."""
    prevalence = lexicon.word_class("prevalence")
    return any(t.pos_ == "ADJ" and t.dep_ in PREDICATIVE and t.lemma_.lower() in prevalence for t in clause.subtree)


def foretells_anothers_act(clause: Token, lexicon: EventLexicon) -> bool:
    """The clause says a third party could or will act: a modal of possibility ("could", « pourraient »), an
    auxiliary of the future or the conditional ("will", "would"; ``event_modality.tsv``) or such a form
    (« attaqueront ») with an active verb, and as subject a bare agent noun ("militants", « des militants »), not
    the warner's own forces ("its troops"), a name or a pronoun (a threat may speak of its author so: "it could
    strike")."""
    possibility = lexicon.word_class("possibility")
    auxiliaries = [c for c in clause.children if c.dep_ in AUXILIARY]
    modal = any(a.lower_ in possibility or lexicon.modality.get(a.lower_) in TO_COME for a in auxiliaries) \
        or clause.lemma_.lower() in possibility or bool(TO_COME_FORMS & {*clause.morph.get("Tense", []),
                                                                         *clause.morph.get("Mood", [])})
    if not modal or any(c.dep_ in PASSIVE_AUXILIARY for t in (clause, *clause.children) for c in t.children):
        return False
    subjects = [c for c in clause.children if c.dep_ in NOMINAL_SUBJECT]
    return bool(subjects) and all(bare_agent(s, lexicon) for s in subjects)


def bare_agent(subject: Token, lexicon: EventLexicon) -> bool:
    """An agent noun with no owner ("militants", not "its troops" nor « ses soldats») and no name in it."""
    if subject.pos_ != "NOUN" or subject.ent_type_ or subject.lemma_.lower() not in lexicon.actor_nouns:
        return False
    return not any(c.dep_ == "poss" or "Yes" in c.morph.get("Poss", []) or c.ent_type_ or c.pos_ == "PROPN"
                   for c in subject.children)


def forecasts(clause: Token, lexicon: EventLexicon) -> bool:
    """A future told of a thing that is no act, with no price promised in it ("warned that heavy rains would
    continue", "a averti que les pluies allaient redoubler"): a forecast, not a threat; "warned that any attack
    would be met with force" (an act) and "warned that the consequences would be severe" (word class ``threat``)
    stay threats."""
    subjects = [c for c in clause.children if c.dep_ in NOMINAL_SUBJECT]
    cues = lexicon.word_class("threat")
    if tells_prevalence(clause, lexicon):
        return True  # "warn attacks could become more common": how often, no act promised
    return not any(lookup(s, lexicon) for s in subjects) and not any(
        t.lemma_.lower() in cues or t.lower_ in cues for t in clause.subtree)


def tells_what_will_be(clause: Token, lexicon: EventLexicon) -> bool:
    """The clause's verb carries a modality cue ("would", "will", "could"), a future or conditional mood, or is
    an infinitive (an act asked or announced)."""
    mood = mood_of(clause, lexicon.word_class("conditional_ending"))
    return cue_on_children(clause, lexicon) is not None or mood is not None or is_infinitive(clause)


def about_a_thing(clause: Token, lexicon: EventLexicon) -> bool:
    """The clause's subject is a common noun that names no actor ("the number", "les pénuries")."""
    subjects = [c for c in clause.children if c.dep_ in NOMINAL_SUBJECT]
    return bool(subjects) and all(s.pos_ == "NOUN" and not s.ent_type_ and s.lemma_.lower() not in
                                  lexicon.actor_nouns for s in subjects)
