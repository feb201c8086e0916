"""Second references of the s16 helper s16-coref: what a descriptor, a possessive or a quoted "notre"
may not stand for (invented names)."""
from cercle.nlp import get_nlp
from cercle.nlp.docview import DocView
from cercle.mentions import find_entities
from cercle.pipeline import clean_or_skip
from cercle.records import Article


def _resolved(text: str) -> dict[str, str]:
    """Each non-name mention's first word → the entity it was resolved to."""
    clean = clean_or_skip(Article(id="t", text=text, path="t"))
    doc = DocView(get_nlp()(clean.text))
    _, _, index = find_entities(doc, clean)
    return {(doc[i].text, i): n for i, n in index.by_token.items() if index.kinds.get(i) != "name"}


def _targets(text: str, word: str) -> set[str]:
    return {n for (w, _), n in _resolved(text).items() if w == word}


def test_start_up_is_no_groupe():
    # "le groupe" is not the start-up the text introduced as one
    text = ("Le groupe Norvane rachète la start-up Pixelia. La jeune pousse emploie 40 personnes. "
            "Le groupe, détenu par la famille Arlès, a été conseillé par Ostral Finance.")
    assert "Pixelia" not in _targets(text, "groupe")
    text = ("La PME Ferrolux passe sous le contrôle de Dantec. Le groupe emploie 9 000 salariés.")
    assert "Ferrolux" not in _targets(text, "groupe")


def test_union_is_no_company_noun():
    text = ("Chez Vorlane, le Syndicat autonome des techniciens a gagné les élections. Le groupe prévoit "
            "pourtant 300 suppressions de postes.")
    assert "Syndicat autonome des techniciens" not in _targets(text, "groupe")
    text = ("L'Association des usagers du rail a porté plainte. L'entreprise visée conteste.")
    assert "Association des usagers du rail" not in _targets(text, "entreprise")


def test_union_still_a_syndicat():
    # the kind noun of a union still finds it
    text = "Le Syndicat autonome des techniciens a gagné les élections. Le syndicat réclame une hausse."
    assert _targets(text, "syndicat") == {"Syndicat autonome des techniciens"}


def test_groupe_is_the_buyer_of_the_start_up():
    # a story about a start-up bought: "le groupe" is the buyer, named most after it, not a bidder named
    # once nearer, nor the start-up
    text = ("Telvane rachète Pixelia pour 80 millions d'euros. La start-up lyonnaise compte 60 salariés. "
            "Pixelia avait levé 12 millions en 2022. Fondée en 2019, Pixelia équipe 200 usines. "
            "Le PDG de Telvane, Marc Ollier, salue l'opération. Selon nos informations, l'allemand Kroner "
            "avait aussi fait une offre. Côté acheteur, l'opération est financée par emprunt, précise la "
            "directrice financière de Telvane. Le groupe, détenu à 30 % par la famille Ollier, a été "
            "conseillé par Ostral Finance.")
    assert _targets(text, "groupe") <= {"Telvane"}
    assert "Kroner" not in _targets(text, "groupe") and "Pixelia" not in _targets(text, "groupe")


def test_feminine_title_is_no_man_named_with_his_nationality():
    # "le président de Y, l'Autrichien X": X holds Y's presidency; "la présidente de Z" is not him
    text = ("Le président de l'Union centrale, l'Autrichien Kurt Wallner, parle de trahison. Il cherche un "
            "coupable. La présidente du Bloc réformateur vous a-t-elle appelée ?")
    assert "Kurt Wallner" not in _targets(text, "présidente")
    text = ("Le dirigeant du Front civique, le Danois Sven Aalund, dénonce un accord. Il menace de partir. "
            "La présidente de l'Alliance verte a-t-elle négocié ?")
    assert "Sven Aalund" not in _targets(text, "présidente")


def test_noun_set_beside_a_name_with_its_acronym_introduces_it():
    # "X (XA), un cabinet de …": an adviser, not what "le fabricant" stands for; "le cabinet" is it
    text = ("Les amendements ont été rédigés chez Quartz Affaires Publiques (QAP), un cabinet de lobbying fondé par "
            "Hugo Lenoir. Parmi ses clients figure Sélène Pharma, le laboratoire dirigé par Eva Brun. Le "
            "fabricant de génériques avait intérêt à attendre. Un second client, le groupe Ostrel, a payé "
            "QAP. Le cabinet a aussi financé un voyage.")
    assert "Quartz Affaires Publiques" not in _targets(text, "fabricant")
    assert _targets(text, "cabinet") <= {"Quartz Affaires Publiques"}


def test_person_noun_is_the_one_it_introduced():
    # "le sénateur X … Y, lui, … ¶ dont le sénateur est membre": X, the one the text called so
    text = ("Les notes du sénateur Paul Ardois ont été écrites par un cabinet. Contacté, ce dernier dément. "
            "Marc Villon, lui, n'a pas répondu.\n\nAu Parti du progrès, dont le sénateur est membre depuis "
            "dix ans, l'embarras domine.")
    assert _targets(text, "sénateur") <= {"Paul Ardois"}


def test_elided_article_noun_gender():
    # "L'ancien banquier" is a man: not the woman the sentence before had for subject
    text = ("Surprise : Claire Vautrin, jusqu'ici secrétaire d'État, succède à Damien Lorrain au ministère du "
            "Travail. L'ancien banquier paie ses critiques répétées.")
    assert "Claire Vautrin" not in _targets(text, "banquier")
    text = ("Sylvie Marchal remplace Pascal Jouve à la tête de la région. L'ancien patron de la chambre de "
            "commerce, en froid avec l'exécutif, paie son indépendance.")
    assert "Sylvie Marchal" not in _targets(text, "patron")


def test_office_held_by_a_person_of_the_sentence():
    # "en froid avec la Première ministre Y, … la ligne de la cheffe du gouvernement": Y, or no one; never the
    # previous sentence's subject, who does not hold that office
    text = ("Solène Bertin succède à Hervé Dumas à Bercy. Le sortant, en froid avec la Première ministre Agathe "
            "Lemaire, paie ses critiques de la ligne de la cheffe du gouvernement.")
    assert _targets(text, "cheffe") <= {"Agathe Lemaire"}


def _pair_of(text: str, word: str) -> set[str]:
    clean = clean_or_skip(Article(id="t", text=text, path="t"))
    doc = DocView(get_nlp()(clean.text))
    _, _, index = find_entities(doc, clean)
    return {n for i, names in index.plural.items() if doc[i].text == word for n in names}


def test_two_men_are_no_woman():
    # "entre les deux hommes": the two men, not a woman the text spoke of more
    text = ("La sénatrice Sylvie Garnier quitte le groupe. Elle siégera parmi les non-inscrits. Elle le dit. "
            "Son président, Henri Vasseur, accuse M. Paul Delorme de trahison. Entre les deux hommes, le bras "
            "de fer dure depuis des années.")
    assert "Sylvie Garnier" not in _pair_of(text, "hommes")
    text = ("Nathalie Roux a démissionné du conseil. Marc Aubert et Sophie Lenoir l'ont appris mardi, puis "
            "Luc Perrin aussi. Les deux femmes se sont parlé.")
    assert "Marc Aubert" not in _pair_of(text, "femmes") and "Luc Perrin" not in _pair_of(text, "femmes")


def test_foreign_region_adjective_fits_its_country():
    # "le groupe californien" is the company the text called American, not an association nearer
    text = ("L'Autorité a notifié des griefs à l'américain Norvix Systems. La procédure fait suite à une plainte "
            "de l'Alliance des éditeurs libres, une association. Le groupe californien conteste ces accusations.")
    assert _targets(text, "groupe") == {"Norvix Systems"}
    text = ("Le munichois Kessler Werke rachète le lyonnais Tarvel. L'allemand Brenner Bau avait aussi fait une "
            "offre. Le groupe bavarois paiera 300 millions d'euros.")
    assert "Tarvel" not in _targets(text, "groupe")
