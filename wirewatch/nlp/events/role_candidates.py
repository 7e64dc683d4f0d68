"""Candidate phrases for an event's source and target, from the trigger's syntactic roles.

Verbs: subject → source, object (or a recipient preposition) → target; passives swap ("were killed by" →
source is the agent). Nouns ("la frappe russe contre…", "Israel's strikes on Iran"): a possessor or demonym
adjective is the source, else the subject of the verb the noun is the object of ("Israel launched strikes");
"between A and B" gives both sides. Which candidate names an actor is decided in ``arguments``.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from wirewatch.nlp.events.actor_phrases import names_a_weapon
from wirewatch.nlp.events.actor_resolver import ActorResolver
from wirewatch.nlp.events.controlled_roles import locution_agents, purpose_controller, releases_persons
from wirewatch.nlp.events.headline_tolls import is_elliptic_passive
from wirewatch.nlp.events.lexicon import EventLexicon
from wirewatch.nlp.events.nominal_roles import (
    compeller,
    in_state_of,
    names_someone,
    of_patients,
    opposed_parties,
    outcome_parties,
)
from wirewatch.nlp.events.reduced_passives import reduced_passive_roles
from wirewatch.nlp.events.support_verbs import is_support_verb
from wirewatch.nlp.events.syntax import children, is_passive, prep_objects, subject_of
from wirewatch.nlp.events.trigger_conditions import conditions_met
from wirewatch.nlp.events.undergone_acts import undergoer
from wirewatch.nlp.syntax import AGENT, OBJECT, PASSIVE_SUBJECT, POSSESSOR, SUBJECT

SYMMETRIC_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})
STANCE_TYPES = frozenset({"ACCUSE", "SUPPORT", "REJECT", "REQUEST", "THREATEN"})  # verbs about another act
# acts whose noun takes its doer after "of" ("the deployment of troops", "la mobilisation des policiers"), unlike
# an arrest or a capture, whose "of" names who or what undergoes it
DOER_OF_TYPES = frozenset({"MOBILIZE", "PROTEST", "AID", "RETREAT"})  # "the withdrawal of the troops"
UNDERGONE_OF_TYPES = frozenset({"COERCE"})  # acts whose "of" names who undergoes them: an arrest, an expulsion
# measures their giver announces ("le Royaume-Uni a annoncé une aide", "announced sanctions on X"): the announcer
# gives or imposes them, unlike an act told by a witness or an official ("a annoncé des interpellations")
ANNOUNCED_TYPES = frozenset({"AID", "SANCTION"})
RESPONSE_TYPES = frozenset({"CONCEDE", "AGREE", "REJECT"})  # answers to what another asked or offered


@dataclass(frozen=True)
class Roles:
    """Candidate phrases for each role, best first; the first one that resolves to an actor is taken."""

    sources: tuple[Token, ...]
    targets: tuple[Token, ...]


def recipients(head: Token, target_preps: frozenset[str]) -> list[Token]:
    return [obj for prep, obj in prep_objects(head) if prep in target_preps]


def complement_targets(head: Token, target_preps: frozenset[str], lexicon: EventLexicon,
                       speech_verbs: frozenset[str] = frozenset()) -> list[Token]:
    """Recipients named in a purpose or complement clause: "a strike to demand the resignation of X",
    "refused to meet Spain's king", "menacé de bombarder les villes irakiennes". Not those of an adverbial
    clause on a passive: its doer is the passive's subject, who undergoes the act ("two men were killed while
    fighting ISIS": ISIS is whom they fought, not whom the killing hit)."""
    out: list[Token] = []
    passive = head.pos_ in ("VERB", "AUX") and is_passive(head)
    for clause in head.children:
        if clause.dep_ not in ("xcomp", "advcl", "acl", "ccomp") or clause.pos_ not in ("VERB", "AUX") \
                or clause.lemma_.lower() in speech_verbs \
                or (passive and clause.dep_ == "advcl"):  # an incise: "…», a affirmé dans une déclaration X"
            continue
        for obj in children(clause, OBJECT):
            out.append(obj)
            out += [o for prep, o in prep_objects(obj) if prep in lexicon.word_class("complement_of")]
            out += children(obj, POSSESSOR)
        out += recipients(clause, target_preps)
    return out


def adjunct_sources(participle: Token, speech_verbs: frozenset[str]) -> list[Token]:
    """The doer of a participial adjunct with no subject of its own: the subject of the clause it hangs on
    ("X launched strikes, accusing Y"). A speech act hung on a clause reported by a speech verb is the
    reporter's ("Officials said the dam was unsafe, urging the government to act": the officials urge, not
    the dam), so the reporter's subject comes first; other acts keep only their clause's subject ("said the
    storm hit the town, killing five" is not the officials' doing)."""
    head = participle.head
    if is_elliptic_passive(head):
        return []  # "Shooting in Denver: three people killed": the headline's victims, not the shooters
    clause_subjects = children(head, SUBJECT)
    reporter = head.head
    if participle.lemma_.lower() not in speech_verbs or head.dep_ != "ccomp" or reporter == head \
            or reporter.lemma_.lower() not in speech_verbs:
        return clause_subjects
    return [*children(reporter, SUBJECT), *clause_subjects]


def laid_weapon_run_into(verb: Token, lexicon: EventLexicon) -> Token | None:
    """The laid explosive the verb's subject runs into ("the vehicle hit a mine", "a soldier stepped on a
    landmine", « le véhicule a sauté sur une mine »; word classes ``weapon_contact_verb``/``_prep``): the
    subject is harmed, and the doer is the explosive's user if its phrase names one ("a mine that militants had laid")
    or no one — never the subject, nor its country."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lexicon.word_class("weapon_contact_verb"):
        return None
    contact_preps = lexicon.word_class("weapon_contact_prep")
    things = [c for c in children(verb, OBJECT) if c.dep_ in ("dobj", "obj")]
    things += [obj for prep, obj in prep_objects(verb) if prep in contact_preps]
    return next((t for t in things if lexicon.modes.get(t.lemma_.lower()) == "explosives"
                 or lexicon.modes.get(t.lower_) == "explosives"), None)


def verb_roles(verb: Token, target_preps: frozenset[str], lexicon: EventLexicon) -> Roles:
    speech_verbs = lexicon.speech_verbs
    sources: list[Token] = []
    targets: list[Token] = []
    # "Diplomats expelled by X", "Un journaliste arrêté à Minsk": headline passives with no auxiliary
    reduced = None if is_passive(verb) else reduced_passive_roles(verb, lexicon, DOER_OF_TYPES)
    if is_passive(verb):
        sources += [obj for prep, obj in prep_objects(verb) if prep in lexicon.word_class("agent_prep")]
        sources += [c for c in children(verb, AGENT) if c.pos_ != "ADP"]
        sources += locution_agents(verb, lexicon.word_class("agent_prep"))  # "remis en liberté par la police"
        targets += children(verb, PASSIVE_SUBJECT)
    elif reduced is not None:
        sources += reduced[0]
        targets += reduced[1]
    else:
        subject = subject_of(verb)
        controller = purpose_controller(verb, lexicon) if subject is None else None
        laid = laid_weapon_run_into(verb, lexicon)
        borrowed = subject is not None and subject.head != verb  # a participle's: its clause's subject
        head_laid = laid_weapon_run_into(subject.head, lexicon) if subject is not None and borrowed else None
        if laid is not None:  # "the vehicle hit a mine": the mine's user, if named; the vehicle is harmed
            sources.append(laid)
            # « blessé en sautant sur une mine »: the gerund's harmed party is its clause's subject, passive too
            targets += [subject] if subject is not None else \
                children(verb.head, PASSIVE_SUBJECT) if verb.dep_ == "advcl" and verb.head != verb else []
        elif head_laid is not None:  # "the vehicle hit a mine, killing two": the mine's user, if named
            sources.append(head_laid)
        elif subject is not None:
            sources.append(subject)
        elif controller is not None:  # "gathered for a march to protest": the marchers (``controlled_roles``)
            sources.append(controller)
        elif "Ger" in verb.morph.get("VerbForm", []) or "Prog" in verb.morph.get("Aspect", []) \
                or (verb.dep_ == "acl" and names_a_weapon(verb.head, lexicon)):
            # "shelling by paramilitary forces killed five", "shells fired by the rebels": a verbal noun's or
            # a weapon's participle's "by" phrase names its doer
            sources += [obj for prep, obj in prep_objects(verb) if prep in lexicon.word_class("agent_prep")]
        undergone = undergoer(verb, lexicon) if subject is None else None
        if undergone is not None:  # "the town came under shelling": the town was shelled
            targets.append(undergone)
        if verb.dep_ == "advcl" and "Part" in verb.morph.get("VerbForm", []) \
                and laid_weapon_run_into(verb.head, lexicon) is None:  # "hit a mine, killing two": no doer
            # "X launched strikes, accusing Y": the main clause's subject, should the parse give the
            # participle a subject of its own that names no actor
            sources += adjunct_sources(verb, speech_verbs)
        objects = [c for c in children(verb, OBJECT) if c.pos_ != "PRON" or c.dep_ != "obl:arg"]
        targets += objects
        for obj in objects:  # "launched strikes on Iran": the recipient hangs on the object
            targets += recipients(obj, target_preps)
    targets += recipients(verb, target_preps)
    # "s'est entretenu par téléphone avec X": the partner phrase hung on the means of the act (a mode word)
    targets += [r for prep, means in prep_objects(verb) if means.lemma_.lower() in lexicon.modes
                for r in recipients(means, target_preps)]
    for clause in verb.children:
        if clause.dep_ in ("ccomp", "xcomp") and clause.lemma_.lower() not in speech_verbs:
            # not the speaker of an incise ("X a frappé", a affirmé le ministre)
            inner = subject_of(clause)
            if inner is not None:
                targets.append(inner)
    targets += complement_targets(verb, target_preps, lexicon, speech_verbs)
    if not sources and verb.pos_ == "ADJ" and verb.head != verb:
        subject = subject_of(verb.head)
        if subject is not None:
            sources.append(subject)
    return Roles(tuple(sources), tuple(targets))


def stray_agents(noun: Token, agent_preps: frozenset[str]) -> list[Token]:
    """"died in raids by navy helicopters" parsed with "by" on the verb: an agent phrase that follows the noun's
    phrase at once, on an active verb the noun's phrase hangs on, names the noun's doer (a passive verb's agent
    is its own: "were hit in raids by the army" stays the verb's)."""
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    if noun.dep_ not in ("pobj", "obl", "obl:mod", "obl:arg") or verb.pos_ not in ("VERB", "AUX") \
            or is_passive(verb):
        return []
    return [obj for prep, obj in prep_objects(verb) if prep in agent_preps
            and (obj.head if obj.head.pos_ == "ADP" else obj).left_edge.i == noun.right_edge.i + 1]


def participle_agents(noun: Token, agent_preps: frozenset[str], resolver: ActorResolver) -> list[Token]:
    """"strikes carried out by Russian aircraft", "des frappes menées par l'aviation": the agent of a participle
    by which the act's noun is done names its doer; not one by which it is spoken of ("the attack, condemned by
    the UN", "reported by the media": ``supports``)."""
    return [obj for clause in noun.children if clause.dep_ == "acl" and clause.pos_ == "VERB"
            and "Part" in clause.morph.get("VerbForm", []) and supports(clause, resolver)
            for prep, obj in prep_objects(clause) if prep in agent_preps]


def supports(verb: Token, resolver: ActorResolver) -> bool:
    """A verb whose subject does what its object noun names ("launched strikes", "a mené des frappes"), unlike
    one that speaks of it ("condemned the attack", "a annoncé des interpellations")."""
    lexicon = resolver.lexicon
    lemma = verb.lemma_.lower()
    if lemma in lexicon.word_class("claim"):
        return True  # "claimed the attack", "a revendiqué la prise": the claimant did it
    if is_support_verb(verb, lexicon):
        return True  # "ont lancé une grève", "staged a sit-in" (``support_verbs``)
    if lemma in lexicon.speech_verbs:
        return False
    # the readings this verb has here: a generated reading with its condition unmet ("extend" + support) is none
    verb_types = {e.type for e in lexicon.triggers.get((lemma, "VERB"), []) if conditions_met(verb, e)}
    return not verb_types & STANCE_TYPES


def noun_roles(noun: Token, target_preps: frozenset[str], resolver: ActorResolver,
               event_type: str = "") -> Roles:
    lexicon = resolver.lexicon
    of_preps, agent_preps = lexicon.word_class("of_prep"), lexicon.word_class("agent_prep")
    doer_of = event_type in DOER_OF_TYPES
    opposed, opposite = opposed_parties(noun, lexicon.word_class("opposing"), lexicon.word_class("opposing_prep"))
    holder = in_state_of(noun, lexicon.word_class("state_prep")) if event_type == "PROTEST" else None
    sources: list[Token] = [*children(noun, POSSESSOR), *opposed, *([holder] if holder is not None else [])]
    targets: list[Token] = list(opposite)
    for child in noun.children:
        if child.dep_ in ("amod", "compound") and resolver.country_of_text(child.text) is not None:
            pair = [g for g in child.children if g.dep_ in ("compound", "amod", "npadvmod") and g.i < child.i
                    and resolver.country_of_text(g.text) is not None]
            if pair:  # "Russia-Ukraine talks": the first side, then the second
                sources.append(pair[0])
                targets.append(child)
            sources.append(child)
    between: list[Token] = []
    # "a meeting took place on Monday between A and B": the parties hang on the verb the noun is subject of
    attached = [*prep_objects(noun), *(prep_objects(noun.head) if noun.dep_ in SUBJECT else ()),
                *outcome_parties(noun, lexicon.word_class("between_prep"), lexicon.word_class("outcome"))]
    # "la frappe de l'armée contre la centrale", "the attack of the rebels on the town": with its recipient
    # named after another preposition, the act's "of" phrase names its doer
    recipient_preps = lexicon.word_class("against_prep")
    # the recipient phrase is often attached to the doer ("de [l'armée contre la centrale]")
    of_objects = [obj for prep, obj in prep_objects(noun) if prep in of_preps and obj.i > noun.i]
    nested = [obj for of in of_objects for prep, obj in prep_objects(of) if prep in recipient_preps
              and not resolver.names_no_actor(obj)]
    targets += nested
    doer_of = doer_of or bool(nested) or any(prep in recipient_preps and not resolver.names_no_actor(obj)
                                             for prep, obj in prep_objects(noun))  # not "on Monday"
    first_attached = len(sources)
    for prep, obj in attached:
        if prep in agent_preps or (doer_of and prep in of_preps and obj.i > noun.i):
            sources.append(obj)
        elif prep in lexicon.word_class("between_prep"):
            between = [obj] + [c for c in obj.conjuncts if c.i > obj.i]
        elif prep in target_preps:
            targets.append(obj)
    sources += [*stray_agents(noun, agent_preps), *participle_agents(noun, agent_preps, resolver)]
    if doer_of:  # "l'envoi d'aide de l'Allemagne", "the delivery of aid of the EU": the giver after what is sent
        sources += [obj for of in of_objects for prep, obj in prep_objects(of) if prep in of_preps and obj.i > of.i]
    if between:
        sources.append(between[0])
        targets[:0] = between[1:2]
    # "launched strikes": the launcher did them; "reiterated the call for sanctions": the speaker calls
    head_lemma = noun.head.lemma_.lower()
    voiced = (event_type in STANCE_TYPES and (head_lemma in resolver.lexicon.speech_verbs
                                              or head_lemma in resolver.lexicon.word_class("voicing"))) \
        or (event_type in ANNOUNCED_TYPES and head_lemma in resolver.lexicon.speech_verbs)
    undergone = noun.head.lemma_.lower() in lexicon.word_class("undergo")
    defender = subject_of(noun.head) if noun.dep_ in OBJECT and \
        (undergone or noun.head.lemma_.lower() in lexicon.word_class("defence")) else None
    undergoes = undergoer(noun, lexicon)  # ``undergone_acts``
    if undergoes is not None or defender is not None:
        if undergoes is not None:  # "came under attack", « Kharkiv a subi une attaque », "received threats"
            targets.insert(0, undergoes)
        elif defender is not None:  # "the army repelled an attack": the army was attacked
            targets.append(defender)
        if undergone:  # "faced criticism from the unions", "received aid from the EU", "critiques des syndicats"
            origin = lexicon.word_class("origin_prep") | lexicon.word_class("of_prep")
            sources += [obj for prep, obj in (*prep_objects(noun), *prep_objects(noun.head))
                        if prep in origin and obj.i > noun.i and names_someone(obj, resolver)]
    elif compeller(noun).lemma_.lower() in lexicon.word_class("compel"):
        # "le ministre est contraint à la démission", "forced the rebels into a retreat": who is made to act
        sources += [c for c in compeller(noun).children
                    if c != noun and (c.dep_ in PASSIVE_SUBJECT or c.dep_ in OBJECT)]
    elif noun.dep_ in OBJECT and noun.head.pos_ in ("VERB", "AUX") and (supports(noun.head, resolver) or voiced):
        subject = None if ended_by_another(noun, lexicon) else subject_of(noun.head)
        if subject is not None and doer_of and not voiced:  # "the US sped up the withdrawal of forces": the US
            sources.insert(first_attached, subject)
        elif subject is not None:
            sources.append(subject)
        # "a procédé à l'interpellation de X": the noun itself, the verb's "à" phrase, is no recipient
        targets += [t for t in recipients(noun.head, target_preps) if t != noun]
        targets += complement_targets(noun.head, target_preps, lexicon)
    targets += complement_targets(noun, target_preps, lexicon)
    targets += harmed_by(noun, lexicon)
    if event_type in UNDERGONE_OF_TYPES or noun.lemma_.lower() in lexicon.word_class("patient_of_noun"):
        # "l'arrestation de trois militants", "the arrest of three activists", "the killing of a journalist"
        targets[:0] = of_patients(noun, of_preps, resolver)  # before any place or clause: whom it is done to
    head = noun.head
    through_of = noun.dep_ == "pobj" and head.lower_ in of_preps and head.head != head
    if through_of:
        head = head.head  # "adopted a new round of sanctions": English hangs the act on the "of", not the noun
    if (through_of or noun.dep_ in ("compound", "amod", "nmod")) \
            and head.lemma_.lower() in resolver.lexicon.word_class("light_noun"):
        # "Qatar launched a mediation effort", "a adopté un paquet de sanctions": the light noun carries the
        # event's roles
        carried = noun_roles(head, target_preps, resolver)
        sources += carried.sources
        targets += carried.targets
    return Roles(tuple(sources), tuple(targets))


def harmed_by(noun: Token, lexicon: EventLexicon) -> list[Token]:
    """The casualties of an act named as the subject of a verb of harm ("a Russian missile strike wounded three
    Ukrainian firefighters", « une frappe a blessé trois pompiers »; ``event_casualties.tsv``): whom it hit."""
    verb = noun.head
    if noun.dep_ not in SUBJECT or verb == noun or verb.pos_ != "VERB" \
            or (verb.lemma_.lower(), "VERB") not in lexicon.casualties:
        return []
    return children(verb, OBJECT)


def ended_by_another(noun: Token, lexicon: EventLexicon) -> bool:
    """An act its verb's subject ends without its being the subject's own ("police ended the hostage-taking",
    "troops stopped the looting"; word class ``ending_verb``): the one who ends it is not who did it. Its own
    act, a possessive says ("Israel ended its offensive": ``object_possessives``)."""
    return noun.head.lemma_.lower() in lexicon.word_class("ending_verb") \
        and not any(c.dep_ in POSSESSOR for c in noun.children)


def typed_roles(trigger: Token, event_type: str, roles: Roles, lexicon: EventLexicon) -> Roles:
    """What a verb's type says about its roles: a threat's condition names whom it is made to ("threatened to
    close the strait unless the US lifted sanctions", "si les États-Unis ne levaient pas"); an answer is given
    to whom what it answers came from ("accepted demands from the rebels", "a rejeté la proposition de Kiev"),
    after any actor its object names; a withdrawal told in
    the passive with no agent is done by those withdrawn ("a third of the fighters have been demobilized")."""
    if event_type == "THREATEN":
        marks = lexicon.word_class("condition_mark")
        clauses = [c for v in (trigger, *children(trigger, frozenset({"xcomp", "ccomp"}))) for c in v.children
                   if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in c.children)]
        named = [s for c in clauses if (s := subject_of(c)) is not None]
        return Roles(roles.sources, (*named, *roles.targets))
    if event_type in RESPONSE_TYPES:
        origin = lexicon.word_class("origin_prep") | lexicon.word_class("of_prep")
        whose = [o for obj in children(trigger, OBJECT) for prep, o in prep_objects(obj) if prep in origin]
        return Roles(roles.sources, (*roles.targets, *whose))
    if event_type == "RETREAT" and trigger.pos_ in ("VERB", "AUX") and is_passive(trigger) and not roles.sources \
            and not releases_persons(trigger, lexicon):  # "X was released": X is who is freed, not who frees
        withdrawn = children(trigger, PASSIVE_SUBJECT)
        return Roles(tuple(withdrawn), tuple(t for t in roles.targets if t not in withdrawn))
    return roles
