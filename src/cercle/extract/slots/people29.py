"""(s29-people29) People and politics gaps of French, read as mechanisms:

- a minister's (or any person's) office as a stage of a career: "X est passé par le cabinet de Y", "Passé par
  le cabinet du ministre Y, X …", "X, qui a travaillé au cabinet de Y", "X a rejoint le cabinet de Y": the person
  whose office it is employs X (slot "cabinet_joined" of works_for.cabinet_joined; corpb21.cabinet_of reads the
  career nouns, "un passage au cabinet de Y") (blind28 ho-846).
- a public body as a career stage: "Passée par le Conseil d'État, X …", "X, passé par le ministère de Y": a body the
  person worked in (slot "body_passed" of works_for.joined_body; works_for.joined reads companies only, as a
  state or a town "passed through" is a journey) — only a body whose name opens on an institution's noun
  (read28 ho-822).
- a post "auprès de" a person: "X, secrétaire d'État auprès de Y", "X, conseiller spécial auprès de la ministre Y":
  the post serves Y (slot "beside_person" of works_for.post_beside; the parse makes "auprès" an adverb and the
  person its complement) (read28 ho-814).
- closeness said before the clause: "Proche de Y, X a …", "Très proche du ministre Y, qui l'a reçu …, il a …",
  "Fidèle de Y, X …": the adjective opening the sentence describes the main clause's subject (the parse makes
  the adjective the subject, or a root, and the subject Y's apposition) (slots "close_holder", "close_to" of
  ally.fronted_close) (blind28 ho-838).
- a union's (or a party's) name right after a member's title: "X, délégué CFDT depuis quinze ans", "la militante
  Y Z": the body named is the one the person belongs to (slot "elected_label" of member.union_label, read as
  bonds._elected_label reads "le député Y X") (read28 ho-804).
- a co-founder "aux côtés de": "X a cofondé Y aux côtés de Z", "il avait cofondé Y, le spécialiste de …, aux côtés
  de Z": Z founded Y too, as founded.with reads "avec Z" (slot "founded_beside" of founded.beside) (read28 ho-826).
- counsel in court: "Défendu par le cabinet Z, Y conteste …", "Y est représentée par Me Z", "le cabinet Z défend Y":
  a law firm or a lawyer defending or representing a party works for it (ONTOLOGY: lawyers are WORKS_FOR), not
  an ally (ally.verb read "défendre" as support) (slots "counsel", "client" of works_for.counsel) (read28
  ho-816, ho-818, ho-832; blind28 ho-848).
"""
from __future__ import annotations

from ...mentions.entities import EntityIndex
from ..arguments import case_of, entities_at, lemma_of
from .found import Found
from .gate import Readers, acts_on

# verbs of a career stage whose phrase may name an office ("passer par", "entrer au", "rejoindre le cabinet")
_CAREER_VERBS = frozenset({"passer", "entrer", "rejoindre", "intégrer", "travailler", "officier", "œuvrer",
                           "oeuvrer"})
_OFFICE_CASES = frozenset({"par", "à", "au", "dans", None})


def _office_holder(c, index: EntityIndex) -> list[tuple[str, int]]:
    """The person whose "cabinet" the phrase c names ("le cabinet de Y", "le cabinet du ministre Y")."""
    return [x for k in c.children if k.dep_ == "nmod" and k.i > c.i and case_of(k) in ("de", "du", "d'", "d’")
            for x in entities_at(k, index) if index.type_of(x[0]) == "PER"]


@acts_on(lambda w: w.verbal and w.lemma in _CAREER_VERBS)
def cabinet_joined(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """Slot "cabinet_joined": the person whose office the career verb's phrase names."""
    if not verbal or lemma_of(t) not in _CAREER_VERBS or not out.wants("cabinet_joined"):
        return
    got = []
    for c in t.children:
        if c.lemma_.lower() != "cabinet" or c.pos_ != "NOUN":
            continue
        if c.dep_ in ("obj", "obl", "obl:arg", "obl:mod", "obl:agent") and case_of(c) in _OFFICE_CASES:
            got += _office_holder(c, index)
        # "passé par l'inspection des finances puis par le cabinet de Y": the office conjoined to the first phrase
    for c in t.children:
        if c.dep_ in ("obl", "obl:arg", "obl:mod", "obl:agent") and case_of(c) in _OFFICE_CASES:
            for k in c.children:
                if k.dep_ == "conj" and k.lemma_.lower() == "cabinet" and k.pos_ == "NOUN":
                    got += _office_holder(k, index)
    if got:
        out.put("cabinet_joined", got)


# adjectives of closeness that may open a sentence ("Proche de Y, X …")
_CLOSE_WORDS = frozenset({"proche", "fidèle", "intime"})


def _main_subject(t, start: int, index: EntityIndex) -> list[tuple[str, int]]:
    """The subject of the first finite verb after position start whose subject is no relative pronoun and
    stands after start: the main clause's, past the fronted phrase and any relative clause in it."""
    doc = t.doc
    for k in range(start, t.sent.end):
        w = doc[k]
        if w.pos_ not in ("VERB", "AUX") or w.dep_ in ("acl:relcl", "acl", "advcl", "xcomp", "ccomp"):
            continue
        if "Fin" not in w.morph.get("VerbForm") and not any(c.dep_.startswith("aux") for c in w.children):
            continue
        subj = [c for c in w.children if c.dep_ in ("nsubj", "nsubj:pass", "expl:subj") and c.i >= start]
        if not subj:
            continue
        got = entities_at(subj[0], index)[:1]
        if not got and subj[0].pos_ == "PRON" and index.entity_at(subj[0].i) is not None:
            got = [(index.entity_at(subj[0].i), subj[0].i)]
        return got
    return []


@acts_on(lambda w: w.lower in _CLOSE_WORDS)
def fronted_close(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """Slots "close_holder", "close_to": "Proche de Y, X a …": X, the main clause's subject, and Y, the first
    name of the adjective's "de" phrase (the sentence opens on the adjective, or on an adverb before it)."""
    if t.lower_ not in _CLOSE_WORDS or not out.wants("close_holder"):
        return
    doc, first = t.doc, t.sent.start
    if not (t.i == first or all(doc[k].pos_ == "ADV" for k in range(first, t.i))) or t.i + 2 >= t.sent.end:
        return
    if doc[t.i + 1].lower_ not in ("de", "du", "des", "d'", "d’"):
        return
    comma = next((k for k in range(t.i + 2, min(t.i + 12, t.sent.end)) if doc[k].text == ","), None)
    if comma is None:
        return
    near = next((k for k in range(t.i + 2, comma) if index.kinds.get(k) == "name"), None)
    if near is None:
        return
    j = comma + 1
    while j < t.sent.end and doc[j].pos_ == "DET":
        j += 1
    # the name (or the pronoun, the description) right after the comma; else the main clause's subject
    who = index.entity_at(j) if j < t.sent.end and index.kinds.get(j) in ("name", "pronoun") else None
    holder = [(who, j)] if who is not None else _main_subject(t, comma + 1, index)
    close_to = index.entity_at(near)
    holder = [h for h in holder if h[0] != close_to and index.type_of(h[0]) == "PER"]
    if holder:
        out.put("close_holder", holder)
        out.put("close_to", [(close_to, near)])
        out["_no_linear"] = []


# titles of a member of a union or a party that the body's name may follow with no "de" ("délégué CFDT")
_MEMBER_TITLES = frozenset({"délégué", "déléguée", "délégués", "déléguées", "militant", "militante", "militants",
                            "militantes", "syndicaliste", "syndicalistes", "adhérent", "adhérente"})


@acts_on(lambda w: w.lower in _MEMBER_TITLES)
def union_label(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """Slot "elected_label": the organisation named right after a member's title ("délégué CFDT")."""
    if t.lower_ not in _MEMBER_TITLES or t.pos_ not in ("NOUN", "ADJ") or not out.wants("elected_label") \
            or "elected_label" in out:
        return
    from .bonds import _elected_label
    j = t.i + 1
    if j + 1 < t.sent.end and t.doc[j].lower_ in ("syndical", "syndicale", "syndicaux", "syndicales") \
            and index.kinds.get(j + 1) == "name":
        name = index.entity_at(j + 1)   # ("le délégué syndical CFDT X")
        if index.type_of(name) == "ORG":
            out.put("elected_label", [(name, j + 1)])
        return
    _elected_label(t, index, out)


_FOUNDING_VERBS = frozenset({"fonder", "cofonder", "co-fonder", "créer"})


@acts_on(lambda w: w.verbal and w.lemma in _FOUNDING_VERBS)
def founded_beside(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """Slot "founded_beside": the persons named after "aux côtés de" on a founding verb (or on a noun set off
    after its object, where the parse may hang the phrase)."""
    if not verbal or lemma_of(t) not in _FOUNDING_VERBS or not out.wants("founded_beside"):
        return
    hosts = [t] + [c for c in t.children if c.pos_ in ("NOUN", "PROPN") and c.dep_ in ("obj", "obl:mod", "appos")]
    got = []
    for h in hosts:
        for c in h.children:
            if c.lower_ == "côtés" and any(k.lower_ == "aux" for k in c.children):
                got += [x for k in c.children if k.dep_ == "nmod" and case_of(k) in ("de", "du", "d'", "d’")
                        for x in entities_at(k, index) if index.type_of(x[0]) == "PER"]
    if got:
        out.put("founded_beside", got)


_COUNSEL_VERBS = frozenset({"défendre", "représenter", "assister"})
# words right before a name that make it counsel ("le cabinet Z", "Me Z", "l'avocat Z", "le cabinet d'avocats Z")
_COUNSEL_WORDS = frozenset({"cabinet", "me", "maître", "avocat", "avocate", "avocats", "avocates", "conseil"})


def _is_counsel(i: int, index: EntityIndex, doc) -> bool:
    name = index.entity_at(i)
    k = i
    while k > 0 and index.entity_at(k - 1) == name:
        k -= 1   # (the name's first word)
    if doc[k].lower_ in _COUNSEL_WORDS or k > 0 and doc[k - 1].lower_ in _COUNSEL_WORDS:
        return True   # (the introducing word may be part of the mention: "le cabinet Z")
    # "le cabinet d'avocats Z", "le cabinet parisien Z"
    return k > 2 and doc[k - 1].pos_ in ("ADJ", "NOUN") and doc[k - 2].lower_ in ("d'", "d’", "de") \
        and doc[k - 3].lower_ == "cabinet" or k > 1 and doc[k - 1].pos_ == "ADJ" and doc[k - 2].lower_ == "cabinet"


def _lone_antecedent(x, counsel: set, index: EntityIndex) -> bool:
    """(s30-court30) Whether a description ``x`` stands for the one actor of its type (persons, organisations)
    named in its sentence and the one before, counsel left aside: then no other antecedent was fit."""
    if x[1] < 0 or index.kinds.get(x[1]) != "descriptor":
        return False
    return lone_of_kind(x, counsel, index)


def lone_of_kind(x, counsel: set, index: EntityIndex) -> bool:
    """Whether the actor ``x`` (name, token) is the one actor of its type named in its sentence and the one
    before, counsel left aside (shared with extract/legal31.py, which asks it of pronouns too)."""
    s = index.sent_of.get(x[1])
    if s is None:
        return False
    kind = index.type_of(x[0])
    named = {n for j, n in index.by_token.items() if index.kinds.get(j) == "name" and n not in counsel
             and index.sent_of.get(j) in (s - 1, s) and index.type_of(n) == kind}
    return named == {x[0]}


@acts_on(lambda w: w.verbal and w.lemma in _COUNSEL_VERBS)
def counsel_of(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """Slots "counsel", "client": the law firm or lawyer who defends or represents (the verb's subject or
    agent) and the party defended; the support slots are then dropped (no alliance)."""
    if not verbal or lemma_of(t) not in _COUNSEL_VERBS or not out.wants("counsel"):
        return
    doc = t.doc
    for slot, other in (("agent", ("pass", "obj")), ("subj", ("obj", "pass"))):
        who = [x for x in out.get(slot, ()) if _is_counsel(x[1], index, doc)]
        if not who:
            continue
        # (not a name inside a phrase of the client's: "l'entreprise cofondée par Y", Y is no client)
        client = [x for o in other for x in out.get(o, ()) if x[0] not in {n for n, _ in who}
                  and doc[x[1]].dep_ not in ("obl:agent", "obl", "obl:arg", "obl:mod", "nmod")]
        if client:
            # (a client named, not a description whose antecedent coreference guessed: "Représentée par le
            # cabinet Z, la société …" has two fit antecedents often, the group and its subsidiary)
            # (and read at its first word: a name's later word as the clause's subject is a broken parse,
            # "… cofondée par Y-Z a plaidé" with "Z" the subject)
            # ("l'ancien maire X": the title's own name, in the object's phrase, names the client too)
            # (s30-court30) or a description of the one actor of its kind the sentence and the one before name
            # ("X comparaît … . Défendu par Me Z, le groupe nie": X)
            named = [x for x in client if (x[1] == 0 or index.entity_at(x[1] - 1) != x[0]) and (
                index.kinds.get(x[1]) == "name" or any(
                    index.kinds.get(k.i) == "name" and index.entity_at(k.i) == x[0] for k in doc[x[1]].subtree))
                or _lone_antecedent(x, {n for n, _ in who}, index)]
            if named:
                out.put("counsel", who)
                out.put("client", named)
                for s in ("agent", "subj", "obj", "pass"):
                    out.pop(s, None)   # (not an ally: ally.verb reads these)
                out["_no_linear"] = []
        return


# the first word of a public body's name that makes "passer par" a career stage, not a journey
_BODY_HEADS = frozenset({"conseil", "cour", "commission", "ministère", "inspection", "banque", "autorité", "agence",
                         "caisse", "direction", "secrétariat", "assemblée", "sénat", "parlement", "préfecture",
                         "trésor", "parquet", "haute", "haut", "office", "institut", "centre", "délégation",
                         "service", "services", "mission", "observatoire"})


@acts_on(lambda w: w.verbal and w.lemma == "passer")
def body_passed(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """Slot "body_passed": the public body named by "passer par" whose name opens on an institution's noun."""
    if not verbal or lemma_of(t) != "passer" or not out.wants("body_passed"):
        return
    got = []
    for c in t.children:
        if c.dep_ in ("obl:agent", "obl", "obl:mod", "obl:arg") and case_of(c) == "par":
            for name, at in entities_at(c, index):
                first = name.split()[0].lower().lstrip("l'’") if name else ""
                if index.type_of(name) == "GOV" and first in _BODY_HEADS:
                    got.append((name, at))
    if got:
        out.put("body_passed", got)


_POSTS_BESIDE = frozenset({"secrétaire", "conseiller", "conseillère", "ministre", "collaborateur", "collaboratrice",
                           "assistant", "assistante", "attaché", "attachée", "chargé", "chargée"})


@acts_on(lambda w: not w.verbal and w.lower in _POSTS_BESIDE)
def post_beside(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """Slot "beside_person": the person named after "auprès de" on a post's noun (or on the noun's "d'État")."""
    if verbal or t.lower_ not in _POSTS_BESIDE or t.pos_ != "NOUN" or not out.wants("beside_person"):
        return
    # (read on the line: the parse hangs "auprès" on the post, its "d'État", the verb or the name before)
    doc, end = t.doc, t.sent.end
    j = t.i + 1
    while j < min(t.i + 5, end) and doc[j].lower_ != "auprès":
        if doc[j].is_punct or doc[j].pos_ in ("VERB", "AUX"):
            return
        j += 1
    if j >= min(t.i + 5, end) or doc[j].lower_ != "auprès" or j + 1 >= end or doc[j + 1].lower_ not in ("de", "du", "d'"):
        return
    for m in range(j + 2, min(j + 10, end)):
        if doc[m].is_punct and doc[m].text not in ("-", "'", "’") or doc[m].pos_ in ("VERB", "AUX"):
            return
        name = index.entity_at(m)
        if name is not None and index.kinds.get(m) == "name" and index.type_of(name) == "PER":
            if t.dep_ in ("xcomp", "obj") and t.head.pos_ == "VERB" and not any(
                    c.dep_ in ("aux:pass", "nsubj:pass") for c in t.head.children):
                # "Z le nomme secrétaire d'État auprès de Y": the one named to the post is the verb's object
                obj = [c for c in t.head.children if c.dep_ in ("obj", "iobj") and c.i != t.i]
                who = [(index.entity_at(c.i), c.i) for c in obj if index.entity_at(c.i) is not None]
                if not who or index.type_of(who[0][0]) != "PER":
                    return
                out.put("beside_holder", who[:1])
            out.put("beside_person", [(name, m)])
            return


PEOPLE29_READERS = Readers(cabinet_joined, body_passed, post_beside, fronted_close, union_label, founded_beside, counsel_of)
