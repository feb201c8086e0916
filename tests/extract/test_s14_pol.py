"""s14-pol: negation of a main verb does not reach a present participle's clause set off by a comma
(invented names)."""
import pytest

from cercle.mentions.lexicon import fold

AFFIRMED = [
    ("Le député Romain Tessier a exclu toute alliance avec le Bloc vert, accusant Nadia Zerrouki de « trahir » "
     "les militants.", ("ACCUSES", "Romain Tessier", "Nadia Zerrouki")),
    ("La sénatrice Odile Ferrat n'a pas démissionné, reprochant à Paul Lenoir d'avoir menti.",
     ("ACCUSES", "Odile Ferrat", "Paul Lenoir")),
    ("Le maire Hervé Castagnol refuse toute discussion avec l'opposition, critiquant vivement Anne Vidal.",
     ("ACCUSES", "Hervé Castagnol", "Anne Vidal")),
]


@pytest.mark.parametrize("text,tie", AFFIRMED, ids=[t[:40] for t, _ in AFFIRMED])
def test_participle_clause_not_negated(analyse_text, text, tie):
    t, s, o = tie
    got = [r for r in analyse_text(text).relations
           if (r.type, fold(r.subject), fold(r.object)) == (t, fold(s), fold(o))]
    assert got, f"missing {tie}"
    assert not any(r.negated for r in got)


def test_negation_inside_the_participle_clause_stays(analyse_text):
    text = "Le sénateur Paul Lenoir a quitté le parti, n'accusant jamais Marc Dutreuil de quoi que ce soit."
    got = [r for r in analyse_text(text).relations if r.type == "ACCUSES"]
    assert all(r.negated for r in got)
