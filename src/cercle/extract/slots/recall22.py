"""(s22-recall22) Coverage gaps of French where both parties are named in the sentence:

- "X détient 30 % de Y aux côtés de Z", "Y, contrôlée à 67 % par X aux côtés de Z (33 %)", "la participation que X
  détient dans Y aux côtés de A et de B": the names after "aux côtés de" hold Y too (slot "co_holder"); they are
  no party of X's own holding (the parser hangs the phrase on the stake or on Y, whose "de" slots then took them).
- "Y, l'enseigne fondée en 1961 à Roubaix par X", "Y, l'alliance fondée en 2000 par A et B": the founders after a
  founding participle's date and place, read as a line (the parser hangs "par X" on the place or the date, and
  the second founder on the date; slot "agent").
- "X reste en lice face à Y", "X, candidat malheureux à l'appel d'offres face à Y", "X figure parmi les candidats
  au rachat de Z, face à Y et à W": a candidate in a contest and the rival it faces (slots "contest_side",
  "contest_rival"; the contest verbs, "l'emporter face à Y", are feuds.py's).
- "X, son homologue de Y", "Son homologue de Y, X" said of a company's head (a chief executive, a chairman,
  named in the words before): X heads Y (slot "counterpart_of").
"""
from __future__ import annotations

from ...mentions.entities import EntityIndex
from ...nlp.docview import tokens_of
from ..arguments import _subject_of, entities_at, extend_list, lemma_of
from .found import Found
from .gate import Readers, acts_on

HOLD_LEMMAS = frozenset({"détenir", "posséder", "contrôler"})
_SIDE_WORDS = frozenset({"côtés", "côté"})
_OF_WORDS = frozenset({"de", "d'", "d’", "du", "des"})
# the words a co-holder's description may start with before its name ("de la société publique B", "de l'iranien B")
_DESC_SKIP = frozenset({"la", "le", "l'", "l’", "les", "son", "sa", "ses", "leur", "leurs"})


def _alongside(t, index: EntityIndex) -> int | None:
    """The index of the "de" of "aux côtés de" after the holding verb ``t`` in its clause (read as a line: the
    parser hangs the phrase on the verb, the stake or the company), or None."""
    tv = tokens_of(t.doc)
    end = min(t.i + 14, t.sent.end - 3)
    for k in range(t.i + 1, end):
        w = tv[k]
        if (w.pos_ in ("VERB", "AUX", "CCONJ") and index.entity_at(k) is None) or w.lower_ in (";", ".", ":") \
                or (w.text == "," and tv[k + 1].lower_ not in ("aux", "au")):
            return None   # (another clause or another verb's phrase: "… et siège aux côtés de Z au conseil")
        if w.lower_ in ("aux", "au") and tv[k + 1].lower_ in _SIDE_WORDS and tv[k + 2].lower_ in _OF_WORDS:
            return k + 2
    return None


def _first_name_after(t, index: EntityIndex, k: int) -> tuple[str, int] | None:
    """The first name after token ``k``, past a determiner and a description of a few nouns and adjectives."""
    tv = tokens_of(t.doc)
    for j in range(k + 1, min(k + 7, t.sent.end)):
        name = index.entity_at(j)
        if name is not None and index.kinds.get(j) == "name":
            return name, j
        w = tv[j]
        if not (w.lower_ in _DESC_SKIP or w.pos_ in ("NOUN", "ADJ", "DET")
                or (w.pos_ == "PROPN" and w.is_lower and w.is_alpha)):   # (s28: "du fonds qatari B", the demonym tagged a name)
            return None
    return None


_LIST_GLUE = frozenset({",", "et", "ou", "de", "d'", "d’", "du", "des", "à", "au", "aux", "la", "le", "l'", "l’", "les"})


def _line(t, index: EntityIndex, first: tuple[str, int]) -> list[tuple[str, int]]:
    """extend_list from ``first``, cut where a description comes between two names ("à B, maison mère de C": C is
    B's, not one of the list)."""
    tv = tokens_of(t.doc)
    got = sorted(extend_list(t.doc, index, [first]), key=lambda x: x[1])
    names = [got[0]] if got else []
    for x in got[1:]:
        j = names[-1][1] + 1
        while j < x[1] and index.entity_at(j) == names[-1][0]:
            j += 1
        if any(tv[k].lower_ not in _LIST_GLUE for k in range(j, x[1])):
            break
        names.append(x)
    return names


def _listed(t, index: EntityIndex, first: tuple[str, int]) -> list[tuple[str, int]]:
    """The co-holders listed from ``first``: "de A, B et C", "de A (30 %) et de B", "de A et du groupe B"."""
    tv = tokens_of(t.doc)
    names: list[tuple[str, int]] = []
    nxt = first
    while nxt is not None:
        new = [x for x in _line(t, index, nxt)
               if x not in names and index.type_of(x[0]) in ("PER", "ORG", "GOV")]
        if not new:
            break
        names += new
        j = max(i for _, i in names) + 1
        while j < t.sent.end - 1 and index.entity_at(j) == index.entity_at(j - 1) is not None:
            j += 1
        if j + 3 < t.sent.end and tv[j].text == "(" and tv[j + 2].text == "%" and tv[j + 3].text == ")":
            j += 4   # (a share in brackets: "de A (30 %) et de B")
        if j + 1 < t.sent.end and tv[j].lower_ in ("et", ",") and tv[j + 1].lower_ in _OF_WORDS:
            nxt = _first_name_after(t, index, j + 1)   # (always further on: the loop ends)
        else:
            nxt = None
    return names


@acts_on(lambda w: w.lemma in HOLD_LEMMAS)
def co_holders(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """Slot "co_holder": who holds the company beside the holding verb's subject ("aux côtés de Z")."""
    if lemma_of(t) not in HOLD_LEMMAS:
        return
    k = _alongside(t, index)
    if k is None:
        return
    first = _first_name_after(t, index, k)
    if first is None:
        return
    names = _listed(t, index, first)
    beside = {n for n, _ in names}
    for slot in list(out):   # (no other party of the holding: "de A" was the co-holder's, not the stake's)
        if isinstance(out[slot], list):
            out.keep(slot, lambda x: x[0] not in beside)
    out.put("co_holder", names)


FOUND_LEMMAS = frozenset({"fonder", "cofonder", "co-fonder", "créer", "lancer"})
# what may stand between a founding participle and its "par": a date, a place ("en 1961 à Roubaix", "le 3 mai 2010")
_WHEN_WHERE = frozenset({"en", "à", "au", "dans", "le", "l'", "l’", "la", "début", "fin", "mi", "depuis", "il", "y", "a"})


def _place_or_none(index: EntityIndex, k: int) -> bool:
    """Whether the proper noun at ``k`` is no person's or company's name (a town: "fondée à Roubaix par X")."""
    name = index.entity_at(k)
    return name is None or index.type_of(name) not in ("PER", "ORG")


@acts_on(lambda w: w.verbal and w.lemma in FOUND_LEMMAS)
def founders_after_place(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """Slot "agent" of a founding participle whose "par A (et B)" comes after a date or a place."""
    if not verbal or lemma_of(t) not in FOUND_LEMMAS or t.dep_ not in ("acl", "acl:relcl") \
            or not t.lower_.endswith(("é", "ée", "és", "ées")):
        return
    tv = tokens_of(t.doc)
    end = min(t.i + 9, t.sent.end - 2)
    k = t.i + 1
    while k < end and tv[k].lower_ != "par":
        w = tv[k]
        if not (w.lower_ in _WHEN_WHERE or w.pos_ == "NUM" or w.like_num
                or (w.pos_ == "PROPN" and _place_or_none(index, k))):
            return   # (anything else: another phrase, another clause)
        k += 1
    if k >= end or k == t.i + 1:
        return   # (no "par", or "par" right after the participle: the parse reads it)
    first = _first_name_after(t, index, k)
    if first is None or index.type_of(first[0]) not in ("PER", "ORG"):
        return
    out.put("agent", [x for x in _line(t, index, first) if index.type_of(x[0]) in ("PER", "ORG")])
    for slot in ("pass", "obj"):   # (what a participle's "par" introduces is no founded company: "par A et B")
        out.keep(slot, lambda x: x[1] < k)


CONTEST_NOUNS = frozenset({"candidat", "candidate", "candidats", "candidates", "lice"})
_TO_WORDS = frozenset({"à", "au", "aux"})


def _faced_after(t, index: EntityIndex) -> list[tuple[str, int]]:
    """The names after the first "face à" that follows ``t`` in its sentence and hangs under ``t`` or under the
    word ``t`` hangs on (a relative clause may come between: "candidats à Z, que W veut vendre, face à Y")."""
    tv = tokens_of(t.doc)
    end = min(t.i + 30, t.sent.end - 2)
    for k in range(t.i + 1, end):
        if tv[k].lower_ in (";", ".") or tv[k].text == "\n":
            return []
        if tv[k].lower_ == "face" and tv[k + 1].lower_ in _TO_WORDS:
            gov = t.doc[k].head.head   # ("face" is the case of the rival's noun: the phrase hangs on gov)
            if gov.dep_ in ("ccomp", "acl:relcl") and gov.pos_ == "VERB" and gov.i < k:
                gov = gov.head   # (the phrase set after a clause that ends the contest's noun phrase)
            if gov.i not in (t.i, t.head.i):
                return []   # (another verb's phrase: "X est candidat … et reste ferme face à Y")
            first = _first_name_after(t, index, k + 1)   # (past "à", "au", "aux")
            if first is None:
                return []
            names = _line(t, index, first)
            j = max(i for _, i in names) + 1
            while j < t.sent.end - 1 and index.entity_at(j) == index.entity_at(j - 1) is not None:
                j += 1
            if j + 1 < t.sent.end and tv[j].lower_ == "et" and tv[j + 1].lower_ in _TO_WORDS:
                more = _first_name_after(t, index, j + 1)
                if more is not None:   # ("face à A et à B")
                    names += [x for x in _line(t, index, more) if x not in names]
            return names
    return []


@acts_on(lambda w: not w.verbal and w.lower in CONTEST_NOUNS)
def faced_in_contest(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """Slots "contest_side" and "contest_rival" of a candidate (or one "en lice") facing a rival."""
    if verbal or t.lower_ not in CONTEST_NOUNS or not out.wants("contest_side", "contest_rival"):
        return
    if t.lower_ == "lice" and not (t.i > 0 and t.doc[t.i - 1].lower_ == "en"):
        return
    rivals = _faced_after(t, index)
    if not rivals:
        return
    if t.lower_ != "lice" and out.get("head"):   # "X, candidat malheureux … face à Y"
        side = list(out["head"])
    elif t.lower_ != "lice" and t.dep_ == "appos":
        side = entities_at(t.head, index)
    elif t.head.pos_ in ("VERB", "AUX") and t.head.i < t.i:   # "X reste en lice face à Y", "X figure parmi les candidats"
        side = _subject_of(t.head, index)
    else:
        return
    side = [x for x in side if x not in rivals]
    if side:
        out.put("contest_side", side)
        out.put("contest_rival", rivals)


COUNTERPART_WORDS = frozenset({"homologue", "homologues"})
_HEAD_TITLES = frozenset({"pdg", "p.-d.g.", "patron", "patronne", "président", "présidente", "ceo", "dirigeant",
                          "dirigeante"})
_GENERAL_HEADS = frozenset({"directeur", "directrice"})
# the words after a title that make it a department's or a deputy's: their counterpart is no head either
_NOT_HEAD_NEXT = frozenset({"financier", "financière", "adjoint", "adjointe", "commercial", "commerciale", "technique",
                            "juridique", "délégué", "déléguée", "de"})


def _head_title_before(t, span: int = 45) -> bool:
    """Whether a company head's title ("le PDG", "le président exécutif", "la directrice générale") comes in the
    ``span`` words before ``t``: the one ``t`` is the counterpart of."""
    tv = tokens_of(t.doc)
    for k in range(max(0, t.i - span), t.i):
        low, nxt = tv[k].lower_, (tv[k + 1].lower_ if k + 1 < len(tv) else "")
        if low in _HEAD_TITLES and nxt not in _NOT_HEAD_NEXT:
            return True
        if low in _GENERAL_HEADS and nxt in ("général", "générale"):
            return True
    return False


@acts_on(lambda w: not w.verbal and w.lower in COUNTERPART_WORDS)
def counterpart_of_head(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """Slot "counterpart_of": the company of "son homologue de Y" when the counterpart is a company's head."""
    if verbal or t.lower_ not in COUNTERPART_WORDS or not out.wants("counterpart_of"):
        return
    orgs = [x for x in out.get("prep:de", ()) if index.type_of(x[0]) == "ORG"]
    if orgs and _head_title_before(t):
        out.put("counterpart_of", orgs)


# The readers of this module, in core.slots' order, each called only on the words it declares.
RECALL22_READERS = Readers(co_holders, founders_after_place, faced_in_contest, counterpart_of_head)
