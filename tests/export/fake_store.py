"""A small fake store: invented French actors and ties shaped like Store.iter_entities/iter_ties.

The names, outlets and sentences are made up by the team; any likeness is an accident.
"""
from __future__ import annotations

import copy


def ev(sentence, article, url=None, source="La Gazette du Rhône", date="2024-03-12", flags=(),
       attribution=None, confidence=0.8, title="Un article"):
    return {"sentence": sentence, "start": 0, "end": len(sentence), "article_id": article,
            "title": title, "url": url, "source": source, "date": date, "attribution": attribution,
            "rule": "test", "confidence": confidence, "flags": list(flags)}


def ent(id, name, type, aliases=(), sources=1, flags=()):
    return {"id": id, "name": name, "type": type, "aliases": list(aliases), "sources": sources,
            "first_seen": "2024-01-05", "last_seen": "2024-03-12", "flags": list(flags)}


ENTITIES = [
    ent("e-marchand", "Hélène Marchand", "PER", ["Marchand", "la présidente du directoire"], 3),
    ent("e-vautrin", "Groupe Vautrin", "ORG", ["Vautrin", "le groupe lyonnais"], 4),
    ent("e-castellane", "Holding Castellane", "ORG", ["Castellane"], 2),
    ent("e-sarrazin", "Banque Sarrazin", "ORG", [], 2, flags=["near_duplicate"]),
    ent("e-bercy", "Ministère de l'Économie", "GOV", ["Bercy"], 2),
    ent("e-paul", "Paul Marchand", "PER", [], 1),
    ent("e-forum", "Forum de Lanvaux", "OTHER", [], 1),
]
NAMES = {e["id"]: e["name"] for e in ENTITIES}


def tie(id, type, family, subject, object, symmetric=False, sources=1, evidence=(), **extra):
    t = {"id": id, "type": type, "family": family, "symmetric": symmetric,
         "subject_id": subject, "object_id": object, "subject": NAMES[subject], "object": NAMES[object],
         "status": None, "statuses": [], "amounts": [], "share": None, "role": None, "date": None,
         "negated": False, "confidence": 0.7, "sources": sources, "first_seen": "2024-01-05",
         "last_seen": "2024-03-12", "evidence": list(evidence)}
    t.update(extra)
    return t


TIES = [
    tie("t-leads", "LEADS", "control", "e-marchand", "e-vautrin", sources=3, role="PDG", date="2021",
        status="current", statuses=[{"status": "current", "date": "2024-01-05", "article_id": "a1"}],
        evidence=[ev("Hélène Marchand, PDG du groupe Vautrin depuis 2021, a présidé l'assemblée.", "a1",
                     url="https://exemple.fr/a1")]),
    tie("t-bid", "BIDS_FOR", "capital", "e-castellane", "e-vautrin", sources=2, status="rejected",
        statuses=[{"status": "proposed", "date": "2024-01-05", "article_id": "a1"},
                  {"status": "rejected", "date": "2024-02-20", "article_id": "a2"}],
        amounts=[{"text": "3,2 milliards d'euros", "value": 3.2e9, "currency": "EUR"},
                 {"text": "3 milliards d'euros", "value": 3.0e9, "currency": "EUR"}],
        evidence=[ev("La holding Castellane a déposé une offre de 3,2 milliards d'euros sur Vautrin.", "a1",
                     url="https://exemple.fr/a1", flags=["ai_assistant_leftover"], confidence=0.9),
                  ev("Le conseil de Vautrin a rejeté l'offre de 3 milliards d'euros de Castellane.", "a2",
                     url="https://autre.fr/a2", source="Le Courrier de l'Ouest", date="2024-02-20",
                     attribution="selon Le Courrier")]),
    tie("t-owns", "OWNS", "capital", "e-castellane", "e-sarrazin", sources=1, share=12.5,
        evidence=[ev("Castellane détient 12,5 % de la Banque Sarrazin ; \"une part\",\ndit-on.", "a3",
                     url="https://exemple.fr/a3")]),
    # a second tie between the same two actors: graph exports need parallel edges
    tie("t-stake", "OWNS", "capital", "e-castellane", "e-vautrin", sources=1, share=4.9,
        evidence=[ev("Castellane possède déjà 4,9 % du capital de Vautrin.", "a1", url="https://exemple.fr/a1")]),
    tie("t-funds", "FUNDS", "capital", "e-bercy", "e-vautrin", sources=2,
        amounts=[{"text": "300 millions d'euros", "value": 3e8, "currency": "EUR"}], date="2023-11-02",
        evidence=[ev("Bercy a versé 300 millions d'euros au groupe Vautrin.", "a2", url=None)]),
    tie("t-family", "FAMILY", "cooperation", "e-marchand", "e-paul", symmetric=True, sources=1, role="frère",
        evidence=[ev("Paul Marchand, frère d'Hélène Marchand, siège aussi au conseil.", "a1",
                     url="https://exemple.fr/a1")]),
    # ends that the FtM schema does not accept: Associate wants two Persons, Directorship an Organization
    tie("t-ally", "ALLY_OF", "cooperation", "e-marchand", "e-sarrazin", symmetric=True, sources=1,
        evidence=[ev("Hélène Marchand est une proche de la Banque Sarrazin.", "a3")]),
    tie("t-leads-forum", "LEADS", "control", "e-paul", "e-forum", sources=1, role="président",
        evidence=[ev("Paul Marchand préside le Forum de Lanvaux.", "a3")]),
    tie("t-former", "WORKS_FOR", "control", "e-paul", "e-vautrin", sources=1, status="former",
        evidence=[ev("Ancien de Vautrin, Paul Marchand a quitté le groupe en 2019.", "a2")]),
    tie("t-sues", "SUES", "conflict", "e-sarrazin", "e-castellane", sources=2,
        evidence=[ev("La Banque Sarrazin a assigné Castellane devant le tribunal de commerce.", "a2")]),
    tie("t-denied", "ACCUSES", "conflict", "e-paul", "e-bercy", sources=1, negated=True, status="denied",
        evidence=[ev("Paul Marchand n'a jamais accusé Bercy de favoritisme.", "a3")]),
]


class FakeStore:
    """Yields deep copies so an exporter that mutates items cannot hide a bug."""

    def __init__(self, entities=ENTITIES, ties=TIES, on_yield=None):
        self.entities, self.ties, self.on_yield = entities, ties, on_yield

    def iter_entities(self):
        for e in self.entities:
            yield copy.deepcopy(e)

    def iter_ties(self):
        for t in self.ties:
            if self.on_yield:
                self.on_yield(t)
            yield copy.deepcopy(t)


POSITIVE_TIES = [t for t in TIES if not t["negated"]]
