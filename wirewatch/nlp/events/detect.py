"""Trigger detection: verbs, nouns and adjectives of the language's trigger lexicon, on the parse.

A word states an event only in a position where it can: not as a modifier inside another noun ("attack
helicopter"), not when a demonstrative points back to an event already told ("this strike"), and only when
the lexicon's condition on its children holds ("call *on*", "lift *sanctions*").
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from spacy.tokens import Span, Token

from wirewatch.nlp.events.accompanying_stances import accompanies_an_act
from wirewatch.nlp.events.attachment import displaced_complements
from wirewatch.nlp.events.defied_measures import defied_measure
from wirewatch.nlp.events.first_tellings import first_telling
from wirewatch.nlp.events.habit_relatives import describes_habit
from wirewatch.nlp.events.inflections import conditional_form, force_by_agent
from wirewatch.nlp.events.lexicon import EventLexicon, TriggerEntry
from wirewatch.nlp.events.measured_changes import counted_acts, measured_change, recurring
from wirewatch.nlp.events.own_duties import own_duty
from wirewatch.nlp.events.present_verbs import repair_present_verb
from wirewatch.nlp.events.presupposed import presupposed
from wirewatch.nlp.events.silencing import silenced_types, silencing
from wirewatch.nlp.events.stance_conditions import condition_of_stance
from wirewatch.nlp.events.support_verbs import hyphen_heads
from wirewatch.nlp.events.syntax import is_past_participle_on_noun, reporting_verb
from wirewatch.nlp.events.toll_scope import tolled_in_relative
from wirewatch.nlp.events.trigger_conditions import conditions_met, lookup, reading
from wirewatch.nlp.events.undergone_fire import undergone_fire
from wirewatch.nlp.syntax import ADJECTIVAL_MODIFIER as MODIFIER_DEPS
from wirewatch.nlp.syntax import CLAUSE_COMPLEMENT, OBJECT, PASSIVE_SUBJECT, SUBJECT


@dataclass(frozen=True)
class Trigger:
    token: Token
    entry: TriggerEntry
    score: float
    frame: str = "event"  # "demand": the demanded act; "blame"/"warning": a speech verb, the speaker is the source
    governed: bool = False  # named as what a stance in the sentence is about ("rejected an ultimatum")
    retold: bool = False  # a definite act noun, subject of what befell it (``presupposed``)


def light_verb(token: Token, entry: TriggerEntry, lexicon: EventLexicon) -> bool:
    """"held talks": a CAMEO reading of a verb whose object is itself a word of the same event leaves the
    event to the noun, which the layer reads with its doer ("supports"); "imposing any sanctions": a verb read
    through an object that names no act in particular (word class ``unspecific``) is none."""
    if entry.origin == "hand" or token.pos_ not in ("VERB", "AUX"):
        return False
    for child in token.children:
        if child.dep_ in OBJECT or child.dep_ in PASSIVE_SUBJECT:
            if is_unspecific(child, lexicon):
                return True
            nouns = lexicon.triggers.get((child.lemma_.lower(), "NOUN"), [])
            if entry.origin == "cameo" and any(e.type == entry.type for e in nouns):
                return True
    return False


def is_blocked(token: Token, lexicon: EventLexicon) -> bool:
    """A reading the dictionary codes as no event holds here ("withdrew from the race")."""
    pos = "VERB" if token.pos_ in ("VERB", "AUX", "ADJ") else "NOUN" if token.pos_ == "NOUN" else None
    blockers = lexicon.blocked.get((token.lemma_.lower(), pos)) if pos else None  # "a cardiac arrest"
    return bool(blockers) and any(conditions_met(token, e) for e in blockers or ())


def is_modifier(token: Token, lexicon: EventLexicon) -> bool:
    """"attack helicopter": a kind of thing, no event; but "a mediation mission", "a strike campaign" name the
    event through a light noun (the word class ``light_noun``)."""
    if token.dep_ not in MODIFIER_DEPS:
        return False
    return token.head.lemma_.lower() not in lexicon.word_class("light_noun")


def is_habitual(token: Token, lexicon: EventLexicon) -> bool:
    """"arrested several times", "plusieurs fois emprisonné": a repeated past, background rather than an
    event (the word class ``iterative``); so is an ongoing past told in the imperfect ("exhortait")."""
    iterative = lexicon.word_class("iterative")
    verb = token.head if token.dep_ == "xcomp" else token  # "exhortait X à céder": the urging's tense
    imperfect = "Imp" in verb.morph.get("Tense", []) and "Ind" in verb.morph.get("Mood", []) \
        and not conditional_form(verb, lexicon.word_class("conditional_ending"))
    # a multiword adverb ("plusieurs fois") hangs its other words on its first one
    words = [w for c in token.children for w in (c, *(g for g in c.children if g.dep_ == "fixed"))]
    return imperfect or any(w.lower_ in iterative for w in words)


def is_epithet(token: Token, entries: list[TriggerEntry]) -> bool:
    """"the militia accused of war crimes", "la milice accusée de crimes": a stance verb's participle that
    describes a noun tells its background, not an act of the story."""
    return is_past_participle_on_noun(token) and all(e.type in STANCE_TYPES for e in entries)


def is_unspecific(token: Token, lexicon: EventLexicon) -> bool:
    """"before ordering any sanctions", "éviter toute négociation": no act in particular (the word class
    ``unspecific``)."""
    unspecific = lexicon.word_class("unspecific")
    return any(c.dep_ == "det" and c.lower_ in unspecific for c in token.children)


def has_event_subject(token: Token, entries: list[TriggerEntry], lexicon: EventLexicon) -> bool:
    """"the attacks threatened the peace": a stance verb whose subject is an act, not an actor, takes no
    stance."""
    if not all(e.type in STANCE_TYPES for e in entries) or "Fin" not in token.morph.get("VerbForm", []):
        return False
    subjects = [c for c in token.children if c.dep_ in SUBJECT]
    return bool(subjects) and (subjects[0].lemma_.lower(), "NOUN") in lexicon.triggers


def is_anaphoric(token: Token, lexicon: EventLexicon) -> bool:
    """"This strike", or a bare "the attack" (nothing of its own: no doer, no target, no modifier), points
    back to an event already told."""
    anaphoric = lexicon.word_class("anaphoric")
    if any(c.dep_ in ("det", "det:poss") and c.lower_ in anaphoric for c in token.children):
        return True
    definite = lexicon.word_class("definite")
    determiners = [c for c in token.children if c.dep_ == "det"]
    if determiners and all(d.lower_ in definite for d in determiners):
        if tolled_in_relative(token, lexicon):
            return False  # "l'attaque qui a fait 115 morts": the act with its toll, not a mere pointer back
        if governor_of(token).lemma_.lower() in lexicon.word_class("compel") and token.dep_ not in SUBJECT:
            return False  # "contraint à la démission", "forced into retreat": the act compelled, told here
        return all(c.dep_ in ("det", "punct", "cc", "conj", "case", "acl:relcl", "relcl") for c in token.children) \
            and not any(displaced_complements(token))  # "annoncé le blocage | de dix sites": its own complement
    return False


def find_triggers(sent: Span, lexicon: EventLexicon) -> list[Trigger]:
    repaired = repair_present_verb(sent, lexicon)  # "La Russie bombarde Kharkiv": the tagger hung it on "Russie"
    silenced = silencing(sent, lexicon)
    if "*" in silenced.everywhere:
        return []  # a sports result, a disaster … (event_silencers.tsv)
    found: list[Trigger] = []
    candidates = sorted({*lexicon.tokens(sent, "trigger"), *hyphen_heads(sent, lexicon)}, key=lambda t: t.i)
    for token in sorted({*candidates, repaired}, key=lambda t: t.i) if repaired is not None else candidates:
        entries = lookup(token, lexicon)
        if not entries:
            continue
        if token.pos_ in ("ADJ", "VERB") and token.dep_ in MODIFIER_DEPS and all(e.pos != "ADJ" for e in entries) \
                and not force_by_agent(token, entries):
            continue  # "the besieged town", "the occupied territories": a participle describing a noun
        if token.pos_ in ("NOUN", "PROPN") and (
                is_modifier(token, lexicon) or is_unspecific(token, lexicon) or defied_measure(token, lexicon)
                or counted_acts(token, lexicon)
                or (is_anaphoric(token, lexicon) and not first_telling(token, lexicon, lookup))):
            continue
        if token.pos_ in ("VERB", "AUX") and (has_event_subject(token, entries, lexicon)
                                              or (token.dep_ == "compound" and token.head.pos_ == "NOUN")):
            continue  # "the attacks threatened peace"; "the negotiating table" (a kind of table)
        if is_habitual(token, lexicon) or is_epithet(token, entries) or describes_habit(token):
            continue
        if measured_change(token, lexicon) or recurring(token, lexicon):
            continue  # "shares fell by 3%", "every day … gets attacked" (``measured_changes``)
        entry = reading(token, entries)
        if entry is None or is_blocked(token, lexicon) or light_verb(token, entry, lexicon):
            continue
        muted = silenced_types(token, silenced)
        if "*" not in muted and entry.type not in muted:
            found.append(Trigger(token, entry, trigger_score(token, entry), retold=presupposed(token, lexicon)))
    found += [Trigger(w, e, trigger_score(w, e)) for w, e in undergone_fire(sent, lexicon, {t.token.i for t in found})
              if not {"*", e.type} & silenced_types(w, silenced)]  # "came under fire" (``undergone_fire``)
    found = demote_governed(found, lexicon)
    act_types = {t.token.i: t.entry.type for t in found if t.entry.type not in STANCE_TYPES}
    # "abducted 30 students, demanding a ransom": the act's words, not a second event (``accompanying_stances``)
    found = [t for t in found if t.entry.type not in STANCE_TYPES or not accompanies_an_act(t.token, act_types)]
    acts = frozenset(act_types)
    framed = [*demand_triggers(sent, lexicon), *blame_triggers(sent, lexicon, acts), *warning_triggers(sent, lexicon)]
    # the discard phrases silence a statement's demand, blame or warning as they silence a word's act
    found.extend(t for t in framed if not {"*", t.entry.type} & silenced_types(t.token, silenced))
    return found


STANCE_TYPES = frozenset({"REJECT", "ACCUSE", "REQUEST", "THREATEN", "SUPPORT", "AGREE"})
GOVERNED_PENALTY = 0.3


def governor_of(token: Token) -> Token:
    """The word an act is an argument of, through a preposition or an infinitive's marker."""
    head = token.head
    if head.dep_ in ("prep", "agent") and head.head != head:
        return head.head
    return head


def demote_governed(found: list[Trigger], lexicon: EventLexicon) -> list[Trigger]:
    """An act named as what a stance is about ("opposed to French mediation", "refused to deploy troops",
    "rejected an ultimatum", "warned of consequences if it invades": ``stance_conditions``) is the stance's
    object, not the sentence's event: the stance ranks first."""
    stances = {t.token.i: t.entry.type for t in found if t.entry.type in STANCE_TYPES}
    out = []
    for trigger in found:
        governor = governor_of(trigger.token)
        # an act, or a stance named by a noun ("demanded a ceasefire agreement"), as what another stance is about
        about = trigger.entry.type not in STANCE_TYPES or (
            trigger.token.pos_ == "NOUN" and stances.get(governor.i, trigger.entry.type) != trigger.entry.type)
        governed = (governor != trigger.token and governor.i in stances) or (
            trigger.entry.type not in STANCE_TYPES and condition_of_stance(trigger.token, frozenset(stances), lexicon))
        if about and governed and trigger.token.dep_ not in SUBJECT:  # what the stance is about, not who takes it
            trigger = Trigger(trigger.token, trigger.entry, max(0.0, trigger.score - GOVERNED_PENALTY),
                              trigger.frame, governed=True, retold=trigger.retold)
        out.append(trigger)
    return out


def about_a_stance_read(token: Token, stance_words: Collection[int]) -> bool:
    """An act named as what a word read as a stance only once its sentence is built is about: a force word read
    as criticism ("attacked the governor over the troop withdrawal", ``worded_attacks``) governs the act in its
    complement as a stance word does (``demote_governed``); ``stance_words``: the indices of those words."""
    return token.dep_ not in SUBJECT and governor_of(token).i in stance_words


def depth(token: Token) -> int:
    steps = 0
    head = token.head
    while head != token and steps < 10:
        token, head = head, head.head
        steps += 1
    return steps


def trigger_score(token: Token, entry: TriggerEntry) -> float:
    """The lexicon's weight, raised for the main clause's verb and lowered for words deep in the sentence."""
    score = entry.weight
    if token.pos_ in ("VERB", "AUX"):
        score += 0.05
    if is_infinitive(token):
        score -= 0.2  # a purpose ("to demand reforms") comes after the act it explains
    if token.pos_ in ("NOUN", "PROPN") and token.dep_ in ("pobj", "nmod", "obl", "obl:mod"):
        score -= 0.1
    score += {0: 0.15, 1: 0.08, 2: 0.0}.get(depth(token), -0.05)
    return max(0.0, min(score, 1.0))


def is_infinitive(token: Token) -> bool:
    """A non-finite act ("to demand", "pour exiger"), not a verb after a modal ("will support")."""
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return True
    modal = any(c.dep_ in ("aux", "aux:tense") for c in token.children)
    return "Inf" in token.morph.get("VerbForm", []) and not modal


DEMAND = TriggerEntry(lemma="", pos="VERB", type="REQUEST", mode=None, cameo="10", weight=0.75, requires=None)


def demand_triggers(sent: Span, lexicon: EventLexicon) -> list[Trigger]:
    """"X said that Y must do Z": a statement of what another actor must do is a demand (CAMEO 10)."""
    modals = lexicon.word_class("obligation")
    out = []
    for token in lexicon.tokens(sent, "obligation"):
        if token.dep_ not in ("aux", "aux:tense") and token.lemma_.lower() not in modals:
            continue
        if token.lower_ not in modals and token.lemma_.lower() not in modals:
            continue
        verb = token.head if token.dep_ in ("aux", "aux:tense") else token
        if reporting_verb(verb, lexicon.speech_verbs) is not None and not own_duty(verb):
            out.append(Trigger(verb, DEMAND, trigger_score(verb, DEMAND), frame="demand"))
    return out


BLAME = TriggerEntry(lemma="", pos="VERB", type="ACCUSE", mode=None, cameo="11", weight=0.6, requires=None)


def blame_words(sent: Span, lexicon: EventLexicon) -> list[Token]:
    blame = lexicon.word_class("blame")
    return [t for t in lexicon.tokens(sent, "blame") if t.lower_ in blame or t.lemma_.lower() in blame]


def blame_triggers(sent: Span, lexicon: EventLexicon, acts: frozenset[int] = frozenset()) -> list[Trigger]:
    """A statement that condemns in evaluative words ("this strike is pure cruelty", said X) is an accusation
    by its speaker (CAMEO 11), though no accusing verb is used; not a speech verb that states nothing ("is said
    to be", "continued to expand"), nor a statement that reports an act (``acts``: the sentence's act words),
    whose evaluative words describe the act reported ("said it had seized weapons in anti-crime raids", "said a
    woman was found murdered")."""
    if not blame_words(sent, lexicon):
        return []
    speech = [t for t in lexicon.tokens(sent, "speech") if t.pos_ in ("VERB", "AUX")
              and t.lemma_.lower() in lexicon.speech_verbs and not is_past_participle_on_noun(t) and states(t)]
    if not speech:
        return []
    verb = speech[0]
    said = [c for c in verb.children if c.dep_ in CLAUSE_COMPLEMENT]
    # "a woman was found murdered, police said": the act told through the clause's verb chain
    if any(t.i in acts for c in said for t in (c, *(x for x in c.children if x.dep_ == "xcomp"))):
        return []
    return [Trigger(verb, BLAME, trigger_score(verb, BLAME), frame="blame")]


def states(verb: Token) -> bool:
    """A speech verb used as one: not one whose complement is an infinitive with no clause said."""
    children = [c.dep_ for c in verb.children]
    return "xcomp" not in children or any(dep in CLAUSE_COMPLEMENT or dep == "parataxis" for dep in children)


WARNING = TriggerEntry(lemma="", pos="VERB", type="THREATEN", mode=None, cameo="13", weight=0.6, requires=None)


def warning_triggers(sent: Span, lexicon: EventLexicon) -> list[Trigger]:
    """A statement that promises another actor a price to pay ("they will pay a heavy price", "une réponse
    forte") is a threat by its speaker (CAMEO 13)."""
    cues = lexicon.word_class("threat")
    if not any((t.lower_ in cues or t.lemma_.lower() in cues) and price_paid(t, lexicon)
               for t in lexicon.tokens(sent, "threat")):
        return []
    speech = [t for t in lexicon.tokens(sent, "speech") if t.pos_ in ("VERB", "AUX")
              and t.lemma_.lower() in lexicon.speech_verbs]
    if not speech:
        return []
    return [Trigger(speech[0], WARNING, trigger_score(speech[0], WARNING), frame="warning")]


def price_paid(cue: Token, lexicon: EventLexicon) -> bool:
    """A threat cue that names a price (word class ``threat_price``: « prix ») is one only as what someone will
    pay (the object of a ``threat_price_verb``: « ils en paieront le prix »): « une hausse des prix de l'énergie »
    speaks of prices. Other cues, and every cue in a language whose lexicon has no such class, count as they are."""
    prices = lexicon.word_class("threat_price")
    if cue.lower_ not in prices and cue.lemma_.lower() not in prices:
        return True
    return cue.dep_ in OBJECT and cue.head.lemma_.lower() in lexicon.word_class("threat_price_verb")
