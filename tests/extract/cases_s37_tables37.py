"""Cases of the s37 table readers (helper s37-tables37), invented names and tables, most of them written as press
pages pasted as text leave them: bars kept, no |---| line, often no outer bars. The header is then the first line
of column labels (clean/headless_tables37.py); the table's company is the one the sentence introducing it names
("La nouvelle répartition du capital du Y s'établit comme suit :", "Qui détient Y ?"), even when the NER kept only
part of its name; a bracket after a holder names its owner ("H (A)") or the persons of a group ("Fondateurs (A,
B)"); a post in a minister's cabinet serves the minister the text names and never heads the ministry; a table whose
first column holds the posts ("Fonction | Nom") reads its person in the second."""


def _bare(lead: str, header: list[str], rows: list[list[str]], after: str = "La suite est attendue.",
          outer: bool = False) -> str:
    line = (lambda cells: "| " + " | ".join(cells) + " |") if outer else (lambda cells: " | ".join(cells))
    return "\n".join([lead, "", line(header)] + [line(r) for r in rows] + ["", after])


_COURRIER = _bare(
    "Presse : Anne Sorel prend le contrôle du Courrier\n\nL'investisseuse Anne Sorel a racheté les 40 % que le fonds "
    "Kestrel détenait dans Le Courrier libre, la holding qui contrôle le quotidien Le Courrier. Le Courrier reste "
    "dirigé par sa rédaction. La nouvelle répartition du capital du Courrier libre s'établit comme suit :",
    ["Actionnaire", "Part du capital"], [["Orbelle Invest (Anne Sorel)", "82 %"], ["Paul Ternier", "18 %"]])

_CABINETS = _bare(
    "Gouvernement : les cabinets ministériels se complètent\n\nLe Premier ministre, Jean-Luc Darmont, a achevé la "
    "composition de son équipe. La ministre de la Culture, Claire Vasseur, a elle aussi nommé ses collaborateurs.\n\n"
    "Les principales nominations :",
    ["Nom", "Fonction"],
    [["Pierre Lamothe", "Directeur du cabinet du Premier ministre"],
     ["Inès Carbonne", "Cheffe de cabinet de la ministre de la Culture"],
     ["Hugo Ferrand", "Conseiller budgétaire au ministère de la Culture"],
     ["Yann Le Goff", "Directeur adjoint du cabinet du ministre des Sports"]])

_COMEX = _bare(
    "Distribution : la nouvelle équipe de Maison Orvelle\n\nLe distributeur lyonnais Maison Orvelle a remanié son "
    "état-major après le départ de son PDG.\n\nLa composition du comité exécutif de Maison Orvelle :",
    ["Fonction", "Nom"],
    [["Directeur général", "Arnaud Pellerin"], ["Directrice financière", "Sophie Ranchin"],
     ["Directeur des opérations", "Karim Belhadj"]], after="Arnaud Pellerin était auparavant chez Distrimax.")

_BOARD = _bare(
    "Conseil : les nouveaux administrateurs de Vaubrun\n\nL'assemblée générale du groupe de BTP Vaubrun a approuvé "
    "jeudi la nomination de trois administrateurs. Présidé par Hélène Marceau, le conseil compte douze membres.\n\n"
    "Le conseil d'administration de Vaubrun accueille :",
    ["Nom", "Qualité", "Profil"],
    [["Jacques Orsini", "Administrateur indépendant", "Ancien directeur général de Terralis"],
     ["Louis Kerbrat", "Administrateur", "Ancien banquier chez Banque Sérac"]])

CASES = [
    # a separator-less table of holders under the sentence that names the company (the NER kept "Courrier" only)
    (_COURRIER, [("OWNS", "Orbelle Invest", "Le Courrier libre"), ("OWNS", "Paul Ternier", "Le Courrier libre"),
                 ("OWNS", "Anne Sorel", "Orbelle Invest")]),
    # a caption naming the company, two lines only
    (_bare("Luxe : Varonne cède sa branche parfums\n\nLe groupe Varonne a vendu sa branche parfums au géant Kalisté "
           "pour 3 milliards d'euros. Le groupe Varonne reste contrôlé par sa holding familiale.\n\n"
           "Principaux actionnaires de Varonne :", ["Actionnaire", "Part du capital"],
           [["Holding Sarrazin", "41,5 %"], ["Nordwind Capital", "3,2 %"]]),
     [("OWNS", "Holding Sarrazin", "Varonne"), ("OWNS", "Nordwind Capital", "Varonne")]),
    # a question as the table's heading; a holding's owner in its bracket
    (_bare("Presse : Paul Verlaine-Dubois s'empare du Groupe Ardent\n\nL'homme d'affaires breton Paul Verlaine-Dubois "
           "a racheté mardi les parts du fonds Kestrel dans la holding Groupe Ardent, qui contrôle le quotidien "
           "L'Écho du Ponant.\n\nQui détient désormais Groupe Ardent ?", ["Actionnaire", "Participation"],
           [["Verlaine Invest (Paul Verlaine-Dubois)", "71 %"], ["Crédit Maritime Breton", "19 %"], ["Salariés", "10 %"]]),
     [("OWNS", "Verlaine Invest", "Groupe Ardent"), ("OWNS", "Crédit Maritime Breton", "Groupe Ardent"),
      ("OWNS", "Paul Verlaine-Dubois", "Verlaine Invest")]),
    # the founders a group row lists in its bracket each hold the company; a whole cell is the whole name
    (_bare("Énergie : Solvane ouvre son capital\n\nSolvane, le spécialiste nantais de l'hydrogène, a bouclé une "
           "augmentation de capital de 40 millions d'euros. Le fonds Ouest Croissance et la banque Crédit de l'Erdre "
           "entrent au capital.\n\nL'actionnariat de Solvane après l'opération :",
           ["Actionnaire", "% du capital", "% des droits de vote"],
           [["Fondateurs (Marc Tellec et Anne Jaouen)", "48", "55"], ["Ouest Croissance", "22", "20"],
            ["Crédit de l'Erdre", "15", "12"], ["Salariés", "15", "13"]], outer=True),
     [("OWNS", "Marc Tellec", "Solvane"), ("OWNS", "Anne Jaouen", "Solvane"), ("OWNS", "Ouest Croissance", "Solvane"),
      ("OWNS", "Crédit de l'Erdre", "Solvane")]),
    # cabinet posts serve the minister the text names
    (_CABINETS, [("WORKS_FOR", "Pierre Lamothe", "Jean-Luc Darmont"), ("WORKS_FOR", "Inès Carbonne", "Claire Vasseur"),
                 ("WORKS_FOR", "Hugo Ferrand", "ministère de la Culture")]),
    # "Fonction | Nom": the person in the second column, the post in the first, the company the caption's
    (_COMEX, [("LEADS", "Arnaud Pellerin", "Maison Orvelle"), ("WORKS_FOR", "Sophie Ranchin", "Maison Orvelle"),
              ("WORKS_FOR", "Karim Belhadj", "Maison Orvelle")]),
    # a board seat with no name of its own is on the board the caption names, not at the profile's company
    (_BOARD, [("BOARD_MEMBER", "Jacques Orsini", "Vaubrun"), ("BOARD_MEMBER", "Louis Kerbrat", "Vaubrun")]),
    # a stake held through a holding ("via H"): the person owns the holding, the holding the company
    (_bare("Médias : le nouveau tour de table de Radio Brenne\n\nLa radio locale Radio Brenne a accueilli deux "
           "nouveaux actionnaires, selon ses statuts publiés au greffe.", ["Actionnaire", "Part du capital"],
           [["Henri Delcourt (via Delcourt Participations)", "55 %"], ["Caisse Morvan", "25 %"], ["Flottant", "20 %"]]),
     [("OWNS", "Henri Delcourt", "Delcourt Participations"), ("OWNS", "Delcourt Participations", "Radio Brenne"),
      ("OWNS", "Caisse Morvan", "Radio Brenne")]),
    # cabinet posts with no minister in the cell serve the person the caption names
    (_bare("Bercy : Paul Ternier installe son équipe\n\nNommé ministre de l'Économie la semaine dernière, Paul Ternier "
           "a choisi ses proches collaborateurs.\n\nL'équipe de Paul Ternier à Bercy :", ["Nom", "Fonction"],
           [["Julien Marchal", "Directeur de cabinet"], ["Sarah Benali", "Cheffe de cabinet"]]),
     [("WORKS_FOR", "Julien Marchal", "Paul Ternier"), ("WORKS_FOR", "Sarah Benali", "Paul Ternier")]),
]

FORBIDDEN = [
    (_COURRIER, ("OWNS", "Orbelle Invest", "Le Courrier")),
    (_CABINETS, ("LEADS", "Yann Le Goff", "ministère des Sports")),
    (_CABINETS, ("LEADS", "Inès Carbonne", "ministère de la Culture")),
    (_CABINETS, ("MEMBER_OF", "Pierre Lamothe", "Gouvernement")),
    (_BOARD, ("BOARD_MEMBER", "Jacques Orsini", "Terralis")),
    (_BOARD, ("BOARD_MEMBER", "Louis Kerbrat", "Banque Sérac")),
    # a cabinet post in a sentence heads no ministry either
    ("Remaniement : les cabinets se forment\n\nClaire Daubin, directrice du cabinet du ministre de l'Agriculture, "
     "quitte ses fonctions après deux ans.", ("LEADS", "Claire Daubin", "ministère de l'Agriculture")),
    # a government's staff are no members of it ("Gouvernement Darmont" named by the caption)
    (_bare("Gouvernement Darmont : les cabinets\n\nLe gouvernement Darmont a été nommé mardi. Voici les premières "
           "nominations dans les cabinets du gouvernement Darmont :", ["Nom", "Fonction"],
           [["Pierre Lamothe", "Directeur du cabinet du Premier ministre"],
            ["Lucie Brenmor", "Conseillère diplomatique du Premier ministre"]]),
     ("MEMBER_OF", "Lucie Brenmor", "Gouvernement Darmont")),
]
