"""Names and types (s11-names branch): parties named by a capitalised common noun ("Ralliement", "Cap",
"Bloc") that the NER calls places, typed from what the text says of them (presided, a spokesperson,
members, a congress)."""
from __future__ import annotations


def test_party_presided_is_an_organisation(entities):
    # "X, que préside Y": a body someone presides, not a place
    ents = entities("Un accord a été signé entre Renouveau solidaire, que préside la députée Inès Garrault, "
                    "et les écologistes. La sénatrice de Renouveau solidaire Maud Pelletan s'en félicite.")
    assert ents["Renouveau solidaire"][0] == "ORG"


def test_party_with_a_spokesperson_is_an_organisation(entities):
    # "porte-parole du X", "les adhérents de X": a party's, never a place's
    ents = entities("Yves Barrault, ancien porte-parole du Rempart, a quitté cette formation en 2019. "
                    "Les adhérents du Rempart voteront en mai.")
    assert ents["Rempart"][0] == "ORG"


def test_place_keeps_its_type(entities):
    # a place's name (a proper noun) keeps its type: "le président de la Gironde" presides a department
    ents = entities("Les élus ont été reçus par le président de la Corrèze. Le porte-parole de la Corrèze, "
                    "Paul Mérignac, a confirmé la visite.")
    assert ents.get("Corrèze", ("LOC",))[0] != "ORG"


def test_recurring_name_with_a_complement(entities):
    # "le Rempart des vallées" twice: the whole phrase is the name, not "Rempart" the place
    ents = entities("Yves Barrault, ancien porte-parole du Rempart des vallées, a quitté le mouvement. "
                    "Reste l'inconnue du Rempart des vallées, dont le président hésite.")
    assert "Rempart des vallées" in ents and "Rempart" not in ents
    assert ents["Rempart des vallées"][0] == "ORG"


def test_complement_said_once_is_not_a_name(entities):
    ents = entities("Le Sud de la France souffre. Les usines du Nord de la région ferment, a dit Paul Mérignac.")
    assert not any(n.startswith(("Sud de", "Nord de")) for n in ents)


def test_headline_short_name_joins_the_full_name(entities):
    # the headline names the company short before the text names it in full: one company
    ents = entities("Marine Tollec, la patronne qui fait grandir Orvalis\nPORTRAIT. La cofondatrice de Orvalis Cloud "
                    "vient de signer un contrat record. Elle a fondé Orvalis Cloud en 2018. Depuis, Orvalis recrute.")
    assert "Orvalis Cloud" in ents and "Orvalis" not in ents


def test_demonstrative_pronoun_is_no_name(entities):
    ents = entities("L'autorité a notifié des griefs à son ancien PDG, Lucien Parmentel. Celui-ci, évincé en "
                    "janvier, conteste tout manquement. Côté actionnaires, la colère monte.")
    assert "Celui" not in ents and "Côté" not in ents


def test_title_after_a_comma_makes_a_person(entities):
    # "X, députée PRD de la Gironde": the parser hangs the title on the name as a noun complement
    ents = entities("Le pacte fait des dégâts. Olympe Varenne, députée PRD de la Gironde et proche de "
                    "Roumagnac, a claqué lundi la porte du parti.")
    assert ents["Olympe Varenne"][0] == "PER"


def test_agency_acronym_glued_to_a_person(entities):
    # "à l'AFP Gwenola X": the agency is no part of her name, whatever her first name
    ents = entities("« L'offre est solide », a déclaré à l'AFP Gwenola Kerbrat-Le Goff, PDG de Corvalio, qui "
                    "connaît bien la cible.")
    assert not any(n.startswith("AFP ") for n in ents)


def test_title_scope_is_no_actor(entities):
    # "directeur France": the title's scope, not a person nor the state
    ents = entities("Paul Garnier, directeur France de Velmora, a quitté le groupe. Velmora recrute.")
    assert not any(n.startswith("France") for n in ents) and ents["Velmora"][0] == "ORG"
    ents = entities("Lucas Fermin a été nommé directeur France du groupe Ostraline, a annoncé son PDG, Émile Sorbier.")
    assert "France" not in ents


def test_trade_word_closes_a_company_name(entities):
    # "X Hydraulique": a company's name, whatever the NER says
    ents = entities("Taillemont Hydraulique rachète Ferlac\\nLe fondeur Taillemont Hydraulique a annoncé lundi le "
                    "rachat de Ferlac, un concurrent normand.")
    assert ents["Taillemont Hydraulique"][0] == "ORG"


def test_parent_introduced_beside_its_fund_is_another_actor(entities):
    # "X Ventures, le fonds du lunetier X": the fund and the company that owns it, two actors
    ents = entities("Le tour est mené par Orpheon Capital, aux côtés de Lunexa Ventures, le fonds de capital-risque "
                    "du lunetier Lunexa. Lunexa ne siégera pas au conseil.")
    assert "Lunexa Ventures" in ents and "Lunexa" in ents


def test_short_name_alone_still_joins(entities):
    ents = entities("Le fonds Lunexa Ventures investit 5 M€ dans Pralis. Lunexa Ventures siégera au conseil. "
                    "Lunexa a déjà investi dans trois start-up.")
    assert "Lunexa" not in ents


def test_junior_minister_portfolio_is_no_actor(entities):
    ents = entities("Je l'ai dit à Gaspard Morvan, le ministre délégué au Numérique, quand il est venu. "
                    "Stellane, votre principal concurrent, cherche un partenaire.")
    assert "Numérique" not in ents


def test_party_adjective_tagged_as_a_proper_noun(entities):
    # "Renouveau démocrate, le parti de X": the adjective is the name's, whatever its tag
    ents = entities("Renouveau démocrate, le parti de Jules Ferrandin, a signé un accord avec Cap écologiste.")
    assert "Renouveau démocrate" in ents and ents["Renouveau démocrate"][0] == "ORG"


def test_seat_of_a_city_named_short(entities):
    ents = entities("Le maire, Pierre Ancelot, a reçu les syndicats à l'Hôtel de Ville de Valmorel. L'Hôtel de Ville "
                    "a ensuite annoncé une subvention de 2 M€ à Ferlac.")
    assert "Hôtel de Ville" not in ents


def test_party_presided_read_on_the_words(entities):
    # the parser hangs "que préside" on the verb of the sentence; the words still say it
    ents = entities("Entre Ralliement civique et les Verts\nObjet de la rencontre : sceller un accord entre "
                    "Ralliement civique, que préside la députée du Gard, et les Verts. La sénatrice de Ralliement "
                    "civique Anne Vidal approuve.")
    assert ents.get("Ralliement civique", ("ORG",))[0] == "ORG"
