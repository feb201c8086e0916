"""Scoring of ONTOLOGY.md, exactly.

A predicted relation matches a gold one when the types are equal (or, for the
relaxed score, in the same family), the subject and object names match the
gold entities (case, accents, leading articles and punctuation ignored; any
alias counts) and, for symmetric types, in either order. Matching is one to
one and micro-averaged over all documents. A negated tie only matches a
negated gold tie ("never counted as positive ties").
Entities are scored over (name, type) with the same name matching.
"""
from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from ..model import load_model

# A leading article: a whole word followed by a space ("les Républicains"), or an elided one ("l'Etat");
# never the start of a name ("Union", "Lagardère", "Desjardins").
_ARTICLES = re.compile(r"^(?:(?:les|le|la|une|un|des|du|de la)\s+|(?:de l'|l'|d')\s*)")
_PUNCT = re.compile(r"[^\w\s]")


def normalise_name(name: str) -> str:
    s = unicodedata.normalize("NFKD", name.replace("’", "'"))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower().strip()
    s = _ARTICLES.sub("", s)
    s = _PUNCT.sub(" ", s)
    return " ".join(s.split())


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: "Counts") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def prf(self) -> dict:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass
class DocScore:
    id: str
    strict: Counts = field(default_factory=Counts)
    relaxed: Counts = field(default_factory=Counts)
    entities: Counts = field(default_factory=Counts)
    by_type: dict[str, Counts] = field(default_factory=dict)
    false_ties: list[dict] = field(default_factory=list)
    missed_ties: list[dict] = field(default_factory=list)


def _gold_keys(gold: dict) -> dict[str, set[str]]:
    return {e["id"]: {normalise_name(n) for n in [e["name"], *e.get("aliases", [])]}
            for e in gold["entities"]}


def _matches(pred: dict, g: dict, keys: dict[str, set[str]], same_type: Callable[[str, str], bool]) -> bool:
    if not same_type(pred["type"], g["type"]) or bool(pred.get("negated")) != bool(g.get("negated")):
        return False
    s, o = normalise_name(pred["subject"]), normalise_name(pred["object"])
    gs, go = keys.get(g["subject"], set()), keys.get(g["object"], set())
    if s in gs and o in go:
        return True
    symmetric = load_model().is_symmetric(g["type"]) and load_model().is_symmetric(pred["type"])
    return symmetric and s in go and o in gs


def _match(preds: list[dict], golds: list[dict], keys, same_type) -> tuple[list[int | None], set[int]]:
    """Greedy one-to-one matching: for each prediction, the first free gold it matches."""
    used: set[int] = set()
    assignment: list[int | None] = []
    for p in preds:
        hit = next((i for i, g in enumerate(golds) if i not in used and _matches(p, g, keys, same_type)), None)
        if hit is not None:
            used.add(hit)
        assignment.append(hit)
    return assignment, used


def _dedupe(preds: Iterable[dict]) -> list[dict]:
    seen, out = set(), []
    for p in preds:
        k = (p["type"], normalise_name(p["subject"]), normalise_name(p["object"]), bool(p.get("negated")))
        if load_model().is_symmetric(p["type"]):
            k = (p["type"], *sorted(k[1:3]), k[3])
        if k not in seen:
            seen.add(k)
            out.append(p)
    return out


def score_document(gold: dict, predicted: dict) -> DocScore:
    model = load_model()
    keys = _gold_keys(gold)
    golds = gold["relations"]
    preds = _dedupe(predicted.get("relations", []))
    ds = DocScore(gold["id"])

    strict, used = _match(preds, golds, keys, lambda a, b: a == b)
    for p, hit in zip(preds, strict):
        c = ds.by_type.setdefault(p["type"], Counts())
        if hit is None:
            c.fp += 1
            ds.false_ties.append(p)
        else:
            c.tp += 1
    for i, g in enumerate(golds):
        if i not in used:
            ds.by_type.setdefault(g["type"], Counts()).fn += 1
            names = {e["id"]: e["name"] for e in gold["entities"]}
            ds.missed_ties.append({**g, "subject": names.get(g["subject"]), "object": names.get(g["object"])})
    tp = sum(h is not None for h in strict)
    ds.strict = Counts(tp, len(preds) - tp, len(golds) - tp)

    relaxed, _ = _match(preds, golds, keys, lambda a, b: model.family(a) == model.family(b))
    rtp = sum(h is not None for h in relaxed)
    ds.relaxed = Counts(rtp, len(preds) - rtp, len(golds) - rtp)

    gold_ents = [(keys[e["id"]], e["type"]) for e in gold["entities"]]
    pred_ents = predicted.get("entities", [])
    matched_gold: set[int] = set()
    etp = 0
    for e in pred_ents:
        names = {normalise_name(n) for n in [e["name"], *e.get("aliases", [])]}
        hit = next((i for i, (k, t) in enumerate(gold_ents)
                    if i not in matched_gold and t == e["type"] and normalise_name(e["name"]) in k), None)
        if hit is not None:
            matched_gold.add(hit)
            etp += 1
    ds.entities = Counts(etp, len(pred_ents) - etp, len(gold_ents) - etp)
    return ds


def score_documents(pairs: Iterable[tuple[dict, dict]]) -> dict:
    """Micro-averaged scores over (gold, predicted) document pairs."""
    strict, relaxed, ents = Counts(), Counts(), Counts()
    by_type: dict[str, Counts] = {t: Counts() for t in load_model().relations}
    docs = []
    for gold, pred in pairs:
        ds = score_document(gold, pred)
        strict.add(ds.strict)
        relaxed.add(ds.relaxed)
        ents.add(ds.entities)
        for t, c in ds.by_type.items():
            by_type[t].add(c)
        docs.append({"id": ds.id, "strict": ds.strict.prf(), "false_ties": ds.false_ties,
                     "missed_ties": ds.missed_ties})
    return {"documents": len(docs), "strict": strict.prf(), "relaxed": relaxed.prf(),
            "entities": ents.prf(), "by_type": {t: c.prf() for t, c in by_type.items()},
            "per_document": docs}


def load_gold_dir(gold_dir: str | Path) -> list[dict]:
    files = sorted(Path(gold_dir).glob("*.json"))
    golds = [json.loads(f.read_text("utf-8")) for f in files]
    return [g for g in golds if "relations" in g and "text" in g]


def evaluate_dir(gold_dir: str | Path, nlp=None, progress=None, min_confidence: float = 0.0) -> dict:
    """Run the extractor on every gold file's text and score it (only the ties whose confidence reaches
    ``min_confidence``, as ``cercle extract --min-confidence`` keeps them)."""
    from ..nlp import get_nlp
    from ..pipeline import process_many
    from ..records import Article, DocumentResult, confident

    golds = load_gold_dir(gold_dir)
    if not golds:
        raise FileNotFoundError(f"no gold files (*.json with text and relations) in {gold_dir}")
    nlp = nlp or get_nlp()
    articles = [Article(id=g["id"], text=g["text"], path=str(Path(gold_dir) / f"{g['id']}.json"))
                for g in golds]
    preds, failed = [], []
    for res in process_many(articles, nlp):
        if isinstance(res, DocumentResult):
            pred = res.to_dict()
            pred["relations"] = confident(pred["relations"], min_confidence)
            preds.append(pred)
        else:   # scored as empty, and said: a crash must not pass for a recall drop
            preds.append({"relations": [], "entities": []})
            failed.append({"id": res.id, "reason": res.reason, "message": res.message})
        if progress:
            progress()
    result = score_documents(zip(golds, preds))
    result["failed"] = failed
    from ..extract.calibration import floor
    result["floor"] = floor()   # ties below it were dropped by the pipeline (docs/confidence.md)
    return result


def type_counts(gold_dir: str | Path) -> Counter:
    return Counter(r["type"] for g in load_gold_dir(gold_dir) for r in g["relations"])
