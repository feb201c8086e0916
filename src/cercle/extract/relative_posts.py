"""Object relatives of heading and founding: "Y, que X dirige (depuis vingt ans)", "Y, que préside X",
"Y, qu'elle a créée en 2016 avec Z". The one the relative's subject stands for leads or founded the name
right before "que" (and Z, after "avec", founded it too). And of membership: "Y, dont fait partie X".

Read on the words, as relatives.py reads the relatives of holding: after "qu'elle" the tagger often takes the
verb for a noun and the clause's parse falls apart; the subject is the name (or the pronoun the entity index
resolved) between "que" and the verb, or the name right after the verb when the subject is inverted."""
from __future__ import annotations

from ..records import Relation
from .arguments import lemma_of
from .lexicon import doc_text
from .relatives import _name_after
from .slots.bonds import words as bond_words
from .slots.relq26 import apposed_name

_TYPES = {"LEADS": (("PER",), ("ORG", "GOV", "OTHER")), "FOUNDED": (("PER", "ORG"), ("ORG", "OTHER"))}
_SKIP_AFTER = ("ADV", "NUM", "ADP", "DET", "PRON")   # "qu'elle a créée en 2016 avec Z", "lui-même"


_REACH = 7   # tokens between "que" and the verb: "que le distributeur X a créée"
_APPOSED_REACH = 8   # words of an apposed description before "que": "Y, la centrale d'achat basée à Z que"
_RELATIVES = ("dont", "qui", "que", "qu'", "qu’")


def _antecedent(doc, q: int, index) -> str | None:
    """What a relative "que" at ``q`` stands for: the name right before it (and its comma); the name before
    the first relative of a chain ("Y, dont A détient 42 % et que B dirige"); the name an apposed description
    ending on "que" describes ("Y, la centrale d'achat commune que …")."""
    start = doc[q].sent.start
    j = q - 1
    if doc[j].lower_ == "et":
        j = next((k - 1 for k in range(j - 1, start, -1) if doc[k].lower_ in _RELATIVES and doc[k - 1].text == ","), -1)
        if j < start:
            return None
    if doc[j].text == ",":
        j -= 1
    if j < start:
        return None
    if index.entity_at(j) is not None:
        if doc[j + 1].text == ",":
            # (s26-relq26) "Y, la filiale immobilière de Z, que dirige X": the relative after a description closed
            # by its comma tells about the name the description is apposed to (Y), not its complement's
            described = apposed_name(doc, j + 1, index)
            if described is not None and index.type_of(index.entity_at(j)) != "PER":
                return described[0]
        if index.kinds.get(j) != "name" and _genitive_of_noun(doc, j, start):
            return None
        return index.entity_at(j)
    comma = next((k for k in range(j, max(start, j - _APPOSED_REACH) - 1, -1) if doc[k].is_punct), None)
    if comma is None or doc[comma].text != "," or comma - 1 < start or index.kinds.get(comma - 1) != "name" \
            or any(doc[k].pos_ == "AUX" or "Fin" in doc[k].morph.get("VerbForm") for k in range(comma + 1, j + 1)):
        return None
    return index.entity_at(comma - 1)


def _genitive_of_noun(doc, j: int, start: int) -> bool:
    """(s26-coref26) A second reference right before "que" that complements a noun ("la société d'économie
    mixte de la ville, que dirige X", "le bureau du groupe, que préside X"): the relative may as well describe
    the noun it complements; with no name to tell, no antecedent (precision first)."""
    k = j
    while k - 1 > start and doc[k - 1].is_lower and doc[k - 1].pos_ in ("ADJ", "NOUN"):
        k -= 1
    d = k - 1   # the determiner, or "du"/"des"
    if doc[d].lower_ in ("du", "des"):
        prep = d
    elif doc[d].pos_ == "DET":
        prep = d - 1
    else:
        return False
    return prep - 1 >= start and doc[prep].lower_ in ("de", "d'", "d’", "du", "des") \
        and doc[prep - 1].pos_ in ("NOUN", "ADJ")


def _parties(doc, t, index) -> tuple[str, str] | None:
    """(subject, antecedent) of an object relative ending on ``t``: "Y, que X dirige", "Y, qu'il a créée";
    or with the subject inverted, "Y, que dirige X"."""
    start = t.sent.start
    q = next((k for k in range(t.i - 1, max(start, t.i - _REACH) - 1, -1) if doc[k].lower_ in ("que", "qu'", "qu’")),
             None)
    if q is None or q - 1 <= start or any(doc[k].is_punct and doc[k].text != "-" for k in range(q + 1, t.i)):
        return None
    holders = {index.entity_at(k) for k in range(q + 1, t.i)} - {None}
    if not holders and q == t.i - 1 and t.i + 1 < t.sent.end and index.kinds.get(t.i + 1) == "name":
        holders = {index.entity_at(t.i + 1)}   # "Y, que dirige X"
    held = _antecedent(doc, q, index)
    if len(holders) != 1 or held is None or held in holders:
        return None
    return next(iter(holders)), held


def _co_founder(doc, t, stop: int, index, known) -> str | None:
    """"… qu'elle a créée en 2016 avec Z": the name after "avec", past dates and adverbs."""
    k = t.i + 1
    while k < stop and doc[k].lower_ != "avec" and (doc[k].pos_ in _SKIP_AFTER or doc[k].like_num) \
            and index.entity_at(k) is None:
        k += 1
    if k >= stop or doc[k].lower_ != "avec":
        return None
    other = _name_after(doc, k, stop, index)
    return other if other not in known else None


_MEMBERS_REACH = 11   # tokens from "dont" to the verb: "dont la société A et le fonds B font partie"
_FAIRE = ("fait", "font", "faisait", "faisaient", "fera", "feront", "ferait", "feraient")


def _part_of(doc, t, index) -> list[tuple[str, str]]:
    """"Y, dont fait (aussi) partie X", "Y, dont A et B font partie": (member, Y) for each member named."""
    start, stop = t.sent.start, t.sent.end
    f = next((k for k in range(t.i - 1, max(start, t.i - 3) - 1, -1) if doc[k].lower_ in _FAIRE), None)
    if f is None:
        return []
    d = next((k for k in range(f - 1, max(start, f - _MEMBERS_REACH) - 1, -1) if doc[k].lower_ == "dont"), None)
    if d is None or d - 1 <= start or any(doc[k].is_punct for k in range(d + 1, f)):
        return []
    held = _antecedent(doc, d, index)
    members = [index.entity_at(k) for k in range(d + 1, f)]
    if not any(members):   # (the subject inverted after "partie": "dont fait partie (le transporteur) A (et B)")
        k, members = t.i + 1, []
        while k < min(stop, t.i + 4) and index.entity_at(k) is None and doc[k].pos_ in ("DET", "NOUN", "ADJ"):
            k += 1
        while k < stop and (index.entity_at(k) is not None or doc[k].lower_ in ("et", ",")):
            members.append(index.entity_at(k))
            k += 1
    return [(m, held) for m in dict.fromkeys(members) if m is not None and held is not None and m != held]


_VERB_TAGS = frozenset({"VERB", "NOUN", "PROPN", "AUX"})   # (the verb mis-tagged after "que")


def relative_posts(doc, index, found: list[Relation]) -> list[Relation]:
    w = bond_words()
    verbs = {"LEADS": w["relative_lead_verbs"], "FOUNDED": w["relative_found_verbs"]}
    # lemma → the first type whose verbs hold it (a verb of both lists leads, as when they were tried in turn)
    type_of = {lem: k for k, v in reversed(verbs.items()) for lem in v}
    low = doc_text(doc).lower()
    if "qu" not in low and " dont " not in low:
        return found
    have = {r.key() for r in found}
    add: list[Relation] = []
    for sent in doc.sents:
        for t in sent:
            if t.lower_ == "partie" and " dont " in sent.text:
                for s, o in _part_of(doc, t, index):
                    if index.type_of(s) in ("PER", "ORG", "GOV") and index.type_of(o) in ("ORG", "GOV", "OTHER") \
                            and ("MEMBER_OF", s, o) not in have:
                        have.add(("MEMBER_OF", s, o))
                        add.append(Relation(type="MEMBER_OF", subject=s, object=o, evidence=sent.text,
                                            start=sent.start_char, end=sent.end_char, confidence=0.6,
                                            rule="member.relative_part_of"))
                continue
            if t.pos_ not in _VERB_TAGS:   # (tested first: most words are no verb, and lemma_of costs more)
                continue
            rtype = type_of.get(lemma_of(t))
            if rtype is None:
                continue
            got = _parties(doc, t, index)
            if got is None:
                continue
            subj_types, obj_types = _TYPES[rtype]
            ties = [got]
            if rtype == "FOUNDED":
                other = _co_founder(doc, t, sent.end, index, set(got))
                if other is not None:
                    ties.append((other, got[1]))
            former = rtype == "LEADS" and t.lower_.endswith(("ait", "aient"))   # ("qu'il dirigeait": no more)
            for s, o in ties:
                if index.type_of(s) not in subj_types or index.type_of(o) not in obj_types \
                        or (rtype, s, o) in have:
                    continue
                have.add((rtype, s, o))
                add.append(Relation(type=rtype, subject=s, object=o, evidence=sent.text, start=sent.start_char,
                                    end=sent.end_char, confidence=0.6, rule=f"{rtype.lower()}.relative_object",
                                    status="former" if former else None))
    return found + add if add else found
