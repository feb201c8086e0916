"""(s30-coref30) Second references: a company noun in what a company's spokesperson or officer reports is that
company (the CASES/FORBIDDEN of cases_s30_coref30.py run in test_rules.py); checked here on the descriptor's alias."""
from __future__ import annotations

import pytest

SPOKEN = [
    ("Le transporteur Maritel cherche un repreneur. Le fonds Arvane Capital a pris 20 % de Quobis l'an dernier. "
     "Quobis prévoit d'ouvrir deux usines. Léa Fontaine, avocate de Maritel, a assuré que l'entreprise rejetterait "
     "toute offre inférieure.", "Maritel", "l'entreprise"),
    ("Le chimiste Dorvatek prépare la riposte. Ardis a racheté la PME Coltec en 2020. Coltec emploie trois cents "
     "salariés. Interrogé jeudi, le porte-parole de Dorvatek a expliqué que le groupe préparait une offre rivale. "
     "Son fondateur, Marc Olivier, l'a confirmé.", "Dorvatek", "le groupe"),
]


@pytest.mark.parametrize("text,company,noun", SPOKEN, ids=[c[2] for c in SPOKEN])
def test_reported_company_noun_is_the_speakers_company(analyse_text, text, company, noun):
    ents = {e.name: e for e in analyse_text(text).entities}
    assert company in ents and noun in ents[company].aliases, {n: e.aliases for n, e in ents.items()}
