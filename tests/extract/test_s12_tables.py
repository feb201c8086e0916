"""A table of holders ("| Actionnaire | Part du capital |") is a list of stakes in the table's company:
the caption above it names the company, or else the article's main organisation."""
from __future__ import annotations

from cercle.pipeline import process
from cercle.records import Article

CAPTION = """# Le capital de Brenova se resserre

Le spécialiste des capteurs Brenova a vu son cours bondir de 12 % cette semaine.

Répartition du capital de Brenova à fin juin :

| Actionnaires | Participation | Droits de vote |
|---|---|---|
| Holding Marvaux | 41,5 % | 55,0 % |
| Sophie Daurignac (cofondatrice) | 9 % | 12 % |
| Kerlan Capital | 7,25 % | 5 % |
| Salariés | 2 % | 2 % |
| Flottant | 40,25 % | 26 % |
"""

TOPIC = """# Tessaline ouvre son capital

La start-up lyonnaise Tessaline, qui conçoit des batteries pour vélos, boucle une levée de fonds.
Tessaline emploie quarante personnes. Tessaline vise la rentabilité en 2027.

| Détenteur | Année d'entrée | Part |
|---|---|---|
| Fonds Ondine Ventures | 2022 | 21 % |
| Banque Sarrazac | 2024 | 6 % |
"""

INVESTORS = """# Ormelis lève 30 millions

La jeune pousse Ormelis a bouclé un tour de table. Ormelis compte s'étendre en Espagne.
Ormelis recrute cinquante ingénieurs.

| Investisseurs | Montant |
|---|---|
| Gaspard Ventures | 18 millions d'euros |
| Alvéa Capital | 12 millions d'euros |
"""

NOT_HOLDERS = """# Les marques du salon

Le salon de Bordeaux réunit cette année cent exposants. Le salon attire les familles.

| Exposant | Surface |
|---|---|
| Velocia | 120 m² |
| Domaine Ferrand | 80 m² |
"""


def _ties(text, nlp):
    result = process(Article(id="t", text=text, path="t.md"), nlp)
    return {(r.type, r.subject, r.object): r for r in result.relations}


def test_caption_names_the_company(nlp):
    got = _ties(CAPTION, nlp)
    assert got[("OWNS", "Holding Marvaux", "Brenova")].share == 41.5
    assert got[("OWNS", "Sophie Daurignac", "Brenova")].share == 9.0
    assert got[("OWNS", "Kerlan Capital", "Brenova")].share == 7.25
    assert not [k for k in got if k[0] == "OWNS" and k[1] in ("Salariés", "Flottant")]


def test_topic_is_the_company(nlp):
    got = _ties(TOPIC, nlp)
    assert ("OWNS", "Banque Sarrazac", "Tessaline") in got
    assert got[("OWNS", "Banque Sarrazac", "Tessaline")].share == 6.0


def test_investors_table(nlp):
    got = _ties(INVESTORS, nlp)
    assert ("INVESTS_IN", "Gaspard Ventures", "Ormelis") in got
    assert ("INVESTS_IN", "Alvéa Capital", "Ormelis") in got


def test_other_tables_give_no_stake(nlp):
    got = _ties(NOT_HOLDERS, nlp)
    assert not [k for k in got if k[0] in ("OWNS", "INVESTS_IN")]


ROLES = """# Les patrons du secteur des pompes

Le fabricant de pompes Vostrel a racheté son concurrent Calorix pour 40 millions d'euros, selon un communiqué publié lundi.

| Dirigeant | Fonction | Entreprise |
|---|---|---|
| Marc Toulier | Directeur général | Vostrel |
| Inès Berthaud | Présidente | Calorix |
| Paul Ganivet | Fondateur | Hydrelec |
"""


def test_role_takes_the_company_of_its_row(nlp):
    """A title cell with no name of its own: the organisation another cell of the row names."""
    got = _ties(ROLES, nlp)
    assert ("LEADS", "Marc Toulier", "Vostrel") in got
    assert ("LEADS", "Inès Berthaud", "Calorix") in got
    assert ("FOUNDED", "Paul Ganivet", "Hydrelec") in got
    assert ("LEADS", "Inès Berthaud", "Vostrel") not in got


PROCEDURES = """# Les procédures autour de Lunetix

Le fabricant d'optique Lunetix traverse une crise de gouvernance depuis le départ de son fondateur, Hervé Castagne.

| Procédure | Engagée par | Visée |
|---|---|---|
| Plainte pour abus de biens sociaux | Lunetix | Hervé Castagne |
| Assignation en référé | Collectif des actionnaires de Lunetix | Lunetix |
"""


def test_procedure_rows_read_their_columns(nlp):
    """The first cell is the cue; "Engagée par" names who acts, "Visée" whom it aims at."""
    got = _ties(PROCEDURES, nlp)
    assert ("SUES", "Lunetix", "Hervé Castagne") in got
    assert ("SUES", "Hervé Castagne", "Lunetix") not in got
