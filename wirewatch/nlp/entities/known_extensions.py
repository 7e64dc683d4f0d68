"""Names the model cut short, completed by the KB: "[Haut-Commissariat] aux droits de l'homme" → the whole
name, when the KB knows the longer name as one organisation's. The words added stay on the name's line and in its
sentence, and take in no other name but one that lies wholly inside. A demonym is no name cut short ("French" +
"government" is a description, which the KB's phrase matcher leaves alone too)."""

from __future__ import annotations

from spacy.tokens import Doc

from wirewatch.kb.actor_kb import ActorKB
from wirewatch.nlp.entities.lexicon import EntityLexicon
from wirewatch.nlp.entities.spans import Candidate

_MAX_EXTRA_WORDS = 7


def _reach(doc: Doc, end: int) -> int:
    """The farthest end a name ending at ``end`` may take: same line, same sentence, no punctuation but "'"."""
    last = end
    while last < min(len(doc), end + _MAX_EXTRA_WORDS):
        token = doc[last]
        if (token.is_sent_start or token.is_space or "\n" in doc[last - 1].whitespace_
                or (token.is_punct and token.text not in ("'", "’", "-"))):
            break
        last += 1
    return last


def extend_to_known_names(doc: Doc, cands: list[Candidate], kb: ActorKB, lex: EntityLexicon) -> list[Candidate]:
    """The candidates with every unlinked organisation name the KB knows in a longer form extended to it."""
    out: list[Candidate] = []
    absorbed: set[int] = set()
    for cand in cands:
        if id(cand) in absorbed:
            continue
        if cand.actor is None and cand.type in ("ORG", "LOC") and not lex.is_nationality(cand.span(doc).text):
            for end in range(_reach(doc, cand.end), cand.end, -1):
                inside = [c for c in cands if c is not cand and c.start < end and c.end > cand.end]
                if any(c.end > end or c.start < cand.end for c in inside):
                    continue
                actor = kb.lookup(doc[cand.start:end].text, lex.lang)
                if actor is not None and actor.type == "ORG":
                    cand = Candidate(cand.start, end, actor.type, "kb", actor)
                    absorbed.update(id(c) for c in inside)
                    break
        out.append(cand)
    return [c for c in out if id(c) not in absorbed]
