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
