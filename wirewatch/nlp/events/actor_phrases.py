"""What an actor phrase's words say of whose it is, beyond the words themselves.

- A country named against or for ("an anti-Syria journalist", "des militants pro-russes") is what the actor
  stands against or for, not its country (word class ``stance_prefix``).
- A people named as an ethnic group ("ethnic Albanian guerrillas") is no state's.
- A relation's other side ("its neighbour", "Israel's ally", "les voisins de la Russie") is someone else than
  the possessor: the possessor gives no country, and the phrase names no one the text identifies (word class
  ``relational_noun``).
- A weapon's owner ("the army's helicopters", "les drones de l'armée") is who used it.
- A description followed by the name it describes ("the special envoy, Steve Witkoff") names that person;
  a name described by an apposition ("X, head of the Sudanese army") is of the apposition's country.
- An agent noun whose compound modifier is itself an agent of another sector ("an opposition leader", "a rebel
  commander") belongs to the modifier's sector; a noun the tagger took for a participle (« l'opposant » as
  « opposer ») is still the agent its surface form names.
"""

from __future__ import annotations

from spacy.tokens import Token

from wirewatch.nlp.events.lexicon import ActorNoun, EventLexicon
from wirewatch.nlp.events.syntax import prep_objects
from wirewatch.nlp.syntax import POSSESSOR

APPOSITION = frozenset({"appos"})
HYPHENS = frozenset({"-", "‐", "‑"})
ARMED_MODES = frozenset({"drone", "missile", "heavy weapons", "firearms", "explosives", "aerial"})  # not "phone"


NOMINAL_DEPS = frozenset({"nmod", "pobj", "obj", "dobj", "nsubj", "nsubj:pass", "nsubjpass", "appos", "conj"})


IRREGULAR = "rebels"  # the sector of irregular armed bodies (event_actor_nouns.tsv)


def agent_noun(token: Token, lexicon: EventLexicon) -> ActorNoun | None:
    """The agent noun (``event_actor_nouns.tsv``) the word names, of its compound modifier's sector when that
    modifier is an agent too ("opposition leader": opponents, not the government)."""
    noun = lexicon.actor_nouns.get(token.lemma_.lower())
    if noun is None and token.pos_ == "VERB" and token.dep_ in NOMINAL_DEPS:
        noun = lexicon.actor_nouns.get(token.lower_)  # « l'arrestation de l'opposant »: a noun, tagged a verb
    if noun is None:
        return None
    modifiers = [lexicon.actor_nouns.get(c.lemma_.lower()) for c in token.children
                 if c.dep_ == "compound" and c.i == token.i - 1 and c.pos_ == "NOUN"]
    if modifiers and modifiers[0] is not None:
        return modifiers[0]
    # « les forces paramilitaires », « des soldats rebelles », "paramilitary forces": an armed body qualified as
    # irregular is of that kind, the adjective before or after the noun (one the parser hangs on the next one
    # counts: « forces paramilitaires kényanes »)
    adjectives = [a for c in token.children if c.dep_ == "amod"
                  for a in (c, *(g for g in c.children if g.dep_ == "amod"))]
    irregular = [m for a in adjectives
                 if (m := lexicon.actor_nouns.get(a.lemma_.lower())) is not None and m.sector == IRREGULAR]
    return irregular[0] if irregular and noun.sector != IRREGULAR else noun


def stance_prefixed(token: Token, lexicon: EventLexicon) -> bool:
    """"anti-Syria", "pro-Russian", "pro-russes": the word is joined by a hyphen to a stance prefix, within the
    token ("pro-russes") or as the two tokens before it ("anti", "-", "Syria")."""
    prefixes = lexicon.word_class("stance_prefix")
    head, dash, rest = token.lower_.partition("-")
    if dash and rest and head in prefixes:
        return True
    doc = token.doc
    if token.i < 2 or doc[token.i - 1].text not in HYPHENS or doc[token.i - 1].whitespace_:
        return False
    before = doc[token.i - 2]
    return before.lower_ in prefixes and not before.whitespace_


def ethnic_only(token: Token, lexicon: EventLexicon) -> bool:
    """"ethnic Albanian guerrillas", "les Serbes ethniques": a people, not a state, whatever its adjective
    (word class ``ethnic_marker``)."""
    markers = lexicon.word_class("ethnic_marker")
    doc = token.doc
    return any(c.lower_ in markers for c in token.children) or (token.i > 0 and doc[token.i - 1].lower_ in markers)


def is_relational(token: Token, lexicon: EventLexicon) -> bool:
    """A noun naming someone by a relation to another ("neighbour", "ally", "rival", "voisin", "allié")."""
    relational = lexicon.word_class("relational_noun")
    return token.lemma_.lower() in relational or token.lower_ in relational


def points_to_relation(child: Token, lexicon: EventLexicon, whose: bool) -> bool:
    """The child of a relational noun that names the other side of the relation: a possessor or a whose
    phrase ("Israel's ally", "the neighbours of Russia"), whose country is not the noun's."""
    return is_relational(child.head, lexicon) and (child.dep_ in POSSESSOR or whose)


def named_apposition(token: Token) -> Token | None:
    """The proper name in apposition to a common noun ("the envoy, Steve Witkoff" → Witkoff)."""
    if token.pos_ != "NOUN":
        return None
    return next((c for c in token.children if c.dep_ in APPOSITION and c.pos_ == "PROPN"), None)


def appositions(token: Token) -> list[Token]:
    """The descriptions in apposition to a name, either way the parse attaches them ("X, head of the army":
    the description hangs on the name, or the name on the description)."""
    out = [c for c in token.children if c.dep_ in APPOSITION and c.pos_ == "NOUN"]
    if token.dep_ in APPOSITION and token.head.pos_ == "NOUN":
        out.append(token.head)
    return out


def names_a_weapon(token: Token, lexicon: EventLexicon) -> bool:
    """A word of an armed event mode ("shells", "helicopters", "obus"), not a means such as a phone."""
    return (lexicon.modes.get(token.lemma_.lower()) or lexicon.modes.get(token.lower_)) in ARMED_MODES


def weapon_owner(token: Token, lexicon: EventLexicon) -> Token | None:
    """The owner named of a weapon ("the navy's helicopters", "the helicopters of the navy", "les drones de
    l'armée"): a possessor, or an "of" phrase after it; ``None`` for a word that names no weapon."""
    if not names_a_weapon(token, lexicon):
        return None
    owner = next((c for c in token.children if c.dep_ in POSSESSOR), None)
    if owner is not None:
        return owner
    of, places = lexicon.word_class("of_prep"), lexicon.word_class("place_prep")
    return next((obj for prep, obj in prep_objects(token) if prep in of and obj.i > token.i
                 and not placed_by(obj, places)), None)


def placed_by(modifier: Token, place_preps: frozenset[str]) -> bool:
    """A modifier that says where the weapon is, not whose it is: its case marker a preposition of place, or
    one after a word of place (« une mine *près de* Kandahar », « à Kaboul »)."""
    case = next((c for c in modifier.children if c.dep_ == "case"), None)
    if case is None:
        return False
    before = case.doc[case.i - 1] if case.i > 0 else None
    return case.lemma_.lower() in place_preps or (before is not None and before.lower_ in place_preps)

