"""GEXF and GraphML for Gephi, Cytoscape, yEd and networkx, written as a stream.

networkx's writers build the whole XML tree first (1.8 GB of memory for
100,000 ties, measured); our attribute set is fixed, so the attribute
declarations go first and then each node and edge is written as it arrives,
in constant memory. networkx stays the reference: the tests read every file
back with ``nx.read_gexf`` / ``nx.read_graphml``.

Gephi refuses missing values and list attributes: every node and edge carries
every attribute as a string, int, float or bool, lists are joined with " | ".
The tie type is ``tie_type`` (and the edge ``label``) because GEXF reserves
an edge's ``type`` for directed/undirected. Characters that XML 1.0 forbids
(control characters left in a scraped page) are dropped.
"""
from __future__ import annotations

import re
from xml.sax.saxutils import escape, quoteattr

from ..model import load_model
from .base import (Exporter, Item, amounts_text, best_evidence, evidence_count, evidence_flags,
                   evidence_sources, evidence_urls, join, one_line, status_history, text)

# (name, python type): the order in which the attributes are declared and written
NODE_ATTRS = [("name", str), ("type", str), ("aliases", str), ("sources", int), ("first_seen", str),
              ("last_seen", str), ("flags", str)]
EDGE_ATTRS = [("tie_type", str), ("family", str), ("symmetric", bool), ("status", str),
              ("status_history", str), ("role", str), ("amount", str), ("share", str), ("date", str),
              ("negated", bool), ("confidence", float), ("sources", int), ("first_seen", str),
              ("last_seen", str), ("evidence_count", int), ("evidence", str), ("url", str), ("urls", str),
              ("outlets", str), ("flags", str)]
GEXF_TYPES = {str: "string", int: "integer", float: "double", bool: "boolean"}
GRAPHML_TYPES = {str: "string", int: "long", float: "double", bool: "boolean"}

# Gephi shows these colours on opening (GEXF viz); picked for contrast, nothing more.
ENTITY_COLORS = {"PER": (31, 119, 180), "ORG": (255, 127, 14), "GOV": (44, 160, 44), "OTHER": (127, 127, 127)}
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def node_attributes(entity: Item) -> dict:
    return {"name": text(entity.get("name")), "type": text(entity.get("type")),
            "aliases": join(entity.get("aliases")), "sources": int(entity.get("sources") or 0),
            "first_seen": text(entity.get("first_seen")), "last_seen": text(entity.get("last_seen")),
            "flags": join(entity.get("flags"))}


def edge_attributes(tie: Item) -> dict:
    best = best_evidence(tie) or {}
    return {"tie_type": tie["type"], "family": text(tie.get("family")), "symmetric": bool(tie.get("symmetric")),
            "status": text(tie.get("status")), "status_history": status_history(tie),
            "role": text(tie.get("role")), "amount": amounts_text(tie), "share": text(tie.get("share")),
            "date": text(tie.get("date")), "negated": bool(tie.get("negated")),
            "confidence": float(tie.get("confidence") or 0.0), "sources": int(tie.get("sources") or 0),
            "first_seen": text(tie.get("first_seen")), "last_seen": text(tie.get("last_seen")),
            "evidence_count": evidence_count(tie), "evidence": one_line(best.get("sentence")),
            "url": text(best.get("url")), "urls": join(evidence_urls(tie)),
            "outlets": join(evidence_sources(tie)), "flags": join(evidence_flags(tie))}


def _value(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return _NOT_XML.sub("", str(value))


def _attr(value) -> str:
    """A quoted XML attribute value."""
    return quoteattr(_value(value))


def _rgb(hex_color: str) -> tuple[int, int, int]:
    h = hex_color.lstrip("#")
    return int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16)


class _StreamingGraph(Exporter):
    """Writes the header at once, nodes as entities arrive, edges as ties arrive."""

    def __init__(self, target) -> None:
        super().__init__(target)
        self.in_edges = False
        self.out = target.write
        self.out('<?xml version="1.0" encoding="utf-8"?>\n')
        self.header()

    def write(self, item: Item) -> None:
        if item["kind"] == "entity":
            self.entities += 1
            self.node(item["id"], node_attributes(item))
            return
        if not self.in_edges:
            self.between()
            self.in_edges = True
        self.ties += 1
        self.edge(item, edge_attributes(item))

    def finalize(self) -> None:
        if not self.in_edges:
            self.between()
        self.footer()

    def header(self) -> None: ...
    def node(self, node_id: str, attrs: dict) -> None: ...
    def between(self) -> None: ...
    def edge(self, tie: Item, attrs: dict) -> None: ...
    def footer(self) -> None: ...


class GEXFExporter(_StreamingGraph):
    """GEXF 1.2draft, the version Gephi 0.9–0.10 reads natively."""

    name = "gexf"
    suffix = ".gexf"

    def header(self) -> None:
        self.out('<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:viz="http://www.gexf.net/1.2draft/viz" '
                 'version="1.2">\n  <meta><creator>cercle</creator></meta>\n'
                 '  <graph defaultedgetype="directed" mode="static" name="cercle">\n')
        for cls, attrs in (("node", NODE_ATTRS), ("edge", EDGE_ATTRS)):
            self.out(f'    <attributes class="{cls}" mode="static">\n')
            for i, (name, kind) in enumerate(attrs):
                self.out(f'      <attribute id="{i}" title="{name}" type="{GEXF_TYPES[kind]}" />\n')
            self.out("    </attributes>\n")
        self.out("    <nodes>\n")

    @staticmethod
    def _attvalues(attrs: dict, spec) -> str:
        return "".join(f'<attvalue for="{i}" value={_attr(attrs[name])} />' for i, (name, _) in enumerate(spec))

    def node(self, node_id: str, attrs: dict) -> None:
        r, g, b = ENTITY_COLORS.get(attrs["type"], ENTITY_COLORS["OTHER"])
        self.out(f'      <node id={_attr(node_id)} label={_attr(attrs["name"])}>'
                 f"<attvalues>{self._attvalues(attrs, NODE_ATTRS)}</attvalues>"
                 f'<viz:color r="{r}" g="{g}" b="{b}" a="1.0" /></node>\n')

    def between(self) -> None:
        self.out("    </nodes>\n    <edges>\n")

    def edge(self, tie: Item, attrs: dict) -> None:
        color = load_model().families.get(attrs["family"], {}).get("color", "#7f7f7f")
        r, g, b = _rgb(color)
        self.out(f'      <edge id={_attr(tie["id"])} source={_attr(tie["subject_id"])} '
                 f'target={_attr(tie["object_id"])} label={_attr(tie["type"])} weight="{float(attrs["sources"])}">'
                 f"<attvalues>{self._attvalues(attrs, EDGE_ATTRS)}</attvalues>"
                 f'<viz:color r="{r}" g="{g}" b="{b}" a="1.0" /></edge>\n')

    def footer(self) -> None:
        self.out("    </edges>\n  </graph>\n</gexf>\n")


class GraphMLExporter(_StreamingGraph):
    """GraphML; ``label`` and ``weight`` keys are what Gephi's importer looks for."""

    name = "graphml"
    suffix = ".graphml"
    NODE_KEYS = [("label", str)] + NODE_ATTRS
    EDGE_KEYS = [("label", str), ("weight", float)] + EDGE_ATTRS

    def header(self) -> None:
        self.out('<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
                 'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
                 'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
                 'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n')
        for cls, keys in (("node", self.NODE_KEYS), ("edge", self.EDGE_KEYS)):
            for name, kind in keys:
                self.out(f'  <key id="{cls[0]}_{name}" for="{cls}" attr.name="{name}" '
                         f'attr.type="{GRAPHML_TYPES[kind]}" />\n')
        self.out('  <graph id="cercle" edgedefault="directed">\n')

    @staticmethod
    def _data(prefix: str, attrs: dict, keys) -> str:
        return "".join(f'<data key="{prefix}_{name}">{escape(_value(attrs[name]))}</data>' for name, _ in keys)

    def node(self, node_id: str, attrs: dict) -> None:
        attrs = {"label": attrs["name"], **attrs}
        self.out(f"    <node id={_attr(node_id)}>{self._data('n', attrs, self.NODE_KEYS)}</node>\n")

    def edge(self, tie: Item, attrs: dict) -> None:
        attrs = {"label": tie["type"], "weight": float(attrs["sources"]), **attrs}
        self.out(f'    <edge id={_attr(tie["id"])} source={_attr(tie["subject_id"])} '
                 f'target={_attr(tie["object_id"])}>{self._data("e", attrs, self.EDGE_KEYS)}</edge>\n')

    def footer(self) -> None:
        self.out("  </graph>\n</graphml>\n")
