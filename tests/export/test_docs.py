"""docs/exports.md stays true to the code: formats, headers and attribute names."""
from __future__ import annotations

from pathlib import Path

from cercle.export import FORMATS
from cercle.export.graph import EDGE_ATTRS, NODE_ATTRS
from cercle.export.neo4j import ADMIN_COMMAND, NODE_COLUMNS, REL_COLUMNS
from cercle.export.tables import COLUMNS

DOC = (Path(__file__).resolve().parents[2] / "docs" / "exports.md").read_text(encoding="utf-8")


def test_every_format_has_a_section():
    headings = [line for line in DOC.splitlines() if line.startswith("## ")]
    for fmt in FORMATS:
        assert any(f"`{fmt}`" in h for h in headings), fmt


def test_headers_are_the_ones_written():
    assert ",".join(NODE_COLUMNS) in DOC
    assert ",".join(REL_COLUMNS) in DOC
    assert ",".join(COLUMNS) in DOC
    assert ADMIN_COMMAND.replace("neo4j-admin", "bin/neo4j-admin") in DOC


def test_graph_attributes_are_documented():
    for name, _ in NODE_ATTRS + EDGE_ATTRS:
        assert f"`{name}`" in DOC, name
