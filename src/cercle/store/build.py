"""Build ``DocumentResult``s by hand, without spaCy: for tests, fixtures and benchmarks.

>>> r = document("Xavier Dupond dirige Zéphyr. Zéphyr rachète Orion.",
...              entities=[("Xavier Dupond", "PER"), ("Zéphyr", "ORG"), ("Orion", "ORG")],
...              ties=[("LEADS", "Xavier Dupond", "Zéphyr"), ("ACQUIRES", "Zéphyr", "Orion")])

A tie's evidence is the first sentence that contains both ends (by name or
alias), or the one given as ``evidence=``.
"""
from __future__ import annotations

import re
from typing import Any

from ..records import Amount, CleanArticle, DocEntity, DocumentResult, Mention, Relation, Sentence

_BREAK = re.compile(r"(?<=[.!?])\s+")
_NOT_AN_END = re.compile(r"(?:\b[A-Z]|\bM|\bMme|\bDr|-[A-Z])\.$")   # "X. Morvan", "M. Morvan", "J.-L."


def sentences(text: str) -> list[Sentence]:
    """Sentences split after . ! ? followed by a space, except after an initial or a title."""
    out, start = [], 0
    for m in _BREAK.finditer(text):
        if _NOT_AN_END.search(text[start:m.start()]):
            continue
        out.append(Sentence(start, m.start(), text[start:m.start()]))
        start = m.end()
    if text[start:].strip():
        end = len(text.rstrip())
        out.append(Sentence(start, end, text[start:end]))
    return out


def document(text: str, entities: list, ties: list = (), id: str = "doc", **article: Any) -> DocumentResult:
    """``entities``: (name, type) or (name, type, [aliases]); ``ties``: (type, subject, object) or
    (type, subject, object, {attribute: value}) with attributes of ``Relation`` (amount may be a dict)."""
    ents = [DocEntity(e[0], e[1], list(e[2]) if len(e) > 2 else []) for e in entities]
    sents = sentences(text)
    mentions = []
    for e in ents:
        for form in [e.name, *e.aliases]:
            for m in re.finditer(re.escape(form), text):
                mentions.append(Mention(m.start(), m.end(), form, e.name, "name" if form == e.name else "short"))
    forms = {e.name: [e.name, *e.aliases] for e in ents}
    rels = []
    for t in ties:
        tie_type, subj, obj = t[:3]
        attrs = dict(t[3]) if len(t) > 3 else {}
        wanted = attrs.pop("evidence", None)
        sent = next((s for s in sents if (wanted and wanted in s.text) or (not wanted and
                     any(f in s.text for f in forms.get(subj, [subj])) and
                     any(f in s.text for f in forms.get(obj, [obj])))), None)
        if sent is None:
            raise ValueError(f"no sentence of the text names both {subj!r} and {obj!r}")
        if isinstance(attrs.get("amount"), dict):
            attrs["amount"] = Amount(**attrs["amount"])
        rels.append(Relation(tie_type, subj, obj, sent.text, sent.start, sent.end, **attrs))
    clean = CleanArticle(id=id, text=text, path=article.pop("path", f"{id}.txt"), **article)
    return DocumentResult(clean, sents, ents, sorted(mentions, key=lambda m: m.start), rels)
