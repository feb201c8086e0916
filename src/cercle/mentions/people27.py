"""(s27-people27) Mention passes for a body's name the NER cut before the place it belongs to: "la Sica de
Saint-Malo", "l'Ucoopa du Morbihan" (a local cooperative, chamber or branch named by a short word, then "de"
and its town)."""
from __future__ import annotations

from .index import _Span, top
from .demonyms import place_of_town, region_names
from .lexicon import fold
from .typing_cues import first_names
from ..nlp.docview import tokens_of

_DEFINITE = frozenset({"la", "le", "l'", "l’"})
_OF = frozenset({"de", "du", "d'", "d’"})


def bodies_named_with_their_place(doc, spans: list[_Span]) -> None:
    """"la Sica de Saint-Malo": a one-word name after a definite article ("la", "le": French gives an article
    to a body's short name, not to a company's brand), right before "de" and a place the NER found apart, is
    one name with its place (the body of that town). Not a country or a region ("la Chine de Pékin" is no
    body), not a person's place ("le Lyonnais de Paul X"), and not when the text names the body elsewhere
    without the place (then the place only says where it stands: "la BCE de Francfort … la BCE")."""
    tv = tokens_of(doc)
    n = len(doc)
    by_start = {s.start: s for s in spans}
    alone = None
    dropped = []
    for sp in spans:
        k = sp.end
        if sp.end - sp.start != 1 or sp.start < 1 or k + 1 >= n or sp in dropped or sp.fixed_name \
                or tv[k].lower_ not in _OF or tv[sp.start - 1].lower_ not in _DEFINITE:
            continue
        first = tv[sp.start]
        if not first.text[:1].isupper() or not first.is_alpha or top(sp.votes) == "PER" \
                or first.text in first_names() or place_of_town(first.text) or fold(first.text) in region_names():
            continue
        nxt = by_start.get(k + 1)
        if nxt is None or nxt in dropped or nxt.fixed_name or top(nxt.votes) != "LOC" \
                or tv[k + 1].text in first_names() or "\n" in doc[sp.start:nxt.end].text:
            continue
        if alone is None:
            alone = {}
            for s in spans:
                alone[s.text] = alone.get(s.text, 0) + 1
        if alone.get(sp.text, 0) > 1:
            continue
        sp.end = nxt.end
        sp.text = doc[sp.start:nxt.end].text
        if top(sp.votes) in (None, "LOC", "PER", "MISC"):
            sp.votes["ORG"] += 3   # (a body; a kind the short name was typed by stays: "la CPAM de X", public)
        dropped.append(nxt)
    if dropped:
        spans[:] = [s for s in spans if not any(s is d for d in dropped)]
