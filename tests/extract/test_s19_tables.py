"""(s19-lead) A table of holders whose first header cell names the company ("| Actionnaire de Y | Avant | Après |"):
the rows hold stakes in Y, the stake after the deal is the one kept, and a holder left at 0 % held it before."""
from __future__ import annotations

from cercle.pipeline import process
from cercle.records import Article

BEFORE_AFTER = """Le groupe Vortelis va monter au capital de la compagnie Norvane Airlines, a annoncé mardi son directeur général.

| Actionnaire de Norvane Airlines | Avant l'opération | Après l'opération |
|---|---|---|
| Vortelis | 19,9 % | 60,5 % |
| Banque Orpaille | 32,0 % | 0 % |
| Lindor Invest | 8,6 % | 0 % |
| Autres actionnaires | 39,5 % | 39,5 % |

Le groupe dirigé par Jean Dupuis ne s'arrête pas là.
"""

# The header names a company that is not the article's main one: the rows are its holders, not the main one's.
OTHER_COMPANY = """La banque Ferlane renforce ses positions. La banque Ferlane publie ses résultats jeudi.
La banque Ferlane compte trois mille salariés. Elle lorgne aussi le fabricant Tessor Industries.

| Actionnaires de Tessor Industries | Part du capital |
|---|---|
| Ferlane | 12 % |
| Caisse Marbeuf | 7 % |
"""


def _ties(text, nlp):
    result = process(Article(id="t", text=text, path="t.md"), nlp)
    return {(r.type, r.subject, r.object): r for r in result.relations}


def test_header_names_the_company_and_after_is_kept(nlp):
    got = _ties(BEFORE_AFTER, nlp)
    assert ("OWNS", "Banque Orpaille", "Norvane Airlines") in got
    assert got[("OWNS", "Banque Orpaille", "Norvane Airlines")].status == "former"
    assert got[("OWNS", "Lindor Invest", "Norvane Airlines")].status == "former"
    rows = [r for k, r in got.items() if k == ("OWNS", "Vortelis", "Norvane Airlines")]
    assert rows
    assert not [k for k in got if k[0] == "OWNS" and k[1].startswith("Autres")]


def test_header_company_over_the_article_topic(nlp):
    got = _ties(OTHER_COMPANY, nlp)
    assert ("OWNS", "Caisse Marbeuf", "Tessor Industries") in got
    assert got[("OWNS", "Caisse Marbeuf", "Tessor Industries")].share == 7.0
    assert ("OWNS", "Caisse Marbeuf", "Ferlane") not in got


GROUPS = """Les groupes du Parlement régional se sont réunis mardi à Strasbourg pour se répartir les commissions.
L'Alliance des territoires, premier groupe, a obtenu la commission des finances ; l'Union rhénane s'en
contente mal.

| Groupe | Sièges | Présidence |
|---|---|---|
| Alliance des territoires | 34 | Mathilde Ourcy |
| Union rhénane | 28 | Paul Kessner et Anne Wiltz |
"""

PARENTS = """La Commission de contrôle des données a infligé cette année six amendes à des plateformes.

| Entreprise sanctionnée | Maison mère | Amende | Motif |
|---|---|---|---|
| Vidora Europe | Groupe Falcéa | 40 M€ | refus des traceurs |
| Pixmo Services | Ondura Holding | 12 M€ | opposition non respectée |
"""


def test_presidency_column_leads_the_row_body(nlp):
    got = _ties(GROUPS, nlp)
    assert ("LEADS", "Mathilde Ourcy", "Alliance des territoires") in got
    assert ("LEADS", "Paul Kessner", "Union rhénane") in got
    assert ("LEADS", "Anne Wiltz", "Union rhénane") in got
    assert ("LEADS", "Mathilde Ourcy", "Union rhénane") not in got


def test_parent_column_owns_and_reason_column_is_no_cue(nlp):
    got = _ties(PARENTS, nlp)
    assert ("OWNS", "Groupe Falcéa", "Vidora Europe") in got
    assert ("OWNS", "Ondura Holding", "Pixmo Services") in got
    # ("refus", "opposition" in the reasons column tie no one of the row to another)
    assert not [k for k in got if k[0] in ("OPPOSES", "ACCUSES") and {k[1], k[2]} <= {
        "Vidora Europe", "Groupe Falcéa", "Pixmo Services", "Ondura Holding"}]


LOANS = """Le parti Avenir national a longtemps peiné à trouver des banques prêtes à le financer.

| Prêteur | Année | Montant | Bénéficiaire |
|---|---|---|---|
| Banque Orlova | 2014 | 9 millions d'euros | Avenir national |
| Cofimel | 2017 | 6 millions d'euros | campagne présidentielle de Marine Vasseur |
"""


def test_beneficiary_column_is_funded_by_the_row(nlp):
    got = _ties(LOANS, nlp)
    assert ("FUNDS", "Cofimel", "Marine Vasseur") in got
    assert ("FUNDS", "Banque Orlova", "Avenir national") in got
    assert not [k for k in got if k[0] in ("OPPOSES", "ACCUSES")]


SPONSORS = """Le club de football de Calvane a présenté ses comptes. Le club vise l'équilibre en 2026.

Principaux partenaires du FC Calvane (saison 2024-2025, estimations) :

| Partenaire | Emplacement | Montant annuel estimé |
|---|---|---|
| Groupe Norlis | face avant du maillot | 20 M€ |
| Pumex | équipementier | 15 M€ |
| Boulangis | dos du maillot | 2 M€ |
"""

STAKES = """Le fonds souverain Arvalis Investment Authority gère plus de 500 milliards de dollars. Ses principales positions :

| Société | Pays | Participation d'Arvalis Investment Authority |
|---|---|---|
| Volkhaus | Allemagne | 10,5 % du capital (17 % des droits de vote) |
| Barcley Bank | Royaume-Uni | 5,9 % |
"""


def test_paid_partners_are_sponsors(nlp):
    got = _ties(SPONSORS, nlp)
    assert ("FUNDS", "Pumex", "FC Calvane") in got
    assert ("FUNDS", "Boulangis", "FC Calvane") in got


def test_stake_column_header_names_the_holder(nlp):
    got = _ties(STAKES, nlp)
    assert got[("OWNS", "Arvalis Investment Authority", "Barcley Bank")].share == 5.9
    assert got[("OWNS", "Arvalis Investment Authority", "Volkhaus")].share == 10.5


STAKES_ACRONYM = """Le fonds souverain Arvalis Investment Authority (AIA) gère plus de 500 milliards de dollars. L'AIA
investit surtout en Europe. Ses principales positions :

| Société | Pays | Participation de l'AIA |
|---|---|---|
| Barcley Bank | Royaume-Uni | 5,9 % |
| Iberola | Espagne | 3,6 % |
"""


def test_stake_column_header_names_the_holder_by_its_acronym(nlp):
    got = _ties(STAKES_ACRONYM, nlp)
    assert got[("OWNS", "Arvalis Investment Authority", "Barcley Bank")].share == 5.9
