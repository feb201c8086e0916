"""(s27-lead) The parse repairs never hang a word under its own dependent (a loop in the tree made every
walk of it run until memory ran out)."""
from __future__ import annotations

from cercle.nlp.docview import DocView, rehang

LOOPED = ("Au cœur de l'enquête : trois marchés de scanners attribués par le CHU au laboratoire nantais entre "
          "2018 et 2021, pour un total de 9 millions d'euros.")


def _loop_in(view) -> list[int]:
    for t in view:
        seen, x = set(), t
        while x.head is not x and x.i not in seen:
            seen.add(x.i)
            x = x.head
        if x.head is not x:
            return sorted(seen)
    return []


def test_a_participle_is_not_hung_on_its_own_subject(nlp):
    view = DocView(nlp(LOOPED))
    assert _loop_in(view) == []
    participle = next(t for t in view if t.text == "attribués")
    assert len(list(participle.subtree)) < len(view)


def test_rehang_refuses_a_move_under_a_dependent(nlp):
    view = DocView(nlp("Le groupe Corvalis a racheté la société Brenvis."))
    verb = next(t for t in view if t.text == "racheté")
    obj = next(t for t in view if t.text == "société")
    assert obj.head is verb
    rehang(verb, obj, "acl")          # would make racheté → société → racheté
    assert obj.head is verb and verb.head is not obj and _loop_in(view) == []
    rehang(obj, obj, "root")          # on itself: a root, as before
    assert obj.head is obj
