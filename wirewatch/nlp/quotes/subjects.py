"""The speaker of a speech verb on the parse: its subject, also inverted ("a indiqué le Kremlin", "a-t-il
ajouté"), inherited ("prompted Kallas to say", "adding", "before confirming"), the antecedent of a relative
pronoun, or the object of a verb relaying the words ("the agency quoted X as saying"); and the small tests of
verb groups the cue rules share (finite, past participle, clause).
"""

from __future__ import annotations

from collections.abc import Callable, Container

from spacy.tokens import Doc, Span, Token

from wirewatch.nlp.quotes.lexicon import QuoteGrammar

CLOSING_MARKS = frozenset({"»", "”", '"', "›", "“", "’"})
NAMED_SPEAKERS = frozenset({"PER", "PERSON", "ORG"})  # entity labels of the models' named speakers


def within(tok: Token, seg: Span) -> bool:
    return seg.start <= tok.i < seg.end


def own_subject(g: QuoteGrammar, verb: Token, seg: Span | None = None) -> Token | None:
    subjects = [c for c in verb.children if c.dep_ in g.active_subject and c.text.lower() != "-t"
                and not heads_a_clause(g, c)]
    if subjects:
        return subjects[-1]
    return _inverted_subject(g, verb, seg) if seg is not None else None


def heads_a_clause(g: QuoteGrammar, tok: Token) -> bool:
    """"Les pourparlers sont dans l'impasse, estime X": the parser made the predicate of the clause before the
    verb its subject; a word with a subject of its own heads a clause and does not speak."""
    return tok.i < tok.head.i and any(c.dep_ in g.active_subject for c in tok.children)


def verb_group_start(verb: Token, reflexive: Container[str] = ()) -> int:
    """The verb group's first word: an auxiliary, or the reflexive pronoun before it ("s'est exclamé")."""
    aux = [c.i for c in verb.children if (c.dep_.startswith("aux") or c.lower_ in reflexive) and c.i < verb.i]
    return min([verb.i, *aux])


def inverted_phrase(g: QuoteGrammar, verb: Token, seg: Span) -> Span | None:
    """"<said>, a affirmé dans une vidéo le Premier ministre X.": right after a comma, the speech verb is
    followed by its subject. Read on the surface, as parsers often attach it wrongly: the first nominal after
    the verb not governed by a preposition, up to the next punctuation or preposition (other than "de"/"of")."""
    doc = verb.doc
    first = verb_group_start(verb, g.reflexive)
    if not (after_break(doc, first, seg) or object_before(g, verb, first, seg)):
        return None
    if not finite(verb):  # "…, adding", "…, citing X", "…, to say": no inversion
        return None
    for t in doc[first: min(verb.i + 2, seg.end)]:
        if t.pos_ == "PRON" and t.text.startswith("-") and t.text.lower() != "-t":
            return doc[t.i: t.i + 1]  # "a-t-il dit": the pronoun is the subject
    after_quote = doc[first - 1].text in CLOSING_MARKS or (
        first >= seg.start + 2 and doc[first - 2].text in CLOSING_MARKS)
    own = [c for c in verb.children if c.dep_ in g.active_subject and c.i < first and not heads_a_clause(g, c)]
    if own and not after_quote:  # "X, basé à Washington, a averti": X is the subject
        return None
    return nominal_after(g, verb, seg)


def nominal_after(g: QuoteGrammar, verb: Token, seg: Span) -> Span | None:
    """The first nominal after ``verb`` not governed by a preposition, up to the next punctuation or preposition
    (other than "de"/"of"): the inverted subject read on the surface."""
    doc = verb.doc
    start = None
    # "a assuré mardi la maire X": the day is no subject
    dated = [(d.start, d.end) for d in (doc._.ww_dates if Doc.has_extension("ww_dates") else None) or []]
    for t in doc[verb.i + 1: seg.end]:
        if t.ent_iob_ == "I" and t.pos_ in ("VERB", "AUX"):
            continue  # "sur France Inter": a word of a name begun before, whatever its tag
        if t.is_punct or t.pos_ in ("SCONJ", "VERB", "AUX", "PRON") or t.dep_ == "mark":
            break  # "has reported that …": a clause follows, not a subject
        if any(s <= t.idx < e for s, e in dated):
            continue
        # a name the tagger misread as an adverb (« a déclaré Macron »: *Macron* ADV) is still a nominal
        named = t.ent_iob_ == "B" and t.ent_type_ in NAMED_SPEAKERS
        if (t.pos_ in ("DET", "PROPN", "NOUN") or named) and doc[t.i - 1].pos_ != "ADP" \
                and doc[t.i - 1].dep_ != "case" and not _in_prepositional_phrase(t):
            start = t.i
            break
    if start is None:
        return None
    end = start
    for t in doc[start + 1: seg.end]:
        if _inside_word(t) or (t.pos_ in ("VERB", "ADJ", "PRON") and doc[t.i - 1].pos_ == "DET") \
                or (t.pos_ == "PRON" and doc[t.i - 1].lower_ in g.genitive and doc[t.i - 2].pos_ == "PRON"):
            end = t.i  # "des sapeurs-pompiers"; "l'accusée", "le prévenu": a participle as the determiner's noun;
            continue  # "l'un d'eux": a pronoun the determiner heads, and the pronoun of its part

        related = t.pos_ == "ADP" and doc[t.i - 1].pos_ == "ADJ" and t.i - 1 > start  # "a source close to X"
        if t.is_punct or (t.pos_ == "ADP" and t.text.lower() not in g.genitive and not related) \
                or t.pos_ in ("VERB", "AUX", "PRON", "SCONJ"):
            break  # (a relative clause after the subject: "le colonel qui commande la zone")
        end = t.i
    return doc[start: end + 1]


def _inside_word(tok: Token) -> bool:
    """A hyphen or the word after it within one written word ("sapeurs-pompiers", split by the tokenizer)."""
    doc = tok.doc
    return tok.i > 0 and not doc[tok.i - 1].whitespace_ and (
        (tok.text == "-" and bool(tok.whitespace_ == "" and tok.i + 1 < len(doc) and doc[tok.i + 1].is_alpha))
        or (doc[tok.i - 1].text == "-" and tok.is_alpha and doc[tok.i - 1].i > 0
            and not doc[tok.i - 2].whitespace_))


def _in_prepositional_phrase(tok: Token) -> bool:
    """"called on the congregation to …", "a affirmé dans une vidéo …": a word of a preposition's object."""
    nominal = tok if tok.pos_ in ("NOUN", "PROPN") else tok.head
    return nominal.dep_ == "pobj" or any(c.dep_ == "case" and c.pos_ == "ADP" for c in nominal.children)


def object_before(g: QuoteGrammar, verb: Token, first: int, seg: Span) -> bool:
    """"C'est ce qu'a déclaré X", "comme l'a indiqué X": the verb's object pronoun opens its group, so the
    noun after the verb is its (inverted) subject."""
    if first <= seg.start:
        return False
    prev = verb.doc[first - 1]
    return prev.pos_ == "PRON" and prev.dep_ in g.object and prev.head.i == verb.i


def after_break(doc: Doc, first: int, seg: Span) -> bool:
    """The verb group opens after a comma or a closing quotation mark ("…, a dit X", "«…» a dit X")."""
    return first > seg.start and (doc[first - 1].text == "," or doc[first - 1].text in CLOSING_MARKS)


def finite(verb: Token) -> bool:
    """A finite verb group: the verb or one of its auxiliaries is finite ("a déclaré", "said", "has said")."""
    group = [verb] + [c for c in verb.children if c.dep_.startswith("aux") and c.i < verb.i]
    # (an auxiliary the tagger left without features, "a" read as X, is finite when conjugated: not its lemma)
    return any("Fin" in t.morph.get("VerbForm", []) or (t.i != verb.i and not t.morph.get("VerbForm", [])
                                                       and t.lower_ != t.lemma_.lower()) for t in group)


def infinitive_group(verb: Token) -> bool:
    """"imposer", "avoir formalisé", "s'être retirée": an infinitive, or a participle under an infinitive auxiliary."""
    group = [verb] + [c for c in verb.children if c.dep_.startswith("aux") and c.i < verb.i]
    return any("Inf" in t.morph.get("VerbForm", []) for t in group)


def participle_clause(span: Span) -> bool:
    """"Interrogée par la radio", "Questioned by reporters": a participle opening a clause with no finite verb, an
    adjunct of the sentence and not something said."""
    words = [t for t in span if not t.is_punct]
    return bool(words) and "Part" in words[0].morph.get("VerbForm", []) \
        and not any("Fin" in t.morph.get("VerbForm", []) for t in words)


def in_relative_clause(g: QuoteGrammar, verb: Token) -> bool:
    subj = own_subject(g, verb)
    return verb.dep_ in g.relative or (subj is not None and subj.lower_ in g.relative_pronoun)


def is_clause(span: Span) -> bool:
    """A clause: a finite verb, or a verb at the head of the span."""
    if any("Fin" in t.morph.get("VerbForm", []) for t in span):
        return True
    heads = [t for t in span if not span.start <= t.head.i < span.end or t.head == t]
    return any(t.pos_ in ("VERB", "AUX") for t in heads)


def _inverted_subject(g: QuoteGrammar, verb: Token, seg: Span) -> Token | None:
    """"…», a écrit Antonio Costa": after a comma, the noun after the verb speaks even when parsed as object."""
    if not finite(verb):
        return None
    first = verb_group_start(verb)
    if not (after_break(verb.doc, first, seg) or object_before(g, verb, first, seg)):
        return None
    return next((c for c in verb.children if c.i > verb.i and c.dep_ in g.inverted_subject and within(c, seg)
                 and c.pos_ in ("PROPN", "NOUN")), None)


def attribution_subject(g: QuoteGrammar, verb: Token, seg: Span, relays: frozenset[str] = frozenset()) -> Token | None:
    inverted = _inverted_subject(g, verb, seg) if own_subject(g, verb) is None else None
    if inverted is not None:
        return inverted
    tok = verb
    for _ in range(3):
        subj = own_subject(g, tok)
        if subj is not None and subj.lower_ in g.relative_pronoun and tok.dep_ in g.relative:
            subj = predicated(g, tok.head)  # "Matt Bai, who said …": the antecedent speaks
        elif subj is not None and tok.i != verb.i and tok.dep_ in g.relative \
                and any(c.lower_ in g.relative_possessive for c in subj.children):
            subj = tok.head  # "Ann Marks, whose son died last year, called on …": the parse put the verb in the clause
        if subj is not None:
            return subj if within(subj, seg) else None
        head = tok.head
        if tok.dep_ == "pcomp" and head.pos_ == "ADP" and head.head.i != head.i:
            head = head.head  # "X reviewed the files before confirming that …": the verb the preposition hangs on
        climbs = tok.dep_ in g.inherit | g.prepositional or (
            tok.dep_ in g.clause and head.lemma_.lower() in g.auxiliary) or (
            tok.dep_ in g.adjective_complement and tok.i != verb.i)  # "the mayor is keen to stress …"
        if not climbs or head.i == tok.i or not within(head, seg):
            return None
        if tok.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN") and not past_participle(tok) \
                and (head.dep_ in g.active_subject or head.head.i == head.i):
            # "Ann Marks, whose son died, called on …" parsed as a clause of the subject: the subject speaks (not
            # "figures released by …", nor the object in "X issued a report arguing …")
            return head
        if head.lemma_.lower() in relays:  # "The agency quoted X as saying": X speaks, the agency relays
            obj = next((c for c in head.children if c.dep_ in g.object and c.i < tok.i), None)
            if obj is not None:
                return obj
        if tok.dep_ == "xcomp":  # "prompted Kallas to say": the head's object speaks
            obj = next((c for c in head.children if c.dep_ in g.object and c.i < tok.i), None)
            if obj is not None:
                return obj
        tok = head
    return None


def past_participle(tok: Token) -> bool:
    """"released", "transmis": a past participle (not a finite past, "called")."""
    return "Part" in tok.morph.get("VerbForm", []) and "Past" in tok.morph.get("Tense", [])


def continued_speaker(g: QuoteGrammar, verb: Token, seg: Span, is_speech: Callable[[Token], bool]) -> Token | None:
    """"X resigned after Y urged Z to go, arguing …": a participle speech verb after a comma goes on from the
    speech verb nearest before it in its sentence (Y urged … arguing), not from the main clause it hangs on."""
    if finite(verb) or verb.dep_ not in g.inherit or verb.i == seg.start or verb.doc[verb.i - 1].text != ",":
        return None
    head = verb.head
    for tok in reversed(verb.doc[head.i + 1: verb.i]):
        if tok.pos_ == "VERB" and is_speech(tok) and finite(tok) and tok.head.i == head.i:
            subj = own_subject(g, tok)
            return subj if subj is not None and subj.pos_ in ("PROPN", "NOUN") and within(subj, seg) else None
    return None


def predicated(g: QuoteGrammar, noun: Token) -> Token:
    """"X is a lawyer, a veteran and a critic who said …": the subject a predicate noun is said of (the relative
    pronoun's referent); "X, a nurse who said …": the name the noun is apposed to; else the noun itself."""
    first = noun
    while (first.dep_ in g.coordinated or (first.dep_ in g.apposition and first.head.pos_ != "PROPN")) \
            and first.head.i != first.i:
        first = first.head  # "a liar, a xenophobe and a birther who …": the first of the coordinated nouns
    if first.dep_ in g.apposition and first.head.pos_ == "PROPN":
        return first.head
    if first.dep_ in g.predicate and first.dep_ not in g.object_complement:  # (English: the copula is the head)
        copula = first.head  # ("X campaigns and is a critic who …": the subject of the first verb)
        subj = own_subject(g, copula) or (own_subject(g, copula.head) if copula.dep_ in g.coordinated else None)
        return subj if subj is not None and subj.pos_ in ("PROPN", "NOUN") else noun
    if any(c.dep_ in g.copula for c in first.children):  # (UD: the predicate noun heads its copula)
        subj = own_subject(g, first)
        return subj if subj is not None and subj.pos_ in ("PROPN", "NOUN") else noun
    return noun
