"""CSV (one row per tie) and JSON lines (everything)."""
from __future__ import annotations

import csv
import io
import json

from cercle.export import export
from cercle.export.tables import COLUMNS

from .fake_store import ENTITIES, POSITIVE_TIES, TIES


def csv_rows(store, **options):
    out = io.StringIO()
    export(store, "csv", out, **options)
    reader = csv.DictReader(io.StringIO(out.getvalue()))
    return reader.fieldnames, list(reader), out.getvalue()


def test_csv_header_and_one_row_per_tie(store):
    header, rows, _ = csv_rows(store)
    assert header == COLUMNS
    assert [r["id"] for r in rows] == [t["id"] for t in POSITIVE_TIES]
    assert all(set(r) == set(COLUMNS) and None not in r.values() for r in rows)


def test_csv_row_content(store):
    _, rows, _ = csv_rows(store)
    bid = next(r for r in rows if r["id"] == "t-bid")
    assert (bid["subject"], bid["type"], bid["object"]) == ("Holding Castellane", "BIDS_FOR", "Groupe Vautrin")
    assert (bid["subject_type"], bid["object_type"]) == ("ORG", "ORG")
    assert bid["family"] == "capital" and bid["status"] == "rejected" and bid["sources"] == "2"
    assert bid["amount"] == "3,2 milliards d'euros | 3 milliards d'euros"
    assert bid["amount_value"] == "3200000000.0" and bid["currency"] == "EUR"
    # best evidence: the article without quality flags; its URL and attribution go with it
    assert bid["evidence"].startswith("Le conseil de Vautrin a rejeté")
    assert bid["evidence_url"] == "https://autre.fr/a2"
    assert bid["evidence_attribution"] == "selon Le Courrier"
    assert bid["evidence_flags"] == "" and bid["flags"] == "ai_assistant_leftover"
    assert bid["evidence_count"] == "2"
    leads = next(r for r in rows if r["id"] == "t-leads")
    assert leads["role"] == "PDG" and leads["date"] == "2021" and leads["subject_type"] == "PER"


def test_csv_quoting_survives_commas_quotes_semicolons_and_newlines(store):
    _, rows, raw = csv_rows(store)
    owns = next(r for r in rows if r["id"] == "t-owns")
    assert owns["evidence"] == 'Castellane détient 12,5 % de la Banque Sarrazin ; "une part", dit-on.'
    assert owns["share"] == "12.5"
    assert raw.count("\n") == len(POSITIVE_TIES) + 1      # one physical line per row


def test_jsonl_is_complete(store):
    out = io.StringIO()
    counts = export(store, "jsonl", out, include_negated=True)
    objects = [json.loads(line) for line in out.getvalue().splitlines()]
    assert counts["entities"] == len(ENTITIES) and counts["ties"] == len(TIES)
    assert [o["kind"] for o in objects] == ["entity"] * len(ENTITIES) + ["tie"] * len(TIES)
    assert {k: v for k, v in objects[0].items() if k != "kind"} == ENTITIES[0]
    assert {k: v for k, v in objects[len(ENTITIES)].items() if k != "kind"} == TIES[0]
    denied = next(o for o in objects if o.get("id") == "t-denied")
    assert denied["negated"] is True
    bid = next(o for o in objects if o.get("id") == "t-bid")
    assert bid["evidence"][0]["flags"] == ["ai_assistant_leftover"]
    assert "Hélène" in out.getvalue()       # readable French, not \\u escapes
