"""One router per resource: articles, events, entities, quotes, places, search, exports."""
