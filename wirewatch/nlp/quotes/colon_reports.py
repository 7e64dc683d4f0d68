"""Two ways a speech verb reports words outside a complement clause and outside quotation marks, and one way a
colon keeps the narrator's words out of what was said.

- A colon after the verb (and its object) opens the words said: "Le maire a déclaré : la situation est grave",
  "Le ministre a expliqué le problème : les entreprises n'investissent plus", "The mayor warned: the dam may fail".
  Only the verb's own words stand between it and the colon (no other verb), and a clause follows, not a quotation
  (that one is the words said, and the narration after it is not).
- A reflexive speech verb with an attribute says something of its speaker: « Le chancelier s'est dit prêt à
  coopérer », « La ministre s'est déclarée favorable à une hausse »: the attribute and what hangs on it.
- A colon before a quotation that an incise closes introduces the quotation: "The reason is no secret: \"I love
  this plan,\" he said", « Le constat est sans appel : « Nous avons perdu », a reconnu X ». What stands before the
  colon is the narrator's; what was said is the quotation alone (``after_introducing_colon``).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

REFLEXIVES = ("se", "s'", "s’")  # the French reflexive clitic (English has no such construction)
COMPLEMENTIZERS = ("que", "qu'", "qu’")
COLON_REACH = 8  # words at most between the verb and its colon ("a expliqué à la presse le problème :")


def colon_content(verb: Token, seg: Span) -> tuple[int, int] | None:
    """The first and last token after the colon that follows the verb, if only the verb's words stand between."""
    doc = verb.doc
    for tok in doc[verb.i + 1: min(seg.end, verb.i + 2 + COLON_REACH)]:
        if tok.text == ":":
            if tok.i + 1 >= seg.end - 1 or doc[tok.i + 1].is_punct:
                return None  # « X a déclaré : « … » concernant … »: the quotation is what was said
            return tok.i + 1, seg.end - 1
        if tok.pos_ in ("VERB", "AUX") or (tok.is_punct and tok.text != ","):
            return None  # another clause, or a quotation, first
    return None


def reflexive_attribute(verb: Token, seg: Span) -> tuple[int, int] | None:
    """The first and last token of the attribute of « se dire », « se déclarer » (an adjective or participle right
    after the verb, adverbs aside), with what the parse hung on it or on the verb after it."""
    doc = verb.doc
    if not any(c.lower_ in REFLEXIVES and c.i < verb.i for c in verb.children):
        return None
    k = verb.i + 1
    while k < seg.end and doc[k].pos_ == "ADV":
        k += 1
    if k >= seg.end or not (doc[k].pos_ == "ADJ" or (doc[k].pos_ == "VERB" and "Part" in doc[k].morph.get(
            "VerbForm", []))):
        return None
    attribute, last = doc[k], doc[k].right_edge.i
    for c in verb.children:  # ("prêt à coopérer" hung on the verb after the adjective)
        if c.i > last and not c.is_punct and c.dep_ not in ("cc", "conj", "advcl") and c.i < seg.end:
            last = max(last, c.right_edge.i)
    if any(t.lower_ in COMPLEMENTIZERS for t in doc[attribute.i: last + 1]):
        return None  # « se dit convaincu que … »: the clause is what was said (attitudes.py)
    return max(attribute.left_edge.i, verb.i + 1), min(last, seg.end - 1)  # ("très inquiet")


def after_introducing_colon(doc: Doc, first: int, last: int, quoted: Callable[[int], bool]) -> int:
    """The first token of what was said in ``doc[first: last + 1]``, the words before an incise: the token after the
    last colon whose words after it are all quoted (see the module docstring), else ``first``."""
    for tok in reversed(doc[first: last + 1]):
        if tok.text == ":" and not quoted(tok.idx):
            after = [t for t in doc[tok.i + 1: last + 1] if not t.is_punct]
            return tok.i + 1 if after and all(quoted(t.idx) for t in after) else first
    return first
