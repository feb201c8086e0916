"""The list readers of extract/lists.py, on team-written sentences, called directly (whatever the parse)."""
from __future__ import annotations

import pytest

from cercle.clean import clean_article
from cercle.extract.lists import investors_after, read_name_list, recipients_after, share_holders
from cercle.mentions import find_entities
from cercle.nlp.docview import DocView
from cercle.records import Article


@pytest.fixture
def parsed(nlp):
    def run(text):
        clean = clean_article(Article(id="t", text=text))
        doc = DocView(nlp(clean.text))
        _, _, index = find_entities(doc, clean)
        return doc, index
    return run


def _first(doc, word):
    return next(t for t in doc if t.text == word)


def _names(items):
    return [n for n, _ in items]


def test_a_list_with_a_bracketed_short_form_and_puis(parsed):
    doc, index = parsed("Kelvio a levé 40 M€ avec Atlas Capital (AC), Horizon Ventures et Banque Orelle en "
                        "co-lead puis Solane Partners.")
    start = _first(doc, "Atlas").i
    assert _names(read_name_list(doc, index, start, len(doc))) == [
        "Atlas Capital", "Horizon Ventures", "Banque Orelle", "Solane Partners"]


def test_investors_come_after_a_cue_not_before(parsed):
    doc, index = parsed("Kelvio a bouclé un tour de table de 20 M€ mené par Atlas Capital et Horizon Ventures.")
    assert _names(investors_after(_first(doc, "tour"), index)) == ["Atlas Capital", "Horizon Ventures"]
    doc, index = parsed("Le financement de Kelvio a été discuté avec la famille de Paul Verdier.")
    assert investors_after(_first(doc, "financement"), index) == []


def test_each_share_holder_after_n_percent_par(parsed):
    doc, index = parsed("Le capital de Vitalis est détenu à 14 % par Atlas Capital, 8 % par la famille Roux "
                        "et 5 % par le fonds Horizon Ventures.")
    assert _names(share_holders(_first(doc, "détenu"), index)) == [
        "Atlas Capital", "famille Roux", "Horizon Ventures"]


def test_a_contract_given_to_a_consortium_names_its_members(parsed):
    doc, index = parsed("La Ville de Lyon a choisi de confier son réseau de bus, un contrat de 300 millions "
                        "d'euros, à un consortium composé de Technova et Maritima.")
    assert _names(recipients_after(_first(doc, "confier"), index)) == ["Technova", "Maritima"]
    doc, index = parsed("La Ville de Lyon a confié son réseau de bus à une autre ville.")
    assert recipients_after(_first(doc, "confié"), index) == []
