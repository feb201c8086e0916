"""(s35-learned35) The tie scorer (extract/tie_scorer.py): it runs in plain Python (no scikit-learn at run time),
it leaves the ties themselves alone (only their confidence changes), and on invented passages it puts a tie on
the right party above the same rule's tie on a wrong party (a party reached by a pronoun across another
entity of its type, a party that is not the nearest of its kind, one subject given many partners of one type
in one sentence)."""
from __future__ import annotations

import json
import subprocess
import sys
from types import SimpleNamespace

import pytest

from cercle.extract import tie_scorer
from cercle.extract.calibration import calibrate


def _doc(text: str, entities: dict[str, str], mentions: list[tuple[str, str, str]], ties: list[tuple]):
    """Entities {name: type}; mentions (surface, entity, kind), found left to right in ``text`` (a surface
    used twice is given twice); ties (type, subject, object, rule) on the sentence holding both parties."""
    ents = [SimpleNamespace(name=n, type=t, aliases=[]) for n, t in entities.items()]
    ms, cursor = [], {}
    for surface, entity, kind in mentions:
        i = text.index(surface, cursor.get(surface, 0))
        cursor[surface] = i + len(surface)
        ms.append(SimpleNamespace(start=i, end=i + len(surface), text=surface, entity=entity, kind=kind))
    sentences, start = [], 0
    for part in text.split(". "):
        end = start + len(part) + (1 if start + len(part) < len(text) else 0)
        sentences.append((start, min(end, len(text))))
        start += len(part) + 2
    rels = []
    for type_, s, o, rule in ties:
        spans = [m for m in ms if m.entity in (s, o)]
        lo = max(m.start for m in spans if m.entity == s) if any(m.entity == s for m in spans) else 0
        st, en = next((a, b) for a, b in sentences if a <= lo < b)
        rels.append(SimpleNamespace(type=type_, subject=s, object=o, evidence=text[st:en], start=st, end=en,
                                    rule=rule, status=None, negated=False, attribution=None, confidence=0.5))
    return rels, ents, ms


def _conf(text, entities, mentions, ties):
    rels, ents, ms = _doc(text, entities, mentions, ties)
    calibrate(rels, ents, ms)
    return {(r.type, r.subject, r.object): r.confidence for r in rels}


def test_scorer_runs_without_scikit_learn():
    code = ("import sys; sys.modules['sklearn'] = None\n"
            "from types import SimpleNamespace as N\n"
            "from cercle.extract.calibration import calibrate\n"
            "from cercle.extract.tie_scorer import load_scorer\n"
            "assert load_scorer() is not None\n"
            "t = 'Odile Verrier dirige la société Castelane.'\n"
            "r = N(type='LEADS', subject='Odile Verrier', object='Castelane', evidence=t, start=0, end=len(t),"
            " rule='leads.verb', status=None, negated=False, attribution=None, confidence=0.5)\n"
            "e = [N(name='Odile Verrier', type='PER', aliases=[]), N(name='Castelane', type='ORG', aliases=[])]\n"
            "m = [N(start=0, end=13, text='Odile Verrier', entity='Odile Verrier', kind='name'),"
            " N(start=33, end=42, text='Castelane', entity='Castelane', kind='name')]\n"
            "calibrate([r], e, m)\n"
            "assert 0 < r.confidence < 1\n"
            "assert 'sklearn' not in [k for k, v in sys.modules.items() if v is not None]\n"
            "print(r.confidence)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr


def test_weights_hold_no_names():
    model = json.loads(tie_scorer.DATA.read_text("utf-8"))
    prefixes = {k.split("=")[0] for k in model["weights"]}
    assert prefixes <= {"cal", "type", "family", "sig", "stype", "otype", "s_kind", "o_kind", "status"} | {
        k for k in model["weights"] if "=" not in k}
    assert set(model["weights"]) == set(model["means"]) == set(model["scales"])
    assert len(model["platt"]) == 2 and model["platt"][0] > 0


def test_without_mentions_the_table_value_stays():
    text = "Odile Verrier dirige la société Castelane."
    rels, ents, ms = _doc(text, {"Odile Verrier": "PER", "Castelane": "ORG"},
                          [("Odile Verrier", "Odile Verrier", "name"), ("Castelane", "Castelane", "name")],
                          [("LEADS", "Odile Verrier", "Castelane", "leads.verb")])
    calibrate(rels, ents)           # the old call: the calibrated table alone
    alone = rels[0].confidence
    calibrate(rels, ents, ms)
    assert 0 < alone < 1 and 0 < rels[0].confidence < 1


P, O = "PER", "ORG"

# (name, right passage, wrong passage): each passage is (text, entities, mentions, ties); the last tie of the
# wrong passage is the same rule's tie hung on a wrong party. Invented names and sentences.
RANKED = [
    ("a subject reached by a pronoun while another person is named nearer",
     ("Inès Caradec a croisé Bastien Lorrain à Lille. Selon elle, Bastien Lorrain dirige depuis mars le groupe Norvane.",
      {"Inès Caradec": P, "Bastien Lorrain": P, "Norvane": O},
      [("Inès Caradec", "Inès Caradec", "name"), ("Bastien Lorrain", "Bastien Lorrain", "name"),
       ("elle", "Inès Caradec", "pronoun"), ("Bastien Lorrain", "Bastien Lorrain", "name"), ("Norvane", "Norvane", "name")],
      [("LEADS", "Bastien Lorrain", "Norvane", "leads.verb")]),
     ("Inès Caradec a croisé Bastien Lorrain à Lille. Selon elle, Bastien Lorrain dirige depuis mars le groupe Norvane.",
      {"Inès Caradec": P, "Bastien Lorrain": P, "Norvane": O},
      [("Inès Caradec", "Inès Caradec", "name"), ("Bastien Lorrain", "Bastien Lorrain", "name"),
       ("elle", "Inès Caradec", "pronoun"), ("Bastien Lorrain", "Bastien Lorrain", "name"), ("Norvane", "Norvane", "name")],
      [("LEADS", "Inès Caradec", "Norvane", "leads.verb")])),
    ("a founder hung on the person before the apposition's own head",
     ("Claire Montel a salué Yann Doré, fondateur de Pixalis, lors du salon de Nantes.",
      {"Claire Montel": P, "Yann Doré": P, "Pixalis": O},
      [("Claire Montel", "Claire Montel", "name"), ("Yann Doré", "Yann Doré", "name"), ("Pixalis", "Pixalis", "name")],
      [("FOUNDED", "Yann Doré", "Pixalis", "founded.appos")]),
     ("Claire Montel a salué Yann Doré, fondateur de Pixalis, lors du salon de Nantes.",
      {"Claire Montel": P, "Yann Doré": P, "Pixalis": O},
      [("Claire Montel", "Claire Montel", "name"), ("Yann Doré", "Yann Doré", "name"), ("Pixalis", "Pixalis", "name")],
      [("FOUNDED", "Claire Montel", "Pixalis", "founded.appos")])),
    ("a parent company given the wrong subsidiary",
     ("L'entreprise Gavrel a signé avec Lumio, filiale de Tessane, un contrat de dix ans.",
      {"Gavrel": O, "Lumio": O, "Tessane": O},
      [("Gavrel", "Gavrel", "name"), ("Lumio", "Lumio", "name"), ("Tessane", "Tessane", "name")],
      [("OWNS", "Tessane", "Lumio", "owns.subsidiary")]),
     ("L'entreprise Gavrel a signé avec Lumio, filiale de Tessane, un contrat de dix ans.",
      {"Gavrel": O, "Lumio": O, "Tessane": O},
      [("Gavrel", "Gavrel", "name"), ("Lumio", "Lumio", "name"), ("Tessane", "Tessane", "name")],
      [("OWNS", "Tessane", "Gavrel", "owns.subsidiary")])),
    ("a head given the company further on in the sentence",
     ("Hugo Ferrand, directeur de Bracon depuis 2020, a vendu des parts de Sotrami au printemps.",
      {"Hugo Ferrand": P, "Bracon": O, "Sotrami": O},
      [("Hugo Ferrand", "Hugo Ferrand", "name"), ("Bracon", "Bracon", "name"), ("Sotrami", "Sotrami", "name")],
      [("LEADS", "Hugo Ferrand", "Bracon", "leads.appos")]),
     ("Hugo Ferrand, directeur de Bracon depuis 2020, a vendu des parts de Sotrami au printemps.",
      {"Hugo Ferrand": P, "Bracon": O, "Sotrami": O},
      [("Hugo Ferrand", "Hugo Ferrand", "name"), ("Bracon", "Bracon", "name"), ("Sotrami", "Sotrami", "name")],
      [("LEADS", "Hugo Ferrand", "Sotrami", "leads.appos")])),
    ("one person given three companies of one type in one sentence",
     ("Odile Verrier préside la société Castelane depuis 2018.",
      {"Odile Verrier": P, "Castelane": O},
      [("Odile Verrier", "Odile Verrier", "name"), ("Castelane", "Castelane", "name")],
      [("LEADS", "Odile Verrier", "Castelane", "leads.verb")]),
     ("Odile Verrier préside Castelane, client de Mirabel et de Tosca.",
      {"Odile Verrier": P, "Castelane": O, "Mirabel": O, "Tosca": O},
      [("Odile Verrier", "Odile Verrier", "name"), ("Castelane", "Castelane", "name"), ("Mirabel", "Mirabel", "name"),
       ("Tosca", "Tosca", "name")],
      [("LEADS", "Odile Verrier", "Castelane", "leads.verb"), ("LEADS", "Odile Verrier", "Mirabel", "leads.verb"),
       ("LEADS", "Odile Verrier", "Tosca", "leads.verb")])),
    ("a company not mentioned in the tie's sentence",
     ("Le conseil a siégé lundi. Rémi Saulnier, patron de Vélicor, a présenté ses comptes.",
      {"Rémi Saulnier": P, "Vélicor": O},
      [("Rémi Saulnier", "Rémi Saulnier", "name"), ("Vélicor", "Vélicor", "name")],
      [("LEADS", "Rémi Saulnier", "Vélicor", "leads.appos")]),
     ("Vélicor a siégé lundi. Rémi Saulnier, patron du conseil, a présenté ses comptes.",
      {"Rémi Saulnier": P, "Vélicor": O},
      [("Vélicor", "Vélicor", "name"), ("Rémi Saulnier", "Rémi Saulnier", "name")],
      [("LEADS", "Rémi Saulnier", "Vélicor", "leads.appos")])),
    ("a buyer reached by a descriptor rather than by name",
     ("Lucien Tardieu avait racheté Ferronor en 2021 pour un euro symbolique.",
      {"Lucien Tardieu": P, "Ferronor": O},
      [("Lucien Tardieu", "Lucien Tardieu", "name"), ("Ferronor", "Ferronor", "name")],
      [("ACQUIRES", "Lucien Tardieu", "Ferronor", "acquires.verb")]),
     ("L'industriel avait racheté Ferronor en 2021 pour un euro symbolique.",
      {"Lucien Tardieu": P, "Ferronor": O},
      [("L'industriel", "Lucien Tardieu", "descriptor"), ("Ferronor", "Ferronor", "name")],
      [("ACQUIRES", "Lucien Tardieu", "Ferronor", "acquires.verb")])),
]


@pytest.mark.parametrize("name,right,wrong", RANKED, ids=[r[0] for r in RANKED])
def test_right_party_ranks_above_wrong_party(name, right, wrong):
    r, w = _conf(*right), _conf(*wrong)
    assert r[right[3][-1][:3]] > w[wrong[3][-1][:3]]


def test_training_takes_a_pool_out_of_the_table_and_leaves_its_twin_out_too():
    from cercle.extract.tie_scorer_train import _base, _table_less
    table = {"base": 0.8, "weight": 4, "counts": {"R:owns.x": [3, 4], "T:OWNS": [8, 10]},
             "meta": {"ties": 10, "right": 8}}
    rows = [{"keys": ["T:OWNS", "R:owns.x"], "right": True}, {"keys": ["T:OWNS", "R:owns.x"], "right": False},
            {"keys": ["T:OWNS", "R:owns.x"], "right": False}]
    cal = _table_less(table, rows)
    assert cal.counts["R:owns.x"] == [1, 1] and cal.counts["T:OWNS"] == [7, 7] and abs(cal.base - 1.0) < 1e-9
    assert _base("blind33@11f60432^") == _base("blind33") == "blind33"


def test_a_fitted_model_ranks_what_its_rows_taught():
    pytest.importorskip("sklearn")
    from cercle.extract.tie_scorer_train import probability, train
    rows = {d: [{"f": {"cal": 1.0, "s_kind=pronoun": float(i % 2)}, "y": 1 - i % 2} for i in range(40)]
            for d in ("d1", "d2", "d3")}
    model = train(rows, C=1.0)
    assert probability(model, {"cal": 1.0, "s_kind=pronoun": 1.0}) < 0.5 < probability(model, {"cal": 1.0})
