"""Odd spaces read as plain ones: news copy puts non-breaking and narrow spaces where a plain space would do
(French before ": ; ? ! »" and after "«": "a déclaré\u202f: «\u00a0Nous …\u00a0»"; English web copy between
words: "Biden\u00a0said"), thin spaces ("10\u2009000"), tabs and runs of spaces. spaCy splits words on the plain
space only and keeps any other horizontal whitespace as a token of its own ("\u00a0", "  "), which the tagger,
parser and recogniser then read as a word between the two around it: the same sentence with plain spaces gets
other tags, arcs, sentence splits and entities, and loses its quotes and events.

The text must keep its characters (records point into it by offsets), so what changes is what the model reads:
``ww_plain_spaces``, the pipeline's first component, gives the model's components (and ours that run among
them, ``ww_linebreaks`` and ``ww_headlines``) a Doc of the same words without those whitespace tokens, each word
followed by a plain space where any whitespace followed it — the Doc the sentence with plain spaces gets from the
tokenizer. ``ww_spaces_restored``, after the model's last component, puts that reading back on the Doc as
written: each word its tags, lemma, arc and entity; each whitespace token the reading the parser gives one (a
space attached to the word before it, inside an entity that runs across it). A line break is no odd space: it
opens a line (a headline, a paragraph), and its token is kept as the model sees it. A Doc with no odd
whitespace token is read as it is (no copy)."""

from __future__ import annotations

import numpy as np
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, SENT_START, TAG
from spacy.language import Language
from spacy.parts_of_speech import SPACE
from spacy.tokens import Doc, Span, Token

WRITTEN_KEY = "ww_written_doc"  # in the plain Doc's user_data: the Doc as written, and the index of each word
SPACE_DEP = "dep"


def is_odd_space(token: Token) -> bool:
    """A token of horizontal whitespace alone ("\u00a0", "\u202f", "\t", "  "), no line break in it."""
    return token.is_space and "\n" not in token.text and "\r" not in token.text


def plain_doc(doc: Doc) -> tuple[Doc, list[int]] | None:
    """The Doc of ``doc``'s words with every odd whitespace token read as a plain space, and the index in ``doc``
    of each of its tokens; None when ``doc`` has no odd whitespace token (or nothing else)."""
    kept = [t.i for t in doc if not is_odd_space(t)]
    if len(kept) == len(doc) or not kept:
        return None
    spaces = [bool(doc[i].whitespace_) or (i + 1 < len(doc) and is_odd_space(doc[i + 1])) for i in kept]
    plain = Doc(doc.vocab, words=[doc[i].text for i in kept], spaces=spaces)
    if doc.has_annotation("SENT_START"):  # boundaries set before the pipeline (a line, a caller's split)
        for token, i in zip(plain, kept, strict=True):
            if doc[i].is_sent_start is not None:
                token.is_sent_start = doc[i].is_sent_start
    return plain, kept


@Language.component("ww_plain_spaces")
def read_spaces_as_plain(doc: Doc) -> Doc:
    """The Doc the model's components read: ``doc`` itself, or its words with plain spaces (see the module)."""
    found = plain_doc(doc)
    if found is None:
        return doc
    plain, kept = found
    plain.user_data[WRITTEN_KEY] = (doc, kept)
    return plain


class SpacesRestored:
    """Puts the reading of the plain Doc back on the Doc as written (see the module's docstring)."""

    def __init__(self, nlp: Language) -> None:
        self.space_tag = "_SP" if "_SP" in labels(nlp, "tagger") else "SPACE"

    def __call__(self, plain: Doc) -> Doc:
        written = plain.user_data.pop(WRITTEN_KEY, None)
        if written is None:
            return plain
        doc, kept = written
        self.restore(plain, doc, kept)
        return doc

    def restore(self, plain: Doc, doc: Doc, kept: list[int]) -> None:
        """Each word of ``doc`` takes the annotation of its token in ``plain``, each odd whitespace token the one a
        whitespace token gets; only what the model's components annotated is written (no parser: no arcs, the
        sentence starts a sentence recogniser set, if any)."""
        index = np.asarray(kept, dtype=np.int64)
        spaces = np.setdiff1d(np.arange(len(doc)), index)
        strings = doc.vocab.strings
        space_values = {TAG: strings.add(self.space_tag), POS: SPACE, MORPH: 0}
        attrs = [attr for attr, name in ((TAG, "TAG"), (POS, "POS"), (MORPH, "MORPH"), (LEMMA, "LEMMA"))
                 if plain.has_annotation(name)]
        parsed = plain.has_annotation("DEP")
        sentences = not parsed and plain.has_annotation("SENT_START")
        attrs += [DEP, HEAD] if parsed else [SENT_START] if sentences else []
        rows = np.zeros((len(doc), len(attrs)), dtype=np.uint64)
        rows[index] = plain.to_array(attrs)
        for column, attr in enumerate(attrs):
            if attr in space_values:
                rows[spaces, column] = space_values[attr]
            elif attr == LEMMA:
                rows[spaces, column] = [strings.add(doc[int(i)].text) for i in spaces]
        if parsed:
            head_column = attrs.index(HEAD)
            rows[spaces, attrs.index(DEP)] = strings.add(SPACE_DEP)
            heads = np.zeros(len(doc), dtype=np.int64)  # relative, as to_array gives them (wrapped in uint64)
            heads[index] = index[np.arange(len(kept)) + rows[index, head_column].astype(np.int64)] - index
            # a whitespace token hangs on the word before it (the first word when it opens the text)
            heads[spaces] = np.where(spaces > 0, spaces - 1, kept[0]) - spaces
            rows[:, head_column] = heads.astype(np.uint64)
        elif sentences:
            starts = np.full(len(doc), -1, dtype=np.int64)  # inside a sentence
            starts[index] = rows[index, attrs.index(SENT_START)].astype(np.int64)
            if kept[0] > 0:  # whitespace opening the text opens its first sentence
                starts[0], starts[kept[0]] = starts[kept[0]], -1
            rows[:, attrs.index(SENT_START)] = starts.astype(np.uint64)
        if attrs:
            doc.from_array(attrs, rows)  # type: ignore[arg-type]
        if plain.has_annotation("ENT_IOB"):
            doc.set_ents([Span(doc, kept[e.start], kept[e.end - 1] + 1, label=e.label, kb_id=e.kb_id,
                               span_id=e.id) for e in plain.ents], default="outside")
        if plain.tensor is not None and plain.tensor.size:
            tensor = np.zeros((len(doc), plain.tensor.shape[1]), dtype=plain.tensor.dtype)
            tensor[index] = plain.tensor
            doc.tensor = tensor


def labels(nlp: Language, name: str) -> tuple[str, ...]:
    """The labels of ``nlp``'s component ``name``; none when it has no such component."""
    if name not in nlp.pipe_names:
        return ()
    return tuple(getattr(nlp.get_pipe(name), "labels", ()))


@Language.factory("ww_spaces_restored", assigns=["token.tag", "token.pos", "token.morph", "token.lemma", "token.dep",
                                                 "token.head", "token.is_sent_start", "doc.ents", "doc.tensor"])
def make_spaces_restored(nlp: Language, name: str) -> SpacesRestored:
    return SpacesRestored(nlp)
