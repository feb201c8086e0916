"""Second references, part 2: subject pronouns after participles, detached names, object clitics,
pairs in the same sentence. Team-written sentences, invented names."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,word,n,expected", [
    # a subject pronoun after "Fondée par A, X…": the main clause's subject X, not the agent A
    ("Fondée en 2019 par Paul Verdier et Anne Fabre, Kelvio a levé 10 millions d'euros. Elle a noué un "
     "partenariat avec Orbalia.", "elle", 0, "Kelvio"),
    ("Lancée par Horizon Ventures, la plateforme Nuvia compte 200 salariés. Elle a racheté la start-up Orbalia.",
     "elle", 0, "Nuvia"),
    # (with the sentence misparsed around the participle: the first other actor after the agent)
    ("Présidée par Paul Verdier, la banque Orelle a financé Kelvio. Elle a prêté 30 millions d'euros à Nuvia.",
     "elle", 0, "Orelle"),
    # a plain subject still wins
    ("Paul Verdier a cédé Kelvio à Technova. Il a ensuite fondé Nuvia.", "il", 0, "Paul Verdier"),
    ("Après avoir été écarté par Atlas Capital, Jean Roux a fondé Orbalia. Il a recruté Anne Fabre.",
     "il", 0, "Jean Roux"),
    # "Quant à X, qui …, il …": the detached name, for the main clause's subject pronoun
    ("Quant à l'allemand Technova, qui convoitait surtout l'usine de Lyon, il avait retiré son offre.",
     "il", 0, "Technova"),
    ("Quant à Anne Fabre, qui dirigeait Orbalia depuis 2015, elle a rejoint Maritima.", "elle", 0, "Anne Fabre"),
    ("Quant à Paul Verdier, ancien patron de Kelvio, il a fondé Nuvia.", "il", 0, "Paul Verdier"),
    # "lui" in a relative on a name: not an actor inside that name's own apposition ("… au Sénat")
    ("Paul Verdier peut compter sur Jean Roux, le président du groupe Avenir commun au Sénat, qui lui a "
     "apporté son soutien.", "lui", 0, "Paul Verdier"),
    ("Anne Fabre a reçu le soutien de Jean Roux, ancien ministre, qui lui a écrit une lettre.", "lui", 0, "Anne Fabre"),
    # "X, la présidente de Y, lui reproche…": the title is X's (set beside it), not the previous subject's;
    # and "lui" is not Y, inside the subject's own phrase, but the previous sentence's subject (s12-refs)
    ("Paul Verdier a quitté Technova. Anne Fabre, la présidente de Kelvio, lui reproche son départ.",
     "présidente", 0, None),
    ("Paul Verdier a quitté Technova. Anne Fabre, la présidente de Kelvio, lui reproche son départ.",
     "lui", 0, "Paul Verdier"),
    # an object clitic in a relative or coordinated clause: the last other actor of its sentence
    ("La société Nuvia a été créée par Paul Verdier, qui la dirige depuis 2018.", "la", 1, "Nuvia"),
    ("Jean Roux a fondé le groupe Technova en 2005 et le préside toujours.", "le", 1, "Technova"),
    ("Paul Verdier a quitté la banque Orelle, qui l'avait recruté en 2010.", "l'", 0, "Paul Verdier"),
    # … not past a noun of its gender ("un contrat … qui le juge"), nor a neuter "le" ("comme le prévoit")
    ("Technova a signé un contrat avec Orbalia, qui le juge équilibré.", "le", 0, None),
    ("Les salariés de Nuvia seront repris par Kelvio, comme le prévoit l'accord.", "le", 0, None),
    # "la jeune pousse" with the noun tagged as a verb: still a second reference
    ("Nuvia a levé 3 millions d'euros. La jeune pousse, fondée par Paul Verdier, compte 20 salariés.",
     "pousse", 0, "Nuvia"),
    # "les deux sociétés" in a clause after "X affronte Y": the subject and the object before it
    ("Kelvio a levé 10 millions. Elle affronte déjà Technova à Lyon, où les deux sociétés se disputent les mêmes "
     "marchés.", "sociétés", 0, "Kelvio"),
    ("Anne Fabre a affronté Paul Verdier lors du débat, et les deux candidats se sont opposés sur les retraites.",
     "candidats", 0, "Anne Fabre"),
    # press second references: trades and elected people the lexicon now knows
    ("La raffinerie Maritima a réduit sa production. La raffinerie a ensuite signé un contrat avec Technova.",
     "raffinerie", 1, "Maritima"),
    ("Le cabinet Orbalia Conseil a été mandaté par Kelvio. Le cabinet a ensuite conseillé Technova.",
     "cabinet", 1, "Orbalia Conseil"),
    ("La foncière Orbalia a cédé un immeuble. La foncière a ensuite racheté Kelvio.", "foncière", 1, "Orbalia"),
    ("Le maire Jean Roux a signé un arrêté. L'édile a ensuite accusé Kelvio de fraude.", "édile", 0, "Jean Roux"),
    # a descriptor the tagger takes for an adjective, subject of its clause
    ("Paul Verdier, 54 ans, a racheté Kelvio. Le quinquagénaire a ensuite racheté Nuvia.",
     "quinquagénaire", 0, "Paul Verdier"),
    # "l'industriel" after "le fabricant X": one that makes things, said so
    ("Le fabricant Orbalia a racheté une usine à Kelvio. L'industriel a ensuite signé un contrat avec Nuvia.",
     "industriel", 0, "Orbalia"),
    # a descriptor: a sentence's main subject over a passive's agent
    ("L'usine Orbalia Textile a été rachetée par le groupe Technova. L'entreprise a ensuite recruté Anne Fabre.",
     "entreprise", 0, "Orbalia Textile"),
    # "ce dernier" after "X, président de Y": X, whom the phrase describes, not Y inside it
    ("Anne Fabre a rencontré Paul Verdier, patron de Nuvia. Ce dernier lui a proposé un poste.",
     "dernier", 0, "Paul Verdier"),
    ("Jean Roux a été reçu par Anne Fabre, la présidente de Technova. Cette dernière a critiqué Kelvio.",
     "dernière", 0, "Anne Fabre"),
    # … a plain last name still wins
    ("Technova a racheté Kelvio. Ce dernier a ensuite licencié 30 salariés.", "dernier", 0, "Kelvio"),
])
def test_links(links, text, word, n, expected):
    assert links(text).get((word, n)) == expected
