"""(s36-pairs36) The learned pair reader retrained on the team's real-press passages (docs/learned-pairs.md,
"Retrained on real press (thirty-sixth session)"): the stored model loads with its filters and its confidence
table; the filters read what they say; with the reader on, shapes no rule reads give a tie and two unrelated
actors none. Every name here is invented."""
from __future__ import annotations

import pytest

from cercle.extract import learned


def test_stored_model_loads_with_filters_and_confidences():
    model = learned.load_pair_model()
    assert model is not None
    assert set(model["filters"]) <= set(learned.FILTERS) and "one2" in model["filters"]
    assert 0.5 <= model["threshold"] <= 1.0
    table = model["confidence"]
    assert table and all(0 < p < 1 for _, p in table)
    assert [lo for lo, _ in table] == sorted(lo for lo, _ in table)
    assert [p for _, p in table] == sorted(p for _, p in table)   # (a surer pair never gets a lower confidence)
    assert "corpus" not in model["meta"]["trained_on"]


def test_confidence_is_the_held_out_precision_of_the_bin():
    model = {"confidence": [[0.5, 0.4], [0.8, 0.7], [0.95, 0.85]]}
    assert learned.confidence_of(model, 0.6) == 0.4
    assert learned.confidence_of(model, 0.8) == 0.7
    assert learned.confidence_of(model, 0.99) == 0.85
    assert learned.confidence_of({}, 0.8) == 0.7   # (no table: 0.3 + 0.5 p)


def test_filters_read_the_pair():
    named = ["K:name>name", "DA:nsubj", "DB:obj", "P:nsubj|VERB|obj", "BT:LEADS"]
    pron = ["K:pronoun>name", "DA:nsubj", "DB:obj", "P:nsubj|VERB|obj"]
    desc = ["K:descriptor>name", "DA:nsubj", "DB:obj", "P:nsubj|VERB|conj"]
    assert learned.pair_allowed(named, "LEADS", ["names", "cuepath"])
    assert not learned.pair_allowed(named, "OWNS", ["cuepath"])
    assert not learned.pair_allowed(pron, "LEADS", ["names"])
    assert learned.pair_allowed(pron, "LEADS", ["namepron"])
    assert not learned.pair_allowed(desc, "LEADS", ["namepron"])
    assert not learned.pair_allowed(desc, "LEADS", ["conj"])
    assert not learned.pair_allowed(named, "LEADS", ["resp"], resp=True)
    assert learned.pair_allowed(named, "OWNS", ["cuesent"], scues=("OWNS",))


def test_one_tie_per_actor_and_none_for_an_actor_a_rule_holds():
    cands = [(0.9, "LEADS>", "A", "B"), (0.8, "OWNS>", "A", "C"), (0.7, "FUNDS>", "C", "D")]
    assert [c[1] for c in learned.one_per_mention(cands, (), ["one"])] == ["LEADS>", "FUNDS>"]
    assert [c[1] for c in learned.one_per_mention(cands, {"B", "Z"}, ["one2"])] == ["OWNS>"]   # (B is held)
    assert learned.one_per_mention(cands, {"A"}, []) == cands


def _learned(analyse_text, text):
    return {(r.type, r.subject, r.object) for r in analyse_text(text).relations if r.rule == learned.RULE_ID}


# Shapes no rule reads (checked with the reader off), worded with cue words of several families: a payment
# ("versera … à"), a post among several ("l'un des … associés de"), control by a past participle ("désormais
# contrôlé par").
ADDED = [
    ("Le groupe Valmora versera 8 millions d'euros à la communauté de communes du Val d'Orbe au titre de la "
     "revitalisation du site.", ("FUNDS", "Valmora", "communauté de communes du Val d'Orbe")),
    ("Pour Térence Malguy, l'un des quatre avocats associés de Brissac & Lemoine, le dossier reste fragile.",
     ("WORKS_FOR", "Térence Malguy", "Brissac & Lemoine")),
    ("Le fabricant Norvalis, désormais contrôlé par l'investisseur belge Hugues Van Drael, a annoncé un plan social.",
     ("OWNS", "Hugues Van Drael", "Norvalis")),
]

NOTHING = [
    "Le rapport cite à la fois Térence Moulard et l'entreprise Valdrôme Textiles, sans autre précision.",
    "Gaspard Olivetti a croisé Mathilde Serrault au salon de l'agriculture, sans lui adresser la parole.",
]


@pytest.mark.slow
@pytest.mark.parametrize("text,tie", ADDED)
def test_reader_on_adds_a_tie_no_rule_reads(analyse_text, monkeypatch, text, tie):
    monkeypatch.setenv("CERCLE_LEARNED_PAIRS", "0")
    assert tie not in {(r.type, r.subject, r.object) for r in analyse_text(text).relations}
    monkeypatch.setenv("CERCLE_LEARNED_PAIRS", "1")   # (on, at the file's threshold)
    got = [r for r in analyse_text(text).relations if r.rule == learned.RULE_ID]
    assert tie in {(r.type, r.subject, r.object) for r in got}
    model = learned.load_pair_model()
    assert all(r.confidence in {p for _, p in model["confidence"]} for r in got)


@pytest.mark.slow
@pytest.mark.parametrize("text", NOTHING)
def test_reader_on_adds_nothing_between_unrelated_actors(analyse_text, monkeypatch, text):
    monkeypatch.setenv("CERCLE_LEARNED_PAIRS", "1")
    assert not _learned(analyse_text, text)
