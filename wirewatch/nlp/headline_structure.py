"""The structure of a headline, a caption or a bullet, read once for every layer (owned by ``ww_headlines``).

A headline states its story with fewer words than running text, and every layer that reads one needs the same
few facts about it:

- whether its line is punctuated: a headline is printed without a final full stop ("Scholz says Germany open to
  talks", ``unpunctuated``; the one definition, which the events layer's evidence lines use too);
- the colon that joins the story's name to what follows ("Raid in Gaza: five arrested", « Manifestation à Paris :
  dix interpellés »): a colon that is not the sentence's first word (``story_colon``), the noun before it that
  names the story (``story_noun``: "Raid", « Manifestation »), and a count of people right after it, which opens
  no sentence of its own (``counted_after_colon``: "five arrested" is the raid's toll, read in its sentence);
- the subject of a past participle told right after that colon (``subject_after_colon``: "five" of "five
  arrested"), the counted people an elliptic passive makes the undergoers (``events/headline_tolls``);
- the doer of a headline clause the tagger read as one noun phrase, its present verb taken for a plural noun
  ("Three killed as *fire* guts market", ``clause_read_as_noun_phrase``).

The parser's reading of a headline whose present verb it took for a noun is mended by ``ww_headlines`` itself
(``headlines.py``); the layers ask these questions of the mended parse and add their own words (casualty verbs,
hazards) to the answer.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

SENTENCE_END = frozenset('.!?"”»…)\'’')  # the marks a line of running text ends with: a full stop, or a quote's
# or a bracket's closing mark after the sentence it closes


def unpunctuated_text(text: str) -> bool:
    """Text (a line, a segment) that does not end as a sentence does: a headline, a caption, a bullet; spaces
    and line breaks after it aside."""
    stripped = text.rstrip()
    return not stripped or stripped[-1] not in SENTENCE_END


def unpunctuated(line: Span) -> bool:
    """A line (or segment) that does not end as a sentence does (``unpunctuated_text``)."""
    return unpunctuated_text(line.text)


def story_colon(word: Token) -> Token | None:
    """The first colon of ``word``'s sentence before ``word``, unless it is the sentence's first word: the colon
    that joins a headline's story to what is told of it ("Fire in Lyon: two people killed")."""
    sent = word.sent
    colon = next((t for t in sent if t.text == ":" and t.i < word.i), None)
    return None if colon is None or colon.i <= sent.start else colon


def story_noun(word: Token) -> Token | None:
    """The noun a headline names its story by, before the colon that joins it to what follows ("*Fire* in Lyon:
    two people killed", « *Incendie* à Lyon : deux morts »), when ``word`` is told after that colon; else ``None``."""
    colon = story_colon(word)
    if colon is None:
        return None
    sent = word.sent
    before = range(sent.start, colon.i)
    heads = [t for t in sent.doc[sent.start:colon.i] if t.head.i not in before or t.head == t]
    return next((t for t in heads if t.pos_ in ("NOUN", "PROPN")), None)


def opens_after_colon(phrase: Token) -> bool:
    """Whether the phrase ``phrase`` heads starts right after a colon that is not its sentence's first word
    ("Police in Denver: *three people* arrested"), a non-breaking space between them or not."""
    doc, colon = phrase.doc, phrase.left_edge.i - 1
    while colon > phrase.sent.start and doc[colon].is_space:
        colon -= 1
    return colon > phrase.sent.start and doc[colon].text == ":"


def counted_after_colon(colon: Token) -> bool:
    """A count of people right after a colon that is not the line's first word ("…: two police officers
    wounded"); not a time or a score ("15:30", "2-1"), which the tokenizer keeps in one token."""
    count, counted = colon.nbor(1), colon.nbor(2) if colon.i + 2 < len(colon.doc) else None
    return count.like_num and counted is not None and counted.is_alpha and "\n" not in colon.whitespace_ \
        and "\n" not in colon.doc[colon.i - 1].whitespace_


def clause_read_as_noun_phrase(head: Token) -> Token | None:
    """"Three killed as fire guts market": the tagger read the headline clause after the cause word as one noun
    phrase headed by ``head``, its present verb ("guts", "lashes") a plural noun between its subject and its
    object; the phrase's first noun, the clause's doer ("fire"), or ``None`` for a phrase of another shape."""
    first = head.doc[head.left_edge.i]
    verb = first.head
    if first.dep_ != "compound" or verb == head or verb.dep_ != "compound" or verb.tag_ != "NNS":
        return None
    return first
