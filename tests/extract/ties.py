"""Helpers shared by the per-session test modules (not a test module itself)."""
from __future__ import annotations


def ties_of_type(analyse_text, text: str, t: str) -> list:
    """The ties of type ``t`` the whole per-article flow draws from ``text``."""
    return [r for r in analyse_text(text).relations if r.type == t]
