"""The event layer: PLOVER-coded events from the dependency parse and per-language lexicons.

Triggers (:mod:`~.detect`), their roles (:mod:`~.arguments`, actors named by :mod:`~.actor_resolver`), tolls
(:mod:`~.casualties`), modality, dates and places (:mod:`~.modality`, :mod:`~.context`), acts named but not done
(:mod:`~.unrealised`), implied and merged events (:mod:`~.implied`, :mod:`~.merge`, :mod:`~.listing`), per-language
words (:mod:`~.lexicon`); the ``ww_events`` component in :mod:`~.component` (importing it registers the factory).
"""

from wirewatch.nlp.events.component import EventComponent, make_event_component

__all__ = ["EventComponent", "make_event_component"]
