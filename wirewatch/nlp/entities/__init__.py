"""The entity layer: candidates from the model's NER repaired with the actor KB (:mod:`~.spans`), grouped into
entities (:mod:`~.clusters`; gendered surnames in :mod:`~.gender`) named by :mod:`~.canonical_names`, types and
bounds repaired by the words around a name (:mod:`~.repairs`), per-language words (:mod:`~.lexicon`); the
``ww_entities`` component in :mod:`~.component` (importing it registers the factory).
"""

from wirewatch.nlp.entities.component import EntityComponent, entity_at, make_entity_component

__all__ = ["EntityComponent", "entity_at", "make_entity_component"]
