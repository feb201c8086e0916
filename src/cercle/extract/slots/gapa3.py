"""(s20-gapA3) Constructions of people, posts and politics that recur in unread passages and that the other
readers miss: a political alliance a person announces or seals ("X a scellé une alliance avec le parti Y"), a
minister of a named person ("X, ancienne ministre de Y")."""
from __future__ import annotations

from ...mentions.entities import EntityIndex
from ..arguments import case_of, entities_at, lemma_of
from .found import Found
from .gate import acts_on

# Verbs by which an alliance is made or made public (not "critiquer une alliance", "refuser une alliance").
_ALLIANCE_MADE = frozenset({"annoncer", "sceller", "nouer", "conclure", "négocier", "signer", "former", "officialiser",
                            "passer", "contracter", "bâtir", "forger", "proposer", "acter", "valider", "confirmer"})

# Words of an election: an alliance made for one is political.
_ELECTORAL = frozenset({"élection", "élections", "législatives", "municipales", "régionales", "européennes",
                        "présidentielle", "sénatoriales", "départementales", "scrutin", "tour", "liste", "listes",
                        "circonscription", "circonscriptions", "électoral", "électorale"})


@acts_on(lambda w: not w.verbal and w.lower == "alliance" and w.dep == "obj")
def alliance_with(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """Fill "ally_with" with the other side of "X a annoncé / scellé une alliance avec Y" when it is a person or
    a party (ally.alliance_person reads it; an alliance with a company stays a partnership)."""
    if verbal or t.lower_ != "alliance" or t.dep_ != "obj" or lemma_of(t.head) not in _ALLIANCE_MADE:
        return
    from ..parties import is_party
    # ("avec Y" on the noun, or on the verb: "a scellé mardi une alliance avec Y" hangs on either)
    phrases = [c for c in t.children if c.dep_ == "nmod" and case_of(c) == "avec"] or [
        c for c in t.head.children if c.dep_.startswith("obl") and case_of(c) == "avec" and c.i > t.i]
    # (an organisation is a party when the text says so, or when the alliance is for a vote: "une alliance
    # avec Y en vue du second tour des municipales")
    electoral = None
    got = []
    for x in (x for c in phrases for x in entities_at(c, index)):
        if index.type_of(x[0]) != "PER" and not is_party(x[0], index, t.doc):
            if electoral is None:
                electoral = any(k.lower_ in _ELECTORAL for k in t.sent)
            if not electoral or index.type_of(x[0]) != "ORG":
                continue
        got.append(x)
    out.put("ally_with", got)


_MINISTER_NOUNS = frozenset({"ministre", "garde", "secrétaire"})


@acts_on(lambda w: not w.verbal and w.lower in _MINISTER_NOUNS and w.pos == "NOUN")
def minister_of_person(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """Fill "minister_of" with the person a minister served: "X, ancienne ministre de Y", "l'ancienne garde des
    Sceaux de Y" (works_for.minister_of_person). The "de" must hang on the title itself and name the person
    (not "ancien ministre et proche du député", whose "de" belongs to the other noun)."""
    if verbal or t.lower_ not in _MINISTER_NOUNS or t.pos_ != "NOUN":
        return
    got = [x for c in t.children if c.dep_ == "nmod" and c.pos_ == "PROPN" and case_of(c) == "de"
           for x in entities_at(c, index) if index.type_of(x[0]) == "PER"]
    if not got and t.lower_ == "garde":   # ("la garde des Sceaux de Y": "de Y" hung on "Sceaux")
        got = [x for k in t.children if k.dep_ == "nmod" and k.lower_ == "sceaux" for c in k.children
               if c.dep_ == "nmod" and c.pos_ == "PROPN" and case_of(c) == "de"
               for x in entities_at(c, index) if index.type_of(x[0]) == "PER"]
    out.put("minister_of", got)


@acts_on(lambda w: not w.verbal and w.pos == "NOUN" and w.dep == "conj")
def second_title(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"X, membre du conseil de surveillance de Y et ami de Z": the parser makes the second title a conjunct
    of the name, beside the first; it describes the name all the same (head)."""
    if verbal or t.pos_ != "NOUN" or t.dep_ != "conj" or "head" in out:
        return
    name = index.entity_at(t.head.i) if index.kinds.get(t.head.i) == "name" else None   # (a name, not "L'un")
    if name is None or index.type_of(name) != "PER" or not any(
            c.dep_ == "cc" and c.lower_ == "et" for c in t.children):
        return
    doc = t.doc
    end = t.head.i
    while end + 1 < len(doc) and index.entity_at(end + 1) == name:
        end += 1
    if end + 2 >= t.i or doc[end + 1].text != ",":
        return
    # (the first title opens right after the name's comma and hangs on the name too)
    first = doc[end + 2]
    while first.head.i != t.head.i and end < first.head.i < t.i:
        first = first.head
    if first.head.i == t.head.i and first.pos_ == "NOUN" and first.dep_ in ("conj", "appos"):
        out.put("head", [(name, t.head.i)])


_FRIEND_NOUNS = frozenset({"ami", "amie", "amis", "allié", "alliée", "soutien", "fidèle", "compagnon", "compagne",
                           "complice", "proche"})
# The time a friendship has lasted, put between the noun and its "de": "ami de trente ans de Y".
_FRIEND_SPANS = frozenset({"an", "ans", "année", "années", "date", "heure", "enfance", "jeunesse", "toujours"})


@acts_on(lambda w: not w.verbal and w.lower in _FRIEND_NOUNS)
def friend_of_years(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"X, ami de trente ans de Y", "un allié de vingt ans de Y": the parser hangs "de Y" on the years; Y is
    still the noun's "de" (ally.noun reads prep:de)."""
    if verbal or t.lower_ not in _FRIEND_NOUNS or "prep:de" in out:
        return
    for c in t.children:
        if c.dep_ == "nmod" and c.i > t.i and c.lower_ in _FRIEND_SPANS and case_of(c) == "de":
            got = [x for k in c.children if k.dep_ == "nmod" and k.i > c.i and case_of(k) in ("de", "d'")
                   for x in entities_at(k, index)]
            if got:
                out.put("prep:de", got[:1])
                return


_COUNTS = {"deux": 2, "trois": 3, "quatre": 4, "cinq": 5}
_FOUND_VERBS = frozenset({"fonder", "cofonder", "co-fonder", "créer"})


def _group_names(g, index: EntityIndex) -> list[tuple[str, int]]:
    """The persons a counted plural noun announces after its comma: "deux chercheurs passés par Y, A et B",
    "deux anciens chercheurs de Y, A et B" (as many names as the number says, or none)."""
    n = next((_COUNTS[c.lower_] for c in g.children if c.dep_ == "nummod" and c.lower_ in _COUNTS), 0)
    if not n:
        return []
    doc, j = g.doc, g.i + 1
    while j < min(len(doc), g.i + 10) and doc[j].text != ",":
        if doc[j].text in (".", ";", ":") or (index.kinds.get(j) == "name" and index.type_of(index.entity_at(j)) == "PER"):
            return []
        j += 1
    if j >= len(doc) or doc[j].text != ",":
        return []
    names: list[tuple[str, int]] = []
    j += 1
    while j < len(doc) and len(names) < n:
        name = index.entity_at(j) if index.kinds.get(j) == "name" else None
        if name is None or index.type_of(name) != "PER":
            break
        names.append((name, j))
        while j < len(doc) and index.entity_at(j) == name:
            j += 1
        if j < len(doc) and doc[j].lower_ in (",", "et") and len(names) < n:
            j += 1
    return names if len(names) == n and len({x[0] for x in names}) == n else []


@acts_on(lambda w: w.verbal and (w.lem in _FOUND_VERBS or w.lem == "passer")
         or not w.verbal and w.pos == "NOUN")
def counted_group(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"Y, fondée par A, un ancien de Z, et deux chercheurs passés par W, B et C": the founders of a group a
    number announces are the names after its comma (agent); "deux chercheurs passés par W, B et C": they
    are who passed by W (subj of the participle), "deux anciens chercheurs de W, B et C": whom the title
    describes (head)."""
    lem = t.lemma_.lower()
    if verbal and lem in _FOUND_VERBS:
        if "agent" not in out:
            # ("fondée par deux chercheurs passés par W, B et C": the agent is the group itself)
            out.put("agent", [x for c in t.children if c.dep_ == "obl:agent" and c.pos_ == "NOUN"
                              for x in _group_names(c, index)])
            return
        # (the group is a conjunct of the agent, or hung elsewhere by the parser: read it after "et (par)")
        for g in t.sent:
            if g.i > t.i and g.pos_ == "NOUN" and g.i >= 2 and any(
                    g.doc[k].lower_ == "et" for k in range(max(t.i, g.i - 4), g.i)):
                got = _group_names(g, index)
                if got:
                    out.put("agent", got)
                    return
        return
    if verbal and lem == "passer" and t.dep_ == "acl" and t.head.pos_ == "NOUN" and "subj" not in out:
        out.put("subj", _group_names(t.head, index))
    elif not verbal and t.pos_ == "NOUN" and "head" not in out:
        out.put("head", _group_names(t, index))


_HEAD_TITLES = frozenset({"pdg", "président", "présidente", "directeur", "directrice", "patron", "patronne",
                          "dirigeant", "dirigeante", "président-directeur", "présidente-directrice", "ceo"})
_CHAIR_VERBS = frozenset({"présider", "diriger"})


@acts_on(lambda w: not w.verbal and w.pos == "NOUN" and w.lower in _HEAD_TITLES
         or w.verbal and w.lemma in _CHAIR_VERBS)
def chez_frame(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"Chez Y, X, la directrice générale, a …", "Chez Y, où X préside le conseil de surveillance, …": a
    sentence opened by "Chez Y," names the body whose head a title with no "de" of its own is ("haver"), and
    whose board a chair with no company named is (board_post)."""
    if not ((not verbal and t.pos_ == "NOUN" and t.lower_ in _HEAD_TITLES)
            or (verbal and lemma_of(t) in _CHAIR_VERBS)):
        return   # (the cheap word test first: the sentence is looked up for these words only)
    first = t.sent[0]
    if first.lower_ != "chez" or first.i + 2 >= t.i:
        return
    org = index.entity_at(first.i + 1)
    if org is None or index.type_of(org) not in ("ORG", "GOV"):
        return
    end = first.i + 1
    while end + 1 < t.i and index.entity_at(end + 1) == org:
        end += 1
    if t.doc[end + 1].text != ",":
        return
    if not verbal and t.pos_ == "NOUN" and t.lower_ in _HEAD_TITLES:
        if not any(k in out for k in ("prep:de", "poss", "haver", "prep:de_organ", "appointer")):
            out.put("haver", [(org, first.i + 1)])
    elif verbal and lemma_of(t) in _CHAIR_VERBS and all(i < 0 for _, i in out.get("board_post", ())):
        # (the board of the body "Chez" names, not the article's: a board with no company named of its own)
        board = [c for c in t.children if c.dep_ == "obj" and c.lemma_.lower() in ("conseil", "directoire")
                 and not any(index.kinds.get(k.i) == "name" for k in c.subtree)]
        if board:
            out["board_post"] = [(org, first.i + 1)]
