"""Attribution incises read on the surface: "<content>, estime X", "« … », juge le ministre".

A postposed speech verb in the present ("estime", "juge", "note", "rappelle") is often tagged as a noun or given a
wrong lemma by the parser, so no cue is found on the parse. Here a form of ``quote_incise_forms.tsv`` is a cue
when it stands right after a comma or a closing quotation mark, is followed by a nominal subject (a determiner or
a proper noun: "estime le ministre", "juge Paul Renard"; not "estime de soi", "note du ministère") running to the
next punctuation, and reports what stands before it in its segment.

The same present forms open a report before their complement ("La Commission juge que …", "Macron note que …",
headlines without a final stop too): a form the parse did not read as a verb, right before its complementizer,
after a nominal subject that opens the segment (or follows an opening adjunct's comma: "Dans un communiqué, le
ministère rappelle que …"), reports the rest of its segment.
"""

from __future__ import annotations

from collections.abc import Callable, Container

from spacy.tokens import Span, Token

from wirewatch.nlp.quotes.inversion import EUPHONIC
from wirewatch.nlp.quotes.subjects import CLOSING_MARKS

SUBJECT_OPENERS = ("DET", "PROPN")
SUBJECT_WORDS = ("DET", "PROPN", "NOUN", "ADJ", "ADP", "NUM")  # "le chef de la diplomatie belge"

Content = Callable[[int, int], "tuple[int, int] | None"]


def incise_subject(verb: Token, seg: Span, pronouns: Container[str] = ()) -> Span | None:
    """The subject words after an incise verb, up to the next punctuation that ends them, if it is one; or its
    inverted pronoun ("« … », nuance-t-elle": a form of ``pronouns`` written with its hyphen)."""
    doc = verb.doc
    seg = _across_sentence_cut(verb, seg)
    if verb.i <= seg.start or verb.i + 1 >= seg.end:
        return None
    before = doc[verb.i - 1].text
    if before != "," and before not in CLOSING_MARKS:
        return None
    first = doc[verb.i + 1]
    k = verb.i + 2 if first.text.lower() == EUPHONIC and verb.i + 2 < seg.end else verb.i + 1
    if doc[k].text.startswith("-") and doc[k].text[1:].lower() in pronouns:
        return doc[k: k + 1]
    if first.pos_ not in SUBJECT_OPENERS and not (first.text[:1].isupper() and first.is_alpha):
        return None
    end = verb.i + 1
    while end < seg.end and not doc[end].is_punct and not doc[end].is_space:
        if doc[end].pos_ not in SUBJECT_WORDS and not doc[end].text[:1].isupper():
            return None  # "…, note que …", "…, juge bon de …": a clause, not a subject
        end += 1
    if end == verb.i + 1 or (end < seg.end and doc[end].text not in (",", ".", "!", "?", ";", "(")):
        return None
    words = doc[verb.i + 1: end]
    if not any(t.pos_ in ("PROPN", "NOUN") or t.text[:1].isupper() for t in words):
        return None
    return words


def _across_sentence_cut(verb: Token, seg: Span) -> Span:
    """The segment, and the parser's next sentence when it cut the sentence right after the incise verb on the same
    line ("« … », analyse | Thierry Breton."): the subject after the verb is still the incise's."""
    doc = verb.doc
    if verb.i + 1 != seg.end or seg.end >= len(doc) or doc[seg.end].is_space or doc[seg.end].is_punct:
        return seg
    return doc[seg.start: doc[seg.end].sent.end]


def surface_incises(forms: dict[str, str], seg: Span, taken: set[int], quoted: Callable[[int], bool],
                    content: Content, pronouns: Container[str] = ()
                    ) -> list[tuple[Token, Span, Token, tuple[int, int] | None]]:
    """(verb, subject words, their head, content) of each incise of ``seg`` that no parse cue holds (``taken``: token
    indices of cues already found); ``content(first, last)`` reads reported speech over token indices;
    ``pronouns``: the subject pronouns that may follow the verb inverted ("nuance-t-elle")."""
    out = []
    for tok in seg:
        if tok.i in taken or tok.lower_ not in forms or quoted(tok.idx):
            continue
        words = incise_subject(tok, seg, pronouns)
        if words is None:
            continue
        said = content(seg.start, tok.i - 2) if doc_char(tok, -1) == "," else None
        subject = next((t for t in words if t.pos_ in ("PROPN", "NOUN")), words[0])  # (or the pronoun)
        out.append((tok, words, subject, said))
    return out


def preposed_subject(verb: Token, seg: Span) -> Span | None:
    """The nominal subject before a present form read on the surface: from the last punctuation or line break
    before the verb up to it ("La Commission européenne", "Dans un communiqué, le ministère"), if it is one; the
    parse may have cut a headline's sentence between the name and the verb ("Scholz | juge que …")."""
    doc = verb.doc
    start = verb.i
    while start > 0 and not doc[start - 1].is_punct and not doc[start - 1].is_space:
        start -= 1
    if start > 0 and doc[start - 1].text not in (",", ".", "!", "?", ":", ";") and not doc[start - 1].is_space:
        return None
    words = doc[start: verb.i]
    if not len(words) or (words[0].pos_ not in SUBJECT_OPENERS and not words[0].text[:1].isupper()):
        return None
    if words[-1].pos_ in ("DET", "ADP"):
        return None  # "Le juge que nous avons rencontré", "une note que …": the form is the noun a relative follows
    if any(t.pos_ not in SUBJECT_WORDS and not t.text[:1].isupper() for t in words):
        return None  # "Il est clair, juge que …" and the like: no nominal subject
    return words if any(t.pos_ in ("PROPN", "NOUN") or t.text[:1].isupper() for t in words) else None


def preposed_surface_cues(forms: dict[str, str], seg: Span, taken: set[int], quoted: Callable[[int], bool],
                          content: Content, complementizers: Container[str]
                          ) -> list[tuple[Token, Span, Token, tuple[int, int]]]:
    """(verb, subject words, their head, content) of each "X juge que …" the parse read without a verb (see the
    module docstring); ``taken``: token indices of cues already found."""
    out = []
    for tok in seg:
        if tok.i in taken or tok.pos_ in ("VERB", "AUX") or tok.lower_ not in forms or quoted(tok.idx) \
                or tok.i + 2 >= seg.end or tok.doc[tok.i + 1].lower_ not in complementizers:
            continue
        words = preposed_subject(tok, seg)
        said = content(tok.i + 2, seg.end - 1) if words is not None else None
        if words is None or said is None:
            continue
        subject = next((t for t in words if t.pos_ in ("PROPN", "NOUN")), words[-1])
        out.append((tok, words, subject, said))
    return out


def doc_char(tok: Token, offset: int) -> str:
    """The text of the token ``offset`` tokens away (empty outside the document)."""
    i = tok.i + offset
    return tok.doc[i].text if 0 <= i < len(tok.doc) else ""


def after_quotation(verb: Token) -> bool:
    """The incise verb follows a closing quotation mark (and its comma): "« … », assure X"."""
    before = doc_char(verb, -1)
    return before in CLOSING_MARKS or (before == "," and doc_char(verb, -2) in CLOSING_MARKS)
