"""Highlight spans and tie shaping (pure functions)."""
from __future__ import annotations

from cercle.web.shape import highlight_spans, name_variants, shape_tie


def marked(sentence, actors):
    return [(sentence[s["start"]:s["end"]], s["role"]) for s in highlight_spans(sentence, actors)]


def test_variants():
    assert name_variants("Jeanne Martel") == [["Jeanne Martel"], ["Martel"]]
    assert name_variants("la Banque du Nord") == [["la Banque du Nord", "Banque du Nord"], ["Nord"]]
    assert name_variants("Vertigo", ["VTG", "le groupe", "Vertigo"]) == [["Vertigo", "VTG"], []]


def test_spans_ignore_case_and_accents_but_keep_offsets():
    sentence = "Selon l'AFP, le MINISTERE DE L'ECONOMIE a reçu Élodie Varenne à Paris."
    spans = marked(sentence, {"subject": name_variants("Ministère de l'Économie"),
                              "object": name_variants("Élodie Varenne")})
    assert spans == [("MINISTERE DE L'ECONOMIE", "subject"), ("Élodie Varenne", "object")]


def test_short_name_used_when_the_full_one_is_absent():
    spans = marked("Martel a racheté Vertigo.", {"subject": name_variants("Jeanne Martel"),
                                                 "object": name_variants("Vertigo")})
    assert spans == [("Martel", "subject"), ("Vertigo", "object")]


def test_whole_words_only_and_no_overlap():
    sentence = "Vertigolab et Vertigo Holding ont signé."
    spans = marked(sentence, {"subject": [["Vertigo Holding"]], "object": [["Vertigo"]]})
    assert spans == [("Vertigo Holding", "subject")]


def test_aliases_are_highlighted_and_the_last_word_is_only_a_fallback():
    sentence = "Le fonds Orion, via VTG, parle à Martel ; Jeanne Martel répond."
    spans = marked(sentence, {"subject": name_variants("Orion Capital", ["Orion"]),
                              "object": name_variants("Jeanne Martel")})
    assert spans == [("Orion", "subject"), ("Jeanne Martel", "object")]


def test_shape_tie_adds_other_end_labels_and_caps_evidence():
    ev = {"sentence": "Orion soutient Vertigo.", "flags": []}
    tie = {"id": "t", "type": "ALLY_OF", "symmetric": True, "subject_id": "a", "object_id": "b",
           "subject": "Orion", "object": "Vertigo", "evidence": [ev] * 5, "evidence_count": 9}
    out = shape_tie(tie, "b")
    assert out["other"] == {"id": "a", "name": "Orion"} and out["direction"] == "both"
    assert out["fr"] == "allié de" and out["family"] == "cooperation"
    assert len(out["evidence"]) == 3 and out["evidence_count"] == 9
    assert [h["role"] for h in out["evidence"][0]["highlights"]] == ["subject", "object"]
    assert "highlights" not in tie["evidence"][0]  # the input is not changed
