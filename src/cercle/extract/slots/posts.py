"""(s19-gapA) Posts taken, kept or handed on without a title noun: "X garde le ministère de l'Intérieur",
"X hérite du ministère de Y", "X, installé au ministère de Y"."""
from __future__ import annotations

from ...mentions.entities import EntityIndex
from ..arguments import _subject_of, case_of, entities_at, lemma_of
from .found import Found
from .gate import acts_on
from .words import KIN_NOUNS

# (s19-gapA) nouns tagged as participles set off after a name ('X, allié de Y', 'X, cogérant de Y')
_APPOSED_PARTICIPLES = frozenset({"allié", "alliée", "cogérant", "cogérante", "co-gérant", "co-gérante"})
# (s19-gapA) nouns of a person described as inside a party ('X, son allié au sein du parti Y')
_WITHIN_NOUNS = frozenset({"allié", "alliée", "alliés", "proche", "élu", "élue", "militant", "militante", "figure",
                           "cadre", "député", "députée", "sénateur", "sénatrice", "conseiller", "conseillère"})

# Verbs by which a member of a government keeps, gets or inherits a ministry (its object, or its "de" / "à"
# phrase, names the ministry itself: a ministry is a post as much as a body)
_MINISTRY_VERBS = frozenset({"garder", "conserver", "hériter", "récupérer", "décrocher", "obtenir", "retrouver",
                             "arracher", "installer", "rester", "prendre"})


@acts_on(lambda w: w.verbal and w.lemma in _MINISTRY_VERBS)
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
    # (the parser may hang the verb on its subject's name and the ministry on the verb as a bare nmod:
    # "X garde le ministère de Y" read as "X, gardé …")
    bare = ("obj", "nmod") if t.dep_ == "acl" else ("obj",)
    # (or on the name itself: "X garde le ministère de Y" with both the verb and the ministry hung on X)
    near = list(t.children) + ([c for c in t.head.children if c.i == t.right_edge.i + 1 or c.left_edge.i == t.i + 1]
                               if t.dep_ == "acl" else [])
    for c in near:
        if (c.dep_ in bare and case_of(c) is None and c.i > t.i) or (phrase and c.dep_.startswith("obl") and case_of(c) == phrase):
            found += [x for x in entities_at(c, index) if x[0].lower().startswith(("ministère", "ministere"))]
    if not found:
        return
    who = _subject_of(t, index)
    if not who and t.dep_ == "acl" and t.head.i < t.i and index.entity_at(t.head.i) is not None:
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


@acts_on(lambda w: w.verbal and w.lemma in _JOIN_VERBS)
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


@acts_on(lambda w: not w.verbal and w.lower in ("parti", "mouvement"))
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


# Verbs by which a body's leadership is held by someone ("la direction de Y est assurée par X",
# "la présidence de Y a été confiée à X")
_HELM_HELD = frozenset({"assurer", "exercer", "occuper", "emmener", "incarner", "reprendre", "confier", "tenir"})


@acts_on(lambda w: not w.verbal and w.dep == "nsubj:pass")
def helm_held(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """(s19-gapA) "La direction de Y est assurée par X", "Y, dont la direction est assurée par X", "la présidence de
    Y a été confiée à X": fill "helm_holder" (X) and "helm_of" (Y)."""
    if verbal or t.dep_ != "nsubj:pass" or t.head.pos_ != "VERB" or lemma_of(t.head) not in _HELM_HELD:
        return
    if any(c.dep_ == "amod" and c.lower_ not in ("générale", "opérationnelle") for c in t.children):
        return   # "la direction financière de Y": a department, not the helm
    verb, doc = t.head, t.doc
    want = "à" if lemma_of(verb) == "confier" else "par"
    who = [x for c in verb.children if c.dep_.startswith("obl") and case_of(c) == want
           for x in entities_at(c, index)]
    who = [x for x in who if index.type_of(x[0]) == "PER"]
    if not who:
        return
    body = [x for c in t.children if c.dep_ == "nmod" and case_of(c) == "de" for x in entities_at(c, index)]
    if not body and any(c.lower_ == "dont" for c in t.children) or (t.i >= 2 and doc[t.i - 2].lower_ == "dont"):
        d = next((c.i for c in t.children if c.lower_ == "dont"), t.i - 2)
        if d >= 2 and doc[d - 1].text == ",":
            name = index.entity_at(d - 2)
            if name is not None:
                body = [(name, d - 2)]
    if body:
        out.put("helm_holder", who[:1])
        out.put("helm_of", body[:1])


_OF_WORDS = frozenset({"de", "du", "d'", "d’"})


@acts_on(lambda w: not w.verbal and w.lower in KIN_NOUNS)
def kin_of_described(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """(s19-gapA) "X, fils de l'industriel breton Y", "fille du banquier suisse Y": the relative named after a
    trade and its adjectives, read as a line when the parser hangs the name elsewhere."""
    if verbal or t.lower_ not in KIN_NOUNS or any(index.type_of(n) == "PER" for n, _ in out.get("prep:de", ())):
        return
    doc, j = t.doc, t.i + 1
    if j >= len(doc) or doc[j].lower_ not in _OF_WORDS:
        return
    j += 1
    if j < len(doc) and doc[j].lower_ in ("l'", "l’", "la", "le"):
        j += 1
    words = 0
    while j < len(doc) and words < 4 and doc[j].is_lower and doc[j].is_alpha and index.entity_at(j) is None:
        j += 1
        words += 1
    name = index.entity_at(j) if j < len(doc) and words else None
    if name is not None and index.kinds.get(j) == "name" and index.type_of(name) == "PER":
        out.put("prep:de", [(name, j)])


_LEAVING_NOUNS = frozenset({"départ", "démission", "retrait", "sortie"})
_BOARD_KINDS = frozenset({"administration", "surveillance"})


@acts_on(lambda w: not w.verbal and w.lem in _LEAVING_NOUNS)
def board_left(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """(s19-gapA) "Y a annoncé le départ de X de son conseil d'administration", "X a annoncé sa démission du conseil
    de surveillance de Y": fill "board_leaver" (X) and "board_left" (Y)."""
    if verbal or t.lemma_.lower() not in _LEAVING_NOUNS:
        return
    doc = t.doc
    end = min(len(doc) - 2, t.i + 12)
    at = next((k for k in range(t.i + 1, end) if doc[k].lower_ == "conseil"
               and doc[k + 1].lower_ in ("d'", "d’", "de") and doc[k + 2].lower_ in _BOARD_KINDS), None)
    if at is None or any(doc[k].pos_ in ("VERB", "AUX") or doc[k].text in (";", ".", ",") for k in range(t.i + 1, at)):
        return
    # (the council is the one left: "du conseil", "de son conseil", not "avant la réunion de son conseil")
    if not (doc[at - 1].lower_ == "du" or doc[at - 1].lower_ in ("son", "sa", "leur", "ce", "le")
            and doc[at - 2].lower_ in ("de", "d'", "d’")):
        return
    if doc[at - 1].lower_ != "du" and doc[at - 3].i > t.i and doc[at - 3].lemma_.lower() not in _LEAVING_NOUNS \
            and index.entity_at(doc[at - 3].i) is None:
        return
    who = [x for c in t.children if c.dep_ == "nmod" and case_of(c) == "de" and c.i < at
           for x in entities_at(c, index) if index.type_of(x[0]) == "PER"]
    verb = t.head if t.dep_ == "obj" and t.head.pos_ == "VERB" else None
    if not who and verb is not None and any(c.dep_ == "det" and c.lower_ in ("son", "sa") for c in t.children):
        who = [x for x in _subject_of(verb, index) if index.type_of(x[0]) == "PER"]
    if not who:
        return
    k = at + 3   # past "conseil d'administration": "de Y", "du groupe Y"
    body = None
    if k < len(doc) and doc[k].lower_ in ("de", "du", "d'", "d’"):
        for j in range(k + 1, min(k + 4, len(doc))):
            name = index.entity_at(j)
            if name is not None and index.type_of(name) in ("ORG", "GOV"):
                body = (name, j)
                break
    if body is None and doc[at - 1].lower_ in ("son", "sa", "leur") and verb is not None:
        owner = [x for x in _subject_of(verb, index) if index.type_of(x[0]) in ("ORG", "GOV")]
        body = owner[0] if owner else None
    if body is not None:
        out.put("board_leaver", who[:1])
        out.put("board_left", [body])


_BRANCH_TITLES = frozenset({"directeur", "directrice", "patron", "patronne", "dirigeant", "dirigeante", "dg"})


@acts_on(lambda w: not w.verbal and w.lower in _BRANCH_TITLES)
def country_branch(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """(s19-gapA) "le directeur de Y au Niger, X", "X, patronne de Y en France": the head of a company's branch in a
    country is its employee, not its head. The "de Y" party moves to "branch_of"; the slots a head's title
    would fall back on are emptied."""
    if verbal or t.lower_ not in _BRANCH_TITLES or not out.get("prep:de"):
        return
    doc = t.doc
    for name, at in out["prep:de"]:
        end = at
        while end + 1 < len(doc) and index.entity_at(end + 1) == name:
            end += 1
        k = end + 1
        place = k + 1 < len(doc) and (index.type_of(index.entity_at(k + 1)) in ("GOV", "LOC") if index.kinds.get(k + 1) == "name"
                                      else doc[k + 1].ent_type_ == "LOC" and doc[k + 1].is_title)
        # (not an assembly: "le patron du groupe Y au Parlement européen" heads a group of the chamber)
        if place and doc[k].lower_ in ("au", "aux", "en") and index.type_of(name) == "ORG" \
                and doc[k + 1].lower_ not in _CHAMBER_WORDS:
            out["branch_of"] = [(name, at)]
            for slot in ("prep:de", "poss", "topic", "announcer", "haver", "appointer", "prep:de_organ",
                         "prep:country", "prep:à"):
                out[slot] = []
            return


@acts_on(lambda w: not w.verbal and w.lower in _WITHIN_NOUNS)
def within_party(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """(s19-gapA) "X, son allié au sein du parti Y", "X, élu au sein du groupe Y": the body a person is described
    as being inside; fill "within" with it."""
    doc = t.doc
    end = min(len(doc) - 3, t.i + 8)
    if verbal or t.lower_ not in _WITHIN_NOUNS:   # (the test core.py made before the call)
        return
    if not any(index.type_of(n) == "PER" for n, _ in out.get("head", ())):
        # "X, son allié …", "X, élu …": the name set off right before the noun (and its determiner)
        k = t.i - 2 if t.i >= 2 and doc[t.i - 1].pos_ == "DET" else t.i - 1
        if k < 1 or doc[k].text != "," or index.kinds.get(k - 1) != "name" \
                or index.type_of(index.entity_at(k - 1)) != "PER":
            return
        out.put("_within_head", [(index.entity_at(k - 1), k - 1)])
    for k in range(t.i + 1, end):
        w = doc[k]
        if w.text in (",", ";", ".") or w.pos_ in ("VERB", "AUX"):
            return
        if w.lower_ == "au" and doc[k + 1].lower_ == "sein" and doc[k + 2].lower_ in ("du", "de", "des", "d'", "d’"):
            for j in range(k + 3, min(k + 7, len(doc))):
                name = index.entity_at(j)
                if name is not None:
                    if index.type_of(name) in ("ORG", "GOV"):
                        out.put("within", [(name, j)])
                    return
            return


@acts_on(lambda w: w.lower in _APPOSED_PARTICIPLES and w.pos == "VERB")
def apposed_participle(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """(s19-gapA) "X, allié de Y, …" with the noun tagged as a participle hung on the name as an apposition (or a
    clause): fill "apposed_to" with the name set off before it."""
    doc = t.doc
    if t.lower_ not in _APPOSED_PARTICIPLES or t.pos_ != "VERB" or t.i < 2 or doc[t.i - 1].text != ",":
        return   # (the word: the test core.py made before the call)
    name = index.entity_at(t.i - 2)
    if name is not None and t.head.i < t.i and index.entity_at(t.head.i) == name:
        out.put("apposed_to", [(name, t.i - 2)])


_HEAD_TITLES = frozenset({"président", "présidente", "pdg", "directeur", "directrice", "patron", "patronne",
                          "dirigeant", "dirigeante", "dg", "ceo", "chef", "cheffe", "secrétaire"})
_SEAT_NOUNS = frozenset({"place", "fauteuil", "poste", "siège", "main", "flambeau", "témoin"})


def _post_handed(noun) -> bool:
    """(s19-gapA2) "céder la direction générale / la présidence (exécutive) à Z": the head's post itself, with no
    body of its own ("céder la présidence de Y à Z" names Y: leads.head_of) and no department ("la direction
    financière")."""
    if noun.lemma_.lower() not in ("direction", "présidence"):
        return False
    return not any(c.dep_ == "nmod" and case_of(c) == "de" for c in noun.children) and all(
        a.lower_ in ("générale", "exécutive") for a in noun.children if a.dep_ == "amod")


@acts_on(lambda w: w.verbal and w.lemma in ("céder", "laisser", "passer", "transmettre"))
def seat_handed(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """(s19-gapA) "X, le directeur général de Y, a cédé sa place à Z", "X, PDG de Y, passe la main à Z": the one the
    head hands the post to heads the organisation the head's title names. Fills "successor" and "successor_of"."""
    if not verbal or lemma_of(t) not in ("céder", "laisser", "passer", "transmettre"):
        return
    seats = [c for c in t.children if c.dep_ == "obj" and (c.lemma_.lower() in _SEAT_NOUNS or _post_handed(c))]
    if not seats:
        return
    if any(case_of(c) in ("dans", "sur") for c in t.children):
        return   # "céder sa place dans le train": a seat, not a post
    # (s19-gapA2: "à Z" may hang on the post: "cédé la direction générale à Z")
    heir = [x for c in list(t.children) + [k for s in seats for k in s.children if k.dep_ == "nmod"]
            if (c.dep_.startswith("obl") or c.dep_ == "nmod") and case_of(c) == "à"
            for x in entities_at(c, index) if index.type_of(x[0]) == "PER"]
    if not heir:
        return
    titles = [c for c in t.children if c.dep_ == "nsubj" and c.lemma_.lower() in _HEAD_TITLES]
    titles += [k for c in t.children if c.dep_ == "nsubj" for k in c.children
               if k.dep_ == "appos" and k.lemma_.lower() in _HEAD_TITLES]
    for title in titles:
        if any(a.dep_ == "amod" and a.lower_ not in ("général", "générale", "exécutif", "exécutive") for a in title.children):
            continue   # "le directeur financier": a department's head hands on no company
        bodies = [x for c in title.children if c.dep_ == "nmod" and case_of(c) == "de"
                  for x in entities_at(c, index) if index.type_of(x[0]) in ("ORG", "GOV")]
        if bodies:
            out.put("successor", heir[:1])
            out.put("successor_of", bodies[:1])
            return


_PLURAL_STAFF = frozenset({"cadres", "salariés", "salariées", "dirigeants", "dirigeantes", "employés", "employées",
                           "collaborateurs", "collaboratrices", "membres", "fondateurs", "cofondateurs",
                           "administrateurs", "administratrices", "ingénieurs", "chercheurs"})


@acts_on(lambda w: not w.verbal and w.lower in _PLURAL_STAFF)
def among_named(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """(s19-gapA) "Trois anciens cadres de Y, dont X, …": the person named after ", dont" is one of those the
    plural title names (the parser often makes X the clause's subject)."""
    if verbal or t.lower_ not in _PLURAL_STAFF or any(index.type_of(n) == "PER" for n, _ in out.get("head", ())):
        return
    doc = t.doc
    end = min(len(doc) - 1, t.i + 10)
    k = next((j for j in range(t.i + 1, end) if doc[j].lower_ == "dont" and doc[j - 1].text == ","), None)
    if k is None or any(doc[j].pos_ in ("VERB", "AUX") or doc[j].text in (";", ".") for j in range(t.i + 1, k)):
        return
    j, words = k + 1, 0
    while j < len(doc) and words < 4 and index.entity_at(j) is None and doc[j].text not in (",", ";", "."):
        j += 1
        words += 1
    name = index.entity_at(j) if j < len(doc) else None
    if name is not None and index.kinds.get(j) == "name" and index.type_of(name) == "PER":
        out.put("head", [(name, j)])
