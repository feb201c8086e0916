"""(s25-recall25b) Single constructions of general French the plain sentence failed on.

- "A et B ont créé une coentreprise, Z, près de …": the venture's name set off by a comma after the verb's
  object noun is what was founded (slot "obj"); the parser hangs the name on the verb as a loose "dep", so
  the object slot held only the bare noun "coentreprise" and founded.by_company found nothing.
- "Y, filiale du géant des logiciels X": the parent named after its trade noun and the trade's complement; the
  parser hangs X on Y (a loose "nmod"), so the subsidiary noun's "de" held only the bare "géant" (slot
  "prep:de2", owns.subsidiary_of_trade's).
"""
from __future__ import annotations

from ...mentions.entities import EntityIndex
from .found import Found
from .gate import Readers, acts_on

# the founding verbs of founded.by_company / founded.verb
_FOUNDING_VERBS = frozenset({"créer", "fonder", "cofonder", "co-fonder", "lancer"})
# nouns of a company set up by others together: its name may follow after a comma ("une coentreprise, Z")
_VENTURE_NOUNS = frozenset({"coentreprise", "co-entreprise", "joint-venture", "filiale"})


@acts_on(lambda w: w.verbal and (w.lemma in _FOUNDING_VERBS or w.lem in _FOUNDING_VERBS))
def venture_named_after_comma(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"A et B ont créé une coentreprise, Z, …": Z (slot "obj")."""
    if not verbal or out.get("obj") or not out.wants("obj"):
        return
    tv = t.doc
    for c in t.children:
        if c.dep_ != "obj" or c.lower_ not in _VENTURE_NOUNS or index.entity_at(c.i) is not None:
            continue
        if not any(d.dep_ == "det" and d.lower_ in ("une", "la", "leur", "sa") for d in c.children):
            return
        end = c.right_edge.i + 1
        k = end + 1
        if k >= len(tv) or tv[end].text != "," or index.kinds.get(k) != "name":
            return
        name = index.entity_at(k)
        if name is None or index.type_of(name) != "ORG":
            return
        last = k
        while last + 1 < len(tv) and index.entity_at(last + 1) == name:
            last += 1
        # the name is an apposition closed by a comma or the sentence's end ("…, Z, près de Lyon"), not the
        # start of the next clause ("…une coentreprise, Z en détient 51 %")
        if last + 1 < len(tv) and tv[last + 1].text not in (",", ".", ";", "(", ":"):
            return
        out.put("obj", [(name, k)])
        return


_SUBSIDIARY_NOUNS = frozenset({"filiale", "filiales"})
# nouns that present a company by its rank or trade before its name ("le géant des logiciels X")
_TRADE_HEADS = frozenset({"géant", "leader", "spécialiste", "champion", "numéro", "mastodonte", "groupe", "roi",
                          "constructeur", "fabricant", "éditeur", "opérateur", "poids"})
_TRADE_LINKS = frozenset({"de", "des", "du", "d'", "d’", "la", "l'", "l’"})


@acts_on(lambda w: not w.verbal and w.lower in _SUBSIDIARY_NOUNS)
def parent_after_trade(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"Y, filiale du géant des logiciels X": X (slot "prep:de2")."""
    if verbal or t.lower_ not in _SUBSIDIARY_NOUNS or out.get("prep:de") or out.get("prep:de2") \
            or not out.wants("prep:de2"):
        return
    tv = t.doc
    for c in t.children:
        if c.dep_ != "nmod" or c.lower_ not in _TRADE_HEADS or index.entity_at(c.i) is not None \
                or not any(k.dep_ == "case" and k.lower_ in ("du", "de", "d'", "d’") for k in c.children):
            continue
        # past "des/du/de la" and the trade's words in lower case, the first name (no comma, no verb between)
        k, end, nouns = c.i + 1, min(c.i + 7, len(tv)), 0
        while k < end and index.kinds.get(k) != "name" and tv[k].is_lower and (
                tv[k].lower_ in _TRADE_LINKS or tv[k].pos_ in ("NOUN", "ADJ")):
            nouns += tv[k].pos_ == "NOUN"
            k += 1
        if k >= end or not nouns or index.kinds.get(k) != "name":
            return
        name = index.entity_at(k)
        if name is None or index.type_of(name) != "ORG":
            return
        out.put("prep:de2", [(name, k)])
        return


RECALL25B_READERS = Readers(venture_named_after_comma, parent_after_trade)
