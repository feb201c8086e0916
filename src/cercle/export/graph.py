"""GEXF and GraphML for Gephi, Cytoscape, yEd and networkx.

Both are whole-document XML formats, so the ties are gathered in a networkx
``MultiDiGraph`` (several tie types may join the same two actors) and written
by networkx's own generators in ``finalize``. Gephi refuses missing values and
list attributes: every attribute is a str, int, float or bool, lists are
joined with " | ". The tie type is the attribute ``tie_type`` (and the edge
``label``) because GEXF reserves the edge attribute ``type`` for
directed/undirected.
"""
from __future__ import annotations

import networkx as nx

from ..model import load_model
from .base import (Exporter, Item, amounts_text, best_evidence, evidence_count, evidence_flags, evidence_sources,
                   evidence_urls, join, one_line, status_history, text)

# Gephi shows these colours on opening (GEXF viz); picked for contrast, nothing more.
ENTITY_COLORS = {"PER": (31, 119, 180), "ORG": (255, 127, 14), "GOV": (44, 160, 44),
                 "OTHER": (127, 127, 127)}


def _rgb(hex_color: str) -> tuple[int, int, int]:
    h = hex_color.lstrip("#")
    return int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16)


def node_attributes(entity: Item) -> dict:
    return {
        "label": text(entity.get("name")),
        "name": text(entity.get("name")),
        "type": text(entity.get("type")),
        "aliases": join(entity.get("aliases")),
        "sources": int(entity.get("sources") or 0),
        "first_seen": text(entity.get("first_seen")),
        "last_seen": text(entity.get("last_seen")),
        "flags": join(entity.get("flags")),
    }


def edge_attributes(tie: Item) -> dict:
    best = best_evidence(tie) or {}
    sources = int(tie.get("sources") or 0)
    return {
        "label": tie["type"],
        "tie_type": tie["type"],
        "family": text(tie.get("family")),
        "symmetric": bool(tie.get("symmetric")),
        "status": text(tie.get("status")),
        "status_history": status_history(tie),
        "role": text(tie.get("role")),
        "amount": amounts_text(tie),
        "share": text(tie.get("share")),
        "date": text(tie.get("date")),
        "negated": bool(tie.get("negated")),
        "confidence": float(tie.get("confidence") or 0.0),
        "sources": sources,
        "weight": float(sources),
        "first_seen": text(tie.get("first_seen")),
        "last_seen": text(tie.get("last_seen")),
        "evidence_count": evidence_count(tie),
        "evidence": one_line(best.get("sentence")),
        "url": text(best.get("url")),
        "urls": join(evidence_urls(tie)),
        "outlets": join(evidence_sources(tie)),
        "flags": join(evidence_flags(tie)),
    }


class _GraphExporter(Exporter):
    """Collects nodes and edges; subclasses say how the XML is generated."""

    viz = False  # GEXF only: colours by entity type and tie family

    def __init__(self, target) -> None:
        super().__init__(target)
        self.graph = nx.MultiDiGraph(name="cercle")

    def write(self, item: Item) -> None:
        if item["kind"] == "entity":
            self.entities += 1
            attrs = node_attributes(item)
            if self.viz:
                r, g, b = ENTITY_COLORS.get(attrs["type"], ENTITY_COLORS["OTHER"])
                attrs["viz"] = {"color": {"r": r, "g": g, "b": b, "a": 1.0}}
            self.graph.add_node(item["id"], **attrs)
            return
        self.ties += 1
        for end, name in ((item["subject_id"], item.get("subject")), (item["object_id"], item.get("object"))):
            if end not in self.graph:  # a tie to an entity the store did not list: keep the edge whole
                self.graph.add_node(end, **node_attributes({"name": name}))
        attrs = edge_attributes(item)
        if self.viz:
            color = load_model().families.get(attrs["family"], {}).get("color", "#7f7f7f")
            r, g, b = _rgb(color)
            attrs["viz"] = {"color": {"r": r, "g": g, "b": b, "a": 1.0}}
        self.graph.add_edge(item["subject_id"], item["object_id"], key=item["id"], id=item["id"], **attrs)

    def lines(self):
        raise NotImplementedError

    def finalize(self) -> None:
        # networkx's generators leave out the XML declaration; some readers (yEd) want it
        self.target.write('<?xml version="1.0" encoding="utf-8"?>\n')
        for line in self.lines():
            self.target.write(line + "\n")


class GEXFExporter(_GraphExporter):
    name = "gexf"
    suffix = ".gexf"
    viz = True

    def lines(self):
        # GEXF 1.2draft: the version Gephi 0.9–0.10 reads natively.
        return nx.generate_gexf(self.graph, version="1.2draft")


class GraphMLExporter(_GraphExporter):
    name = "graphml"
    suffix = ".graphml"

    def lines(self):
        # edge ids are the tie ids, so a tie keeps its identity across tools
        return nx.generate_graphml(self.graph, edge_id_from_attribute="id")
