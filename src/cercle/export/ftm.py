"""FollowTheMoney entities, one JSON object per line (Aleph, ``ftm``, OpenSanctions tools).

Actors become Person / Company / PublicBody / LegalEntity and ties become the
interval schema of ``relations.yaml`` (``relations[T].ftm``). FtM checks the
type of an edge's ends (an Ownership's asset must be an Asset, a Family links
two Persons…): a tie whose ends do not fit its schema is written as an
UnknownLink whose ``role`` names the tie type, so nothing is lost and every
line stays valid.

Ids are ``make_entity_id`` hashes of the store ids (which already hash
normalised names): the same store always gives the same FtM ids.
"""
from __future__ import annotations

import json
from functools import lru_cache

from followthemoney import model as ftm_model
from followthemoney import registry
from followthemoney.proxy import EntityProxy
from followthemoney.util import make_entity_id

from ..model import load_model
from .base import Exporter, Item, best_evidence, join, number, status_history

KEY_PREFIX = "cercle"


@lru_cache(maxsize=65536)
def _clean(type_name: str, value: str) -> str | None:
    """FtM's own cleaning, cached: the same article URLs and dates recur on thousands of ties."""
    return registry.get(type_name).clean(value)


def add(proxy: EntityProxy, prop_name: str, values) -> None:
    """``proxy.add`` with the cleaning of URLs and dates cached (a third of the export time otherwise)."""
    prop = proxy.schema.get(prop_name)
    if prop is not None and prop.type.name in ("url", "date"):
        for value in values if isinstance(values, (list, tuple)) else [values]:
            if value:
                cleaned = _clean(prop.type.name, str(value))
                if cleaned is not None:
                    proxy.add(prop, cleaned, cleaned=True)
        return
    proxy.add(prop_name, values)


def entity_ftm_id(store_id: str) -> str:
    return make_entity_id("entity", store_id, key_prefix=KEY_PREFIX)


def tie_ftm_id(store_id: str) -> str:
    return make_entity_id("tie", store_id, key_prefix=KEY_PREFIX)


def evidence_line(ev: Item) -> str:
    """One evidence as a readable paragraph: sentence, where it comes from, its flags."""
    where = ", ".join(x for x in (ev.get("title"), ev.get("source"), ev.get("date"), ev.get("url")) if x)
    line = f"« {ev.get('sentence', '').strip()} »"
    if ev.get("attribution"):
        line += f" ({ev['attribution']})"
    if where:
        line += f" — {where}"
    if ev.get("flags"):
        line += f" [qualité de la source : {', '.join(ev['flags'])}]"
    return line


def tie_header(tie: Item, label: str) -> str:
    """The tie in one line: who, what (French label and type), sources, dates, status history, amounts."""
    parts = [f"{tie['subject']} {label} {tie['object']} ({tie['type']})",
             f"{tie.get('sources') or 0} source(s) indépendante(s)"]
    if tie.get("first_seen") or tie.get("last_seen"):
        parts.append(f"vu du {tie.get('first_seen') or '?'} au {tie.get('last_seen') or '?'}")
    if status_history(tie):
        parts.append(f"statut : {status_history(tie)}")
    elif tie.get("status"):
        parts.append(f"statut : {tie['status']}")
    if tie.get("amounts"):
        parts.append("montant : " + join(a.get("text") for a in tie["amounts"]))
    if tie.get("share") is not None:
        parts.append(f"part : {tie['share']} %")
    if tie.get("negated"):
        parts.append("NIÉ par le texte")
    return " · ".join(parts)


class FtMExporter(Exporter):
    name = "ftm"
    suffix = ".ftm.json"
    line_format = True

    def __init__(self, target) -> None:
        super().__init__(target)
        self.model = load_model()
        # id → FtM schema of the entities already written: edges check their ends against it
        self.schemata: dict[str, str] = {}
        # store id → FtM id of the entities written, so a tie does not hash its ends again
        self.ids: dict[str, str] = {}

    def emit(self, proxy: EntityProxy) -> None:
        self.target.write(json.dumps(proxy.to_dict(), ensure_ascii=False, sort_keys=True) + "\n")

    def write(self, item: Item) -> None:
        if item["kind"] == "entity":
            self.entities += 1
            self.emit(self.entity_proxy(item))
        else:
            self.ties += 1
            self.emit(self.tie_proxy(item))

    def entity_proxy(self, entity: Item) -> EntityProxy:
        spec = self.model.entity_types.get(entity.get("type") or "OTHER", self.model.entity_types["OTHER"])
        proxy = ftm_model.make_entity(spec["ftm"])
        proxy.id = self.ids[entity["id"]] = entity_ftm_id(entity["id"])
        proxy.add("name", entity.get("name") or entity["id"])  # FtM requires a name
        for alias in entity.get("aliases") or []:
            # descriptions ("le fondateur de Free") are weak aliases; names are aliases
            proxy.add("weakAlias" if alias[:1].islower() else "alias", alias)
        notes = f"Cité dans {entity.get('sources') or 0} source(s) indépendante(s)"
        if entity.get("first_seen") or entity.get("last_seen"):
            notes += f", du {entity.get('first_seen') or '?'} au {entity.get('last_seen') or '?'}"
        proxy.add("notes", notes)
        proxy.add("keywords", entity.get("flags") or [])
        proxy.add("publisher", "cercle")
        self.schemata[proxy.id] = proxy.schema.name
        return proxy

    def _fits(self, schema_name: str, source_id: str, target_id: str) -> bool:
        schema = ftm_model.get(schema_name)
        ends = ((schema.get(schema.edge_source), source_id), (schema.get(schema.edge_target), target_id))
        for prop, ftm_id in ends:
            end_schema = ftm_model.get(self.schemata.get(ftm_id, "LegalEntity"))
            if not end_schema.is_a(prop.range):
                return False
        return True

    def tie_proxy(self, tie: Item) -> EntityProxy:
        spec = self.model.relations[tie["type"]]
        source_id, target_id = (self.ids.get(i) or entity_ftm_id(i) for i in (tie["subject_id"], tie["object_id"]))
        schema_name, source, target, role = spec.ftm_schema, spec.ftm_source, spec.ftm_target, spec.ftm_role
        if tie.get("negated") or not self._fits(schema_name, source_id, target_id):
            # UnknownLink takes any two Things; the role keeps the tie type readable in Aleph
            schema_name, source, target = "UnknownLink", "subject", "object"
            role = f"{'not ' if tie.get('negated') else ''}{spec.en}"
        proxy = ftm_model.make_entity(schema_name)
        proxy.id = tie_ftm_id(tie["id"])
        proxy.add(source, source_id)
        proxy.add(target, target_id)
        roles = [r for r in (role, tie.get("role")) if r]
        if proxy.schema.get("role"):
            proxy.add("role", roles)
        elif proxy.schema.get("relationship"):  # Family, Associate
            proxy.add("relationship", roles or [spec.fr])
        if tie.get("status"):
            proxy.add("status", tie["status"], quiet=True)
        add(proxy, "startDate", tie.get("date"))
        self._add_money(proxy, tie)
        best = best_evidence(tie)
        if best:
            proxy.add("summary", best.get("sentence"))
        proxy.add("description", tie_header(tie, spec.fr))
        for ev in tie.get("evidence") or []:
            proxy.add("description", evidence_line(ev))
            add(proxy, "sourceUrl", ev.get("url"))
            proxy.add("publisher", ev.get("source"))
        proxy.add("recordId", tie["id"])
        return proxy

    @staticmethod
    def _add_money(proxy: EntityProxy, tie: Item) -> None:
        amounts = [a for a in tie.get("amounts") or [] if a.get("value") is not None]
        if proxy.schema.name == "Payment":
            for a in amounts:
                proxy.add("amount", number(a["value"]))
                proxy.add("currency", a.get("currency"))
        elif proxy.schema.name == "Ownership":
            if tie.get("share") is not None:
                proxy.add("percentage", number(tie["share"]))
            for a in amounts:
                proxy.add("sharesValue", number(a["value"]))
                proxy.add("sharesCurrency", a.get("currency"))
        # other schemata have no money field: the header line of the description carries it
