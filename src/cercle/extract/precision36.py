"""(s36-precision36) Ties read again at the end of extraction, right after precision35: a type the sentence does
not give, or a tie it turns around (cue words in data/precision36.yaml: French words only, never a name).

Each check reads one relation and its sentence (the folded evidence), so it costs nothing per token; each is gated
on its type first.

- sentence by a court: "le tribunal … a condamné X", "l'autorité a infligé une amende à X": a court's or a
  regulator's sentence is OPPOSES with role sanctions (ONTOLOGY), not ACCUSES;
- banks as lenders: "Y a mandaté A et B, qui arrangeraient la dette": banks hired to lend finance the client
  (FUNDS bank → client), not employees or advisers (WORKS_FOR stays when an adviser's word is there);
- minority stake: ACQUIRES, FUNDS or INVESTS_IN with a stake below half ("Y (26 %)", "porté à 19,8 %",
  "22 % de Y") is OWNS with the share (ONTOLOGY);
- offer: "a remis une offre ferme pour prendre le contrôle de Y" is BIDS_FOR (proposed), not ACQUIRES, unless the
  sentence says the offer won;
- unit read as owner: OWNS(X → Y) where X is written as "sa filiale X" after Y (the unit is owned, by the
  possessive's antecedent) is dropped; "X, actionnaire de Z et filiale de l'allemand Y" read as OWNS(X → Y) is
  turned around (OWNS Y → X);
- consortium formed by: "Y, le consortium formé par A, B et C": each member FOUNDED Y (team convention s35),
  no pairwise PARTNERS_WITH, no MEMBER_OF;
- scarce contact: "nous nous parlons peu", "ils se voient rarement": no meeting;
- rivals listed: "Y a devancé ses concurrents A et B": A and B compete with Y (OWNS read as COMPETES_WITH), not with
  each other; a stake in a rival stays a holding;
- yes/no question: "X a-t-il pris le contrôle de Y ?", "Est-ce que X va racheter Y ?": an event asked about is no
  tie (a wh-question, "Pourquoi avoir racheté Y ?", presupposes it; possessions are left alone).
"""
from __future__ import annotations

import dataclasses
import functools
import re
from pathlib import Path

from ..yamldata import load_yaml
from .precision34 import _plain, _sentence_tokens, _spans, _text_spans


@functools.lru_cache(maxsize=1)
def words() -> dict:
    raw = load_yaml((Path(__file__).parent / "data" / "precision36.yaml").read_text(encoding="utf-8"))
    return {k: tuple(_plain(str(x)) if not str(x).isupper() else str(x) for x in v)
            for k, v in raw.items() if isinstance(v, list)}


def _lit(ws) -> str:
    return "|".join(re.escape(w) for w in sorted(set(ws), key=len, reverse=True))


_DE = r"(?:de |d'|du |des )(?:la |le |les |l')?"
_NUM = r"(\d{1,3}(?:[,.]\d+)?)\s*(?:%|pour ?cent)"


@functools.lru_cache(maxsize=1)
def _patterns() -> dict:
    w = words()
    return {
        "court": re.compile(r"\b(?:" + _lit(w["sentencing_bodies"]) + r")\b"),
        "sentence": re.compile(r"\b(?:" + _lit(w["sentence_words"]) + r")\b"),
        "charge": re.compile(r"\b(?:" + _lit(w["charge_words"]) + r")\b"),
        "mandate": re.compile(r"\b(?:" + _lit(w["mandate_words"]) + r")\b"),
        "lending": re.compile(r"\b(?:" + _lit(w["lending_words"]) + r")\b"),
        "advice": re.compile(r"\b(?:" + _lit(w["advice_words"]) + r")\b"),
        "stake_after": re.compile(r"^\s*\((?:[^()%]{0,45}?)\b" + _NUM + r"\s*(?:du capital\s*|des (?:parts|actions|"
                                  r"titres|droits de vote)\s*)?\)"),
        "stake_before": re.compile(_NUM + r"\s+(?:(?:du |de son |de leur )?capital\s+|des (?:parts|actions|titres|"
                                   r"droits de vote)\s+)?(?:" + _DE + r"|dans (?:la |le |les |l')?)"
                                   r"(?:(?!(?:" + _lit(w["non_stake_words"]) + r")\b)[a-z\-]+ ){0,3}$"),
        "any_pct": re.compile(_NUM),
        "stake_near": re.compile(r"%|\bpour ?cent\b|\b(?:capital|participation|participations|actions|titres|parts|"
                                 r"actionnaire|actionnaires|detient|detenu|controle)\b"),
        "round": re.compile(r"\b(?:" + _lit(w["round_words"]) + r")\b"),
        "control": re.compile(r"(?:\b|^)(?:" + _lit(w["control_words"]) + r")(?:\b|$)"),
        "offer": re.compile(r"\b(?:" + _lit(w["offer_nouns"]) + r")\b(?:\s+[a-z\-]+){0,3}?\s+"
                            r"(?:pour|de|d'|visant a|en vue de|afin de|destinee a|destine a)\s*(?:l'|la |le )?"
                            r"(?:" + _lit(w["offer_purposes"]) + r")\b"),
        "offer_won": re.compile(r"\b(?:" + _lit(w["offer_won"]) + r")\b"),
        "possessed_child": re.compile(r"\b(?:" + _lit(w["child_possessives"]) + r") (?:" + _lit(w["child_nouns"])
                                      + r")(?: (?!(?:de|du|des|d|la|le|les|l|au|aux|a)\b)[a-z\-]+){0,3}?\s*,?\s*$"),
        "child_of": re.compile(r"\b(?:" + _lit(w["child_nouns"]) + r")(?: [a-z\-]+){0,2}? " + _DE
                               + r"(?:(?:" + _lit(w["parent_fillers"]) + r") ){0,3}$"),
        "consortium": re.compile(r"\b(?:le |la |un |une |l')(?:" + _lit(w["consortium_nouns"]) + r")\s+"
                                 r"(?:[a-z\-]+\s+){0,2}?(?:" + _lit(w["founding_participles"]) + r")\s+par\b"),
        "rival_list": re.compile(r"\b(?:" + _lit(w["rival_possessives"]) + r") (?:(?:" + _lit(w["rival_fillers"])
                                 + r") ){0,2}(?:" + _lit(w["rival_nouns"]) + r")(?: (?:" + _lit(w["rival_fillers"])
                                 + r"))?\s*(?::|,)?\s*(?:(?:le |la |les |l'|l’)?(?:[a-z\-]+ ){0,2})?$"),
        "question": re.compile(r"\w-t-(?:il|elle|on|ils|elles)\b|\best-ce qu|\b[a-z]{2,}-(?:il|elle|ils|elles|on)\b"),
        "wh": re.compile(r"(?:" + _lit(w["question_wh"]) + r")\b"),
        "scarce": re.compile(r"\b(?:nous nous|vous vous|se|s'|nous|vous)\s*(?:ne |n')?(?:sommes |sont |etions |"
                             r"etaient )?(?:" + _lit(w["contact_verbs"]) + r")[a-z]*\s+(?:" + _lit(w["scarcity_adverbs"])
                             + r")\b"),
    }


def _sub(rel, a: int, b: int) -> str:
    """The folded evidence between two document offsets."""
    pe = _plain(rel.evidence)
    return pe[max(0, a - rel.start):max(0, b - rel.start)]


# ------------------------------------------------------------------ retypes

def court_sentence(rel, index):
    """ACCUSES(court → X) from a sentence or a fine: OPPOSES role sanctions; None otherwise."""
    if rel.type != "ACCUSES":
        return None
    pats = _patterns()
    if not pats["court"].search(_plain(rel.subject)):
        return None
    if index is not None:
        ent = index.entities.get(rel.subject)
        if ent is not None and ent.type == "PER":
            return None
    spans = _text_spans(rel.evidence, rel.start, rel.object)
    pe = _plain(rel.evidence)
    if pats["charge"].search(pe):
        return None
    if spans:
        # the sentence word near the accused (before it, or right after: "X, condamnée à …")
        if not any(pats["sentence"].search(_sub(rel, a - 90, a)) or pats["sentence"].search(_sub(rel, b, b + 60))
                   for a, b in spans):
            return None
    elif not pats["sentence"].search(pe):
        return None
    return dataclasses.replace(rel, type="OPPOSES", role="sanctions", rule=rel.rule + ".court36")


def lenders(rel, index):
    """WORKS_FOR(bank → client) from a mandate to lend: FUNDS(bank → client); None otherwise."""
    if rel.type != "WORKS_FOR" or index is None:
        return None
    ent = index.entities.get(rel.subject)
    if ent is None or ent.type == "PER":
        return None
    pats = _patterns()
    pe = _plain(rel.evidence)
    if not ("mandat" in rel.rule or pats["mandate"].search(pe)):
        return None
    spans = _text_spans(rel.evidence, rel.start, rel.subject)
    if not spans:
        return None
    b = max(e for _, e in spans)
    after = re.split(r"[.;:]", _sub(rel, b, rel.end))[0]
    before = _sub(rel, rel.start, min(a for a, _ in spans))
    # ("pour financer l'opération, Y a mandaté A": the purpose fronted; "A, qui arrangeraient la dette": after)
    if not (pats["lending"].search(after[:120]) or pats["lending"].search(before[:60])):
        return None
    if pats["advice"].search(after[:120]) or pats["advice"].search(before):
        return None
    return dataclasses.replace(rel, type="FUNDS", role=None, rule=rel.rule + ".lender36")


def minority_stake(rel):
    """ACQUIRES/FUNDS/INVESTS_IN with a stake below half: OWNS with the share; None otherwise."""
    if rel.type not in _capital_types() or rel.negated:
        return None
    pats = _patterns()
    pe = _plain(rel.evidence)
    # (the share the rule read may be another holder's, "… tandis que Z entre au capital à hauteur de 9 %": only a
    # table row's that opens on the holder, whose cells are its own)
    share = rel.share if "table" in rel.rule and _plain(rel.evidence).lstrip("| ").startswith(_plain(rel.subject)) \
        else None
    # (a round's investor in a table keeps INVESTS_IN: "| 25 % | chef de file de la levée |")
    if share is not None and rel.type == "INVESTS_IN" and pats["round"].search(pe):
        return None
    if share is None:
        spans = _text_spans(rel.evidence, rel.start, rel.object)
        for a, b in spans:
            m = pats["stake_after"].match(_sub(rel, b, b + 60))
            if not m:
                m = pats["stake_before"].search(_sub(rel, a - 70, a))
                if m and _agent_after(rel, b):
                    m = None   # (s37-precision37) "une participation de 15 % dans Y, rachetée en 2021 par X": the
                    # stake is another holder's, X bought Y whole
            if m:
                share = float(m.group(1).replace(",", "."))
                break
    if share is None or share >= 50 or share <= 0:
        return None
    # (a control word or another stake of half or more in the sentence: a takeover in steps, left alone)
    if pats["control"].search(pe) or any(float(m.group(1).replace(",", ".")) >= 50 for m in pats["any_pct"].finditer(pe)):
        return None
    return dataclasses.replace(rel, type="OWNS", share=share, amount=None, role=None,
                               status=None if rel.status in ("proposed", "completed") else rel.status,
                               rule=rel.rule + ".stake36")


def _agent_after(rel, b: int) -> bool:
    """(s37-precision37) The subject is written only after the object at offset ``b``, as the agent of a participle
    ("Y, rachetée en 2021 par X")."""
    ss = _text_spans(rel.evidence, rel.start, rel.subject)
    return bool(ss) and all(a >= b and re.search(r"\bpar\s+(?:le |la |les |l')?$", _sub(rel, b, a)) for a, _ in ss)


@functools.lru_cache(maxsize=1)
def _capital_types() -> frozenset:
    return frozenset(words()["capital_types"])


def offer_bid(rel):
    """ACQUIRES read from an offer to buy ("a remis une offre ferme pour prendre le contrôle de Y"): BIDS_FOR
    (proposed); None otherwise."""
    if rel.type != "ACQUIRES" or rel.negated:
        return None
    pats = _patterns()
    spans = _text_spans(rel.evidence, rel.start, rel.object)
    if not spans:
        return None
    a = min(x for x, _ in spans)
    before = _sub(rel, a - 140, a)
    m = None
    for m in pats["offer"].finditer(before):
        pass
    if m is None or len(before) - m.end() > 40:
        return None
    if pats["offer_won"].search(_plain(rel.evidence)):
        return None
    return dataclasses.replace(rel, type="BIDS_FOR", status="proposed", rule=rel.rule + ".offer36")


# ------------------------------------------------------------------ drops and turns

def unit_as_owner(rel):
    """OWNS(X → Y) where X is written "sa filiale X" after Y (dropped: True), or "X, … filiale de l'allemand Y"
    (turned around: the relation). None when the tie is something else."""
    if rel.type != "OWNS" or "table" in rel.rule and "subsidiary" not in rel.rule:
        return None
    pats = _patterns()
    ss = _text_spans(rel.evidence, rel.start, rel.subject)
    os_ = _text_spans(rel.evidence, rel.start, rel.object)
    if not ss or not os_:
        return None
    # "… au groupe Y sa filiale X": X named as a unit, after Y
    if all(pats["possessed_child"].search(_sub(rel, a - 50, a)) for a, _ in ss) \
            and min(a for a, _ in os_) < min(a for a, _ in ss):
        return True
    # "X, premier actionnaire de Z et filiale de l'allemand Y": Y is X's parent
    if all(pats["child_of"].search(_sub(rel, a - 60, a)) for a, _ in os_):
        first_o = min(a for a, _ in os_)
        last_s = max(b for _, b in ss if b <= first_o) if any(b <= first_o for _, b in ss) else None
        if last_s is None:
            return None   # ("X, chaîne du groupe Y, lui-même filiale de Z": Y's parent named after it)
        between = _sub(rel, last_s, first_o)
        # (the unit's own apposition: a comma opens it, no clause in it)
        if between.lstrip().startswith(",") and not re.search(r"\b(?:qui|que|dont|a|ont|est|sont|avait|detient)\b",
                                                              between):
            return dataclasses.replace(rel, subject=rel.object, object=rel.subject, share=None, role="filiale",
                                       rule=rel.rule + ".turned36")
        return True
    return None


_EARLIER = re.compile(r"[A-ZÀ-Ý][\w'’\-&.]*(?:\s+(?:de |du |des |d')?[A-ZÀ-Ý&][\w'’\-&.]*)*\s*(?:,|\bet|\bou)\s*$")


def _in_rival_list(rel, a: int) -> bool:
    """The name at document offset ``a`` is in a list a possessive rival noun opens ("ses concurrents A et B")."""
    before = rel.evidence[max(0, a - rel.start - 160):a - rel.start]
    for _ in range(6):
        if _patterns()["rival_list"].search(_plain(before)):
            return True
        m = _EARLIER.search(before)
        if not m:
            return False
        before = before[:m.start()]
    return False


def rivals_listed(rel):
    """OWNS(Y → X) where X is listed after "ses concurrents": COMPETES_WITH(Y, X) (the relation); COMPETES_WITH(A, B)
    where both are in that list: dropped (True). None otherwise."""
    if rel.type not in ("OWNS", "COMPETES_WITH") or "table" in rel.rule:
        return None
    os_ = _text_spans(rel.evidence, rel.start, rel.object)
    if not os_ or not all(_in_rival_list(rel, a) for a, _ in os_):
        return None
    ss = _text_spans(rel.evidence, rel.start, rel.subject)
    # (the possessor named before the list: "Y a devancé ses concurrents A et B"; not "nos concurrents, A, la filiale
    # de Y": Y named after is A's owner)
    if rel.type == "OWNS" and (not ss or max(a for a, _ in ss) > min(a for a, _ in os_)):
        return None
    if rel.type == "COMPETES_WITH":
        return True if ss and all(_in_rival_list(rel, a) for a, _ in ss) else None
    if ss and all(_in_rival_list(rel, a) for a, _ in ss):
        return True
    # ("18,7 % du capital de son concurrent X": a stake in a rival is a holding)
    if rel.share is not None or any(_patterns()["stake_near"].search(_sub(rel, a - 80, a)) for a, _ in os_):
        return None
    return dataclasses.replace(rel, type="COMPETES_WITH", share=None, role=None, amount=None,
                               rule=rel.rule + ".rivals36")


def scarce_contact(rel) -> bool:
    """MEETS from a contact an adverb of scarcity denies ("nous nous parlons peu")."""
    return rel.type == "MEETS" and bool(_patterns()["scarce"].search(_plain(rel.evidence)))


def yes_no_question(rel, doc, index=None) -> bool:
    """An event read from a yes/no question ("X a-t-il pris le contrôle de Y ?"): the text asks, it does not say."""
    if rel.type not in _question_types():
        return False
    text = doc.text if doc is not None else rel.evidence
    tail = text[rel.end:rel.end + 3].lstrip()
    ev = rel.evidence.rstrip()
    if not (ev.endswith("?") or tail.startswith("?")):
        return False
    pe = _plain(ev)
    m = _patterns()["question"].search(pe)
    if not m:
        return False
    # (a party named after the asking verb is asked about: "X a-t-il pris le contrôle de Y ?"; a tie both of whose
    # parties come before it is the question's presupposed subject, "Le partenariat entre A et B vous inquiète-t-il ?")
    # (a party a descriptor names counts where the descriptor is: "X a-t-il pris le contrôle du club ?")
    tokens = _sentence_tokens(doc, rel) if doc is not None else []
    after = [a for name in (rel.subject, rel.object) for a, _ in _spans(doc, index, tokens, rel, name)
             if a - rel.start >= m.start()]
    if not after:
        return False
    # (a question a wh-word opens, "Pourquoi avoir racheté Y ?", presupposes the event)
    return not _patterns()["wh"].match(pe.lstrip(" «\"-—–"))


@functools.lru_cache(maxsize=1)
def _question_types() -> frozenset:
    return frozenset(words()["question_event_types"])


def consortium_founders(relations: list) -> list:
    """"Y, le consortium formé par A, B et C": pairwise PARTNERS_WITH and MEMBER_OF(A → Y) of that sentence become
    FOUNDED(A → Y) for each member."""
    pat = _patterns()["consortium"]
    hits = {}
    for r in relations:
        if r.type in ("PARTNERS_WITH", "MEMBER_OF") and (r.start, r.end) not in hits:
            hits[(r.start, r.end)] = pat.search(_plain(r.evidence))
    if not any(hits.values()):
        return relations
    out, have, add = [], {r.key() for r in relations}, []
    by_sentence: dict = {}
    for r in relations:
        m = hits.get((r.start, r.end))
        if m and r.type in ("PARTNERS_WITH", "MEMBER_OF"):
            by_sentence.setdefault((r.start, r.end), []).append(r)
    drop = set()
    for key, rels in by_sentence.items():
        m = hits[key]
        r0 = rels[0]
        # the consortium's name: the MEMBER_OF object, written right before the noun ("Y, le consortium …")
        named = {r.object for r in rels if r.type == "MEMBER_OF"
                 and any(0 <= m.start() - (b - r.start) <= 3 for _, b in _text_spans(r.evidence, r.start, r.object))}
        if len(named) != 1:
            continue
        body = next(iter(named))
        members = set()
        for r in rels:
            if r.type == "MEMBER_OF" and r.object == body:
                members.add(r.subject)
            elif r.type == "PARTNERS_WITH" and body not in (r.subject, r.object):
                # (only members named after the participle: the list the consortium is formed by)
                if all(any(a - r.start >= m.end() for a, _ in _text_spans(r.evidence, r.start, x))
                       for x in (r.subject, r.object)):
                    members.update((r.subject, r.object))
                else:
                    continue
            drop.add(id(r))
        for x in sorted(members):
            if ("FOUNDED", x, body) not in have:
                have.add(("FOUNDED", x, body))
                add.append(dataclasses.replace(r0, type="FOUNDED", subject=x, object=body, role=None, share=None,
                                               amount=None, rule="founded.consortium36"))
    for r in relations:
        if id(r) not in drop:
            out.append(r)
    return out + add


def precision36_checks(doc, index, relations: list) -> list:
    """The relations the checks above leave or retype (read at the end of relations.extract_relations)."""
    if not relations:
        return relations
    relations = consortium_founders(relations)
    keys = {r.key() for r in relations}
    out = []
    for rel in relations:
        if scarce_contact(rel) or yes_no_question(rel, doc, index):
            continue
        turned = unit_as_owner(rel)
        if turned is None:
            turned = rivals_listed(rel)
        if turned is True:
            continue
        if turned is not None:
            if turned.key() in keys:
                continue
            keys.add(turned.key())
            rel = turned
        new = court_sentence(rel, index) or lenders(rel, index) or minority_stake(rel) or offer_bid(rel)
        if new is not None:
            if new.key() in keys:
                continue   # (the right tie is already read: the wrong one goes)
            keys.add(new.key())
            rel = new
        out.append(rel)
    return out
