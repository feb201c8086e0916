"""Cases of the s37 pair reading (helper duo37, mentions/duo37.py, hook in coref._link_pair), invented names and
sentences, run by test_rules.py.

* "entre les deux X" (X a plural person noun: "femmes", "dirigeantes", "hommes"…) with no pair found nearer stands for
  the two persons of fitting gender its paragraph names by name — even when the article speaks more of a third
  person elsewhere — else for the article's two main persons of that gender.
* Three persons of fitting gender named in the paragraph: no pair from the paragraph."""

CASES = [
    # the paragraph's two women, not the article's most spoken-of one (named in another paragraph)
    ("La ministre de la Culture, Hélène Varnier, a fait adopter mercredi la réforme. Hélène Varnier s'en félicite.\n\n"
     "Odile Ferrand, la présidente de Radio Loire, soutient la réforme. Mathilde Corvel s'y oppose frontalement. "
     "La patronne de Télé Ouest accuse la ministre de vouloir reprendre la main. Entre les deux dirigeantes, la "
     "rivalité est ancienne.",
     [("OPPOSES", "Odile Ferrand", "Mathilde Corvel")]),
    # one woman named in the paragraph: the article's two main women
    ("Diffamation : Lucie Marchal obtient gain de cause contre Paul Devaux. Le tribunal a condamné Paul Devaux, "
     "adjoint de la maire de Villebois, Nadine Sorel, pour avoir diffamé Lucie Marchal. Lucie Marchal s'en félicite.\n\n"
     "Nadine Sorel n'a pas souhaité commenter. Les relations entre les deux femmes sont exécrables depuis 2020.",
     [("OPPOSES", "Nadine Sorel", "Lucie Marchal")]),
]

FORBIDDEN = [
    # the same, not the ministre (named elsewhere, only described in this paragraph)
    ("La ministre de la Culture, Hélène Varnier, a fait adopter mercredi la réforme. Hélène Varnier s'en félicite.\n\n"
     "Odile Ferrand, la présidente de Radio Loire, soutient la réforme. Mathilde Corvel s'y oppose frontalement. "
     "La patronne de Télé Ouest accuse la ministre de vouloir reprendre la main. Entre les deux dirigeantes, la "
     "rivalité est ancienne.",
     ("OPPOSES", "Mathilde Corvel", "Hélène Varnier")),
    # three women named in the paragraph: the paragraph gives no pair (none of its three pairs is asserted)
    ("Odile Ferrand soutient la réforme. Mathilde Corvel s'y oppose. Agnès Romieu hésite encore. Entre les deux "
     "dirigeantes, la rivalité est ancienne.",
     ("OPPOSES", "Odile Ferrand", "Agnès Romieu")),
]
