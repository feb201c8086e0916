"""(s38-groupof38) What the cases of cases_s38_groupof38.py do not check: the bid negated by "n'a jamais formulé
d'offre" is kept (negated, not dropped), and the words are read from the data file."""
from __future__ import annotations

from cercle.extract.groupof38 import _never_offered

from .ties import named


def test_never_offered_reads_french_negations():
    assert _never_offered().search("Le groupe, qui convoitait Tessora, n'a jamais formulé d'offre.")
    assert _never_offered().search("Korvel n'a pas déposé d'offre sur Tessora.")
    assert not _never_offered().search("Korvel a déposé une offre sur Tessora.")


def test_the_bid_never_made_is_kept_negated(analyse_text):
    rels = analyse_text("Le groupe Vardon a présenté ses comptes. L'alliance fait grincer des dents chez Korvel. "
                        "Le groupe de Jean-Marc Dalbain, qui convoitait lui aussi Tessora, n'a jamais formulé "
                        "d'offre.").relations
    bids = named(rels, "BIDS_FOR", "Korvel", "Tessora")
    assert bids and all(r.negated for r in bids)
