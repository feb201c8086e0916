"""Neo4j: import headers, ids that join, arrays, and a Cypher script that matches the CSVs."""
from __future__ import annotations

import csv
import re

from cercle.export import export
from cercle.export.neo4j import ADMIN_COMMAND, NODE_COLUMNS, REL_COLUMNS
from cercle.model import load_model

from .fake_store import ENTITIES, POSITIVE_TIES


def read(path):
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    return rows[0], rows[1:]


def test_files_and_headers(store, tmp_path):
    counts = export(store, "neo4j", str(tmp_path / "neo"))
    assert counts["entities"] == len(ENTITIES) and counts["ties"] == len(POSITIVE_TIES)
    assert sorted(p.name for p in (tmp_path / "neo").iterdir()) == [
        "import.cypher", "nodes.csv", "relationships.csv"]
    node_header, nodes = read(tmp_path / "neo" / "nodes.csv")
    rel_header, rels = read(tmp_path / "neo" / "relationships.csv")
    assert node_header == NODE_COLUMNS and node_header[:3] == ["id:ID", "name", ":LABEL"]
    assert rel_header == REL_COLUMNS and rel_header[:3] == [":START_ID", ":END_ID", ":TYPE"]
    assert len(nodes) == len(ENTITIES) and len(rels) == len(POSITIVE_TIES)


def test_ids_are_consistent_and_typed(store, tmp_path):
    export(store, "neo4j", str(tmp_path))
    node_header, nodes = read(tmp_path / "nodes.csv")
    rel_header, rels = read(tmp_path / "relationships.csv")
    ids = [n[0] for n in nodes]
    assert len(set(ids)) == len(ids)
    for rel in rels:
        assert rel[0] in ids and rel[1] in ids      # no dangling relationship: neo4j-admin would stop
        assert rel[2] in load_model().relations
    node = dict(zip(node_header, nodes[0]))
    assert node[":LABEL"] == "Entity;Person"
    assert node["aliases:string[]"] == "Marchand;la présidente du directoire"
    bid = next(dict(zip(rel_header, r)) for r in rels if r[3] == "t-bid")
    assert bid["sources:int"] == "2" and bid["evidence_count:int"] == "2"
    assert bid["symmetric:boolean"] == "false" and bid["flags:string[]"] == "ai_assistant_leftover"
    assert bid["urls:string[]"] == "https://exemple.fr/a1;https://autre.fr/a2"
    owns = next(dict(zip(rel_header, r)) for r in rels if r[3] == "t-owns")
    assert owns["share:float"] == "12.5" and "\n" not in owns["evidence"]


def test_cypher_script_reads_the_same_columns(store, tmp_path):
    export(store, "neo4j", str(tmp_path))
    script = (tmp_path / "import.cypher").read_text(encoding="utf-8")
    assert ADMIN_COMMAND in script
    # every backquoted column the script reads exists in a CSV header
    used = set(re.findall(r"row\.`([^`]+)`", script))
    assert used <= set(NODE_COLUMNS) | set(REL_COLUMNS)
    assert {"id:ID", ":START_ID", ":END_ID", ":TYPE", "sources:int"} <= used
    # one MERGE per tie type, each statement ends with a semicolon
    assert len(re.findall(r"MERGE \(a\)-\[r:[A-Z_]+ ", script)) == len(load_model().relations)
    statements = [s for s in script.split(";") if "LOAD CSV" in s]
    assert len(statements) == 1 + len(load_model().relations)
    assert "toInteger(row.`sources:int`)" in script and "split(row.`aliases:string[]`, ';')" in script


def test_semicolons_inside_array_values_do_not_split_them(tmp_path):
    from .fake_store import FakeStore, ent

    store = FakeStore([ent("x", "Société A", "ORG", ["A ; B"])], [])
    export(store, "neo4j", str(tmp_path))
    header, nodes = read(tmp_path / "nodes.csv")
    assert dict(zip(header, nodes[0]))["aliases:string[]"] == "A , B"
