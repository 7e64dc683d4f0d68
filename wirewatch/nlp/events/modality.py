"""Modality of an event: negated, hypothetical, future, claimed or denied, from cues on the trigger and the
words that govern it, and from mood and tense ("n'a pas frappé", "would blockade", "auraient été exécutés")."""

from __future__ import annotations

from spacy.tokens import Token

from wirewatch.nlp.events.inflections import conditional_form
from wirewatch.nlp.events.intentions import intended
from wirewatch.nlp.events.lexicon import EventLexicon
from wirewatch.nlp.syntax import AUXILIARY as AUX_DEPS
from wirewatch.nlp.syntax import MODALITY_CUE, NOMINAL_SUBJECT, OBJECT
from wirewatch.nlp.syntax import MODALITY_GOVERNOR as GOVERNING

INFINITIVE_COMPLEMENT = frozenset({"xcomp", "acl"})  # "struggled to form", "due to sign", "censés signer"

CHAIN_DEPTH = 3

CUE_DEPS = MODALITY_CUE | {"nummod"}  # a numeral cue too: "gave zero support" (none given)


def governing_chain(trigger: Token) -> list[Token]:
    """The trigger and up to three governing words (a noun's verb, an infinitive's controlling verb)."""
    chain = [trigger]
    node = trigger
    for _ in range(CHAIN_DEPTH):
        if node.head == node or node.dep_ not in GOVERNING or own_clause(node):
            break
        node = node.head
        chain.append(node)
    return chain


def own_clause(node: Token) -> bool:
    """A conjoined verb with its own subject, auxiliary or finite tense is a clause of its own: the first
    conjunct's negation or mood does not bear on it ("did not comment and shelled the town", "n'a pas commenté
    et a bombardé"), unlike a bare conjunct that shares them ("did not arrest or charge")."""
    if node.dep_ != "conj" or node.pos_ not in ("VERB", "AUX"):
        return False
    if "Fin" in node.morph.get("VerbForm", []):
        return True
    return any(c.dep_ in AUX_DEPS or c.dep_ in NOMINAL_SUBJECT for c in node.children)


def negated_subject(clause: Token, lexicon: EventLexicon) -> bool:
    """The act's subject says no one did it or underwent it ("no one was arrested", "nobody attacked",
    "personne n'a été arrêté", "aucun manifestant n'a été arrêté")."""
    for subject in (c for c in clause.children if c.dep_ in NOMINAL_SUBJECT):
        determiners = [d for d in subject.children if d.dep_ == "det"]
        if any(lexicon.modality.get(d.lower_) == "negated" for d in determiners):
            return True
        if not determiners and subject.lower_ in lexicon.word_class("negative_pronoun"):
            return True
        if correlated_negatively(subject, lexicon):
            return True
    return False


def correlated_negatively(subject: Token, lexicon: EventLexicon) -> bool:
    """Subjects joined by "neither … nor", « ni … ni »: none of them did the act ("neither Paris nor Berlin
    condemned", « ni Paris ni Berlin n'ont condamné »). The parsers hang the words on either conjunct."""
    correlatives = lexicon.word_class("negative_correlative")
    conjuncts = [subject, *(c for c in subject.children if c.dep_ == "conj")]
    return any(w.lower_ in correlatives for c in conjuncts for w in c.children if w.dep_ in CORRELATIVE_DEPS)


CORRELATIVE_DEPS = frozenset({"det", "preconj", "cc", "punct", "advmod"})  # « Ni »: read as punctuation


RESTRICTIVE_REACH = 3  # "not only", "pas seulement", "not being investigated only by"


def restricted(negation: Token, lexicon: EventLexicon) -> bool:
    """A negation followed closely, within its clause, by a restrictive word denies that the act was all there
    was, not that it happened ("not only attacked", "is not being investigated only by", "pas seulement")."""
    restrictive = lexicon.word_class("restrictive")
    for token in negation.doc[negation.i + 1:negation.i + 1 + RESTRICTIVE_REACH]:
        if token.is_punct:
            return False
        if token.lower_ in restrictive:
            return True
    return False


def cue_on_children(node: Token, lexicon: EventLexicon) -> str | None:
    """The modality a child of the node marks; a negation outweighs a modal beside it ("will not attack", "won't
    condemn", "would not agree": no act is told, not a future or a hypothetical one)."""
    kinds = []
    for child in node.children:
        if child.dep_ not in CUE_DEPS:
            continue
        kind = lexicon.modality.get(child.lower_)
        if kind is None and child.dep_ in AUX_DEPS:
            kind = lexicon.modality.get(child.lemma_.lower())
        if kind == "negated" and restricted(child, lexicon):
            continue
        if kind is not None:
            kinds.append(kind)
    return "negated" if "negated" in kinds else next(iter(kinds), None)


def verb_modality(verb: Token, lexicon: EventLexicon) -> str | None:
    """A governing verb's lexical modality, by its lemma or, for a present the lemmatiser left as it is
    ("compte imposer", "promet"), by the infinitives that form can be."""
    lemma = verb.lemma_.lower()
    kind = lexicon.modality.get(lemma)
    if kind is None and verb.pos_ in ("VERB", "AUX") and lemma == verb.lower_:
        kind = next((lexicon.modality[v] for v in lexicon.verb_lemmas(lemma) if v in lexicon.modality), None)
    return kind


def mood_of(node: Token, conditional_endings: frozenset[str] = frozenset()) -> str | None:
    """The modality the verb's mood or tense gives: the conditional is a hypothesis, or a claim in a compound
    tense ("frapperait", "aurait frappé"), also when the tagger read the form as an imperfect (the infinitive
    and an ending of ``conditional_endings``: "bombarderait"); the future is a future."""
    auxiliaries = [a for a in node.children if a.dep_ in AUX_DEPS]
    # a compound tense's tense is its auxiliary's: a participle tagged future ("se sont affrontées") is not one
    if "Fut" in node.morph.get("Tense", []) and not auxiliaries:
        return "future"
    if any("Cnd" in w.morph.get("Mood", []) or (w.pos_ in ("VERB", "AUX") and conditional_form(w, conditional_endings))
           for w in (node, *auxiliaries)):
        # a reported past in the conditional ("auraient été exécutés") is a claim, not a hypothesis
        return "claimed" if auxiliaries else "hypothetical"
    if any("Fut" in a.morph.get("Tense", []) for a in auxiliaries):
        return "future"
    return None


def is_infinitive(token: Token) -> bool:
    if "Inf" in token.morph.get("VerbForm", []):
        return True
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def reported(node: Token, lexicon: EventLexicon) -> bool:
    """The clause is what someone said ("X said it would …", "X a dit qu'il bloquerait …")."""
    return node.dep_ in ("ccomp", "parataxis") and node.head.lemma_.lower() in lexicon.speech_verbs


def unaccomplished(trigger: Token, lexicon: EventLexicon) -> str | None:
    """The act an effort or a schedule governs through an infinitive has not (yet) happened: "hypothetical" for
    an effort ("struggled to form alliances", "s'efforcent de conquérir"), "future" for a schedule ("were set to
    meet", "sont censés signer"); None otherwise. A noun trigger is reached through the verb it is the object
    of ("struggled to form alliances")."""
    node = trigger.head if trigger.dep_ in OBJECT and trigger.pos_ in ("NOUN", "PROPN") else trigger
    for _ in range(CHAIN_DEPTH):
        if node.head == node or node.dep_ not in INFINITIVE_COMPLEMENT or not is_infinitive(node):
            return None
        governor = node.head
        lemma = governor.lemma_.lower()
        if lemma in lexicon.word_class("effort"):
            return "hypothetical"
        if lemma in lexicon.word_class("schedule") and not any(c.dep_ in OBJECT for c in governor.children):
            return "future"  # "set to meet", not "set the troops to work"
        node = governor
    return None


def modality_of(trigger: Token, lexicon: EventLexicon) -> str:
    kind = unaccomplished(trigger, lexicon) or intended(trigger, lexicon) or plain_modality(trigger, lexicon)
    if kind == "hypothetical":
        clause = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
        future_in_past = lexicon.word_class("reported_future")
        said_would = any(c.lower_ in future_in_past for c in clause.children if c.dep_ in AUX_DEPS)
        conditional = ("Cnd" in clause.morph.get("Mood", []) or conditional_form(
            clause, lexicon.word_class("conditional_ending"))) and not any(
            c.dep_ in AUX_DEPS for c in clause.children)
        if reported(clause, lexicon) and (said_would or conditional):
            return "future"  # the future seen from a past statement, not a hypothesis
    return kind


def plain_modality(trigger: Token, lexicon: EventLexicon) -> str:
    """The trigger's own cues first, then its governors'; an infinitive states an intended act (hypothetical)
    unless its governor makes it a promise or threat (future) or an accomplished act ("decided to allow")."""
    if is_infinitive(trigger) and trigger.head != trigger:
        own = cue_on_children(trigger, lexicon)
        if own is not None:
            return own  # "will support", "would not attack"
        governor = trigger.head
        kind = verb_modality(governor, lexicon) or cue_on_children(governor, lexicon)
        if kind == "asserted":
            # "did not manage to arrest", « n'est pas parvenue à arrêter »: the success is what is negated
            return "negated" if cue_on_children(governor, lexicon) == "negated" else "asserted"
        return kind or mood_of(governor, lexicon.word_class("conditional_ending")) or "hypothetical"
    for depth, node in enumerate(governing_chain(trigger)):
        kind = cue_on_children(node, lexicon)
        if kind is None and node.pos_ in ("VERB", "AUX") and negated_subject(node, lexicon):
            kind = "negated"
        if kind is not None:
            return kind
        if depth > 0 and not (depth == 1 and trigger.dep_ == "nsubj"):
            # a verb's lexical modality bears on its complement, not on its subject ("the attacks threatened")
            governed = verb_modality(node, lexicon)
            if governed == "asserted":
                continue  # "continue to", "decided to": look further up ("promised to continue aid")
            if governed is not None:
                return governed
            if is_infinitive(node) and node.head != node:
                # an act named as the object of an intended one ("to halt … or face sanctions")
                upper = verb_modality(node.head, lexicon)
                return upper if upper not in (None, "asserted") else "hypothetical"
        mood = mood_of(node, lexicon.word_class("conditional_ending"))
        if mood is not None:
            return mood
        if node.pos_ in ("VERB", "AUX") and depth > 0 and node.dep_ != "xcomp":
            break  # a controlled verb ("will end up fighting", "could keep attacking") has its governor's mood
    return "asserted"
