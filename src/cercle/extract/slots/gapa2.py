"""(s19-gapA2) Constructions of people, posts and politics the other readers miss: support qualified by an
adjective ("le soutien appuyé de X"), a party's candidate ("X, candidat du parti Y", "la candidate Y à la mairie
de Lyon, X"), the head of a unit who works for the body ("directeur du département opinion de l'institut Y"),
a passive agent named after a comma ("fondé par son grand-père, X")."""
from __future__ import annotations

from ...mentions.entities import EntityIndex
from ..arguments import case_of, entities_at
from .found import Found
from .gate import acts_on

_SUPPORT_NOUNS = frozenset({"soutien", "appui"})


@acts_on(lambda w: not w.verbal and w.lower in _SUPPORT_NOUNS)
def support_qualified(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"Y a reçu le soutien appuyé / total / sans faille de X": the parser hangs "de X" on the participle or
    adjective right after the noun; the supporter is still the noun's "de" (ally.support reads prep:de)."""
    if verbal or t.lower_ not in _SUPPORT_NOUNS or "prep:de" in out or t.i + 1 >= len(t.doc):
        return
    a = t.doc[t.i + 1]
    if a.head.i != t.i or a.dep_ not in ("acl", "amod") or a.pos_ not in ("VERB", "ADJ"):
        return
    for c in a.children:
        if c.i > a.i and case_of(c) == "de" and c.dep_.startswith(("obl", "nmod")):
            out.put("prep:de", entities_at(c, index)[:1])
            return


_CANDIDATE_NOUNS = frozenset({"candidat", "candidate"})
_PARTY_WORDS = frozenset({"parti", "mouvement", "formation"})


@acts_on(lambda w: not w.verbal and w.lower in _CANDIDATE_NOUNS and w.pos == "NOUN")
def candidate_party(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """Fill "candidate_label" with the party a candidate stands for: the label right after the noun ("la
    candidate Y à la mairie de Lyon, X") or its "de" when the text calls it a party ("candidat du parti Y",
    "candidat de Y" with Y called a party elsewhere). Not a bid's candidate: the rule wants a person."""
    if verbal or t.lower_ not in _CANDIDATE_NOUNS or t.pos_ != "NOUN":
        return
    from .bonds import _elected_label, party_names
    doc, j = t.doc, t.i + 1
    if j < len(doc) and doc[j].lower_ not in ("du", "de", "d'", "d’"):
        got = Found(t, index)
        _elected_label(t, index, got)
        out.put("candidate_label", got.get("elected_label"))
        return
    j += 1
    if j < len(doc) and doc[j].lower_ in ("la", "l'", "l’"):
        j += 1
    party = j < len(doc) and doc[j].lower_ in _PARTY_WORDS
    j += party
    if j >= len(doc) or index.kinds.get(j) != "name":
        return
    name = index.entity_at(j)
    if name is not None and (party or name in party_names(index, doc)):
        out.put("candidate_label", [(name, j)])


_UNIT_HEADS = frozenset({"directeur", "directrice", "chef", "cheffe", "responsable"})
_UNIT_NOUNS = frozenset({"département", "service", "pôle", "division", "laboratoire", "unité", "cellule"})


@acts_on(lambda w: not w.verbal and w.lower in _UNIT_HEADS)
def unit_employer(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"X, directeur du département opinion de l'institut Y": the head of a unit (lower case: "le directeur du
    Service fédéral Y" leads a named body) works for the body; the body moves from the title's "de" (LEADS)
    to "unit_of" (works_for.unit_head)."""
    if verbal or t.lower_ not in _UNIT_HEADS:
        return
    doc, j = t.doc, t.i + 1
    if j + 2 >= len(doc) or doc[j].lower_ not in ("du", "de"):
        return
    if doc[j].lower_ == "de" and doc[j + 1].lower_ in ("la", "l'", "l’"):
        j += 1
    unit = doc[j + 1]
    if unit.text not in _UNIT_NOUNS:
        return
    for k in range(unit.i + 1, min(len(doc), unit.i + 10)):
        if doc[k].is_punct:
            return
        name = index.entity_at(k)
        if name is not None and index.type_of(name) in ("ORG", "GOV"):
            out.put("unit_of", [(name, k)])
            for slot in ("prep:de", "prep:de_organ"):
                if slot in out:
                    out.keep(slot, lambda x: x[1] < unit.i)
            return


@acts_on(lambda w: w.verbal)
def agent_after_comma(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"Y a été fondé en 1933 par son grand-père, X": the parser hangs the name after the comma on the verb, not
    on the agent noun it names; the agent is that person (only after a bare noun that names nobody)."""
    if not verbal or "agent" in out:
        return
    for c in t.children:
        if not (c.dep_ == "obl:agent" or c.dep_.startswith("obl") and case_of(c) == "par") or c.pos_ != "NOUN" \
                or index.entity_at(c.i) is not None:
            continue
        k = c.right_edge.i + 1
        if k + 1 < len(t.doc) and t.doc[k].text == "," and index.kinds.get(k + 1) == "name":
            name = index.entity_at(k + 1)
            if name is not None and index.type_of(name) == "PER":
                out.put("agent", [(name, k + 1)])
        return


def receiver_of(verb, index: EntityIndex) -> list[tuple[str, int]]:
    """Who a receiving verb's subject names: "la candidate Y à la mairie de Lyon, X, a reçu le soutien de Z"
    makes X the receiver, not the label Y inside the title (the subject a common noun with a person set off
    after it); else the verb's subject."""
    from ..arguments import _subject_of
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.pos_ == "NOUN":
        # (or a conjunct after a comma: the parser's other reading of the apposition)
        named = [x for c in subj.children if (c.dep_ == "appos" or c.dep_ == "conj" and c.doc[c.i - 1].text == ",")
                 and c.i > subj.i for x in entities_at(c, index) if index.type_of(x[0]) == "PER"]
        if named:
            return named[:1]
    return _subject_of(verb, index)


_FORMING_VERBS = frozenset({"former", "constituer", "composer"})


@acts_on(lambda w: w.verbal and w.dep == "acl" and w.lem in _FORMING_VERBS)
def formed_members(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"Y, un consortium formé par A et B", "le consortium Y, constitué de A et de B": A and B are members of the
    body Y (slots "formed_members", "formed_body"); the members are read as a line after "par" / "de"."""
    if not verbal or t.dep_ != "acl" or t.lemma_.lower() not in _FORMING_VERBS:
        return
    from .bonds import words as bond_words
    from ..arguments import extend_list
    noun, doc = t.head, t.doc
    if noun.lemma_.lower() not in bond_words()["grouping_nouns"]:
        return
    # the body: "le consortium Y" (a name right after the noun) or "Y, un consortium" (the name before)
    body = None
    if index.kinds.get(noun.i + 1) == "name":
        body = (index.entity_at(noun.i + 1), noun.i + 1)
    elif noun.i >= 3 and doc[noun.i - 1].pos_ == "DET" and doc[noun.i - 2].text == "," \
            and index.kinds.get(noun.i - 3) == "name":
        body = (index.entity_at(noun.i - 3), noun.i - 3)
    if body is None or body[0] is None or index.type_of(body[0]) not in ("ORG", "GOV"):
        return
    j = t.i + 1
    if j >= len(doc) or doc[j].lower_ not in ("par", "de", "d'", "d’", "du", "des"):
        return
    first = next((k for k in range(j + 1, min(len(doc), j + 5)) if index.kinds.get(k) == "name"), None)
    if first is None or any(doc[k].is_punct for k in range(j + 1, first)):
        return
    members = extend_list(doc, index, [(index.entity_at(first), first)])
    # ("formé par le groupe A et le fonds B": a noun introducing the last name after "et")
    k = members[-1][1]
    while k < len(doc) and index.entity_at(k) == members[-1][0]:
        k += 1
    if k + 1 < len(doc) and doc[k].lower_ == "et":
        last = next((m for m in range(k + 1, min(len(doc), k + 5)) if index.kinds.get(m) == "name"), None)
        if last is not None and not any(doc[m].is_punct for m in range(k + 1, last)):
            members.append((index.entity_at(last), last))
    members = [x for x in members if x[0] != body[0]]
    if members:
        out.put("formed_members", members)
        out.put("formed_body", [body])


_POWER_NOUNS = frozenset({"pouvoir", "clan", "régime", "camp", "entourage", "cercle", "gouvernement"})


@acts_on(lambda w: not w.verbal and w.lower in ("proche", "proches"))
def power_of(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"Y, proche du pouvoir de X", "un proche du clan X": closeness to a person's power, regime or circle is
    closeness to that person (slot "power_of": the person named after the power noun)."""
    if verbal or t.lower_ not in ("proche", "proches"):
        return
    for c in t.children:
        if c.i > t.i and c.lemma_.lower() in _POWER_NOUNS and case_of(c) == "de":
            people = [x for k in c.children if k.i > c.i and (case_of(k) == "de" or k.dep_ in ("nmod", "appos"))
                      for x in entities_at(k, index) if index.type_of(x[0]) == "PER"]
            out.put("power_of", people[:1])
            return


@acts_on(lambda w: not w.verbal and w.dep == "nmod")
def office_of(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"X fait office (fonction) de porte-parole de Y": the title's holder is the subject of "faire"."""
    if verbal or "head" in out or t.dep_ != "nmod" or case_of(t) != "de":
        return
    office = t.head
    if office.lemma_.lower() not in ("office", "fonction") or office.dep_ not in ("obj", "xcomp") \
            or office.head.lemma_.lower() != "faire":
        return
    from ..arguments import _subject_of
    out.put("head", [x for x in _subject_of(office.head, index) if index.type_of(x[0]) == "PER"][:1])


_ACADEMICS = frozenset({"économiste", "chercheur", "chercheuse", "professeur", "professeure", "enseignant",
                        "enseignante", "politologue", "sociologue", "historien", "historienne", "juriste"})


@acts_on(lambda w: w.lower in _ACADEMICS)
def academic_place(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"X, économiste à l'institut Y": the parser often hangs "à Y" on the name, not on the title (tagged an
    adjective); read it as a line right after the title (works_for.academic_at reads prep:à)."""
    if t.lower_ not in _ACADEMICS or "prep:à" in out or t.i + 2 >= len(t.doc) or t.doc[t.i + 1].lower_ not in ("à", "au"):
        return
    doc = t.doc
    k = next((j for j in range(t.i + 2, min(len(doc), t.i + 5)) if index.kinds.get(j) == "name"), None)
    if k is not None and not any(doc[j].is_punct or doc[j].pos_ in ("VERB", "AUX") for j in range(t.i + 2, k)):
        out.put("prep:à", [(index.entity_at(k), k)])


_EVENT_NOUNS = frozenset({"mort", "décès", "disparition", "retraite", "succession"})


@acts_on(lambda w: not w.verbal and w.dep == "nmod")
def kin_in_event(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"Depuis la mort de son père, X, Y dirige le groupe": the possessive of a kin noun inside an event phrase
    is the clause's subject Y; the relative is the name set off after the kin noun (slots "head", "poss")."""
    if verbal or t.dep_ != "nmod" or case_of(t) != "de" or t.head.lemma_.lower() not in _EVENT_NOUNS:
        return
    if not any(c.dep_ == "det" and c.lower_ in ("son", "sa") for c in t.children):
        return
    doc = t.doc
    k = t.i + 1
    if k + 1 >= len(doc) or doc[k].text != "," or index.kinds.get(k + 1) != "name":
        return
    kin = index.entity_at(k + 1)
    verb = t.head.head
    if kin is None or index.type_of(kin) != "PER" or verb.pos_ != "VERB" or not t.head.dep_.startswith("obl"):
        return
    from ..arguments import _subject_of
    owner = [x for x in _subject_of(verb, index) if index.type_of(x[0]) == "PER" and x[0] != kin]
    if owner:
        out["head"] = [(kin, k + 1)]
        out["poss"] = owner[:1]
