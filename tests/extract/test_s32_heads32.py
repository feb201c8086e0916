"""(s32-heads32) What the cases of cases_s32_heads32.py (run by test_rules.py) do not check: the status of a post read
from "ancien de Y" (former) and from "en a quitté la présidence" (former); a holding's possessive is ownership; the
closeness read from "le soutien de la CPME de X" goes with the head's tie."""
from __future__ import annotations

from .ties import named


def _tie(analyse_text, text, t, subj, obj):
    return named(analyse_text(text).relations, t, subj, obj)


def test_former_of_is_former(analyse_text):
    text = "Paul Verdier, directeur général du groupe depuis avril et ancien de Valcor, voulait tourner la page."
    got = _tie(analyse_text, text, "WORKS_FOR", "Paul Verdier", "Valcor")
    assert got and got[0].status == "former"


def test_post_left_with_en_is_former(analyse_text):
    text = "Gilles Amiot, cofondateur de Valcor, en a quitté la présidence en 2020."
    got = _tie(analyse_text, text, "LEADS", "Gilles Amiot", "Valcor")
    assert got and got[0].status == "former" and got[0].rule == "leads.post_en"


def test_post_held_with_en(analyse_text):
    for text, who, org in [
        ("Au micro, Paul Verdier, fondateur de Valcor, qui en a repris la direction générale, a salué les équipes.",
         "Paul Verdier", "Valcor"),
        ("Claire Joubert a créé Arbelle en 2010 et en assure toujours la direction.", "Claire Joubert", "Arbelle"),
        ("Le syndicat Force Unie a un nouveau chef : Hugo Ferrand en a pris les rênes lundi.", "Hugo Ferrand",
         "Force Unie"),
    ]:
        assert _tie(analyse_text, text, "LEADS", who, org), text


def test_en_with_two_organisations_gives_nothing(analyse_text):
    text = "Marc Delorme a fondé Arbelle avec Brivel, puis en a pris la direction."
    assert not [r for r in analyse_text(text).relations if r.rule == "leads.post_en"]


def test_holding_possessive_is_ownership(analyse_text):
    text = "Le rachat est porté par Arbelle Holding de Marc Delorme, selon nos informations."
    assert _tie(analyse_text, text, "OWNS", "Marc Delorme", "Arbelle Holding")
    assert not _tie(analyse_text, text, "LEADS", "Marc Delorme", "Arbelle Holding")


def test_support_of_a_led_body_is_no_alliance_with_its_head(analyse_text):
    text = "Le président du syndicat patronal, qui avait reçu le soutien de la CPME d'Amir Benali, rétorque que le texte est bon."
    assert _tie(analyse_text, text, "LEADS", "Amir Benali", "CPME")
    assert not _tie(analyse_text, text, "ALLY_OF", "CPME", "Amir Benali")
    assert not _tie(analyse_text, text, "ALLY_OF", "Amir Benali", "CPME")


def test_no_kin_with_an_actor_described_as_a_firm():
    """(heads32.no_kin_of_firms) a name the NER typed as a person but the text calls "le groupe" has no kin."""
    from cercle.extract.heads32 import no_kin_of_firms
    from cercle.mentions.index import EntityIndex
    from cercle.records import DocEntity, Relation

    index = EntityIndex()
    index.entities = {"Mirek Varek": DocEntity("Mirek Varek", "PER"),
                      "Valnet": DocEntity("Valnet", "PER", aliases=["le groupe", "l'entreprise"]),
                      "Paul Varek": DocEntity("Paul Varek", "PER", aliases=["l'entrepreneur"])}
    rel = [Relation("FAMILY", "Mirek Varek", "Valnet", "x", 0, 1), Relation("FAMILY", "Mirek Varek", "Paul Varek", "x", 0, 1)]
    got = no_kin_of_firms(index, rel)
    assert [(r.subject, r.object) for r in got] == [("Mirek Varek", "Paul Varek")]
