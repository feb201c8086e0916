"""The exporter contract and the small helpers every format shares.

An exporter receives items one by one through ``write(item)`` and closes its
output in ``finalize()``, as followthemoney's ``export/common.py`` does: the
store is never loaded whole unless the format needs it (GEXF and GraphML
build a networkx graph in ``finalize``).

Items are the dicts of ``Store.iter_entities()`` / ``Store.iter_ties()``
(see docs/exports.md) with one more key, ``"kind"``: ``"entity"`` or
``"tie"``. Entities always come before ties.
"""
from __future__ import annotations

from typing import Any, ClassVar, TextIO

Item = dict[str, Any]


class Exporter:
    """Base class: subclasses implement ``write`` and usually ``finalize``.

    ``target`` is a text stream for file formats (``target_kind = "stream"``)
    or a directory path for formats made of several files
    (``target_kind = "directory"``).
    """

    #: short name used by ``cercle export --format``
    name: ClassVar[str] = ""
    #: "stream" (one text file, may be stdout) or "directory"
    target_kind: ClassVar[str] = "stream"
    #: file name suffix suggested for the output
    suffix: ClassVar[str] = ""
    #: True when the format is written line by line (stdout is its default output)
    line_format: ClassVar[bool] = False

    def __init__(self, target: TextIO | str) -> None:
        self.target = target
        self.entities = 0
        self.ties = 0

    def write(self, item: Item) -> None:
        raise NotImplementedError

    def finalize(self) -> None:
        pass


# --- helpers shared by several formats ---------------------------------------

JOIN = " | "  # lists become one string in formats without list values (GEXF, GraphML, CSV)


def join(values, sep: str = JOIN) -> str:
    """A list as one string, skipping empty values and keeping the order."""
    return sep.join(str(v) for v in (values or []) if v not in (None, ""))


def text(value: Any) -> str:
    """None becomes "" (Gephi and the CSV readers do not like missing values)."""
    return "" if value is None else str(value)


def one_line(value: Any) -> str:
    """Evidence sentences may hold newlines (table rows); keep CSV rows on one line."""
    return " ".join(text(value).split())


def evidence_flags(tie: Item) -> list[str]:
    """Every source-quality flag of the articles behind a tie, sorted, without repeats."""
    return sorted({f for ev in tie.get("evidence") or [] for f in ev.get("flags") or []})


def evidence_urls(tie: Item) -> list[str]:
    """The distinct article URLs of a tie, in evidence order."""
    seen: dict[str, None] = {}
    for ev in tie.get("evidence") or []:
        if ev.get("url"):
            seen.setdefault(ev["url"], None)
    return list(seen)


def evidence_sources(tie: Item) -> list[str]:
    """The distinct outlets (``source``) of a tie, in evidence order."""
    seen: dict[str, None] = {}
    for ev in tie.get("evidence") or []:
        if ev.get("source"):
            seen.setdefault(ev["source"], None)
    return list(seen)


def best_evidence(tie: Item) -> Item | None:
    """The evidence a reader should see first.

    Preference: an article without quality flags, then the highest
    confidence, then one with a URL, then the earliest date; the sentence
    text breaks the last ties so the choice does not depend on store order.
    """
    evidence = tie.get("evidence") or []
    if not evidence:
        return None

    def key(ev: Item):
        return (bool(ev.get("flags")), -(ev.get("confidence") or 0.0), not ev.get("url"),
                ev.get("date") or "9999", ev.get("sentence") or "")

    return min(evidence, key=key)


def amounts_text(tie: Item) -> str:
    """Amounts as written ("12 milliards d'euros | 11,8 milliards d'euros")."""
    return join(a.get("text") for a in tie.get("amounts") or [])


def status_history(tie: Item) -> str:
    """"proposed (2024-01-03) → rejected (2024-02-10)"; empty when there is none."""
    steps = []
    for s in tie.get("statuses") or []:
        if not s.get("status"):
            continue
        steps.append(f"{s['status']} ({s['date']})" if s.get("date") else s["status"])
    return " → ".join(steps)


def number(value: Any) -> str:
    """12500000000.0 → "12500000000", 12.5 → "12.5" (no exponent, no trailing .0)."""
    value = float(value)
    return str(int(value)) if value.is_integer() else repr(value)


def evidence_count(tie: Item) -> int:
    """The store's count when it gives one (it may list fewer sentences than it holds)."""
    count = tie.get("evidence_count")
    return int(count) if count is not None else len(tie.get("evidence") or [])
