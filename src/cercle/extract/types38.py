"""(s38-types38) The right parties with the wrong type, read again at the end of extraction (after precision37);
cue words in data/types38.yaml (French words only, never a name). Each check reads one relation and its sentence
(the folded evidence) and is gated on its type first; a retyped tie already read is not drawn twice.

- accepted offer: "A a accepté l'offre de B sur T": an agreed deal awaiting closing is ACQUIRES with status
  proposed (ONTOLOGY, "Decisions for hard cases"), no more a bid; "sa filiale T" in that sentence is the seller's
  (A's), not the bidder's (OWNS turned to A; the same for "A a rejeté l'offre de B … sur T, sa filiale");
- bought from: "Y, racheté au groupe X en 2023", "acquis auprès de X": X is the seller (it owned Y: OWNS, former),
  not the buyer;
- left to head another: "X a quitté A en 2019 pour en prendre la tête": the head X took is that of the body the
  clitic "en" points at; of A the text says only that X left (WORKS_FOR, former);
- department's director: "X, directrice des programmes de Y", "votre ancien directeur du trading": the head of a
  department works for Y (WORKS_FOR), as "directeur financier" already reads; "sa directrice associée X" is a
  partner of the firm (WORKS_FOR, as "associée");
- former employer coordinated after a title: "X, directrice générale du négociant et ancienne du pétrolier Y": X
  worked for Y (WORKS_FOR, former), the title is the first body's;
- sale accord: "A a signé avec B un accord pour lui céder X": a sale (ACQUIRES of X by the buyer, status proposed),
  no partnership (precision37 drops "un accord avec Y pour lui racheter …", the other order of the words);
- equal owners: two owners of a company held half each are partners only in a joint venture the sentence creates
  ("vont créer une coentreprise détenue à 50 % par A et 50 % par B"), not in a holding that exists ("la holding X,
  détenue à parts égales par A et B"); (the co-lenders of one loan are each the borrower's funders, not partners of
  each other: rules.yaml has no partners.colenders33 any more);
- accusation in a relative clause: "A a rompu son contrat avec B, qu'elle accusait de …": ACCUSES A → B, not a
  feud (OPPOSES) the sentence does not state.
"""
from __future__ import annotations

import dataclasses
import functools
import re
from pathlib import Path

from ..yamldata import load_yaml
from .precision34 import _plain, _text_spans
from .precision36 import _lit
from .precision37 import words as words37
from .turns import turn_each


@functools.lru_cache(maxsize=1)
def words() -> dict:
    raw = load_yaml((Path(__file__).parent / "data" / "types38.yaml").read_text(encoding="utf-8"))
    return {k: tuple(_plain(str(x)) for x in v) for k, v in raw.items() if isinstance(v, list)}


_DE = r"(?:de la |de l'|des |du |de |d')"


@functools.lru_cache(maxsize=1)
def _patterns() -> dict:
    w = words()
    offer = r"(?:l'|la |les |une |un |son |sa |leur )(?:" + _lit(w["offer_nouns"]) + r")\b"
    adverbs = r"(?:(?:" + _lit(w["offer_adverbs"]) + r")\s+){0,2}"
    return {
        "accepted": re.compile(r"\b(?:" + _lit(w["acceptance_verbs"]) + r")\s+" + adverbs + offer),
        "rejected": re.compile(r"\b(?:" + _lit(words37()["rejection_verbs"]) + r")\s+" + adverbs + offer),
        "negated": re.compile(r"(?:" + _lit(w["acceptance_negations"]) + r")\s*(?:\w+\s+)?$"),
        "left": re.compile(r"\b(?:" + _lit(w["left_verbs"]) + r")\b"),
        "take_head": re.compile(r"\b(?:" + _lit(w["take_head"]) + r")\b"),
        "department": re.compile(r"\b(?P<title>(?:(?:" + _lit(w["former_marks"]) + r")\s*)?(?:"
                                 + _lit(w["director_titles"]) + r")\s+(?:" + _DE + r")\s*(?:"
                                 + _lit(w["department_nouns"]) + r"))\b"),
        "partner_director": re.compile(r"\b(?P<title>(?:(?:" + _lit(w["former_marks"]) + r")\s*)?(?:"
                                       + _lit(w["director_titles"]) + r")\s+(?:" + _lit(w["partner_marks"]) + r"))\b"),
        "former_of": re.compile(r"\bet\s+(?:l')?(?:ancien|ancienne|anciens|anciennes|ex)\s*-?\s*" + _DE
                                + r"\s*(?:[\w\-]+\s+){0,3}$"),
        "accuse_rel": re.compile(r"^\s*,?\s*(?:" + _lit(w["accuse_relative"]) + r")\b"),
        "sale_accord": re.compile(r"\bavec\b(?P<party>[^.;]{0,60}?)\b(?:un |l'|cet |son |leur )?accords?\b[^.;]{0,25}?"
                                  r"\bpour (?:lui |leur )(?:(?P<sell>" + _lit(w["sale_to_other"]) + r")|(?P<buy>"
                                  + _lit(w["buy_from_other"]) + r"))\b"),
        "joint_venture": re.compile(r"\b(?:" + _lit(w["joint_venture_cues"]) + r")\b"),
        "bought_from": re.compile(r"\b(?:" + _lit(w["bought_participles"]) + r")\s+(?:\w+\s+){0,3}?(?:"
                                  + _lit(w["seller_links"]) + r")\s*(?:(?:le|la|les|l')\s*)?(?:[\w\-]+\s+){0,2}$"),
        "between_titles": re.compile(r"[|;.()]|\b(?:" + _lit(w["other_titles"]) + r")"),
        "own_sub": re.compile(r"\b(?:sa|leur) filiale\b"),
        # (between the person's name and the title: a comma, a pipe of a table, a possessive or an article)
        "gap_before": re.compile(r"^[\s,|(]*(?:(?:son|sa|leur|votre|notre|le|la|l')\s*)?$"),
        "gap_after": re.compile(r"^[\s,]*$"),
    }


def _sub(rel, a: int, b: int) -> str:
    pe = _plain(rel.evidence)
    return pe[max(0, a - rel.start):max(0, b - rel.start)]


def _rel_spans(rel, name):
    return [(a - rel.start, b - rel.start) for a, b in _text_spans(rel.evidence, rel.start, name)]


# ------------------------------------------------------------------ offers

def _offer_sentence(rel, kind: str):
    """The match of "A a accepté (rejeté) l'offre" in the evidence, None when it is not there or is negated."""
    pe = _plain(rel.evidence)
    m = _patterns()[kind].search(pe)
    if not m or _patterns()["negated"].search(pe[max(0, m.start() - 25):m.start()]):
        return None
    return m


def accepted_offer(rel):
    """BIDS_FOR(B → T) from "A a accepté l'offre de B sur T": ACQUIRES, status proposed (the relation)."""
    if rel.type != "BIDS_FOR" or rel.negated:
        return None
    m = _offer_sentence(rel, "accepted")
    if not m:
        return None
    bs = _rel_spans(rel, rel.subject)
    if not bs or not any(0 <= a - m.end() <= 40 for a, _ in bs):
        return None   # (the bidder is the offer's "de" complement, right after the offer noun)
    return dataclasses.replace(rel, type="ACQUIRES", status="proposed", rule=rel.rule + ".accepted38")


def sellers_unit(rel, index):
    """OWNS(B → T) from "A a accepté (rejeté) l'offre de B … sur sa filiale T": the possessive is the seller's
    (A, named before the verb), not the bidder's; OWNS(A → T) (the relation), None otherwise."""
    if rel.type != "OWNS" or index is None or "own_subsidiary" not in rel.rule:
        return None
    m = _offer_sentence(rel, "accepted") or _offer_sentence(rel, "rejected")
    if not m:
        return None
    pe = _plain(rel.evidence)
    if not _patterns()["own_sub"].search(pe, m.end()):
        return None
    bs, ts = _rel_spans(rel, rel.subject), _rel_spans(rel, rel.object)
    if not bs or not ts or any(a < m.end() for a, _ in bs) or any(a < m.end() for a, _ in ts):
        return None   # (bidder and unit both named after the offer)
    best = None
    for name, ent in index.entities.items():
        if name in (rel.subject, rel.object) or ent.type not in ("ORG", "GOV"):
            continue
        for a, _ in _rel_spans(rel, name):
            if a < m.start() and (best is None or a > best[0]):
                best = (a, name)
    if best is None:
        return None
    return dataclasses.replace(rel, subject=best[1], rule=rel.rule + ".seller38")


def bought_from_seller(rel):
    """ACQUIRES(X → Y) from "Y, racheté au groupe X en 2023": X sold Y (OWNS, former), the buyer is another."""
    if rel.type != "ACQUIRES" or rel.negated:
        return None
    ss = _rel_spans(rel, rel.subject)
    pe = _plain(rel.evidence)
    def seller_at(a: int) -> bool:
        m = _patterns()["bought_from"].search(pe[max(0, a - 60):a])
        # ("racheté au printemps par X": X is the buyer, the agent after "par")
        return bool(m) and not re.search(r"\bpar\b", m.group(0))

    if not ss or not all(seller_at(a) for a, _ in ss):
        return None
    return dataclasses.replace(rel, type="OWNS", status="former", amount=None, share=None, role=None,
                               rule=rel.rule + ".seller38")


# ------------------------------------------------------------------ posts

def left_to_head_another(rel):
    """LEADS(X → A) from "X a quitté A … pour en prendre la tête": WORKS_FOR(X → A), former."""
    if rel.type != "LEADS":
        return None
    pe = _plain(rel.evidence)
    pats = _patterns()
    for lm in pats["left"].finditer(pe):
        hm = pats["take_head"].search(pe, lm.end())
        if not hm or hm.start() - lm.end() > 80:
            continue
        if any(lm.end() <= a < hm.start() for a, _ in _rel_spans(rel, rel.object)):
            return dataclasses.replace(rel, type="WORKS_FOR", status="former", role=None,
                                       rule=rel.rule + ".left38")
    return None


def department_director(rel):
    """LEADS(X → Y) from "X, directrice des programmes de Y" or "sa directrice associée X": WORKS_FOR with the
    title as role (former when "ancien" opens it)."""
    if rel.type != "LEADS":
        return None
    pe = _plain(rel.evidence)
    ss = _rel_spans(rel, rel.subject)
    if not ss:
        return None
    os_ = _rel_spans(rel, rel.object)
    for kind in ("department", "partner_director"):
        for m in _patterns()[kind].finditer(pe):
            # (the title beside the person: apposed after the name, or right before it)
            near = any(0 <= m.start() - b <= 16 and _patterns()["gap_before"].match(pe[b:m.start()])
                       or 0 <= a - m.end() <= 4 and _patterns()["gap_after"].match(pe[m.end():a]) for a, b in ss)
            if not near:
                continue
            # (a department's body after its title, or none written: "son directeur du trading"; a partner's firm
            # anywhere, "Y … occupé par sa directrice associée X")
            # (the body right after the title, no other title nor cell between: "directrice des programmes de Y
            # | directrice générale de Z" leaves Z led)
            if kind == "department" and os_ and not any(
                    0 <= a - m.end() <= 60 and not _patterns()["between_titles"].search(pe[m.end():a]) for a, _ in os_):
                continue
            title = m.group("title")
            former = any(title.startswith(f) for f in words()["former_marks"])
            return dataclasses.replace(rel, type="WORKS_FOR", role=rel.evidence[m.start("title"):m.end("title")],
                                       status="former" if former else rel.status, rule=rel.rule + ".dept38")
    return None


def former_employer_after_title(rel):
    """LEADS(X → Y) from "X, directrice générale du négociant et ancienne du pétrolier Y": WORKS_FOR, former."""
    if rel.type != "LEADS":
        return None
    os_ = _rel_spans(rel, rel.object)
    pe = _plain(rel.evidence)
    if os_ and all(_patterns()["former_of"].search(pe[max(0, a - 60):a]) for a, _ in os_):
        return dataclasses.replace(rel, type="WORKS_FOR", status="former", role=None, rule=rel.rule + ".former38")
    return None


def sale_accord(rel, index):
    """PARTNERS_WITH(A ↔ B) from "A a signé avec B un accord pour lui céder X": a sale, no partnership; the buyer's
    ACQUIRES of X (status proposed) when X is named after the verb, with the seller's OWNS of X when the text says
    "ses activités X" (a list of relations), else True (dropped); None when the sentence is something else."""
    if rel.type != "PARTNERS_WITH" or rel.negated:
        return None
    pe = _plain(rel.evidence)
    m = _patterns()["sale_accord"].search(pe)
    if not m:
        return None
    # (B, the one "avec" introduces, is one of the two; the other is A)
    inside = [n for n in (rel.subject, rel.object)
              if any(m.start("party") <= a < m.end("party") for a, _ in _rel_spans(rel, n))]
    if len(inside) != 1:
        return None
    b = inside[0]
    a = rel.object if b == rel.subject else rel.subject
    buyer = b if m.group("sell") else a
    if index is None:
        return True
    best = None
    for name, ent in index.entities.items():
        if name in (rel.subject, rel.object) or ent.type != "ORG":
            continue   # (a company or a unit; "pour lui vendre 30 avions X" sells products, no unit: dropped only)
        for x, _ in _rel_spans(rel, name):
            if 0 <= x - m.end() <= 100 and not re.search(r"[.;\d]", pe[m.end():x]) and (best is None or x < best[0]):
                best = (x, name)
    if best is None:
        return True
    bought = dataclasses.replace(rel, type="ACQUIRES", subject=buyer, object=best[1], status="proposed", role=None,
                                 share=None, rule=rel.rule + ".sale38")
    if not m.group("sell") or not re.search(r"\b(?:ses|sa|son|leurs|leur)\b", pe[m.end():best[0]]):
        return [bought]
    # ("pour lui céder ses activités X": the seller's own unit, held until the sale closes)
    return [bought, dataclasses.replace(bought, type="OWNS", subject=a, status=None, amount=None,
                                        rule=rel.rule + ".seller38")]


def equal_owners_not_partners(rel) -> bool:
    """PARTNERS_WITH between the two owners of a company held half each ("la holding, détenue à parts égales par A
    et B") that the sentence does not create as a joint venture."""
    if rel.type != "PARTNERS_WITH":
        return False
    w = words()
    if any(rel.rule.startswith(r) for r in w["equal_owner_rules"]):
        return not _patterns()["joint_venture"].search(_plain(rel.evidence))
    return False


# ------------------------------------------------------------------ words said

def accusation_in_relative(rel):
    """OPPOSES(A ↔ B) from "A a rompu son contrat avec B, qu'elle accusait de …": ACCUSES(A → B)."""
    if rel.type != "OPPOSES" or rel.negated:
        return None
    pe = _plain(rel.evidence)
    pat = _patterns()["accuse_rel"]
    for accused, accuser in ((rel.object, rel.subject), (rel.subject, rel.object)):
        sp = _rel_spans(rel, accused)
        if sp and any(pat.match(pe[b:b + 40]) for _, b in sp):
            acs = _rel_spans(rel, accuser)
            # (the accuser, the relative's subject, is written before, or only pointed at: "la plateforme … a rompu")
            if all(a < min(x for x, _ in sp) for a, _ in acs):
                return dataclasses.replace(rel, type="ACCUSES", subject=accuser, object=accused, role=None,
                                           status=None, rule=rel.rule + ".accused38")
    return None


def types38_checks(doc, index, relations: list) -> list:
    """The relations the checks above retype or turn (read at the end of relations.extract_relations)."""
    if not relations:
        return relations

    def turn(rel):
        if equal_owners_not_partners(rel):
            return True
        sold = sale_accord(rel, index)
        if sold is not None:
            return [] if sold is True else sold   # (the sale's ties in place of the partnership)
        return accepted_offer(rel) or bought_from_seller(rel) or sellers_unit(rel, index) \
            or left_to_head_another(rel) or department_director(rel) or former_employer_after_title(rel) \
            or accusation_in_relative(rel)

    return turn_each(relations, turn)
