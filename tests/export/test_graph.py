"""GEXF and GraphML: networkx reads them back with every node, edge and attribute."""
from __future__ import annotations

import io
import xml.etree.ElementTree as ET

import networkx as nx
import pytest

from cercle.export import export

from .fake_store import ENTITIES, POSITIVE_TIES

READERS = {"gexf": nx.read_gexf, "graphml": nx.read_graphml}


def read_back(store, fmt, **options):
    out = io.StringIO()
    export(store, fmt, out, **options)
    text = out.getvalue()
    assert text.startswith('<?xml version="1.0" encoding="utf-8"?>')
    return READERS[fmt](io.BytesIO(text.encode("utf-8"))), text


@pytest.mark.parametrize("fmt", ["gexf", "graphml"])
def test_counts_and_parallel_edges(store, fmt):
    graph, _ = read_back(store, fmt)
    assert graph.is_directed() and graph.is_multigraph()
    assert graph.number_of_nodes() == len(ENTITIES)
    assert graph.number_of_edges() == len(POSITIVE_TIES)
    # the bid and the stake join the same two actors and stay two edges
    assert graph.number_of_edges("e-castellane", "e-vautrin") == 2


@pytest.mark.parametrize("fmt", ["gexf", "graphml"])
def test_node_and_edge_attributes(store, fmt):
    graph, _ = read_back(store, fmt)
    node = graph.nodes["e-marchand"]
    assert node["label"] == node["name"] == "Hélène Marchand"
    assert node["type"] == "PER" and node["sources"] == 3
    assert node["aliases"] == "Marchand | la présidente du directoire"
    assert graph.nodes["e-sarrazin"]["flags"] == "near_duplicate"
    bid = graph.edges["e-castellane", "e-vautrin", "t-bid"]
    assert bid["tie_type"] == "BIDS_FOR" and bid["family"] == "capital"
    assert bid["sources"] == 2 and bid["evidence_count"] == 2
    assert bid["status"] == "rejected"
    assert bid["status_history"] == "proposed (2024-01-05) → rejected (2024-02-20)"
    assert bid["first_seen"] == "2024-01-05" and bid["last_seen"] == "2024-03-12"
    assert bid["amount"] == "3,2 milliards d'euros | 3 milliards d'euros"
    assert bid["flags"] == "ai_assistant_leftover"
    assert bid["urls"] == "https://exemple.fr/a1 | https://autre.fr/a2"
    assert bid["evidence"].startswith("Le conseil de Vautrin a rejeté")
    assert graph.edges["e-marchand", "e-paul", "t-family"]["symmetric"] is True


@pytest.mark.parametrize("fmt", ["gexf", "graphml"])
def test_no_empty_or_list_values_for_gephi(store, fmt):
    """Gephi refuses missing values: every node and edge carries every attribute, as a scalar."""
    graph, _ = read_back(store, fmt)
    edge_keys = {k for _, _, d in graph.edges(data=True) for k in d}
    for _, _, data in graph.edges(data=True):
        assert set(data) == edge_keys
        assert all(isinstance(v, (str, int, float, bool)) for v in data.values())
    node_keys = {k for _, d in graph.nodes(data=True) for k in d}
    for _, data in graph.nodes(data=True):
        assert set(data) == node_keys


def test_gexf_edges_are_ids_and_labels_gephi_shows(store):
    _, text = read_back(store, "gexf")
    root = ET.fromstring(text.split("\n", 1)[1])
    ns = {"g": "http://www.gexf.net/1.2draft"}
    edges = root.findall(".//g:edges/g:edge", ns)
    assert {e.get("id") for e in edges} == {t["id"] for t in POSITIVE_TIES}
    assert {e.get("label") for e in edges} == {t["type"] for t in POSITIVE_TIES}
    assert all(e.get("type") is None for e in edges)   # GEXF's own "type" (directed/undirected) left alone


def test_filters_keep_graph_consistent(store):
    graph, _ = read_back(store, "graphml", families=["capital"], min_sources=2)
    assert {d["tie_type"] for _, _, d in graph.edges(data=True)} == {"BIDS_FOR", "FUNDS"}
    assert graph.number_of_edges() == 2
    assert set(graph.nodes) == {"e-castellane", "e-vautrin", "e-bercy"}


@pytest.mark.parametrize("fmt", ["gexf", "graphml"])
def test_xml_stays_well_formed_with_odd_characters(fmt):
    """Scraped text may hold control characters, quotes and markup: the file must still parse."""
    from .fake_store import FakeStore, TIES, ent

    odd = ent("e-odd", 'Société <« A & B »> "\x0bnuit\x0c"', "ORG", ["l'autre\x00nom"])
    tie = dict(TIES[0], id="t-odd", subject_id="e-odd", subject=odd["name"], role='<b>"PDG" & co</b>')
    graph, _ = read_back(FakeStore([odd, *[e for e in ENTITIES]], [tie]), fmt)
    assert graph.nodes["e-odd"]["name"] == 'Société <« A & B »> "nuit"'
    assert graph.nodes["e-odd"]["aliases"] == "l'autrenom"
    (edge,) = [d for _, _, d in graph.edges(data=True)]
    assert edge["role"] == '<b>"PDG" & co</b>'
