"""A speaker is never a thing: speaker nouns, and the issuer of a document that "says" something.

A phrase headed by a common noun speaks only when one of its own nouns (not one inside a prepositional phrase:
"la décision du gouvernement") is a title or a speaker noun (``quote_speaker_nouns.txt``, demonyms): "residents",
"a spokesperson", "the ministry", "31 percent". Any other ("the decree", "this new levy", "la décision") is a
thing. A document ("the report", "le communiqué", "a joint statement from the two agencies") is the channel of
its issuer: the person or organisation named in it ("the FBI's records") or the speaking phrase it is "from",
"by" or "of" ("a statement from the two agencies"); without one, nobody is found to speak.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from wirewatch.nlp.quotes.lexicon import QuoteLexicon


def _own_nouns(lex: QuoteLexicon, head: Token, phrase: Span) -> list[Token]:
    """The phrase's tokens outside its prepositional phrases, a date the parse glued to it set aside ("ont
    déclaré lundi des militants": the parse may hang the speaker on the day)."""
    doc = head.doc
    dated = {i for d in doc._.ww_dates or [] if d.start < phrase.end_char and d.end > phrase.start_char
             for i in range(phrase.start, phrase.end) if d.start <= doc[i].idx < d.end}
    governed: set[int] = set()  # words of a phrase a preposition governs ("de l'armée", "from the union")
    for tok in phrase:
        if tok.i == head.i:  # (the head's own preposition: "selon la préfecture")
            continue
        # a preposition before the noun, or a possessive mark after it ("the FBI's"); not the preposition a noun
        # governs ("a man at …")
        marked = any(c.dep_ in lex.grammar.leading and not (c.i > tok.i and c.pos_ == "ADP") for c in tok.children)
        marked = marked and tok.head.i not in dated
        if marked or (tok.head.pos_ == "ADP" and tok.head.i != tok.i):
            governed.update(t.i for t in tok.subtree)
    return [tok for tok in phrase if tok.i not in dated and tok.i not in governed]


def is_speaker_noun(lex: QuoteLexicon, tok: Token) -> bool:
    words = {tok.lemma_.lower(), tok.lower_}
    return bool(words & lex.speaker_nouns or words & lex.titles.keys())


def can_speak(lex: QuoteLexicon, head: Token, phrase: Span) -> bool:
    """A person, a group, an institution or an office, not a thing (see the module docstring)."""
    if head.pos_ != "NOUN" or _title_at_head(lex, head):
        return True
    return any(tok.pos_ == "PROPN" or (tok.pos_ == "NOUN" and is_speaker_noun(lex, tok))
               for tok in _own_nouns(lex, head, phrase))


def _title_at_head(lex: QuoteLexicon, head: Token, longest: int = 4) -> bool:
    """"le secrétaire général", "the secretary of state": a title of several words that starts or ends at the head."""
    doc = head.doc
    for n in range(2, longest + 1):
        after = doc[head.i: head.i + n]
        before = doc[max(head.i - n + 1, 0): head.i + 1]
        if (len(after) == n and after.text.lower() in lex.titles) or (len(before) == n and before.text.lower()
                                                                      in lex.titles):
            return True
    return False


def is_document(lex: QuoteLexicon, head: Token) -> bool:
    return bool({head.lemma_.lower(), head.lower_} & lex.document_nouns)


def issuer_words(lex: QuoteLexicon, head: Token, phrase: Span) -> Span | None:
    """"a joint statement from the two agencies", "le rapport de l'ONG": the speaking phrase a document's
    preposition governs, within ``phrase``."""
    for tok in head.subtree:
        if tok.i == head.i or not phrase.start <= tok.i < phrase.end or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        governed = tok.head.i == head.i or (tok.head.head.i == head.i and tok.head.pos_ == "ADP")
        if governed and (tok.pos_ == "PROPN" or is_speaker_noun(lex, tok)):
            start = min(t.i for t in tok.subtree if t.pos_ not in ("ADP",) and t.dep_ not in lex.grammar.leading)
            end = min(tok.right_edge.i + 1, phrase.end)
            end -= end - 1 > start and head.doc[end - 1].tag_ == "POS"  # "the government's report": its owner
            return head.doc[max(start, phrase.start): end]
    return None
