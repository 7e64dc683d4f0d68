"""A threat named only by whose it is or what kind it is, with nothing threatened, is a danger perceived, not a
threat made: « face à la menace russe », « la menace chinoise pèse sur Taïwan », « a bâti sa campagne sur la
menace américaine », "faced with the Russian threat", "the Chinese threat looms". PLOVER's THREATEN is a threat
uttered: one with its content (« la menace russe de couper le gaz », "the threat of tariffs"), its target
(« menace sur le Groenland ») or a verb of uttering it (« a proféré des menaces », « brandit la menace », "issued
a threat") stays. Word classes of ``event_words.tsv``: ``threat_noun`` (the nouns of a threat, by lemma) and
``threat_utterance`` (the verbs whose object is a threat made, by lemma), read with ``voicing`` (the verbs by which
a subject voices the stance its object names: "issued", "reiterated" a threat)."""

from __future__ import annotations

from spacy.tokens import Token

from wirewatch.nlp.events.lexicon import EventLexicon
from wirewatch.nlp.syntax import OBJECT

# what a bare threat has under it: its article, an adjective of whose or what kind, punctuation
BARE_DEPS = frozenset({"det", "amod", "punct", "case", "nummod", "advmod", "poss", "cc"})


def bare_threat(trigger: Token, event_type: str, lexicon: EventLexicon) -> bool:
    """A threat noun with no content, target or doer phrase of its own, not uttered (see the module)."""
    if event_type != "THREATEN" or trigger.pos_ != "NOUN" \
            or trigger.lemma_.lower() not in lexicon.word_class("threat_noun"):
        return False
    if any(c.dep_ not in BARE_DEPS for c in trigger.children):
        return False  # « la menace russe de couper le gaz », "the threat of tariffs", « menace sur le Groenland »
    if any(c.dep_ == "poss" for c in trigger.children):
        return False  # "Trump's threat": whose threat, made by someone named
    uttering = lexicon.word_class("threat_utterance") | lexicon.word_class("voicing")
    return not (trigger.dep_ in OBJECT and trigger.head.lemma_.lower() in uttering)
