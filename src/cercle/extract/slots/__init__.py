"""Slot readers: where a trigger's parties sit (see core.py)."""
from .core import slots

__all__ = ["slots"]
