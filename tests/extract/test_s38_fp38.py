"""(s38-fp38) What cases_s38_fp38.py (run by test_rules.py) does not check: the negation of a sale kept off the
stake and the partnership it names, the regional head's role, and the contest read on the payee only."""
from __future__ import annotations

from types import SimpleNamespace

from cercle.extract.contenders38 import contending_payee
from cercle.extract.regional38 import regional_head

from .ties import named

_KEPT = ("Le groupe Varlin n'entend pas, en revanche, céder sa participation de 25 % dans la coopérative Technova, "
         "son partenaire historique pour l'approvisionnement en fruits.")


def test_refused_sale_keeps_the_stake_and_the_partner(analyse_text):
    rels = analyse_text(_KEPT).relations
    owns = named(rels, "OWNS", "Varlin", "Technova")
    assert owns and not any(r.negated for r in owns)
    partners = named(rels, "PARTNERS_WITH", "Varlin", "Technova", either_way=True)
    assert partners and not any(r.negated for r in partners)


def test_refused_sale_keeps_the_stake_odd_lemma(analyse_text):
    # (the model lemmatises "cèdera" as "cèderer": read on the stem)
    rels = analyse_text("Varlin ne cèdera pas sa participation dans Technova à Arlex.").relations
    owns = named(rels, "OWNS", "Varlin", "Technova")
    assert owns and not any(r.negated for r in owns)


def test_refused_sale_itself_stays_negated(analyse_text):
    rels = analyse_text("Varlin n'a pas cédé sa filiale Technova à Arlex.").relations
    assert all(r.negated for r in named(rels, "ACQUIRES", "Arlex", "Technova"))


def test_regional_head_role_is_the_title(analyse_text):
    rels = analyse_text("Julien Morel, directeur Asie-Pacifique de Varlin, a démissionné.").relations
    got = named(rels, "WORKS_FOR", "Julien Morel", "Varlin")
    assert got and "asie-pacifique" in (got[0].role or "").lower()


def _tie(type_, evidence, subject, obj):
    return SimpleNamespace(type=type_, evidence=evidence, start=0, subject=subject, object=obj, rule="r",
                           status=None, role=None)


def test_contest_read_on_the_payee_only():
    ev = "Varlin Air envisage de commander 200 avions, un dossier sur lequel Technova et Arlex sont en concurrence."
    assert contending_payee(_tie("FUNDS", ev, "Varlin Air", "Technova"))
    assert contending_payee(_tie("FUNDS", ev, "Varlin Air", "Arlex"))
    assert not contending_payee(_tie("OWNS", ev, "Varlin Air", "Technova"))
    paid = "Varlin Air a versé 3 millions d'euros à Technova, qui est en concurrence avec Arlex sur un autre marché."
    assert not contending_payee(_tie("FUNDS", paid, "Varlin Air", "Technova"))


def test_regional_head_not_for_the_place_in_the_object_name():
    ev = "Julien Morel, directeur général pour la France de Varlin France, a démissionné."
    assert regional_head(_tie("LEADS", ev, "Julien Morel", "Varlin France")) is None


def test_source_of_a_holding_is_not_owned():
    from cercle.extract.precision37 import attribution_source
    ev = "Selon le Bulletin officiel de l'UE, Varlin Shipping est détenue par Arlex Holdings, une société chypriote."
    rel = _tie("OWNS", ev, "Arlex Holdings", "Bulletin officiel")
    rel.rule = "owns.verb"
    spans = ([(ev.index("Arlex"), ev.index("Arlex") + 14)], [(ev.index("Bulletin"), ev.index("Bulletin") + 17)])
    assert attribution_source(rel, spans)
    right = _tie("OWNS", ev, "Arlex Holdings", "Varlin Shipping")
    right.rule = "owns.verb"
    assert not attribution_source(right, (spans[0], [(ev.index("Varlin"), ev.index("Varlin") + 15)]))


def test_source_of_a_count_is_no_party():
    from cercle.extract.precision37 import attribution_source
    ev = "D'après le décompte de l'Observatoire Technova, le groupe Varlin a rencontré le fonds Arlex Capital."
    rel = _tie("MEETS", ev, "Observatoire Technova", "Arlex Capital")
    a = ev.index("Observatoire")
    assert attribution_source(rel, ([(a, a + 21)], [(ev.index("Arlex"), ev.index("Arlex") + 13)]))
