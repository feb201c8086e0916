"""(s20-gapB3) Readers of recurring gaps in the capital, deal and cooperation ties.

joint_bid: "A et B préparent une contre-offre commune (sur Y)", "A, B et C ont déposé une offre commune de N
pour se partager les activités de Y", "l'offre déposée conjointement par A, B et C pour racheter Y": the
bidders of one joint offer are partners, and each bids for the target (slots "joint_bidders",
"joint_target"). The parser breaks such lists (a bracketed acronym, the agent hung on a time noun): both
are read as a line.
"""
from __future__ import annotations

from ...mentions.entities import EntityIndex
from ...mentions.index import OFFER_NOUNS
from ...nlp.docview import tokens_of
from ..arguments import _subject_of, case_of, entities_at, extend_list
from .found import Found

_OFFER_NOUNS = OFFER_NOUNS | {"offres", "contre-offres"}   # (the takeover offer nouns, and their plurals)
# the word that makes an offer a joint one, right after the noun ("une offre commune") or in the clause
_JOINT_AFTER = frozenset({"commune", "conjointe", "jointe", "communes", "conjointes"})
_JOINT_ADVERBS = frozenset({"conjointement", "ensemble"})
# infinitives after "pour" that say what the offer is for: their object is the target
_TAKE_VERBS = frozenset({"racheter", "reprendre", "acquérir", "acheter", "partager", "emparer", "contrôler"})
_LIST_GLUE = frozenset({",", "et", "&"})


def _names_back(tv, index: EntityIndex, k: int) -> list[tuple[str, int]]:
    """'A, B (acronym) et C' read leftwards from token k, the last word of C: the names of the list."""
    out: list[tuple[str, int]] = []
    first = k   # (where the leftmost name of the list starts)
    while k >= 0:
        if tv[k].text == ")":   # ("Tarvel (TP)": the bracket after a name)
            j = k
            while j >= 0 and tv[j].text != "(" and k - j < 8:
                j -= 1
            if j < 0 or tv[j].text != "(":
                break
            k = j - 1
            continue
        name = index.entity_at(k) if index.kinds.get(k) == "name" else None
        if name is None and out and tv[k].text == "," and k + 1 < len(tv) and tv[k + 1].lower_ in _LIST_GLUE:
            # ((s32-deals32) "A, B, la maison mère de D, et C": past the apposition of the list's item before)
            j = _before_apposition(tv, index, k, max(0, k - 14))
            if j >= 0:
                k = j
                name = index.entity_at(k)
        if name is None or any(n == name for n, _ in out):
            break
        out.append((name, k))
        while k >= 0 and index.entity_at(k) == name:
            k -= 1
        first = k + 1
        if k >= 1 and tv[k].lower_ in _LIST_GLUE:
            k -= 1
            continue
        break
    b = first - 1
    while b > 0 and tv[b].pos_ == "DET" and index.entity_at(b) is None:
        b -= 1   # ((s32-deals32) "Selon Les Echos, A et B …": the source's article)
    if len(out) >= 3 and first > 0 and tv[b].pos_ == "ADP":
        out.pop()   # ("Selon X, A et B …": the source before the comma is no bidder)
    return out


def _names_forward(tv, index: EntityIndex, k: int, end: int) -> list[tuple[str, int]]:
    """'par A, B et C': the names of the list from token k on."""
    out: list[tuple[str, int]] = []
    while k < end:
        name = index.entity_at(k) if index.kinds.get(k) == "name" else None
        if name is None:
            break
        if not any(n == name for n, _ in out):
            out.append((name, k))
        while k < end and index.entity_at(k) == name:
            k += 1
        if k < end and tv[k].text == "(":   # (a bracketed acronym)
            while k < end and tv[k].text != ")":
                k += 1
            k += 1
        if k < end and tv[k].lower_ in _LIST_GLUE:
            k += 1
            continue
        break
    return out


def _joint_bidders(t, tv, index: EntityIndex, start: int, end: int) -> list[tuple[str, int]]:
    # "déposée (la veille) conjointement par A, B et C"
    for k in range(t.i + 1, min(end, t.i + 12)):
        if tv[k].lower_ in _JOINT_ADVERBS and k + 1 < end and tv[k + 1].lower_ == "par":
            j = k + 2   # ("par les groupes A, B et C": the kind noun before the list)
            while j < min(end, k + 5) and index.kinds.get(j) != "name" and tv[j].pos_ in ("DET", "NOUN", "ADJ"):
                j += 1
            return _names_forward(tv, index, j, end)
    # "A et B préparent une offre commune", "A, B et C ont déposé (ensemble) une offre commune": the names
    # right before the verb the offer is the object of
    verb = t.head
    if t.dep_ != "obj" or verb.pos_ != "VERB" or verb.i > t.i:
        verb = next((tv[k] for k in range(t.i - 1, max(start, t.i - 6) - 1, -1) if tv[k].pos_ == "VERB"), None)
        if verb is None:
            return []
    k = verb.i - 1
    while k >= start and (tv[k].pos_ in ("AUX", "ADV") or tv[k].lower_ in ("se", "s'", "s’", "ne", "n'", "n’")):
        k -= 1
    if k < start:
        return []
    got = _names_back(tv, index, k)
    if not got and tv[k].text == ",":
        got = _names_back(tv, index, _before_apposition(tv, index, k, start))
    return got


def _before_apposition(tv, index: EntityIndex, k: int, start: int) -> int:
    """(s32-deals32) "A, B et C, maison mère de D, ont déposé …": from the comma k that closes an apposition of the
    list's last name (a descriptor, no name first and no verb in it), the last word before the apposition's
    opening comma; -1 when there is none."""
    j = k - 1
    while j > max(start, k - 12) and tv[j].text != ",":
        if tv[j].pos_ in ("VERB", "AUX") or tv[j].text in _STOPS:
            return -1
        j -= 1
    if j <= start or tv[j].text != "," or index.kinds.get(j + 1) == "name" or tv[j + 1].pos_ not in ("NOUN", "DET", "ADJ"):
        return -1
    return j - 1 if index.kinds.get(j - 1) == "name" else -1


def _joint_target(t, tv, index: EntityIndex, end: int) -> list[tuple[str, int]]:
    """'(offre) sur Y', '(offre …) pour racheter Y', 'pour se partager l'essentiel des activités de Y'."""
    for k in range(t.i + 1, min(end, t.i + 16)):
        low = tv[k].lower_
        if low == "sur" and k + 1 < end:
            got = _first_name(tv, index, k + 1, min(end, k + 5))
            if got:
                return [got]
        if low == "pour":
            for v in range(k + 1, min(end, k + 4)):
                if tv[v].lemma_.lower() in _TAKE_VERBS or tv[v].lower_ in _TAKE_VERBS:
                    got = _first_name(tv, index, v + 1, min(end, v + 9))
                    return [got] if got else []
            return []
    return []


def _first_name(tv, index: EntityIndex, k: int, end: int) -> tuple[str, int] | None:
    while k < end and tv[k].text not in (",", ";", ".", "(", "«"):
        if index.kinds.get(k) == "name":
            return index.entity_at(k), k
        k += 1
    return None


def joint_bid(t, index: EntityIndex, out: Found) -> None:
    if t.lower_ not in _OFFER_NOUNS or not out.wants("joint_bidders", "joint_target"):
        return
    tv = tokens_of(t.doc)
    sent = t.sent
    start, end = sent.start, sent.end
    joint = t.i + 1 < end and tv[t.i + 1].lower_ in _JOINT_AFTER \
        or any(tv[k].lower_ in _JOINT_ADVERBS for k in range(max(start, t.i - 4), min(end, t.i + 12)))
    if not joint:
        return
    bidders = [x for x in _joint_bidders(t, tv, index, start, end)
               if index.type_of(x[0]) in ("ORG", "GOV", "PER")]
    if len({n for n, _ in bidders}) < 2:
        return
    out.put("joint_bidders", bidders)
    target = [x for x in _joint_target(t, tv, index, end) if x[0] not in {n for n, _ in bidders}]
    if target:
        out.put("joint_target", target)


# paid_for_stake: "X a payé (déboursé) N pour 13 % de Y", "X, qui a déboursé N pour 13 % de la société
# commerciale de la ligue, Y": the stake bought is in Y, X holds it (slot "stake_paid"). Read as a line: the
# parser hangs "pour N %" on the verb or on the amount, and breaks the descriptor's apposition.
PAY_VERBS = frozenset({"payer", "débourser", "verser", "dépenser", "consacrer", "mettre"})
_STOPS = frozenset({".", ";", "(", "«", "»", ":"})


def _stake_company(tv, index: EntityIndex, k: int, end: int) -> tuple[str, int] | None:
    """The company of '… % [du capital] de Y' from token k, the word after '%'."""
    if k + 1 < end and tv[k].lower_ == "du" and tv[k + 1].lower_ in ("capital", "groupe"):
        k += 2
    if k >= end or tv[k].lower_ not in ("de", "d'", "d’", "du"):
        return None
    k += 1
    if index.kinds.get(k) == "name":
        return index.entity_at(k), k
    # "de la société commerciale de la ligue, Y": the name after the descriptor's comma, else the first
    first = None
    for j in range(k, min(end, k + 12)):
        if tv[j].text in _STOPS:
            break
        if tv[j].text == "," and j + 1 < end and index.kinds.get(j + 1) == "name":
            return index.entity_at(j + 1), j + 1
        if tv[j].text == ",":
            break
        if first is None and index.kinds.get(j) == "name":
            first = (index.entity_at(j), j)
    return first


def paid_for_stake(t, index: EntityIndex, out: Found) -> None:
    if not out.wants("stake_paid"):
        return
    tv = tokens_of(t.doc)
    end = t.sent.end
    for k in range(t.i + 1, min(end - 2, t.i + 10)):
        if tv[k].text in _STOPS:
            return
        if tv[k].lower_ == "pour" and tv[k + 1].like_num and tv[k + 2].text == "%":
            got = _stake_company(tv, index, k + 3, end)
            if got is not None and index.type_of(got[0]) in ("ORG", "GOV", "OTHER"):
                out.put("stake_paid", [got])
            return


# hand_in_hand: "X travaille main dans la main avec Y": the idiom of close cooperation; the "avec" side is the
# partner (slot "hand_in_hand"). Only with the idiom's two "main": "travailler avec Y" alone is no partnership.
HAND_VERBS = frozenset({"travailler", "œuvrer", "oeuvrer", "avancer", "agir", "collaborer", "marcher"})


def hand_in_hand(t, index: EntityIndex, out: Found) -> None:
    if not out.wants("hand_in_hand"):
        return
    tv = tokens_of(t.doc)
    end = t.sent.end
    k = t.i + 1
    if not (k + 4 < end and tv[k].lower_ == "main" and tv[k + 1].lower_ == "dans" and tv[k + 3].lower_ == "main"
            and tv[k + 4].lower_ == "avec"):
        return
    got = _first_name(tv, index, k + 5, min(end, k + 9))
    if got is not None:
        out.put("hand_in_hand", [got])


# among_holders: "Y compte (aussi) X parmi ses actionnaires", "A et B figurent parmi ses premiers investisseurs",
# "Parmi les actionnaires (de Y) figure aussi X": X holds a stake in (invests in) Y; Y is the counting verb's
# subject, the "de" phrase, the possessive's owner, or the article's company (slots "among_holder",
# "among_owner")
AMONG_NOUNS = frozenset({"actionnaires", "investisseurs", "actionnaire", "investisseur"})
# (read as a line: the tagger often makes "compte" a noun and hangs "parmi ses actionnaires" on the name)
_COUNT_FORMS = frozenset({"compte", "comptent", "comptait", "comptaient", "compterait", "comptera"})
_FIGURE_FORMS = frozenset({"figure", "figurent", "figurait", "figuraient", "figurera", "figureraient", "figurerait"})


def among_holders(t, index: EntityIndex, out: Found) -> None:
    if not out.wants("among_holder", "among_owner"):
        return
    tv = tokens_of(t.doc)
    start, end = t.sent.start, t.sent.end
    p = next((k for k in range(t.i - 1, max(start, t.i - 4) - 1, -1) if tv[k].lower_ == "parmi"), None)
    if p is None:
        return
    holders: list[tuple[str, int]] = []
    owner = None
    count = next((k for k in range(p - 1, max(start, p - 12) - 1, -1) if tv[k].lower_ in _COUNT_FORMS), None)
    if count is not None:
        # "Y compte (aussi) X parmi ses actionnaires"
        holders = [(index.entity_at(k), k) for k in range(count + 1, p) if index.kinds.get(k) == "name"]
        # the verb's subject right before it ("le groupe Y compte", "Y compte aussi"), a name or a
        # descriptor the text resolved; not a name further back ("Pilier de l'alliance Z, le groupe compte")
        k = count - 1
        while k >= start and (tv[k].pos_ in ("ADV", "AUX") or tv[k].lower_ in ("ne", "n'", "n’")):
            k -= 1
        subject = index.entity_at(k) if k >= start else None
        owner = (subject, k) if subject is not None and subject not in {n for n, _ in holders} else None
    elif (k := next((m for m in range(t.i + 1, min(end, t.i + 6)) if tv[m].lower_ in _FIGURE_FORMS
                     or tv[m].text in _STOPS or tv[m].text == ","), None)) is not None \
            and tv[k].lower_ in _FIGURE_FORMS:
        # "Parmi les actionnaires (de Y) figure aussi X"
        j = next((m for m in range(k + 1, min(end, k + 4)) if index.kinds.get(m) == "name"), None)
        holders = _names_forward(tv, index, j, end) if j is not None else []
    elif p > start and tv[p - 1].lower_ in _FIGURE_FORMS:
        # "A et B figurent parmi ses premiers investisseurs"
        k = p - 2
        while k >= start and tv[k].pos_ in ("ADV", "AUX"):
            k -= 1
        holders = _names_back(tv, index, k) if k >= start else []
    if not holders:
        return
    names = {n for n, _ in holders}
    if owner is None and t.i + 2 < end and tv[t.i + 1].lower_ in ("de", "d'", "d’", "du") \
            and index.kinds.get(t.i + 2) == "name":
        owner = (index.entity_at(t.i + 2), t.i + 2)
    if owner is None and index.topic and index.topic not in names:
        owner = (index.topic, t.i)   # ("parmi ses actionnaires": the company the article is about)
    if owner is not None and owner[0] not in names:
        out.put("among_holder", holders)
        out.put("among_owner", [owner])
