"""Whole-map questions: central actors, communities, interlocks.

These load the positive ties into a networkx graph once per store version
(cached in memory), weighted by independent sources.
"""
from __future__ import annotations

import json

import networkx as nx

from ..store.read import entity_dicts, tie_dicts
from .lookup import resolve_name

_CACHE: dict = {}
BETWEENNESS_SAMPLE = 500     # above this many nodes, betweenness is estimated from a sample of sources
BETWEENNESS_BUDGET = 5_000_000  # sampled sources × edges: keeps an estimate to seconds on a big map
BETWEENNESS_ALWAYS = 50_000     # below this many edges betweenness is always computed


def _version(store) -> tuple:
    return store.conn.execute("SELECT count(*), COALESCE(max(evidence_count + sources), 0), "
                              "(SELECT count(*) FROM merges) FROM ties").fetchone()


def load_graph(store) -> nx.Graph:
    key = (store.path, id(store.conn))
    version = _version(store)
    cached = _CACHE.get(key)
    if cached and cached[0] == version:
        return cached[1]
    graph = nx.Graph()
    for s, o, sources in store.conn.execute(
            "SELECT subject_id, object_id, sources FROM ties WHERE negated = 0 AND subject_id != object_id"):
        if graph.has_edge(s, o):
            graph[s][o]["weight"] += sources
            graph[s][o]["ties"] += 1
        else:
            graph.add_edge(s, o, weight=sources, ties=1)
    _CACHE[key] = (version, graph)
    return graph


def top(store, metric: str = "pagerank", limit: int = 20) -> list[dict]:
    """Most central actors by ``metric``: degree, weighted_degree, pagerank or betweenness."""
    if metric not in ("degree", "weighted_degree", "pagerank", "betweenness"):
        raise ValueError(f"unknown metric {metric!r}: use degree, weighted_degree, pagerank or betweenness")
    graph = load_graph(store)
    if not graph:
        return []
    degree = {n: sum(d["ties"] for d in graph[n].values()) for n in graph}
    weighted = dict(graph.degree(weight="weight"))
    pagerank = nx.pagerank(graph, weight="weight")
    n, m = graph.number_of_nodes(), graph.number_of_edges()
    if metric == "betweenness" or m <= BETWEENNESS_ALWAYS:
        k = None if n <= BETWEENNESS_SAMPLE else max(10, min(n, BETWEENNESS_SAMPLE, BETWEENNESS_BUDGET // max(m, 1)))
        between = nx.betweenness_centrality(graph, k=k, seed=0)
    else:   # too costly to compute when not asked for on a big map
        between = {}
    metrics = {"degree": degree, "weighted_degree": weighted, "pagerank": pagerank, "betweenness": between}
    ranked = sorted(graph, key=lambda x: (-metrics[metric][x], x))[:limit]
    ents = {e["id"]: e for e in entity_dicts(store.conn, ranked)}
    return [{"id": x, "name": ents[x]["name"], "type": ents[x]["type"], "degree": degree[x],
             "weighted_degree": weighted[x], "pagerank": round(pagerank[x], 6),
             "betweenness": round(between[x], 6) if x in between else None} for x in ranked if x in ents]


def communities(store, min_size: int = 2) -> list[dict]:
    """Louvain communities (largest first); members ordered by weighted degree."""
    graph = load_graph(store)
    if not graph:
        return []
    groups = nx.community.louvain_communities(graph, weight="weight", seed=0)
    groups = sorted((g for g in groups if len(g) >= min_size), key=lambda g: (-len(g), min(g)))
    weighted = dict(graph.degree(weight="weight"))
    names = {e["id"]: e for e in entity_dicts(store.conn, [n for g in groups for n in g])}
    return [{"id": i, "size": len(g), "members": [
        {"id": n, "name": names[n]["name"], "type": names[n]["type"]}
        for n in sorted(g, key=lambda n: (-weighted[n], n))]} for i, g in enumerate(groups)]


INTERLOCK_ROLES = {"owners": ("OWNS", "INVESTS_IN", "ACQUIRES"), "board_members": ("BOARD_MEMBER",),
                   "leaders": ("LEADS",)}


def interlocks(store, a: str, b: str) -> dict:
    """Actors that own, sit on the board of, or lead both organisations, with the ties that say so."""
    ea, eb = resolve_name(store, a), resolve_name(store, b)
    out: dict = {"a": entity_dicts(store.conn, [ea])[0]["name"], "b": entity_dicts(store.conn, [eb])[0]["name"]}
    for role, types in INTERLOCK_ROLES.items():
        rows = store.conn.execute(
            "SELECT ta.subject_id, ta.id, tb.id FROM ties ta JOIN ties tb ON tb.subject_id = ta.subject_id "
            "WHERE ta.object_id = ?1 AND tb.object_id = ?2 AND ta.negated = 0 AND tb.negated = 0 "
            "AND ta.type IN (SELECT value FROM json_each(?3)) AND tb.type IN (SELECT value FROM json_each(?3))",
            (ea, eb, json.dumps(types))).fetchall()
        ties = {t["id"]: t for t in tie_dicts(store.conn, [r[1] for r in rows] + [r[2] for r in rows], 2)}
        people = {}
        for actor, ta, tb in rows:
            item = people.setdefault(actor, {"ties_a": [], "ties_b": []})
            item["ties_a"].append(ties[ta])
            item["ties_b"].append(ties[tb])
        ents = {e["id"]: e for e in entity_dicts(store.conn, people)}
        out[role] = [{"id": x, "name": ents[x]["name"], "type": ents[x]["type"], **people[x]} for x in people]
    return out
