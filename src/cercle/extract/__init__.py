"""extract: typed ties with attributes and evidence, from rules kept as data."""
from .relations import extract_relations

__all__ = ["extract_relations"]
