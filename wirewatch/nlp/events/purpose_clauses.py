"""The doer of a purpose infinitive: "thousands marched to demand reforms", "ont manifesté pour exiger des
réformes", "converged on the square for a rally to protest the law". The infinitive has no subject of its own;
its doer is the subject of the clause it says the purpose of, directly (an adverbial clause) or through the
noun it qualifies ("a rally to protest", when the rally is not itself the subject).
"""

from __future__ import annotations

from spacy.tokens import Token

from wirewatch.nlp.syntax import PASSIVE_SUBJECT, SUBJECT

NOUN_CLAUSES = frozenset({"acl", "relcl", "acl:relcl"})
REACH = 3  # heads climbed from the qualified noun to the verb of its clause


def purpose_controller(verb: Token) -> Token | None:
    """The subject of the clause whose purpose the infinitive ``verb`` states, or None."""
    if "Inf" not in verb.morph.get("VerbForm", []) or any(c.dep_ in SUBJECT | PASSIVE_SUBJECT for c in verb.children):
        return None
    if verb.dep_ == "advcl":
        governor = verb.head
    elif verb.dep_ in NOUN_CLAUSES and verb.head.pos_ == "NOUN" and verb.head.dep_ not in SUBJECT | PASSIVE_SUBJECT:
        governor = verb.head
        for _ in range(REACH):
            if governor.pos_ in ("VERB", "AUX") or governor.head == governor:
                break
            governor = governor.head
    else:
        return None
    if governor.pos_ not in ("VERB", "AUX"):
        return None
    return next((c for c in governor.children if c.dep_ in SUBJECT), None)
