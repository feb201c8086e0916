"""mentions: entities with corrected types, aliases and in-document coreference."""
from .entities import EntityIndex, find_entities

__all__ = ["EntityIndex", "find_entities"]
