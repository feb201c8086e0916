"""query: questions asked of the whole map (library API used by the CLI and the web app).

Every function takes a ``Store`` and returns plain JSON-able dicts and lists;
unknown names raise ``cercle.errors.NotFound`` with close names in the message.
"""
from .analytics import communities, interlocks, top
from .cards import entity_ties, ties, timeline, who
from .graph import neighbourhood, path
from .lookup import resolve_name, search

__all__ = ["communities", "entity_ties", "interlocks", "neighbourhood", "path", "resolve_name", "search",
           "ties", "timeline", "top", "who"]
