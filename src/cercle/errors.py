"""Errors raised by cercle.

CercleError
 ├── InvalidModel        relations.yaml (the ontology) is malformed
 ├── ReadError           an input cannot be read as an article (empty, binary, bad JSON…)
 ├── StoreError          the SQLite store cannot be opened or written (wraps sqlite3.Error)
 ├── NotFound            a name or id asked for is not in the store
 └── ModelNotInstalled   the spaCy French model is missing

The CLI turns these into click exceptions with a hint; the library raises them
as they are. Third-party errors are wrapped ``from exc`` at the boundary.
"""


class CercleError(Exception):
    """Base class of every error cercle raises on purpose."""


class InvalidModel(CercleError):
    """The ontology data file is malformed."""


class ReadError(CercleError):
    """An input file cannot be turned into an article; ``reason`` is a short code."""

    def __init__(self, message: str, reason: str = "unreadable"):
        super().__init__(message)
        self.reason = reason


class StoreError(CercleError):
    """The SQLite store failed."""


class NotFound(CercleError):
    """The entity or tie asked for is not in the store."""


class ModelNotInstalled(CercleError):
    """The spaCy French model is not installed."""
