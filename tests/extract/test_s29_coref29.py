"""(s29-coref29) Second references: the owner a plural possessive points at, and the things no company's noun stands
for (the CASES/FORBIDDEN of cases_s29_coref29.py run in test_rules.py)."""
from __future__ import annotations

import pytest

from .ties import named

# "Leur X" after a sentence whose main subject is plural and unnamed ("les Xs de Ville", the parse missing the name):
# no owner rather than the singular name beside it
NO_OWNER = [
    ("Relégués l'été dernier par la Ligue de Vernon, les Girondas de Vernon n'ont pas trouvé de repreneur. Leur "
     "propriétaire, Marc Duval, assure avoir reçu des offres.", ("OWNS", "Marc Duval", "Ligue de Vernon")),
    ("Condamnés par le tribunal de Vernon, les salariés de l'usine ont fait appel. Leur avocat, Me Jules Kerlan, "
     "dénonce un jugement injuste.", ("WORKS_FOR", "Jules Kerlan", "tribunal de Vernon")),
]


@pytest.mark.parametrize("text,tie", NO_OWNER, ids=[c[0][:40] for c in NO_OWNER])
def test_plural_possessive_is_not_the_singular_name(analyse_text, text, tie):
    t, s, o = tie
    got = named(analyse_text(text).relations, t, s, o)
    assert not got, got
