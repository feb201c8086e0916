"""(s29-headline29) The speaker's name before a headline's colon is no subject of the quoted verb (parse mend);
a label after a verb ("X a déclaré : « … »") or inside a line is left alone."""
from __future__ import annotations

import pytest

LABELS = ["Agnès Corvin : « Nous détenons toujours 30 % de Fenwick »",
          "Nicolas Ferrand : « Nous resterons au capital de Quintal aussi longtemps qu'il le faudra »",
          "Hugo Tessier (Brenmark) : « Nous avons investi dans Olvane parce que le marché grandit »"]


@pytest.mark.parametrize("text", LABELS, ids=[t[:30] for t in LABELS])
def test_label_before_colon_not_subject(nlp, text):
    from cercle.nlp.docview import DocView
    view = DocView(nlp(text))
    assert view[0].dep_ not in ("nsubj", "nsubj:pass")


def test_subject_of_a_verb_before_colon_kept(nlp):
    from cercle.nlp.docview import DocView
    view = DocView(nlp("Vexora a annoncé : « nous rachetons Orvane »"))
    assert view[0].dep_ == "nsubj"
