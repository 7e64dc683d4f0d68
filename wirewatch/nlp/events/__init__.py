"""The event layer: PLOVER-coded events from the dependency parse and per-language lexicons.

Importing :mod:`wirewatch.nlp.events.component` registers the ``ww_events`` factory.
"""
