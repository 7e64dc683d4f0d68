"""Disasters and accidents: a harm whose stated cause is a hazard, with no acting party, is no event.

"Twelve people were killed in a plane crash", "six died when a chemical plant exploded", "les inondations ont
fait 30 morts": the killing has no doer, and its cause (the object of a cause preposition, a "when" clause, or
the subject) is a natural hazard or an accident (``event_mishaps.tsv``, kind ``hazard``), or an explosion of
something that is no weapon (kind ``detonation``: "a grenade exploded" is an attack), or a word that names a hazard
only as the doer of its clause (kind ``subject``: "a fire broke out", "the fire gutted the market", but "opened
fire", "set fire to"). An army deployed or aid sent after a disaster has its actor and stays an event; a hazard
that "threatens" or "hits" a town is no act of anyone (``hazard_as_doer``).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from wirewatch import lexicons
from wirewatch.nlp.events.syntax import PASSIVE_SUBJECT, SUBJECT, preposition, subject_of
from wirewatch.nlp.events.weapon_names import named_in, names_a_weapon, weapon_words
from wirewatch.nlp.headline_structure import clause_read_as_noun_phrase, story_noun

FORCE = frozenset({"ASSAULT", "COERCE"})  # acts of force, which a hazard can be the recipient of only in a figure
SPOKEN = frozenset({"ACCUSE", "REJECT", "REQUEST", "SUPPORT", "AGREE", "CONSULT"})  # acts done by saying something
ARMED_SECTORS = frozenset({"military", "rebels"})  # actor sectors whose presence makes an explosion an attack


@dataclass(frozen=True)
class MishapWords:
    hazards: frozenset[str]
    detonations: frozenset[str]
    causes: frozenset[str]
    weapons: frozenset[str]
    actors: frozenset[str] = frozenset()  # agent nouns: a clause whose subject is one tells an act
    subjects: frozenset[str] = frozenset()  # hazards only as a clause's doer ("a fire broke out", not "opened fire")
    sites: frozenset[str] = frozenset()  # industrial sites: an explosion at one is an accident ("at a factory")
    totals: frozenset[str] = frozenset()  # running totals: as a subject, no one acts ("the death toll hit 300")
    civil: frozenset[str] = frozenset()  # what a weapon word names when it is no weapon ("a fuel tank", "a coal mine")
    crafts: frozenset[str] = frozenset()  # aircraft and vessels: one that crashes or sinks is an accident
    vehicles: frozenset[str] = frozenset()  # road and rail vehicles: one that hits someone is an accident
    lookalikes: frozenset[str] = frozenset()  # words holding a weapon word that name none ("miner", "famine")
    salvos: frozenset[str] = frozenset()  # words counting explosions set off together ("twin blasts", "deux")


def load_mishap_words(lang: str, modes: dict[str, str], actors: frozenset[str] = frozenset()) -> MishapWords:
    """The language's mishap words (``event_mishaps.tsv``) and its weapon words (the event modes that name
    a weapon, less the explosion words themselves)."""
    kinds: dict[str, set[str]] = {"hazard": set(), "detonation": set(), "cause": set(), "subject": set(),
                                  "site": set(), "total": set(), "civil": set(), "craft": set(), "vehicle": set(),
                                  "lookalike": set()}
    for row in lexicons.read_tsv(lang, "event_mishaps.tsv"):
        kinds.setdefault(row["kind"], set()).add(row["word"].lower())
    weapons = weapon_words(modes) - kinds["detonation"]
    return MishapWords(frozenset(kinds["hazard"]), frozenset(kinds["detonation"]), frozenset(kinds["cause"]),
                       weapons, actors, frozenset(kinds["subject"]), frozenset(kinds["site"]),
                       frozenset(kinds["total"]), frozenset(kinds["civil"]), frozenset(kinds["craft"]),
                       frozenset(kinds["vehicle"]), frozenset(kinds["lookalike"]), frozenset(kinds.get("salvo", ())))


def cause_heads(trigger: Token, words: MishapWords) -> Iterator[Token]:
    """The words that can name what caused the harm: the object of a cause preposition ("killed in a crash"),
    the verb and subject of a cause clause ("when a bus plunged"), the harm's subject ("floods killed")."""
    subjectless = not any(c.dep_ in SUBJECT or c.dep_ in PASSIVE_SUBJECT for c in trigger.children)
    for child in trigger.children:
        if child.dep_ in SUBJECT:
            yield child
        elif subjectless and child.i < trigger.i and child.dep_ in ("obl", "obl:mod") and child.pos_ == "NOUN":
            yield child  # "De fortes pluies ont tué …": a partitive subject the parser took for an oblique
        elif child.dep_ in ("prep", "agent") and preposition(child) in words.causes:
            yield from (o for o in child.children if o.dep_ in ("pobj", "pcomp"))
        elif child.dep_ in ("obl", "obl:mod", "obl:agent", "nmod") and any(
                c.dep_ == "case" and preposition(c) in words.causes for c in child.children):
            yield child
        elif child.dep_ in ("advcl", "dep") and child.pos_ in ("VERB", "AUX"):
            subjects = [c for c in child.children if c.dep_ in SUBJECT or c.dep_ in PASSIVE_SUBJECT]
            # the conjunction hangs on the clause, or (a parse of "lorsqu'une usine a explosé") on its subject
            markers = [c for t in (child, *subjects) for c in t.children if c.dep_ in ("mark", "advmod", "case")]
            if any(preposition(m) in words.causes for m in markers):
                yield child
                yield from subjects


def exploded_things(word: Token) -> list[Token]:
    """What an explosion word says exploded: "a chemical plant exploded", "a gas explosion", "l'explosion d'une
    usine" (not where: "an explosion near the village")."""
    return [c for c in word.children if c.dep_ in (*SUBJECT, *PASSIVE_SUBJECT, "compound", "nmod")
            and c.pos_ in ("NOUN", "ADJ") and not counted_before(c, word)]


def counted_before(child: Token, word: Token) -> bool:
    """A counted noun the parser hung before an explosion word in a verbless line ("30 morts dans une double
    explosion" read as the explosion's complement): the toll, not what exploded."""
    return child.dep_ == "nmod" and child.i < word.i and any(c.dep_ == "nummod" for c in child.children)


def at_a_site(word: Token, words: MishapWords) -> bool:
    """An explosion at an industrial site, no weapon named ("an explosion at a fireworks factory", "blasts ripped
    through a chemical depot", "explosions hit the port, caused by chemicals stored in a warehouse"): a site word
    in what the explosion word, or the clause it is the subject of, tells."""
    scope = word.head if word.dep_ in SUBJECT and word.head != word else word
    told = [t for t in scope.subtree if t.is_alpha]
    return not any(names_a_weapon(t, words.weapons, words.civil, words.lookalikes) for t in told) \
        and any(named_in(t, words.sites) for t in told)


def is_mishap_word(word: Token, words: MishapWords) -> bool:
    """A hazard, or an explosion of something that is no weapon ("a chemical plant exploded", but neither "a
    grenade exploded" nor a bare "the explosion", which may well be a bomb's)."""
    lemma = word.lemma_.lower()
    modifiers = [c for c in word.children if c.dep_ in ("compound", "nmod", "amod")]
    if any(names_a_weapon(t, words.weapons, words.civil, words.lookalikes) and not site_of_hazard(t, word, words)
           for t in (word, *modifiers) if t.is_alpha):
        return False  # "a car bomb", "a mine blast"
    if word.pos_ in ("VERB", "AUX") and any(c.dep_ in SUBJECT and c.lemma_.lower() in words.actors
                                            for c in word.children):
        return False  # "when soldiers fired", "when police charged": an actor acted
    if any(named_in(t, words.hazards) for t in (word, *modifiers)):
        return True
    if named_in(word, words.subjects) and word.dep_ in (*SUBJECT, *PASSIVE_SUBJECT):
        return True  # "a fire broke out", "the fire gutted the market"
    if lemma not in words.detonations:
        return False
    if any(names_a_weapon(t, words.weapons, words.civil, words.lookalikes) for t in word.subtree if t.is_alpha):
        return False
    things = [t for t in exploded_things(word) if t.lemma_.lower() not in words.salvos]
    return bool(things) or at_a_site(word, words) or (unexplained(word, words) and not set_off_together(word, words))


def site_of_hazard(modifier: Token, word: Token, words: MishapWords) -> bool:
    """"a mine collapse", "a flooded mine" told as "a mine flood", « l'effondrement d'une mine »: a word naming a
    weapon or a workplace (kind ``site``) that modifies a hazard no weapon brings about (a collapse, a flood, not
    an explosion) names the workplace where it happened; "a mine blast" stays a weapon's."""
    return modifier is not word and named_in(modifier, words.sites) and named_in(word, words.hazards) \
        and word.lemma_.lower() not in words.detonations


def named_explosion(word: Token, words: MishapWords) -> bool:
    """An explosion of a thing named, no weapon ("a gas explosion", "a chemical plant exploded", "an explosion at a
    fireworks factory"): an accident by its own words, not a bare "explosion", which may be a bomb's."""
    if word.lemma_.lower() not in words.detonations or not is_mishap_word(word, words):
        return False
    return any(t.lemma_.lower() not in words.salvos for t in exploded_things(word)) or at_a_site(word, words)


def set_off_together(word: Token, words: MishapWords) -> bool:
    """Explosions counted as several at once ("twin blasts", "two explosions", "a series of blasts", « une double
    explosion », « deux explosions simultanées »; kind ``salvo``): blasts that go off together were set off, an
    attack though no weapon is named (at an industrial site they stay an accident: ``at_a_site``)."""
    counts = [c for c in word.children if c.dep_ in ("nummod", "amod", "compound", "nmod")]
    if word.dep_ in ("pobj", "nmod") and word.head != word:  # "a series of blasts", « une série d'explosions »
        counts.append(word.head.head if word.head.dep_ == "prep" else word.head)
    return any(c.lemma_.lower() in words.salvos or c.lower_ in words.salvos
               or (c.text.isdigit() and int(c.text) > 1) for c in counts)


def unexplained(word: Token, words: MishapWords) -> bool:
    """An explosion the whole text tells of without naming a weapon anywhere ("a massive explosion tore through
    a residential building", "a blast at a petrol station killed five"): with no bomb, no gunman, no shell and no
    doer told, no one is said to have attacked. A weapon named in any sentence, or an armed actor (soldiers, rebels:
    the sectors ``ARMED_SECTORS`` of ``event_actor_nouns.tsv``) as the one hit or near, makes it an attack."""
    armed = armed_nouns(word.lang_)
    return not any(names_a_weapon(t, words.weapons, words.civil, words.lookalikes) or named_in(t, armed)
                   for t in word.doc if t.is_alpha)


@lru_cache(maxsize=16)
def armed_nouns(lang: str) -> frozenset[str]:
    """The agent nouns of the armed sectors ("soldier", "militant", "rebel")."""
    return frozenset(row["lemma"].lower() for row in lexicons.read_tsv(lang, "event_actor_nouns.tsv")
                     if row["sector"] in ARMED_SECTORS)


def caused_by_mishap(trigger: Token, words: MishapWords) -> bool:
    """Whether the harm the trigger states (or one coordinated with it: "six killed and two injured when …") is
    caused, by the sentence's own account, by a disaster or an accident (the caller checks that no doer is
    named)."""
    if trigger.lemma_.lower() in words.detonations and is_mishap_word(trigger, words):
        return True  # the trigger is itself the accident: "a chemical plant exploded" (not "a bomb exploded")
    if hazard_blow(trigger, words) or headline_hazard(trigger, words):
        return True  # "lightning strikes killed 20", "Fire in Lyon: two people killed"
    conjoined = list(trigger.conjuncts)
    # "killed and more than a dozen injured": the parser may conjoin the figure and hang the participle on it
    harms = [trigger, *conjoined, *(c for t in conjoined for c in t.children
                                    if c.dep_ in ("acl", "amod") and c.pos_ == "VERB")]
    if any(is_mishap_word(head, words) or headline_clause_doer(head, words)
           for harm in harms for head in cause_heads(harm, words)):
        return True
    # "a bus plunged into a ravine, killing twelve", "a landslide buried the village, killing …": the clause
    # the participle hangs on, and its subject, tell the cause
    if trigger.dep_ == "advcl" and "Part" in trigger.morph.get("VerbForm", []) and trigger.head != trigger:
        clause = trigger.head
        # "the tanker overturned and caught fire, killing …": a clause conjoined to another shares its subject
        clauses = [clause, *([clause.head] if clause.dep_ == "conj" and clause.head != clause else [])]
        subjects = [c for t in clauses for c in t.children if c.dep_ in SUBJECT or c.dep_ in PASSIVE_SUBJECT]
        return any(is_mishap_word(word, words) for word in (*clauses, *subjects))
    return False


def headline_clause_doer(head: Token, words: MishapWords) -> bool:
    """"Three killed as fire guts market": the doer of a headline clause the tagger read as one noun phrase
    (``headline_structure``) is a hazard or a fire."""
    doer = clause_read_as_noun_phrase(head)
    return doer is not None and (named_in(doer, words.hazards) or named_in(doer, words.subjects))


def hazard_blow(trigger: Token, words: MishapWords) -> bool:
    """An act noun whose modifier names a hazard ("a lightning strike", "lightning strikes in Bihar"): the
    blow of the hazard, no one's act, in a sentence that names no weapon."""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return False
    modifiers = [c for c in trigger.children if c.dep_ in ("compound", "nmod") and c.i < trigger.i]
    return any(named_in(m, words.hazards) for m in modifiers) and not any(
        names_a_weapon(t, words.weapons, words.civil, words.lookalikes) for t in trigger.sent if t.is_alpha)


def headline_hazard(trigger: Token, words: MishapWords) -> bool:
    """A harm told after a headline's colon whose story noun is a hazard ("Fire in Lyon: two people killed",
    "Floods in Kenya: 40 dead"), no weapon named: a bare "fire" heading a headline is the blaze, not gunfire."""
    act = story_noun(trigger)
    return act is not None and (named_in(act, words.hazards) or named_in(act, words.subjects)) and not any(
        names_a_weapon(t, words.weapons, words.civil, words.lookalikes) for t in trigger.sent if t.is_alpha)


def hazard_as_doer(trigger: Token, words: MishapWords) -> bool:
    """Whether the act's own subject is a disaster or an accident ("wildfires threatened three towns", "the storm
    hit the coast", "an explosion rocked the port"), or a running total ("the death toll hit 300"): whatever the
    verb, no one acted."""
    subjects = [child for child in trigger.children if child.dep_ in SUBJECT]
    if not subjects and trigger.dep_ == "conj":  # "wildfires forced evacuations and destroyed homes": shared
        subjects = [child for child in trigger.head.children if child.dep_ in SUBJECT]
    if any(is_mishap_word(child, words) or named_in(child, words.totals) for child in subjects):
        return True
    doer = clause_doer(trigger)
    # a doer the clause lends the act: the subject of the clause a participle hangs on, through coordination
    # ("Cyclone X battered the coast, killing 14 and destroying homes"), or a relative pronoun's antecedent ("the
    # fire that killed six"), which stands as the doer, so a hazard only as a doer counts ("fire")
    if doer is None or doer in subjects or doer.pos_ not in ("NOUN", "PROPN"):
        return False
    if doer.dep_ in SUBJECT:
        return is_mishap_word(doer, words) or named_in(doer, words.totals)
    # an antecedent: a hazard by its very word, in a sentence naming no weapon ("explosions that killed 38", after
    # "suicide bombers blew themselves up", are the bombs')
    return (named_in(doer, words.hazards) or named_in(doer, words.subjects)) and not any(
        names_a_weapon(t, words.weapons, words.civil, words.lookalikes) for t in doer.sent if t.is_alpha)


def clause_doer(trigger: Token) -> Token | None:
    """Who does the act by the clause's grammar (``subject_of``), or, for a verb conjoined to a participle or
    a relative clause, the doer of the verb it is conjoined to."""
    doer = subject_of(trigger)
    if doer is None and trigger.dep_ == "conj" and trigger.head != trigger and trigger.head.pos_ in ("VERB", "AUX"):
        doer = subject_of(trigger.head)
    return doer


def hazard_fought(trigger: Token, event_type: str, words: MishapWords) -> bool:
    """Whether what an act of force is done to is a disaster ("firefighters battled the blaze", "fighting the
    flames", "the fight against the epidemic"): a struggle with a hazard is no one's assault on anyone (aid sent
    for a flood is no act of force, and stays)."""
    if event_type not in FORCE:
        return False
    fought = [c for c in trigger.children if c.dep_ in ("dobj", "obj", "pobj")]
    # what a cause preposition names is when or why the act was done, not what it fought ("struck Gaza after
    # rocket fire", "troops fired on looters after the floods")
    fought += [o for c in trigger.children if c.dep_ in ("prep", "obl", "nmod") and not is_cause_word(c, words)
               for o in (c, *c.children) if o.dep_ in ("pobj", "obl", "nmod") and o.pos_ == "NOUN"
               and not any(is_cause_word(m, words) for m in o.children if m.dep_ == "case")]
    fought += purpose_objects(trigger)  # "fought to contain the wildfire", "battled to save homes from the floods"
    # a hazard only as a doer ("fire") is none as a bare recipient: "opened fire on the crowd" is an attack; a
    # determined or qualified one is the hazard ("fighting a forest fire", "battled the flames")
    return any(named_in(word, words.hazards) or (named_in(word, words.subjects) and any(
        c.dep_ in ("det", "compound", "nmod") for c in word.children)) for word in fought)


def purpose_objects(trigger: Token) -> list[Token]:
    """What the purpose infinitive of a struggle acts on ("fought *to contain* the wildfire", "battled *to save*
    homes from the floods"): its objects and the nouns of its prepositions, which say what the struggle was with."""
    purposes = [c for c in trigger.children if c.dep_ in ("advcl", "xcomp") and "Inf" in c.morph.get("VerbForm", [])
                and any(a.dep_ in ("aux", "mark") and a.i < c.i for a in c.children)]
    return [o for p in purposes for c in p.children
            for o in ((c,) if c.dep_ in ("dobj", "obj") else c.children if c.dep_ in ("prep", "obl") else ())
            if o.dep_ in ("dobj", "obj", "pobj", "obl") and o.pos_ == "NOUN"]


def is_cause_word(word: Token, words: MishapWords) -> bool:
    """A preposition by which a harm names its cause or its time ("after", "during", « après »)."""
    return word.lower_ in words.causes or word.lemma_.lower() in words.causes


def cause_clauses(trigger: Token) -> list[Token]:
    """The clauses that can tell how a harm came about: the one a participle hangs on ("a jet crashed into a
    school, killing 18"), a "when" clause ("died when he was struck by a lorry"), a clause after a preposition
    ("killed after being hit by a car")."""
    out = [trigger.head] if trigger.dep_ == "advcl" and trigger.head != trigger else []
    for child in trigger.children:
        if child.dep_ in ("advcl", "dep") and child.pos_ in ("VERB", "AUX"):
            out.append(child)
        elif child.dep_ in ("prep", "obl", "obl:mod"):
            out += [g for g in child.children if g.dep_ in ("pcomp", "acl") and g.pos_ in ("VERB", "AUX")]
    return out


def craft_accident(trigger: Token, words: MishapWords) -> bool:
    """Whether the harm came of a craft's accident ("a military jet crashed into a school, killing 18", "a ferry
    sank, leaving 50 dead"), of a collision ("an army truck hit a motorcycle, killing two") or of a vehicle hitting
    someone ("killed after being hit by a car", "struck by a
    train"), no weapon named: an accident, whoever owns the craft (kinds ``craft`` and ``vehicle``)."""
    for clause in (trigger, *cause_clauses(trigger)):
        if any(names_a_weapon(t, words.weapons, words.civil, words.lookalikes) for t in clause.subtree if t.is_alpha):
            continue  # "a car bomb", "a bomb-laden truck"
        subjects = [c for c in clause.children if c.dep_ in SUBJECT]
        agents = [o for c in clause.children if c.dep_ in ("agent", "obl:agent")
                  for o in (c, *c.children) if o.pos_ == "NOUN"]
        if named_in(clause, words.hazards) and any(named_in(s, words.crafts | words.vehicles) for s in subjects):
            return True
        # a collision: a road or rail vehicle the doer and a vehicle or craft the recipient ("an army truck hit a
        # motorcycle"; an aircraft that strikes a bus is a warplane's strike)
        objects = [c for c in clause.children if c.dep_ in ("dobj", "obj")]
        if any(named_in(s, words.vehicles) for s in subjects) \
                and any(named_in(o, words.crafts | words.vehicles) for o in objects):
            return True
        if any(named_in(a, words.vehicles) for a in agents):
            return True
    return False


def vehicle_as_speaker(trigger: Token, event_type: str, words: MishapWords) -> bool:
    """An act done by saying something whose subject is a craft or a vehicle (kinds ``craft`` and ``vehicle``): a
    verb of criticism read in its physical sense ("a train slammed into a bus", « un camion a percuté … »): no one
    spoke, whatever the verb."""
    return event_type in SPOKEN and any(c.dep_ in SUBJECT and named_in(c, words.crafts | words.vehicles)
                                        for c in trigger.children)
