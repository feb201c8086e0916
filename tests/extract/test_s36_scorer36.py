"""(s36-scorer36) The floor under the tie scorer's value (calibration.apply_floor, `--floor`, CERCLE_FLOOR) and
the scorer's features for the wrong parties the judges found: another actor of the party's type nearer the
tie's cue word (cue words of each type in extract/data/tie_cues.yaml), a party that is one member of a list,
a party reached by a first person in a quote. Invented names and sentences."""
from __future__ import annotations

import json
from types import SimpleNamespace

import pytest
from click.testing import CliRunner

from cercle.extract import calibration
from cercle.extract.calibration import apply_floor, floor
from cercle.extract.tie_scorer import DocContext, _cue_patterns, features


def _rel(rule="leads.verb", confidence=0.5, type_="LEADS"):
    return SimpleNamespace(type=type_, subject="A", object="B", rule=rule, confidence=confidence)


def test_floor_default_and_environment(monkeypatch):
    monkeypatch.delenv("CERCLE_FLOOR", raising=False)
    assert floor() == calibration.DEFAULT_FLOOR
    monkeypatch.setenv("CERCLE_FLOOR", "0.3")
    assert floor() == 0.3
    monkeypatch.setenv("CERCLE_FLOOR", "beaucoup")   # not a number: the default
    assert floor() == calibration.DEFAULT_FLOOR
    monkeypatch.setenv("CERCLE_FLOOR", "3")          # out of range: the default
    assert floor() == calibration.DEFAULT_FLOOR


def test_floor_drops_low_rule_ties_and_leaves_learned_ones(monkeypatch):
    low, high, learned = _rel(confidence=0.12), _rel(confidence=0.81), _rel(rule="learned.pair", confidence=0.1)
    monkeypatch.setenv("CERCLE_FLOOR", "0.2")
    assert apply_floor([low, high, learned]) == [high, learned]
    monkeypatch.setenv("CERCLE_FLOOR", "0")          # the flag off: every tie kept
    assert apply_floor([low, high, learned]) == [low, high, learned]


def test_default_floor_drops_a_low_tie_and_the_flag_off_keeps_it(monkeypatch):
    """Whatever the shipped default, a tie below it is dropped by default and kept with the floor off."""
    monkeypatch.delenv("CERCLE_FLOOR", raising=False)
    monkeypatch.setattr(calibration, "DEFAULT_FLOOR", 0.25)
    low = _rel(confidence=0.1)
    assert apply_floor([low]) == []
    monkeypatch.setenv("CERCLE_FLOOR", "0")
    assert apply_floor([low]) == [low]


# ---- features -------------------------------------------------------------------------------------------

def _features(text, entities, mentions, tie, role=None):
    ents = [SimpleNamespace(name=n, type=t, aliases=[]) for n, t in entities.items()]
    ms, cursor = [], {}
    for surface, entity, kind in mentions:
        i = text.index(surface, cursor.get(surface, 0))
        cursor[surface] = i + len(surface)
        ms.append(SimpleNamespace(start=i, end=i + len(surface), entity=entity, kind=kind))
    type_, s, o = tie
    r = SimpleNamespace(type=type_, subject=s, object=o, evidence=text, start=0, end=len(text), rule="x.y",
                        status=None, negated=False, attribution=None, role=role)
    return features(r, DocContext([r], ents, ms), 0.8, True, True)


P, O = "PER", "ORG"

# Another person nearer the cue word than the tie's subject: three wordings of leading (the cue words differ:
# "PDG", "est à la tête de", "patronne"), names, order and shape differ too. (text, entities, wrong subject,
# right subject, object)
NEAREST_CUE = [
    ("Aline Morel a déjeuné avec Paul Vasseur, PDG de Kelvia, à Rennes.",
     {"Aline Morel": P, "Paul Vasseur": P, "Kelvia": O}, "Aline Morel", "Paul Vasseur", "Kelvia"),
    ("Selon Théo Garnier, c'est Irène Balsan qui est à la tête de Corvane depuis 2019.",
     {"Théo Garnier": P, "Irène Balsan": P, "Corvane": O}, "Théo Garnier", "Irène Balsan", "Corvane"),
    ("Reçu par la patronne de Dunmore, Léa Fontvieille, le syndicaliste Marc Hervé a plaidé pour l'usine.",
     {"Léa Fontvieille": P, "Marc Hervé": P, "Dunmore": O}, "Marc Hervé", "Léa Fontvieille", "Dunmore"),
]


@pytest.mark.parametrize("text,ents,wrong,right,obj", NEAREST_CUE, ids=[c[3] for c in NEAREST_CUE])
def test_another_person_nearer_the_cue(text, ents, wrong, right, obj):
    mentions = sorted(((n, n, "name") for n in ents), key=lambda m: text.index(m[0]))
    fw = _features(text, ents, mentions, ("LEADS", wrong, obj))
    fr = _features(text, ents, mentions, ("LEADS", right, obj))
    assert fw.get("s_not_nearest_cue") == 1.0
    assert not fr.get("s_not_nearest_cue")


# A party that is one member of a list of actors of its type (three list shapes: "de A, de B et de C",
# "A et B", "A ainsi que B").
LISTED = [
    ("Le motoriste Valdane, filiale commune de Brelac, de Quintar et de Solvène, recrute.",
     {"Valdane": O, "Brelac": O, "Quintar": O, "Solvène": O}, ("OWNS", "Quintar", "Valdane")),
    ("Le parquet de Lorvin poursuit la société Atrel pour ses marques Fenwa et Castor.",
     {"parquet de Lorvin": O, "Atrel": O, "Fenwa": O, "Castor": O}, ("OWNS", "Atrel", "Castor")),
    ("Norvia ainsi que Belcourt ont signé avec l'État un contrat de défense.",
     {"Norvia": O, "Belcourt": O, "État": "GOV"}, ("PARTNERS_WITH", "Norvia", "État")),
]


@pytest.mark.parametrize("text,ents,tie", LISTED, ids=[c[2][1] for c in LISTED])
def test_a_party_in_a_list(text, ents, tie):
    mentions = sorted(((n, n, "name") for n in ents), key=lambda m: text.index(m[0]))
    f = _features(text, ents, mentions, tie)
    tag = "o" if tie[2] in ("Castor",) else "s"
    assert f.get(f"{tag}_in_list") == 1.0


def test_a_party_alone_is_no_list_member():
    text = "Odile Verrier préside la société Castelane depuis 2018."
    ents = {"Odile Verrier": P, "Castelane": O}
    f = _features(text, ents, [("Odile Verrier", "Odile Verrier", "name"), ("Castelane", "Castelane", "name")],
                  ("LEADS", "Odile Verrier", "Castelane"))
    assert not f.get("s_in_list") and not f.get("o_in_list") and not f.get("s_not_nearest_cue")


def test_a_pronoun_before_a_comma_is_no_list_member():
    text = "Selon elle, Bastien Lorrain dirige le groupe Norvane."
    ents = {"Inès Caradec": P, "Bastien Lorrain": P, "Norvane": O}
    f = _features(text, ents, [("elle", "Inès Caradec", "pronoun"), ("Bastien Lorrain", "Bastien Lorrain", "name"),
                               ("Norvane", "Norvane", "name")], ("LEADS", "Bastien Lorrain", "Norvane"))
    assert not f.get("s_in_list")


def test_a_first_person_party():
    text = "« Nous avons racheté Brontel l'an dernier », explique le dirigeant."
    ents = {"Marvane": O, "Brontel": O}
    f = _features(text, ents, [("Nous", "Marvane", "pronoun"), ("Brontel", "Brontel", "name")],
                  ("ACQUIRES", "Marvane", "Brontel"))
    assert f.get("s_first_person") == 1.0


def test_cue_lexicon_covers_every_type_and_names_nobody():
    pats = _cue_patterns()
    assert len(pats) == 18
    assert pats["LEADS"].hits("elle chapeaute le groupe") == [5] and pats["LEADS"].hits("le pdg du groupe") == [3]
    assert pats["LEADS"].hits("il est à la tête du groupe") == [7]      # a phrase
    assert not pats["FUNDS"].hits("dont il est membre")   # "don" only as a whole word


@pytest.mark.slow
def test_cli_floor_flag(nlp, one_tie_gold, monkeypatch):
    """`cercle eval --floor 1` drops every rule tie (and says so); `--floor 0` keeps it."""
    from cercle.cli import cli

    # the flag sets CERCLE_FLOOR in os.environ: setenv first so that monkeypatch restores it after the test
    # (delenv of an absent variable records nothing, and the flag's value would leak into later tests)
    monkeypatch.setenv("CERCLE_FLOOR", "0")
    gold_dir = one_tie_gold
    res = {}
    for level in ("0", "1"):
        out = CliRunner().invoke(cli, ["eval", str(gold_dir), "--json", "--floor", level])
        assert out.exit_code == 0, out.output
        data = json.loads(out.output)
        assert data["floor"] == float(level)
        res[level] = data["strict"]["tp"]
    assert res["0"] == 1 and res["1"] == 0


@pytest.mark.parametrize("text,ents,wrong,right,obj", NEAREST_CUE, ids=[c[3] for c in NEAREST_CUE])
def test_the_person_nearest_the_cue_ranks_above_the_other(text, ents, wrong, right, obj):
    """With the shipped weights, the same rule's tie on the person the cue word qualifies gets a higher value
    than its tie on the other person of the sentence."""
    from cercle.extract.calibration import calibrate
    es = [SimpleNamespace(name=n, type=t, aliases=[]) for n, t in ents.items()]
    ms = [SimpleNamespace(start=text.index(n), end=text.index(n) + len(n), entity=n, kind="name") for n in ents]
    rels = [SimpleNamespace(type="LEADS", subject=s, object=obj, evidence=text, start=0, end=len(text),
                            rule="leads.appos", status=None, negated=False, attribution=None, role=None,
                            confidence=0.5) for s in (wrong, right)]
    calibrate(rels, es, ms)
    assert rels[1].confidence > rels[0].confidence
