"""Dependency-label sets, defined once for every layer.

Labels are those the models write: Universal Dependencies in French (``nsubj:pass``, ``obl:arg``, ``expl:subj``)
and spaCy's English scheme (``nsubjpass``, ``dobj``, ``pobj``, ``dative``). Each set is named for the role it
finds. Sets that look alike but differ are kept apart, each named for what it is: merging them would change
records (``ATTRIBUTION_SUBJECT`` and ``NOMINAL_SUBJECT`` were both ``SUBJECT_DEPS`` in the quote modules).
"""

from __future__ import annotations

# Subjects
SUBJECT = frozenset({"nsubj", "csubj"})  # active subjects, nominal or clausal
PASSIVE_SUBJECT = frozenset({"nsubj:pass", "nsubjpass", "csubjpass"})
NOMINAL_SUBJECT = frozenset({"nsubj", "nsubj:pass", "nsubjpass"})  # a noun phrase as subject, active or passive
ATTRIBUTION_SUBJECT = frozenset({"nsubj", "expl:subj"})  # who speaks, as subject of an attribution's verb
INVERTED_SPEAKER = frozenset({"obj", "dobj", "nsubj:pass", "nsubjpass", "appos"})  # "…, said X" as parsed

# Objects and prepositional attachments
OBJECT = frozenset({"obj", "dobj", "iobj", "obl:arg", "dative"})  # direct, indirect and argument objects
DIRECT_OBJECT = frozenset({"obj", "dobj", "iobj"})
PREP_OBJECT = frozenset({"pobj", "obj", "nmod"})  # the noun a preposition introduces
AGENT = frozenset({"obl:agent", "agent"})
PREP_ATTACHED = frozenset({"obl", "obl:arg", "obl:mod", "nmod", "obl:agent", "dep"})
POSSESSOR = frozenset({"poss", "nmod:poss"})
CONJ = "conj"

# Clauses
CLAUSAL = frozenset({"ccomp", "xcomp", "advcl", "acl", "acl:relcl", "relcl", "parataxis", "conj"})
RELATIVE_CLAUSE = frozenset({"relcl", "acl:relcl"})
CLAUSE_ON_NOUN = frozenset({"acl", "acl:relcl", "relcl"})  # a clause modifying a noun ("the man arrested…")
CLAUSE_COMPLEMENT = frozenset({"ccomp"})
VERB_COMPLEMENT = frozenset({"xcomp", "ccomp"})  # "ordered the firms to …", "said that …"
CLAUSE_UNDER_VERB = frozenset({"xcomp", "advcl", "conj", "ccomp"})  # a clause whose head verb may carry its actor
STANDALONE_CLAUSE = frozenset({"ROOT", "parataxis"})  # a clause of its own ("…, the minister said")
INHERITING_CLAUSE = frozenset({"conj", "xcomp", "advcl", "acl", "dep"})  # clauses that share their head's subject
PREPOSITIONAL_CLAUSE = frozenset({"pcomp"})
NOUN_PHRASE_END = frozenset({"relcl", "acl:relcl", "acl", "advcl", "ccomp", "parataxis"})  # where a speaker's NP ends
CLAUSE_MODIFIER = frozenset({"relcl", "acl:relcl", "advcl", "ccomp", "parataxis"})
LEADING_FUNCTION = frozenset({"case", "mark", "prep", "fixed"})  # function words that open a phrase

# Modifiers
NAME_LINK = frozenset({"flat", "flat:name", "compound"})  # the parts of one name
NOUN_MODIFIER = frozenset({"compound", "amod", "poss", "nmod:poss"})
ADJECTIVAL_MODIFIER = frozenset({"compound", "amod"})
ADJECTIVE = "amod"
ISSUING_MODIFIER = frozenset({"compound", "amod", "nmod"})  # "a US deadline", "l'ultimatum américain"
PARTICIPLE_ON_NOUN = frozenset({"acl", "amod"})  # "la date prévue", "the talks planned": a participle as adjective

# Modality
MODALITY_GOVERNOR = frozenset({"xcomp", "ccomp", "conj", "advcl", "acl", "obj", "dobj", "pobj", "nsubj", "obl", "nmod"})
MODALITY_CUE = frozenset({"neg", "advmod", "aux", "aux:tense", "mark", "case", "det"})
AUXILIARY = frozenset({"aux", "aux:tense", "aux:pass", "auxpass"})
PASSIVE_AUXILIARY = frozenset({"aux:pass", "auxpass"})
COPULA = "cop"
