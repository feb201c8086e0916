"""(s27-people27) "X a été nommé à la tête de Y. Son prédécesseur, Z, avait été écarté": the predecessor held the
post the person just appointed takes (succession.py's "Elle succède à Z" told by a possessive noun). The
possessive's owner is the one person whose post the sentence, or the one before it, tells as taken (_TAKEN:
"nommé", "prend la tête", "devient"…); Z, the person named right after the noun, held that post, with status
"former"."""
from __future__ import annotations

from ..nlp.docview import tokens_of
from ..records import Relation
from .lexicon import doc_text, lowered
from .succession import _POST_TYPES, _TAKEN, _give_post

_PREDECESSOR_NOUNS = frozenset({"prédécesseur", "prédécesseure", "prédecesseur"})
_POSSESSIVES = frozenset({"son", "sa"})


def _named_after(tv, i: int, index) -> str | None:
    """The person named right after the noun at ``i`` (a comma between them allowed)."""
    k = i + 1
    if k < len(tv) and tv[k].text == ",":
        k += 1
    name = index.entity_at(k) if k < len(tv) and index.kinds.get(k) == "name" else None
    return name if name is not None and index.type_of(name) == "PER" else None


def possessive_predecessors(doc, index, found: list[Relation]) -> list[Relation]:
    """"Son prédécesseur, Z": Z held the post the person appointed just before takes."""
    low = lowered(doc_text(doc))
    if low is not None and "prédécesseur" not in low:
        return []
    tv = tokens_of(doc)
    sents = list(doc.sents)
    have = {(r.type, r.subject, r.object) for r in found}
    out: list[Relation] = []
    for n, sent in enumerate(sents):
        for t in sent:
            if t.lower_ not in _PREDECESSOR_NOUNS or t.i < 1 or tv[t.i - 1].lower_ not in _POSSESSIVES:
                continue
            predecessor = _named_after(tv, t.i, index)
            if predecessor is None:
                continue
            lo = sents[max(0, n - 1)].start_char
            # the people whose post was told as taken, in the sentence before or in this one before the noun
            takers = {r.subject for r in found if r.type in _POST_TYPES and not r.negated and r.status != "former"
                      and lo <= r.start < t.idx and index.type_of(r.subject) == "PER"
                      and r.subject != predecessor and _TAKEN.search(r.evidence.lower())}
            if len(takers) != 1:
                _held_post(tv, t, index, predecessor, sent, found, have, out)
                continue
            _give_post(next(iter(takers)), predecessor, sents, n, found, have, out)
    return out


def _held_post(tv, t, index, predecessor: str, sent, found, have: set, out: list) -> None:
    """(s30-coref30) "X a hérité en avril de la direction de Y. … Son prédécesseur, Z, resté dix ans aux
    commandes": when no post was told as taken near the noun, the possessive's owner (the person it points back
    to, else the person the article speaks of most) leads one organisation only in the text, told as taken further
    back; Z led it before."""
    got = index.antecedent(t.i - 1, types=("PER",), strict=True)
    owner = got[0] if got else index.main_person()
    if owner is None or owner == predecessor:
        return
    leads = [r for r in found if r.subject == owner and r.type == "LEADS" and not r.negated
             and r.status != "former" and index.type_of(r.object) in ("ORG", "GOV")]
    # (a post told as taken, wherever in the text: "X est directeur de Y depuis 2010. Son prédécesseur, Z, vit à
    # Lyon" says not that Z held it)
    if not any(_TAKEN.search(r.evidence.lower()) or "hérit" in r.evidence.lower() for r in leads):
        return
    posts = {r.object for r in leads}
    if len(posts) != 1:
        return
    org = next(iter(posts))
    if ("LEADS", predecessor, org) in have or predecessor == org:
        return
    have.add(("LEADS", predecessor, org))
    out.append(Relation(type="LEADS", subject=predecessor, object=org, evidence=sent.text,
                        start=sent.start_char, end=sent.end_char, status="former", confidence=0.55,
                        rule="succession.predecessor"))
