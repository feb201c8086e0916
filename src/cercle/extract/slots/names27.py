"""(s27-names27) A possessive after "Y, la maison mère de X, …" is Y's, not X's.

"Y, la maison mère de X contrôlée par M, a annoncé la cession de sa filiale Z": the sentence opens on an
organisation's name set off by an apposition (a determiner, a noun, its "de" phrase, up to the closing
comma); the possessive after that comma is the subject's (Y), never a name inside the apposition (X), which
only describes Y. The parser often makes the apposition's noun the verb's subject, so this is read along the
line: the nearest name before the possessive (index.antecedent) would otherwise be X. Names the apposition
holds are added to the names a possessive may not point at (titles.title_parties' ``taken``, with the
agents of an aside, readers.aside_agents)."""
from __future__ import annotations

from ...mentions.entities import EntityIndex
from ...nlp.docview import tokens_of

_APPOSITION_DETS = frozenset({"la", "le", "l'", "l’", "un", "une", "sa", "son"})


def apposition_names(t, index: EntityIndex) -> set[str]:
    """Names inside the apposition of an organisation named at the opening of t's sentence, when the
    apposition closes (comma) before t."""
    tv = tokens_of(t.doc)
    s = t.sent.start
    k = s
    if index.kinds.get(k) != "name":
        # ("Le groupe Y, la maison mère de X, …": a determiner and a noun before the name)
        while k < min(s + 3, t.i) and index.kinds.get(k) != "name" and tv[k].is_lower:
            k += 1
        if index.kinds.get(k) != "name":
            return set()
    opener = index.entity_at(k)
    if opener is None or index.type_of(opener) not in ("ORG", "GOV"):
        return set()
    while k < t.i and index.entity_at(k) == opener and index.kinds.get(k) == "name":
        k += 1
    if k + 2 >= t.i or tv[k].text != "," or tv[k + 1].lower_ not in _APPOSITION_DETS:
        return set()
    close = next((j for j in range(k + 2, min(k + 20, t.i)) if tv[j].text in (",", ";", ":", "(", ")", "—")), None)
    if close is None or tv[close].text != ",":
        return set()
    return {index.entity_at(j) for j in range(k + 2, close)
            if index.kinds.get(j) == "name" and index.entity_at(j) not in (None, opener)}
