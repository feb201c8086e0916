"""The tie ontology, loaded once from ``schema/relations.yaml`` and validated.

Everything that needs to know about tie types (extractor, store, exports,
evaluation, web) asks this module instead of repeating the table of
ONTOLOGY.md.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .yamldata import load_yaml

from .errors import InvalidModel

FAMILIES = ("control", "capital", "cooperation", "conflict")
ENTITY_TYPES = ("PER", "ORG", "GOV", "OTHER")
FTM_SCHEMAS = {"Directorship", "Employment", "Ownership", "Membership", "Family",
               "Associate", "Payment", "UnknownLink"}


@dataclass(frozen=True)
class TieType:
    name: str
    family: str
    symmetric: bool
    fr: str
    en: str
    ftm_schema: str
    ftm_source: str
    ftm_target: str
    ftm_role: str | None


@dataclass(frozen=True)
class Model:
    relations: dict[str, TieType]
    families: dict[str, dict]
    entity_types: dict[str, dict]
    statuses: tuple[str, ...]

    def family(self, tie_type: str) -> str:
        return self.relations[tie_type].family

    def is_symmetric(self, tie_type: str) -> bool:
        return self.relations[tie_type].symmetric

    def types_in_family(self, family: str) -> list[str]:
        return [t.name for t in self.relations.values() if t.family == family]


def _validate(raw: dict) -> Model:
    for key in ("families", "entity_types", "relations", "statuses"):
        if key not in raw:
            raise InvalidModel(f"relations.yaml: missing section {key!r}")
    if set(raw["families"]) != set(FAMILIES):
        raise InvalidModel(f"relations.yaml: families must be {FAMILIES}")
    if set(raw["entity_types"]) != set(ENTITY_TYPES):
        raise InvalidModel(f"relations.yaml: entity types must be {ENTITY_TYPES}")
    rels: dict[str, TieType] = {}
    for name, spec in raw["relations"].items():
        for field in ("family", "symmetric", "fr", "en", "ftm"):
            if field not in spec:
                raise InvalidModel(f"relations.yaml: {name} has no {field!r}")
        if spec["family"] not in FAMILIES:
            raise InvalidModel(f"relations.yaml: {name} has unknown family {spec['family']!r}")
        ftm = spec["ftm"]
        if ftm.get("schema") not in FTM_SCHEMAS:
            raise InvalidModel(f"relations.yaml: {name} has unknown FtM schema {ftm.get('schema')!r}")
        if not ftm.get("source") or not ftm.get("target"):
            raise InvalidModel(f"relations.yaml: missing edge source/target for {name}")
        rels[name] = TieType(name, spec["family"], bool(spec["symmetric"]), spec["fr"], spec["en"],
                             ftm["schema"], ftm["source"], ftm["target"], ftm.get("role"))
    if len(rels) != 18:
        raise InvalidModel(f"relations.yaml: expected 18 tie types, found {len(rels)}")
    return Model(rels, raw["families"], raw["entity_types"], tuple(raw["statuses"]))


@lru_cache(maxsize=1)
def load_model() -> Model:
    text = resources.files("cercle").joinpath("schema/relations.yaml").read_text("utf-8")
    return _validate(load_yaml(text))


def validate_model(raw: dict) -> Model:
    """Validate a parsed relations.yaml (exposed for tests)."""
    return _validate(raw)
