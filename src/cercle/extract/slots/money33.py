"""(s33-money33) What kind of money tie: the kind of deal decides the type and the direction (the families are
data: data/money33.yaml, French words, never a name):

- a loan, a debt, a credit line is money lent, never equity: "Y a bouclé un crédit renouvelable de N, piloté par
  X", "Y s'appuie sur une dette apportée par un pool bancaire mené par A et B", "Y a obtenu une ligne de crédit
  auprès d'un syndicat emmené par X": each lender funds the borrower (slots "lender33", "borrower33" of
  funds.loan33); the lenders of one loan are no partners (slot "colenders33" is filled, but no rule reads it since
  s38-types38: lending to one borrower is no partnership); the raise
  verb's investors ("investors", "prep:auprès" of invests.raise) are dropped when what is raised is a loan;
- the lenders that join it after ("A et B complètent le tour de table", "C rejoint le pool", "D participe au
  financement") when the sentence or the one before speaks of a loan and of no equity round: they fund its
  borrower and partner its lenders ("raiser" of invests.pot dropped: funds.loan_joined33,
  partners.colenders_joined33);
- a sponsorship deal ("son partenariat maillot avec X", "un contrat de parrainage avec X", "l'accord de naming
  conclu avec X"): X pays the side that signs it (slots "sponsor33", "sponsored33" of funds.sponsor33), no
  partnership;
- a licence taken or granted ("Y a acquis la licence auprès de X", "X a concédé à Y une licence", "sous licence de
  X"): a partnership (slots "licensee33", "licensor33" of partners.licence33);
- goods ordered by a buyer a participle names ("les frégates, commandées par X et par Y"): each buyer pays the
  goods' maker ("les corvettes de Z", "construites par Z", or the subject of the sentence: "Le chantier de Z recrute
  … pour les frégates commandées par X"; slots "buyer33", "maker33" of funds.ordered33);
- a person's contract prolonged or broken ("X a prolongé le contrat de Y"): an employee's post, no payment from X
  to Y (the person dropped from the contract's "de" slot that funds.noun reads).
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

from ...mentions.entities import EntityIndex
from ...nlp.docview import tokens_of
from ...yamldata import load_yaml
from ..arguments import _subject_of, case_of, entities_at, extend_list, lemma_of
from .found import Found
from .gate import Readers, acts_on

_LENDERS = ("ORG", "GOV")
_BORROWERS = ("ORG", "GOV")
_DE = ("de", "d'", "d’", "du", "des")
_TO = ("à", "au", "aux")
_AMOUNTS = frozenset({"million", "millions", "milliard", "milliards", "euros", "euro", "dollars", "dollar", "m€",
                      "md€", "k€", "mds", "m", "md", "livres", "francs"})
_NOT = frozenset({"pas", "jamais", "plus", "guère", "point"})
_RAISE = frozenset({"lever", "relever", "boucler", "réunir", "récolter"})
# (a time word the parser hangs the object on: "Y a bouclé vendredi un crédit" read "vendredi un crédit")
_TIME = frozenset({"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "janvier", "février",
                   "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre",
                   "hier", "an", "année", "mois", "semaine", "jour", "soir", "matin", "fin", "début"})


def _governor(n):
    """The word ``n`` hangs on, past a time word the parser put between ("a bouclé vendredi un crédit"): (the
    governor, the dependency ``n`` stands in to it)."""
    h = n.head
    if n.dep_ == "nmod" and h.lower_ in _TIME and h.dep_ in ("obl:mod", "obl", "obj", "nmod") and h.head.pos_ == "VERB":
        return h.head, "obj"
    return h, n.dep_


@lru_cache(maxsize=1)
def _w() -> dict:
    raw = load_yaml(resources.files("cercle.extract").joinpath("data/money33.yaml").read_text("utf-8"))
    return {k: frozenset(str(x) for x in v) for k, v in raw.items()}


W = _w()


def _negated(v) -> bool:
    return any(c.dep_ == "advmod" and c.lower_ in _NOT for c in v.children)


_BREAKS = frozenset({"que", "qu'", "qu’", "qui", "dont", "où", "lequel", "laquelle", ";", ":"})


def _of(tok, index: EntityIndex, types) -> list[tuple[str, int]]:
    """The parties a phrase names, with the names listed after the first ("par A et B"), never past a clause
    ("accordé par A et que B, qui …": B is no lender)."""
    got = [x for x in entities_at(tok, index) if x[1] >= 0 and index.type_of(x[0]) in types]
    if got:
        tv = tokens_of(tok.doc)
        kept, last = [], None
        for x in sorted(extend_list(tok.doc, index, got), key=lambda y: y[1]):
            if last is not None and any(tv[k].lower_ in _BREAKS or tv[k].pos_ in ("VERB", "AUX")
                                        for k in range(last + 1, x[1])):
                break
            if index.type_of(x[0]) in types:
                kept.append(x)
            last = x[1]
        got = kept
    return got


def is_loan(t, index: EntityIndex) -> bool:
    """A loan noun, not a name ("Crédit X"); the ambiguous ones ("ligne", "financement") with a bank word."""
    if t.pos_ != "NOUN":
        return False
    low, lem = t.lower_, t.lemma_.lower()
    if low not in W["loan_nouns"] and lem not in W["loan_nouns"]:
        return False
    if index.entity_at(t.i) is not None:
        return False
    if low in W["loan_needs_word"] or lem in W["loan_needs_word"]:
        return any(c.dep_ in ("amod", "nmod", "compound", "flat", "flat:name", "appos") and (
            c.lower_ in W["bank_words"] or c.lemma_.lower() in W["bank_words"]) for c in t.children)
    return True


def _holders(t) -> list:
    """The loan noun and its amount ("un crédit de 250 millions d'euros, piloté par X": the participle may hang
    on "millions" or "euros")."""
    got = [t]
    for c in t.children:
        if c.dep_ == "nmod" and (c.lower_ in _AMOUNTS or c.pos_ == "NUM" or any(k.dep_ == "nummod" for k in c.children)):
            got.append(c)
            got += [k for k in c.children if k.dep_ == "nmod" and k.lower_ in _AMOUNTS]
        elif c.dep_ in ("amod", "nmod", "compound") and c.lower_ in ("relais", "syndiqué", "syndiquée"):
            got.append(c)
    return got


def _agents(v, index: EntityIndex, cases=("par",)) -> list[tuple[str, int]]:
    got: list[tuple[str, int]] = []
    for a in v.children:
        if a.dep_ == "obl:agent" or a.dep_.startswith(("obl", "nmod")) and case_of(a) in cases:
            here = _of(a, index, _LENDERS)
            if not here and a.lemma_.lower() in W["lender_groups"]:
                here = _group_leaders(a, index)
            got += [x for x in here if x not in got]
    return got


def _group_leaders(g, index: EntityIndex) -> list[tuple[str, int]]:
    """"un pool bancaire mené par A et B", "un syndicat composé de A, B et C": the banks named for the group."""
    got: list[tuple[str, int]] = []
    for p in g.children:
        if p.dep_ in ("acl", "acl:relcl") and lemma_of(p) in W["leading_participles"]:
            got += [x for x in _agents(p, index, ("par", "de", "d'", "d’", "du", "des")) if x not in got]
    return got


def loan_lenders(t, index: EntityIndex) -> list[tuple[str, int]]:
    """The lenders of the loan ``t``: its participle's agent ("piloté par X", "apportée par un pool mené par X"),
    or the "auprès de X" on the loan or on the verb it hangs on."""
    got: list[tuple[str, int]] = []
    for h in _holders(t):
        for v in h.children:
            if v.dep_ in ("acl", "acl:relcl") and v.pos_ in ("VERB", "ADJ") and lemma_of(v) in W["lend_participles"] \
                    and not any(c.dep_ in ("obj",) for c in v.children):
                got += [x for x in _agents(v, index) if x not in got]
    if not got:
        # ("un prêt de 6 M€ de la banque X": a "de" phrase after the amount names the lender)
        amounts = [h for h in _holders(t)[1:] if h.lower_ in _AMOUNTS]
        if amounts:
            got = [x for h in [t] + amounts for c in h.children if c.dep_ == "nmod" and case_of(c) in _DE
                   and c not in amounts and c.i > amounts[0].i and c.lower_ not in _AMOUNTS
                   for x in _of(c, index, _LENDERS)]
    if not got:
        heads = [t] + ([_governor(t)[0]] if _governor(t)[0].pos_ == "VERB" else [])
        if t.dep_ == "nmod" and t.head.lower_ in _AMOUNTS and t.head.head.pos_ == "VERB":
            heads.append(t.head.head)
        got = _agents_aupres(heads, index)
    return got


def _agents_aupres(heads, index: EntityIndex) -> list[tuple[str, int]]:
    got: list[tuple[str, int]] = []
    for h in heads:
        # ("auprès d'un syndicat": a phrase, or an adverb "auprès" holding the noun)
        phrases = [c for c in h.children if c.dep_.startswith(("obl", "nmod")) and case_of(c) in ("auprès", "auprès de")]
        phrases += [k for c in h.children if c.dep_ in ("advmod", "dep") and c.lower_ == "auprès"
                    for k in c.children if k.dep_.startswith(("obl", "nmod"))]
        for c in phrases:
                here = _of(c, index, _LENDERS)
                if not here and c.lemma_.lower() in W["lender_groups"]:
                    here = _group_leaders(c, index)
                got += [x for x in here if x not in got]
    return got


def loan_borrower(t, index: EntityIndex) -> list[tuple[str, int]]:
    """Who takes the loan ``t``: the subject of the verb it hangs on ("Y a bouclé un crédit", "Y s'appuie sur une
    dette"), never with an "à" phrase naming another, never a negated verb."""
    n = t
    if t.dep_ == "nmod" and t.head.lower_ in _AMOUNTS:
        n = t.head   # ("Y a levé 300 millions d'euros de dette")
    gov, dep = _governor(n)
    if gov is n or gov.pos_ not in ("VERB", "AUX") or lemma_of(gov) not in W["borrower_verbs"]:
        return []
    if dep not in ("obj", "obl", "obl:arg", "obl:mod") or _negated(gov):
        return []
    if any(c.dep_ in ("nsubj:pass", "aux:pass") for c in gov.children):
        return []
    if any(c.dep_.startswith(("obl", "nmod", "iobj")) and case_of(c) in _TO and entities_at(c, index)
           for h in (gov, t) for c in h.children):
        return []   # ("X a accordé / ouvert un crédit à Y": the "à" phrase is the borrower, read elsewhere)
    return [x for x in _subject_of(gov, index) if index.type_of(x[0]) in _BORROWERS]


@acts_on(lambda w: w.pos == "NOUN" and w.lower in W["loan_nouns"] or w.lem in W["loan_nouns"])
def loan_sides(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"Y a bouclé un crédit de N, piloté par X": X funds Y; "… mené par A et B": A and B fund Y and are partners
    (slots "lender33", "borrower33", "colenders33")."""
    if verbal or not is_loan(t, index):
        return
    lenders = loan_lenders(t, index)
    if not lenders:
        return
    borrowers = [x for x in loan_borrower(t, index) if x[0] not in {n for n, _ in lenders}]
    if borrowers:
        out.put("lender33", lenders)
        out.put("borrower33", borrowers[:1])
    if len({n for n, _ in lenders}) >= 2:
        out.put("colenders33", lenders)
    out["_no_linear"] = []


def _loan_in_view(t, index: EntityIndex):
    """The loan spoken of in this sentence (before ``t``) or the one before: (borrower, lenders), when those
    sentences speak of no equity round."""
    doc = t.doc
    tv = tokens_of(doc)
    start = t.sent.start
    prev = tv[start - 1].sent.start if start > 0 else start
    words = range(prev, t.sent.end)
    if any(tv[k].lower_ in W["equity_words"] and index.entity_at(k) is None for k in words):
        return None
    for k in range(prev, t.i):
        x = tv[k]
        if x.pos_ == "NOUN" and (x.lower_ in W["loan_nouns"] or x.lemma_.lower() in W["loan_nouns"]) \
                and is_loan(x, index):
            b = loan_borrower(x, index)
            if b:
                return b[0], loan_lenders(x, index)
    return None


@acts_on(lambda w: w.verbal and w.lemma in W["join_verbs"])
def loan_joined(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"A et B complètent le tour de table", "C rejoint le pool" after a loan: they lend to its borrower
    (slots "lender33", "borrower33"; invests.pot's "raiser" dropped) and partner its lenders ("colenders33")."""
    if not verbal or lemma_of(t) not in W["join_verbs"] or _negated(t):
        return
    if not any(c.dep_ in ("obj", "obl", "obl:arg", "obl:mod") and c.lemma_.lower() in W["joined_nouns"]
               and index.entity_at(c.i) is None for c in t.children):
        return
    seen = _loan_in_view(t, index)
    if seen is None:
        return
    borrower, lenders = seen
    subj = _subject_of(t, index)
    if not subj and t.dep_ == "acl" and t.head.dep_ == "ROOT" and t.head.pos_ in ("NOUN", "PROPN"):
        subj = entities_at(t.head, index)   # ("La Banque X rejoint le pool." read as a noun and its participle)
    joined = [x for x in subj if index.type_of(x[0]) in _LENDERS and x[0] != borrower[0]]
    if not joined:
        return
    out.pop("raiser", None)
    out.put("lender33", joined)
    out.put("borrower33", [borrower])
    here = [x for x in lenders if x[0] not in {n for n, _ in joined}]
    if here:
        # (the loan's lenders named in the sentence before: the nearest mention of each stands in the pair)
        out.put("colenders33", joined + here)
    elif len({n for n, _ in joined}) >= 2:
        out.put("colenders33", joined)
    out["_no_linear"] = []


@acts_on(lambda w: w.verbal and w.lemma in _RAISE)
def raised_loan(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"Y a bouclé / levé un crédit de N piloté par X": a loan raised is no round (invests.raise's "investors",
    "prep:auprès" dropped); funds.loan33 reads it on the loan noun."""
    if not verbal or lemma_of(t) not in _RAISE or not (out.get("investors") or out.get("prep:auprès")):
        return
    objs = [c for c in t.children if c.dep_ in ("obj", "obl:arg")]
    objs += [k for c in t.children if c.lower_ in _TIME for k in c.children if k.dep_ == "nmod"]
    objs += [k for c in objs if c.lower_ in _AMOUNTS for k in c.children if k.dep_ == "nmod"]
    if any(is_loan(c, index) for c in objs) and not any(
            c.lower_ in W["equity_words"] and index.entity_at(c.i) is None for c in t.sent):
        out.pop("investors", None)
        out.pop("prep:auprès", None)
        out["_no_linear"] = []


def _deal_verb(t):
    """The verb a sponsorship deal (or "la prolongation de son partenariat") is the object of, or None."""
    h = t
    while h.dep_ == "nmod" and h.head.pos_ == "NOUN" and h.head.lemma_.lower() in W["sponsor_chain_nouns"]:
        h = h.head
    if h.dep_ != "obj" or h.head.pos_ != "VERB" or lemma_of(h.head) not in W["sponsor_verbs"] or _negated(h.head):
        return None
    return h.head


def _sponsored_side(t, index: EntityIndex) -> list[tuple[str, int]]:
    """The side that signs a sponsorship deal: the subject of the verb the deal is the object of."""
    v = _deal_verb(t)
    if v is None:
        return []
    return [x for x in _subject_of(v, index) if index.type_of(x[0]) in ("ORG", "PER", "GOV")]


def _sponsor_kind(t) -> bool:
    for c in t.children:
        if c.dep_ in ("amod", "nmod", "compound", "flat", "flat:name", "appos") and (
                c.lower_ in W["sponsor_kinds"] or c.lemma_.lower() in W["sponsor_kinds"]):
            return True
    tv = tokens_of(t.doc)
    nxt = tv[t.i + 1] if t.i + 1 < len(tv) else None
    return nxt is not None and nxt.lower_ in W["sponsor_kinds"]


@acts_on(lambda w: w.pos == "NOUN" and w.lower in W["sponsor_deal_nouns"])
def sponsor_deal(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"Le club a prolongé son partenariat maillot avec X", "Y a signé un contrat de parrainage avec X": X pays Y
    (slots "sponsor33", "sponsored33"); no partnership (the "avec" slot dropped)."""
    if verbal or t.pos_ != "NOUN" or t.lower_ not in W["sponsor_deal_nouns"] or "payer" in out:
        return
    if not _sponsor_kind(t):
        return
    v = _deal_verb(t)
    holders = [t] + ([v] if v is not None else []) + [c for c in t.children if c.dep_ in ("acl", "nmod")]
    payers = [x for h in holders for c in h.children if c.dep_.startswith(("obl", "nmod"))
              and case_of(c) == "avec" for x in _of(c, index, ("ORG", "PER"))]
    if not payers:
        return
    payer = payers[0]
    payees = [x for x in _sponsored_side(t, index) if x[0] != payer[0]]
    if not payees:
        return
    for k in ("prep:avec", "osubj", "subj", "head", "acl_agent", "poss"):
        out.pop(k, None)
    out.put("sponsor33", [payer])
    out.put("sponsored33", payees[:1])
    out["_no_linear"] = []


@acts_on(lambda w: w.pos == "NOUN" and w.lower in W["person_contract_nouns"])
def person_contract(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"X a prolongé le contrat de Y" (Y a person): Y's employment, no money tie from X to Y (Y dropped from the
    "de" slot funds.noun reads)."""
    if verbal or t.lower_ not in W["person_contract_nouns"] or t.dep_ != "obj":
        return
    if t.head.pos_ != "VERB" or lemma_of(t.head) not in W["person_contract_verbs"]:
        return
    if any(c.dep_.startswith(("obl", "nmod")) and case_of(c) == "avec" for h in (t, t.head) for c in h.children):
        return   # ("le contrat de X avec l'équipementier Y": a sponsorship of X)
    persons = {n for c in t.children if c.dep_ == "nmod" and case_of(c) in _DE
               for n, i in entities_at(c, index) if index.type_of(n) == "PER"}
    if not persons:
        return
    for slot in ("prep:de", "payee", "target"):
        out.keep(slot, lambda x: x[0] not in persons)
    out["_no_linear"] = []


def _licensor_phrase(heads, index: EntityIndex) -> list[tuple[str, int]]:
    got = _agents_aupres(heads, index)
    if not got:
        got = [x for h in heads[:1] for c in h.children if c.dep_ == "nmod" and case_of(c) in _DE
               for x in _of(c, index, ("ORG",))]
    return got


@acts_on(lambda w: w.pos == "NOUN" and w.lower in W["licence_nouns"])
def licence_sides(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"Y a acquis la licence (de Z) auprès de X", "dont Y a obtenu la licence auprès de X", "X a concédé à Y une
    licence", "Y produit Z sous licence de X": the licensee and the licensor are partners (slots "licensee33",
    "licensor33" of partners.licence33)."""
    if verbal or t.pos_ != "NOUN" or t.lower_ not in W["licence_nouns"]:
        return
    takers: list = []
    givers: list = []
    v = t.head
    if case_of(t) == "sous":
        while v.pos_ == "NOUN" and v.dep_ in ("obj", "nmod") and v.head is not v:
            v = v.head   # ("Y produit le vaccin sous licence de X": the phrase hung on the object)
    if case_of(t) == "sous" and v.pos_ == "VERB" and not _negated(v):
        takers = _subject_of(v, index)   # ("Y produit Z sous licence de X")
        givers = [x for c in t.children if c.dep_ in ("nmod", "flat:name", "appos") for x in _of(c, index, ("ORG",))]
    elif t.dep_ == "obj" and v.pos_ == "VERB" and not _negated(v):
        lem = lemma_of(v)
        if lem in W["licence_take_verbs"]:
            takers = _subject_of(v, index)
            givers = _licensor_phrase([t, v], index)
        elif lem in W["licence_grant_verbs"]:
            givers = _subject_of(v, index)
            takers = [x for c in v.children if c.dep_.startswith(("obl", "iobj")) and case_of(c) in _TO
                      for x in _of(c, index, ("ORG",))]
    takers = [x for x in takers if index.type_of(x[0]) == "ORG"]
    givers = [x for x in givers if index.type_of(x[0]) == "ORG" and x[0] not in {n for n, _ in takers}]
    if takers and givers:
        out.put("licensee33", takers[:1])
        out.put("licensor33", givers[:1])
        out["_no_linear"] = []


_GOODS: frozenset | None = None
_MODALS = frozenset({"aller", "devoir", "pouvoir", "vouloir", "venir", "compter", "entendre", "espérer"})


def _goods() -> frozenset:
    global _GOODS
    if _GOODS is None:
        from .money31 import W as W31
        _GOODS = W31["supplied_things"] | W["ordered_things"]
    return _GOODS


def _maker_of(goods, index: EntityIndex, buyers) -> list[tuple[str, int]]:
    """The maker of the goods: "les corvettes de Z", "construites par Z"; else the subject of the sentence's main
    verb, or the company its subject's place names ("Le chantier de Z recrute …")."""
    names = {n for n, _ in buyers}
    for c in goods.children:
        if c.dep_ == "nmod" and case_of(c) in _DE:
            got = [x for x in _of(c, index, ("ORG",)) if x[0] not in names]
            if got:
                return got[:1]
        if c.dep_ in ("acl", "acl:relcl") and lemma_of(c) in W["maker_participles"]:
            got = [x for x in _agents(c, index) if index.type_of(x[0]) == "ORG" and x[0] not in names]
            if got:
                return got[:1]
    root = goods.sent.root
    verb = root
    if lemma_of(root) in _MODALS:   # ("Le site de Z va recruter …": the verb after the modal says what Z does)
        verb = next((c for c in root.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), root)
    if root.pos_ not in ("VERB", "AUX") or _negated(root) or lemma_of(verb) not in W["maker_verbs"]:
        return []
    for c in root.children:
        if c.dep_ != "nsubj":
            continue
        got = [x for x in entities_at(c, index) if index.type_of(x[0]) == "ORG" and x[0] not in names]
        if not got and c.lower_ in W["maker_places"]:
            # ("Le site lorientais du groupe Z": the company named in the place's phrase, however it is parsed)
            got = [(n, k.i) for k in c.subtree if (n := index.entity_at(k.i)) is not None
                   and index.type_of(n) == "ORG" and n not in names][:1]
        return got[:1]
    return []


def _holds_goods(n) -> bool:
    """Goods, or a word the goods complete ("les cadences des frégates")."""
    g = _goods()
    return n.lower_ in g or n.lemma_.lower() in g or any(
        c.dep_ == "nmod" and (c.lower_ in g or c.lemma_.lower() in g) for c in n.children)


@acts_on(lambda w: w.pos in ("VERB", "ADJ") and w.dep in ("acl", "acl:relcl", "conj", "advcl")
         and w.lemma in W["order_participles"])
def ordered_goods(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"les frégates, commandées par X et par Y": each buyer pays the goods' maker (slots "buyer33", "maker33" of
    funds.ordered33)."""
    if t.dep_ not in ("acl", "acl:relcl", "conj", "advcl") or lemma_of(t) not in W["order_participles"] or _negated(t):
        return
    goods = t.head
    if t.dep_ == "conj":
        if goods.dep_ not in ("acl", "acl:relcl"):
            return
        goods = goods.head
    elif t.dep_ == "advcl" or t.i > 0 and tokens_of(t.doc)[t.i - 1].text == "," and not _holds_goods(goods):
        # ("… les cadences des corvettes (CSM), commandées par X": a participle after a comma the parser hung on the
        # main verb or on a noun before; the goods are the nearest goods noun before it in the clause)
        tv = tokens_of(t.doc)
        if "Part" not in t.morph.get("VerbForm") or t.i < 1 or tv[t.i - 1].text != ",":
            return
        goods = None
        for k in range(t.i - 2, max(t.sent.start, t.i - 12) - 1, -1):
            x = tv[k]
            if x.pos_ in ("VERB", "AUX"):
                break
            if x.pos_ == "NOUN" and (x.lower_ in _goods() or x.lemma_.lower() in _goods()):
                goods = x
                break
        if goods is None:
            return
    if goods.lower_ not in _goods() and goods.lemma_.lower() not in _goods():
        # ("les cadences des frégates, commandées par X", "le troisième des sous-marins réservés par X": the
        # participle hung on the word the goods complete)
        inner = [c for c in goods.children if c.dep_ == "nmod" and c.i < t.i and c.pos_ == "NOUN"
                 and (c.lower_ in _goods() or c.lemma_.lower() in _goods())]
        if not inner:
            return
        goods = inner[-1]
    if goods.pos_ != "NOUN":
        return
    # ("commandées par X et par Y": the second agent may hang on the participle as a conjunct)
    buyers = [x for a in t.children if a.dep_ == "obl:agent" or a.dep_.startswith(("obl", "conj")) and case_of(a) == "par"
              for x in _of(a, index, ("ORG", "GOV", "LOC"))]
    if not buyers:
        return
    makers = _maker_of(goods, index, buyers)
    if makers:
        out.put("buyer33", buyers)
        out.put("maker33", makers)
        out["_no_linear"] = []
        # (the goods' own name or acronym, "des corvettes (CSM), commandées par X", is no supplier)
        h = goods.head if goods.dep_ == "nmod" and goods.head.pos_ == "NOUN" else goods
        zone = range(h.left_edge.i, h.right_edge.i + 1)
        for slot in ("obj", "pass", "prep:à"):
            out.keep(slot, lambda x: x[1] not in zone)


MONEY33_READERS = Readers(loan_sides, loan_joined, raised_loan, sponsor_deal, person_contract, licence_sides,
                          ordered_goods)
