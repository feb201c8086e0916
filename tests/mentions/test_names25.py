"""(s25-names25) Names the NER cuts at "de" in one place and finds whole in another; a lead-in word; a
sector acronym run into a name (team-written sentences, invented names)."""
from __future__ import annotations


def test_name_cut_at_de_joins_the_whole_name(entities):
    # the NER finds "Girondins de Bastia" whole in the first sentence, "Girondins" and "Bastia" in the second
    found = entities("Vexora a cédé les Girondins de Bastia. Kelvor reprend les Girondins de Bastia pour 20 millions.")
    assert "Girondins de Bastia" in found
    assert "Girondins" not in found


def test_two_names_never_written_together_stay_apart(entities):
    found = entities("Kelvor reprend les Girondins de Bastia pour 20 millions.")
    assert "Girondins de Bastia" not in found


def test_sector_acronym_is_no_part_of_the_name(entities):
    found = entities("Vexora Autoroutes, filiale du géant du BTP Vexora, exploite 400 kilomètres de réseau.")
    assert "BTP Vexora" not in found
    assert found["Vexora Autoroutes"][0] == "ORG"


def test_lead_in_word_is_no_name(entities):
    found = entities("Vexora a perdu des clients.\n\nParadoxe : le quatrième opérateur dépend d'un contrat avec Orvane.")
    assert "Paradoxe" not in found
