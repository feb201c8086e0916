"""(s29-deals29) Ownership and money read as mechanisms of French:

- "A, la holding de B, qui contrôle 42 % de C", "A, le fonds de la famille B, qui détient 10 % de C": a relative
  clause of holding after a company noun's "de" person describes the company set off before the noun (A owns
  C), not the person inside its phrase, whom the parser makes the antecedent (prec22.owner_is_holding reads the
  same shape with an owner's title, "…, propriétaire de C"). blind28 ho-842 reproduced on plain sentences.
"""
from __future__ import annotations

from ...mentions.entities import EntityIndex
from ..arguments import entities_at, lemma_of
from .found import Found
from .gate import Readers, acts_on
from .prec22 import _DE, _HELD_BODY_NOUNS, _name_start
from ...mentions.deals29 import _COUNT_WORDS, _HARDWARE

# verbs of holding a stake, whose subject a relative "qui" may stand for (and their present forms, which the
# tagger takes for nouns: "qui contrôle 42 %", lemma "contrôle")
_HOLD_VERBS = frozenset({"contrôler", "détenir", "posséder", "contrôle", "détient", "possède", "détiennent",
                         "contrôlent", "possèdent"})


def _company_before_held_noun(index: EntityIndex, tv, j: int) -> tuple[str, int] | None:
    """``j`` is the comma after a person's name: "A, la holding de [l'homme d'affaires] B," → A (an
    organisation set off before the held company noun), else None."""
    if j < 6 or tv[j].text != "," or index.kinds.get(j - 1) != "name":
        return None
    person = index.entity_at(j - 1)
    if person is None or index.type_of(person) != "PER" and not person.lower().startswith("famille "):
        return None
    k = _name_start(index, j - 1) - 1
    stop = max(0, k - 5)
    while k > stop and tv[k].lower_ not in _DE:
        if tv[k].text in ",;:()" or tv[k].pos_ in ("VERB", "AUX"):
            return None
        k -= 1
    if tv[k].lower_ not in _DE:
        return None
    n = k - 1
    while n > 0 and tv[n].pos_ == "ADJ":
        n -= 1
    if tv[n].lower_ not in _HELD_BODY_NOUNS or n < 3 or tv[n - 1].pos_ != "DET" or tv[n - 2].text != ",":
        return None
    m = n - 3
    if tv[m].text == ")":   # "A (ACR), la holding de B"
        while m > 0 and tv[m].text != "(":
            m -= 1
        m -= 1
    if m < 0 or index.kinds.get(m) != "name":
        return None
    owner = index.entity_at(m)
    if owner is None or index.type_of(owner) not in ("ORG", "OTHER"):
        return None
    return owner, _name_start(index, m)


@acts_on(lambda w: w.verbal and w.lemma in _HOLD_VERBS)
def holding_relative(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"A, la holding de B, qui contrôle 42 % de C": the subject is A, not B (slot "subj")."""
    if not verbal or lemma_of(t) not in _HOLD_VERBS:
        return
    rel = next((c for c in t.children if c.dep_ == "nsubj" and c.lower_ == "qui" and c.i < t.i), None)
    if rel is None or rel.i < 1:
        return
    got = _company_before_held_noun(index, t.doc, rel.i - 1)
    if got is None:
        return
    out["subj"] = [got]
    out["_no_linear"] = []


# verbs of buying, selling and delivering goods
_TRADE_VERBS = frozenset({"acheter", "commander", "acquérir", "racheter", "vendre", "céder", "livrer", "fournir",
                          "recevoir", "louer"})


@acts_on(lambda w: w.verbal and w.lemma in _TRADE_VERBS)
def goods_bought(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"X a acheté à Y ses missiles Z", "X commande douze Z": the thing bought is goods (a hardware noun, or
    counted), no company; the nearest name is no object to fall back on (no linear reading)."""
    if not verbal or lemma_of(t) not in _TRADE_VERBS or out.get("obj"):
        return
    for c in t.children:
        if c.dep_ == "obj" and c.i > t.i and (c.lower_ in _HARDWARE or any(
                k.dep_ == "nummod" and (k.lower_ in _COUNT_WORDS or k.text.isdigit()) for k in c.children)):
            out["_no_linear"] = []
            return


_SHAREHOLDER_NOUNS = frozenset({"actionnaire", "actionnaires", "actionnariat"})


def _share_after(tv, end: int) -> bool:
    """"A (14,9 %)": a stake in brackets right after a name."""
    return end + 3 < len(tv) and tv[end].text == "(" and tv[end + 1].like_num and tv[end + 2].text == "%" \
        and tv[end + 3].text == ")"


@acts_on(lambda w: w.lower in _SHAREHOLDER_NOUNS)
def bracketed_stakes(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"X est le troisième actionnaire de Y, derrière A (14,9 %), la holding de Z, et B (6,4 %)", "les
    actionnaires de Y : A (30 %), B (12 %)": each name with its stake in brackets after the shareholder noun
    holds that stake in the noun's company (slot "bracketed_holder")."""
    if t.lower_ not in _SHAREHOLDER_NOUNS or out.get("bracketed_holder"):
        return
    tv = t.doc
    got = []
    k = t.i + 1
    while k < t.sent.end:
        if tv[k].text in (";", ".", "?", "!"):
            break
        name = index.entity_at(k)
        if name is not None and index.kinds.get(k) == "name":
            end = k
            while end + 1 < t.sent.end and index.entity_at(end + 1) == name:
                end += 1
            if _share_after(tv, end + 1) and index.type_of(name) in ("ORG", "GOV", "PER", "OTHER"):
                got.append((name, k))
            k = end + 1
            continue
        k += 1
    if got:
        out.put("bracketed_holder", got)


_CONTRACT_NOUNS = frozenset({"contrat", "contrats", "marché", "marchés", "commande", "commandes", "lot", "lots"})
# verbs of awarding: the one awarded is the "à" phrase, the contract's "de" phrase the work or the project
_AWARD_VERBS = frozenset({"attribuer", "accorder", "confier", "octroyer", "notifier", "décerner", "répartir",
                          "distribuer", "attribue", "accorde", "confie", "octroie"})


@acts_on(lambda w: w.lower in _CONTRACT_NOUNS and w.dep == "obj")
def awarded_contract_of_project(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"X attribue les contrats de l'ORX3 (de Penly)", "X a confié les marchés de la ligne Y": the contract's
    "de" phrase is the project the work is for, not the one paid (slot "prep:de" dropped; the one awarded is
    the verb's "à" phrase, funds.award)."""
    if t.lower_ not in _CONTRACT_NOUNS or t.dep_ != "obj" or "prep:de" not in out:
        return
    verb = t.head
    if verb.lemma_.lower() not in _AWARD_VERBS and lemma_of(verb) not in _AWARD_VERBS:
        return
    del out["prep:de"]
    out["_no_linear"] = []


# verbs of staking money on a company, and the nouns of a sum the parser hangs the company's phrase on
_STAKE_VERBS = frozenset({"miser", "investir", "injecter"})   # (the verbs of rule invests.verb)
_SUM_NOUNS = frozenset({"million", "millions", "milliard", "milliards", "euros", "dollars", "somme", "montant"})


@acts_on(lambda w: w.verbal and w.lemma in _STAKE_VERBS)
def stake_on_the_sum(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"X a misé 100 millions d'euros sur Y", "X a injecté 2 milliards dans Y": the company's phrase the parser
    hung on the sum is the verb's (slots "prep:sur", "prep:dans")."""
    if not verbal or lemma_of(t) not in _STAKE_VERBS or out.get("prep:sur") or out.get("prep:dans"):
        return
    for c in t.children:
        if c.dep_ != "obj" or c.lower_ not in _SUM_NOUNS:
            continue
        for k in [c, *(d for d in c.children if d.dep_ == "nmod" and d.lower_ in _SUM_NOUNS)]:
            for d in k.children:
                if d.dep_ != "nmod" or d.i <= k.i:
                    continue
                p = next((x.lower_ for x in d.children if x.dep_ == "case"), None)
                if p in ("sur", "dans"):
                    got = entities_at(d, index)
                    if got:
                        out.put("prep:" + p, got)
                        return


DEALS29_READERS = Readers(holding_relative, goods_bought, bracketed_stakes, awarded_contract_of_project,
                          stake_on_the_sum)
