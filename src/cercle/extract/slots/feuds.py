"""Conflict constructions whose other party is a clitic pronoun the mention finder does not resolve:
"X a sanctionné Y, l'accusant de …" (the one accused is the governing verb's object), "Y a été poussé
dehors par X, qui lui reprochait …" (the one blamed is the main clause's subject). Word lists:
data/bonds.yaml ("clitic_blaming_verbs")."""
from __future__ import annotations

from functools import lru_cache

from ...mentions.demonyms import countries_by_adjective
from ...mentions.entities import EntityIndex
from ...nlp.docview import tokens_of
from ..arguments import PERSON_TITLES, _subject_of, case_of, entities_at, extend_list, lemma_of
from .bonds import acting_for, words
from .readers import de_through_noun
from .found import Found

_CLITICS = {"l'", "l’", "le", "la", "les", "lui", "leur"}
_OBJ_DEPS = ("obj", "iobj", "obl:arg", "expl:comp")
_PARTY_CASES = (None, "contre", "avec", "à")


_NOUN_GATE = ("competition_nouns", "ally_nouns", "family_nouns", "legal_nouns", "rival_nouns", "foe_nouns")
_VERB_GATE = ("clitic_blaming_verbs", "late_object_verbs", "blaming_verbs", "thwarting_verbs", "market_verbs",
              "reporting_verbs", "offer_rejecting_verbs", "offer_judging_verbs", "contest_verbs", "clash_verbs")
# ("saisir" is read by _buyer_sued: an administrative court seized with no one named)
_MAY_FIRE: dict[tuple, bool] = {}   # (pos, lemma, lower) → whether a word-list construction can start here


@lru_cache(maxsize=1)
def _gate_words() -> tuple[frozenset, frozenset]:
    """The nouns and the verbs that may start a construction of feud_parties (built once)."""
    w = words()
    return (frozenset({"départ", "démission"}).union(*(w[k] for k in _NOUN_GATE)),
            frozenset({"saisir", "condamner"}).union(*(w[k] for k in _VERB_GATE)))


def _may_fire(t) -> bool:
    """Whether one of feud_parties' word-list constructions can start at ``t`` (a superset of their
    first tests, reckoned once per word); the two read from slots already found are asked apart."""
    key = (t.pos_, t.lemma_, t.lower_)
    may = _MAY_FIRE.get(key)
    if may is None:
        w = words()
        lemma, low = lemma_of(t), t.lower_
        nouns, verbs = _gate_words()
        may = _MAY_FIRE[key] = bool(
            t.pos_ in ("NOUN", "PROPN") and (lemma in nouns or low in nouns) or low in w["legal_nouns"]
            or t.pos_ == "VERB" and lemma in verbs)
    return may


def feud_parties(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    if not verbal and t.pos_ == "NOUN" and "subj" not in out and t.lemma_.lower() in words()["fight_nouns"] \
            and out.wants("subj"):
        _fight_during(t, index, out)
    if t.pos_ == "NOUN" and "poss" in out and t.lower_ in _candidate_nouns() and out.wants("party_candidate"):
        _party_candidate(t, index, out)
    if t.pos_ in ("NOUN", "ADJ") and t.lower_ in words()["wing_members"] and t.dep_ == "conj":
        _coordinated_member(t, index, out)
    if "post_topic" not in out and not (not verbal and t.pos_ == "NOUN" and "prep:à" in out) and not _may_fire(t):
        return
    if "post_topic" in out:
        _other_post(t, index, out)
    if not verbal and t.pos_ == "NOUN" and "prep:à" in out:
        _seat_body(t, index, out, words())
    if verbal and t.pos_ == "VERB":
        w = words()
        lemma = lemma_of(t)
        if lemma == "condamner" and "obj" in out and "claimant" not in out and _sentence_phrase(t):
            # "X a condamné Y à 300 000 euros d'amende / à deux ans de prison": a penalty imposed, the
            # proceedings of a court or a regulator (SUES), not words of blame (ACCUSES); "… à indemniser X"
            # names who sued (speech.py "claimant", rule sues.awarded)
            out["sentenced"] = out.pop("obj")
            out["_no_linear"] = []   # (no blame read along the words either)
        if "obj" not in out and (lemma in w["clitic_blaming_verbs"] or lemma in w["late_object_verbs"]):
            _late_object(t, index, out)
        if lemma in w["blaming_verbs"] and not out.get("subj") and t.dep_ == "acl":
            _document_author(t, index, out, w)
        if lemma in w["blaming_verbs"] and "obj" not in out:
            _conduct_of(t, index, out, w)
        if lemma in w["clitic_blaming_verbs"] and "obj" not in out and out.wants("rel_blamed"):
            _relative_blamed(t, index, out)
        if lemma in w["thwarting_verbs"] and "obj" not in out:
            _conduct_of(t, index, out, w, "attempt_nouns")
        if lemma in w["market_verbs"] and index.topic:
            _same_market(t, index, out, w)
        if lemma in w["reporting_verbs"]:
            _reported_to_justice(t, index, out, w)
        if lemma in w["clash_verbs"]:
            _market_fight(t, index, out, w)
        if lemma == "saisir" and "seized_against" not in out:
            _buyer_sued(t, index, out, w)
    if t.pos_ in ("NOUN", "PROPN"):   # ("neveu" after a name is sometimes tagged a proper noun)
        w = words()
        lemma = lemma_of(t)
        if lemma in w["competition_nouns"]:
            _competition_faced(t, index, out, w)
        if t.lower_ in w["rival_nouns"] and not any(k in out for k in ("prep:de", "poss", "prep:avec", "prep:à")):
            _topic_rival(t, index, out)
        if t.lower_ in w["foe_nouns"] and not any(k in out for k in ("prep:de", "poss")):
            _sworn_foe(t, index, out)
        if lemma in ("départ", "démission") and any(c.dep_ == "det" and c.lemma_.lower() == "son" for c in t.children):
            # "X a annoncé son départ du parti Y" (slot "left_body": named bodies only)
            out.put("left_body", [x for c in t.children if c.dep_ == "nmod" and case_of(c) == "de" and c.i > t.i
                                  for x in entities_at(c, index) if index.kinds.get(x[1]) in ("name", "introducer")][:1])
        if (lemma in w["ally_nouns"] or t.lower_ in w["ally_nouns"]) and "prep:de" not in out:
            _qualified_de(t, index, out, w)
        if lemma in w["family_nouns"] or t.lower_ in w["family_nouns"]:
            if "head" not in out:
                _kin_named(t, index, out)
            if "head" in out and "prep:de" not in out and "poss" not in out:
                _kin_by_role(t, index, out, w)
            for k in ("prep:de", "poss"):
                # "petit-fils de son fondateur": the kin is the founder, not the company "son" points to
                # (only a name before the trigger a possessive points back to: "la maison-mère de Y" keeps Y)
                if k in out:
                    out[k] = [x for x in out[k] if x[1] > t.i or index.type_of(x[0]) == "PER"]
        if lemma in w["legal_nouns"] and "prep:à" in out:
            _court_seat(t, index, out)
        if lemma in w["legal_nouns"] and "prep:contre" not in out:
            _decision_author(t, index, out, w)
    if not verbal and (lemma_of(t) in words()["legal_nouns"] or t.lower_ in words()["legal_nouns"]) \
            and not any(k in out for k in ("prep:contre", "prep:à")):
        _buyer_sued(t, index, out, words())   # ("un référé" is often tagged a verb)
    if verbal and t.pos_ == "VERB" and "offer_bidder" not in out and (
            lemma_of(t) in words()["offer_rejecting_verbs"] or lemma_of(t) in words()["offer_judging_verbs"]):
        _offer_turned_down(t, index, out, words())
    if t.pos_ == "VERB" and lemma_of(t) in words()["contest_verbs"] and "prep:face" not in out:
        _faced(t, index, out)
    if t.pos_ != "VERB" or lemma_of(t) not in words()["clitic_blaming_verbs"]:
        return
    # (the clitic right before the verb: "l'accusant" is sometimes read as a determiner and its noun)
    clitic = next((c for c in t.children if c.lower_ in _CLITICS and c.i < t.i and (
        c.dep_ in _OBJ_DEPS or (c.dep_ == "det" and c.i == t.i - 1))), None)
    if clitic is None:
        return
    if not verbal and "subj" not in out and "Part" in t.morph.get("VerbForm") and t.head.i < t.i \
            and t.head.pos_ in ("VERB", "AUX"):
        out.put("subj", _subject_of(t.head, index))   # ("l'accusant" read as a noun: no subject inherited)
    if "subj" not in out and t.dep_ == "acl:relcl" and t.head.pos_ == "NOUN" and index.entity_at(t.head.i) is None \
            and any(c.dep_ == "nsubj" and c.lower_ == "qui" for c in t.children):
        # "poussé dehors par X, premier actionnaire du groupe, qui lui reprochait …": the relative's noun
        # is put beside the name before its comma
        first = t.head.left_edge.i
        if first >= 2 and t.doc[first - 1].text == "," and index.kinds.get(first - 2) == "name":
            out.put("subj", [(index.entity_at(first - 2), first - 2)])
    subj = {n for n, _ in _subject_of(t, index)} | {n for n, _ in out.get("subj", ())}
    have = [x for k in ("obj", "prep:à") for x in out.get(k, ()) if x[0] not in subj]
    if have and not any(x[1] == clitic.i for x in have):
        return
    got = _clitic_antecedent(t, index, subj)
    if got:
        for k in ("obj", "prep:à"):
            if k in out:
                out[k] = [x for x in out[k] if x[1] != clitic.i and x[0] not in subj]
        out.put("obj", got)


def _clitic_antecedent(t, index: EntityIndex, subj: set) -> list[tuple[str, int]]:
    """Who a clitic object stands for: for a participle hung on a verb ("X a sanctionné Y, l'accusant …")
    that verb's object or "contre"/"avec"/"à" party; for a relative clause ("…, qui lui reprochait …")
    the subject of the clause it hangs in. Never the one who blames."""
    head = t.head
    if t.dep_.startswith("acl") and "Part" not in t.morph.get("VerbForm"):
        # a relative clause: climb to the verb of the clause its noun belongs to
        while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
            head = head.head
        if head.pos_ not in ("VERB", "AUX"):
            return []
        cands = [x for c in head.children if c.dep_ in ("nsubj", "nsubj:pass") for x in entities_at(c, index)]
    elif t.dep_ in ("advcl", "xcomp", "acl", "conj") and "Part" in t.morph.get("VerbForm") \
            and head.pos_ in ("VERB", "AUX") and head.i < t.i:
        cands = [x for c in head.children if c.i < t.i and (
                 c.dep_ == "obj" or (c.dep_ in ("obl:arg", "obl", "obl:mod") and case_of(c) in _PARTY_CASES[1:]))
                 for x in entities_at(c, index)]
    else:
        return []
    cands = [x for x in cands if x[0] not in subj]
    return cands[:1]


def _faced(t, index: EntityIndex, out: Found) -> None:
    """"X l'a emporté face à Y", "X a remporté l'appel d'offres face à Y": the rival of a contest (slot
    "prep:face"), hung on the verb or on its object."""
    if any(k.lower_ in ("devant", "tribunal", "procès", "justice", "cour") for k in t.sent):
        return   # ("a perdu face à Y devant le tribunal": a lawsuit, not a contest)
    holders = [t] + [c for c in t.children if c.dep_ == "obj" and index.entity_at(c.i) is None]
    got = [x for h in holders for k in h.children if k.dep_ in ("obl", "obl:arg", "obl:mod", "nmod", "obj")
           and (case_of(k) == "face" or any(c.dep_ == "case" and c.lower_ == "face" for c in k.children))
           for x in entities_at(k, index)]
    if got:
        out.put("prep:face", got)
        if "obj" in out:
            out["obj"] = [x for x in out["obj"] if x not in got]


def _qualified_de(t, index: EntityIndex, out: Found, w) -> None:
    """"un ami de longue date de Y", "un allié de la première heure de Y": the "de" phrase after a
    qualifier of the bond names the ally."""
    out.put("prep:de", de_through_noun(t, index, w["bond_qualifiers"]))


def _kin_named(t, index: EntityIndex, out: Found) -> None:
    """Who a kinship noun is said of when the parser does not hang the name on it: "à ses deux filles, A et
    B" (the names after its comma), "X, le président du directoire, fils de Y" (the name before the
    appositions)."""
    doc, sent = t.doc, t.sent
    right = t.right_edge.i
    if right + 2 < sent.end and doc[right + 1].text == "," and index.kinds.get(right + 2) == "name" \
            and index.type_of(index.entity_at(right + 2)) == "PER" \
            and any(c.dep_ == "det" and c.lemma_.lower() == "son" for c in t.children):
        # ("ses deux filles, A et B": the possessive names the parent, the names after the comma the children)
        first = (index.entity_at(right + 2), right + 2)
        out.put("head", extend_list(doc, index, [first]))
        return
    left = t.left_edge.i
    if left - 1 <= sent.start or doc[left - 1].text != ",":
        return
    for j in range(left - 2, max(sent.start, left - 14) - 1, -1):
        tok = doc[j]
        if tok.pos_ in ("VERB", "AUX") or tok.text in (";", ":", "«", "»", "(", ")"):
            return
        if index.kinds.get(j) == "name":
            name = index.entity_at(j)
            end = j
            while end + 1 < sent.end and index.entity_at(end + 1) == name:
                end += 1
            if index.type_of(name) == "PER" and doc[end + 1].text == ",":
                out.put("head", [(name, j)])
            return


def _court_seat(t, index: EntityIndex, out: Found) -> None:
    """"un recours devant la justice fédérale à Washington": the place after the court is its seat, not the
    one sued."""
    court = [k.i for k in t.subtree if case_of(k) == "devant"]
    if court:
        out["prep:à"] = [x for x in out["prep:à"] if x[1] < min(court)]


def _decision_author(t, index: EntityIndex, out: Found, w) -> None:
    """"X a déposé un recours contre la décision de Y", "… contre l'attribution du marché par Y": one
    sues the author of the decision contested (slot "prep:contre")."""
    # (or on the noun's participle: "le recours déposé par X contre la décision de Y")
    holders = [t] + ([t.head] if t.dep_ == "obj" and t.head.pos_ == "VERB" else []) + [
        v for v in t.children if v.dep_ == "acl" and v.pos_ == "VERB" and v.i > t.i]
    for h in holders:
        for k in h.children:
            if case_of(k) != "contre" or lemma_of(k) not in w["decision_nouns"] or index.entity_at(k.i) is not None:
                continue
            got = [x for c in k.children if c.dep_ in ("nmod", "obl:agent") and case_of(c) in ("de", "par")
                   and index.entity_at(c.i) is not None for x in entities_at(c, index)]
            if got:
                out.put("prep:contre", got[:1])
                return


def _late_object(t, index: EntityIndex, out: Found) -> None:
    """"X aurait rencontré à deux reprises Y": the parser takes the name after the verb's adverbial for a
    second subject; after a subject of its own before the verb, it is the object."""
    subs = [c for c in t.children if c.dep_ == "nsubj"]
    if len(subs) == 2 and subs[0].i < t.i < subs[1].i and index.kinds.get(subs[1].i) == "name" \
            and not any(c.dep_ == "obj" for c in t.children) and t.doc[subs[1].i - 1].text not in (",", "-t", "-"):
        got = entities_at(subs[1], index)
        if got:
            out.put("obj", got)
            if "subj" in out:
                out["subj"] = [x for x in out["subj"] if x not in got]


def _candidate_nouns() -> frozenset[str]:
    from ..parties import party_words
    return party_words()["candidate_nouns"]


def _party_candidate(t, index: EntityIndex, out: Found) -> None:
    """"Reste l'inconnue du Front Y. Son candidat, l'avocat X, …": the person named right after a party's
    "candidat" and its comma (a title between) runs for the party (slots "party_candidate", and "poss"
    kept to the party). Read along the words: the parser seldom hangs the name on the noun."""
    from ..parties import is_party
    owners = [x for x in out["poss"] if is_party(x[0], index, t.doc)]
    if not owners:
        return
    tv, n = tokens_of(t.doc), len(t.doc)
    k = t.i + 1
    if k >= n or tv[k].text != ",":
        return
    for j in range(k + 1, min(k + 5, n)):
        name = index.entity_at(j)
        if name is not None:
            if index.kinds.get(j) in ("name", "introducer") and index.type_of(name) == "PER":
                out.put("party_candidate", [(name, j)])
                out.put("candidate_party", owners)
            return
        if not (tv[j].pos_ in ("DET", "NOUN", "ADJ") and tv[j].is_lower):
            return


def _coordinated_member(t, index: EntityIndex, out: Found) -> None:
    """"X, sa première adjointe et militante du parti Y depuis vingt ans", "X, son ancienne collaboratrice et
    membre de Y": a word of membership coordinated with another title beside a name; the parser hangs the
    "de Y" on the first title, and the name on it alone (slots "prep:de", "head")."""
    tv, n = tokens_of(t.doc), len(t.doc)
    if "prep:de" not in out and t.i + 2 < n and tv[t.i + 1].lower_ in ("de", "du", "des", "d'", "d’"):
        j = t.i + 2
        while j < n and tv[j].pos_ == "DET":
            j += 1
        name = index.entity_at(j) if j < n else None
        if name is not None and index.kinds.get(j) == "name" and index.type_of(name) in ("ORG", "GOV"):
            out.put("prep:de", [(name, j)])
    first = t.head
    if "head" in out or first.i > t.i:
        return
    if index.kinds.get(first.i) == "name" and any(x.text == "," for x in tv[first.i:t.i]):
        named = first   # ("X, son ancienne collaboratrice et membre de Y": both titles hang on the name)
    elif first.dep_ in ("appos", "conj") and first.head.i < first.i:
        named = first.head
    else:
        return
    out.put("head", [x for x in entities_at(named, index) if index.type_of(x[0]) == "PER"][:1])


_RELATIVE_QUE = ("que", "qu'", "qu’")
# Words that may stand between the subject of a relative clause and its verb ("qu'il a longtemps accusé").
_BETWEEN = ("AUX", "ADV", "PART")


def _relative_blamed(t, index: EntityIndex, out: Found) -> None:
    """"Y, qu'X accuse d'avoir « saboté » …", "le PDG, Y, qu'il accusait de …": the one a relative clause of
    blame hangs on is the one blamed, its subject the blamer (slots "rel_blamer", "rel_blamed"); read
    along the words, the parser often taking "que" for a conjunction and the verb for a main one. Only
    when "que" follows a name or a mention of an actor at once: not "il a dit que X accuse …"."""
    tv = tokens_of(t.doc)
    k = t.i - 1
    while k > 0 and (tv[k].pos_ in _BETWEEN or tv[k].lower_ in ("ne", "n'", "n’")):
        k -= 1
    blamer = index.entity_at(k) if k > 0 else None
    if blamer is None or index.kinds.get(k) not in ("name", "pronoun", "descriptor"):
        return
    while k > 0 and index.entity_at(k - 1) == blamer and tv[k - 1].lower_ not in _RELATIVE_QUE:
        k -= 1
    # (a title before the name: "qu'Anne X", "que la députée Anne X")
    while k > 0 and tv[k - 1].lower_ not in _RELATIVE_QUE and (tv[k - 1].pos_ in ("DET", "NOUN", "ADJ")) \
            and t.i - k < 6:
        k -= 1
    q = k - 1
    if q < 1 or tv[q].lower_ not in _RELATIVE_QUE:
        return
    a = q - 1 if tv[q - 1].text != "," else q - 2
    blamed = index.entity_at(a) if a >= 0 else None
    if blamed is None or blamed == blamer or index.kinds.get(a) not in ("name", "descriptor"):
        return
    if index.sent_of.get(a) != index.sent_of.get(t.i):
        return
    if index.kinds.get(k) == "pronoun" and index.type_of(blamer) != "PER" and _headed_body(tv, index, blamer, t):
        return   # ("Le patron de Y …, qu'il accuse": "il" is the patron more often than the body it was read as)
    b = a
    while b > 0 and index.entity_at(b - 1) == blamed:
        b -= 1
    while b > 0 and tv[b - 1].pos_ == "DET":
        b -= 1
    if b > 0 and tv[b - 1].lower_ in ("de", "du", "des", "d'", "d’"):
        return   # ("X, propriétaire de l'armateur Y, que Z accuse …": the clause may hang on X as well)
    out.put("rel_blamer", [(blamer, k)])
    out.put("rel_blamed", [(blamed, a)])


def _headed_body(tv, index: EntityIndex, body: str, t) -> bool:
    """Whether the sentence of ``t`` names ``body`` after a person's title ("le patron de Y")."""
    sent = index.sent_of.get(t.i)
    j = t.i - 1
    while j > 2 and index.sent_of.get(j) == sent:
        if index.entity_at(j) == body and index.entity_at(j - 1) != body:
            d = j - 1
            while d > 0 and tv[d].pos_ == "DET":
                d -= 1
            if tv[d].lower_ in ("de", "du", "d'", "d’") and tv[d - 1].lower_ in PERSON_TITLES:
                return True
        j -= 1
    return False


def _quoted_of(t, index: EntityIndex) -> list[tuple[str, int]]:
    """"X dénonce « l'écologie punitive » de Y", "X fustige les sanctions « illégitimes » de Y": words put in
    quotes after a verb of blame, then "de Y", label Y's conduct (the parser hangs the "de" phrase anywhere)."""
    doc, sent = t.doc, t.sent
    j = t.i + 1
    while j < sent.end and j - t.i <= 8 and doc[j].text not in ("«", '"', "“"):
        if doc[j].pos_ in ("VERB", "AUX") or doc[j].text in (",", ";", ":") or index.entity_at(j) is not None:
            return []
        j += 1
    if j >= sent.end or doc[j].text not in ("«", '"', "“"):
        return []
    close = next((k for k in range(j + 1, min(sent.end, j + 12)) if doc[k].text in ("»", '"', "”")), None)
    if close is None or close + 2 >= sent.end or doc[close + 1].lower_ not in ("de", "d'", "d’", "du", "des"):
        return []
    k = close + 2 if doc[close + 1].lower_ in ("de", "d'", "d’") else close + 1
    if doc[k].pos_ == "DET" and doc[k].lower_ in ("la", "l'", "l’", "le", "les", "sa", "son", "ses", "leur", "leurs") \
            and doc[close + 1].lower_ in ("de", "d'", "d’"):
        k += 1
    if index.entity_at(k) is None and k + 1 < sent.end and doc[k].pos_ == "NOUN" and index.entity_at(k + 1) is not None:
        k += 1   # ("de la ministre X")
    name = index.entity_at(k)
    return [(name, k)] if name is not None and index.kinds.get(k) in ("name", "introducer", "descriptor") else []


def _conduct_of(t, index: EntityIndex, out: Found, w, nouns: str = "conduct_nouns") -> None:
    """"X dénonce l'amateurisme de Y", "X critique la gestion de Y": blaming one's conduct blames them;
    "X a bloqué la tentative de Y": thwarting one's attempt opposes them."""
    if nouns == "conduct_nouns":
        got = _quoted_of(t, index)
        if got:
            subj = {n for n, _ in _subject_of(t, index)}
            if got[0][0] not in subj:
                out.put("obj", got)
                return
    # ("X reproche depuis des mois à la direction de Y": the parser may hang "à …" on the time phrase)
    kids = list(t.children) + [k for c in t.children if c.dep_ == "obl:mod" and c.i > t.i for k in c.children
                               if k.dep_ == "nmod" and case_of(k) == "à"]
    for c in kids:
        # ("X reproche à la direction de Y …": the one blamed through its management)
        if (c.dep_ == "obj" or (nouns == "conduct_nouns" and c.dep_ in ("obl:arg", "obl", "iobj", "nmod")
                                and case_of(c) == "à")) \
                and index.entity_at(c.i) is None and (lemma_of(c) in w[nouns] or (
                    nouns == "conduct_nouns" and (lemma_of(c) in w["wrongdoing_nouns"] or c.lower_ in w["wrongdoing_nouns"]))):
            # ("la gestion de Y par Z": Z's conduct)
            # (not the one who undergoes them: "les pressions subies par Z")
            got = [x for k in c.subtree if k.dep_ in ("nmod", "obl:agent") and case_of(k) == "par" and k.i > c.i
                   and lemma_of(k.head) not in ("subir", "endurer", "essuyer", "encourir", "viser", "cibler")
                   for x in entities_at(k, index)] or \
                  [x for k in c.children if k.dep_ == "nmod" and case_of(k) == "de" and k.i > c.i
                   for x in entities_at(k, index)]
            if not got and any(k.dep_ == "det" and k.lemma_.lower() == "son" for k in c.children):
                return   # ("dénonce sa gestion": the possessive's owner is read elsewhere, if at all)
            if got:
                out.put("obj", got[:1])
                before = index.entity_at(t.i - 1) if t.i > 0 else None
                if "subj" not in out and t.dep_ == "acl" and before is not None \
                        and index.kinds.get(t.i - 1) == "name" and index.entity_at(t.head.i) == before:
                    # "Norvalis reproche …" read as a name and its clause: the name is the subject
                    out.put("subj", [(index.entity_at(t.i - 1), t.i - 1)])
            return


def _kin_by_role(t, index: EntityIndex, out: Found, w) -> None:
    """"X, neveu du fondateur", "la fille du patriarche": the relative a role noun stands for, when the text
    names no one there, is the person first named in the article who shares X's family name."""
    role = next((c for c in t.children if c.dep_ == "nmod" and case_of(c) == "de" and c.i > t.i
                 and lemma_of(c) in w["kin_roles"] and index.entity_at(c.i) is None), None)
    if role is None or any(c.dep_ in ("nmod", "appos") for c in role.children):
        return   # ("fils du fondateur de Y": Y's founder, whom the text may name elsewhere)
    head = out["head"][0][0]
    family = _family_names(head)
    if not family:
        return
    first: dict[str, int] = {}
    for i, name in index.by_token.items():
        if name != head and index.type_of(name) == "PER" and (name not in first or i < first[name]):
            first[name] = i
    kin = [(i, n) for n, i in first.items() if _family_names(n) & family]
    if kin:
        i, n = min(kin)
        out.put("prep:de", [(n, i)])


def _family_names(name: str) -> set[str]:
    """The family-name words of a person's name ("Anaïs Delaunay-Perret" → Delaunay, Perret)."""
    words = name.replace("-", " ").split()
    return {x.lower() for x in words[1:] if len(x) > 2 and x[:1].isupper()} if len(words) > 1 else set()


def _competition_faced(t, index: EntityIndex, out: Found, w) -> None:
    """"X doit composer avec la concurrence de Y", "… avec une concurrence vive, à commencer par celle de Y":
    the one facing the competition competes with Y (slots "facing" and "prep:de")."""
    verb = t.head
    if verb.pos_ != "VERB" or lemma_of(verb) not in w["facing_verbs"]:
        return
    rivals = out.get("prep:de") or [x for k in t.subtree if k.lemma_.lower() == "celui" for c in k.children
                                    if c.dep_ == "nmod" and case_of(c) == "de" for x in entities_at(c, index)]
    if not rivals and lemma_of(t) == "concurrent":
        # (s19-gapB2) "se heurte à des concurrents de poids, à commencer par Y et Z", "… comme Y": the rivals
        # the phrase hung on the noun names (not a "de" complement, read above)
        # (the parse may hang "à commencer par Y" on the verb)
        near = [c for c in t.children if c.i > t.i and c.dep_ in ("acl", "appos", "nmod") and case_of(c) != "de"]
        near += [c for c in verb.children if c.i > t.i and c.dep_ in ("advcl", "acl") and c.lemma_ == "commencer"]
        rivals = [x for c in near for k in c.subtree if k.pos_ in ("PROPN", "NOUN")
                  for x in entities_at(k, index) if x[1] == k.i]
    if not rivals:
        return
    facing = [x for x in _subject_of(verb, index) if x not in rivals]
    if facing:
        out.put("facing", facing[:1])
        out.put("faced_rivals", extend_list(t.doc, index, rivals))


def _sworn_foe(t, index: EntityIndex, out: Found) -> None:
    """"X, rival déclaré de Y", "l'ennemi juré de Y": the participle right after the noun takes the "de"
    phrase in the parse; it is the noun's (slot "prep:de")."""
    for c in t.children:
        if c.dep_ == "acl" and c.i in (t.i + 1, t.i + 2) and "Part" in c.morph.get("VerbForm"):
            got = [x for k in c.children if k.i > c.i and case_of(k) == "de" and k.dep_ in ("obl:arg", "obl", "obl:mod", "nmod")
                   for x in entities_at(k, index)]
            if got:
                out.put("prep:de", got[:1])
                return


def _topic_rival(t, index: EntityIndex, out: Found) -> None:
    """"X rejoindra le concurrent Y", "le directeur général du concurrent Y", "Y, le concurrent francilien": "the"
    competitor, said of no one, is the rival of the company the article is about (slot "topic_rival"); not "un
    concurrent" (one among others), nor "son concurrent" (the possessive names the other side)."""
    topic = index.topic
    definite = any(c.dep_ == "det" and c.lower_ in ("le", "la", "l'", "l’") for c in t.children) or (
        t.i > 0 and t.doc[t.i - 1].lower_ in ("du", "au"))   # ("du concurrent Y": the article fused)
    if not topic or index.type_of(topic) != "ORG" or not definite:
        return
    rival = [x for x in out.get("head", []) if index.type_of(x[0]) == "ORG"]
    if rival and all(n != topic for n, _ in rival):
        out.put("topic_rival", [(topic, -1)])


def _same_market(t, index: EntityIndex, out: Found, w) -> None:
    """"L'américain Y vise le même marché": a company after the same market competes with the article's
    main company (slot "same_market_rival")."""
    for c in t.children:
        if c.dep_ in ("obj", "obl", "obl:arg", "obl:mod") and lemma_of(c) in w["market_nouns"] \
                and any(k.dep_ in ("amod", "det") and k.lemma_.lower() == "même" for k in c.children):
            who = _subject_of(t, index)
            if who and all(n != index.topic for n, _ in who):
                out.put("same_market_rival", [(index.topic, -1)])
            return


def _market_fight(t, index: EntityIndex, out: Found, w) -> None:
    """"X affronte Y à Lille, où les deux sociétés se disputent les mêmes appels d'offres": two companies
    fighting in a sentence that speaks of a market are rivals in it, not foes. The verb's object (or its
    "contre"/"avec"/"à" party) moves to slot "market_rival" (rule competes.market_fight), so that the feud
    rules read no object."""
    keys = [k for k in ("obj", "prep:contre", "prep:avec", "prep:à") if k in out]
    subj = out.get("subj") or _subject_of(t, index)
    if not keys or not subj or any(index.type_of(n) != "ORG" for n, _ in subj):
        return
    rivals = [x for k in keys for x in out[k]]
    if not rivals or any(index.type_of(n) != "ORG" for n, _ in rivals) or not (
            _speaks_of_market(t.sent, w) or _foreign_company(t.doc, rivals)):
        return
    for k in keys:
        del out[k]
    out.put("market_rival", rivals)
    out["_no_linear"] = []   # (s31-allies31: a market's rivals, not foes: the feud rules read no line either)


def _buyer_sued(t, index: EntityIndex, out: Found, w) -> None:
    """"X a déposé un recours devant le tribunal administratif", "X a saisi le tribunal administratif d'un
    référé": an action before an administrative court that names no one contests the award of a public
    contract; it is brought against the buyer the article shows awarding it (slot "public_buyer"), when the
    article shows one buyer only."""
    if lemma_of(t) == "saisir" and not any(c.dep_ == "obj" and lemma_of(c) in w["court_nouns"] for c in t.children):
        return
    if not _phrase_in(t.sent, w["administrative_court_words"]):
        return
    buyers = _public_buyers(t.doc, index, w)
    verb = t if lemma_of(t) == "saisir" else t.head if t.dep_ == "obj" and t.head.pos_ == "VERB" else None
    if verb is not None and "plaintiff" not in out:
        out.put("plaintiff", acting_for(verb, index))   # ("Son directeur général, X, a déposé un recours")
    plaintiffs = {n for k in ("subj", "plaintiff") for n, _ in out.get(k, ())}
    if len(buyers) == 1 and not plaintiffs & set(buyers):
        name, i = next(iter(buyers.items()))
        out.put("public_buyer", [(name, i)])


def _public_buyers(doc, index: EntityIndex, w) -> dict[str, int]:
    """The public bodies an article shows awarding a contract, each at its first mention (see
    data/bonds.yaml "awarding_verbs")."""
    found: dict[str, int] = {}

    def contract(tok) -> bool:
        return lemma_of(tok) in w["contract_nouns"] or tok.lower_ in w["contract_nouns"]

    for tok in doc:
        if tok.pos_ != "VERB":
            continue
        lemma = lemma_of(tok)
        got = []
        if lemma in w["awarding_verbs"]:
            if tok.dep_ == "acl" and contract(tok.head):   # "le marché confié par Y"
                got = [x for c in tok.children if c.dep_ == "obl:agent" for x in entities_at(c, index)]
            elif any(contract(k) for k in tok.subtree):   # "Y a attribué à X (, mené par Z,) un contrat"
                got = [x for c in tok.children if c.dep_ in ("nsubj", "obl:agent") for x in entities_at(c, index)]
        elif lemma in w["launching_verbs"] and tok.dep_ == "acl" and contract(tok.head):
            got = [x for c in tok.children if c.dep_ == "obl:agent" for x in entities_at(c, index)]
        elif lemma in w["winning_verbs"]:
            objs = [c for c in tok.children if c.dep_ == "obj" and contract(c)]
            if objs:   # "X a décroché un marché … auprès de Y", "X a remporté le marché de Y"
                got = [x for k in _clause_of(tok) if k.lower_ == "auprès" for x in _name_after(k, index)]
                got += [x for o in objs for c in o.children if c.dep_ == "nmod" and case_of(c) in ("de", "du")
                        and c.i > o.i for x in entities_at(c, index)]
        for name, i in got:
            if index.type_of(name) in ("GOV", "ORG") and name not in found:
                found[name] = i
    return found


def _clause_of(verb) -> list:
    """The words of a verb's clause: its subtree less the clauses of other verbs within it."""
    out = []
    for k in verb.subtree:
        h = k
        while h.i != verb.i and h.pos_ not in ("VERB", "AUX"):
            h = h.head
        if h.i == verb.i:
            out.append(k)
    return out


def _name_after(k, index: EntityIndex) -> list[tuple[str, int]]:
    """The name a preposition introduces ("auprès du ministère des Armées", "auprès de la Région Y")."""
    doc = k.doc
    for j in range(k.i + 1, min(k.i + 4, len(doc))):
        name = index.entity_at(j)
        if name is not None:
            return [(name, j)]
        if doc[j].pos_ not in ("ADP", "DET"):
            return []
    return []


def _phrase_in(sent, phrases) -> bool:
    low = " " + " ".join(k.lower_ for k in sent).replace("’", "'").replace("' ", "'") + " "
    return any(" " + p + " " in low for p in phrases)


def _foreign_company(doc, rivals) -> bool:
    """"X affronte le français Y et l'américain Z": a company named by its nationality, the way the press
    names a rival in a market (not a foe)."""
    return any(i >= 2 and doc[i - 1].lower_ in countries_by_adjective() and doc[i - 2].lower_ in ("le", "l'", "l’", "la")
               or i >= 1 and doc[i - 1].lower_.startswith(("l'", "l’")) and doc[i - 1].lower_[2:] in countries_by_adjective()
               for _, i in rivals)


def _speaks_of_market(sent, w) -> bool:
    low = " " + " ".join(k.lower_ for k in sent).replace("’", "'").replace("' ", "'") + " "
    return any(lemma_of(k) in w["market_clash_words"] for k in sent) or any(
        " " + m + " " in low for m in w["market_clash_words"] if " " in m)


def _reported_to_justice(t, index: EntityIndex, out: Found, w) -> None:
    """(bpol) "X a signalé Y au procureur", "X a signalé les anomalies de Y au parquet": reporting one, or one's
    wrongs, to the justice accuses them (slot "reported"). The "à" phrase may hang on the object."""
    objs = [c for c in t.children if c.dep_ == "obj"]
    phrases = [k for h in [t] + objs for k in h.children if k.i > t.i and case_of(k) in ("à", "au", "aux")]
    if not any(lemma_of(k) in w["justice_words"] or k.lower_ in w["justice_words"]
               or (index.entity_at(k.i) or "").lower().split(" ")[0] in w["justice_words"] for k in phrases):
        return
    subj = {n for n, _ in _subject_of(t, index)}
    got = []
    for c in objs:
        if index.entity_at(c.i) is not None:
            got += entities_at(c, index)
        elif lemma_of(c) in w["wrongdoing_nouns"] or lemma_of(c) in w["conduct_nouns"] or c.lower_ in w["wrongdoing_nouns"]:
            got += [x for k in c.children if k.dep_ == "nmod" and case_of(k) == "de" and k.i > c.i
                    for x in entities_at(k, index)]
    got = [x for x in got if x[0] not in subj and (index.entity_at(x[1]) or "").lower().split(" ")[0]
           not in w["justice_words"]]
    if got:
        out.put("reported", got[:1])


def _document_author(t, index: EntityIndex, out: Found, w) -> None:
    """(bpol) "X a publié une série d'articles dénonçant …", "un rapport de l'ONG X dénonçant …": a text that
    blames speaks for its author (slot "subj"): the "de"/"par" name of the text, or the subject of the verb
    that publishes it."""
    doc_noun = t.head
    if doc_noun.pos_ != "NOUN" or lemma_of(doc_noun) not in w["document_nouns"] or index.entity_at(doc_noun.i) is not None:
        return
    got = [x for c in doc_noun.children if c.dep_ in ("nmod", "obl:agent") and case_of(c) in ("de", "par") and c.i < t.i
           for x in entities_at(c, index)]
    if not got:
        node = doc_noun
        if node.dep_ == "nmod" and node.head.pos_ == "NOUN" and lemma_of(node.head) in w["document_nouns"] | {"série", "salve", "suite"}:
            node = node.head   # ("une série d'articles")
        if node.dep_ == "obj" and node.head.pos_ == "VERB" and lemma_of(node.head) in w["publishing_verbs"]:
            got = _subject_of(node.head, index)
    if got:
        out.put("subj", got[:1])


def _offer_turned_down(t, index: EntityIndex, out: Found, w) -> None:
    """(pol4) "Le conseil de Y a rejeté l'offre (de X)", "Y a jugé l'offre « inamicale »", "une offre que le
    conseil de la cible a jugée « hostile »": the target turns the bidder down (slots "offer_target",
    "offer_bidder"). Verbs of judging need a hostile word in the clause. The bidder is the offer's "de X",
    else the subject of the nearest sentence before, within three, that made an offer ("X a lancé une OPA
    sur Y"); the target is the clause's subject, its organ's "de Y", else the name that sentence put after
    "sur" ("la cible")."""
    offer = next((c for c in t.children if c.dep_ in ("obj", "nsubj:pass") and _is_offer(c, w)), None)
    if offer is None and _is_offer(t.head, w) and (t.dep_ == "acl:relcl" or (
            t.dep_ in ("acl", "ccomp") and any(c.lower_ == "que" for c in t.children))):
        offer = t.head   # "une offre que Y a jugée …" (the parser may not call the relative one)
    if offer is None and any(c.dep_ == "obj" and c.lower_ in ("l'", "l’", "la") and c.i < t.i for c in t.children):
        offer = _offer_before(t, index, w)   # "… une OPA sur Y. Le conseil de Y l'a jugée « hostile »"
    if offer is None:   # "qui a rejeté l'offre …" with the offer hung on another verb
        doc = t.doc
        offer = next((doc[k] for k in range(t.i + 1, min(t.i + 4, t.sent.end))
                      if _is_offer(doc[k], w) and doc[k - 1].pos_ == "DET"), None)
    if offer is None:
        return
    if lemma_of(t) in w["offer_judging_verbs"]:
        low = " ".join(x.lower_ for x in t.subtree if x.i > t.i)
        if not any(h in low.split() or (" " in h and h in low) for h in w["hostile_offer_words"]):
            return
    bidder = [x for c in offer.children if c.dep_ == "nmod" and case_of(c) in ("de", "par")
              for x in entities_at(c, index)] or [
        # "l'offre lancée (déposée, formulée) par X": the agent of a participle on the offer made it
        # (or on its complement: "l'offre de rachat hostile lancée par X")
        x for v in offer.subtree if v.dep_ in ("acl", "xcomp") and v.pos_ == "VERB" and offer.i < v.i <= offer.i + 6
        for c in v.children if c.dep_ == "obl:agent" for x in entities_at(c, index)]
    doc = t.doc
    s = index.sent_of.get(t.i)
    bid_sent = None
    if not bidder and s is not None:
        # (an offer a clitic took from a sentence before is itself the bid: "X a déposé une offre sur Y. … le
        # conseil l'a jugée « hostile »")
        j = offer.i if index.sent_of.get(offer.i, s) < s else offer.i - 1
        while j >= 0 and index.sent_of.get(j, s) >= s - _BID_REACH:
            sj = index.sent_of.get(j)
            # (the same sentence too: "X avait proposé 600 M€ pour s'emparer de Y, une offre que Y a jugée …")
            if sj is not None and sj <= s and (doc[j].lower_ in w["bid_words"] or lemma_of(doc[j]) in w["bid_words"]):
                # the one who makes it: the subject of the verb the offer is the object of ("X a déposé une
                # OPA sur Y", "X a déposé un projet d'offre sur Y"), or of the verb of bidding itself ("X a proposé …")
                # (the parser may hang the offer on the authority it is filed with: "a déposé auprès de l'AMF
                # une offre …", the offer under "AMF", itself under "auprès")
                noun = doc[j]
                while noun.dep_ == "nmod" and noun.head.pos_ in ("NOUN", "PROPN") and noun.head.i < noun.i:
                    noun = noun.head
                if noun is not doc[j] and noun.dep_ in ("obl:arg", "obl") and noun.head.pos_ == "ADV":
                    noun = noun.head
                verb = noun.head if noun is not doc[j] and noun.dep_ in ("obj", "obl:arg", "obl", "advmod") \
                    and noun.head.pos_ == "VERB" else noun.head if noun.dep_ == "obj" \
                    else doc[j] if doc[j].pos_ == "VERB" else None
                got = _subject_of(verb, index) if verb is not None else []
                if got:
                    bid_sent = sj
                    bidder = acting_for(verb, index) or got[:1]
                    break
            j -= 1
    # the one turning it down: the clause's subject (or the agent of a passive)
    subj_toks = [c for c in t.children if c.dep_ in ("nsubj", "obl:agent")]
    if t.dep_ == "acl:relcl" and any(c.lower_ == "qui" for c in subj_toks):
        subj_toks = [t.head]   # "le conseil de Y, qui a rejeté l'offre"
    target = []
    for c in subj_toks:
        target = entities_at(c, index)
        if not target and lemma_of(c) in w["target_organs"]:
            target = [x for k in c.children if k.dep_ == "nmod" and case_of(k) == "de"
                      for x in entities_at(k, index)]
            # ("le conseil de surveillance a jugé l'offre …": a board named by no "de Y" is the target's)
            if not target and bid_sent is not None and (lemma_of(c) in w["target_organs"] or any(
                    k.dep_ == "nmod" and lemma_of(k) == "cible" for k in c.children)):
                target = [(index.entity_at(i), i) for i in range(doc[0].i, offer.i)
                          if index.sent_of.get(i) == bid_sent and index.kinds.get(i) == "name" and i > 0
                          and doc[i - 1].lower_ == "sur"][:1] or _bid_target(offer, index, w)
        if target:
            break
    names = {n for n, _ in target}
    bidder = [x for x in bidder if x[0] not in names]
    if target and bidder:
        out.put("offer_target", target[:1])
        out.put("offer_bidder", bidder[:1])


# How many sentences back the bid a judgement answers may be ("La réponse n'a pas tardé." and the bidder's own
# words may come between)
_BID_REACH = 6


def _bid_target(offer, index: EntityIndex, w) -> list:
    """The company a bid made before was on: the nearest name after "sur" (and its article) that follows an
    offer word within ten words, in the sentences before ("Hartvald a déposé un projet d'offre publique d'achat
    sur les Ciments d'Aiguebelle")."""
    doc, s = offer.doc, index.sent_of.get(offer.i)
    for i in range(offer.i - 1, 1, -1):
        if s is None or index.sent_of.get(i, s) < s - _BID_REACH:
            break
        if index.kinds.get(i) != "name" or index.entity_at(i - 1) == index.entity_at(i) \
                and index.kinds.get(i - 1) == "name":
            continue
        k = i - 1 if doc[i - 1].pos_ != "DET" else i - 2
        if doc[k].lower_ == "sur" and any(_is_offer(doc[j], w) for j in range(max(0, k - 10), k)):
            return [(index.entity_at(i), i)]
    return []


def _offer_before(t, index: EntityIndex, w):
    """The offer a clitic stands for ("le conseil l'a jugée « inamicale »"): the nearest offer noun before
    the verb, in its sentence or the two before."""
    doc, s = t.doc, index.sent_of.get(t.i)
    for j in range(t.i - 1, -1, -1):
        if s is None or index.sent_of.get(j, s) < s - 2:
            return None
        if _is_offer(doc[j], w):
            return doc[j]
    return None


def _is_offer(tok, w) -> bool:
    # ("l'offre" is often tagged a verb, lemma "offrir")
    return tok.lower_ in w["offer_nouns"] or (tok.pos_ == "NOUN" and lemma_of(tok) in w["offer_nouns"])


def turns_down_an_offer(sent) -> bool:
    """(pol4) A sentence naming one party may still turn a bid down ("Y a rejeté l'offre": the bidder was
    named before; _offer_turned_down)."""
    w = words()
    return any(_is_offer(c, w) and c.head.pos_ == "VERB" and (lemma_of(c.head) in w["offer_rejecting_verbs"]
               or lemma_of(c.head) in w["offer_judging_verbs"]) for c in sent if c.dep_ in ("obj", "nsubj:pass"))


def _seat_body(t, index: EntityIndex, out: Found, w) -> None:
    """(pol4) "le chef de file des députés de Y à l'Assemblée nationale", "le président du groupe Y au
    Sénat": after a "de" complement naming a group of elected members, the title's "à" phrase names the
    assembly the group sits in. Its head does not lead that assembly: the name moves from "prep:à" to
    "seat_body" (a member of it; no rule reads it yet: the gold notes such seats unevenly, a MEMBER_OF rule
    on it gained one tie on the invented dev set and cost one false tie on the check set)."""
    group = [c for c in t.children if c.dep_ == "nmod" and case_of(c) in ("de", "du", "des")
             and (c.lower_ in w["group_words"] or lemma_of(c) in w["group_words"])]
    if not group:
        return
    first = min(c.i for c in group)
    seats = [x for x in out["prep:à"] if x[1] > first and index.type_of(x[0]) in ("GOV", "ORG")
             and x[0].split()[0].lower() in w["assembly_words"]]
    if not seats:
        return
    out["prep:à"] = [x for x in out["prep:à"] if x not in seats]
    if not out["prep:à"]:
        del out["prep:à"]
    out.put("seat_body", seats)


def _other_post(t, index: EntityIndex, out: Found) -> None:
    """(pol4) "X succède à B" read as B leading the article's main organisation (slot "post_topic") only when
    the sentence names no other post: not "X, nommée ministre de l'Industrie, succède à B", "Y, le nouveau
    maire de Z, succède à B", "Chez Z, X succède à B" (B held that other post). A candidate "pour succéder à
    B" is often described by the post they hold now ("Responsable de … chez Z, X est favori pour succéder à
    B"): there only words of a post just taken, or "chez", count."""
    taken = words()["post_taken_words"]
    candidate = "Inf" in t.morph.get("VerbForm")
    for k in t.sent:
        name = index.entity_at(k.i)
        # ("le conseil a désigné X pour succéder à B": the designation is the succession itself)
        if k.lower_ == "chez" or (k.i < t.i and k.lower_ in taken and k.i != t.head.i) or (not candidate and (
                (name is not None and name != index.topic and index.type_of(name) in ("ORG", "GOV"))
                or (k.pos_ == "NOUN" and k.lower_ in PERSON_TITLES))):
            del out["post_topic"]
            return


# Words of a penalty after "condamner … à": "à 300 000 euros d'amende", "à deux ans de prison", "à verser".
_PENALTY_WORDS = frozenset({"amende", "amendes", "prison", "peine", "emprisonnement", "réclusion", "sursis",
                            "verser", "payer", "rembourser", "indemniser", "dommages", "euros", "euro", "ans", "mois"})


def _sentence_phrase(t) -> bool:
    """A "à …" phrase of penalty among the verb's dependents (or the words of the clause right after its object)."""
    for c in t.children:
        if c.i > t.i and (case_of(c) == "à" or c.dep_ in ("xcomp", "obl:arg", "obl:mod")) and any(
                k.lower_ in _PENALTY_WORDS for k in c.subtree):
            return True
    # (s26-fights26b) "X a condamné Lucien Y à 300 000 euros d'amende": the parser may hang the penalty on the
    # object's name
    return any(c.dep_ == "nmod" and case_of(c) == "à" and any(k.lower_ in _PENALTY_WORDS for k in c.subtree)
               for o in t.children if o.dep_ == "obj" and o.i > t.i for c in o.children)



def _during_verb(t):
    """The verb a phrase of time or circumstance around noun t hangs on ("lors d'un bras de fer",
    "pendant la guerre", "au cours d'un différend"), or None."""
    w, h = words()["during_words"], t.head
    if t.dep_ == "obl:arg" and h.lower_ == "lors":
        return h.head   # ("lors" taken for an adverb, the noun its argument)
    if t.dep_ in ("obl", "obl:mod") and h.pos_ == "VERB":
        opener = " ".join(c.lower_.replace("’", "'") for c in t.children if c.dep_ == "case" and c.i < t.i)
        if opener in w or any(c.dep_ == "case" and c.lower_ in w for c in t.children):
            return h
    if t.dep_ == "nmod" and h.dep_ in ("obl", "obl:mod") and h.head.pos_ == "VERB" and h.lower_ in (
            "cours", "issue", "occasion", "moment", "terme") and any(c.dep_ == "case" for c in h.children):
        return h.head   # ("au cours d'un différend avec Y")
    return None


def _fight_during(t, index: EntityIndex, out: Found) -> None:
    """"Lors d'un précédent bras de fer avec Y, X a cédé", "X, qui détient 49 % depuis sa brouille avec Y": a
    fight with its other party named, in a phrase of time hung on a verb — the verb's subject is the first
    party (slot "subj"); not a verb's object ("X a engagé un bras de fer": read by the usual readers)."""
    others = out.get("prep:avec") or out.get("prep:contre")
    if not others:
        return
    verb = _during_verb(t)
    if verb is None:
        return
    if verb.pos_ == "VERB":
        first = _subject_of(verb, index)
    elif verb.pos_ == "PROPN" and index.kinds.get(verb.i) == "name" and t.head.lower_ == "lors":
        first = entities_at(verb, index)   # ("X, qui …, lors d'un bras de fer avec Y, …": hung on the name)
    else:
        return
    named = {x[0] for x in others}
    out.put("subj", [x for x in first if x[0] not in named])
