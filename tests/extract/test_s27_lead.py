"""(s27-lead) Faults found by the twenty-seventh session's lead, on invented sentences."""
from __future__ import annotations

from cercle.records import DocumentResult


def test_a_contract_signed_between_two_companies_is_read_not_failed(analyse_text):
    """A contract "signé entre A et B" puts the placeholder of an unnamed funded company in a slot; a
    conflict reader once looked its type up as a name and the whole article failed (KeyError)."""
    text = ("Le contrat de construction de deux usines a été signé mercredi à Lyon entre le coréen Hanbit "
            "Energy et Valdor Industrie, quelques heures après la levée par le tribunal de la suspension "
            "obtenue par Corvalis, évincé de l'appel d'offres. Le groupe Corvalis, dirigé par Anne Moreau, conteste la procédure.")
    result = analyse_text(text)
    assert isinstance(result, DocumentResult), result
    assert any(r.type == "LEADS" and r.subject == "Anne Moreau" for r in result.relations)


def test_the_index_types_no_placeholder(analyse_text):
    from cercle.extract.slots.words import FUNDED
    from cercle.mentions import find_entities
    from cercle.nlp import get_nlp
    from cercle.nlp.docview import DocView

    doc = DocView(get_nlp()("Le groupe Corvalis, dirigé par Anne Moreau, a levé 3 millions d'euros."))
    _, _, index = find_entities(doc)
    assert index.type_of(FUNDED) is None
    assert index.type_of("Anne Moreau") == "PER"
