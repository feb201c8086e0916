"""(s35-prec35) What the cases of cases_s35_prec35.py (run by test_rules.py) do not check: each check of
extract/precision35.py on its own, on relations built by hand (no parse), and the former names it reads."""
from __future__ import annotations

from types import SimpleNamespace

from cercle.extract.precision35 import (clitic_target, former_names, gapped_holder, locative_party,
                                        other_actor_target)
from cercle.records import DocEntity, Relation


def _rel(t, s, o, ev, rule="x.verb"):
    return Relation(type=t, subject=s, object=o, evidence=ev, start=0, end=len(ev), rule=rule)


def test_locative_drops_a_place_as_title_holder():
    for ev in ("Près de Dunbrel, le PDG de Novalis a parlé.", "Aux portes de Dunbrel, la patronne de Novalis a parlé.",
               "Au nord de Dunbrel, le dirigeant de Novalis a parlé.",
               "Non loin de Dunbrel, la présidente du directoire de Novalis a parlé."):
        assert locative_party(_rel("LEADS", "Dunbrel", "Novalis", ev, "leads.title"), None, None, [])


def test_locative_keeps_an_accession_a_dative_and_a_named_party():
    ev = "Opposée à l'entrée de la Norvalie dans l'Union, la Bravonie a levé son veto."
    assert not locative_party(_rel("OPPOSES", "Bravonie", "Norvalie", ev), None, None, [])
    ev = "À Paul Marchand, le PDG de Novalis, on ne refuse rien."
    assert not locative_party(_rel("LEADS", "Paul Marchand", "Novalis", ev, "leads.title"), None, None, [])
    ev = "Auprès de Paul Marchand, le PDG de Novalis, les élus ont plaidé."
    assert not locative_party(_rel("LEADS", "Paul Marchand", "Novalis", ev, "leads.title"), None, None, [])


def test_former_names_read_both_ways():
    index = SimpleNamespace(entities={n: DocEntity(n, "ORG") for n in ("Virelia", "Santora", "Ostrea", "Malvane",
                                                                       "Kerdal", "Halvane", "Brunet")})
    text = ("Virelia, l'ex-Santora, a levé des fonds. Le groupe Malvane, rebaptisé Ostrea en 2022, vend. "
            "Halvane, qui s'appelait Brunet, achète. Kerdal, le rival de Halvane, attend.")
    pairs = former_names(text, index)
    assert frozenset(("Virelia", "Santora")) in pairs
    assert frozenset(("Malvane", "Ostrea")) in pairs
    assert frozenset(("Halvane", "Brunet")) in pairs
    assert frozenset(("Kerdal", "Halvane")) not in pairs
    # (a person's former employer, "Anne Fabre, ex-Kelvio", is no former name)
    index = SimpleNamespace(entities={"Anne Fabre": DocEntity("Anne Fabre", "PER"), "Kelvio": DocEntity("Kelvio", "ORG")})
    assert not former_names("Anne Fabre, ex-Kelvio, dirige Nuvia.", index)


def test_gapped_holder_keeps_a_share_held():
    ev = "Le fonds Tarsis contrôle Belmar à 60 % et détient 12 % de Sirius."
    assert not gapped_holder(_rel("OWNS", "Tarsis", "Belmar", ev), None, None, [])
    assert not gapped_holder(_rel("OWNS", "Tarsis", "Sirius", ev), None, None, [])
    ev = "Chez Ordane, Keroual possède 35 % et le fonds Amalia tout juste 9 %."
    assert gapped_holder(_rel("OWNS", "Keroual", "Amalia", ev), None, None, [])


def test_other_actor_target_nouns():
    for ev in ("Le juge reproche au sous-traitant de Belmar des retards.",
               "Vigie Conso a porté plainte contre l'actionnaire principal de Belmar.",
               "Sud Rail accuse les distributeurs de Belmar d'entente."):
        assert other_actor_target(_rel("ACCUSES", "Sud Rail", "Belmar", ev), None, None, [])
    ev = "Sud Rail accuse Belmar d'avoir trompé les clients de Sorvane."
    assert not other_actor_target(_rel("ACCUSES", "Sud Rail", "Belmar", ev), None, None, [])


def test_clitic_target_keeps_the_subject_after_the_verb_and_a_name_before():
    ev = "Elle lui impute la faillite de la coopérative Agrinord."
    assert clitic_target(_rel("ACCUSES", "Odile Faure", "Agrinord", ev), None, None, [])
    ev = "Agrinord, le syndicat l'accuse d'avoir menti."
    assert not clitic_target(_rel("ACCUSES", "Sud Rail", "Agrinord", ev), None, None, [])
    ev = "Elle lui reproche, selon Odile Faure, d'avoir menti."
    assert not clitic_target(_rel("ACCUSES", "Odile Faure", "Hugo Blanc", ev), None, None, [])


def test_gathered_members_are_no_investors():
    from cercle.extract.precision35 import gathered_members
    for ev in ("L'Union des éditeurs, qui réunit notamment Hartmann Verlag et Nordpress, a porté plainte.",
               "Le collectif Vigie réunit aujourd'hui Hartmann Verlag, Tarsis et Nordpress."):
        assert gathered_members(_rel("INVESTS_IN", "Hartmann Verlag", "Vigie", ev, "invests.raise.linear"), None,
                                None, [])
    ev = "La start-up Vigie a réuni auprès de Hartmann Verlag 20 millions d'euros."
    assert not gathered_members(_rel("INVESTS_IN", "Hartmann Verlag", "Vigie", ev, "invests.raise"), None, None, [])
    ev = "La start-up Vigie réunit Hartmann Verlag et Tarsis dans un tour de table de 20 millions d'euros."
    assert not gathered_members(_rel("INVESTS_IN", "Hartmann Verlag", "Vigie", ev, "invests.raise"), None, None, [])


def test_listed_together():
    from cercle.extract.precision35 import listed_together
    for ev, s, o in (("Nordcloud veut rivaliser avec les géants américains Amazone et Microzure.", "Amazone", "Microzure"),
                     ("Velcor se bat contre Tarsis, Amalia et Kerdal.", "Amalia", "Kerdal"),
                     ("Velcor s'est allié avec Tarsis et avec Amalia.", "Tarsis", "Amalia")):
        assert listed_together(_rel("COMPETES_WITH", s, o, ev), None, None, []), ev
    for ev, s, o in (("Tarsis et Amalia se livrent une guerre des prix.", "Tarsis", "Amalia"),
                     ("L'accord entre Tarsis et Amalia a été signé.", "Tarsis", "Amalia"),
                     ("Velcor rivalise avec Tarsis.", "Velcor", "Tarsis"),
                     ("Élu en mai face à Tarsis, Velcor entend peser.", "Tarsis", "Velcor")):
        assert not listed_together(_rel("COMPETES_WITH", s, o, ev), None, None, []), ev


def test_participle_names():
    from cercle.extract.precision35 import participle_names
    names = ("Recentré", "Fragilisée", "Implantés", "Orvé", "Kornet", "Club Soleil")
    index = SimpleNamespace(entities={n: DocEntity(n, "ORG") for n in names})
    text = ("Recentré sur le haut de gamme, le Club Soleil a ouvert vingt hôtels. Fragilisée par la crise, Kornet "
            "recule. « Implantés depuis 1990 à Lyon, nous restons. » Le groupe Orvé a racheté Kornet. Orvé "
            "par ailleurs recrute.")
    got = participle_names(text, index)
    assert {"Recentré", "Fragilisée", "Implantés"} <= got
    assert not {"Orvé", "Kornet", "Club Soleil"} & got


def test_own_title_target_and_other_targets():
    from cercle.extract.precision35 import own_title_target
    for ev, subj, obj in (("Claire Morin, présidente du groupe Avenir à l'Assemblée, reproche au groupe ses choix.",
                           "Claire Morin", "Avenir"),
                          ("Paul Lenoir, porte-parole du syndicat Sud Rail, accuse le syndicat de trahison.",
                           "Paul Lenoir", "Sud Rail"),
                          ("Luc Abel, député de Renouveau, attaque le parti en justice.", "Luc Abel", "Renouveau")):
        assert own_title_target(_rel("ACCUSES", subj, obj, ev), None, None, []), ev
    ev = "Claire Morin, présidente d'Avenir, accuse Velcor et Avenir de collusion."
    assert not own_title_target(_rel("ACCUSES", "Claire Morin", "Avenir", ev), None, None, [])
    # (the title of a third person: "L'ancien PDG de Y, renvoyé par le parquet X")
    ev = "L'ancien PDG de Velcor, renvoyé devant le tribunal par le parquet de Lyon aux côtés du groupe, est jugé."
    assert not own_title_target(_rel("SUES", "parquet de Lyon", "Velcor", ev), None, None, [])


def test_own_surname():
    from cercle.extract.precision35 import own_surname
    ev = "Il s'en prend à Paul Abel, qui dénonce un « système » Morin, qu'il accuse de tout."
    index = SimpleNamespace(entities={"Jean-Luc Morin": DocEntity("Jean-Luc Morin", "PER"),
                                      "Union des prêteurs de Morin": DocEntity("Union des prêteurs de Morin", "ORG")})
    assert own_surname(_rel("ACCUSES", "Jean-Luc Morin", "Morin", ev), None, index, [])
    assert not own_surname(_rel("FAMILY", "Jean-Luc Morin", "Anne Morin", ev), None, index, [])
    assert not own_surname(_rel("LEADS", "Jean-Luc Morin", "Morin", ev), None, index, [])
    assert not own_surname(_rel("SUES", "Union des prêteurs de Morin", "Morin", ev), None, index, [])
