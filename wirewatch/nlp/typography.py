"""Typographic variants the model reads wrong: news writes curly apostrophes ("aren’t", "l’armée", "jusqu’à")
and typographic ellipses, the models were trained mostly on straight forms ("aren't", "l'armée", "..."), and a
token it has not seen is read by its spelling alone ("n’t" tagged a number, so "allies aren’t here" loses its
negation and its parse). The text must keep its characters (records point into it by offsets), so what changes
is what the model reads: the vocabulary entry of each typographic form gets the lexical features of its plain
form (norm, prefix, suffix and shape, which the tok2vec layer embeds, and the static vector), and, where both
forms have the same length, its lower-case form, which the lemmatiser and our lexicons look words up by
("n’t" a negation like "n't"). Done once at load; the pairs are data (``lexicons/<lang>/typographic_variants.tsv``).
The lemmatisers read a token's text, so ``ww_typography_lemmas`` (after the lemmatiser) gives a typographic form
the lemma of its plain form with the same part of speech ("c’est": "c’" → "ce", as "c'")."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from wirewatch.lexicons import has, read_tsv

VARIANTS_FILE = "typographic_variants.tsv"


def case_forms(typographic: str, plain: str) -> list[tuple[str, str]]:
    """The pair as listed, capitalised ("L’" / "L'") and in capitals ("N’T" / "N'T")."""
    pairs = [(typographic, plain)]
    for change in (lambda word: word[:1].upper() + word[1:], str.upper):
        pair = (change(typographic), change(plain))
        if pair not in pairs:
            pairs.append(pair)
    return pairs


def plain_forms(lang: str) -> dict[str, str]:
    """Each typographic form (in each case) and its plain form."""
    if not has(lang, VARIANTS_FILE):
        return {}
    return {typographic: plain for row in read_tsv(lang, VARIANTS_FILE)
            for typographic, plain in case_forms(row["typographic"], row["plain"])}


def read_like_plain_forms(nlp: Language, lang: str) -> None:
    """Give each listed typographic form of ``nlp``'s vocabulary the lexical features of its plain form."""
    vocab = nlp.vocab
    vectors = vocab.vectors
    for typographic, plain in plain_forms(lang).items():
        source, target = vocab[plain], vocab[typographic]
        target.norm_ = source.norm_
        target.prefix_ = source.prefix_
        target.suffix_ = source.suffix_
        target.shape_ = source.shape_
        if len(plain) == len(typographic):  # lexicons and lemmatisers look words up by their lower-case form
            target.lower_ = source.lower_
        plain_key = vocab.strings[plain]
        if vectors.mode == "default" and plain_key in vectors.key2row:
            vectors.add(vocab.strings.add(typographic), row=vectors.key2row[plain_key])


class PlainFormLemmas:
    """Sets the lemma of a typographic form to the one the attribute ruler and lemmatiser give its plain form
    with the same tag, part of speech, morphology and norm."""

    def __init__(self, nlp: Language, lang: str) -> None:
        self.plain = plain_forms(lang)
        self.steps = [pipe for name, pipe in nlp.pipeline if name in ("attribute_ruler", "lemmatizer")]
        self.lemmas: dict[tuple[str, str, int, str, str], str] = {}

    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
            plain = self.plain.get(token.text)
            if plain is None:
                continue
            key = (plain, token.tag_, token.pos, str(token.morph), token.norm_)
            if key not in self.lemmas:
                self.lemmas[key] = self.plain_lemma(Doc(doc.vocab, words=[plain]), token)
            token.lemma_ = self.lemmas[key]
        return doc

    def plain_lemma(self, alone: Doc, token: Token) -> str:
        """The lemma of the one word of ``alone``, read as ``token`` was."""
        word = alone[0]
        word.tag_, word.pos, word.morph, word.norm_ = token.tag_, token.pos, token.morph, token.norm_
        for step in self.steps:
            alone = step(alone)
        return alone[0].lemma_


@Language.factory("ww_typography_lemmas")
def make_plain_form_lemmas(nlp: Language, name: str) -> PlainFormLemmas:
    return PlainFormLemmas(nlp, nlp.lang or "")
