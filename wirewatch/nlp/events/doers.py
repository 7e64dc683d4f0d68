"""An act of force needs a doer that can act: a harm done by a thing is an accident or a mishap, no event.

"A van hit a pickup, killing nine", "a crane toppled onto the site, killing two", "a wall collapsed on workers",
"a stray dog attacked five children": whoever suffered, no one acted. The doer is read from the harm's
grammatical roles: its subject (a relative pronoun stands for its antecedent: "a fire that killed eight"), its
passive agent ("hit by a truck"), the subject of the clause a participle of harm hangs on ("…, killing nine"),
and, when the harm has no doer of its own, the subject of the clause that tells its cause ("killed when a crane
toppled"). When every doer so found is a thing (``event_inanimate_doers.tsv``: vehicles, craft, structures,
animals, substances; a weapon word of civil use, "a fuel tank"), no modifier says whose it is ("an army truck",
"the rebels' boat") and no weapon is named in its clause ("a truck bomb", "a van packed with explosives", "hit a
roadside bomb"), the harm is no event. A doer that is a person, an
organisation, an agent noun or a weapon keeps it an event, as does anything this module does not know: an army
deployed or aid sent after an accident have their actors. ``mishaps.py`` does the same for disasters by their
hazard words; this module by the doer's role.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Token

from wirewatch import lexicons
from wirewatch.nlp.events.syntax import prep_objects, preposition
from wirewatch.nlp.events.weapon_names import modified_as_civil
from wirewatch.nlp.syntax import AGENT, PASSIVE_SUBJECT, RELATIVE_CLAUSE, SUBJECT

FILE = "event_inanimate_doers.tsv"
MEASURES_FILE = "event_disaster_measures.txt"
CRAFT = "craft"  # an aircraft or a vessel: a thing only as the doer of a casualty word (see the lexicon's header)
HAZARD = "hazard"  # a disaster or an accident (``event_mishaps.tsv``), as a doer
CIVIL = "civil"  # a weapon word of civil use, a thing ("a fuel tank")
ANIMAL = "animal"  # an animal: no doer of an act, whatever it does ("a shark attack")
# words said and states of the economy act on no one whoever's they are (« les propos du ministre ont frappé »)
WORDS_AND_STATES = frozenset({"speech", "condition"})
WEAPON = "weapon"  # a weapon named in the doer's clause makes the harm an attack
OWNER_DEPS = frozenset({"compound", "poss", "amod", "nmod:poss"})  # "an army truck", "the rebels' boat"
PARTICIPLE_HEADS = frozenset({"advcl", "acl", "conj", "xcomp", "dep"})  # a participle's clause, up to its subject
CLIMB = 3  # clauses climbed from a participle to the one that has a subject
ACTING_ENTITIES = frozenset({"PERSON", "PER", "ORG", "NORP"})  # named doers: a person, a group, a people


@dataclass(frozen=True)
class DoerWords:
    things: dict[str, str]  # lemma → kind of thing that cannot act
    actors: frozenset[str] = frozenset()  # agent nouns ("police", "rebels"): a word of the phrase that acts
    weapons: frozenset[str] = frozenset()  # weapons and means of force (the event modes): "a truck bomb"
    causes: frozenset[str] = frozenset()  # conjunctions by which a harm tells its cause ("when", "as")
    owner_preps: frozenset[str] = frozenset()  # prepositions of whose a thing is ("a vehicle of the police")
    demonyms: frozenset[str] = frozenset()  # a craft of a country ("Russian helicopters") is its forces'
    civil: frozenset[str] = frozenset()  # modifiers that make a weapon word a thing ("a fuel tank": ``mishaps``)
    measures: frozenset[str] = frozenset()  # a government's answers to a disaster ("a state of emergency")
    agent_preps: frozenset[str] = frozenset()  # prepositions of an act noun's doer ("an attack by a bear")


def load_doer_words(lang: str, actors: frozenset[str] = frozenset(), weapons: frozenset[str] = frozenset(),
                    causes: frozenset[str] = frozenset(), owner_preps: frozenset[str] = frozenset(),
                    hazards: frozenset[str] = frozenset(), demonyms: frozenset[str] = frozenset(),
                    civil: frozenset[str] = frozenset(), agent_preps: frozenset[str] = frozenset()) -> DoerWords:
    """The language's things that cannot act (with its ``hazards``: "a fire that killed eight"), and its weapons
    (the lexicon's and the event modes' ``weapons``)."""
    rows = [(row["word"].lower(), row["kind"]) for row in lexicons.read_tsv(lang, FILE) if row.get("word")]
    things = {**{word: HAZARD for word in hazards}, **{word: kind for word, kind in rows if kind != WEAPON}}
    measures = frozenset(word.lower() for word in lexicons.read_lines(lang, MEASURES_FILE))
    return DoerWords(things, actors, weapons | {word for word, kind in rows if kind == WEAPON}, causes, owner_preps,
                     demonyms, civil, measures, agent_preps)


def thing_kind(token: Token, words: DoerWords) -> str | None:
    """The kind of thing the noun names, by its lemma or its form (also a plural the tagger left as the lemma)."""
    if token.pos_ not in ("NOUN", "PROPN"):
        return None
    if modified_as_civil(token, words.civil) and names_a_weapon(token, words, civil=False):
        return CIVIL  # "a fuel tank exploded"
    for form in (token.lemma_.lower(), token.lower_):
        kind = words.things.get(form) or (words.things.get(form[:-1]) if form.endswith("s") else None)
        if kind is not None:
            return kind
    return None


def names_a_weapon(word: Token, words: DoerWords, civil: bool = True) -> bool:
    """A weapon by its lemma, its form, or a part of a hyphenated word ("car-bomb"); with ``civil``, not one a
    modifier says is of civil use ("a fuel tank")."""
    if civil and modified_as_civil(word, words.civil):
        return False  # "a fuel tank", "a coal mine"
    forms = {word.lemma_.lower(), word.lower_, *word.lower_.split("-")}
    return any(form in words.weapons or (form.endswith("s") and form[:-1] in words.weapons) for form in forms)


def owned_by_an_actor(token: Token, words: DoerWords, craft: bool = False) -> bool:
    """A modifier of the thing names who it belongs to: an agent noun or a named person or group ("an army
    truck", "the rebels' boat", "a Hamas drone", "a vehicle of the police"; not "a bus carrying pilgrims")."""
    for child in token.children:
        owner = child.dep_ in OWNER_DEPS or (child.dep_ == "prep" and preposition(child) in words.owner_preps) \
            or (child.dep_ == "nmod" and any(c.dep_ == "case" and preposition(c) in words.owner_preps
                                             for c in child.children))
        if not owner:
            continue
        for word in child.subtree:
            lemma = word.lemma_.lower()
            if lemma in words.actors or word.lower_ in words.actors or word.ent_type_ in ACTING_ENTITIES \
                    or (craft and word.lower_ in words.demonyms):
                return True
    return False


def is_thing(token: Token, words: DoerWords, casualty: bool) -> bool:
    """The doer is a thing that cannot act, owned by no actor, and no weapon is named in its clause."""
    kind = thing_kind(token, words)
    if kind in WORDS_AND_STATES:
        return True  # « les critiques de Washington visent Pékin », "Germany's recession hit exports": whoever's
    if kind is None or (kind == CRAFT and not casualty) or owned_by_an_actor(token, words, kind == CRAFT):
        return False
    clause = token.head if token.dep_ in SUBJECT or token.dep_ in PASSIVE_SUBJECT else token
    return not any(names_a_weapon(w, words) for w in (*token.subtree, *clause.subtree) if w.is_alpha)


def subjects_of(verb: Token) -> list[Token]:
    """The verb's active subjects, shared with the verb it is conjoined to ("overturned and caught fire"); a
    relative pronoun stands for the noun its clause describes ("a fire that killed eight")."""
    found = [c for c in verb.children if c.dep_ in SUBJECT]
    if not found and verb.dep_ == "conj" and verb.head.i != verb.i:
        found = [c for c in verb.head.children if c.dep_ in SUBJECT]
    return [verb.head if s.pos_ == "PRON" and verb.dep_ in RELATIVE_CLAUSE else s for s in found]


def agents_of(verb: Token) -> Iterator[Token]:
    """The passive agent: "hit by a truck" (ClearNLP: the object of ``agent``; UD: the ``obl:agent`` itself)."""
    for child in verb.children:
        if child.dep_ == "agent":
            yield from (o for o in child.children if o.dep_ == "pobj")
        elif child.dep_ in AGENT:
            yield child


def participle_doers(verb: Token) -> list[Token]:
    """The doer of a participle of harm: the subject of the clause it hangs on, climbing through clauses that
    have none ("a train ran over pilgrims sleeping on the tracks, killing 15"); a noun it describes is its doer
    ("an explosion, killing nine")."""
    clause = verb
    for _ in range(CLIMB):
        if clause.dep_ not in PARTICIPLE_HEADS or clause.head.i == clause.i:
            return []
        clause = clause.head
        if clause.pos_ in ("NOUN", "PROPN"):
            return [clause]
        found = subjects_of(clause)
        if found:
            return found
    return []


def cause_doers(verb: Token, causes: frozenset[str]) -> list[Token]:
    """The subjects of the clauses that tell the harm's cause ("killed when a crane toppled", "as a bus hit")."""
    found: list[Token] = []
    for clause in verb.children:
        if clause.dep_ != "advcl" or not any(c.dep_ in ("mark", "advmod") and preposition(c) in causes
                                             for c in clause.children):
            continue
        if clause.pos_ in ("NOUN", "PROPN"):  # "when a lorry ploughed into …" parsed with the noun as the clause
            found.append(clause)
        elif clause.pos_ in ("VERB", "AUX"):
            found += [c for c in clause.children if c.dep_ in SUBJECT or c.dep_ in PASSIVE_SUBJECT]
    return found


def cause_objects(verb: Token, words: DoerWords) -> list[Token]:
    """The hazards a cause preposition names ("killed in a fire at a garment factory", "injured in a collision");
    not other things, which it names as places ("killed in a bus", "in the early stages")."""
    return [obj for prep, obj in prep_objects(verb) if prep in words.causes
            and (thing_kind(obj, words) == HAZARD or by_an_animal(obj, words))]  # "injured in a leopard attack"


def doers(verb: Token, words: DoerWords) -> list[Token]:
    """Who (or what) the harm's sentence says did it; [] when it says nothing of a doer."""
    # a number is what befell, not who did it ("Nine killed as bus hits truck")
    own = [t for t in (*subjects_of(verb), *agents_of(verb)) if t.pos_ != "NUM"]
    if own:
        return own
    if "Part" in verb.morph.get("VerbForm", []) or verb.tag_ == "VBG":
        found = participle_doers(verb)
        if found:
            return found
    return [*cause_doers(verb, words.causes), *cause_objects(verb, words)]


def done_by_a_thing(trigger: Token, words: DoerWords, casualty: bool) -> bool:
    """Whether every doer the sentence gives the harm is a thing that cannot act (see the module's text);
    ``casualty``: the trigger is a casualty word ("killing", "injured"), of which a craft can be the doer."""
    if trigger.pos_ == "NOUN":  # "a locust invasion"
        return by_an_animal(trigger, words)
    if trigger.pos_ not in ("VERB", "AUX") or not words.things:
        return False
    found = doers(trigger, words)
    # "a shark attack killed a surfer": the harm's doer an act no one did
    return bool(found) and all(is_thing(doer, words, casualty) or by_an_animal(doer, words) for doer in found) \
        and not any(names_a_weapon(w, words) for w in trigger.subtree if w.is_alpha)


def disaster_measure(trigger: Token, event_type: str, disaster_story: bool, words: DoerWords) -> bool:
    """In a story whose lead tells a disaster and no attack, a coercion word that names a measure answering it
    ("declared a state of emergency", "ordered the evacuation of the valley") is relief, no coercion."""
    # the measure named by the word itself or by the object it imposes ("imposed a curfew to prevent looting")
    named = (trigger, *(c for c in trigger.children if c.dep_ in ("dobj", "obj")))
    return disaster_story and event_type == "COERCE" and any(
        word.lemma_.lower() in words.measures or word.lower_ in words.measures for word in named)


def by_an_animal(noun: Token, words: DoerWords) -> bool:
    """An act noun whose doer, named by a modifier, is an animal ("a locust invasion", "a shark attack", "an attack
    by a bear", « une invasion de criquets »): no one acted. Only animals: a vehicle so named ("a truck attack")
    is a weapon, and a "de" phrase may name the target of the act (« l'attaque d'un camion »); what an act is
    "on" is its target ("an attack on elephants")."""
    if noun.pos_ != "NOUN":
        return False
    named = [c for c in noun.children if c.dep_ in (*OWNER_DEPS, "nmod")]
    named += [o for prep, o in prep_objects(noun) if prep in words.owner_preps | words.agent_preps]  # "by a bear"
    animals = [t for t in named if thing_kind(t, words) == ANIMAL]
    return bool(animals) and not any(names_a_weapon(w, words) for w in noun.subtree if w.is_alpha)
