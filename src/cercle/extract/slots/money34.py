"""(s34-money34) Bidders, owners and investors named in a list or behind a nominalisation. The cue words are lexical
families, in data/money34.yaml (French words, never a name):

- an offer's target and bidders read through the nouns and clauses around the offer noun (offre, OPA, OPE,
  contre-offre, surenchère, candidature, proposition): the target after a takeover noun ("l'offre de reprise de Z",
  "une proposition de rachat de Z": Z is no bidder), a purpose clause ("ont déposé une offre pour racheter Z", "une
  candidature afin de reprendre Z": the takeover verb is then no completed deal) or an aiming participle ("une OPA
  valorisant Z", "une offre visant Z"); the bidders of a group that lists its members ("déposée par un consortium
  réunissant A, B et C", "un attelage composé de A et de B a remis une offre"): slots "bidders34", "bid_target34" of
  bids.offer34;
- holders a plural noun with a possessive lists ("ses actionnaires, parmi lesquels A et B", "ses investisseurs,
  dont A", "45 % de son capital à ses créanciers, notamment A et B"): each holds (OWNS) or invests in (INVESTS_IN)
  the possessive's company, the subject of the clause; creditors only when capital is handed to them (slots
  "listed_owners34" / "listed_investors34", "held34" of owns.listed34, invests.listed34).

Each reader tests its trigger word first (its @acts_on declaration) and walks only the trigger's children, its head
and the words of its clause."""
from __future__ import annotations

from pathlib import Path

from ...mentions.entities import EntityIndex
from ...nlp.docview import tokens_of
from ...yamldata import load_yaml
from ..arguments import _subject_of, case_of, entities_at, extend_list, lemma_of
from .found import Found
from .gate import Readers, acts_on
from .stakes30 import _BEFORE_NOUN, _held_after, _names_before, _regulator

_W = load_yaml((Path(__file__).resolve().parent.parent / "data" / "money34.yaml").read_text(encoding="utf-8"))


def _set(key: str) -> frozenset:
    return frozenset(str(x).lower() for x in _W[key])


_OFFER = _set("offer_nouns")
_TAKEOVER_N = _set("takeover_nouns")
_TAKEOVER_V = _set("takeover_verbs")
_AIM = _set("aim_words")
_GROUP = _set("group_nouns")
_MEMBER_V = _set("member_verbs")
_OWNER_N = _set("owner_nouns")
_INVESTOR_N = _set("investor_nouns")
_CREDITOR_N = _set("creditor_nouns")
_CAPITAL = _set("capital_words")
_OPENERS = [tuple(str(x).lower().split()) for x in _W["list_openers"]]
_HOLDER_N = _OWNER_N | _INVESTOR_N | _CREDITOR_N
_DE = ("de", "d'", "d’", "du", "des")
_POSS = frozenset({"son", "sa", "ses", "leur", "leurs"})
_PARTIES = ("ORG", "GOV", "PER")
_NEG = frozenset({"pas", "jamais", "plus", "guère", "point"})
_BREAK = frozenset({"qui", "que", "qu'", "qu’", "où", ";", ":", "(", ")", "«", "»"})


def _low(t) -> str:
    return t.lower_


def _is(t, words: frozenset) -> bool:
    return t.lower_ in words or t.lemma_.lower() in words


def _orgs(tok, index: EntityIndex, types=("ORG", "GOV")) -> list[tuple[str, int]]:
    return [x for x in entities_at(tok, index) if x[1] >= 0 and index.type_of(x[0]) in types]


def _member_of(m, index: EntityIndex) -> list[tuple[str, int]]:
    """The party a listed member stands for: a name, or a kind noun with its name hung without a preposition ("le
    fonds X"); never a name reached through "de" ("la société de X" is a descriptor of the name before)."""
    e = index.entity_at(m.i) if m.pos_ == "PROPN" else None
    if e is not None:
        return [(e, m.i)] if index.type_of(e) in _PARTIES else []
    if m.pos_ != "NOUN" or any(c.dep_ == "nmod" and case_of(c) in _DE for c in m.children):
        return []
    for c in m.children:
        if c.dep_ in ("nmod", "appos", "flat:name", "amod") and c.i > m.i and case_of(c) is None:
            e = index.entity_at(c.i)
            if e is not None and index.type_of(e) in ("ORG", "GOV"):
                return [(e, c.i)]
    return []


def _group_members(g, index: EntityIndex) -> list[tuple[str, int]]:
    """"un consortium réunissant A, la société de X, et le fonds B", "un trio composé de A, B et C": the members
    the group's listing verb names (its object, its "de" phrase, and the conjuncts hung on it or on the group)."""
    if not _is(g, _GROUP):
        return []
    got: list[tuple[str, int]] = []
    for v in g.children:
        if v.dep_ not in ("acl", "acl:relcl") or lemma_of(v) not in _MEMBER_V:
            continue
        firsts = [c for c in v.children if c.dep_ in ("obj", "obl:agent", "obl:arg", "obl", "nmod")
                  and (c.dep_ == "obj" or case_of(c) in _DE + ("par",))]
        if not firsts:
            continue
        heads = firsts + [c for f in firsts for c in f.children if c.dep_ == "conj"] + \
            [c for c in g.children if c.dep_ == "conj" and c.i > v.i]
        for h in sorted(heads, key=lambda x: x.i):
            for x in _member_of(h, index):
                if x not in got:
                    got.append(x)
        if firsts:
            for x in _listed_after(firsts[0], index):
                if x not in got:
                    got.append(x)
    return got


def _listed_after(first, index: EntityIndex) -> list[tuple[str, int]]:
    """The members listed after the first along the words, whatever the parse made of them: ", B, la société de X,
    et le fonds C" (a kind noun with its name, a name; a descriptor "la société de X" apposed to the name before is
    passed over), up to the first word that is neither."""
    tv = tokens_of(first.doc)
    end = first.sent.end
    j = first.right_edge.i + 1
    e0 = index.entity_at(first.i)
    while j < end and e0 is not None and index.entity_at(j) == e0:
        j += 1
    got: list[tuple[str, int]] = []
    while j < end:
        if tv[j].text == ",":
            j += 1
            if j < end and tv[j].lower_ in ("et", "ou"):
                j += 1
        elif tv[j].lower_ in ("et", "ou"):
            j += 1
        else:
            break
        k = j
        while k < end and tv[k].pos_ in ("DET", "ADJ"):
            k += 1
        if k >= end:
            break
        e = index.entity_at(k) if tv[k].pos_ == "PROPN" else None
        if e is None and tv[k].pos_ == "NOUN" and k + 1 < end:
            if tv[k + 1].lower_ in _DE:
                # (a descriptor: passed over up to the next comma)
                while k < end and tv[k].text != "," and tv[k].pos_ not in ("VERB", "AUX"):
                    k += 1
                j = k
                continue
            k += 1
            while k < end and tv[k].pos_ == "ADJ" and index.entity_at(k) is None:
                k += 1
            e = index.entity_at(k) if k < end else None
        if e is None or index.type_of(e) not in _PARTIES:
            break
        if all(x[0] != e for x in got):
            got.append((e, k))
        j = k
        while j < end and index.entity_at(j) == e:
            j += 1
    return got


def _after_takeover_noun(t, index: EntityIndex) -> list[tuple[str, int]]:
    """"l'offre de reprise de Z", "une proposition de rachat de Z": Z, hung on the takeover noun or (as the parser
    often does) on the offer noun right after it."""
    for n in t.children:
        if n.dep_ == "nmod" and n.i > t.i and _is(n, _TAKEOVER_N) and case_of(n) in _DE:
            inner = [c for c in n.children if c.dep_ == "nmod" and case_of(c) in _DE]
            if not inner:
                inner = [c for c in t.children if c.dep_ == "nmod" and c.i > n.i and case_of(c) in _DE
                         and c.i <= n.right_edge.i + 3]
            for c in inner:
                got = _orgs(c, index)
                if got:
                    return got
    return []


def _purpose_target(t, index: EntityIndex):
    """"X a déposé une offre pour racheter Z" (the clause on the offer or on its verb): (Z, the takeover verb)."""
    holders = [t]
    if t.dep_ == "obj" and t.head.pos_ == "VERB":
        holders.append(t.head)
    for h in holders:
        # ("afin de reprendre Z" read as an adverb "afin" governing the infinitive)
        kids = list(h.children) + [k for c in h.children if c.lower_ == "afin" and c.i > t.i for k in c.children]
        for v in kids:
            if v.dep_ in ("advcl", "acl", "xcomp", "obl:arg") and v.pos_ == "VERB" and v.i > t.i \
                    and lemma_of(v) in _TAKEOVER_V and any(c.dep_ in ("mark", "case") and c.lower_ in (
                        "pour", "afin", "de", "d'", "d’") for c in v.children):
                for c in v.children:
                    if c.dep_ == "obj":
                        got = _orgs(c, index)
                        if got:
                            return got, v
    return [], None


def _aimed_at(t, index: EntityIndex) -> list[tuple[str, int]]:
    """"une OPA valorisant Z", "une offre visant Z" (a participle, or read as a preposition)."""
    for c in t.children:
        if c.i <= t.i:
            continue
        if c.dep_ == "nmod" and (case_of(c) in _AIM or any(k.dep_ == "case" and k.lower_ in _AIM for k in c.children)):
            got = _orgs(c, index)
            if got:
                return got
        if c.dep_ in ("acl", "acl:relcl") and (c.lower_ in _AIM or lemma_of(c) in _AIM):
            for o in c.children:
                if o.dep_ in ("obj", "obl:arg", "xcomp") or o.dep_ == "obl" and case_of(o) == "sur":
                    got = _orgs(o, index)
                    if got:
                        return got
    return []


def _negated(v) -> bool:
    return any(c.dep_ == "advmod" and c.lower_ in _NEG for c in v.children)


@acts_on(lambda w: w.lower in _OFFER or w.lem in _OFFER)
def offer_sides(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """An offer's target through a takeover noun, a purpose clause or an aiming participle, and its bidders as the
    members of a group (slots "bid_target34", "bidders34" of bids.offer34)."""
    if not (_is(t, _OFFER)) or t.pos_ not in ("NOUN", "VERB", "PROPN"):
        return
    if t.pos_ == "VERB" and not any(c.dep_ == "det" for c in t.children):
        return
    by_noun = _after_takeover_noun(t, index)
    target = by_noun or _aimed_at(t, index)
    verb = None
    if not target:
        target, verb = _purpose_target(t, index)
    bidders: list[tuple[str, int]] = []
    # (the participle hung on the offer, or on the takeover noun or its target: "l'offre de reprise de Z déposée
    # par …" read with "déposée" on Z)
    holders = [t] + [n for n in t.children if n.dep_ == "nmod" and n.i > t.i and _is(n, _TAKEOVER_N)]
    holders += [c for n in holders[1:] for c in n.children if c.dep_ == "nmod"]
    holders += [n for n in t.children if n.dep_ == "nmod" and n.i > t.i and any(x[1] == n.i for x in target)]
    for a in (c for h in holders for c in h.children):
        if a.dep_ in ("acl", "acl:relcl") and a.pos_ == "VERB":
            for g in a.children:
                if g.dep_ == "obl:agent" or g.dep_.startswith("obl") and case_of(g) == "par":
                    bidders += [x for x in _group_members(g, index) if all(y[0] != x[0] for y in bidders)]
    if t.dep_ in ("obj", "nsubj:pass") and t.head.pos_ == "VERB":
        for s in t.head.children:
            if s.dep_ in ("nsubj", "obl:agent"):
                bidders += _group_members(s, index)
            # ("une contre-offre visant Z a été formulée par X": the passive's agent bids)
            if s.dep_ == "obl:agent" and t.dep_ == "nsubj:pass" and target and not bidders:
                bidders += _orgs(s, index, _PARTIES)
    zone = {x[1] for x in target}
    bidders = [x for x in bidders if x[1] not in zone]
    if target and target == by_noun and not bidders and not any(
            x[1] not in zone for slot in ("subj", "acl_agent") for x in out.get(slot, ()) if isinstance(x, tuple)):
        # ("le conseil de Y a rejeté l'offre de rachat de X": with no other bidder named, "de X" after the takeover
        # noun is the bidder, as bids.noun reads it)
        target, zone = [], set()
    if target:
        out.put("bid_target34", target)
        # (the target hung on the offer by "de" is no bidder: "l'offre de reprise de Z")
        for slot in ("prep:de", "prep:de2", "subj"):
            out.keep(slot, lambda x: x[1] not in zone)
        if verb is not None:
            out["_bid_verb34"] = [("", verb.i)]
    if bidders:
        out.put("bidders34", bidders)
    if target or bidders:
        out["_no_linear"] = []


@acts_on(lambda w: w.pos == "VERB" and w.lemma in _TAKEOVER_V)
def bid_purpose(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"X a déposé une offre pour racheter Z": the takeover verb of an offer's purpose clause tells no completed deal
    (its subjects dropped: bids.offer34 reads the offer)."""
    if t.pos_ != "VERB" or lemma_of(t) not in _TAKEOVER_V or t.dep_ not in ("advcl", "acl", "xcomp", "obl:arg"):
        return
    if not any(c.dep_ in ("mark", "case") and c.lower_ in ("pour", "afin", "de", "d'", "d’") for c in t.children):
        return
    h = t.head
    if t.dep_ == "obl:arg":
        # ("afin de reprendre Z": the infinitive hung on "afin")
        if h.lower_ != "afin":
            return
        h = h.head
    offer = h if _is(h, _OFFER) else next((c for c in h.children if c.dep_ == "obj" and c.i < t.i and _is(c, _OFFER)),
                                          None)
    if offer is None:
        return
    for slot in ("subj", "agent"):
        out.pop(slot, None)
    out["_no_linear"] = []


def _opens_list(tv, k: int, end: int) -> int | None:
    """The index after a list opener starting at ``k`` ("parmi lesquels", "dont", "notamment"), else None."""
    for words in _OPENERS:
        n = len(words)
        if k + n <= end and all(tv[k + j].lower_ == words[j] for j in range(n)):
            return k + n
    return None


@acts_on(lambda w: w.pos == "NOUN" and (w.lower in _HOLDER_N or w.lem in _HOLDER_N))
def listed_holders(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"Y a cédé 45 % de son capital à ses créanciers, parmi lesquels les fonds A et B", "ses actionnaires, dont A
    et B, …": the names listed after a plural holder noun with a possessive hold or invest in the company the
    possessive stands for, the subject of the clause (slots "listed_owners34" / "listed_investors34", "held34")."""
    if t.pos_ != "NOUN" or not _is(t, _HOLDER_N):
        return
    if not any(c.dep_ == "det" and c.lower_ in _POSS for c in t.children):
        return
    tv = tokens_of(t.doc)
    end = t.sent.end
    k = t.i + 1
    while k < end and tv[k].pos_ == "ADJ":
        k += 1
    if k >= end or tv[k].text != ",":
        return
    start = _opens_list(tv, k + 1, end)
    if start is None:
        return
    # the listed names: up to the next clause break or verb
    names: list[tuple[str, int]] = []
    j = start
    while j < end:
        x = tv[j]
        if x.lower_ in _BREAK or x.pos_ in ("VERB", "AUX"):
            break
        if x.text == "," and names and (j + 1 >= end or tv[j + 1].pos_ not in ("PROPN", "DET", "NOUN")):
            break
        e = index.entity_at(j)
        if e is not None and index.type_of(e) in _PARTIES and (not names or names[-1][0] != e):
            names.append((e, j))
        j += 1
    if not names:
        return
    # the company: the subject of the clause the holder noun sits in
    v = t.head
    hops = 0
    while v.pos_ != "VERB" and v.head.i != v.i and hops < 4:
        v = v.head
        hops += 1
    if v.pos_ != "VERB" or _negated(v):
        return
    # (the possessive's owner as the generic reading resolved it, else the clause's subject: "Lourdement endetté, Y
    # a dû céder …", the subject hung on the adjective before)
    held = [x for x in out.get("poss", ()) if index.type_of(x[0]) == "ORG"] or \
        [x for x in _subject_of(v, index) if index.type_of(x[0]) == "ORG"]
    if len(held) != 1 or any(x[0] == held[0][0] for x in names):
        return
    if _is(t, _CREDITOR_N):
        lo = v.left_edge.i
        if not any(_is(tv[i], _CAPITAL) for i in range(max(lo, t.sent.start), t.i)):
            return
        out.put("listed_owners34", names)
    elif _is(t, _INVESTOR_N):
        out.put("listed_investors34", names)
    else:
        out.put("listed_owners34", names)
    out.put("held34", held)
    out["_no_linear"] = []


_STAY = frozenset({"rester", "demeurer", "devenir", "redevenir", "être"})
# (the lemmatiser leaves some forms as they are: "demeure", "restent")
_STAY_STEMS = ("rest", "demeur", "devien", "deven", "redevien", "redeven")
_HOLDER_WORDS = frozenset({"actionnaire", "actionnaires", "coactionnaire", "coactionnaires"})


@acts_on(lambda w: w.lower in _HOLDER_WORDS)
def relative_shareholder(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"A et B, qui resteront actionnaires, …", "A, qui demeure actionnaire minoritaire, …", "A, resté actionnaire,
    …": the names before the relative (or the participle) hold the company named after the noun, else the one whose
    capital the text spoke of last, else the article's company (slots "apposed_holder", "apposed_held" of
    owns.apposed_shareholder)."""
    if t.lower_ not in _HOLDER_WORDS or out.get("apposed_holder"):
        return
    tv = tokens_of(t.doc)
    s0, s1 = t.sent.start, t.sent.end
    k = t.i - 1
    while k > s0 and k > t.i - 4 and (tv[k].lower_ in _BEFORE_NOUN or tv[k].pos_ == "ADV"):
        k -= 1
    if k <= s0 or tv[k].pos_ not in ("VERB", "AUX") or lemma_of(tv[k]) not in _STAY and \
            tv[k].lemma_.lower() not in _STAY and not tv[k].lower_.startswith(_STAY_STEMS):
        return
    participle = "Part" in tv[k].morph.get("VerbForm") and tv[k - 1].text == ","
    k -= 1
    while k > s0 and tv[k].pos_ in ("AUX", "ADV") or tv[k].lower_ in ("ne", "n'", "n’", "pas"):
        k -= 1
    if not participle:
        if tv[k].lower_ != "qui":
            return
        k -= 1
    if k <= s0 or tv[k].text != ",":
        return
    if any(tv[j].lower_ in _NEG for j in range(k, t.i)):
        return
    holders = _names_before(tv, index, k, t.lower_.endswith("s"))
    if not holders:
        return
    held = _held_after(tv, index, t, s1)
    if held is not None:
        return   # (a company named after the noun: owns.shareholder reads it; a person's or place's name: none)
    company = index.focus or index.topic
    if not company or index.type_of(company) != "ORG" or _regulator(company):
        return
    holders = [h for h in holders if h[0] != company]
    if holders:
        out.put("apposed_holder", holders)
        out.put("apposed_held", [(company, -1)])


_ROLE_N = _set("bidder_role_nouns")
_ROLE_NEEDS = {str(k).lower(): frozenset(str(x).lower() for x in v) for k, v in _W["bidder_role_needs_word"].items()}
_ROLE_V = _set("role_verbs")
_ROLE_LINKS = _set("role_links")
_PLAY_V = frozenset({"jouer", "endosser", "revêtir", "camper", "incarner"})


@acts_on(lambda w: w.lower in _ROLE_N)
def bidder_role(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"X pourrait jouer les chevaliers blancs", "X fait figure de repreneur idéal pour Y", "X se pose en sauveur de
    Y", "X apparaît comme l'acquéreur pressenti": X bids for the company the noun names ("de Y", "pour Y"), else the
    text's one deal's target, else the article's company or the one whose capital it spoke of last (slots "role_bidder34",
    "role_target34" of bids.role34)."""
    if t.lower_ not in _ROLE_N:
        return
    tv = tokens_of(t.doc)
    need = _ROLE_NEEDS.get(t.lower_)
    if need is not None and not (t.i + 1 < t.sent.end and tv[t.i + 1].lower_ in need):
        return
    # the verb of taking the role, a few link words before the noun
    k = t.i - 1
    while k > t.sent.start and t.i - k <= 5 and (tv[k].lower_ in _ROLE_LINKS or tv[k].pos_ in ("ADJ", "ADV")):
        k -= 1
    v = tv[k]
    lem = lemma_of(v) if lemma_of(v) in _ROLE_V else v.lemma_.lower()
    if v.lower_ == "figure" and k > t.sent.start and tv[k - 1].lemma_.lower() == "faire":
        lem = "faire"   # ("fait figure de repreneur" read with "figure" a verb, the subject on it)
        k -= 1
    if v.pos_ not in ("VERB", "AUX") or lem not in _ROLE_V or _negated(v) or \
            v.dep_ in ("xcomp", "ccomp") and _negated(v.head):
        return
    links = {tv[j].lower_ for j in range(k, t.i)}
    # (a role taken, not a person shown: "jouer les chevaliers blancs", "endosser le rôle de repreneur"; the
    # other verbs only with "en", "comme" or "figure de": "se pose en sauveur", "X a présenté le repreneur" is none)
    if lem not in _PLAY_V and not links & {"en", "comme", "figure"}:
        return
    if lem == "faire" and "figure" not in links:
        return
    # (a named bidder: a descriptor's or a pronoun's reference is too often the target itself)
    subjects = _subject_of(v, index)
    if not subjects and v.head.lower_ == "figure":
        subjects = _subject_of(v.head, index)   # ("fait figure de": the subject hung on "figure" read as a verb)
    bidders = [x for x in subjects if index.type_of(x[0]) in ("ORG", "PER")
               and index.kinds.get(x[1]) not in ("pronoun", "descriptor")]
    if not bidders:
        return
    target: list[tuple[str, int]] = []
    for c in list(t.children) + [c for c in v.children if c.i > t.i] + \
            [c for c in v.head.children if c.i > t.i and v.head.lower_ == "figure"]:
        if c.dep_ in ("nmod", "obl:mod", "obl") and case_of(c) in _DE + ("pour",):
            target = _orgs(c, index, ("ORG",))
            if target:
                break
    if not target:
        from ..deal_frame30 import deal_frame
        frame = deal_frame(t.doc, index)
        company = frame["target"] if frame is not None and frame.get("target") else (index.topic or index.focus)
        if not company or index.type_of(company) != "ORG":
            return
        target = [(company, -1)]
    bidders = [x for x in bidders if x[0] != target[0][0]]
    if bidders:
        out.put("role_bidder34", bidders)
        out.put("role_target34", target)
        out["_no_linear"] = []


MONEY34_READERS = Readers(offer_sides, bid_purpose, listed_holders, relative_shareholder, bidder_role)
