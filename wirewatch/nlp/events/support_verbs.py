"""Support verbs and the event nouns they carry: "workers launched a strike", "les enseignants ont lancé une
grève", "staged a sit-in", "a procédé à des arrestations".

A support verb (word class ``support_verb`` of ``lexicons/<lang>/event_words.tsv``, a closed class taken from
the PETRARCH-2 verb blocks whose patterns are "- * EVENT-NOUN") says only that its subject does the act its
object names: the event is the noun's (its type from the trigger lexicon), its doer the verb's subject, its
recipient the noun's own complement ("contre X", "against X") — never what the verb would mean alone. The verb
is recognised by its lemma, its form or the lemmas its suffix gives (``inflections.form_lemmas``), so that a
lemma the tagger cut wrong ("staged" → "stag") still counts.

An event noun the tokenizer split at its hyphens ("sit-in" → "sit", "-", "in") is looked up as written
(:func:`hyphen_word`), on the piece that heads the others in the parse (:func:`hyphen_heads`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from wirewatch.nlp.events.inflections import form_lemmas

if TYPE_CHECKING:
    from wirewatch.nlp.events.lexicon import EventLexicon

SUPPORT = "support_verb"
HYPHENS = frozenset({"-", "‐", "‑"})
NOUN_TAGS = frozenset({"NOUN", "PROPN"})


def is_support_verb(verb: Token, lexicon: EventLexicon) -> bool:
    """The verb is a support verb, by its lemma, its form or a lemma its suffix gives."""
    words = lexicon.word_class(SUPPORT)
    if not words or verb.pos_ not in ("VERB", "AUX"):
        return False
    return verb.lemma_.lower() in words or verb.lower_ in words or any(w in words for w in form_lemmas(verb))


def hyphen_pieces(token: Token) -> list[Token]:
    """The tokens of the hyphenated word ``token`` belongs to, written without spaces ("sit", "-", "in"), or
    none if it is not part of one."""
    doc = token.doc
    start = end = token.i
    while start >= 2 and doc[start - 1].text in HYPHENS and not doc[start - 1].whitespace_ \
            and not doc[start - 2].whitespace_:
        start -= 2
    while end + 2 < len(doc) and doc[end + 1].text in HYPHENS and not doc[end].whitespace_ \
            and not doc[end + 1].whitespace_:
        end += 2
    if start == end or token.text in HYPHENS:
        return []
    return list(doc[start: end + 1])


def piece_head(pieces: list[Token]) -> Token | None:
    """The noun among ``pieces`` that the parse hangs outside the word: the first such, in order."""
    inside = {p.i for p in pieces}
    return next((p for p in pieces if p.pos_ in NOUN_TAGS and (p.head.i not in inside or p.head == p)), None)


def hyphen_word(token: Token) -> str | None:
    """"sit-in" for the piece heading a hyphenated word split by the tokenizer; None for any other token."""
    pieces = hyphen_pieces(token)
    if not pieces or piece_head(pieces) != token:
        return None
    return "".join(p.text for p in pieces).lower()


def hyphen_heads(sent: Span, lexicon: EventLexicon) -> list[Token]:
    """The heads of the sentence's split hyphenated words that are trigger nouns ("staged a sit-in")."""
    found: list[Token] = []
    for token in sent:
        if token.text in HYPHENS and not token.whitespace_ and token.i > sent.start \
                and not sent.doc[token.i - 1].whitespace_:
            head = piece_head(hyphen_pieces(sent.doc[token.i - 1]))
            word = hyphen_word(head) if head is not None else None
            if head is not None and word is not None and (word, "NOUN") in lexicon.triggers and head not in found:
                found.append(head)
    return found
