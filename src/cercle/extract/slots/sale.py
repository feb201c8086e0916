"""The company for sale that an offer with no target of its own is made for.

"Le club est à vendre. … L'offre de dernière minute de X a été écartée.", "Son offre concurrente a
été écartée par les juges": press names the company for sale once ("la vente de Y", "le rachat de Y",
"une OPA sur Y") and then speaks of the offers alone. The rule bids.noun reads this slot last, after
every phrase of the offer's own ("sur Y", "pour Y", "visant Y").

Written by hand: the target and the offer are in different sentences, tied by the story alone, which no
dependency pattern sees; what decides is the last company put up for sale before the offer (in its
paragraph or the one before, when the story puts several up for sale).
"""
from __future__ import annotations

from ...mentions.entities import EntityIndex
from ...mentions.index import OFFER_NOUNS
from ...mentions.wordpos import tokens_at
from ...nlp.docview import tokens_of
from .found import Found
from .gate import acts_on

# Nouns of a company changing hands, whose "de Y" / "sur Y" names the company for sale.
_SALE_NOUNS = frozenset({"vente", "cession", "rachat", "reprise", "privatisation", "acquisition", "opa", "offre",
                         "contre-offre", "surenchère", "ope"})
_TO_TARGET = frozenset({"de", "du", "des", "d'", "d’", "sur"})
# "de" phrases of an offer that say what kind of offer it is, not whose it is or for what else
_OFFER_KINDS = frozenset({"rachat", "reprise", "achat", "acquisition", "minute", "dernière", "échange"})


def _sale_targets(tv, index: EntityIndex) -> list[tuple[int, str, int]]:
    """(token of the sale noun, company, its token) for "la vente de Y", "une OPA sur Y", in text order;
    built once per document."""
    if index.sale_targets is not None:
        return index.sale_targets
    got = []
    for t in tokens_at(tv, _SALE_NOUNS):   # (the sale nouns only: wordpos; the test below kept)
        if t.lower_ not in _SALE_NOUNS or t.pos_ != "NOUN":
            continue
        j = t.i + 1
        # (an offer's "de X" is its bidder: only "une offre sur Y" names the company for sale)
        if j < len(tv) and tv[j].lower_ in (_TO_TARGET if t.lower_ not in OFFER_NOUNS else ("sur",)):
            j += 1
            while j < len(tv) and j <= t.i + 4 and tv[j].pos_ in ("DET", "ADJ") and index.kinds.get(j) is None:
                j += 1
            # ("la vente du club": a descriptor the coreference linked to the company)
            name = index.by_token.get(j) if j < len(tv) and index.kinds.get(j) in ("name", "descriptor") else None
            if name and index.entities[name].type == "ORG":
                got.append((t.i, name, j))
    index.sale_targets = got
    return got


@acts_on(lambda w: not w.verbal and w.lower in OFFER_NOUNS)
def sale_in_context(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """Slot "sale_in_context": for an offer noun with no phrase of its own naming a company, the last company
    put up for sale before it in its paragraph or the one before (not one named in the offer's sentence)."""
    if verbal or t.lower_ not in OFFER_NOUNS or not out.wants("sale_in_context"):
        return
    tv = tokens_of(t.doc)
    for c in t.children:
        if c.dep_ == "nmod" and c.pos_ == "NOUN" and c.lower_ not in _OFFER_KINDS:
            return   # "l'offre de cloud de Y": a product, no bid
    targets = [x for x in _sale_targets(tv, index) if x[0] < t.i]
    if not targets or not index.para_of:
        return
    at, name, j = targets[-1]
    para = index.para_of[t.i] if t.i < len(index.para_of) else None
    # (the one company put up for sale so far holds the story; with several, the one of the last paragraphs)
    if para is None or index.para_of[at] < para - 1 and len({n for _, n, _ in targets}) > 1:
        return
    s = index.sent_of.get(t.i)
    if any(index.by_token.get(k) == name and index.sent_of.get(k) == s for k in range(t.sent.start, t.sent.end)):
        return   # (named in the offer's own sentence: the rules' phrases say its part there)
    out.put("sale_in_context", [(name, j)])


def offer_for_sale(sent, index: EntityIndex) -> bool:
    """A sentence naming one party may still give a bid: an offer noun, and a company put up for sale
    before it (the extractor skips sentences with fewer than two parties otherwise)."""
    if not any(t.lower_ in OFFER_NOUNS for t in sent):
        return False
    return any(at < sent.start for at, _, _ in _sale_targets(tokens_of(sent.doc), index))
