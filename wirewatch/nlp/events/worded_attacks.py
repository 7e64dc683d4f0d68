"""Force said of words: a verb or noun of force ("attack", "shoot down", "hijack") used of criticism or of a
contest, not of violence. PLOVER codes force (ASSAULT) only as a use of physical force; criticising a person,
a party or a policy is ACCUSE ("criticize, defame, denigrate responsible parties; decry a policy or an action").
This is the one reading of an attack in words, for verbs and nouns alike:

- An attack by someone who bears no arms (a person by name, a party, a minister, the opposition, a union: not a
  state, a town or an armed body) on someone who bears none either (a person by name, a party, the government,
  the opposition), harming no one, with no weapon told and no place said with a place preposition, is
  criticism: "the senator attacked Biden over inflation", "Republicans attacked Democrats over border security",
  "the minister attacked the unions for calling a strike", and in the passive "Biden was attacked by the
  senator". It is an accusation (ACCUSE) when the attack word is one of criticism (word class
  ``verbal_attack``: "attack", "assail"), otherwise no event. An act noun in what the criticism is about
  ("over the troop withdrawal") is its topic, no second event of the sentence (``detect.about_a_stance_read``).
- Force whose recipient is an idea, a text, a policy (word class ``abstract_target``) is a figure of speech:
  "the opposition launched a blistering attack on the budget" (an accusation, the budget no party), "the
  governor shot down the proposal", "protesters hijacked the debate" (no event). Force aimed at a market is
  trade, read by ``field_senses.aimed_at_trade``.
- An attack noun by no one named, on a person by name or on a side of political life (word class
  ``voiced_side``: "the party", "his rival", "the press"), harming no one, with no weapon and no place told, is
  words too, and no event: "further attacks on the press", « de nouvelles attaques contre le parti », "attacks
  on Clinton".

What stays force: a toll, a weapon or a place told ("a man attacked the mayor with a knife in Lyon"), an armed
doer or recipient ("the minister said gunmen attacked a patrol"), a state as doer ("Russia attacked Ukraine").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from wirewatch.nlp.events.actor_resolver import ActorResolver
from wirewatch.nlp.events.commercial_acts import is_business
from wirewatch.nlp.events.lexicon import EventLexicon, TriggerEntry
from wirewatch.nlp.events.syntax import prep_objects
from wirewatch.nlp.syntax import AGENT
from wirewatch.records import EventActor

ARMED_SECTORS = frozenset({"military", "police", "rebels"})  # bodies that act by force (event_actor_nouns.tsv)
VOICED_SECTORS = frozenset({"government", "protesters", "labor", "media", "religion", "education", "health"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def armed(actor: EventActor, lexicon: EventLexicon) -> bool:
    """An actor of an armed sector, or one whose name is a noun of an armed body ("gunmen", "the army") or says
    it bears arms (word class ``armed_modifier``: « des hommes armés »)."""
    if actor.sector in ARMED_SECTORS:
        return True
    words = actor.name.lower().split() if actor.name else []
    function = lexicon.actor_nouns.get(words[-1]) if words else None
    return (function is not None and function.sector in ARMED_SECTORS) \
        or any(w in lexicon.word_class("armed_modifier") for w in words)


def voiced_actor(actor: EventActor | None, resolver: ActorResolver, lexicon: EventLexicon,
                 head_word: Token | None = None) -> bool:
    """A person by name, an organisation that is not a state, a body of public life that acts by its voice
    (the government, the opposition, a union) or an office or side of political life (word class
    ``voiced_side``: "the senator", "the press"), none armed; ``head_word``: the head of the actor's phrase in
    the parse, when the name runs past it ("the senator over the withdrawal": a complement the parser hung on the
    noun) and names it, else the name's last word."""
    if actor is None or armed(actor, lexicon):
        return False
    if actor.entity is not None:
        return resolver.entity_type(actor.entity) in ("PER", "ORG")
    words = actor.name.lower().split() if actor.name else []
    head = head_word.lemma_.lower() if head_word is not None and head_word.lower_ in words else \
        words[-1] if words else ""
    return actor.sector in VOICED_SECTORS or head in lexicon.word_class("voiced_side")


def doer_word(token: Token) -> Token | None:
    """The head of the trigger's doer phrase: its active subject, or the object of its passive's agent ("was
    attacked by the senator", « a été attaqué par le sénateur »)."""
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if subject is not None:
        return subject
    return next((o for c in token.children if c.dep_ in AGENT
                 for o in (c, *c.children) if o.dep_ in ("pobj", *AGENT) and o.pos_ in ("NOUN", "PROPN")), None)


def named_person_subject(token: Token) -> bool:
    """The trigger's subject is a name of a person, or one the model typed as nothing, that the resolver left
    unresolved ("Sanders attacked Biden")."""
    return any(c.dep_ == "nsubj" and c.pos_ == "PROPN" and c.ent_type_ in ("PERSON", "PER", "") for c in token.children)


def voiced_origin(token: Token, lexicon: EventLexicon) -> bool:
    """An attack undergone "from" a side of political life the resolver left unnamed ("came under attack from
    his own party", word classes ``origin_prep`` and ``voiced_side``)."""
    origin = lexicon.word_class("origin_prep")
    voiced = lexicon.word_class("voiced_side")
    verb = token.head.head if token.dep_ == "pobj" else token.head  # "came [under [attack]] from"
    return any(prep in origin and obj.lemma_.lower() in voiced
               for prep, obj in (*prep_objects(token), *prep_objects(verb)))


def objects(token: Token, target_preps: frozenset[str]) -> list[Token]:
    """The trigger's direct object, and the object of a target preposition on it ("an attack on the budget")."""
    return [*(c for c in token.children if c.dep_ in ("dobj", "obj")),
            *(obj for prep, obj in prep_objects(token) if prep in target_preps)]


def attack_words(token: Token, entry: TriggerEntry, lexicon: EventLexicon) -> list[Token]:
    """The attack word of the trigger: itself (by its lemma, or by its entry's where the lemmatiser left a
    headline's present as written: "attacks"), or the attack noun a support verb governs (« a lancé une violente
    attaque contre le budget »), word class ``verbal_attack``."""
    words = lexicon.word_class("verbal_attack")
    own = [token] if entry.lemma.lower() in words else []
    return [*own, *(t for t in (token, *(c for c in token.children if c.dep_ in ("dobj", "obj")))
                    if t.lemma_.lower() in words and t not in own)]


def place_said(token: Token, lexicon: EventLexicon) -> bool:
    """A place named with a place preposition on the trigger itself ("attacked the mayor in Lyon"), or in its
    recipient's phrase (« a attaqué un marché à Kano »); not the place of the words' setting ("in a speech in
    Ohio", word class ``speech_setting``)."""
    place_preps, settings = lexicon.word_class("place_prep"), lexicon.word_class("speech_setting")
    return any(prep in place_preps and obj.lemma_.lower() not in settings
               and any(t.ent_type_ in PLACE_LABELS for t in obj.subtree)
               for prep, obj in prep_objects(token)) \
        or any(t.ent_type_ in PLACE_LABELS for o in objects(token, lexicon.word_class("target_prep"))
               for t in o.subtree if t.i != o.i)


def weapon_told(token: Token, sent: Span, lexicon: EventLexicon) -> bool:
    """The sentence names a weapon or a means of force besides the trigger itself ("with a knife", "drones")."""
    return any((lexicon.modes.get(t.lemma_.lower()) or lexicon.modes.get(t.lower_)) is not None
               for t in sent if t.i != token.i)


def abstract_head(token: Token, target_words: frozenset[str], target: EventActor | None,
                  lexicon: EventLexicon) -> bool:
    """The recipient's phrase names an idea, a text, a policy or a market (word class ``abstract_target``), and
    no actor; with no recipient resolved, the trigger's object does ("shot down the proposal")."""
    if target is not None and (target.entity is not None or target.sector is not None):
        return False
    words = lexicon.word_class("abstract_target") | lexicon.word_class("social_ill")
    if target is not None:
        return bool(target_words & words)
    preps = lexicon.word_class("target_prep")
    heads = objects(token, preps)  # and what an act noun the trigger governs aims at ("launched an offensive
    # against the tax bill")
    return any(o.lemma_.lower() in words for o in (*heads, *(g for h in heads for g in objects(h, preps))))


def unsigned_words(token: Token, mode: str | None, target: EventActor | None, resolver: ActorResolver,
                   lexicon: EventLexicon) -> bool:
    """An attack noun by no one named, of no weapon of its own (``mode``: "airstrikes"), on a person by name or
    on a side of political life its phrase names after it ("attacks on the press", word class ``voiced_side``)."""
    if token.pos_ != "NOUN" or mode is not None or target is None:
        return False
    if target.entity is not None and resolver.entity_type(target.entity) == "PER":
        return True
    sides = lexicon.word_class("voiced_side")
    return any(t.lemma_.lower() in sides for t in token.subtree if t.i > token.i)


def worded_attack(token: Token, entry: TriggerEntry, event_type: str, source: EventActor | None,
                  target: EventActor | None, target_words: frozenset[str], harmed: bool, weapon: bool,
                  resolver: ActorResolver, lexicon: EventLexicon) -> str | None:
    """What a force word used of words is: "ACCUSE" (criticism), "" (no event), or None (force, kept);
    ``entry``: the trigger's own reading, its type and mode (an assault foretold is read as a threat: "vowed to
    fight inflation" is none); ``weapon``: the sentence tells a weapon besides the trigger (the trigger's own
    mode, "shot down", is no weapon of an idea)."""
    if entry.type != "ASSAULT" or event_type not in ("ASSAULT", "THREATEN") or harmed or weapon \
            or place_said(token, lexicon):
        return None
    if source is not None and (armed(source, lexicon) or resolver.entity_type(source.entity) in ("LOC", "GPE")):
        return None
    criticism = bool(attack_words(token, entry, lexicon)) and event_type == "ASSAULT"
    if abstract_head(token, target_words, target, lexicon):
        return "ACCUSE" if criticism and source is not None and not is_business(source, resolver) else ""
    if event_type != "ASSAULT":
        return None
    if source is None and unsigned_words(token, entry.mode, target, resolver, lexicon):
        return ""  # "further attacks on the press", "attacks on Clinton": words by no one named
    if not criticism or target is None:
        return None
    voiced = (named_person_subject(token) or voiced_origin(token, lexicon)) if source is None else \
        voiced_actor(source, resolver, lexicon, doer_word(token)) and not is_business(source, resolver)
    if voiced and voiced_actor(target, resolver, lexicon):
        return "ACCUSE"
    return None
