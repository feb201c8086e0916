"""store: the SQLite map (articles, entities, ties, evidence), written one article per transaction."""
from .db import Store

__all__ = ["Store"]
