"""(s30-stakes30) A shareholder told by an apposition, read along the words (the parser often breaks these
phrases: "X, actionnaire principal avec 49 %" comes out with the share as the sentence's root):

- "X, actionnaire principal avec 49 %", "…, a indiqué X, premier actionnaire public avec 25 %", "le fonds X,
  actionnaire minoritaire, …", "A et B, les deux actionnaires historiques, …": the name (or the names listed)
  right before ", [le/son/l'ancien …] actionnaire(s) […]" hold a stake (slot "apposed_holder");
- the company held is the one named right after the noun ("actionnaire de référence de Y"), else, with no
  company named (a share, "du capital", nothing), the article's company or the one whose capital the text spoke
  of last (slot "apposed_held").
"""
from __future__ import annotations

from ...mentions.entities import EntityIndex
from ...nlp.docview import tokens_of
from ..arguments import lemma_of
from .found import Found
from .gate import Readers, acts_on
from .protag29 import _REGULATOR_FIRST, _REGULATOR_INNER

_SHAREHOLDER = frozenset({"actionnaire", "actionnaires"})
# the words that may stand between the comma and the noun ("l'ancien", "son premier", "le principal", "déjà")
_BEFORE_NOUN = frozenset({"le", "la", "l'", "l’", "les", "son", "sa", "ses", "leur", "leurs", "notre", "nos",
                          "un", "une", "des", "deux", "trois", "premier", "première", "principal", "principale",
                          "principaux", "second", "seconde", "deuxième", "troisième", "quatrième", "nouvel",
                          "nouveau", "nouvelle", "nouveaux", "ancien", "ancienne", "anciens", "ex", "ex-", "grand",
                          "gros", "plus", "important", "déjà", "désormais", "toujours", "aujourd'hui", "encore",
                          "historique", "historiques", "autre", "autres", "seul", "unique", "co", "-", "actuel",
                          "actuelle"})
_OF = frozenset({"de", "d'", "d’", "du", "des"})
_IN = _OF | {"dans"}
# what a shareholder of no company named may be followed by: a share, a date, a comma, a verb
_HOLDER_TYPES = ("ORG", "GOV", "PER")


def _names_before(tv, index: EntityIndex, comma: int, plural: bool) -> list[tuple[str, int]]:
    """The name ending right before the comma ("le fonds X, actionnaire …"), and for a plural noun the names
    listed with it ("A, B et C, actionnaires …")."""
    got: list[tuple[str, int]] = []
    k = comma - 1
    while k >= 0:
        name = index.entity_at(k)
        if name is None or index.kinds.get(k) != "name" or index.type_of(name) not in _HOLDER_TYPES:
            break
        start = k
        while start - 1 >= 0 and index.entity_at(start - 1) == name:
            start -= 1
        got.append((name, start))
        if not plural:
            break
        j = start - 1   # ("le fonds A et la banque B, actionnaires …": a descriptor before the name)
        while j > start - 4 and j >= 0 and index.entity_at(j) is None and tv[j].is_lower \
                and tv[j].pos_ in ("DET", "NOUN", "ADJ") and tv[j].lower_ not in ("et",):
            j -= 1
        if j < 1 or tv[j].lower_ not in ("et", ","):
            break
        k = j - 1
    return got


def _held_after(tv, index: EntityIndex, t, end: int) -> tuple[str, int] | None | bool:
    """The company named right after the noun and its adjectives ("actionnaire majoritaire de Y"); False when
    something other than a company follows as the noun's complement (a person's, a place's name)."""
    k = t.i + 1
    while k < end:
        if tv[k].pos_ == "ADJ" and tv[k].is_lower:
            k += 1
        elif tv[k].lower_ == "de" and k + 1 < end and tv[k + 1].lower_ in ("référence", "contrôle"):
            k += 2   # ("actionnaire de référence de Y")
        else:
            break
    if k < end and tv[k].lower_ in _OF:
        for j in range(k + 1, min(k + 4, end)):
            if tv[j].text in (",", ";", ".", "(", ")"):
                break
            name = index.entity_at(j)
            if name is not None and index.kinds.get(j) == "name":
                return (name, j) if index.type_of(name) == "ORG" else False
    return None


def _regulator(name: str) -> bool:
    """Whether a name is a regulator's ("Autorité de …", "Direction du contrôle de …"): an article about one has
    it as its main organisation, but it holds no one's capital."""
    words = name.lower().replace("'", " ").split()
    return bool(words) and (words[0] in _REGULATOR_FIRST or not _REGULATOR_INNER.isdisjoint(words))


@acts_on(lambda w: w.lower in _SHAREHOLDER)
def apposed_shareholder(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """Slots "apposed_holder", "apposed_held": "X, actionnaire principal avec 49 %" (module doc)."""
    if t.lower_ not in _SHAREHOLDER or out.get("apposed_holder"):
        return
    tv = tokens_of(t.doc)
    s0, s1 = t.sent.start, t.sent.end
    k = t.i - 1
    while k > s0 and k > t.i - 5 and tv[k].lower_ in _BEFORE_NOUN:
        k -= 1
    if k <= s0 or tv[k].text != ",":
        return
    holders = _names_before(tv, index, k, t.lower_ == "actionnaires")
    if not holders:
        return
    held = _held_after(tv, index, t, s1)
    if held is False:
        return
    if held is None:
        company = index.topic or index.focus
        if not company or index.type_of(company) != "ORG" or _regulator(company):
            return
        held = (company, -1)
    holders = [h for h in holders if h[0] != held[0]]
    if holders:
        out.put("apposed_holder", holders)
        out.put("apposed_held", [held])


_STAKE_NOUNS = frozenset({"part", "parts", "participation", "participations", "actions", "titres"})
_TAKING_VERBS = frozenset({"reprendre", "racheter", "acquérir", "récupérer", "rafler", "acheter", "recueillir"})


@acts_on(lambda w: w.lower in _STAKE_NOUNS and w.dep == "obj")
def stake_taken_over(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """Slot "sold_holder": "X a repris les parts de Z dans Y", "X a racheté la participation de Z dans Y": the
    one whose stake is taken held it before (owns.stake_sold, former), it holds it no more (its "de" phrase is
    no longer read as the holder of a current stake)."""
    if t.lower_ not in _STAKE_NOUNS or t.dep_ != "obj" or not out.get("prep:de"):
        return
    verb = t.head
    if verb.lemma_.lower() not in _TAKING_VERBS and lemma_of(verb) not in _TAKING_VERBS:
        return
    held = {x[0] for s in ("prep:dans", "prep:capital") for x in out.get(s, ()) if isinstance(x, tuple)}
    holders = [x for x in out["prep:de"] if isinstance(x, tuple) and x[0] not in held]
    if not held or not holders or len(holders) != len(out["prep:de"]):
        return
    out.put("sold_holder", holders)
    del out["prep:de"]


STAKES30_READERS = Readers(apposed_shareholder, stake_taken_over)


def stake_told(sent, index: EntityIndex) -> str | None:
    """The company a sentence tells a share in, named within a few words after the share ("les 10 % qu'il
    détient dans Y", "61 % de Y", "12 % du capital de Y"): the company whose capital the sentences after may
    speak of without naming it (relations._update_focus). (Not a name further on: "X, actionnaire avec 49 %
    depuis qu'il a repris les parts de Z" tells no share in Z.)"""
    tv = tokens_of(sent.doc)
    got = set()
    for m in range(sent.start, sent.end):
        if tv[m].text != "%":
            continue
        for k in range(m + 1, min(m + 8, sent.end)):
            if tv[k].text in (",", ";", ":", ".", "(", ")", "%"):
                break
            name = index.entity_at(k)
            if name is None or index.kinds.get(k) != "name":
                continue
            if index.type_of(name) == "ORG" and tv[k - 1].lower_ in _IN and not _regulator(name):
                got.add(name)
            break
    return next(iter(got)) if len(got) == 1 else None
