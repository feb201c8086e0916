"""(s35-readb35) Ties whose two parties the sentence names, lost to a shape no reader read. Word families in
data/readb35.yaml (French words, never a name):

- a label noun in a fronted description whose parse is broken ("Élu en 2020 sous l'étiquette Y, le maire de Z,
  X, brigue …" parsed with the label's name as the main verb's adverbial and the participle hung on it): the
  holder is the subject of the sentence's main verb after the comma that closes the fronted phrase (slots
  "label_holder", "label_body", read by member.label / member.banner32), when politics32's banner found none;
- a party's member named by a possessive title ("Le parti Y mise sur son député X", "Y, qui présente sa
  sénatrice X", "Y a investi ses élus X et Z", "sa tête de liste X"): the possessive stands for the clause's
  subject (stance33._owner), which must be a party (politics32._political); slots "own_member35",
  "own_party35": MEMBER_OF.

Each reader tests its trigger word first (its @acts_on declaration) and reads only the trigger's children, its
head chain and the tokens of its sentence before the main verb."""
from __future__ import annotations

from pathlib import Path

from ...mentions.entities import EntityIndex
from ...yamldata import load_yaml
from ..arguments import case_of, entities_at
from .found import Found
from .gate import Readers, acts_on

_W = load_yaml((Path(__file__).resolve().parent.parent / "data" / "readb35.yaml").read_text(encoding="utf-8"))
_LABELS = frozenset(_W["label_nouns"])
_MEMBER_TITLES = frozenset(_W["member_titles"])
_MEMBER_NEXT = {k: [str(x) for x in v] for k, v in _W["member_title_next"].items()}
_POSS = frozenset(_W["possessives"])
_QUOTES = frozenset({"«", "»", "\"", "“", "”", ":"})
_FRONT_POS = frozenset({"VERB", "ADJ", "NOUN"})


def _persons(tok, index: EntityIndex) -> list:
    return [x for x in entities_at(tok, index) if x[1] >= 0 and index.type_of(x[0]) == "PER"]


def fronted_holder(t, index: EntityIndex) -> list:
    """The person a fronted description holding ``t`` is said of ("Élu en 2020 sous l'étiquette Y, le maire de Z,
    X, brigue …"): the sentence opens on a participle, an adjective or a bare noun, no finite verb nor quote comes
    before the comma after ``t``, and the sentence's main verb, after that comma, has a person for its subject
    after it too."""
    doc, sent = t.doc, t.sent
    j = sent.start
    while j < t.i and doc[j].is_punct and doc[j].text not in _QUOTES:
        j += 1
    first = doc[j]
    if first.pos_ not in _FRONT_POS or first.i >= t.i:
        return []
    if first.pos_ == "VERB" and "Part" not in first.morph.get("VerbForm"):
        return []
    comma = None
    for k in range(sent.start, sent.end):
        w = doc[k]
        if w.text in _QUOTES:
            return []
        if k > t.i and w.text == ",":
            comma = k
            break
        if w.pos_ in ("VERB", "AUX") and "Fin" in w.morph.get("VerbForm"):
            return []
    if comma is None:
        return []
    root = next((doc[k] for k in range(comma + 1, sent.end) if doc[k].head is doc[k]), None)
    if root is None or root.pos_ not in ("VERB", "AUX"):
        # (the parse made the fronted participle the root and the main verb its clause: the first finite verb
        # after the comma)
        root = next((doc[k] for k in range(comma + 1, sent.end) if doc[k].pos_ in ("VERB", "AUX")
                     and "Fin" in doc[k].morph.get("VerbForm")), None)
    if root is None:
        return []
    if root.pos_ == "AUX" and root.head is not root and root.head.i > root.i:
        root = root.head
    got = [x for c in root.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i > comma for x in _persons(c, index)]
    if not got and not any(c.dep_ in ("nsubj", "nsubj:pass", "expl:subj") for c in root.children):
        # (no subject left to the verb: the one person named between the comma and the verb)
        names = {n for k in range(comma + 1, root.i) if (n := index.entity_at(k)) is not None
                 and index.kinds.get(k) == "name" and index.type_of(n) == "PER"}
        got = [(n, -1) for n in names]
    return got if len({n for n, _ in got}) == 1 else []


def _label_body(t, index: EntityIndex) -> list:
    from .politics32 import _body_after
    return _body_after(t, index)


@acts_on(lambda w: w.pos == "NOUN" and w.lower in _LABELS)
def fronted_label(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"Élu en 2020 sous l'étiquette Y, le maire de Z, X, brigue …" with a broken parse (slots "label_holder",
    "label_body"), when no reader before found the holder."""
    if t.pos_ != "NOUN" or t.lower_ not in _LABELS or out.get("label_holder"):
        return
    if case_of(t) != "sous" and not any(t.doc[k].lower_ == "sous" for k in range(max(t.sent.start, t.i - 3), t.i)):
        return
    body = _label_body(t, index)
    if not body:
        return
    holder = [x for x in fronted_holder(t, index) if x[0] not in {n for n, _ in body}]
    if holder:
        out.put("label_holder", holder[:1])
        out.put("label_body", body[:1])
        out["_no_linear"] = []


def _title_ok(t) -> bool:
    nxt = _MEMBER_NEXT.get(t.lower_)
    if nxt is None:
        return True
    rest = t.doc.text[t.idx + len(t.text):t.idx + len(t.text) + 16].lower().lstrip()
    return any(rest.startswith(p) for p in nxt)


def _named_after(t, index: EntityIndex) -> list:
    """The persons named right after the title ("son député X", "ses élus X et Z", "sa tête de liste, X"), hung on
    it or next to it."""
    doc = t.doc
    j = t.i + 1
    if t.lower_ == "tête":
        j += 2   # ("tête de liste")
    while j < t.sent.end and (doc[j].pos_ == "ADJ" or doc[j].text == ",") and j - t.i <= 4:
        j += 1
    if j >= t.sent.end or index.kinds.get(j) != "name":
        return []
    got = [x for x in entities_at(doc[j], index) if x[1] >= 0 and index.type_of(x[0]) == "PER"]
    if t.lower_.endswith("s") and got:   # (a plural title: the names of its list)
        got = [x for x in _persons(doc[j], index)] or got
    return got[:3]


def _acl_owner(t, index: EntityIndex) -> list:
    """"Le parti Y mise sur son député X" parsed with the verb as a participle clause on the name right before it
    ("mise" read as "mis"): the name the verb follows is its subject."""
    v = t.head
    if v.pos_ != "VERB" or v.dep_ != "acl" or t.dep_ not in ("obl", "obl:arg", "obl:mod", "obl:agent", "obj"):
        return []
    name = v.head
    if v.i != max(k.i for k in name.subtree if k.i < v.i) + 1 or any(c.dep_.startswith("aux") for c in v.children):
        return []
    return [x for x in entities_at(name, index) if x[1] >= 0 and index.kinds.get(x[1]) in ("name", "introducer")][:1]


@acts_on(lambda w: w.pos in ("NOUN", "ADJ", "PROPN") and w.lower in _MEMBER_TITLES)
def possessed_member(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"Le parti Y mise sur son député X", "Y, qui présente sa sénatrice X", "Y a investi ses élus X et Z" (slots
    "own_member35", "own_party35")."""
    if t.lower_ not in _MEMBER_TITLES or t.pos_ not in ("NOUN", "ADJ", "PROPN") or out.get("own_member35") \
            or not _title_ok(t):
        return
    if not any(c.dep_ in ("det", "nmod:poss") and c.lower_ in _POSS and c.i < t.i for c in t.children) \
            and not (t.i > 0 and t.doc[t.i - 1].lower_ in _POSS):
        return
    members = _named_after(t, index)
    if not members:
        return
    from .stance33 import _owner
    from .politics32 import _political
    owner = _owner(t, index, {n for n, _ in members}, None, ("ORG",))
    if not owner:
        owner = _acl_owner(t, index)
    if len(owner) != 1 or index.type_of(owner[0][0]) != "ORG" or not _political(owner[0][0], index, t.doc):
        return
    out.put("own_member35", members)
    out.put("own_party35", owner)
    out["_no_linear"] = []


_DATIVE_BLAME = frozenset(_W["dative_blame_verbs"])
_DATIVE_PRON = frozenset(_W["dative_pronouns"])
_BLAME = frozenset(_W["blame_verbs"])
_A = ("à", "au", "aux")


@acts_on(lambda w: w.verbal and w.lemma in _BLAME)
def blamed_party_checked(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """Two checks on who a verb of blame blames (slots "obj", "prep:à", "pass"):
    - "X reproche à Y sa gestion de Z", "X lui reproche une gestion de Z": with a dative, the names inside the
      direct object's phrase are what is blamed, not who (kept: the dative's own);
    - "X, présidente du groupe Y, reproche au groupe de …": a description standing for the organisation the
      blamer's own apposition names is no party blamed (the coreference took the nearest group)."""
    from ..arguments import lemma_of
    if not verbal or lemma_of(t) not in _BLAME:
        return
    lem = lemma_of(t)
    if lem in _DATIVE_BLAME and out.get("obj"):
        doc = t.doc
        dative = [c for c in t.children if c.dep_ in ("iobj", "obl:arg", "obl", "obl:mod") and case_of(c) in _A]
        k = t.i - 1
        while k >= t.sent.start and t.i - k <= 3 and doc[k].lower_ in ("ne", "n'", "n’", "en", "y"):
            k -= 1
        if k >= t.sent.start and doc[k].lower_ in _DATIVE_PRON:
            dative.append(doc[k])   # ("X lui reproche …", "X ne leur reproche pas …": the clitic before the verb)
        if dative:
            # (kept: a name that is itself the verb's object, "X lui reproche Y" read as a dative and an object)
            named = {c.i for c in t.children if c.dep_ == "obj" and index.entity_at(c.i) is not None}
            named |= {k.i for c in dative for k in c.subtree}   # (the dative's own party, resolved: kept)
            theirs = {n for c in dative for k in c.subtree if (n := index.entity_at(k.i)) is not None}
            # (and a party placed before the verb: a resolved clitic or its antecedent, never the thing blamed)
            out.keep("obj", lambda x: x[1] < t.i or x[1] in named or x[0] in theirs)
    # the blamer's own apposition: the words between the blamer's name and the verb, opened by a comma
    doc = t.doc
    subj = [i for _, i in out.get("subj", ()) if 0 <= i < t.i and index.kinds.get(i) == "name"]
    if len(subj) != 1:
        return
    j = subj[0]
    who = index.entity_at(j)
    while j + 1 < t.i and index.entity_at(j + 1) == who:
        j += 1
    if j + 1 >= t.i or doc[j + 1].text != ",":
        return
    own = set()
    for k in range(j + 2, t.i):
        if doc[k].text == "," or doc[k].pos_ in ("VERB", "AUX"):
            break
        n = index.entity_at(k)
        if n is not None and index.kinds.get(k) in ("name", "introducer") and index.type_of(n) in ("ORG", "GOV"):
            own.add(n)
    if not own:
        return
    for slot in ("obj", "prep:à"):
        if out.get(slot):
            out.keep(slot, lambda x: not (x[0] in own and index.kinds.get(x[1]) != "name"))


READB35_READERS = Readers(fronted_label, possessed_member, blamed_party_checked)
