"""A small in-memory stand-in for ``cercle.store.Store`` + ``cercle.query`` (the contracts.md shapes).

Used by the web unit tests so they do not depend on the store's internals;
tests that use the real store live beside them.
"""
from __future__ import annotations

import types
from collections import deque

from cercle.errors import NotFound
from cercle.model import load_model


def _tie(tid, ttype, subj, obj, sentence, *, sources=1, date=None, status=None, amount=None,
         attribution=None, flags=(), title="Un article", url="https://exemple.fr/a", source="exemple.fr"):
    spec = load_model().relations[ttype]
    return {"id": tid, "type": ttype, "family": spec.family, "symmetric": spec.symmetric,
            "subject_id": subj[0], "object_id": obj[0], "subject": subj[1], "object": obj[1],
            "status": status, "statuses": [], "amounts": [amount] if amount else [], "share": None,
            "role": None, "date": date, "negated": False, "confidence": 0.8, "sources": sources,
            "first_seen": date, "last_seen": date,
            "evidence": [{"sentence": sentence, "start": 0, "end": len(sentence), "article_id": "a-" + tid,
                          "title": title, "url": url, "source": source, "date": date,
                          "attribution": attribution, "rule": "fake", "confidence": 0.8,
                          "flags": list(flags)}]}


HOSTILE = ('Selon <img src=x onerror="window.__pwned=1">, Jeanne Martel a cédé '
           '<script>window.__pwned=2;document.title="pwned"</script> ses parts à Vertigo.')


def sample_data():
    martel = ("per-martel", "Jeanne Martel")
    orion = ("org-orion", "Orion Capital")
    vertigo = ("org-vertigo", "Vertigo")
    bercy = ("gov-bercy", "Ministère de l'Économie")
    durand = ("per-durand", "Paul Durand")
    entities = [
        {"id": "per-martel", "name": "Jeanne Martel", "type": "PER", "aliases": ["Martel", "la fondatrice"],
         "sources": 3, "first_seen": "2023-01-05", "last_seen": "2024-03-01", "flags": []},
        {"id": "org-orion", "name": "Orion Capital", "type": "ORG", "aliases": ["Orion"], "sources": 2,
         "first_seen": "2023-01-05", "last_seen": "2024-03-01", "flags": ["ai_assistant_leftover"]},
        {"id": "org-vertigo", "name": "Vertigo", "type": "ORG", "aliases": [], "sources": 2,
         "first_seen": "2023-06-01", "last_seen": "2024-03-01", "flags": []},
        {"id": "gov-bercy", "name": "Ministère de l'Économie", "type": "GOV", "aliases": ["Bercy"],
         "sources": 1, "first_seen": "2024-02-01", "last_seen": "2024-02-01", "flags": []},
        {"id": "per-durand", "name": "Paul Durand", "type": "PER", "aliases": [], "sources": 1,
         "first_seen": "2024-02-01", "last_seen": "2024-02-01", "flags": []},
    ]
    ties = [
        _tie("t1", "LEADS", martel, orion, "Jeanne Martel, présidente d'Orion Capital, a annoncé la nouvelle.",
             sources=3, date="2023-01-05", status="current"),
        _tie("t2", "BIDS_FOR", orion, vertigo,
             "Orion Capital a déposé une offre de 2 milliards d'euros sur Vertigo, que le conseil a rejetée.",
             sources=2, date="2023-06-01", status="rejected",
             amount={"text": "2 milliards d'euros", "value": 2e9, "currency": "EUR"},
             attribution="selon Le Quotidien", flags=["near_duplicate"]),
        _tie("t3", "OPPOSES", martel, vertigo, HOSTILE, date="2024-03-01", flags=["ai_assistant_leftover"],
             title='<b onmouseover="window.__pwned=3">Titre piégé</b>'),
        _tie("t4", "MEETS", durand, bercy, "Paul Durand a rencontré le Ministère de l'Économie mardi.",
             date="2024-02-01"),
        _tie("t5", "ALLY_OF", durand, martel, "Paul Durand est un proche de Jeanne Martel.", date="2024-02-01"),
    ]
    return entities, ties


class FakeStore:
    def __init__(self, entities=None, ties=None):
        if entities is None:
            entities, ties = sample_data()
        self.entities = {e["id"]: e for e in entities}
        self.ties_list = list(ties or [])
        self.merged: list[tuple[str, str]] = []

    def stats(self):
        return {"articles": len(self.ties_list), "entities": len(self.entities), "ties": len(self.ties_list),
                "evidence": len(self.ties_list), "skipped": 0}

    def iter_entities(self):
        return iter(self.entities.values())

    def iter_ties(self):
        return iter(self.ties_list)

    def merge(self, keep, drop):
        self.merged.append((keep, drop))
        return keep

    def close(self):
        pass


def _entity(store, ref):
    if ref in store.entities:
        return store.entities[ref]
    for e in store.entities.values():
        if ref.casefold() in [n.casefold() for n in [e["name"], *e["aliases"]]]:
            return e
    raise NotFound(ref)


def search(store, q, limit=10):
    q = q.casefold()
    hits = [e for e in store.entities.values()
            if any(n.casefold().startswith(q) for n in [e["name"], *e["aliases"]])]
    return [{k: e[k] for k in ("id", "name", "type", "aliases", "sources")} for e in hits[:limit]]


def resolve_name(store, name):
    return _entity(store, name)["id"]


def _with_other(tie, eid):
    out = dict(tie)
    mine = tie["subject_id"] == eid
    oid = tie["object_id"] if mine else tie["subject_id"]
    out["other"] = {"id": oid, "name": _entity_name(tie, oid), "type": None}
    out["direction"] = "both" if tie["symmetric"] else ("out" if mine else "in")
    return out


def _entity_name(tie, eid):
    return tie["subject"] if tie["subject_id"] == eid else tie["object"]


def entity_ties(store, entity_id, types=None, family=None, min_sources=1, date_from=None, date_to=None,
                limit=200, min_confidence=0.0):
    eid = _entity(store, entity_id)["id"]
    out = []
    for t in store.ties_list:
        if eid not in (t["subject_id"], t["object_id"]):
            continue
        if types and t["type"] not in types or family and t["family"] != family:
            continue
        if t["sources"] < min_sources or (t.get("confidence") or 0) < min_confidence:
            continue
        if date_from and (t["date"] or "") < date_from or date_to and (t["date"] or "9999") > date_to:
            continue
        out.append(_with_other(t, eid))
    return out[:limit]


def who(store, name_or_id):
    e = _entity(store, name_or_id)
    grouped = {}
    for t in entity_ties(store, e["id"]):
        g = grouped.setdefault(t["type"], {"count": 0, "items": []})
        g["count"] += 1
        g["items"].append(t)
    return dict(e, ties=grouped)


def ties(store, a, b):
    a, b = _entity(store, a)["id"], _entity(store, b)["id"]
    return [t for t in store.ties_list if {t["subject_id"], t["object_id"]} == {a, b}]


def path(store, a, b, k=3, families=None, min_sources=1, max_depth=6, min_confidence=0.0):
    a, b = _entity(store, a)["id"], _entity(store, b)["id"]
    prev, seen, todo = {}, {a}, deque([a])
    while todo:
        cur = todo.popleft()
        for t in store.ties_list:
            if cur in (t["subject_id"], t["object_id"]):
                nxt = t["object_id"] if t["subject_id"] == cur else t["subject_id"]
                if nxt not in seen:
                    seen.add(nxt)
                    prev[nxt] = (cur, t)
                    todo.append(nxt)
    if b not in prev:
        return []
    hops, cur = [], b
    while cur != a:
        before, t = prev[cur]
        hops.append(dict(t, **{"from": before, "to": cur}))
        cur = before
    hops.reverse()
    return [{"length": len(hops), "hops": hops}][:k]


def timeline(store, name):
    eid = _entity(store, name)["id"]
    items = [t for t in store.ties_list if eid in (t["subject_id"], t["object_id"])]
    return [{"date": t["date"], "tie": t} for t in sorted(items, key=lambda t: t["date"] or "")]


def neighbourhood(store, entity_id, depth=1, limit=100):
    eid = _entity(store, entity_id)["id"]
    edges = [t for t in store.ties_list if eid in (t["subject_id"], t["object_id"])]
    ids = {eid} | {t["subject_id"] for t in edges} | {t["object_id"] for t in edges}
    return {"nodes": [{k: store.entities[i][k] for k in ("id", "name", "type")} for i in ids],
            "edges": [{"id": t["id"], "source": t["subject_id"], "target": t["object_id"], "type": t["type"],
                       "family": t["family"], "sources": t["sources"]} for t in edges]}


def fake_query():
    """The functions above as a module-like object, as create_app(query=...) expects."""
    names = ["search", "resolve_name", "who", "entity_ties", "ties", "path", "timeline", "neighbourhood"]
    return types.SimpleNamespace(**{n: globals()[n] for n in names})
