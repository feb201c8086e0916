"""Lead's twelfth-session checks that need more than a tie's presence: the tie is there and not negated."""
import importlib

import pytest

from cercle.evaluate.score import normalise_name

AFFIRMED = importlib.import_module("tests.extract.cases_s12-lead").AFFIRMED


@pytest.mark.parametrize("text,tie", AFFIRMED, ids=[c[0][:40] for c in AFFIRMED])
def test_apposition_not_negated(analyse_text, text, tie):
    t, s, o = tie
    got = {(r.type, normalise_name(r.subject), normalise_name(r.object)): r for r in analyse_text(text).relations}
    rel = got.get((t, normalise_name(s), normalise_name(o)))
    assert rel is not None, f"missing {tie} in {sorted(got)}"
    assert not rel.negated, f"{tie} negated"
