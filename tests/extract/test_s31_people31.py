"""(s31-people31) What the cases of cases_s31_people31.py (run by test_rules.py) do not check: a seat given up is
a former one; a participle that is also a post noun's form ("associée à Y") stays a verb; a department led is
not the whole organisation."""
from __future__ import annotations

from cercle.evaluate import normalise_name
from .ties import ties_of_type as _ties


def test_seat_given_up_is_former(analyse_text):
    got = _ties(analyse_text, "Paul Verdier a renoncé à son siège d'administrateur de Norlac Industries, qu'il "
                              "occupait depuis 2015.", "BOARD_MEMBER")
    assert got and got[0].status == "former"


def test_associated_participle_stays_a_verb(analyse_text):
    got = _ties(analyse_text, "La société Armora Bâtiment, associée pour l'occasion à l'Atelier Kerlan, a remporté "
                              "le marché.", "PARTNERS_WITH")
    assert {normalise_name(r.subject) for r in got} | {normalise_name(r.object) for r in got} \
        >= {normalise_name("Armora Bâtiment"), normalise_name("Atelier Kerlan")}


def test_department_is_not_the_whole(analyse_text):
    # (leads.verb still reads the name after the object as its fall-back: a gap of its own, not this reader's)
    got = _ties(analyse_text, "Lina Marchal dirige les équipes commerciales de Vexora Médias.", "LEADS")
    assert not [r for r in got if r.rule == "leads.whole_body"]
