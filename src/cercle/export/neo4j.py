"""Neo4j: ``nodes.csv`` + ``relationships.csv`` in the ``neo4j-admin database import``
header format, and ``import.cypher`` that loads the same files with LOAD CSV.

Both CSV files are written row by row while the store streams by. The Cypher
script is generated from the same column list as the CSV headers, so the two
ways in cannot drift apart. Plain Cypher cannot take a label or a
relationship type from a column (before Neo4j 5.26), hence one statement per
tie type and a FOREACH per entity label.
"""
from __future__ import annotations

import csv
from pathlib import Path

from ..model import load_model
from .base import (Exporter, Item, amounts_text, best_evidence, evidence_count, evidence_flags, evidence_urls,
                   one_line, status_history, text)

ARRAY_DELIMITER = ";"  # neo4j-admin's default --array-delimiter
LABELS = {"PER": "Person", "ORG": "Organization", "GOV": "Government", "OTHER": "Other"}

NODE_COLUMNS = ["id:ID", "name", ":LABEL", "type", "aliases:string[]", "sources:int",
                "first_seen", "last_seen", "flags:string[]"]
REL_COLUMNS = [":START_ID", ":END_ID", ":TYPE", "id", "family", "symmetric:boolean", "status",
               "status_history", "role", "amount", "share:float", "date", "negated:boolean",
               "confidence:float", "sources:int", "first_seen", "last_seen", "evidence_count:int",
               "evidence", "url", "urls:string[]", "flags:string[]"]

ADMIN_COMMAND = ("neo4j-admin database import full --overwrite-destination "
                 "--nodes=import/nodes.csv --relationships=import/relationships.csv neo4j")


def array(values) -> str:
    # a ";" inside a value would split it in two on import
    return ARRAY_DELIMITER.join(str(v).replace(ARRAY_DELIMITER, ",") for v in values or [] if v)


def _bool(value) -> str:
    return "true" if value else "false"


class Neo4jExporter(Exporter):
    name = "neo4j"
    target_kind = "directory"

    def __init__(self, target) -> None:
        super().__init__(target)
        self.dir = Path(target)
        self.dir.mkdir(parents=True, exist_ok=True)
        # written as *.part and renamed in finalize: a failed export never leaves half a CSV
        # under the name neo4j-admin would import
        self._nodes_file = open(self.dir / "nodes.csv.part", "w", encoding="utf-8", newline="")
        self._rels_file = open(self.dir / "relationships.csv.part", "w", encoding="utf-8", newline="")
        self.nodes = csv.writer(self._nodes_file, lineterminator="\n")
        self.rels = csv.writer(self._rels_file, lineterminator="\n")
        self.nodes.writerow(NODE_COLUMNS)
        self.rels.writerow(REL_COLUMNS)

    def write(self, item: Item) -> None:
        if item["kind"] == "entity":
            self.entities += 1
            label = LABELS.get(item.get("type") or "OTHER", "Other")
            self.nodes.writerow([item["id"], one_line(item.get("name")), f"Entity;{label}",
                                 text(item.get("type")), array(item.get("aliases")),
                                 int(item.get("sources") or 0), text(item.get("first_seen")),
                                 text(item.get("last_seen")), array(item.get("flags"))])
            return
        self.ties += 1
        best = best_evidence(item) or {}
        self.rels.writerow([
            item["subject_id"], item["object_id"], item["type"], item["id"], text(item.get("family")),
            _bool(item.get("symmetric")), text(item.get("status")), status_history(item),
            one_line(item.get("role")), amounts_text(item), text(item.get("share")),
            text(item.get("date")), _bool(item.get("negated")), float(item.get("confidence") or 0.0),
            int(item.get("sources") or 0), text(item.get("first_seen")), text(item.get("last_seen")),
            evidence_count(item), one_line(best.get("sentence")), text(best.get("url")),
            array(evidence_urls(item)), array(evidence_flags(item)),
        ])

    def finalize(self) -> None:
        for handle in (self._nodes_file, self._rels_file):
            handle.close()
            Path(handle.name).replace(handle.name[: -len(".part")])
        (self.dir / "import.cypher").write_text(import_cypher(), encoding="utf-8")


def _value(column: str) -> tuple[str, str]:
    """(property name, Cypher expression reading it from ``row``) for one CSV column."""
    name, _, kind = column.partition(":")
    ref = f"row.`{column}`"
    expr = {"int": f"toInteger({ref})", "float": f"toFloat({ref})", "boolean": f"toBoolean({ref})",
            "string[]": f"split({ref}, '{ARRAY_DELIMITER}')"}.get(kind, ref)
    return name, expr


def _set_map(columns: list[str]) -> str:
    pairs = [_value(c) for c in columns if c and not c.startswith(":")]
    return "{" + ", ".join(f"{name}: {expr}" for name, expr in pairs) + "}"


def import_cypher() -> str:
    """LOAD CSV statements for nodes.csv and relationships.csv placed in Neo4j's import directory."""
    out = [
        "// cercle → Neo4j with Cypher: copy nodes.csv and relationships.csv into Neo4j's import",
        "// directory, then run:  cypher-shell -u neo4j -p PASSWORD -f import.cypher",
        "// For large stores, import offline instead (empty database, Neo4j stopped):",
        f"//   {ADMIN_COMMAND}",
        "",
        "CREATE CONSTRAINT cercle_entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;",
        "",
        "LOAD CSV WITH HEADERS FROM 'file:///nodes.csv' AS row",
        "MERGE (e:Entity {id: row.`id:ID`})",
        f"SET e += {_set_map([c for c in NODE_COLUMNS if c != 'id:ID'])}",
    ]
    for code, label in LABELS.items():
        out.append(f"FOREACH (_ IN CASE WHEN row.type = '{code}' THEN [1] ELSE [] END | SET e:{label})")
    out[-1] += ";"
    for tie_type in load_model().relations:
        out += [
            "",
            "LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row",
            f"WITH row WHERE row.`:TYPE` = '{tie_type}'",
            "MATCH (a:Entity {id: row.`:START_ID`}), (b:Entity {id: row.`:END_ID`})",
            f"MERGE (a)-[r:{tie_type} {{id: row.id}}]->(b)",
            f"SET r += {_set_map([c for c in REL_COLUMNS if c != 'id'])};",
        ]
    return "\n".join(out) + "\n"
