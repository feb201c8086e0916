"""(s34-coref34) What the cases of cases_s34_coref34.py (run by test_rules.py) do not check: the mention a civility
word's name gives the next sentence's pronoun, the post an appointment names read as a title held, and the office
families read from the data file (every noun lowercase, "président" in several)."""
from __future__ import annotations

from cercle.mentions.refs34 import _data, _families
from .ties import ties_of_type as _ties


def test_office_families_are_lowercase_and_president_is_shared():
    fams = _families()
    assert all(w == w.lower() for w in fams)
    assert {"company", "local", "government"} <= fams["président"]
    assert fams["député"].isdisjoint(fams["ministre"])


def test_honorifics_have_no_dot():
    assert all("." not in w for w in _data()["honorifics"])


def test_new_title_is_the_appointee_not_the_last_subject(analyse_text):
    text = ("Le conseil a entériné la nomination d'Hélène Brun au poste de présidente de Solvane. Le député Yves Mallet "
            "s'en est félicité. La nouvelle présidente a rencontré vendredi Bruno Ferrat.")
    got = {(r.subject, r.object) for r in _ties(analyse_text, text, "MEETS")}
    assert got and all("Yves Mallet" not in pair for pair in got)
    assert any("Hélène Brun" in pair for pair in got)
