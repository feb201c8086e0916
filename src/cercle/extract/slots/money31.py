"""(s31-money31) Money flows read from the families of words that say who pays, whatever the wording (the
families are data: data/money31.yaml):

- a deal's direction from the kind of deal: "X a signé avec Y un contrat de fourniture / livraison / vente /
  maintenance de …" (X supplies: Y pays X), "X a conclu avec Y une commande / un contrat d'achat" (X buys: X pays
  Y); a deal won, "X décroche une commande de Y", "X a remporté un contrat auprès de Y" (Y pays X). Slots
  "supply_payer", "supply_payee" (funds.supply_deal) and "payer", "payee" on the nouns funds.noun reads
  (blind30 ho-876: the supply contract read backwards). A name apposed as the signer's former name ("X, l'ex-Z,
  a signé …") is the signer itself, never a second party.
- the receiver of a money noun a paying verb hands over: "X versera un loyer de N à Y", "X paiera une redevance à
  Y": the noun's own "à Y" (slots "money_payer", "money_payee" of funds.paid_noun_to); a name's apposition the
  parser split off as a second object ("à Y, la filiale de Z qui …") is no receiver (blind30 ho-889); the payer
  of a verb of obliging, "le tribunal a condamné X à verser N à Y", is that verb's object.
- a flow noun with its two ends: "le versement de N de X à Y", "l'attribution des marchés de X à Y", "l'octroi
  d'une aide de X à Y" (slots "flow_from", "flow_to" of funds.flow_noun).
- a receiving verb with the money's source: "Y perçoit une redevance de X", "Y a touché un loyer de X", "Y
  encaisse des primes de X" (slots "from_payer", "from_payee" of funds.received_noun).
- a supplier's verb on the customer's things: "X motorise les appareils de Y", "X équipe la flotte de Y", "X
  fournissait les usines de Y" (slot "supplied_owner" of funds.supplies_owner).
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

from ...mentions.entities import EntityIndex
from ...yamldata import load_yaml
from ..arguments import _subject_of, case_of, entities_at, lemma_of
from .found import Found
from .gate import Readers, acts_on

_PARTIES = ("ORG", "GOV", "PER")
_TO = ("à", "au", "aux")
_DE = ("de", "d'", "d’", "du", "des")


@lru_cache(maxsize=1)
def _w() -> dict:
    raw = load_yaml(resources.files("cercle.extract").joinpath("data/money31.yaml").read_text("utf-8"))
    return {k: frozenset(v) for k, v in raw.items()}


W = _w()


def _ex_at(doc, i: int) -> bool:
    tok = doc[i]
    if tok.lower_.startswith(("ex-", "ex–")):
        return True
    return i > 0 and doc[i - 1].lower_ in ("ex-", "ex", "ex–", "l'ex", "l’ex", "l'ex-", "l’ex-")


def _parties(tok, index: EntityIndex, types=_PARTIES) -> list:
    return [x for x in entities_at(tok, index) if index.type_of(x[0]) in types and not _ex_at(tok.doc, x[1])]


def _phrases(heads, cases, deps=("obl", "obl:arg", "obl:mod", "nmod", "iobj")) -> list:
    return [c for h in heads for c in h.children if c.dep_ in deps and case_of(c) in cases]


def _kind(noun) -> str | None:
    """"un contrat de fourniture": "supply"; "un contrat d'achat", "une commande": "buy"."""
    for c in noun.children:
        if c.dep_ == "nmod" and case_of(c) in _DE and c.i > noun.i:
            low, lem = c.lower_, c.lemma_.lower()
            if any(a.lower_ in ("conjoint", "commun", "commune", "conjointe", "croisé", "croisée", "mutuel",
                                "réciproque") for a in c.children):
                return None   # ("un accord de développement conjoint": a partnership)
            if low in W["supply_kinds"] or lem in W["supply_kinds"]:
                return "supply"
            if low in W["buy_kinds"] or lem in W["buy_kinds"]:
                return "buy"
    if noun.lower_ in ("commande", "commandes"):
        return "buy"
    return None


def _deal_sides(noun, index: EntityIndex):
    """The deal's verb, its subject (the first side), and the other side ("avec Y", "auprès de Y", or the noun's
    own "de Y" when the verb wins it)."""
    verb = noun.head
    if noun.dep_ not in ("obj", "nsubj:pass") or verb.pos_ != "VERB":
        # ("X a signé avec Y un contrat": the parser hangs the contract on the name of the "avec" phrase)
        if noun.dep_ in ("obj", "appos") and noun.head.dep_.startswith("obl") and case_of(noun.head) == "avec" \
                and noun.head.head.pos_ == "VERB":
            verb = noun.head.head
        else:
            return None
    lem = lemma_of(verb)
    if noun.dep_ == "nsubj:pass":
        firsts = [x for c in verb.children if c.dep_ == "obl:agent" for x in _parties(c, index)]
    else:
        firsts = [x for x in _subject_of(verb, index) if not _ex_at(noun.doc, x[1])
                  and index.type_of(x[0]) in _PARTIES]
    others = [x for c in _phrases((verb, noun), ("avec",)) for x in _parties(c, index)]
    if noun.head is not verb and case_of(noun.head) == "avec":
        others += _parties(noun.head, index)
    won = False
    if not others and lem in W["win_verbs"] and noun.lower_ not in ("marché", "marchés"):
        # ("X a remporté le marché européen de Y" is a market won: funds.contract_won reads a public contract)
        others = [x for c in _phrases((verb, noun), ("auprès",)) for x in _parties(c, index)]
        others += [x for c in noun.children if c.dep_ == "nmod" and case_of(c) in _DE and c.i > noun.i
                   for x in _parties(c, index)]
        won = bool(others)
    elif lem not in W["deal_verbs"] and lem not in W["win_verbs"]:
        return None
    if len({n for n, _ in firsts}) != 1 or not others or any(o[0] == firsts[0][0] for o in others):
        return None
    return firsts, others, won


@acts_on(lambda w: w.pos == "NOUN" and w.lower in W["deal_nouns"])
def supply_deal(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"X a signé avec Y un contrat de fourniture de …": Y pays X; "X décroche une commande de Y": Y pays X;
    "X a conclu avec Y un contrat d'achat": X pays Y."""
    if t.pos_ != "NOUN" or t.lower_ not in W["deal_nouns"]:
        return
    sides = _deal_sides(t, index)
    if sides is None:
        return
    firsts, others, won = sides
    kind = _kind(t)
    first_type = index.type_of(firsts[0][0])
    if won and kind != "buy":
        payer, payee = others, firsts
    elif kind == "supply" and first_type in ("ORG", "PER"):
        # (a public body signing a supply contract buys the supplies: the default reading, signer pays)
        payer, payee = others, firsts
    elif kind == "buy" and not won:
        payer, payee = firsts, others
    else:
        return
    payer = [x for x in payer if index.type_of(x[0]) in _PARTIES]
    if not payer:
        return
    out.put("supply_payer", payer)
    out.put("supply_payee", payee)
    if t.lower_ in ("contrat", "commande"):   # (the nouns funds.noun reads: its first slots)
        out.pop("payer", None)
        out.pop("payee", None)
        out.put("payer", payer)
        out.put("payee", payee)


@acts_on(lambda w: w.verbal and w.lemma in W["deal_verbs"])
def deal_signed(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"X a signé avec Y une commande / un accord de fourniture": a deal of supply or purchase signed is money paid
    (funds.supply_deal), no partnership: the verb's "avec" side goes (as slots/biz.py contract_sides does for a
    plain "contrat")."""
    if not verbal or lemma_of(t) not in W["deal_verbs"] or "prep:avec" not in out:
        return
    nouns = [c for c in t.children if c.dep_ in ("obj", "nsubj:pass") and c.lower_ in W["deal_nouns"]]
    nouns += [k for c in t.children if c.dep_.startswith("obl") and case_of(c) == "avec" for k in c.children
              if k.dep_ in ("obj", "appos") and k.i > c.i and k.lower_ in W["deal_nouns"]]
    if any(_kind(n) is not None for n in nouns):
        out.pop("prep:avec", None)
        out["_no_linear"] = []


_TIME = frozenset({"année", "an", "mois", "semaine", "trimestre", "saison", "jour", "exercice", "semestre"})


def _is_money(c) -> bool:
    return c.pos_ in ("NOUN", "NUM") and (c.lower_ in W["money_nouns"] or c.lemma_.lower() in W["money_nouns"])


def _money_object(verb, deps=("obj", "nsubj:pass")):
    """The money noun a verb hands over or receives (its object), or None; "encaisse chaque année des primes de X"
    (the parser made the time noun the object and hung the money on it) gives the money noun."""
    for c in verb.children:
        if c.dep_ in deps and _is_money(c):
            return c
        if c.dep_ in deps and c.lower_ in _TIME and any(d.lower_ == "chaque" for d in c.children):
            got = next((k for k in c.children if k.dep_ == "nmod" and _is_money(k)), None)
            if got is not None:
                return got
    return None


def _noun_receivers(noun, index: EntityIndex) -> list:
    """The "à Y" phrase of a money noun or of its amount ("un loyer de N euros à Y")."""
    heads = [noun] + [k for k in noun.children if k.dep_ == "nmod" and k.lower_ in W["money_nouns"]]
    heads += [m for k in heads[1:] for m in k.children if m.dep_ == "nmod" and m.lower_ in W["money_nouns"]]
    return [x for c in heads for k in c.children if k.dep_ == "nmod" and case_of(k) in _TO
            for x in _parties(k, index, ("ORG", "GOV", "PER"))]


def _split_apposition(verb, noun, receivers, index: EntityIndex):
    """"versera un loyer de N à Y, la filiale de Z qui …": the parser made "la filiale" a second object of the
    verb; it is Y's apposition. The tokens of that object (a noun right after a comma right after Y)."""
    ends = {i for _, i in receivers}
    got = []
    for c in verb.children:
        if c.dep_ == "obj" and c is not noun and c.i > noun.i and c.pos_ == "NOUN":
            first = c.left_edge.i
            comma = first if verb.doc[first].text == "," else first - 1   # (the comma may be the object's own)
            if comma >= 1 and verb.doc[comma].text == "," and (
                    comma - 1 in ends or index.by_token.get(comma - 1) in {n for n, _ in receivers}):
                got.append(c)
    return got


@acts_on(lambda w: w.verbal and w.lemma in W["payer_verbs"])
def paid_noun_to(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"X versera un loyer de N à Y", "le tribunal a condamné X à verser N de dommages à Y": X pays Y."""
    if not verbal or lemma_of(t) not in W["payer_verbs"]:
        return
    noun = _money_object(t)
    if noun is None:
        return
    receivers = _noun_receivers(noun, index)
    for c in _split_apposition(t, noun, receivers, index):
        span = set(range(c.left_edge.i, c.right_edge.i + 1))
        out.keep("obj", lambda x: x[1] not in span)
    payers = [x for x in _subject_of(t, index) if index.type_of(x[0]) in _PARTIES]
    if not payers and t.dep_ in ("xcomp", "obl", "obl:arg", "advcl", "acl") and lemma_of(t.head) in W["obliging_verbs"]:
        # ("a condamné X à verser N à Y": the one obliged pays)
        payers = [x for c in t.head.children if c.dep_ == "obj" for x in _parties(c, index)]
        if not receivers:
            receivers = [x for c in t.children if c.dep_.startswith(("obl", "iobj")) and case_of(c) in _TO
                         for x in _parties(c, index)]
    if not payers or not receivers:
        return
    payee = [x for x in receivers if x[0] not in {n for n, _ in payers}]
    if not payee:
        return
    out.put("money_payer", payers)
    out.put("money_payee", payee)


def _de_chain(noun, index: EntityIndex, hops: int = 4) -> list:
    """The first party down the noun's chain of "de" complements: "l'attribution des marchés de X", "le versement
    de N de X", "l'attribution des marchés de traitement des déchets du département" (the body after the kinds
    of work)."""
    k = noun
    for hop in range(hops):
        nxt = [c for c in k.children if c.dep_ == "nmod" and case_of(c) in _DE and c.i > k.i]
        if not nxt:
            return []
        named = [x for c in nxt for x in _parties(c, index)]
        if named and hop >= 2:
            # (far down the chain, "du futur centre aquatique des Vaîtes" names a place; only a public body's
            # name or its second reference, "du département", pays)
            named = [x for x in named if index.type_of(x[0]) == "GOV" and (
                noun.doc[x[1]].lower_ in W["body_words"]
                or x[0].lower().replace("'", " ").split()[0] in W["body_words"])]
        if named:
            return named
        k = nxt[0]
        if k.pos_ not in ("NOUN", "NUM"):
            return []
    return []


def _takers(noun, index: EntityIndex) -> list:
    """The "à Y" of a flow noun: on it, on the nouns of its "de" chain, or the verb's phrase right after it."""
    heads, k = [noun], noun
    for _ in range(4):
        nxt = [c for c in k.children if c.dep_ == "nmod" and case_of(c) in _DE and c.i > k.i]
        if not nxt:
            break
        k = nxt[0]
        heads.append(k)
    got = [x for h in heads for c in h.children if c.dep_ == "nmod" and case_of(c) in _TO and c.i > noun.i
           for x in _parties(c, index)]
    if not got and noun.dep_.startswith(("obl", "obj", "nmod")):
        after = noun.right_edge.i + 1
        got = [x for c in noun.head.children if c.dep_.startswith(("obl", "nmod")) and case_of(c) in _TO
               and c.left_edge.i == after for x in _parties(c, index)]
    return got


@acts_on(lambda w: w.pos == "NOUN" and w.lower in W["flow_nouns"])
def flow_noun(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"le versement de N de X à Y", "l'attribution des marchés de X à Y": X pays Y."""
    if t.pos_ != "NOUN" or t.lower_ not in W["flow_nouns"]:
        return
    takers = _takers(t, index)
    if not takers:
        return
    givers = [x for x in _de_chain(t, index) if x[1] < takers[0][1] and x[0] not in {n for n, _ in takers}]
    if len({n for n, _ in givers}) != 1:
        return
    out.put("flow_from", givers)
    out.put("flow_to", takers)


@acts_on(lambda w: w.verbal and w.lemma in W["receiver_verbs"])
def received_noun(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"Y perçoit une redevance de X", "Y continue de toucher un loyer de X": X pays Y."""
    if not verbal or lemma_of(t) not in W["receiver_verbs"]:
        return
    noun = _money_object(t, ("obj",))
    if noun is None:
        return
    heads = [noun, t] + [k for k in noun.children if k.dep_ == "nmod" and k.lower_ in W["money_nouns"]]
    givers = [x for h in heads for k in h.children if k.dep_ in ("nmod", "obl", "obl:arg", "obl:mod")
              and case_of(k) in _DE and k.i > noun.i and k.lower_ not in W["money_nouns"]
              for x in _parties(k, index)]
    takers = [x for x in _subject_of(t, index) if index.type_of(x[0]) in _PARTIES]
    takers = [x for x in takers if x[0] not in {n for n, _ in givers}]
    if not givers or not takers or len({n for n, _ in givers}) != 1:
        return
    out.put("from_payer", givers)
    out.put("from_payee", takers)


@acts_on(lambda w: w.verbal and w.lemma in W["supplier_verbs"])
def supplies_owner(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"X motorise les appareils de Y", "X équipait la flotte de Y": Y pays X (the supplier is the verb's subject,
    read by the rule's own "subj" slot)."""
    if not verbal or lemma_of(t) not in W["supplier_verbs"]:
        return
    if any(k.dep_ == "mark" and k.lower_ in ("pour", "afin") for k in t.children):
        return   # ("un contrat … pour équiper les frégates de Y": the contract's buyer pays, said there)
    owners = []
    for c in t.children:
        if c.dep_ == "obj" and c.pos_ == "NOUN" and (c.lower_ in W["supplied_things"]) \
                and index.by_token.get(c.i) is None:
            owners += [x for k in c.children if k.dep_ == "nmod" and case_of(k) in _DE
                       for x in _parties(k, index, ("ORG", "GOV"))]
    if owners:
        out.put("supplied_owner", owners)


MONEY31_READERS = Readers(
    supply_deal,   # "X a signé avec Y un contrat de fourniture": Y pays X; "X décroche une commande de Y"
    deal_signed,   # "X a signé avec Y une commande": money paid, no partnership
    paid_noun_to,   # "X versera un loyer de N à Y": the money noun's receiver
    flow_noun,   # "le versement de N de X à Y", "l'attribution des marchés de X à Y"
    received_noun,   # "Y perçoit une redevance de X": X pays Y
    supplies_owner,   # "X motorise les appareils de Y": Y pays X
)
