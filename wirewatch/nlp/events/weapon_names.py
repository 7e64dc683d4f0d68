"""What a word names when it holds a weapon word: a weapon, a thing of civil use or a workplace.

"a car bomb", "a landmine", "a grenade" name weapons (the event modes that name one: drones, missiles, heavy weapons,
firearms, explosives); "a fuel tank", "a gas cylinder", « une citerne de gaz » name things of civil use (a modifier
of kind ``civil`` of ``event_mishaps.tsv``); "miners" or "famine" only hold a weapon word's letters (kind
``lookalike``); "an explosion in a mine", « une explosion dans une mine » name a workplace (kind ``site`` after a
preposition of place, kind ``site_link``), while "stepped on a mine" names a weapon. The mishap readings
(``mishaps``, ``mishap_causes``) and the actor readings ask these questions of the words they read.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from wirewatch import lexicons

# modes that name a weapon: an explosion of one is an attack (not "aerial": an aircraft crashing is no strike)
WEAPON_MODES = frozenset({"drone", "missile", "heavy weapons", "firearms", "explosives"})
# a weapon word this short names a weapon only at the start of a word ("ied", "gunman"), not inside one ("died")
SHORT_WEAPON = 3


def weapon_words(modes: dict[str, str]) -> frozenset[str]:
    """The words of the event modes that name a weapon ("grenade", "missile"), not a means ("aircraft")."""
    return frozenset(w for w, mode in modes.items() if mode in WEAPON_MODES)


def names_a_weapon(word: Token, weapons: frozenset[str], civil: frozenset[str] = frozenset(),
                   lookalikes: frozenset[str] = frozenset()) -> bool:
    """A weapon word, also inside a compound ("landmine", "minefield", "car-bomb"), unless a modifier says it
    names a thing of civil use (kind ``civil``: "a fuel tank", "an oxygen tank", "a coal mine") or the word only
    holds one's letters (kind ``lookalike``: "miners", "famine", "skyrocketed")."""
    lemma = word.lemma_.lower()
    if named_in(word, lookalikes) or word.lower_ in lookalikes:
        return False
    if civil and (modified_as_civil(word, civil) or (lemma in civil and lemma not in weapons)):
        return False  # "a coal mine"; « charbon » names coal, though it holds « char » (a tank)
    if workplace_site(word):
        return False  # "an explosion in a mine": where people work, not what exploded
    return any(weapon in lemma if len(weapon) > SHORT_WEAPON else lemma.startswith(weapon) for weapon in weapons)


def named_in(word: Token, listed: frozenset[str]) -> bool:
    """The word's lemma is listed, also when the tagger left a plural as the lemma ("Wildfires" at the start of
    a headline, taken for a name)."""
    lemma = word.lemma_.lower()
    return lemma in listed or (lemma.endswith("s") and lemma[:-1] in listed)


@lru_cache(maxsize=16)
def civil_words(lang: str) -> frozenset[str]:
    """The words that, modifying a weapon word, name a thing of civil use (kind ``civil``: "water", "fuel")."""
    return frozenset(row["word"].lower() for row in lexicons.read_tsv(lang, "event_mishaps.tsv")
                     if row["kind"] == "civil")


def modified_as_civil(word: Token, civil: frozenset[str]) -> bool:
    """A weapon or war-machine word a modifier says names a thing of civil use ("a fuel tank", "a water tank", "a
    gas cylinder", "une citerne de gaz")."""
    return any(c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() in civil for c in word.children)


def of_civil_use(word: Token) -> bool:
    """``modified_as_civil`` with the language's civil words: no armed actor, and no weapon."""
    return modified_as_civil(word, civil_words(word.lang_))


@lru_cache(maxsize=16)
def site_links(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """The site words that are also weapon words ("mine") and the prepositions by which a report places an
    explosion at a site (kind ``site_link``: "in", "at", "through", « dans »)."""
    rows = lexicons.read_tsv(lang, "event_mishaps.tsv")
    return (frozenset(r["word"].lower() for r in rows if r["kind"] == "site"),
            frozenset(r["word"].lower() for r in rows if r["kind"] == "site_link"))


def workplace_site(word: Token) -> bool:
    """A word that names a weapon or a workplace by its role ("mine"): the object of a preposition of place
    ("an explosion in a mine", "a blast tore through a mine", « une explosion dans une mine ») names the site, the
    place of an accident; as what one steps on, hits or is killed by ("stepped on a mine", "killed by a mine",
    « tués par une mine ») it stays a weapon."""
    sites, links = site_links(word.lang_)
    if word.lemma_.lower() not in sites:
        return False
    if word.dep_ == "pobj" and word.head.dep_ == "prep":
        return word.head.lower_ in links
    return any(c.dep_ == "case" and c.lower_ in links for c in word.children)
