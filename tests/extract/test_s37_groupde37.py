"""(s37-groupde37) What the cases of cases_s37_groupde37.py (run by test_rules.py) do not check: the lexicon and the
test of a person named only inside "le groupe de X" in a sentence."""
from __future__ import annotations

from cercle.extract.groupde37 import _data, _only_as_company


def test_lexicon_reads_company_nouns_and_ownership_ties():
    d = _data()
    assert {"groupe", "empire", "holding", "société", "firme"} <= set(d["nouns"])
    assert set(d["ownership"]) == {"LEADS", "OWNS", "FOUNDED"}


def test_person_named_only_inside_the_company_noun():
    names = ["Paul Garnier", "Garnier"]
    assert _only_as_company("Le groupe de Paul Garnier a racheté Vestane.", names)
    assert _only_as_company("Elle rejoint l'empire de Garnier.", names)
    assert _only_as_company("Une filiale du groupe de Paul Garnier.", names)


def test_person_named_elsewhere_or_with_a_name_between_keeps_the_tie():
    names = ["Paul Garnier", "Garnier"]
    # the person acts in the sentence in his own name too
    assert not _only_as_company("Paul Garnier a vendu le groupe de Paul Garnier.", names)
    # "la holding Velstar de Paul Garnier": the possessive, the company is named
    assert not _only_as_company("La holding Velstar de Paul Garnier a racheté Vestane.", names)
    # indefinite: "un groupe de Paul Garnier" is not the company
    assert not _only_as_company("Un groupe de Paul Garnier a été vendu.", names)
    assert _only_as_company("Rien ici.", names) is None
