"""(s38-misses38) Ties left unread, or read as the wrong tie, although both parties are named in the sentence
(cue words in data/misses38.yaml: French words only, never a name). Read at the very end of extraction, after
precision37.

(Two turns this branch also wrote, "X a quitté A pour en prendre la tête" → WORKS_FOR former and "Y a accepté l'offre
de X" → ACQUIRES proposed, are types38.left_to_head_another and types38.accepted_offer, which run just before.)
- equal owners: "Z, détenue à parts égales par A et B", "Z appartient à parts égales à A et B": each owner owns Z
  (implied.equal_owners reads only the partnership between two companies, "A et B" partners in Z);
- nouns never verbs: "X, sponsor maillot du club Y": "sponsor" tagged as a verb is read as the noun.
"""
from __future__ import annotations

import functools
from pathlib import Path

from ..records import Relation
from ..yamldata import load_yaml
from .precision34 import _plain


@functools.lru_cache(maxsize=1)
def words() -> dict:
    raw = load_yaml((Path(__file__).parent / "data" / "misses38.yaml").read_text(encoding="utf-8"))
    return {k: tuple(str(x) for x in v) for k, v in raw.items() if isinstance(v, list)}


@functools.lru_cache(maxsize=1)
def nouns_never_verbs() -> frozenset:
    """Nouns no French verb form spells, that the tagger still takes for verbs ("X, sponsor maillot du club Y"):
    the rules read them as nouns (relations._trigger_rules)."""
    return frozenset(x.lower() for x in words()["nouns_never_verbs"])


def _name_at(index, i: int) -> str | None:
    return index.by_token.get(i) if index.kinds.get(i) in ("name", "introducer") else None


def _owners_after(tv, start: int, end: int, index) -> list[str]:
    """The names after "par", "à", "aux" and "et" in tv[start:end] ("par l'État et Z & Co", "à A et à B")."""
    owners: list[str] = []
    for k in range(start, end):
        if tv[k].lower_ not in ("par", "à", "a", "aux", "et") or k + 1 >= end:
            continue
        j = k + 1
        while j < end and tv[j].pos_ == "DET" and _name_at(index, j) is None:
            j += 1
        name = _name_at(index, j) if j < end else None
        if name and name not in owners:
            owners.append(name)
    return owners


def equal_holders(doc, index, relations: list) -> list[Relation]:
    """OWNS A → Z and B → Z from "Z, détenue à parts égales par A et B" / "Z appartient à parts égales à A et
    B" (new ties only)."""
    if doc is None or index is None:
        return []
    w = words()
    shares = tuple(_plain(x) for x in w["equal_share_words"])
    text = _plain(doc.text)
    if not any(s in text for s in shares):
        return []
    parts, belong = set(w["holding_participles"]), set(w["belonging_verbs"])
    tv = list(doc)
    have = {r.key() for r in relations}
    out: list[Relation] = []
    for tok in tv:
        low = tok.lower_
        if low not in parts and low not in belong:
            continue
        sent = tok.sent
        end = tok.i + 1
        while end < sent.end and tv[end].text not in (",", ";", ".", "(", ")", "—", ":") and end < tok.i + 18:
            end += 1
        if not any(s in _plain(" ".join(x.text for x in tv[tok.i + 1:end])) for s in shares):
            continue
        held = None
        if low in parts:
            # ("Z, détenue à parts égales par …": the name closing the phrase right before the comma)
            if tok.i >= 2 and tv[tok.i - 1].text == "," and tv[tok.i - 2].i >= sent.start:
                held = _name_at(index, tok.i - 2)
            # ("La holding Z est détenue à parts égales par …": the passive's subject)
            subj = [c for c in tok.children if c.dep_ == "nsubj:pass"]
            if held is None and len(subj) == 1:
                held = _name_at(index, subj[0].i)
        else:
            subj = [c for c in tok.children if c.dep_ == "nsubj"]
            if len(subj) == 1:
                held = _name_at(index, subj[0].i)
        if held is None:
            continue
        owners = [o for o in _owners_after(tv, tok.i + 1, end, index) if o != held]
        if len(owners) < 2:
            continue   # (one owner named: "à parts égales avec sa sœur" says no second owner's name)
        for o in owners:
            rel = Relation(type="OWNS", subject=o, object=held, evidence=sent.text, start=sent.start_char,
                           end=sent.end_char, share=round(100.0 / len(owners), 1), confidence=0.6,
                           rule="owns.equal_shares38")
            if rel.key() not in have:
                have.add(rel.key())
                out.append(rel)
    return out


def misses38_ties(doc, index, relations: list) -> list:
    """The relations with the equal owners' ties added. ("X a quitté A pour en prendre la tête" and "Y a accepté
    l'offre de X" were turned here too; types38.left_to_head_another and types38.accepted_offer, which run just
    before, turn them: one place for each.)"""
    return relations + equal_holders(doc, index, relations)
