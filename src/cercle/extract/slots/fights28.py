"""(s28-fights28) Conflict and legal gaps of French, read as mechanisms:

- a court's sentence told in the passive: "Y, condamné le 3 mars par le tribunal correctionnel de X à deux ans de
  prison", "Y a été condamné par le tribunal à 2 millions d'euros d'amende": the one sentenced is the passive's
  subject (slot "pass"), a sanction (slot "sentenced" of sues.sentenced, OPPOSES role sanctions), not words of
  blame (accuses.verb read "condamner" as "blâmer"); a court as the one who condemns is a sentence even with no
  penalty phrase (read28 ho-816, ho-819: plain sentences reproduce).
"""
from __future__ import annotations

from ...mentions.entities import EntityIndex
from ..arguments import lemma_of
from .found import Found
from .gate import Readers, acts_on
from .feuds import _sentence_phrase

# the first words of a court's name (a court condemns: a sentence, never words of blame)
_COURT_FIRST = ("tribunal", "cour ", "cour d", "juge", "chambre")


def _is_court(name: str | None) -> bool:
    return bool(name) and name.lower().startswith(_COURT_FIRST)


@acts_on(lambda w: w.verbal and w.lemma == "condamner")
def sentenced_in_passive(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"Y (a été) condamné par le tribunal X à deux ans de prison": Y is sentenced (slot "sentenced")."""
    if not verbal or lemma_of(t) != "condamner" or out.get("sentenced") or out.get("claimant"):
        return
    who = out.get("pass") or out.get("obj")
    if not who and t.dep_ in ("acl", "advcl", "dep") and "Part" in t.morph.get("VerbForm") and t.i >= 2 \
            and t.doc[t.i - 1].text == ",":
        # ("C'est là que Y, condamnée par le tribunal X …, joue son avenir": the parser hung the participle
        # elsewhere; the name right before its comma is who it tells of)
        name = index.entity_at(t.i - 2)
        if name is not None and index.kinds.get(t.i - 2) == "name":
            who = [(name, t.i - 2)]
    if not who:
        return
    by = [n for slot in ("agent", "subj") for n, _ in out.get(slot, ())]
    if not by:
        return
    if not (_sentence_phrase(t) or any(_is_court(n) for n in by)):
        return
    out["sentenced"] = who
    out.pop("pass", None)
    out.pop("obj", None)
    out["_no_linear"] = []


FIGHTS28_READERS = Readers(sentenced_in_passive)
