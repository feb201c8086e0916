"""Loading cercle's YAML data files (rules, lexicons, schema).

libyaml's parser (``yaml.CSafeLoader``) reads them ~5x faster than PyYAML's
pure-Python one, with the same safe constructors, so the same data; the files
are parsed once per process, inside the first article's extraction time.
"""
from __future__ import annotations

import yaml

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)   # PyYAML built without libyaml: same result


def load_yaml(text):
    """``yaml.safe_load``, with the C parser when available."""
    return yaml.load(text, Loader=_LOADER)


def inverted(lists: dict) -> dict:
    """A data file's key → word list mapping turned round: each word → the frozenset of the keys that list it
    ("office families", "trades": a noun may belong to several)."""
    out: dict = {}
    for key, ws in lists.items():
        for w in ws:
            out.setdefault(w, set()).add(key)
    return {w: frozenset(keys) for w, keys in out.items()}


def lower_word_sets(path) -> dict:
    """A data file of word lists (key → list of words), each list as a frozenset of lower-case words."""
    from pathlib import Path
    raw = load_yaml(Path(path).read_text(encoding="utf-8"))
    return {k: frozenset(str(x).lower() for x in v) for k, v in raw.items()}
