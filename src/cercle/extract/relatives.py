"""Object relatives of holding, and the clitic "en" of a stake.

Object relatives of holding: "Y, qu'elle contrôle", "Y, que le dirigeant contrôle avec sa sœur Z",
"Y, qu'il contrôle via sa holding Z". The one the relative's subject stands for holds Y (with Z, or
through Z: Z holds Y and is held by that one). Read on the words: after "qu'elle" the tagger takes
"contrôle" for the noun, and the parse of the whole clause falls apart.

Written by hand: the subject is a pronoun or a description the entity index resolved, the antecedent the
name right before the comma and "que", which no dependency pattern over that broken parse can join."""
from __future__ import annotations

from bisect import bisect_right

from ..records import Relation
from .amounts import parse_number
from .arguments import _subject_of, lemma_of
from .lexicon import doc_text
from ..nlp.docview import tokens_of
from ..mentions.wordpos import at_words
from .slots.biz import _words
from .slots.relq26 import apposed_name

_SUBJECT_REACH = 7   # tokens between "que" and the verb: "que le groupe allemand X contrôle"
_AFTER_REACH = 5   # tokens from "avec"/"via" to the co-owner's or the vehicle's name


def _name_after(doc, j: int, stop: int, index) -> str | None:
    """The first actor named within reach after token ``j`` (past articles, possessives, kin and trade
    nouns), before any verb or punctuation."""
    for k in range(j + 1, min(j + 1 + _AFTER_REACH, stop)):
        name = index.entity_at(k)
        if name is not None:
            return name
        if doc[k].is_punct or doc[k].pos_ in ("VERB", "AUX"):
            return None
    return None


def _relative_holder(doc, t, index) -> tuple[str, str] | None:
    """(holder, held) of an object relative ending on the holding verb ``t``."""
    start = t.sent.start
    q = next((k for k in range(t.i - 1, max(start, t.i - _SUBJECT_REACH) - 1, -1)
              if doc[k].lower_ in ("que", "qu'", "qu’")), None)
    if q is None or q - 2 < start or any(doc[k].is_punct for k in range(q + 1, t.i)):
        return None
    holders = {index.entity_at(k) for k in range(q + 1, t.i)} - {None}
    held = index.entity_at(q - 2 if doc[q - 1].text == "," else q - 1)   # (the mention ending before "que")
    if held is not None and doc[q - 1].text == ",":
        described = apposed_name(doc, q - 1, index)   # (s26-relq26) "Y, la filiale de Z, qu'il contrôle": Y
        if described is not None and index.type_of(held) != "PER":
            held = described[0]
    if len(holders) != 1 or held is None:
        return None
    holder = next(iter(holders))
    if holder == held or index.type_of(held) not in ("ORG", "OTHER"):
        return None
    return holder, held


def relative_holders(doc, index, found: list[Relation]) -> list[Relation]:
    w = _words()
    forms = w["relative_holding_forms"]
    low = doc_text(doc).lower()
    if "qu" not in low or not any(f in low for f in forms):
        return found
    have = {r.key() for r in found}
    add: list[Relation] = []
    drop: set[tuple[str, str, str]] = set()
    for sent in doc.sents:
        for t in sent:
            if t.lower_ not in forms:
                continue
            got = _relative_holder(doc, t, index)
            if got is None:
                continue
            holder, held = got
            ties = [(holder, held)]
            nxt = t.i + 1
            while nxt < sent.end and doc[nxt].pos_ == "ADV":
                nxt += 1   # ("qu'il contrôle toujours via …")
            other = _name_after(doc, nxt, sent.end, index) if nxt < sent.end else None
            word = doc[nxt].lower_ if nxt < sent.end else ""
            if other is not None and other not in (holder, held):
                if word in w["relative_holding_with"]:
                    ties.append((other, held))                      # a co-owner
                elif word in w["relative_holding_via"]:
                    ties += [(other, held), (holder, other)]         # the vehicle holds it, and is held
                    drop.add(("OWNS", held, other))                   # (not the other way round)
            # the main clause the relative sits in: "Y, qu'elle contrôle, possède 78 % de W" - Y holds W (the
            # rules, on the broken parse, give W to the relative's subject)
            owned, share = _main_clause_holding(doc, t, sent.end, index, forms)
            if owned is not None and owned not in (holder, held):
                ties.append((held, owned))
                drop.add(("OWNS", holder, owned))
            former = t.lower_.endswith(("ait", "aient"))   # ("qu'il contrôlait": held no more)
            for s, o in ties:
                if ("OWNS", s, o) in have:
                    continue
                have.add(("OWNS", s, o))
                add.append(Relation(type="OWNS", subject=s, object=o, evidence=sent.text, start=sent.start_char,
                                    end=sent.end_char, confidence=0.6, rule="owns.relative_object",
                                    status="former" if former and (s, o) == (holder, held) else None,
                                    share=share if (s, o) == (held, owned) else None))
    if not add and not drop:
        return found
    return [r for r in found if r.key() not in drop] + add


def _main_clause_holding(doc, t, stop: int, index, forms) -> tuple[str | None, float | None]:
    """The company the relative's antecedent holds when the clause after the relative's closing comma is
    one of holding: "…, qu'elle contrôle, possède 78 % de W", "…, que X contrôle avec Z, détient 41 % du
    capital de W"; with the stake in percent when it is told."""
    c = next((k for k in range(t.i + 1, stop) if doc[k].is_punct), None)
    if c is None or doc[c].text != "," or c + 1 >= stop or doc[c + 1].lower_ not in forms:
        return None, None
    share = None
    for k in range(c + 2, min(c + 12, stop)):
        name = index.entity_at(k)
        if name is not None:
            if doc[k - 1].lower_ in ("de", "du", "d'", "d’", "des") or index.entity_at(k - 1) == name:
                return name, share
            return None, None
        if doc[k].text == "%" and share is None and doc[k - 1].like_num:
            try:
                share = parse_number(doc[k - 1].text)
            except ValueError:
                pass
        if doc[k].text in (",", ".", ";", ":", "(", ")") or doc[k].pos_ in ("VERB", "AUX"):
            return None, None   # (not "%": "possède 78 % de W")
    return None, None


_CLITIC_TYPES = ("OWNS", "ACQUIRES", "FOUNDED", "LEADS")   # ties whose company the clitic "en" may stand for


def _stake_verb(t, w) -> bool:
    """"en détient 21 %": a verb of holding right after the clitic "en", whose object is a stake."""
    doc = t.doc
    if t.i == 0 or doc[t.i - 1].lower_ != "en" or t.pos_ not in ("VERB", "AUX") \
            or lemma_of(t) not in w["clitic_stake_verbs"]:
        return False
    return any(c.dep_ == "obj" and (c.lower_ in w["clitic_stake_words"] or c.lemma_.lower() in w["clitic_stake_words"])
               and not any(k.dep_ == "nmod" for k in c.children) for c in t.children)


def _detached_subject(doc, t, index) -> set[str]:
    """The actor named right before ", <phrase>, en <verb>": the subject of a clause the parser hung
    elsewhere."""
    j = t.i - 2   # (t.i - 1 is "en")
    if j < t.sent.start or doc[j].text != ",":
        return set()
    k = next((k for k in range(j - 1, max(t.sent.start, j - 8) - 1, -1) if doc[k].text == ","), None)
    if k is None or index.kinds.get(k - 1) not in ("name", "introducer"):
        return set()
    name = index.entity_at(k - 1)
    return {name} if index.type_of(name) in ("PER", "ORG", "GOV") else set()


def stake_clitics(doc, index, found: list[Relation]) -> list[Relation]:
    """"Le fonds X, entré en 2019, en possède 21 %": the stake's company is the one the clitic "en" stands
    for, the company of the one tie (of holding, buying, founding or leading) told in the same sentence or,
    none there, of the one holding told in the sentence before."""
    w = _words()
    if " en " not in doc_text(doc):
        return found
    sents = list(doc.sents)
    have = {r.key() for r in found}
    add: list[Relation] = []
    tv = tokens_of(doc)
    # (only the words right after an "en", in token order: mentions/wordpos.py; each one's sentence by its start)
    starts = [s.start for s in sents]
    for t in [tv[i + 1] for i in at_words(doc, ("en",)) if i + 1 < len(tv)]:
        n = bisect_right(starts, t.i) - 1
        sent = sents[n]
        # (_stake_verb's first test, inline: few words come after "en")
        if t.i == 0 or tv[t.i - 1].lower_ != "en" or not _stake_verb(t, w):
            continue
        holders = {x[0] for x in _subject_of(t, index) if index.type_of(x[0]) in ("PER", "ORG", "GOV")}
        if not any(c.dep_ == "nsubj" for c in t.children):
            # ("A détient 64 % du groupe, le fonds X, entré en 2019, en possède 21 %" with the second clause
            # hung on the first: its subject is the name before the detached participle phrase)
            holders = _detached_subject(doc, t, index) or holders
        if len(holders) != 1:
            continue
        holder = next(iter(holders))
        # (another's holding, or the holder's own tie: "qui a fondé Y et en détient 12 %"; not another's
        # post, "son dirigeant, Z, et W, qui en possède 25 %")
        here = {r.object for r in found if r.type in _CLITIC_TYPES and sent.start_char <= r.start < sent.end_char
                and (r.type == "OWNS" or r.subject == holder) and index.type_of(r.object) == "ORG"} - {holder}
        if not here and n > 0:
            before = sents[n - 1]
            here = {r.object for r in found if r.type == "OWNS" and before.start_char <= r.start < before.end_char
                    and index.type_of(r.object) == "ORG"} - {holder}
        if len(here) != 1:
            continue
        held = next(iter(here))
        if ("OWNS", holder, held) in have:
            continue
        have.add(("OWNS", holder, held))
        add.append(Relation(type="OWNS", subject=holder, object=held, evidence=sent.text, start=sent.start_char,
                            end=sent.end_char, confidence=0.55, rule="owns.stake_clitic"))
    return found + add if add else found
