"""Pronoun cases of the possessive work (s11-poss): invented actors only."""


def test_pronoun_in_a_relative_after_name_qui_is_that_name(links):
    # "Il succède à X, qui … a rejoint Y, dont il devient …": the second "il" is X (the parser hangs the
    # relative "qui …" on the main verb), not the main clause's subject
    text = ("Le conseil de la coopérative Armavert a nommé Loïc Brénal directeur général. Il succède à "
            "Patrick Derval, qui dirigeait la coopérative depuis 2014 et a rejoint le 1er septembre son "
            "concurrent normand, les Fromageries du Couesnon, dont il devient le directeur général adjoint.")
    assert links(text).get(("il", 1)) == "Patrick Derval"


def test_deputy_title_goes_to_the_relatives_person(analyse_text):
    text = ("Le conseil de la coopérative Armavert a nommé Loïc Brénal directeur général. Il succède à "
            "Patrick Derval, qui dirigeait la coopérative depuis 2014 et a rejoint le 1er septembre son "
            "concurrent normand, les Fromageries du Couesnon, dont il devient le directeur général adjoint.")
    ties = {(r.type, r.subject, r.object) for r in analyse_text(text).relations}
    assert ("WORKS_FOR", "Loïc Brénal", "Fromageries du Couesnon") not in ties
