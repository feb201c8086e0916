"""(s19-gapA) Posts taken, kept or handed on without a title noun: "X garde le ministère de l'Intérieur",
"X hérite du ministère de Y", "X, installé au ministère de Y"."""
from __future__ import annotations

from ...mentions.entities import EntityIndex
from ..arguments import _subject_of, case_of, entities_at, lemma_of
from .found import Found

# Verbs by which a member of a government keeps, gets or inherits a ministry (its object, or its "de" / "à"
# phrase, names the ministry itself: a ministry is a post as much as a body)
_MINISTRY_VERBS = frozenset({"garder", "conserver", "hériter", "récupérer", "décrocher", "obtenir", "retrouver",
                             "arracher", "installer", "rester", "prendre"})


def ministry_kept(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """Fill "ministry" with a ministry named as the verb's object or phrase, and "minister" with who holds it:
    the verb's subject, or the name a participle set off after it describes ("X, installé au ministère de Y")."""
    if not verbal or lemma_of(t) not in _MINISTRY_VERBS:
        return
    found = []
    lemma = lemma_of(t)
    # (the object, but "de" only after "hériter" and "à" only after "installer", "rester": "X a obtenu du
    # ministère une dérogation" gets something from it)
    phrase = "de" if lemma == "hériter" else "à" if lemma in ("installer", "rester") else None
    for c in t.children:
        if (c.dep_ == "obj" and case_of(c) is None) or (phrase and c.dep_.startswith("obl") and case_of(c) == phrase):
            found += [x for x in entities_at(c, index) if x[0].lower().startswith(("ministère", "ministere"))]
    if not found:
        return
    who = _subject_of(t, index)
    if not who and t.dep_ == "acl" and t.head.i < t.i and index.kinds.get(t.head.i) == "name":
        who = entities_at(t.head, index)[:1]
    if who:
        out.put("ministry", found[:1])
        out.put("minister", who[:1])
