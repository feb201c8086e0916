"""Cases of the s37 title references (helper s37-titles37, mentions/titles37.py, data/titles37.yaml), invented names
and sentences, run by test_rules.py.

* A definite head's or founder's title naming its organisation, with no name beside it ("La directrice générale de
  Y, qui …", "l'ancien patron de Y", "Le premier secrétaire du Y"), stands for the one fitting person the sentence
  before named, or, when that sentence names no one, for the story's one person so far (a subject, untitled); both the
  title's own tie and the tie of its clause come out on that person.
* Two coordinated titles after two coordinated names ("A et B … Le président de Y et la secrétaire nationale de Z")
  go to them in order.
* A possessive title ("Sa présidente", "explique son PDG") is the head (else the founder, of the title's gender) the
  text names for the organisation the possessive points at; no one else (the owner is a guess already).
* Never a person the text gave a head's title of another organisation, never past a person named before the title in
  its sentence (but the one the holder replaced), never for an organisation a possessive already ties to someone."""

CASES = [
    # the story's one person, the sentence before naming no one; the predecessor of the succession clause as well
    ("Claire Dumontel referme le dossier. Le groupe Orvane a annoncé lundi le rachat de la société Belmar pour 300 "
     "millions d'euros.\n\nLa directrice générale d'Orvane, qui a succédé à Paul Garnier en 2021, a été saluée par la "
     "Bourse.",
     [("LEADS", "Claire Dumontel", "Orvane"), ("LEADS", "Paul Garnier", "Orvane")]),
    # a former title after a succession frame: not the replaced person, the one named in the sentence before
    ("Le signal était attendu par Julien Marceau. Nommé PDG de Kervalor au printemps à la place de Luc Berthin, "
     "l'ancien patron de Sofrana avait fait de ces contrats sa priorité.",
     [("LEADS", "Julien Marceau", "Sofrana")]),
    # two persons in the sentence before: the one with another organisation's title is not meant
    ("Grégoire Lanval, maire de Villebois, a signé lundi un accord avec le Parti solidaire, qui réserve aux amis "
     "d'Olivier Mazel dix places éligibles. Le premier secrétaire du Parti solidaire a salué « un partenariat "
     "exemplaire ».",
     [("LEADS", "Olivier Mazel", "Parti solidaire")]),
    # two coordinated titles after two coordinated names
    ("Il aura fallu un dîner discret pour que Jérôme Valois et Nadia Kerbrat enterrent la hache de guerre. Le président "
     "du Pacte civique et la secrétaire nationale de Nouvel Horizon se sont entretenus près de trois heures.",
     [("LEADS", "Jérôme Valois", "Pacte civique"), ("LEADS", "Nadia Kerbrat", "Nouvel Horizon")]),
    # a possessive title: the founder of its gender
    ("La start-up nantaise Varech, cofondée en 2021 par Zélie Morvan et Ronan Kerlo, boucle une nouvelle levée de "
     "fonds. Sa présidente revient pour nous sur cette levée.",
     [("LEADS", "Zélie Morvan", "Varech")]),
    # an interview: the name the text opens with
    ("Ingrid Solberg : « Nous avons coupé tous les ponts avec Novatrans »\n\nLe transitaire havrais Polaris Fret se "
     "retrouve pris dans la tempête des sanctions. La directrice générale de Polaris Fret s'explique.",
     [("LEADS", "Ingrid Solberg", "Polaris Fret")]),
]

FORBIDDEN = [
    ("Grégoire Lanval, maire de Villebois, a signé lundi un accord avec le Parti solidaire, qui réserve aux amis "
     "d'Olivier Mazel dix places éligibles. Le premier secrétaire du Parti solidaire a salué « un partenariat "
     "exemplaire ».",
     ("LEADS", "Grégoire Lanval", "Parti solidaire")),
    ("Le signal était attendu par Julien Marceau. Nommé PDG de Kervalor au printemps à la place de Luc Berthin, "
     "l'ancien patron de Sofrana avait fait de ces contrats sa priorité.",
     ("LEADS", "Luc Berthin", "Sofrana")),
    ("La start-up nantaise Varech, cofondée en 2021 par Zélie Morvan et Ronan Kerlo, boucle une nouvelle levée de "
     "fonds. Sa présidente revient pour nous sur cette levée.",
     ("LEADS", "Ronan Kerlo", "Varech")),
    # the party a possessive ties to its leader: not the person the sentence before named in passing
    ("Éric Vallon veut une alliance entre son parti, Les Modérés, et le Front civique. Des élections anticipées ont été "
     "convoquées par Paul Meunier. Le président des Modérés a assuré être suivi par des dizaines de parlementaires.",
     ("LEADS", "Paul Meunier", "Les Modérés")),
    # the story's one person only when a clause's subject: not a name met in passing
    ("Les relations entre Valmorie et Ostrabie restent tendues, malgré une rencontre entre leurs dirigeants, dont "
     "son homologue ostrabien, Piotr Vassel. Mais jusque-là, le processus bat de l'aile. « Nous négocions », "
     "espère le chef de l'État valmorien.",
     ("LEADS", "Piotr Vassel", "Valmorie")),
]
