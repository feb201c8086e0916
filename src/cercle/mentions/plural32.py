"""(s32-plural32) "Les deux hommes" after a possessive pairing: when the text has not named two persons together,
the pair it means may be the owner of a possessive and the one person named in that possessive's phrase, in the
sentence just before (or earlier in the same sentence):

    "Son tandem avec A fait figure de pilier. Les deux hommes …", "Elle a choisi sa cadette, B, pour lui succéder.
    Les deux femmes …", "X a longtemps travaillé avec son associé C. Les deux hommes …".

Only for a pair of persons; the owner is the possessive's antecedent (EntityIndex.antecedent), the named one is
the only person named in the sentence apart from the owner, and neither's known gender may contradict the noun's
("les deux hommes", "les deux femmes"). Called by coref._link_pair when its own search found no pair.
"""
from __future__ import annotations

_POSSESSIVES = frozenset({"son", "sa", "ses"})


_BETWEEN = frozenset({",", "avec", "de", "d'", "d’", "-", "–"})


def _named_after(doc, noun, index) -> list[str]:
    """The person named right after a possessive's noun, read as a line (the parser hangs it anywhere): "son
    tandem avec A", "sa cadette, B", "son associé C", "son ancien bras droit, D"; [] for none."""
    j, end = noun.i + 1, min(noun.i + 5, len(doc))
    while j < end and j not in index.by_token and (doc[j].lower_ in _BETWEEN or doc[j].pos_ == "ADJ"):
        j += 1
    name = index.by_token.get(j) if j < end else None
    if name and index.kinds.get(j) == "name" and index.entities[name].type == "PER":
        return [name]
    return []


def possessive_pair(doc, tok, index, sent_of, want: str, n: int, gender: str | None, said_gender) -> list[str] | None:
    """The two persons "les deux …" at ``tok`` stands for (see the module's head), or None."""
    if n != 2 or want not in ("PER", "ANY"):
        return None
    s = sent_of.get(tok.i)
    if s is None:
        return None
    for back in (s, s - 1):
        toks = [t for t in doc if sent_of.get(t.i) == back and t.i < tok.i] if back == s else \
            [t for t in doc[max(0, tok.i - 80):tok.i] if sent_of.get(t.i) == back]
        persons = list(dict.fromkeys(index.by_token[t.i] for t in toks if t.i in index.by_token
                                     and index.kinds.get(t.i) == "name"
                                     and index.entities[index.by_token[t.i]].type == "PER"))
        if back == s and persons:
            return None   # (a person named in its own sentence: coref's search is the authority)
        poss = [t for t in toks if t.lower_ in _POSSESSIVES and t.dep_ == "det"]
        if len(persons) > 2 or not poss:
            continue
        for p in poss:
            inside = _named_after(doc, p.head, index)
            if not inside:
                continue
            owner = index.antecedent(p.i, exclude={inside[0]}, types=("PER",))
            if not owner or owner[0] == inside[0] or [x for x in persons if x not in (owner[0], inside[0])]:
                continue
            pair = [owner[0], inside[0]]
            if gender and any(said_gender(index, x, doc) not in (None, gender) for x in pair):
                return None
            return pair
        return None
    return None
