"""(s20-gapC3) Conflict constructions the other readers miss, read only from a few trigger words:

- a feud told after a fronted "entre" phrase behind a headline's kicker: "Retraites : entre A et B, le dialogue
  rompu" (slot "between_fronted", as bonds.py _fronted_between fills it after a sentence's opening words);
- a broken dialogue: "Entre A et B, le dialogue est rompu", "le dialogue est rompu entre A et B" (the same slot,
  only when a word of breaking follows "dialogue": "le dialogue entre A et B" alone is no feud);
- a second titled name coordinated after a first: "des sanctions au ministre de la Défense, A, et au chef
  d'état-major, B", "une plainte contre le président de Y, A, et son directeur financier, B": the parse hangs B on
  the second title, itself a conjunct of A, and every slot lost B (only for the triggers of conflict rules);
- a label pinned on someone: "X a qualifié Y d'« erreur historique »", "X qualifie Y de traître" (slot
  "labelled": the verb's named object, only when a "de" phrase follows it; "qualifier Y pour la finale" is sport).
"""
from __future__ import annotations

from ...mentions.entities import EntityIndex
from ...nlp.docview import tokens_of
from functools import lru_cache

from ..arguments import PERSON_TITLES, entities_at, extend_list
from .bonds import _fronted_between, words as bond_words
from .found import Found
from .gate import acts_on

# The nouns a fronted "entre" phrase may name the parties of (as bonds.yaml between_nouns, with "dialogue").
_FEUD_NOUNS = frozenset({"rivalité", "conflit", "guerre", "bataille", "duel", "querelle", "différend", "brouille",
                         "rupture", "tension", "tensions", "hostilité", "inimitié", "animosité", "désaccord",
                         "divorce", "contentieux", "antagonisme", "dialogue"})
# Words that, within three words after "dialogue", say it is broken ("le dialogue (est / a été) rompu").
_BROKEN = frozenset({"rompu", "coupé", "interrompu", "gelé", "bloqué", "impossible"})


def feud_between(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    if verbal or t.lower_ not in _FEUD_NOUNS or t.pos_ != "NOUN" or not out.wants("between_fronted"):
        return
    if t.lower_ == "dialogue":
        if not _broken(t):
            return
        if "between_fronted" not in out:
            _fronted_between(t, index, out, bond_words())
        if "between_fronted" not in out:
            _between_after(t, index, out)   # "le dialogue est rompu entre A et B"
    if "between_fronted" not in out:
        _after_kicker(t, index, out)


def _between_after(t, index: EntityIndex, out: Found) -> None:
    """"le dialogue est rompu entre A et B": the "entre" phrase, on the noun or on the word of breaking."""
    tv = tokens_of(t.doc)
    for k in range(t.i + 1, min(t.i + 4, len(tv))):
        if tv[k].lower_ in _BROKEN:
            for x in (t, tv[k]):
                for c in x.children:
                    if c.i > t.i and any(g.dep_ == "case" and g.lower_ == "entre" for g in c.children):
                        names = extend_list(t.doc, index, entities_at(c, index))
                        if len({n for n, _ in names}) >= 2:
                            out.put("between_fronted", names)
                            return
            return


def _broken(t) -> bool:
    tv = tokens_of(t.doc)
    return any(tv[k].lower_ in _BROKEN for k in range(t.i + 1, min(t.i + 4, len(tv))))


def _after_kicker(t, index: EntityIndex, out: Found) -> None:
    """"Retraites : entre A et B, le dialogue rompu": a headline opening on one word and a colon, then the
    "entre" phrase and a comma right before the trigger's noun phrase."""
    tv, s = tokens_of(t.doc), index.sent_of.get(t.i)
    start = t.i
    while start > 0 and index.sent_of.get(start - 1) == s:
        start -= 1
    k = start + 2
    if k + 2 >= t.i or tv[start + 1].text != ":" or not tv[start].text[:1].isupper() or tv[k].lower_ != "entre":
        return
    j = t.i - 1
    while j > k and tv[j].pos_ in ("DET", "ADJ", "NUM"):
        j -= 1
    if tv[j].text != ",":
        return
    phrase = tv[k].head
    if not k < phrase.i < j:
        return
    names = extend_list(t.doc, index, entities_at(phrase, index))
    if len({n for n, _ in names}) >= 2:
        out.put("between_fronted", names)


_CONFLICT_TYPES = ("OPPOSES", "ACCUSES", "SUES")
# Words that stand for a title in the second member: "et celui de Y, B"
_TITLE_STAND_INS = frozenset({"celui", "celle", "adjoint", "adjointe", "numéro", "bras"})


@lru_cache(maxsize=1)
def _conflict_words() -> frozenset[str]:
    """The first words of the conflict rules' triggers (read once from the rules)."""
    from ..relations import load_rules
    return frozenset(w for (w, _pos), rules in load_rules().items() if any(r.type in _CONFLICT_TYPES for r in rules))


@acts_on(lambda w: True)
def conflict_parties(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    feud_between(t, index, out, verbal)
    if verbal and t.lemma_ == "qualifier":
        _labelled(t, index, out)
    if (t.lemma_.lower() in _conflict_words() or t.lower_ in _conflict_words()) and out:
        _second_titled(t, index, out)


def _second_titled(t, index: EntityIndex, out: Found) -> None:
    """"au ministre de la Défense, A, et au chef d'état-major, B": B joins every slot that holds A alone."""
    for slot, got in list(out.items()):
        if slot.startswith("_") or len(got) != 1:
            continue
        second = _titled_after(t, index, *got[0])
        if second is not None and second[0] != got[0][0]:
            out[slot] = got + [second]


def _titled_after(t, index: EntityIndex, name: str, at: int):
    """The person named after ", et <title …>," right after ``name``, itself set off by commas after its own
    title; None if the words do not run so."""
    tv, n = tokens_of(t.doc), len(t.doc)
    if index.type_of(name) != "PER":
        return None
    b = e = at
    while b > 0 and index.entity_at(b - 1) == name:
        b -= 1
    while e + 1 < n and index.entity_at(e + 1) == name:
        e += 1
    if b < 2 or tv[b - 1].text != "," or e + 4 >= n or tv[e + 1].text != "," or tv[e + 2].lower_ != "et":
        return None
    titled = False
    k = e + 3
    while k < n and k - e < 16 and tv[k].text != ",":
        if tv[k].pos_ in ("VERB", "AUX") or tv[k].text in (".", ";", ":") \
                or index.entity_at(k) is not None and index.type_of(index.entity_at(k)) == "PER":
            return None
        titled = titled or tv[k].lower_ in PERSON_TITLES or tv[k].lower_ in _TITLE_STAND_INS
        k += 1
    if not titled or k + 1 >= n or tv[k].text != ",":
        return None
    second = index.entity_at(k + 1)
    if second is None or index.kinds.get(k + 1) != "name" or index.type_of(second) != "PER":
        return None
    return second, k + 1


_DE = frozenset({"de", "d'", "d’", "d"})


def _labelled(t, index: EntityIndex, out: Found) -> None:
    """"X a qualifié Y d'« erreur historique »": the named object, when "de" (and a label) follows its name."""
    if not out.wants("labelled"):
        return
    tv, n = tokens_of(t.doc), len(t.doc)
    for name, at in out.get("obj", ()):
        e = at
        while e + 1 < n and index.entity_at(e + 1) == name:
            e += 1
        if e + 2 < n and tv[e + 1].lower_ in _DE and at > t.i:
            out.put("labelled", [(name, at)])
            return
