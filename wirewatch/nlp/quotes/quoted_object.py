"""What a speech verb said through an object holding quoted words: "a dénoncé un « crime » et un « massacre »",
"denounced a \"farce\" and a \"fraud\"", "urged to \"stay home\"".

A speech verb that reports no clause and no object of its own (speech_verbs.tsv) still reports its object when the
object frames quotation marks: the object, with what the verb governs after it that completes it (the
``object_complement`` labels of quote_dependencies.tsv: "called it <"a farce">", "urged X <to "…">"; the
``object_predicate`` preposition of quote_function_words.tsv: "denounced X <as "…">"), is the
reported content of the verb's speaker, and the quoted words stay direct quotes of their own. Only an object whose
own words are function words frames the quotation (``FRAME_CLASSES``): one with a word of the narrator's ("declared
a \"state of emergency\" in the country", "called the day \"…\"") tells of an act or a thing, and one without quoted
words ("a dénoncé l'attaque") of speech whose content is not given: neither reports anything.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from wirewatch.nlp.quotes.lexicon import QuoteGrammar
from wirewatch.nlp.quotes.subjects import finite, within

# the only words of its own a framing object may have besides the quoted ones (universal POS tags: "un « crime »
# et un « massacre »", "to « stay home »")
FRAME_CLASSES = frozenset({"DET", "ADP", "CCONJ", "PART", "SCONJ", "PUNCT"})


def quoted_object(g: QuoteGrammar, verb: Token, seg: Span, quoted: Callable[[int], bool],
                  accept: Callable[[int, int], tuple[int, int] | None]) -> tuple[int, int] | None:
    """The char span of the object (and its complement) of ``verb`` when it holds quoted words, through
    ``accept(first, last)`` (the cue finder's test of content: long enough, words of its own outside the marks)."""
    if not finite(verb):
        return None
    obj = next((c for c in verb.children if c.dep_ in g.object and c.i > verb.i and within(c, seg)), None)
    if obj is None:
        return None
    first, last = obj.left_edge.i, min(obj.right_edge.i, seg.end - 1)
    for c in sorted(verb.children, key=lambda c: c.i):
        if c.i > last and (c.dep_ in g.object_complement or c.lower_ in g.object_predicate) and within(c, seg):
            last = min(c.right_edge.i, seg.end - 1)
    words = [t for t in verb.doc[first: last + 1] if not t.is_punct]
    if not any(quoted(t.idx) for t in words) or any(
            not quoted(t.idx) and t.pos_ not in FRAME_CLASSES for t in words):
        return None  # "declared a « state of emergency » in the country": an act on a thing, not words framed
    return accept(first, last)
