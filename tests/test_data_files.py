"""The rule and lexicon YAML files: a key written twice is silently replaced by the YAML loader
(the last one wins), which once dropped half a word list after two branches each added one."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

SRC = Path(__file__).resolve().parent.parent / "src" / "cercle"
DATA_FILES = sorted(SRC.rglob("*.yaml"))


class _UniqueKeyLoader(yaml.SafeLoader):
    pass


def _no_duplicates(loader, node, deep=False):
    seen = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise ValueError(f"key {key!r} written twice (line {key_node.start_mark.line + 1})")
        seen.add(key)
    return loader.construct_mapping(node, deep)


_UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _no_duplicates)


def test_there_are_data_files():
    assert len(DATA_FILES) >= 5


@pytest.mark.parametrize("path", DATA_FILES, ids=[p.name for p in DATA_FILES])
def test_no_key_is_written_twice(path):
    yaml.load(path.read_text("utf-8"), Loader=_UniqueKeyLoader)
