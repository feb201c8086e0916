"""Shapes query results for the page: labels, the other end of a tie, highlighted actors.

The query layer returns ties as the store holds them; the page also needs to
know which end is "the other actor" and where both actors sit in the evidence
sentence. Highlights are character spans into the sentence, so the browser
can split the text into plain text nodes and ``<mark>`` nodes without ever
parsing markup.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Iterable

from ..model import load_model

# Evidence shown per tie in lists; the whole list comes with /api/ties?a=&b=.
LIST_EVIDENCE = 3
_LEADING = re.compile(r"^(?:l'|l’|la |le |les |du |de la |des )", re.I)


@lru_cache(maxsize=4096)
def _fold_char(c: str) -> str:
    return unicodedata.normalize("NFD", c)[0].casefold()[:1] or c


def _fold(text: str) -> str:
    """Lower-case and strip accents char by char, so offsets stay those of ``text``."""
    if text.isascii():
        return text.lower()
    return "".join(map(_fold_char, text))


@lru_cache(maxsize=8192)
def _pattern(variant: str) -> re.Pattern | None:
    needle = _fold(variant)
    return re.compile(r"(?<!\w)" + re.escape(needle) + r"(?!\w)") if needle else None


def name_variants(name: str, aliases: Iterable[str] = ()) -> list[list[str]]:
    """Ways a sentence may name an actor, in tiers tried in order: first the name, the name
    without its article and the aliases that are proper names; then, only if none of those
    is in the sentence, the name's last word (a surname, a short company name)."""
    first = [name]
    bare = _LEADING.sub("", name).strip()
    if bare and bare != name:
        first.append(bare)
    first += [a for a in aliases if a[:1].isupper() and a not in first]  # not "le milliardaire"
    words = [w for w in re.split(r"\s+", bare) if len(w) >= 3]
    return [first, [words[-1]] if len(words) > 1 else []]


def highlight_spans(sentence: str, actors: dict[str, list[list[str]]]) -> list[dict]:
    """Non-overlapping ``{"start","end","role"}`` spans where each actor is named in ``sentence``
    (``actors``: role → tiers of ``name_variants``); the longer span wins an overlap."""
    folded = _fold(sentence)
    found: list[tuple[int, int, str]] = []
    for role, tiers in actors.items():
        for tier in tiers:
            hits = [(m.start(), m.end(), role) for variant in tier if (pattern := _pattern(variant))
                    for m in pattern.finditer(folded)]
            if hits:
                found += hits
                break
    found.sort(key=lambda s: (s[0], -(s[1] - s[0])))
    spans, last_end = [], -1
    for start, end, role in found:
        if start >= last_end:
            spans.append({"start": start, "end": end, "role": role})
            last_end = end
    return spans


def actor_aliases(store, ids: Iterable[str]) -> dict[str, list[str]]:
    """Aliases of the given actors, read in one query, to find them in evidence sentences.

    Uses the store's reader when the store has a SQLite connection; any other
    store (a fake in tests) simply gets no aliases.
    """
    ids = [i for i in dict.fromkeys(ids) if i]
    if not ids or getattr(store, "conn", None) is None:
        return {}
    from ..store.read import entity_dicts

    return {e["id"]: list(e.get("aliases") or []) for e in entity_dicts(store.conn, ids)}


def shape_tie(tie: dict, entity_id: str | None = None, evidence_limit: int | None = LIST_EVIDENCE,
              aliases: dict[str, list[str]] | None = None) -> dict:
    """A tie dict with French labels, the other end (seen from ``entity_id``) and highlighted evidence
    (``aliases``: actor id → aliases, from ``actor_aliases``)."""
    aliases = aliases or {}
    model = load_model()
    out = dict(tie)
    spec = model.relations.get(tie.get("type", ""))
    out["fr"] = spec.fr if spec else tie.get("type")
    out.setdefault("family", spec.family if spec else None)
    if entity_id is not None and "other" not in out:
        if tie.get("subject_id") == entity_id:
            out["other"] = {"id": tie.get("object_id"), "name": tie.get("object")}
            out["direction"] = "both" if tie.get("symmetric") else "out"
        else:
            out["other"] = {"id": tie.get("subject_id"), "name": tie.get("subject")}
            out["direction"] = "both" if tie.get("symmetric") else "in"
    actors = {"subject": name_variants(tie.get("subject") or "", aliases.get(tie.get("subject_id"), ())),
              "object": name_variants(tie.get("object") or "", aliases.get(tie.get("object_id"), ()))}
    evidence = list(tie.get("evidence") or [])
    out["evidence_count"] = max(len(evidence), tie.get("evidence_count") or 0)
    if evidence_limit is not None:
        evidence = evidence[:evidence_limit]
    out["evidence"] = [dict(ev, highlights=highlight_spans(ev.get("sentence") or "", actors))
                       for ev in evidence]
    return out


def model_for_page() -> dict:
    """Labels and colours the page needs, straight from relations.yaml."""
    model = load_model()
    return {
        "families": {name: {"fr": f.get("fr"), "en": f.get("en"), "color": f.get("color")}
                     for name, f in model.families.items()},
        "relations": {name: {"fr": t.fr, "en": t.en, "family": t.family, "symmetric": t.symmetric}
                      for name, t in model.relations.items()},
        "entity_types": {name: {"fr": e.get("fr"), "en": e.get("en")}
                         for name, e in model.entity_types.items()},
        "statuses": list(model.statuses),
    }
