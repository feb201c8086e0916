"""(s35-refs35) What the cases of cases_s35_refs35.py (run by test_rules.py) do not check: the lexicon's reading of
a descriptor's class and trade, and its refusals (precision first: a noun of several trades names none)."""
from __future__ import annotations

from cercle.mentions.refs35 import kind_clash


def test_business_noun_is_no_union_or_association():
    for noun in ("groupe", "société", "foncière", "cimentier", "hôtelier"):
        assert kind_clash("X", noun, {}, {"X": ({"syndicat"}, set())}, {}), noun
        assert kind_clash("X", noun, {"X": {"association"}}, {}, {}), noun


def test_other_trade_clashes_same_trade_does_not():
    assert kind_clash("X", "foncière", {"X": {"assureur"}}, {}, {})
    assert kind_clash("X", "volailler", {"X": {"sidérurgiste"}}, {}, {})
    assert not kind_clash("X", "foncière", {"X": {"promoteur"}}, {}, {})
    assert not kind_clash("X", "bancassureur", {"X": {"banque"}}, {}, {})
    assert not kind_clash("X", "énergéticien", {"X": {"pétrolier"}}, {}, {})


def test_weak_or_shared_nouns_say_nothing():
    # "le groupe X" may be a parliamentary group; "le transporteur" may be a shipping line
    assert not kind_clash("X", "parti", {"X": {"groupe"}}, {}, {})
    assert not kind_clash("X", "armateur", {}, {"X": ({"transporteur"}, set())}, {})
    assert not kind_clash("X", "constructeur", {"X": {"avionneur"}}, {}, {})
    assert not kind_clash("X", "groupe", {}, {}, {})
