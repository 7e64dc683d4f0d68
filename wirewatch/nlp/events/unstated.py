"""Acts a sentence names without stating that they happened.

- An act asked about: a sentence ending in a question mark and holding no interrogative word asks whether the act
  happens ("Will the army attack the city?", "L'armée va-t-elle attaquer la ville ?"); a question with one
  presupposes it ("Why did the army attack?") and is left alone.
- An act owed: what someone must do ("Russia must stop its attacks", "La Russie doit cesser ses attaques", "has to
  withdraw") is the content of a demand, not an act done; the demand itself, when a speaker states it, is the
  demand frame's REQUEST (``detect.demand_triggers``), which this leaves alone.
- An act demanded or protested against: an act not stated as done (an infinitive, a subjunctive, a plan) inside
  what a demand or a protest is about ("marched against plans to deport migrants", "called on the army to
  attack", "ont défilé contre le projet d'expulser les migrants") is the demand's or the protest's content, and
  no event of its own. An act stated as done stays ("protested against the killing of students").
- An obligation told in the past was met ("had to withdraw", "ont dû se retirer"): that act stays.

Word lists: ``lexicons/<lang>/event_unstated.tsv`` (interrogative words, verbs of obligation) and the word class
``obligation`` of ``event_words.tsv`` (the modal "must", "devoir").
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from wirewatch import lexicons
from wirewatch.nlp.events.lexicon import EventLexicon
from wirewatch.nlp.events.modality import is_infinitive
from wirewatch.nlp.events.trigger_conditions import lookup, reading
from wirewatch.nlp.syntax import AUXILIARY, OBJECT

FILE = "event_unstated.tsv"
DEMANDING = frozenset({"PROTEST", "REQUEST"})  # the types whose content an act can be
UNDONE = frozenset({"hypothetical", "future"})  # modalities of an act not stated as done
CONTENT_REACH = 4  # governing words looked at above an act for the demand or protest it is the content of
OBLIGATION_REACH = 2  # infinitive complements climbed from the act to the verb of obligation


@dataclass(frozen=True)
class UnstatedWords:
    questions: frozenset[str] = frozenset()  # interrogative words
    obligations: frozenset[str] = frozenset()  # verbs of obligation, governing an infinitive ("have", "devoir")
    modals: frozenset[str] = frozenset()  # modals of obligation, auxiliaries of the act's verb ("must", "devoir")


def load_unstated_words(lang: str, modals: frozenset[str]) -> UnstatedWords:
    """The language's words, with the obligation modals of ``event_words.tsv`` (``modals``)."""
    kinds: dict[str, set[str]] = {"question_word": set(), "obligation_verb": set()}
    for row in lexicons.read_tsv(lang, FILE):
        kinds.setdefault(row["role"], set()).add(row["word"].lower())
    return UnstatedWords(frozenset(kinds["question_word"]), frozenset(kinds["obligation_verb"]) | modals, modals)


def asked(token: Token, words: UnstatedWords) -> bool:
    """The trigger's sentence is a yes/no question: it ends in "?" and holds no interrogative word."""
    sent = token.sent
    last = next((t for t in reversed(sent) if not t.is_space and t.text not in ("»", "”", '"', "’")), None)
    if last is None or last.text != "?":
        return False
    return not any(t.lower_ in words.questions for t in sent)


def obliged(token: Token, words: UnstatedWords) -> bool:
    """The act is what someone must do: its verb bears a modal of obligation ("must stop"), or is the infinitive
    complement of a verb of obligation ("doit cesser", "has to withdraw"); a noun act is reached through the
    verb it is the object of ("must stop its attacks"). An obligation told in the past was met ("had to
    withdraw", "ont dû se retirer": they did)."""
    verb = token.head if token.pos_ in ("NOUN", "PROPN") and token.dep_ in OBJECT else token
    for _ in range(OBLIGATION_REACH):
        modal = next((c for c in verb.children if c.dep_ in AUXILIARY
                      and (c.lower_ in words.modals or c.lemma_.lower() in words.modals)), None)
        if modal is not None:
            return not told_past(modal)
        if verb.dep_ != "xcomp" or verb.head == verb or not is_infinitive(verb):
            return False  # "has to withdraw", not "had them arrested"
        verb = verb.head
        if verb.lemma_.lower() in words.obligations:
            return not told_past(verb)
    return False


def told_past(word: Token) -> bool:
    """A verb in the simple past ("had"), or a participle in a compound past ("ont dû", "has had")."""
    forms = word.morph.get("VerbForm", [])
    if "Part" in forms:
        return word.dep_ in AUXILIARY or any(c.dep_ in AUXILIARY for c in word.children)
    return "Past" in word.morph.get("Tense", [])


def demanded_content(token: Token, event_type: str, modality: str, lexicon: EventLexicon) -> bool:
    """An act not stated as done, inside what a demand or a protest word above it is about; a noun act is not
    stated as done when an infinitive below the demand governs it ("urged them to give the green light to
    sanctions", "called on the EU to impose sanctions": the sanctions are what is asked)."""
    if event_type in DEMANDING:
        return False
    undone = modality in UNDONE
    node = token
    for _ in range(CONTENT_REACH):
        if node.head == node:
            return False
        node = node.head
        entry = reading(node, lookup(node, lexicon))  # a reading whose conditions hold ("set a deadline": no demand)
        if entry is not None and entry.type in DEMANDING:
            return undone
        undone = undone or (token.pos_ == "NOUN" and node.pos_ in ("VERB", "AUX") and is_infinitive(node))
    return False


def unstated(token: Token, frame: str, event_type: str, modality: str, lexicon: EventLexicon,
             words: UnstatedWords) -> bool:
    """The trigger names an act its sentence does not state as happening (see the module); a demand, a blame or
    a warning made by a statement (``frame``) is a statement's act, and stays."""
    if frame != "event":
        return False
    return asked(token, words) or obliged(token, words) or demanded_content(token, event_type, modality, lexicon)
