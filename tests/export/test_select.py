"""Filters, streaming order and the format registry."""
from __future__ import annotations

import io

import pytest

from cercle.export import FORMATS, export, get_exporter, iter_items
from cercle.export.base import Exporter, best_evidence, status_history

from .fake_store import ENTITIES, TIES, FakeStore


def test_registry_covers_the_six_formats():
    assert set(FORMATS) == {"ftm", "gexf", "graphml", "neo4j", "csv", "jsonl"}
    for fmt in FORMATS:
        cls = get_exporter(fmt)
        assert issubclass(cls, Exporter) and cls.name == fmt
    with pytest.raises(ValueError, match="unknown export format"):
        get_exporter("xlsx")


def test_entities_first_then_ties_and_negated_left_out(store):
    kinds = [item["kind"] for item in iter_items(store)]
    assert kinds == ["entity"] * len(ENTITIES) + ["tie"] * (len(TIES) - 1)
    ids = {item["id"] for item in iter_items(store, include_negated=True)}
    assert "t-denied" in ids


def test_family_and_sources_filters_keep_only_the_ends_of_kept_ties(store):
    items = list(iter_items(store, families=["conflict"]))
    assert [i["id"] for i in items if i["kind"] == "tie"] == ["t-sues"]
    assert {i["id"] for i in items if i["kind"] == "entity"} == {"e-sarrazin", "e-castellane"}
    items = list(iter_items(store, min_sources=3))
    assert [i["id"] for i in items] == ["e-marchand", "e-vautrin", "t-leads"]
    with pytest.raises(ValueError, match="unknown tie family"):
        list(iter_items(store, families=["finance"]))


def test_confidence_filter_keeps_surer_ties_and_only_their_ends():
    ties = [dict(t, confidence=0.92) if t["id"] in ("t-sues", "t-leads") else t for t in TIES]
    items = list(iter_items(FakeStore(ties=ties), min_confidence=0.9))
    assert sorted(i["id"] for i in items if i["kind"] == "tie") == ["t-leads", "t-sues"]
    assert {i["id"] for i in items if i["kind"] == "entity"} == {"e-marchand", "e-vautrin", "e-sarrazin",
                                                                    "e-castellane"}
    assert len([i for i in iter_items(FakeStore(ties=ties), min_confidence=0.0) if i["kind"] == "tie"]) \
        == len(TIES) - 1   # 0 filters nothing (the negated tie stays out as always)


@pytest.mark.parametrize("fmt", ["ftm", "csv", "jsonl"])
def test_line_formats_stream(fmt):
    """Each record is written before the store hands over the next tie: nothing is buffered."""
    out = io.StringIO()
    lines_when_asked = []
    store = FakeStore(on_yield=lambda tie: lines_when_asked.append(out.getvalue().count("\n")))
    export(store, fmt, out, include_negated=True)
    before_ties = 1 if fmt == "csv" else len(ENTITIES)     # csv rows are ties only, after a header
    assert lines_when_asked == [before_ties + k for k in range(len(TIES))]


@pytest.mark.parametrize("fmt", ["gexf", "graphml"])
def test_graph_formats_stream_too(fmt):
    """GEXF and GraphML are written node by node and edge by edge, not built in memory."""
    out = io.StringIO()
    lines_when_asked = []
    store = FakeStore(on_yield=lambda tie: lines_when_asked.append(out.getvalue().count("\n")))
    export(store, fmt, out, include_negated=True)
    assert lines_when_asked[0] > len(ENTITIES)               # header and every node already out
    steps = [b - a for a, b in zip(lines_when_asked, lines_when_asked[1:])]
    assert steps[1:] == [1] * (len(TIES) - 2)                 # then one edge line per tie


def test_best_evidence_and_status_history_helpers():
    bid = next(t for t in TIES if t["id"] == "t-bid")
    assert best_evidence(bid)["article_id"] == "a2"          # unflagged beats higher confidence
    assert best_evidence({"evidence": []}) is None
    assert status_history(bid) == "proposed (2024-01-05) → rejected (2024-02-20)"
    assert status_history({"statuses": [{"status": "current", "date": None}]}) == "current"


def test_empty_store_gives_valid_empty_outputs(tmp_path):
    empty = FakeStore([], [])
    for fmt in ("ftm", "jsonl"):
        out = io.StringIO()
        assert export(empty, fmt, out)["ties"] == 0 and out.getvalue() == ""
    out = io.StringIO()
    export(empty, "csv", out)
    assert out.getvalue().count("\n") == 1                   # the header alone
    import networkx as nx
    for fmt, reader in (("gexf", nx.read_gexf), ("graphml", nx.read_graphml)):
        out = io.StringIO()
        export(empty, fmt, out)
        assert reader(io.BytesIO(out.getvalue().encode())).number_of_nodes() == 0
