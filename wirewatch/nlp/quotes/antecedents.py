"""Small antecedent rules of speaker resolution (speakers.py): the plural subject a plural pronoun speaks for, a
title standing between an office and the name apposed to it, the gender a title gives the name after it, and the head
noun of a name built on a preposition (what "the office" takes up)."""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from wirewatch.nlp.doc_cache import doc_text
from wirewatch.nlp.quotes.lexicon import QuoteGrammar
from wirewatch.nlp.quotes.mentions import EntityIndex, EntityMention
from wirewatch.nlp.quotes.speaker import SPEAKER_TYPES, Speaker
from wirewatch.nlp.quotes.speaker_syntax import qualifies_noun

APPOSITION_REACH = 60  # characters after an inverted subject where its apposed name may start
TITLE_REACH = 6  # words before a name where the title that introduces it may stand ("la ministre des Armées X")
GENDERS = {"Fem": "f", "Masc": "m"}
COMPLEMENT_WORDS = 8  # words of a title's complement before the comma of its apposed name
SENTENCES_BACK = 3  # sentences searched back for a plural pronoun's antecedent, when those between are all quoted


def apposed_person(doc: Doc, index: EntityIndex, titles: dict[str, str], words: Span) -> EntityMention | None:
    """The person named right after the comma that follows ``words`` ("said Iranian spokesperson, Abolfazl
    Shekarchi"), also after a title of its own ("…, le lieutenant X")."""
    text = doc_text(doc)
    end = words.end_char
    if not text[end:end + 3].startswith(","):
        end = title_complement_end(doc, words)  # "la secrétaire | à l'Égalité (Emploi), Rachida Dati"
    if not text[end:end + 3].startswith(","):
        return None
    for m in index.overlapping(end, end + APPOSITION_REACH):
        if m.type == "PER" and (text[end:m.start].strip(" ,") == ""
                                or only_a_title(doc, titles, end, m.start)):
            # (past a complement, the name ends the clause: not "… à la presse, X étant absent")
            ends = end == words.end_char or text[m.end:].lstrip(" ")[:1] in ("", ".", ",", ";", "!", "?", "\n")
            return m if ends else None
    return None


def title_complement_end(doc: Doc, words: Span) -> int:
    """Where the complement of a title that the subject's words left out ends: a prepositional phrase or a
    parenthesis right after them ("la secrétaire | à l'Égalité (Emploi)", "la ministre de la Culture |
    (Patrimoine)"), with no verb, up to the punctuation after it; ``words.end_char`` when none follows."""
    k, depth, end = words.end, 0, words.end_char
    if k >= len(doc) or (doc[k].pos_ != "ADP" and doc[k].text != "("):
        return end
    while k < len(doc) and k - words.end < COMPLEMENT_WORDS:
        tok = doc[k]
        if tok.text == "(":
            depth += 1
        elif tok.text == ")":
            depth -= 1
        elif depth <= 0 and tok.is_punct:
            return end
        if tok.is_space or tok.pos_ in ("VERB", "AUX") or depth < 0:
            return words.end_char
        end = tok.idx + len(tok.text)
        k += 1
    return words.end_char


def only_a_title(doc: Doc, titles: dict[str, str], start: int, end: int) -> bool:
    """The words between ``start`` and ``end`` are punctuation, determiners and one title ("…, le lieutenant X")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    words = [t for t in span if not t.is_punct and not t.is_space and t.idx < end]
    while words and words[0].pos_ == "DET":
        words.pop(0)
    return bool(words) and " ".join(t.lower_ for t in words) in titles


def narrated_window_start(pronoun: Token, quoted: Callable[[int], bool]) -> int:
    """The first token of the words a pronoun may take up: the sentence before its own, or further back past
    sentences with no words of the narrator ("«" split off a quotation), ``SENTENCES_BACK`` at most."""
    doc = pronoun.doc
    first = pronoun.sent.start
    for _ in range(SENTENCES_BACK):
        if first == 0:
            break
        prev = doc[first - 1].sent
        first = prev.start
        if any(not t.is_punct and not quoted(t.idx) for t in prev):
            break
    return first


def plural_subject_before(g: QuoteGrammar, pronoun: Token, quoted: Callable[[int], bool]) -> Token | None:
    """"Les syndicats ont quitté la table. Ils ont affirmé que …": the nearest plural noun subject before a plural
    subject pronoun, in its sentence or the one before."""
    doc = pronoun.doc
    first = narrated_window_start(pronoun, quoted)
    for t in reversed(doc[first: pronoun.i]):
        if t.dep_ in g.active_subject and t.pos_ in ("NOUN", "PROPN") and not quoted(t.idx) \
                and "Plur" in t.morph.get("Number", []):
            return t
    return None


def title_gender(doc: Doc, titles: dict[str, str], start: int) -> str | None:
    """"la ministre des Armées Claire Dumont", "le président X": the gender (m | f) the title right before a name
    gives it, read on the title's determiner (or on the title itself); None when no title or no gender."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or not len(span):
        return None
    first = span[0].i
    for tok in reversed(doc[max(first - TITLE_REACH, span[0].sent.start): first]):
        if tok.is_punct or tok.pos_ == "AUX" or "Fin" in tok.morph.get("VerbForm", []):
            return None  # not a title across a conjugated verb ("la ministre a reçu X"; "le président élu X" is one)
        if tok.lower_ in titles or tok.lemma_.lower() in titles:
            dets = [c for c in tok.children if c.dep_ == "det" and c.i < tok.i]
            for t in [*dets, tok]:
                gender = GENDERS.get(next(iter(t.morph.get("Gender", [])), ""))
                if gender:
                    return gender
            return None
    return None


def name_head(name: str) -> str | None:
    """The head noun of a name built on a preposition: the word before its first lowercase word ("United Nations
    Office for the Coordination of …" → "office"); None for a name without one."""
    words = re.findall(r"[\w-]+", name)
    lower = next((k for k, w in enumerate(words) if k and w.islower()), None)
    return words[lower - 1].lower() if lower is not None else None


def fuller_description(g: QuoteGrammar, head: Token, phrase: Span, quoted: Callable[[int], bool],
                       window: int) -> Span | None:
    """"the office said" after "The U.N. humanitarian office issued …": the nearest earlier noun phrase with the same
    head noun that says more (a name or an adjective beside it), within ``window`` characters; None when
    ``phrase`` is more than a determiner and its noun, or nothing earlier says more."""
    words = [t for t in phrase if not t.is_punct]
    if len(words) != 2 or words[0].pos_ != "DET" or words[0].lower_ in g.indefinite or words[1] != head:
        return None
    doc, lemma = head.doc, head.lemma_.lower()
    for tok in reversed(doc[:phrase.start]):
        if phrase.start_char - tok.idx > window:
            break
        if tok.pos_ != "NOUN" or tok.lemma_.lower() != lemma or quoted(tok.idx) or predicative(g, tok):
            continue  # ("X became the latest daily": a description of X, not something named)
        end = tok.i  # with the adjectives right after it ("le bureau humanitaire régional")
        while end + 1 < phrase.start and doc[end + 1].head == tok and doc[end + 1].pos_ in ("ADJ", "PROPN"):
            end += 1
        fuller = doc[tok.left_edge.i: end + 1]
        if fuller[0].pos_ == "DET" and fuller[0].lower_ not in g.indefinite \
                and any(t.pos_ in ("PROPN", "ADJ") for t in fuller[1:] if t != tok):
            return fuller
    return None


def predicative(g: QuoteGrammar, noun: Token) -> bool:
    """A noun said of a subject ("X became the latest daily", "X est devenu le premier bureau")."""
    return noun.dep_ in g.predicate or any(c.dep_ in g.copula for c in noun.children)


def nearest_named_before(doc: Doc, index: EntityIndex, quoted: Callable[[int], bool],
                         is_outlet: Callable[[str], bool], seg: Span, pos: int) -> Speaker | None:
    """A verb whose subject the parse missed: the nearest person or organisation named before it in its
    segment ("Ouchakov a noté que …" under a headline the parser joined to it); never a name inside quotation
    marks, one qualifying a noun, or an outlet (the channel)."""
    for m in index.before(pos, pos - seg.start_char):
        if m.type in SPEAKER_TYPES and m.start >= seg.start_char and not quoted(m.start) \
                and not qualifies_noun(doc, m) and not is_outlet(m.name):
            return Speaker(m.name, m.entity_id, m.type, m.start)
    return None
