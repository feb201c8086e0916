"""A real SQLite store built from hand-made DocumentResults (team-written French, invented actors).

One article is hostile: markup and event handlers in its sentence, title, link
and even an actor's name, as a scraped page could carry them.
"""
from __future__ import annotations

from pathlib import Path

from cercle.store import Store
from cercle.store.build import document

# No "." inside the payloads: the hand-made sentence splitter cuts on it.
HOSTILE_NAME = "Zorg <img src=x onerror=\"window['__pwned']=4\">"
HOSTILE_TEXT = (f"Selon <img src=x onerror=\"window['__pwned']=1\">, Vertigo accuse {HOSTILE_NAME} de concurrence "
                "déloyale <script>window['__pwned']=2;document['title']='pwned'</script>.")

ARTICLES = [
    dict(id="a1", title="Orion Capital vise Vertigo", url="https://exemple.fr/orion-vertigo",
         source="La Gazette des affaires", date="2023-06-01",
         text="Jeanne Martel dirige Orion Capital depuis 2019. "
              "Orion Capital a déposé une offre de 2 milliards d'euros sur Vertigo.",
         entities=[("Jeanne Martel", "PER", ["Martel"]), ("Orion Capital", "ORG", ["Orion"]), ("Vertigo", "ORG")],
         ties=[("LEADS", "Jeanne Martel", "Orion Capital", {"status": "current", "role": "présidente"}),
               ("BIDS_FOR", "Orion Capital", "Vertigo",
                {"status": "proposed", "amount": {"text": "2 milliards d'euros", "value": 2e9, "currency": "EUR"}})]),
    dict(id="a2", title="Vertigo dit non", url="https://exemple.fr/vertigo-non", source="Le Quotidien éco",
         date="2023-07-12", flags=["ai_assistant_leftover"],
         text="Le conseil de Vertigo a rejeté l'offre d'Orion Capital. "
              "Paul Durand, proche de Jeanne Martel, a rencontré le ministère de l'Économie.",
         entities=[("Vertigo", "ORG"), ("Orion Capital", "ORG"), ("Paul Durand", "PER"),
                   ("Jeanne Martel", "PER"), ("ministère de l'Économie", "GOV", ["Bercy"])],
         ties=[("BIDS_FOR", "Orion Capital", "Vertigo", {"status": "rejected", "attribution": "selon Le Quotidien"}),
               ("ALLY_OF", "Paul Durand", "Jeanne Martel"),
               ("MEETS", "Paul Durand", "ministère de l'Économie", {"date": "2023-07-10"})]),
    # A syndicated copy of a2 with a small edit: the store flags it near_duplicate.
    dict(id="a2-copie", title="Vertigo dit non à Orion", url="https://autre.exemple.fr/vertigo",
         source="Le Relais régional", date="2023-07-13",
         text="Le conseil de Vertigo a rejeté l'offre d'Orion Capital. "
              "Paul Durand, proche de Jeanne Martel, a rencontré le ministère de l'Économie lundi.",
         entities=[("Vertigo", "ORG"), ("Orion Capital", "ORG"), ("Paul Durand", "PER"), ("Jeanne Martel", "PER")],
         ties=[("BIDS_FOR", "Orion Capital", "Vertigo", {"status": "rejected"})]),
    dict(id="a3", title="<b onmouseover=\"window['__pwned']=3\">Titre piégé</b>",
         url="javascript:window['__pwned']=5",
         source="<i>site</i>", date="2024-02-01", text=HOSTILE_TEXT,
         entities=[("Vertigo", "ORG"), (HOSTILE_NAME, "ORG")],
         ties=[("ACCUSES", "Vertigo", HOSTILE_NAME, {"evidence": HOSTILE_TEXT, "confidence": 0.8})]),
]


def build(path: Path) -> Path:
    store = Store(path)
    try:
        for a in ARTICLES:
            a = dict(a)
            store.add_document(document(a.pop("text"), a.pop("entities"), a.pop("ties"), **a))
    finally:
        store.close()
    return path


def entity_id(path: Path, name: str) -> str:
    from cercle.query import resolve_name

    store = Store(path, readonly=True)
    try:
        return resolve_name(store, name)
    finally:
        store.close()
