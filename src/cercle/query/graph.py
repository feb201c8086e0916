"""Chains between two actors and an actor's neighbourhood, read from SQL a layer at a time.

``path`` never loads the whole map: a bidirectional breadth-first search
expands the smaller side one layer at a time through the indexed ``ties``
table until the two sides meet (completing that layer so every shortest chain
is inside), then networkx's ``shortest_simple_paths`` (Yen) picks the k
shortest chains in that explored subgraph.
"""
from __future__ import annotations

import json
from itertools import islice

import networkx as nx

from ..store.read import tie_dicts
from .cards import _types
from .lookup import resolve_name


def _edges(conn, nodes, types, min_sources: int, min_confidence: float = 0.0) -> list[tuple[str, str, str, int]]:
    """(tie id, subject, object, sources) of the positive ties touching ``nodes``."""
    cond = "negated = 0 AND sources >= :ms AND subject_id != object_id"
    if types is not None:
        cond += " AND type IN (SELECT value FROM json_each(:types))"
    if min_confidence > 0:
        cond += " AND confidence >= :mc"
    args = {"nodes": json.dumps(sorted(nodes)), "ms": min_sources, "types": json.dumps(types), "mc": min_confidence}
    return conn.execute(
        f"SELECT id, subject_id, object_id, sources FROM ties WHERE subject_id IN "
        f"(SELECT value FROM json_each(:nodes)) AND {cond} UNION "
        f"SELECT id, subject_id, object_id, sources FROM ties WHERE object_id IN "
        f"(SELECT value FROM json_each(:nodes)) AND {cond}", args).fetchall()


class _Search:
    """Bidirectional breadth-first search state: the explored subgraph and each side's frontier."""

    def __init__(self, conn, a: str, b: str, types, min_sources: int, min_confidence: float = 0.0):
        self.conn, self.types, self.min_sources, self.min_confidence = conn, types, min_sources, min_confidence
        self.graph = nx.Graph()
        self.graph.add_nodes_from((a, b))
        self.seen = {a: {a}, b: {b}}
        self.frontier = {a: {a}, b: {b}}
        self.a, self.b, self.depth = a, b, 0

    def expand(self) -> bool:
        """Expand the smaller non-empty frontier by one layer; False when nothing is left."""
        sides = [s for s in (self.a, self.b) if self.frontier[s]]
        if not sides:
            return False
        side = min(sides, key=lambda s: len(self.frontier[s]))
        nxt: set[str] = set()
        for tie_id, s, o, sources in _edges(self.conn, self.frontier[side], self.types, self.min_sources,
                                               self.min_confidence):
            _add(self.graph, tie_id, s, o, sources)
            nxt.update(n for n in (s, o) if n not in self.seen[side])
        self.seen[side] |= nxt
        self.frontier[side] = nxt
        self.depth += 1
        return True

    def met(self) -> bool:
        return bool(self.seen[self.a] & self.seen[self.b])


EXTRA_LAYERS = 1   # layers explored past the meeting point to find longer alternative chains


def _chains(search: _Search, k: int, max_depth: int) -> list[list[str]]:
    while not search.met() and search.depth < max_depth:
        if not search.expand():
            return []
    if not search.met():
        return []
    extra = 0
    while True:
        chains = list(islice(nx.shortest_simple_paths(search.graph, search.a, search.b), k))
        chains = [c for c in chains if len(c) - 1 <= max_depth]
        if len(chains) >= k or extra >= EXTRA_LAYERS or search.depth >= max_depth or not search.expand():
            return chains
        extra += 1


def _add(graph: nx.Graph, tie_id: str, s: str, o: str, sources: int) -> None:
    if graph.has_edge(s, o):
        graph[s][o]["ties"].append((sources, tie_id))
    else:
        graph.add_edge(s, o, ties=[(sources, tie_id)])


def path(store, a: str, b: str, k: int = 3, families=None, min_sources: int = 1, max_depth: int = 6,
         evidence_limit: int = 2, min_confidence: float = 0.0) -> list[dict]:
    """The k shortest chains from ``a`` to ``b``; each hop is a tie dict with ``from``/``to`` ids,
    its evidence, and how many other ties link the same two actors (``alternatives``)."""
    ea, eb = resolve_name(store, a), resolve_name(store, b)
    if ea == eb:
        return []
    search = _Search(store.conn, ea, eb, _types(None, families), min_sources, min_confidence)
    chains = _chains(search, k, max_depth)
    graph = search.graph
    chosen = {}
    for chain in chains:
        for u, v in zip(chain, chain[1:]):
            chosen[(u, v)] = max(graph[u][v]["ties"])[1]
    details = {t["id"]: t for t in tie_dicts(store.conn, set(chosen.values()), evidence_limit)}
    out = []
    for chain in chains:
        hops = []
        for u, v in zip(chain, chain[1:]):
            tie = dict(details[chosen[(u, v)]])
            names = {tie["subject_id"]: tie["subject"], tie["object_id"]: tie["object"]}
            tie.update({"from": u, "to": v, "from_name": names[u], "to_name": names[v],
                        "alternatives": len(graph[u][v]["ties"]) - 1})
            hops.append(tie)
        out.append({"length": len(hops), "hops": hops})
    return out


def neighbourhood(store, entity_id: str, depth: int = 1, limit: int = 100) -> dict:
    """Nodes and edges within ``depth`` ties of an entity (at most ``limit`` nodes, best sourced first)."""
    eid = resolve_name(store, entity_id)
    nodes, frontier = [eid], {eid}
    edges: dict[str, tuple] = {}
    for _ in range(depth):
        found = []
        rows = store.conn.execute(
            "SELECT id, subject_id, object_id, type, family, sources FROM ties WHERE subject_id IN "
            "(SELECT value FROM json_each(?1)) AND negated = 0 UNION SELECT id, subject_id, object_id, type, "
            "family, sources FROM ties WHERE object_id IN (SELECT value FROM json_each(?1)) AND negated = 0 "
            "ORDER BY sources DESC", (json.dumps(sorted(frontier)),)).fetchall()
        for r in rows:
            for n in (r[1], r[2]):
                if n not in nodes and n not in found and len(nodes) + len(found) < limit:
                    found.append(n)
            edges[r[0]] = r
        nodes += found
        frontier = set(found)
    keep = set(nodes)
    info = {r[0]: r for r in store.conn.execute(
        "SELECT id, name, type FROM entities WHERE id IN (SELECT value FROM json_each(?))", (json.dumps(nodes),))}
    return {"nodes": [{"id": n, "name": info[n][1], "type": info[n][2]} for n in nodes],
            "edges": [{"id": r[0], "source": r[1], "target": r[2], "type": r[3], "family": r[4], "sources": r[5]}
                      for r in edges.values() if r[1] in keep and r[2] in keep]}
