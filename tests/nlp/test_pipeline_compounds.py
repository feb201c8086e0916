"""The French tokenizer keeps hyphenated nouns it would split in three ("d'état - major")."""


def test_etat_major_is_one_token(nlp):
    words = [t.text for t in nlp.tokenizer("Le chef d'état-major des armées et l'État-major de Valdarie.")]
    assert "état-major" in words and "État-major" in words
    assert "-" not in words
