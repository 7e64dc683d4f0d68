"""Acts a text names without telling that they happened: a condition ("if the rebels attack the town", "s'ils
attaquent", "in case of an invasion", "en cas d'invasion") or what would follow from one ("would attack only if
talks failed"); a possibility ("Russia could strike the port", "la Russie pourrait frapper"); an act named as the
subject of a supposition ("an attack would cripple the port", "une attaque paralyserait le port"); a yes-no
question ("Did police arrest them", « l'armée a-t-elle frappé l'école »); an act aimed at or awaited (« pour que Kiev
sanctionne », « avant que l'armée ne bombarde Rafah »); an act only contemplated ("is mulling sanctions", « envisage de
sanctionner »); an act its doer denies ("denied shelling the town", « a démenti avoir bombardé »); an act
cancelled ("cancelled a visit") or prevented ("foiled a plot to bomb the station", "thwarted an attack", « a
déjoué un attentat », "the foiled attack"); an act named as the time since which
something holds ("since the invasion began", "depuis le début de la guerre"); an act a relative clause tells of a
participant long before the article ("the group that attacked the base in 2019"); an act commemorated ("relatives
commemorated the 2008 attacks", « ont commémoré les attentats de 2015 »).

PLOVER codes occurrences: such an act is hypothetical, negated, or background, and no event of the default
output. They keep their modality (``hypothetical``, ``negated``, ``denied``) when the user lowers the threshold, as
negated acts do (``confidence``). Word classes in ``event_words.tsv``: ``condition_mark`` (a conjunction of
condition), ``possibility`` (a modal auxiliary of possibility, or the lemma of a modal verb governing an
infinitive), ``consequence`` (a modal of what would follow: "would"), ``cancel`` (a verb that calls an act off),
``prevent`` (a verb that keeps an act from happening), ``intent_noun`` (a plan, a plot: what was prevented),
``conditional_ending`` (the endings of the conditional on the infinitive: "ait"), ``condition_noun`` and
``condition_prep`` ("in case of", "en cas de"), ``since_prep`` ("since", "depuis"), ``contemplation`` (a verb of
entertaining a possibility: "mull", "envisager"), ``denial`` (a verb of denying one's own act: "deny", "démentir").
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Token

from wirewatch.nlp.events.counterfactuals import counterfactual, inverted_condition
from wirewatch.nlp.events.expected_acts import expected, lemma_in, qualified_as_prevented
from wirewatch.nlp.events.judged_acts import judged_desirable
from wirewatch.nlp.events.lexicon import EventLexicon
from wirewatch.nlp.events.modality import governing_chain, is_infinitive
from wirewatch.nlp.events.prohibited_acts import prohibited
from wirewatch.nlp.events.syntax import preposition_of
from wirewatch.nlp.syntax import AUXILIARY, NOMINAL_SUBJECT, OBJECT, RELATIVE_CLAUSE

JUDGED_PREDICATE = frozenset({"oprd", "xcomp", "ccomp", "acomp"})  # "considered [the attack] [an act of war]"
NOMINAL_HOPS = 2  # "the start of the war": the act's noun under the noun of its phase
BACKGROUND_AGE = dt.timedelta(days=365)  # an act dated this long before the article is background


def conditional(trigger: Token, lexicon: EventLexicon) -> bool:
    """The act is a condition: its clause, or a clause governing it, opens with a conjunction of condition
    ("si", "s'", "if", "unless"), or its noun is the object of "in case of" ("en cas de"); or it is what would
    follow from a condition, in the conditional or under a modal ("would attack if talks failed")."""
    for node in governing_chain(trigger):
        if condition_clause(node, lexicon):
            return True
        # what would follow from a condition ("would attack the town only if talks collapsed")
        if any(c.dep_ == "advcl" and condition_clause(c, lexicon) for c in node.children) \
                and supposed(node, lexicon):
            return True
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return False
    head = trigger.head.head if trigger.dep_ == "pobj" else trigger.head  # "of" → "case"
    if head == trigger or head.lemma_.lower() not in lexicon.word_class("condition_noun"):
        return False
    return preposition_of(head) in lexicon.word_class("condition_prep")


def condition_clause(verb: Token, lexicon: EventLexicon) -> bool:
    marks = lexicon.word_class("condition_mark")
    return any(c.dep_ == "mark" and c.lower_.replace("’", "'") in marks for c in verb.children)


def possible(trigger: Token, lexicon: EventLexicon) -> bool:
    """The act is a possibility: a modal auxiliary of possibility on its verb ("could strike", "may arrest"),
    or an infinitive under a modal verb of possibility in the conditional or the present ("pourrait frapper",
    "peut arrêter"), not in a past that tells what was done ("a pu reprendre la ville")."""
    if trigger.pos_ not in ("VERB", "AUX"):
        return False
    possibility = lexicon.word_class("possibility")
    if any(c.dep_ in AUXILIARY and c.lower_ in possibility for c in trigger.children):
        return True
    governor = trigger.head
    if trigger.dep_ != "xcomp" or governor.lemma_.lower() not in possibility:
        return False
    if any(c.dep_ in AUXILIARY for c in governor.children):
        return False  # "a pu reprendre": a compound past, the act was done
    return bool({"Cnd", "Pres"} & {*governor.morph.get("Mood", []), *governor.morph.get("Tense", [])})


def aimed_or_awaited(trigger: Token, lexicon: EventLexicon) -> bool:
    """The act is the aim of another one or what is awaited before it, in a clause of the subjunctive: its clause
    opens with a conjunction of purpose (``purpose_mark``: « pour que Kiev sanctionne les oligarques », « afin
    que », "lest"), or of anteriority (``anteriority_mark``: « avant que l'armée ne bombarde Rafah ») under a
    clause that is not told in the past (« ont fui avant que les rebelles n'attaquent la ville » tells a flight
    before an attack that came)."""
    clause = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    if clause.dep_ != "advcl" or clause.head == clause:
        return False
    marks = {c.lower_.replace("’", "'") for c in clause.children if c.dep_ == "mark"}
    if marks & lexicon.word_class("purpose_mark"):
        return True
    if not marks & lexicon.word_class("anteriority_mark"):
        return False
    main = clause.head
    past = any(c.dep_ in AUXILIARY and c.lemma_.lower() in ("avoir", "être") for c in main.children) \
        or bool({"Past", "Imp"} & set(main.morph.get("Tense", [])))
    return not past


def hypothesised_subject(trigger: Token, lexicon: EventLexicon) -> bool:
    """An act named as the subject of a verb in the conditional, or under a modal of possibility or of
    consequence, is supposed, not told ("an attack on the port would cripple exports", "une attaque
    paralyserait les exportations")."""
    if trigger.pos_ not in ("NOUN", "PROPN") or trigger.dep_ not in NOMINAL_SUBJECT:
        return False
    return supposed(trigger.head, lexicon)


def supposed(verb: Token, lexicon: EventLexicon) -> bool:
    """The verb is in the conditional, or under a modal of possibility or consequence ("would", "could")."""
    auxiliaries = [c for c in verb.children if c.dep_ in AUXILIARY]
    if any(in_conditional(word, lexicon) for word in (verb, *auxiliaries)):
        return True
    modals = lexicon.word_class("possibility") | lexicon.word_class("consequence")
    return any(a.lower_ in modals for a in auxiliaries)


def in_conditional(verb: Token, lexicon: EventLexicon) -> bool:
    """The verb is in the conditional: so tagged, or formed on its infinitive with an ending of the conditional
    the tagger read as an imperfect ("paralyserait": "paralyser" + "ait"; "déclarait" is an imperfect)."""
    if "Cnd" in verb.morph.get("Mood", []):
        return True
    form, lemma = verb.lower_, verb.lemma_.lower()
    stems = (lemma, lemma[:-1]) if lemma.endswith("re") else (lemma,)  # "prendre" → "prendrait"
    return any(form == stem + ending for stem in stems for ending in lexicon.word_class("conditional_ending"))


def asked(trigger: Token, lexicon: EventLexicon | None = None) -> bool:
    """A yes-no question asks whether the act happened: its clause opens with an auxiliary put before the
    subject ("Did police arrest the protesters", "Will the army strike", "A-t-il attaqué"), or, in French, a
    subject pronoun follows its verb or auxiliary (``inverted_subject``: « l'armée a-t-elle frappé l'école »,
    « Moscou va-t-il frapper Kiev », headlines without a question mark too) in a sentence that opens with
    neither a question word (« pourquoi », « qui »: what is asked is not whether) nor a quotation, whose
    speaker the inversion follows (« “…”, a-t-il accusé »)."""
    clause = trigger if trigger.pos_ in ("VERB", "AUX") else None
    if clause is None:
        return False
    first = next((t for t in trigger.sent if not (t.is_punct or t.is_space)), None)
    subjects = [c.i for c in clause.children if c.dep_ in NOMINAL_SUBJECT]
    if first is not None and first.head == clause and first.dep_ in AUXILIARY \
            and bool(subjects) and first.i < min(subjects):
        return True
    return lexicon is not None and inverted_question(clause, lexicon)


def inverted_question(clause: Token, lexicon: EventLexicon) -> bool:
    """A French yes-no question by an inverted subject pronoun on the clause or the verb governing its infinitive
    (see ``asked``)."""
    inverted = lexicon.word_class("inverted_subject")
    if not inverted:
        return False
    opening = next((t for t in clause.sent if not t.is_space), None)
    if opening is None or opening.is_quote or opening.lower_ in lexicon.word_class("question_word"):
        return False
    verbs = [clause, *([clause.head] if clause.dep_ == "xcomp" and is_infinitive(clause) else [])]
    for verb in verbs:
        if verb.dep_ not in ("ROOT", "xcomp") or any(c.dep_ in ("ccomp", "parataxis") and c.i < verb.i
                                                     for c in verb.children):
            continue  # an incise after a quotation
        words = [w for c in verb.children for w in (c, *c.children)]
        if any(w.lower_ in inverted and w.pos_ == "PRON" for w in words):
            return True
    return False


def cancelled(trigger: Token, lexicon: EventLexicon) -> bool:
    """An act named as the object of its cancellation did not happen ("cancelled a visit to Lima", "a annulé sa
    visite"); the cancellation is the verb's own act, if any."""
    return trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ in OBJECT \
        and trigger.head.lemma_.lower() in lexicon.word_class("cancel")


def recalled(trigger: Token, lexicon: EventLexicon) -> bool:
    """An act named as the object of a verb of remembrance is a past act recalled, background of the
    commemoration ("relatives commemorated the 2008 attacks", « ont commémoré les attentats de 2015 »); whoever
    remembers it did not do it (the word class ``remembrance``)."""
    return trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ in OBJECT \
        and trigger.head.lemma_.lower() in lexicon.word_class("remembrance")


def examined(trigger: Token, lexicon: EventLexicon) -> bool:
    """An act named as the object of a verb of examination is what is looked into, told as the background of the
    inquiry ("police probe an arson attack on a mosque", "inspectors will study the shelling of the dam", « les
    enquêteurs examinent la frappe »); whoever examines it did not do it, and the inquiry's tense is not the act's.
    The word class ``examination`` holds the verbs of the CAMEO INVESTIGATE, INSPECT and PROBE blocks (code 090)."""
    return trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ in OBJECT \
        and lemma_in(trigger.head, lexicon.word_class("examination"), lexicon)


def denied_by_doer(trigger: Token, lexicon: EventLexicon) -> bool:
    """The act is what its doer denies doing: the clause or infinitive a denial verb governs ("denied shelling the
    town", "denied that its forces shelled it", « a démenti avoir bombardé »); word class ``denial``."""
    verb = trigger.head if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ in OBJECT else trigger
    return verb.dep_ in ("xcomp", "ccomp") and verb.head != verb \
        and verb.head.lemma_.lower() in lexicon.word_class("denial")


def contemplated(trigger: Token, lexicon: EventLexicon) -> bool:
    """An act only thought of: the object or the infinitive of a verb of entertaining a possibility
    ("contemplated a hunger strike", "is mulling sanctions", « l'UE envisage de sanctionner »); word class
    ``contemplation``; or its gerund ("is considering imposing sanctions"). An object with a predicate is judged,
    not contemplated ("considered the attack an act of war", "regards the strikes as a crime"). A plan announced
    is another matter (``intentions``, "plans to sanction": THREATEN)."""
    if trigger.head == trigger or not (trigger.dep_ in OBJECT or (trigger.dep_ == "xcomp" and (
            is_infinitive(trigger) or trigger.tag_ == "VBG"))):
        return False
    if trigger.dep_ in OBJECT and any(c.dep_ in JUDGED_PREDICATE or (c.dep_ == "prep" and c.lower_ == "as")
                                      for c in trigger.head.children):
        return False
    return lemma_in(trigger.head, lexicon.word_class("contemplation"), lexicon)


PREVENTED_HOPS = 3  # "foiled [a plot [to [attack]]]": the act, its plan, and the preposition between
# how what is prevented hangs on the prevention: object, passive subject, complement clause or phrase (not an
# adverbial clause beside it: "prevented an attack, arresting two suspects" — the arrest was made)
PREVENTED_DEPS = frozenset({"dobj", "obj", "nsubjpass", "nsubj:pass", "xcomp", "pcomp", "pobj", "acl", "prep",
                            "obl", "obl:arg", "nmod"})


def prevented(trigger: Token, lexicon: EventLexicon) -> bool:
    """An act kept from happening did not happen: its noun or verb is what a verb of prevention (word class
    ``prevent``) governs — as its object ("thwarted an attack", « a déjoué un attentat »), its passive subject
    ("an attack was foiled"), its complement ("prevented them from attacking", « empêché de frapper ») — directly
    or through a plan or an attempt that was prevented ("foiled a plot to bomb the station", "foiled an attempt to
    seize the port"). The prevention is no act of the one prevented; an arrest made with it is told by its own
    verb ("…, arresting two suspects")."""
    prevent = lexicon.word_class("prevent")
    if not prevent:
        return False
    steps = lexicon.word_class("intent_noun") | lexicon.word_class("attempt_noun")
    node = trigger
    for _ in range(PREVENTED_HOPS):
        head = node.head
        if head == node:
            return False
        if node.dep_ not in PREVENTED_DEPS and not (node.dep_ == "advcl" and is_infinitive(node)):
            # "the attack prevented a deal", "prevented an attack, arresting two suspects"; not an infinitive
            # parsed as a purpose ("foiled a plot to bomb the station": what was plotted)
            return False
        if head.pos_ in ("VERB", "AUX"):
            return lemma_in(head, prevent, lexicon)  # (« déjoue » the lemmatiser left as it is)
        if head.pos_ in ("NOUN", "PROPN") and head.lemma_.lower() not in steps and head.lower_ not in steps:
            return False  # the act describes a participant ("the man behind the attack"): told elsewhere
        node = head  # a preposition ("from attacking", "de frapper"), or the plan or attempt the act is of
    return False


def unrealised(trigger: Token, lexicon: EventLexicon) -> str | None:
    """The modality of an act named but not told as done: ``hypothetical``, ``negated`` or ``denied``; None
    otherwise."""
    if denied_by_doer(trigger, lexicon):
        return "denied"
    if cancelled(trigger, lexicon) or prohibited(trigger) or prevented(trigger, lexicon) \
            or qualified_as_prevented(trigger, lexicon):
        # "a ban on protests" (``prohibited_acts``), "foiled a plot to bomb", "the foiled attack" (``expected_acts``)
        return "negated"
    if conditional(trigger, lexicon) or possible(trigger, lexicon) or aimed_or_awaited(trigger, lexicon) \
            or hypothesised_subject(trigger, lexicon) or asked(trigger, lexicon) or expected(trigger, lexicon) \
            or contemplated(trigger, lexicon) or judged_desirable(trigger, lexicon) \
            or counterfactual(trigger, lexicon) or inverted_condition(trigger, lexicon):
        # "fears an offensive" (``expected_acts``), "is mulling sanctions", "deems it urgent to expel"
        # (``judged_acts``), "would have shelled", "should the rebels attack" (``counterfactuals``)
        return "hypothetical"
    return None


def since_background(trigger: Token, lexicon: EventLexicon) -> bool:
    """An act named as the time since which something holds ("since the invasion", "since the start of the
    war", "depuis le début de la guerre") is the background of the sentence, not an occurrence it tells; the
    caller keeps one its sentence dates ("the first since their previous meeting on 25 April")."""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return False
    since = lexicon.word_class("since_prep")
    node = trigger
    for _ in range(NOMINAL_HOPS):
        if preposition_of(node) in since:
            return True
        upper = node.head.head if node.dep_ == "pobj" else node.head  # through "of" / "de" to the noun above
        if upper == node or upper.pos_ not in ("NOUN", "PROPN"):
            return False
        node = upper
    return preposition_of(node) in since


def old_relative(trigger: Token, date: str | None, published: dt.date | None) -> bool:
    """A relative clause that tells, of a participant, an act dated long before the article ("the group that
    attacked the base in 2019") describes the participant: it is background, not the article's event."""
    return trigger.dep_ in RELATIVE_CLAUSE and long_before(date, published)


def long_before(date: str | None, published: dt.date | None) -> bool:
    """The date's period ended more than ``BACKGROUND_AGE`` before the article (a relative clause's act here, a
    clause's in ``background_clauses``)."""
    if date is None or published is None:
        return False
    end = period_end(date)
    return end is not None and end < published - BACKGROUND_AGE


def period_end(value: str) -> dt.date | None:
    """The last day of a date value's period ("2019" → 2019-12-31, "2019-03" → 2019-03-31); None for a value
    with no calendar period ("PAST_REF", "2019-W12")."""
    match = CALENDAR_DATE.match(value)
    if match is None:
        return None
    year, month, day = (int(part) if part else None for part in match.groups())
    assert year is not None
    if month is None:
        return dt.date(year, 12, 31)
    month_end = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
    return month_end if day is None else month_end.replace(day=min(day, month_end.day))


CALENDAR_DATE = re.compile(r"(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?(?!\S*W)")
