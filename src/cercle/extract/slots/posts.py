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


# Bodies an organisation or a state joins as a member ("a rejoint l'alliance Y", "a quitté la coalition Y");
# "groupe" only for a party's group in an assembly (a company "rejoint le groupe Y" when Y buys it)
_BODY_NOUNS = frozenset({"alliance", "coalition", "fédération", "confédération", "union", "association",
                         "organisation", "ligue", "consortium", "initiative", "réseau", "club", "collectif",
                         "intergroupe", "plateforme", "front"})
_PARTY_NOUNS = frozenset({"parti", "mouvement", "formation", "délégation"})
_CHAMBER_WORDS = frozenset({"parlement", "assemblée", "sénat", "hémicycle", "parlementaire", "strasbourg",
                            "bruxelles", "européen", "eurodéputés"})
_JOIN_VERBS = frozenset({"rejoindre", "intégrer", "réintégrer", "quitter", "adhérer"})


def body_joined(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """(s19-gapA) "La compagnie X a rejoint l'alliance Y", "le parti X a quitté le groupe Y au Parlement":
    fill "body_joined" with the alliance, coalition or assembly group an organisation joins or leaves."""
    if not verbal or lemma_of(t) not in _JOIN_VERBS:
        return
    subj = _subject_of(t, index)
    if not subj or index.type_of(subj[0][0]) not in ("ORG", "GOV"):
        return
    doc = t.doc
    party = _introduced_by(doc, subj[0][1], index, _PARTY_NOUNS)
    for c in t.children:
        if not (c.dep_ == "obj" and case_of(c) is None or lemma_of(t) == "adhérer" and case_of(c) == "à"):
            continue
        # (a name the object reaches through a preposition is not the body: "l'alliance fondée par A")
        got = [x for x in entities_at(c, index) if case_of(doc[x[1]]) in (None, "de")
               and not any(w.pos_ in ("VERB", "AUX") for w in doc[min(c.i, x[1]):max(c.i, x[1])])]
        if not got and c.lemma_.lower() in _BODY_NOUNS and c.i > 1 and doc[c.i - 1].lower_ in ("l'", "l’", "le", "la") \
                and doc[c.i - 2].text == ",":
            # "rejoindre Y, l'alliance fondée par …": the name the apposed noun describes
            got = [x for k in t.children if k.dep_ == "obj" and k.i < c.i - 2 for x in entities_at(k, index)][-1:]
            if got:
                out.put("body_joined", got)
            continue
        if not got:
            continue
        name, at = got[0]
        words = {c.lemma_.lower(), name.lower().split(" ", 1)[0], doc[at - 1].lower_ if at else ""}
        body = not words.isdisjoint(_BODY_NOUNS) or _introduced_by(doc, at, index, _BODY_NOUNS)
        if not body and ("groupe" in words or _introduced_by(doc, at, index, {"groupe"})):
            end = at
            while end + 1 < len(doc) and index.entity_at(end + 1) == name:
                end += 1
            after = {x.lower_ for x in doc[end + 1:end + 5]}
            body = party or not after.isdisjoint(_CHAMBER_WORDS)
        if body and name != subj[0][0]:
            out.put("body_joined", [(name, at)])


def _introduced_by(doc, at: int, index: EntityIndex, nouns) -> bool:
    """The name at ``at`` follows one of ``nouns`` ("le parti X", "l'alliance des X", "le groupe des X")."""
    name = index.entity_at(at)
    j = at
    while j > 0 and index.entity_at(j - 1) == name and name is not None:
        j -= 1
    if doc[j].lemma_.lower() in nouns:
        return True   # (the noun taken into the name: "le parti Avenir" read as one name)
    k = j - 1
    while k >= 0 and doc[k].lower_ in ("des", "de", "du", "d'", "d’", "la", "le", "l'", "l’"):
        k -= 1
    return k >= 0 and doc[k].lemma_.lower() in nouns


def party_apposed(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """(s19-gapA) "Y, le parti de X, …" with the apposition parsed as a conjunct: the name right before
    ", le parti" is the one the noun describes."""
    if verbal or "head" in out or t.lower_ not in ("parti", "mouvement") or t.i < 3:
        return
    doc = t.doc
    if doc[t.i - 1].lower_ not in ("le", "son") or doc[t.i - 2].text != "," or index.kinds.get(t.i - 3) != "name":
        return
    name = index.entity_at(t.i - 3)
    if name is not None and index.type_of(name) in ("ORG", "OTHER"):
        out.put("head", [(name, t.i - 3)])
