"""(s33-descr33) What the cases of cases_s33_descr33.py (run by test_rules.py) do not check: a descriptor's role key
(its noun and modifiers; none for a bare generic noun or a noun marked as another actor), and a headline that does
not open on the organisation's name gives no role."""
from __future__ import annotations

from .ties import named, ties_of_type as _ties


def test_role_key(nlp):
    from cercle.mentions.descr33 import role_key
    doc = nlp("Le groupe a racheté le distributeur stéphanois et l'ancien propriétaire de la banque publique d'investissement.")
    by = {t.lower_: t.i for t in doc}
    tv = list(doc)
    assert role_key(tv, by["groupe"]) is None   # a bare generic noun says no role
    assert role_key(tv, by["distributeur"]) == ("distributeur", frozenset({"stéphanois"}))
    assert role_key(tv, by["propriétaire"]) is None   # "l'ancien propriétaire": another actor
    noun, mods = role_key(tv, by["banque"])
    assert noun == "banque" and "publique" in mods


def test_headline_place_gives_no_role(analyse_text):
    # "À Y, le promoteur, …": the headline does not open on the organisation's name; the town is no developer
    text = ("À Merville, le promoteur et le maire\n\nLe promoteur Batilis construit 300 logements. La commune de "
            "Merville a vendu le terrain. L'association Vigie Nord a porté plainte contre le promoteur.")
    got = _ties(analyse_text, text, "SUES")
    assert not named(got, object="Merville")
