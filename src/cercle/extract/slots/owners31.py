"""(s31-owners31) Ownership read as mechanisms of French, along the words where the parser breaks the phrase
(lexicons in data/owners31.yaml):

- a relative of a holding verb after a name or its apposition: "A, la holding qui chapeaute B et la société C",
  "A, la holding familiale, qui ne détient plus que 4 % de B", "A, qui contrôle B et C": A holds each company
  the clause names (slots "subj", "obj" of the trigger set again: the parser often takes the last object for the
  verb's subject, or tags the verb a proper noun). A structural verb (chapeauter, coiffer, regrouper…) needs a
  parent company's noun in the apposition ("la fédération, qui regroupe A" is a membership).
- a gapped stake list: "Y, dont A et B possèdent chacun 37,5 % et C 25 %", "A détient 40 % de Y et le fonds C
  20 %": C, the name right before a second share, holds Y too (slots "gapped_holder", "gapped_held" of
  owns.gapped_stake), and is never the company held (dropped from the trigger's other slots).
- an owner still to come: "X s'apprête à devenir l'actionnaire majoritaire de Y", "X deviendra le propriétaire
  de Y", "X va devenir l'unique actionnaire de Y" (ACQUIRES, proposed); "X veut devenir le propriétaire de Y"
  (BIDS_FOR, proposed); "X devrait devenir actionnaire de Y" (OWNS, proposed). Slots "future_owner",
  "future_owned" (acquires.future_owner, bids.future_owner, owns.future_owner); the shareholder rule's slots go.
- a deal won over other bidders: "X l'a emporté face à A et B", "X s'est imposé devant A", "X a été préféré à A":
  when X is the buyer of the text's one deal (deal_frame30), A and B bid for its target (slots "beaten_bidder",
  "deal_target" of bids.won_over).
- an owner set off after a name: "X, propriétaire américain de Y depuis 2016", "X, copropriétaire de Y"; after a
  first apposition, "A, la filiale de B, pourtant actionnaire de C" (A, not B); a description opening the sentence,
  "L'ancien propriétaire de B, également actionnaire de C" (the described one, never B); "votre actionnaire" in an
  interview's question (the interviewee's company) (slots "apposed_owner", "apposed_owned" of owns.apposed_owner).
- a unit noun read on the words: "Y, la filiale de gestion d'actifs de X", "la branche immobilière du groupe X, Y",
  "les chaînes du groupe X, dont A et B", "…, et X, dont la filiale Y" (slots "unit_owner", "unit_owned" of
  owns.apposed_unit).
- an object relative: "Y, qu'X détenait majoritairement", "Y, la société qui contrôlait Z et qu'X détenait".
- a purchase told through its step noun: "X a annoncé la finalisation du rachat de Y" (acquires.step_done/agreed).
- "Le groupe X en contrôle 66 %" with the verb tagged a noun (owns.en_stake_noun, as stake28.en_stake).
"""
from __future__ import annotations

from importlib import resources

from ...mentions.entities import EntityIndex
from ...nlp.docview import tokens_of
from ...yamldata import load_yaml
from ..arguments import PERSON_TITLES, _subject_of, extend_list, lemma_of
from ..deal_frame30 import deal_frame
from .found import Found
from .gate import Readers, acts_on
from .stake28 import _share_after, _stake_company_before
from .stakes30 import _BEFORE_NOUN, _held_after, _names_before

_RAW = load_yaml(resources.files("cercle.extract").joinpath("data/owners31.yaml").read_text("utf-8"))
_STRONG = frozenset(_RAW["hold_verbs"]["strong"])
_STRUCTURAL = frozenset(_RAW["hold_verbs"]["structural"])
_STRONG_FORMS = frozenset(_RAW["hold_forms"]["strong"])
_STRUCTURAL_FORMS = frozenset(_RAW["hold_forms"]["structural"])
_HOLD_LEMMAS = _STRONG | _STRUCTURAL
_HOLD_FORMS = _STRONG_FORMS | _STRUCTURAL_FORMS
_PARENT_NOUNS = frozenset(_RAW["parent_nouns"])
_BETWEEN_QUI = frozenset(_RAW["between_qui_and_verb"])
_SHARE = frozenset(_RAW["share_marks"])
_BEFORE_SHARE = frozenset(_RAW["before_share"])
_OWNER_NOUNS = frozenset(w for x in _RAW["owner_nouns"] for w in [x.split()[0]])
_BECOME = frozenset(_RAW["become_verbs"])
_CONTROL = frozenset(_RAW["control_words"])
_IMMINENT = frozenset(_RAW["imminent"])
_WANTED = frozenset(_RAW["wanted"])
_WIN = frozenset(_RAW["win_verbs"])
_WIN_CLITIC = {k: frozenset(v) for k, v in _RAW["win_clitic"].items()}
_OVER = tuple(tuple(x.split()) for x in sorted(_RAW["over_words"], key=lambda x: -len(x.split())))

_APPOSED_OWNER = frozenset(x.split()[0] for x in _RAW["apposed_owner_nouns"])
_APPOSED_OWNER_PHRASES = {x.split()[0]: tuple(x.split()[1:]) for x in _RAW["apposed_owner_nouns"] if " " in x}
_INTERVIEW_OWNER = frozenset(_RAW["interview_owner_nouns"])
_UNITS = frozenset(_RAW["unit_nouns"])
_UNIT_NOT = tuple(tuple(x.replace("'", "' ").split()) for x in _RAW["unit_not_before"])
_PURCHASE = frozenset(x.split()[0] for x in _RAW["purchase_nouns"])
_STEP_DONE = frozenset(_RAW["step_nouns"]["completed"])
_STEP_AGREED = frozenset(_RAW["step_nouns"]["proposed"])
_DOER_VERBS = frozenset(_RAW["doer_verbs"])
_COMPANY_NOUNS = frozenset(_RAW["company_nouns"])
_PARTY = ("ORG", "PER", "GOV")
_OF = frozenset({"de", "d'", "d’", "du", "des", "dans"})
_STOP = frozenset({".", ";", ":", "(", ")", "?", "!", "«", "»", '"'})
_REL = frozenset({"qui", "que", "qu'", "qu’", "dont", "où", "lequel", "laquelle"})


def _name_ending_at(index: EntityIndex, k: int) -> tuple[str, int] | None:
    """The actor's name whose mention ends at token k, with its first token."""
    name = index.entity_at(k)
    if name is None or index.kinds.get(k) != "name" or index.type_of(name) not in _PARTY:
        return None
    start = k
    while start - 1 >= 0 and index.entity_at(start - 1) == name:
        start -= 1
    return name, start


def _complement(tv, index: EntityIndex, start: int, s0: int) -> bool:
    """Whether the name starting at ``start`` is a preposition's complement ("de Z", "du financier Z", "par Z",
    "du Lyonnais Z"): the words before it, past a determiner and two words describing it, open on a preposition."""
    j, n = start - 1, 0
    while j >= s0 and n < 3 and (tv[j].pos_ in ("NOUN", "ADJ", "PROPN") and index.entity_at(j) is None
                                 or index.kinds.get(j) == "introducer"):
        j, n = j - 1, n + 1
    while j >= s0 and tv[j].pos_ == "DET":
        j -= 1
    return j >= s0 and (tv[j].lower_ in _OF or tv[j].pos_ == "ADP" and tv[j].lower_ not in ("selon",))


def _antecedent(tv, index: EntityIndex, qui: int, s0: int) -> tuple[tuple[str, int] | None, list[str]]:
    """The name a "qui" stands for: "A, qui …" or "A, la holding (familiale)(,) qui …" (an apposition of
    lower-case words, no name in it); with the apposition's words. (None, []) when another shape."""
    k = qui - 1
    comma_before_qui = k >= s0 and tv[k].text == ","
    if comma_before_qui:
        k -= 1
    words: list[str] = []
    while k >= s0 and len(words) <= 7:
        w = tv[k]
        if w.text == ",":
            got = _name_ending_at(index, k - 1)
            if got is None or not words or not any(tv[j].pos_ == "NOUN" for j in range(k + 1, qui)):
                return None, []
            if got[1] - 1 >= s0 and tv[got[1] - 1].lower_ in _OF and not any(w in _PARENT_NOUNS for w in words):
                # ("le conseil de Z, la holding qui …": a parent's noun describes Z; "le rachat de Z, celui qui …"
                # not read)
                return None, []
            return got, words
        if index.entity_at(k) is not None and index.kinds.get(k) == "name":
            if words or not comma_before_qui:
                return None, []
            got = _name_ending_at(index, k)
            if got is None or _complement(tv, index, got[1], s0):
                return None, []   # ("la filiale de Z, qui détient …", "le fonds fondé par Z, qui …": which, unsaid)
            return got, []
        if not w.is_lower and not w.is_punct or w.pos_ not in ("DET", "NOUN", "ADJ", "ADP", "ADV", "PROPN"):
            return None, []
        words.append(w.lower_)
        k -= 1
    return None, []


def _clause_end(tv, start: int, end: int) -> int:
    """Where the relative's clause ends: a stop sign, or a comma before a verb or another relative."""
    for k in range(start, end):
        w = tv[k]
        if w.text in _STOP:
            return k
        if w.text == "," and k + 1 < end and (tv[k + 1].pos_ in ("VERB", "AUX") or tv[k + 1].lower_ in _REL):
            return k
        if w.pos_ in ("VERB", "AUX") and k > start and w.lower_ not in ("détenue", "détenu"):
            return k
    return end


def _share_in(tv, start: int, end: int) -> int | None:
    for k in range(start, end):
        if tv[k].lower_ in _SHARE:
            return k
    return None


def _company_after(tv, index: EntityIndex, start: int, end: int) -> tuple[str, int] | None:
    """The company named after "de"/"du"/"dans" within a few words of ``start`` ("4 % du groupe Y")."""
    for k in range(start + 1, min(end, start + 6)):
        name = index.entity_at(k)
        if name is None:
            if tv[k].text == ",":
                return None
            continue
        if index.entity_at(k - 1) == name and index.kinds.get(k - 1) == "name" or index.kinds.get(k) == "introducer":
            continue   # (a name's next words; "du groupe Y": the noun that introduces Y)
        if index.kinds.get(k) == "name" and index.type_of(name) == "ORG" \
                and any(tv[j].lower_ in _OF for j in range(max(start, k - 4), k)):
            return name, k
        return None
    return None


def _article_company_after(tv, index: EntityIndex, mark: int, end: int) -> tuple[str, int] | None:
    """"4,3 % du groupe de distribution", "10 % de l'entreprise": a company noun with no name right after the
    share stands for the article's company (an ORG)."""
    k = mark + 1
    if k < end and tv[k].lower_ in ("de", "d'", "d’") and k + 1 < end and tv[k + 1].lower_ in ("la", "l'", "l’"):
        k += 2
    elif k < end and tv[k].lower_ == "du":
        k += 1
    else:
        return None
    if k >= end or tv[k].lower_ not in _COMPANY_NOUNS or index.kinds.get(k) == "introducer":
        return None
    if any(index.entity_at(j) is not None and index.kinds.get(j) == "name" for j in range(k, min(end, k + 5))):
        return None
    company = index.topic or index.focus
    if not company or index.type_of(company) != "ORG":
        return None
    return company, -1


def _listed(tv, index: EntityIndex, start: int, end: int) -> list[tuple[str, int]]:
    """The companies a clause lists after its verb: "B et la société immobilière C", "B, C et D" (each name
    after lower-case words of a description; a "de" phrase or another word ends the list)."""
    got: list[tuple[str, int]] = []
    k, words = start, 0
    while k < end:
        w = tv[k]
        name = index.entity_at(k)
        if name is not None and index.kinds.get(k) == "introducer" and w.is_lower:
            name = None   # ("la société immobilière C": the noun that introduces C)
        if name is not None:
            if index.kinds.get(k) != "name" or index.type_of(name) != "ORG":
                return []
            if k - 1 >= 0 and tv[k - 1].lower_ in _OF and got:
                break   # ("B et la filiale de C": C is B's owner's kind of phrase, not listed)
            if k - 1 >= 0 and tv[k - 1].lower_ in _OF and not got:
                return []
            got.append((name, k))
            while k + 1 < end and index.entity_at(k + 1) == name:
                k += 1
            k, words = k + 1, 0
            continue
        if w.lower_ in ("et", ",", "ainsi") and got or w.lower_ in ("que",) and got:
            k += 1
            continue
        if w.is_lower and w.pos_ in ("DET", "NOUN", "ADJ", "ADV") and words < 5:
            words += 1
            k += 1
            continue
        break
    return got


@acts_on(lambda w: w.lower in _HOLD_FORMS or w.verbal and (w.lemma in _HOLD_LEMMAS or w.lem in _HOLD_LEMMAS))
def relative_holder(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"A, (la holding (familiale),) qui chapeaute B et C / détient 4 % de B": A holds B (and C)."""
    low = t.lower_
    if low not in _HOLD_FORMS:
        return
    tv = tokens_of(t.doc)
    s0, s1 = t.sent.start, t.sent.end
    k = t.i - 1
    while k >= s0 and tv[k].lower_ in _BETWEEN_QUI:
        k -= 1
    if k >= s0 + 3 and tv[k].lower_ != "qui":
        _object_relative(t, tv, index, out, k, s0)
        return
    if k < s0 + 2 or tv[k].lower_ != "qui":
        return
    holder, words = _antecedent(tv, index, k, s0)
    if holder is None:
        return
    structural = low in _STRUCTURAL_FORMS
    if structural and (index.type_of(holder[0]) != "ORG" or not any(w in _PARENT_NOUNS for w in words)):
        return
    end = _clause_end(tv, t.i + 1, s1)
    mark = _share_in(tv, t.i + 1, min(end, t.i + 9))
    if mark is not None:
        if structural:
            return
        got = _company_after(tv, index, mark, end) or _article_company_after(tv, index, mark, end)
        held = [got] if got else []
    else:
        held = _listed(tv, index, t.i + 1, end)
    held = [x for x in held if x[0] != holder[0]]
    if not held:
        return
    out["subj"] = [holder]
    out["obj"] = held
    out["rel_holder"] = [holder]   # (read by owns.relative_holder: the verb tagged a proper noun)
    out["rel_held"] = held
    for slot in ("share_holders", "agent", "pass", "prep:de", "prep:dans", "capital_topic"):
        out.pop(slot, None)
    out["_no_linear"] = []


def _object_relative(t, tv, index: EntityIndex, out: Found, k: int, s0: int) -> None:
    """"Y, qu'X détenait majoritairement", "Y, la société qui contrôlait Z et qu'X détenait", "Y, que le fonds X
    contrôle à 60 %": X holds Y, the relative's antecedent (slots "rel_holder", "rel_held"; "subj", "obj")."""
    holder = _name_ending_at(index, k)
    if holder is None or t.lower_ in _STRUCTURAL_FORMS:
        return
    j = holder[1] - 1
    while j > s0 and index.entity_at(j) is not None and index.kinds.get(j) == "introducer":
        j -= 1   # ("que le fonds X": the noun that introduces X)
    while j > s0 and tv[j].pos_ == "DET":
        j -= 1
    if tv[j].lower_ not in ("que", "qu'", "qu’"):
        return
    que = j
    # the antecedent: the name (and its apposition) before "que", or, after "et", before the relative coordinated
    # with this one ("Y, la société qui contrôlait Z et qu'X détenait")
    if tv[que - 1].lower_ == "et":
        m = que - 2
        while m > s0 and tv[m].lower_ not in ("qui", "que", "qu'", "qu’") and tv[m].text not in _STOP and que - m < 15:
            m -= 1
        if tv[m].lower_ != "qui":
            return
        held, _ = _antecedent(tv, index, m, s0)
    else:
        held, _ = _antecedent(tv, index, que, s0)
    if held is None or held[0] == holder[0] or index.type_of(held[0]) != "ORG" \
            or index.type_of(holder[0]) not in _PARTY:
        return
    out["subj"] = [holder]
    out["obj"] = [held]
    out["rel_holder"] = [holder]
    out["rel_held"] = [held]
    for slot in ("share_holders", "agent", "pass", "prep:de", "prep:dans", "capital_topic"):
        out.pop(slot, None)
    out["_no_linear"] = []


def _share_at(tv, k: int, end: int) -> int | None:
    """The "%" of a share that starts at k ("37,5 %", "25 pour cent"), else None."""
    if k < end and tv[k].like_num and k + 1 < end and tv[k + 1].lower_ in _SHARE:
        return k + 1
    return None


@acts_on(lambda w: w.verbal and (w.lemma in _STRONG or w.lem in _STRONG))
def gapped_stake(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"Y, dont A et B possèdent chacun 37,5 % et C 25 %", "A détient 40 % de Y et le fonds C 20 %": C holds Y."""
    if not verbal or lemma_of(t) not in _STRONG:
        return
    tv = tokens_of(t.doc)
    s0, s1 = t.sent.start, t.sent.end
    k = t.i + 1
    while k < s1 and tv[k].lower_ in _BEFORE_SHARE and k - t.i < 5:
        k += 1
    first = _share_at(tv, k, s1)
    if first is None:
        return
    # the company of the first share ("40 % de Y"), else the antecedent of "dont" before the verb
    held = None
    after = first + 1
    got = _company_after(tv, index, first, s1) if first + 1 < s1 and tv[first + 1].lower_ in _OF else None
    if got is not None:
        held = got
        after = got[1]
        while after + 1 < s1 and index.entity_at(after + 1) == got[0]:
            after += 1
        after += 1
    holders_first: list[tuple[str, int]] = []
    if held is None:
        d = next((j for j in range(t.i - 1, max(s0, t.i - 10) - 1, -1) if tv[j].lower_ == "dont"), None)
        if d is None or d < s0 + 2 or tv[d - 1].text != ",":
            return
        held = _name_ending_at(index, d - 2)
        if held is None or index.type_of(held[0]) != "ORG":
            return
        names = []
        for j in range(d + 1, t.i):
            n = index.entity_at(j)
            if n is not None:
                if index.kinds.get(j) != "name" or index.type_of(n) not in _PARTY:
                    return
                if not names or names[-1][0] != n:
                    names.append((n, j))
            elif not (tv[j].is_lower and tv[j].pos_ in ("DET", "NOUN", "ADJ", "CCONJ", "ADV") or tv[j].text == ","):
                return
        holders_first = names
    # the gapped holders: "(,|et) [le fonds | l'italien] C N %" after the first share
    gapped: list[tuple[str, int]] = []
    k = after
    while k < s1:
        if tv[k].lower_ not in ("et", ","):
            break
        j = k + 1
        while j < s1 and (index.entity_at(j) is None or index.kinds.get(j) == "introducer") and tv[j].is_lower \
                and tv[j].pos_ in ("DET", "NOUN", "ADJ") and j - k <= 4:
            j += 1
        got = _name_ending_at(index, j)
        if got is None or index.entity_at(j) is None:
            break
        e = j
        while e + 1 < s1 and index.entity_at(e + 1) == got[0]:
            e += 1
        got = (got[0], j)
        mark = _share_at(tv, e + 1, s1)
        if mark is None:
            break
        gapped.append(got)
        k = mark + 1
        if k < s1 and tv[k].lower_ in _OF and _company_after(tv, index, k - 1, s1) not in (None, held):
            gapped.pop()   # ("et C 20 % de Z": another company, its own stake)
            break
    if not gapped:
        return
    where = {i for _, i in gapped} | {i for n, _ in gapped for i in range(s0, s1) if index.entity_at(i) == n}
    out.drop_at(where, lambda name, i: True)
    holders = [x for x in holders_first + gapped if x[0] != held[0]]
    if holders_first:
        out.put("gapped_holder", holders)
    else:
        out.put("gapped_holder", gapped)
    out.put("gapped_held", [held])
    out["_no_linear"] = []


def _is_imminent(v) -> str | None:
    """How the change of owner is told by the verbs above "devenir": "proposed" (imminent, future, agreed),
    "bid" (wanted), None (done or now)."""
    if "Fut" in v.morph.get("Tense") or "Cnd" in v.morph.get("Mood"):
        return "proposed"
    h, hops = v, 0
    while hops < 3 and h.head.i != h.i and h.dep_ in ("xcomp", "ccomp", "advcl", "obl", "obl:arg", "acl"):
        h = h.head
        lem = lemma_of(h)
        if lem in _WANTED or h.lower_ in _WANTED:
            return "bid"
        if lem in _IMMINENT or h.lemma_.lower() in _IMMINENT:
            return "proposed"
        if h.lower_ == "point" and any(c.lower_ == "sur" for c in h.children) \
                or h.lower_ in ("passe", "voie") and any(c.lower_ == "en" for c in h.children):
            return "proposed"
        hops += 1
    tv = tokens_of(v.doc)
    before = " ".join(tv[k].lower_ for k in range(max(v.sent.start, v.i - 5), v.i))
    if any(p in before for p in ("sur le point de", "sur le point d'", "en passe de", "en voie de")):
        return "proposed"
    return None


@acts_on(lambda w: w.pos in ("NOUN", "PROPN", "ADJ") and w.lower in _OWNER_NOUNS)
def future_owner(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"X s'apprête à devenir l'actionnaire majoritaire de Y": X is Y's owner to come, not yet."""
    if t.lower_ not in _OWNER_NOUNS:
        return
    v = t.head
    if v.i == t.i or lemma_of(v) not in _BECOME and v.lemma_.lower() not in _BECOME:
        return
    if t.dep_ not in ("obj", "xcomp", "attr", "nsubj", "obl", "acl", "ccomp"):
        return
    how = _is_imminent(v)
    if how is None:
        return
    tv = tokens_of(t.doc)
    owners = _subject_of(v, index)
    if not owners:
        h = v
        for _ in range(3):
            if h.head.i == h.i:
                break
            h = h.head
            owners = _subject_of(h, index)
            if owners:
                break
    owners = [x for x in owners if index.type_of(x[0]) in _PARTY]
    end = min(t.sent.end, t.i + 8)
    got = _company_after(tv, index, t.i, end)
    if not owners or got is None or any(o[0] == got[0] for o in owners):
        return
    near = {tv[k].lower_ for k in range(max(t.sent.start, t.i - 2), min(t.i + 4, t.sent.end))}
    control = t.lower_ in ("propriétaire", "propriétaires", "maison-mère") or bool(near & _CONTROL - {"mère"}) \
        or t.lower_ == "maison" and "mère" in near
    for slot in ("head", "subj", "apposed_holder", "share_holders"):
        out.pop(slot, None)
    kind = "bid" if how == "bid" else "control" if control else "stake"
    out.put("future_owner_" + kind, owners[:1])
    out.put("future_owned", [got])
    out["_no_linear"] = []


def _over_names(tv, index: EntityIndex, k: int, end: int) -> list[tuple[str, int]]:
    """The names after a word of "over" at k ("face à A et à B", "devant A, B et C")."""
    for words in _OVER:
        if k + len(words) <= end and tuple(tv[k + j].lower_ for j in range(len(words))) == words:
            j = k + len(words)
            break
    else:
        return []
    got: list[tuple[str, int]] = []
    n_words = 0
    while j < end and tv[j].text not in _STOP:
        name = index.entity_at(j)
        if name is not None and index.kinds.get(j) == "introducer" and tv[j].is_lower:
            name = None   # ("devant le fonds B": the noun that introduces B)
        if name is not None:
            if index.kinds.get(j) != "name" or index.type_of(name) not in ("ORG", "PER"):
                break
            if not got or got[-1][0] != name:
                got.append((name, j))
            j += 1
            n_words = 0
            continue
        if tv[j].lower_ in ("et", ",", "à", "au", "aux", "ou", "ni") and got or tv[j].is_lower \
                and tv[j].pos_ in ("DET", "NOUN", "ADJ") and n_words < 4:
            n_words += 1
            j += 1
            continue
        break
    return got


@acts_on(lambda w: w.verbal and (w.lemma in _WIN or w.lem in _WIN))
def won_over(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"X l'a emporté face à A et B", "X s'est imposé devant A", "X a été préféré à A": when X is the buyer of the
    text's one deal, A and B bid for its target."""
    lem = lemma_of(t)
    if not verbal or lem not in _WIN or "deal_target" in out:
        return
    tv = tokens_of(t.doc)
    s0, s1 = t.sent.start, t.sent.end
    need = _WIN_CLITIC.get(lem)
    if need is not None and not any(tv[k].lower_ in need for k in range(max(s0, t.i - 3), t.i)):
        return
    frame = deal_frame(t.doc, index)
    if frame is None or frame["buyer"] is None or frame["target"] is None:
        return
    passive = any(c.dep_ == "aux:pass" for c in t.children)
    winners = _subject_of(t, index)
    if passive:
        winners = winners + [x for c in t.children if c.dep_ == "nsubj:pass"
                             for x in [(index.entity_at(c.i), c.i)] if x[0] is not None]
    if not winners:
        # ("X l'a emporté face à A": the parser leaves X unattached; the name right before the clitic and the
        # auxiliaries)
        k = t.i - 1
        while k > s0 and (tv[k].pos_ == "AUX" or tv[k].lower_ in ("l'", "l’", "s'", "s’", "se", "ne", "n'", "n’")):
            k -= 1
        got = _name_ending_at(index, k)
        if got is not None and k < t.i - 1:
            winners = [got]
    if lem == "préférer" and not passive:
        return   # ("Y a préféré X à A": the seller's choice, read elsewhere)
    if not any(w[0] == frame["buyer"] for w in winners):
        return
    beaten: list[tuple[str, int]] = []
    for k in range(t.i + 1, min(s1, t.i + 8)):
        if tv[k].text in _STOP or tv[k].pos_ == "VERB" and k > t.i + 1:
            break
        beaten = _over_names(tv, index, k, s1)
        if beaten:
            break
    parties = {frame["buyer"], frame["seller"], frame["target"]}
    beaten = [x for x in beaten if x[0] not in parties]
    if beaten:
        out.put("beaten_bidder", beaten)
        out.put("deal_target", [(frame["target"], -1)])
        out["_no_linear"] = []


_SHAREHOLDER_NOUNS = frozenset({"actionnaire", "actionnaires"})
# adverbs that may open a second apposition ("A, la filiale de B, pourtant actionnaire de C")
_ADVERBS_SET_OFF = frozenset({"pourtant", "également", "aussi", "toutefois", "néanmoins", "surtout", "lui-même",
                              "elle-même", "aussi", "outre", "ailleurs", "par", "en", "désormais", "encore", "déjà"})


def _company_kinds() -> frozenset:
    from ...nlp.deals32 import words
    return words()["company_kinds"]


def _titled_first(tv, index: EntityIndex, head: tuple[str, int], comma: int) -> bool:
    """(s32-deals32) Whether the first apposition of "A, <title> de B, …" (from A's name to the comma) opens on a
    person's title, A being a person."""
    from ...nlp.deals32 import words
    if index.type_of(head[0]) != "PER":
        return False
    j = head[1]
    while j < comma and index.entity_at(j) == head[0]:
        j += 1
    first = next((tv[x] for x in range(j, comma) if tv[x].pos_ == "NOUN"), None)
    return first is not None and first.lower_ in words()["person_titles"]


def _chained_head(tv, index: EntityIndex, comma: int, s0: int) -> tuple[str, int] | None:
    """"A, la filiale de B, [pourtant] actionnaire de C": the comma before the second apposition closes a first one
    ("la filiale de B", a noun phrase whose last name is a "de" complement) set off after A: A, the head."""
    b = _name_ending_at(index, comma - 1)
    if b is None or b[1] - 1 < s0:
        return None
    j, n = b[1] - 1, 0
    while j > s0 and n < 3 and (tv[j].pos_ in ("NOUN", "ADJ", "PROPN") and index.entity_at(j) is None
                                or index.kinds.get(j) == "introducer"):
        j, n = j - 1, n + 1   # ("de la banque B", "du Lyonnais B": words describing B)
    while j > s0 and tv[j].pos_ == "DET":
        j -= 1
    if tv[j].lower_ not in _OF - {"dans"}:
        return None
    n = 0
    while j > s0 and tv[j].text != "," and n < 10:
        if index.entity_at(j) is not None and index.kinds.get(j) == "name":
            return None
        if not (tv[j].is_lower or tv[j].is_punct) or tv[j].pos_ in ("VERB", "AUX", "PRON", "SCONJ"):
            if j == s0 + 0:
                break
            return None
        j, n = j - 1, n + 1
    head_noun = next((tv[x] for x in range(s0, b[1]) if tv[x].pos_ == "NOUN"), None)
    if j == s0 and tv[j].text != "," and head_noun is not None \
            and (head_noun.lower_ in PERSON_TITLES or head_noun.lower_ in _APPOSED_OWNER
                 or head_noun.lower_ in _SHAREHOLDER_NOUNS):
        # ("L'ancien propriétaire de B, également actionnaire de C, …": the sentence opens on a description whose
        # "de" complement is B: the described one (a second reference the index resolved), never B
        for x in range(s0, b[1]):
            name = index.entity_at(x)
            if name is not None and index.kinds.get(x) in ("descriptor", "pronoun") and name != b[0] \
                    and index.type_of(name) in _PARTY:
                return name, x
        return ("", -2)
    if j <= s0 or tv[j].text != "," or not any(tv[x].pos_ == "NOUN" for x in range(j + 1, b[1])):
        return None
    a = _name_ending_at(index, j - 1)
    if a is None or a[0] == b[0] or a[1] - 1 >= s0 and tv[a[1] - 1].lower_ in _OF:
        return None
    return a


_YOURS = frozenset({"votre", "vos"})
_OURS = frozenset({"notre", "nos"})


@acts_on(lambda w: w.lower in _APPOSED_OWNER or w.lower in _INTERVIEW_OWNER or w.lower in _SHAREHOLDER_NOUNS)
def apposed_owner(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"X, propriétaire américain de Y depuis 2016": X owns Y (slots "apposed_owner", "apposed_owned"); "X, votre
    actionnaire majoritaire" in an interview's question, "notre maison mère, X" in its answer: the interviewee's
    company is the one held, never the last company named (the possessive's slot "poss" goes)."""
    low = t.lower_
    if low not in _APPOSED_OWNER and low not in _INTERVIEW_OWNER and low not in _SHAREHOLDER_NOUNS:
        return
    tv = tokens_of(t.doc)
    s0, s1 = t.sent.start, t.sent.end
    k = t.i - 1
    while k > s0 and k > t.i - 5 and (tv[k].lower_ in _BEFORE_NOUN or tv[k].lower_ in _YOURS):
        k -= 1
    det = {tv[j].lower_ for j in range(k + 1, t.i)}
    if det & (_YOURS | _OURS) and low in _INTERVIEW_OWNER:
        out.pop("poss", None)
        frame = index.__dict__.get("_interview_frame")
        org = index.__dict__.get("_interview_org")
        if frame and org and index.type_of(org) == "ORG":
            asked = next((q for a, b, q in frame[1] if a <= t.i < b), None)
            if asked is not None and asked == bool(det & _YOURS) and k > s0 and tv[k].text == ",":
                holders = [h for h in _names_before(tv, index, k, low.endswith("s")) if h[0] != org]
                if holders and not _held_after(tv, index, t, s1):
                    out.put("apposed_owner", holders)
                    out.put("apposed_owned", [(org, -1)])
                    for slot in ("head", "subj", "apposed_holder", "apposed_held"):
                        out.pop(slot, None)
                    out["_no_linear"] = []
        return
    while k > s0 and k > t.i - 7 and tv[k].lower_ in _ADVERBS_SET_OFF:
        k -= 1   # ("A, la filiale de B, pourtant actionnaire de C")
        while k > s0 and tv[k].lower_ in _BEFORE_NOUN:
            k -= 1
    if k <= s0 or tv[k].text != ",":
        return
    chained = _chained_head(tv, index, k, s0)
    if chained is not None and chained[1] >= 0 and low in _company_kinds() and _titled_first(tv, index, chained, k):
        # ((s32-deals32) "A, directrice générale de B, société mère de C": a company's kind after a person's title
        # describes B, the title's company, not A)
        chained = _name_ending_at(index, k - 1)
    if chained == ("", -2):
        for slot in ("head", "subj", "apposed_holder", "apposed_held"):
            out.pop(slot, None)   # (the holder is a description no name resolves: no guess)
        out["_no_linear"] = []
        return
    if chained is not None and low in _SHAREHOLDER_NOUNS | _APPOSED_OWNER:
        held = _held_after(tv, index, t, s1)
        if held and held[0] != chained[0]:
            for slot in ("head", "subj", "apposed_holder", "apposed_held", "poss"):
                out.pop(slot, None)
            out.put("apposed_owner", [chained])
            out.put("apposed_owned", [x for x in extend_list(t.doc, index, [held])
                                      if index.type_of(x[0]) == "ORG" and x[0] != chained[0]])
            out["_no_linear"] = []
        return
    if low not in _APPOSED_OWNER:
        return
    rest = _APPOSED_OWNER_PHRASES.get(low)
    last = t
    if rest:
        if not all(t.i + 1 + j < s1 and tv[t.i + 1 + j].lower_ == w for j, w in enumerate(rest)):
            return   # ("maison", "société", "holding", "actionnaire" alone: not this family's phrase)
        last = tv[t.i + len(rest)]
    holders = _names_before(tv, index, k, low.endswith("s"))
    held = _held_after(tv, index, last, s1)
    if not holders or not held or _complement(tv, index, holders[-1][1], s0):
        return   # ("A, la holding du Lyonnais B, déjà propriétaire de C": B is a complement; read elsewhere)
    if {x[0] for x in out.get("head", ()) if isinstance(x, tuple)} == {h[0] for h in holders} \
            and not out.get("subj"):
        return   # (the parse hung the noun on its name: the shareholder rule reads it, its list too)
    owned = [x for x in extend_list(t.doc, index, [held]) if index.type_of(x[0]) == "ORG"]
    holders = [h for h in holders if all(h[0] != x[0] for x in owned)]
    if holders:
        out.put("apposed_owner", holders)
        out.put("apposed_owned", owned)
        for slot in ("head", "subj"):
            out.pop(slot, None)
        out["_no_linear"] = []


def _unit_owner(tv, index: EntityIndex, t, end: int) -> tuple[tuple[str, int], int] | None:
    """The owner of a unit noun read on the words: "filiale (française) (de gestion d'actifs) de (la banque) X":
    the first name after the noun past its adjectives and "de" phrases of lower-case words, with the token after
    its mention."""
    k = t.i + 1
    if k < end and tv[k].lower_ in ("armé", "financier", "armée"):
        k += 1
    seen_de = 0
    while k < end and k - t.i <= 12:
        w = tv[k]
        name = index.entity_at(k)
        if name is not None and not (index.kinds.get(k) == "introducer" and w.is_lower):
            if index.kinds.get(k) != "name" or index.type_of(name) not in _PARTY or not seen_de:
                return None
            if tv[k - 1].lower_ not in _OF - {"dans"} and not (tv[k - 1].is_lower and tv[k - 1].pos_ in ("DET", "NOUN")):
                return None
            e = k
            while e + 1 < end and index.entity_at(e + 1) == name:
                e += 1
            return (name, k), e + 1
        if w.lower_ in _OF - {"dans"}:
            if seen_de == 0 and any(tuple(tv[k + j].lower_ for j in range(len(p))) == p for p in _UNIT_NOT
                                    if k + len(p) <= end):
                return None
            seen_de += 1
        elif not (w.is_lower and w.pos_ in ("DET", "NOUN", "ADJ")):
            return None
        k += 1
    return None


def _owned_listed_after_dont(tv, index: EntityIndex, k: int, end: int) -> list[tuple[str, int]]:
    """", dont A et B" right at k: the companies listed."""
    if not (k + 1 < end and tv[k].text == "," and tv[k + 1].lower_ == "dont"):
        return []
    got = _listed(tv, index, k + 2, end)
    return got if len(got) >= 1 else []


@acts_on(lambda w: w.lower in _UNITS)
def apposed_unit(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"Y, la filiale de gestion d'actifs de X", "la branche immobilière du groupe X, Y, …", "les chaînes du groupe
    X, dont A et B": X owns Y (A and B) (slots "unit_owner", "unit_owned")."""
    if t.lower_ not in _UNITS or out.get("unit_owner"):
        return
    tv = tokens_of(t.doc)
    s0, s1 = t.sent.start, t.sent.end
    if t.i - 4 >= s0 and tv[t.i - 1].pos_ == "DET" and tv[t.i - 2].lower_ == "dont" and tv[t.i - 3].text == ",":
        # "A, qui fournit B, et C, dont la filiale D …": the owner is the name right before ", dont" (the parser
        # may hang "dont" on a name listed earlier)
        owner = _name_ending_at(index, t.i - 4)
        k = t.i + 1
        while k < s1 and tv[k].is_lower and tv[k].pos_ == "ADJ":
            k += 1
        while k < s1 and index.entity_at(k) is not None and index.kinds.get(k) == "introducer":
            k += 1
        name = index.entity_at(k) if k < s1 and index.kinds.get(k) == "name" else None
        if owner is not None and name is not None and name != owner[0] and index.type_of(name) == "ORG":
            for slot in ("prep:de", "prep:de2"):
                out.pop(slot, None)
            # (put at the position of "dont": the name listed before it, "B, et A, dont …", is no mate of the owner
            # for lists.complete_lists)
            out.put("unit_owner", [(owner[0], t.i - 2)])
            out.put("unit_owned", [(name, k)])
            out["_no_linear"] = []
        return
    got = _unit_owner(tv, index, t, s1)
    if got is None:
        return
    owner, after = got
    owned: list[tuple[str, int]] = []
    # the name set off before the noun: "Y, la filiale … de X"
    k = t.i - 1
    while k > s0 and k > t.i - 5 and tv[k].lower_ in _BEFORE_NOUN:
        k -= 1
    if k > s0 and tv[k].text == ",":
        before = _name_ending_at(index, k - 1)
        if before is not None and not (before[1] - 1 >= s0 and tv[before[1] - 1].lower_ in _OF):
            owned = [before]
    if not owned:
        # the name set off after the owner: "la filiale … de X, Y, …" (a closing comma or the clause's end)
        if after + 1 < s1 and tv[after].text == ",":
            e = after + 1
            while e < s1 and index.entity_at(e) is not None and index.kinds.get(e) == "introducer":
                e += 1
            name = index.entity_at(e)
            if name is not None and index.kinds.get(e) == "name":
                f = e
                while f + 1 < s1 and index.entity_at(f + 1) == name:
                    f += 1
                if f + 1 < s1 and tv[f + 1].text in (",", ")") or f + 1 < s1 and tv[f + 1].pos_ in ("VERB", "AUX"):
                    owned = [(name, e)]
            owned = owned or _owned_listed_after_dont(tv, index, after, s1)
    owned = [x for x in owned if x[0] != owner[0] and index.type_of(x[0]) == "ORG"]
    if not owned:
        return
    out.put("unit_owner", [owner])
    out.put("unit_owned", owned)
    out["_no_linear"] = []


@acts_on(lambda w: w.lower in _PURCHASE)
def purchase_step(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"X a annoncé la finalisation du rachat de Y": X bought Y (slot "step_buyer" of acquires.step; "subj" and
    "prep:par" unread then)."""
    if t.lower_ not in _PURCHASE or out.get("prep:par") or out.get("subj") or t.i < 3:
        return
    tv = tokens_of(t.doc)
    k = t.i - 1
    if tv[k].pos_ == "DET":
        k -= 1
    if tv[k].lower_ not in ("de", "du", "d'", "d’"):
        return
    step = tv[k - 1]
    if step.lower_ not in _STEP_DONE and step.lower_ not in _STEP_AGREED:
        return
    verb = step.head if step.dep_ in ("obj", "nsubj:pass") else None
    if verb is None or verb.pos_ != "VERB" or lemma_of(verb) not in _DOER_VERBS and verb.lemma_.lower() not in _DOER_VERBS:
        return
    if step.dep_ == "nsubj:pass":
        buyers = [x for c in verb.children if c.dep_ == "obl:agent" for x in [(index.entity_at(c.i), c.i)]
                  if x[0] is not None]
    else:
        buyers = _subject_of(verb, index)
    buyers = [x for x in buyers if index.type_of(x[0]) in _PARTY]
    if len({b[0] for b in buyers}) != 1:
        return
    out.put("step_buyer_" + ("done" if step.lower_ in _STEP_DONE else "agreed"), buyers[:1])


_EN_HOLD_NOUN_FORMS = frozenset({"contrôle", "contrôlent", "détient", "possède"})


@acts_on(lambda w: w.lower in _EN_HOLD_NOUN_FORMS and not w.verbal)
def en_hold_tagged_noun(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"Le groupe X en contrôle 66 %" with "contrôle" tagged a noun: the clitic "en" stands for the company the
    sentence before spoke of, as stake28.en_stake reads it for a verb (slots "en_holder", "en_held")."""
    if verbal or t.lower_ not in _EN_HOLD_NOUN_FORMS or t.i < 2:
        return
    tv = tokens_of(t.doc)
    if tv[t.i - 1].lower_ != "en" or not _share_after(t):
        return
    holder = _name_ending_at(index, t.i - 2)
    lo = t.sent.start
    if lo > 0 and tv[lo - 1].text in (";", ":"):
        lo = tv[lo - 1].sent.start   # (the parser may end a sentence at a semicolon)
    if holder is None or any(tv[k].lower_ in _SHARE for k in range(lo, t.i)):
        return   # ("A détient 68 % de Y ; X en contrôle 51 %": "en" may stand for A or Y, unsaid)
    held = [x for x in _stake_company_before(t, index) if x[0] != holder[0]]
    if len({n for n, _ in held}) != 1:
        return
    out.put("en_holder", [holder])
    out.put("en_held", held[:1])
    out["_no_linear"] = []


OWNERS31_READERS = Readers(relative_holder, gapped_stake, future_owner, won_over, apposed_owner, apposed_unit,
                           purchase_step, en_hold_tagged_noun)
