"""(s30-deals30) The business deal piece as a frame: one deal per text, read once from its lead.

A deal piece (a takeover, a stake sale) states its deal in the headline or the first sentences ("X cède 60 % de
Y à Z", "Z rachète Y à X", "X a signé un accord pour vendre Y au fonds Z") and then speaks of its parties by their
role: "l'acheteur", "l'acquéreur", "le repreneur", "le vendeur", "le cédant", "la cible". ``deal_frame`` reads the
deal's buyer, seller and target from the lead (the headline and the three sentences after it) and keeps it only when the lead states
one deal: two sales or purchases naming another buyer or target give no frame (precision first). ``role_party``
resolves a role noun to the party the frame gives it.
"""
from __future__ import annotations

from ..mentions.entities import EntityIndex
from .arguments import _subject_of, case_of, entities_at, lemma_of

SELL = frozenset({"céder", "vendre", "revendre"})
BUY = frozenset({"racheter", "acquérir", "reprendre"})
# role nouns and the frame part each stands for
ROLES = {"acheteur": "buyer", "acquéreur": "buyer", "repreneur": "buyer", "acquéreuse": "buyer",
         "vendeur": "seller", "cédant": "seller", "vendeuse": "seller", "cible": "target"}
_LEAD = 4   # sentences read for the deal (a headline, then the lead paragraph)
_KEY = "deals30_frame"
_PARTY_TYPES = ("ORG", "PER", "GOV")
_NOT_PARTY = frozenset({"capital", "tour", "table", "hauteur", "prix", "total", "terme", "titre"})


def _named(items, index: EntityIndex) -> list[str]:
    out = []
    for name, i in items:
        if i >= 0 and index.type_of(name) in _PARTY_TYPES and name not in out:
            out.append(name)
    return out


def _objects(v, index: EntityIndex) -> list[str]:
    """What the verb's object names: the company itself, or "60 % de Y", "la moitié de Y", "sa part dans Y"."""
    got = []
    for c in v.children:
        if c.dep_ != "obj":
            continue
        got += entities_at(c, index)
        for k in c.children:
            if k.dep_ == "nmod" and case_of(k) in ("de", "d'", "d’", "du", "des", "dans"):
                got += entities_at(k, index)
            # "céder les 10 % qu'il détient dans Y": the company the relative names
            if k.dep_ == "acl:relcl" and lemma_of(k) in ("détenir", "posséder", "avoir", "contrôler"):
                got += [x for m in k.children if m.dep_.startswith("obl") and case_of(m) in ("dans", "de", "du")
                        for x in entities_at(m, index)]
    return _named(got, index)


_SALE_NOUNS = frozenset({"cession", "vente"})
_PURCHASE_NOUNS = frozenset({"rachat", "acquisition", "reprise"})
# what is sold of a company ("la cession du contrôle de Y", "la vente de 20 % de Y")
_STAKE_WORDS = frozenset({"contrôle", "%", "participation", "parts", "part", "totalité", "majorité", "moitié",
                          "capital", "actifs", "activités", "branche", "filiale", "pourcent"})


def _noun_deal(n, index: EntityIndex):
    """"la cession (du contrôle) de Y à Z", "le rachat de Y par Z": a deal told by its noun."""
    targets, others = [], []
    for c in n.children:
        case = case_of(c)
        if c.dep_ != "nmod":
            continue
        if case in ("de", "d'", "d’", "du", "des"):
            got = entities_at(c, index)
            if not got and c.lower_ in _STAKE_WORDS:
                got = [x for k in c.children if k.dep_ == "nmod" and case_of(k) in ("de", "d'", "d’", "du", "des")
                       for x in entities_at(k, index)]
            targets += got
        elif case in (("à", "au", "aux") if n.lower_ in _SALE_NOUNS else ("par",)):
            others += entities_at(c, index)
    targets, others = _named(targets, index), _named(others, index)
    if len(targets) != 1 or len(others) != 1 or targets[0] == others[0]:
        return None
    return {"buyer": others[0], "target": targets[0], "seller": None}


def _to_party(v, index: EntityIndex) -> list[str]:
    """The "à" party of the verb: the buyer of a sale, the seller of a purchase. The parser often hangs it inside
    the object ("racheter le fabricant de volets Y au groupe X": "au groupe X" on "volets"): an "à" phrase
    within the object, after its name, counts when the verb has none of its own (never "au capital de")."""
    got = _named([x for c in v.children if c.dep_ in ("iobj", "obl:arg", "obl", "obl:mod")
                  and (c.dep_ == "iobj" or case_of(c) in ("à", "au", "aux")) for x in entities_at(c, index)], index)
    if got:
        return got
    for c in v.children:
        if c.dep_ != "obj":
            continue
        for k in c.subtree:
            if k.i > c.i and k.dep_ == "nmod" and k.pos_ in ("NOUN", "PROPN") and k.lower_ not in _NOT_PARTY \
                    and case_of(k) in ("à", "au", "aux"):
                got += _named(entities_at(k, index), index)
    return got


def _deal_of(v, index: EntityIndex):
    lemma = lemma_of(v)
    if v.pos_ != "VERB" or lemma not in SELL | BUY:
        return None
    if any(c.dep_ in ("nsubj:pass", "aux:pass") for c in v.children):
        return None   # (passives: the parties are read elsewhere; keep the frame to the plain shapes)
    subj = _named(_subject_of(v, index), index)
    objs = _objects(v, index)
    other = _to_party(v, index)
    if len(subj) != 1 or len(objs) != 1 or len(other) > 1:
        return None
    if lemma in SELL:
        # (a sale with no buyer yet: "X envisage de céder Y" still tells the target and the seller)
        seller, target, buyer = subj[0], objs[0], (other[0] if other else None)
    else:
        buyer, target, seller = subj[0], objs[0], (other[0] if other else None)
    if len({buyer, target, seller} - {None}) != 3 - (seller is None) - (buyer is None):
        return None
    return {"buyer": buyer, "target": target, "seller": seller}


def deal_frame(doc, index: EntityIndex):
    """The one deal the lead states ({"buyer", "target", "seller"}; the buyer or the seller may be None), or
    None."""
    if hasattr(doc, "derived"):
        return doc.derived((_KEY, id(index)), lambda d: _build(d, index))
    return _build(doc, index)


def _build(doc, index: EntityIndex):
    frame = None
    deals = []
    n = 0
    for sent in doc.sents:
        if not any(k.is_alpha for k in sent):
            continue
        n += 1
        if n > _LEAD:
            break
        for v in sent:
            d = None
            if v.pos_ == "VERB" and (v.lemma_.lower() in SELL | BUY or lemma_of(v) in SELL | BUY):
                d = _deal_of(v, index)
            elif v.pos_ == "NOUN" and v.lower_ in _SALE_NOUNS | _PURCHASE_NOUNS:
                d = _noun_deal(v, index)
            if d is not None:
                deals.append(d)
    if deals:
        # one deal: every part told agrees (a part left unsaid in one sentence may be told in another)
        frame = {}
        for part in ("buyer", "target", "seller"):
            told = {d[part] for d in deals if d[part]}
            if len(told) > 1:
                return None
            frame[part] = next(iter(told), None)
    return frame


def role_party(t, index: EntityIndex) -> str | None:
    """The party a role noun ("l'acheteur", "du vendeur", "la cible") stands for in the text's one deal; None when
    the noun names its own party ("l'acheteur de Y", "le repreneur, X"), or the text states no one deal."""
    role = ROLES.get(t.lower_)
    if role is None or not (t.pos_ == "NOUN" or t.lower_ == "cédant"):
        return None   # ("le cédant" is often tagged a participle)
    if not any(c.dep_ == "det" and c.lower_ in ("le", "la", "l'", "l’", "les", "du", "au") for c in t.children) \
            and not t.doc[t.i - 1].lower_ in ("du", "au", "l'", "l’", "le", "la"):
        return None
    if any(c.dep_ in ("nmod", "appos", "flat:name") or c.pos_ == "PROPN" for c in t.children):
        return None
    if index.by_token.get(t.i) and t.i not in index.__dict__.get("refs36_links", ()):
        return None   # ((s36-refs36) a role noun mentions/refs36.py linked by its frame is read here as before)
    frame = deal_frame(t.doc, index)
    if frame is None:
        return None
    return frame.get(role)
