"""Dependency helpers that read both label schemes our models use (Universal Dependencies for French,
ClearNLP for English), so the rest of the layer is written once for all languages."""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from spacy.tokens import Token

from wirewatch import lexicons
from wirewatch.nlp.events.headline_tolls import is_elliptic_passive
from wirewatch.nlp.events.stranded_subjects import finite_auxiliary, stranded_subject
from wirewatch.nlp.syntax import (
    OBJECT,
    PASSIVE_AUXILIARY,
    PASSIVE_SUBJECT,
    PREP_ATTACHED,
    RELATIVE_CLAUSE,
    SUBJECT,
)

NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "NUM"})
PREPOSITION_DEPS = frozenset({"case", "prep"})  # a noun's own preposition (UD), or one under it


@lru_cache(maxsize=1)
def auxiliary_lemmas() -> frozenset[str]:
    """The auxiliary verbs of every language with a lexicon (``lexicons/<lang>/auxiliary_verbs.txt``)."""
    return frozenset(word for lang in lexicons.languages() for word in lexicons.read_lines(lang, "auxiliary_verbs.txt"))


def is_passive(verb: Token) -> bool:
    if "Pass" in verb.morph.get("Voice", []):
        return True
    return any(c.dep_ in PASSIVE_SUBJECT or c.dep_ in PASSIVE_AUXILIARY for c in verb.children)


def children(token: Token, deps: frozenset[str]) -> list[Token]:
    return [c for c in token.children if c.dep_ in deps]


def with_conjuncts(token: Token) -> list[Token]:
    """The token and the nouns coordinated with it ("Israel and Lebanon")."""
    return [token] + [c for c in token.conjuncts if c.pos_ in NOMINAL and c.i > token.i]


def preposition(token: Token) -> str:
    """A preposition's dictionary form: its lemma ("aux" → "à", "du" → "de"), except where the lemmatizer took
    it for a longer word ("entre" → "entrer"); an elided form with a straight apostrophe ("d’" → "d'")."""
    lemma, form = token.lemma_.lower().replace("’", "'"), token.lower_.replace("’", "'")
    return lemma if len(lemma) <= len(form) else form


@lru_cache(maxsize=8)
def contracted_prepositions(lang: str) -> dict[str, str]:
    """A preposition fused with the article, and the preposition it is ("au" → "à", "du" → "de"), from
    ``lexicons/<lang>/contracted_prepositions.tsv`` (none for a language without the file)."""
    return {row["form"].lower(): row["preposition"].lower()
            for row in lexicons.read_tsv(lang, "contracted_prepositions.tsv")}


def same_preposition(written: str, wanted: str, lang: str) -> bool:
    """Whether a preposition as read (``preposition``) is the one a condition names, a contraction counting as
    its preposition either way ("au" for "à", "aux" for "à", "du" for "de"): the tagger leaves them whole."""
    contracted = contracted_prepositions(lang)
    return contracted.get(written, written) == contracted.get(wanted, wanted)


def preposition_of(noun: Token) -> str:
    """The preposition that introduces a noun or a gerund: its ``case`` child, or the ``prep`` it is the object
    of ("under shelling", "since invading")."""
    if noun.dep_ in ("pobj", "pcomp"):
        return noun.head.lower_
    return next((c.lower_ for c in noun.children if c.dep_ in PREPOSITION_DEPS), "")


def prep_objects(token: Token) -> Iterator[tuple[str, Token]]:
    """(preposition lemma, its object) pairs attached to ``token`` in either scheme."""
    for child in token.children:
        if child.dep_ in ("prep", "agent"):
            for obj in child.children:
                if obj.dep_ in ("pobj", "pcomp") and obj.pos_ in NOMINAL:
                    yield preposition(child), obj
        elif child.dep_ in PREP_ATTACHED and child.pos_ in NOMINAL:
            case = [c for c in child.children if c.dep_ == "case"]
            if case:
                yield preposition(case[0]), child
        elif child.dep_ == "prt":
            continue


def governing_verb(token: Token) -> Token | None:
    """The verb a noun trigger is an argument of ("launched strikes" → launched)."""
    head = token.head
    steps = 0
    while head != token and steps < 3:
        if head.pos_ in ("VERB", "AUX"):
            return head
        if head.head == head:
            return None
        token, head = head, head.head
        steps += 1
    return None


def clause_head(token: Token) -> Token:
    """The verb heading the clause the token belongs to (the token itself when it is a verb)."""
    node = token
    for _ in range(6):
        if node.pos_ in ("VERB", "AUX") or node.head == node:
            return node
        node = node.head
    return node




def told_aside(token: Token, stance: bool = False, background: frozenset[str] = frozenset()) -> bool:
    """Whether the word tells what surrounds the sentence's act rather than the act: it is in a relative clause
    or a past participle describing a participant ("mourned demonstrators killed last month"), or, for a stance
    (``stance``), in an adverbial clause a conjunction opens to set the scene ("after police warned them, they
    marched"; not a participle telling the actor's own act beside it: "l'accusant de …"); for any act, in an
    adverbial clause a conjunction of what came before opens (``background``: "marched a day after police
    opened fire": the march is the report, the shooting its time reference). An act in the complement of an
    adjective describing a participant is told aside too ("sanctions on officials responsible for jailing him")."""
    start = token
    for _ in range(len(token.doc)):
        if token.dep_ in RELATIVE_CLAUSE or is_past_participle_on_noun(token) or (
                token != start and describes_a_participant(token)) or (
                token.dep_ == "advcl" and any(c.dep_ == "mark" and (stance or c.lower_ in background)
                                              for c in token.children)):
            return True
        if token.head == token:
            return False
        token = token.head
    return False


def describes_a_participant(adjective: Token) -> bool:
    """An adjective after the noun it describes, with a complement of its own: a reduced relative clause
    ("officials responsible for the crackdown", "fighters loyal to the general", "les responsables de l'attaque"
    is a noun, not this)."""
    return adjective.dep_ == "amod" and adjective.pos_ == "ADJ" and adjective.i > adjective.head.i \
        and adjective.head.pos_ in ("NOUN", "PROPN", "PRON") \
        and any(c.dep_ in ("prep", "obl", "nmod") and c.i > adjective.i for c in adjective.children)


def is_past_participle_on_noun(token: Token) -> bool:
    """"the militia accused of war crimes", "les manifestants tués le mois dernier" (not a present participle,
    which the parsers also attach to nouns when it tells an act of the clause: "l'accusant de …")."""
    return token.dep_ == "acl" and "Part" in token.morph.get("VerbForm", []) and (
        "Past" in token.morph.get("Tense", []) or "Pass" in token.morph.get("Voice", []))


def is_relative_pronoun(token: Token) -> bool:
    return token.pos_ == "PRON" and ("Rel" in token.morph.get("PronType", []) or token.tag_ in ("WP", "WDT"))


def subject_of(verb: Token) -> Token | None:
    subjects = children(verb, SUBJECT)
    if subjects:
        if verb.dep_ in RELATIVE_CLAUSE and is_relative_pronoun(subjects[0]):
            return verb.head  # "Zelensky, who reiterated …": the relative pronoun's antecedent
        return subjects[0]
    # shared subject of coordinated or controlled verbs ("X met Y and agreed", "X vowed to fight")
    if verb.dep_ in ("conj", "xcomp") and verb.head != verb and verb.head.pos_ in ("VERB", "AUX", "ADJ"):
        head_subjects = children(verb.head, SUBJECT)
        if not head_subjects and verb.head.dep_ == "acomp":
            head_subjects = children(verb.head.head, SUBJECT)  # "France is ready to contribute": the copula's
        if not head_subjects and verb.head.pos_ == "ADJ" and verb.head.dep_ == "xcomp":
            head_subjects = children(verb.head.head, SUBJECT)  # « X s'est dit prêt à coopérer »: the sayer's
        if head_subjects:
            return head_subjects[0]
    if verb.dep_ in ("ccomp", "xcomp") and verb.head.lemma_.lower() in auxiliary_lemmas():
        # "ont … promis" parsed as a verb "ont" with a clause "promis": the auxiliary's subject is the verb's
        head_subjects = children(verb.head, SUBJECT)
        if head_subjects:
            return head_subjects[0]
    stranded = stranded_subject(verb)  # "… et le Royaume-Uni a annoncé une aide", misparsed
    if stranded is not None:
        return stranded
    if verb.dep_ in ("advcl",) and verb.head != verb and "Part" in verb.morph.get("VerbForm", []) \
            and finite_auxiliary(verb) is None:  # a participle clause, not a compound tense ("a annoncé")
        head_subjects = children(verb.head, SUBJECT | PASSIVE_SUBJECT)
        # not the victims of a headline's elliptic passive ("Shooting in Denver: three people killed")
        if head_subjects and head_subjects[0].dep_ in SUBJECT and not is_elliptic_passive(verb.head):
            return head_subjects[0]
    if detached_participle(verb):
        # "X a nié toute responsabilité, mettant en cause Y", parsed as a participle on the object: a clause set
        # off by a comma after the object says what the clause's subject did
        head_subjects = children(verb.head.head, SUBJECT)
        if head_subjects:
            return head_subjects[0]
    return None


def detached_participle(verb: Token) -> bool:
    """A present participle set off by a comma after its clause's object, parsed as the object's modifier."""
    return verb.dep_ == "acl" and "Part" in verb.morph.get("VerbForm", []) and "Pres" in verb.morph.get("Tense", []) \
        and verb.head.dep_ in OBJECT and verb.head.head.pos_ in ("VERB", "AUX") and verb.i > 0 \
        and verb.doc[verb.i - 1].text == ","


def span_of_phrase(token: Token) -> tuple[int, int]:
    """Character span of a noun phrase without its clauses (relative clauses, appositions) or conjuncts."""
    left = token
    right = token
    for child in token.lefts:
        if child.dep_ not in ("punct", "cc", "case", "det", "det:poss", "predet", "mark"):
            left = min(left, child.left_edge, key=lambda t: t.i)
    for child in token.rights:
        if child.dep_ in ("compound", "flat", "flat:name", "amod", "nmod", "pobj", "prep", "fixed", "nummod"):
            right = max(right, child.right_edge, key=lambda t: t.i)
        else:
            break
    return left.idx, right.idx + len(right.text)


def span_of_head(token: Token) -> tuple[int, int]:
    """Character span of a phrase's head with its left modifiers ("Iran's nuclear facilities"), without the
    phrases on its right ("a school *in Sumy*"), which may say where rather than who."""
    left = token
    for child in token.lefts:
        if child.dep_ not in ("punct", "cc", "case", "det", "det:poss", "predet", "mark"):
            left = min(left, child.left_edge, key=lambda t: t.i)
    right = token
    for child in token.rights:
        if child.dep_ in ("compound", "flat", "flat:name", "fixed"):
            right = max(right, child.right_edge, key=lambda t: t.i)
        else:
            break
    return left.idx, right.idx + len(right.text)


def speaker_of(verb: Token) -> Token | None:
    """The subject of a speech verb, also when it follows the verb in an incise ("…», a dit le ministre"),
    which parsers often label as an object. The quotation itself, which parsers sometimes take for the subject
    ("« Ce bombardement est une cruauté », a déclaré le ministre"), is what was said, not who said it."""
    subject = subject_of(verb)
    if subject is not None and not any(t.is_quote or t.text in ("»", "”") for t in subject.subtree):
        return subject
    after = [c for c in verb.children if c.dep_ in OBJECT and c.i > verb.i and c.pos_ in ("NOUN", "PROPN")]
    before = [t for t in verb.doc[verb.sent.start: verb.i] if t.is_quote or t.text in ("»", "”", ",")]
    return after[0] if after and before else None


REPORT_STEPS = 3  # clause links climbed from a reported clause to its speech verb ("… must act; X is key," it said)


def reporting_verb(verb: Token, speech_verbs: frozenset[str]) -> Token | None:
    """The speech verb whose report the clause is, directly or through a copula or coordinated clauses the
    parser chained to it ("… must act; accountability is key," it said)."""
    node = verb
    for _ in range(REPORT_STEPS):
        if node.dep_ not in ("ccomp", "conj", "parataxis") or node.head == node:
            return None
        node = node.head
        if node.lemma_.lower() in speech_verbs:
            return node
        if node.pos_ == "VERB":
            return None  # the clause is what another verb governs ("agreed that they must leave")
    return None
