"""(s32-relpro32) A relative pronoun after a preposition stands for its antecedent: "Y, pour laquelle il a
travaillé", "Y, auprès duquel X a levé 20 millions", "Y, avec qui X échange", "le groupe au sein duquel elle
siège", "les géants avec lesquels X est en concurrence". The pronoun is made a mention of the antecedent (the
name before the preposition, or a noun carrying a name: "la banque Y, pour laquelle …"), so every reader of
the clause's verb or noun takes it. A subject pronoun of that clause ("avec qui il échange", "pour laquelle elle
a travaillé") never stands for the antecedent itself: such a link left by coreference is dropped.
Lexicon in data/relpro32.yaml. Run after coreference (mentions.entities.find_entities)."""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

from ..yamldata import load_yaml
from ..nlp.docview import UNSET, lower_words_of, rehang, tokens_of

_SUBJECT_PRONOUNS = frozenset({"il", "elle", "ils", "elles"})
_MAX_PREP = 5   # words of a compound preposition ("à la tête de laquelle": 4)


@lru_cache(maxsize=1)
def words() -> dict[str, frozenset[str]]:
    raw = load_yaml(resources.files("cercle.mentions").joinpath("data/relpro32.yaml").read_text("utf-8"))
    return {k: frozenset(str(w).lower() for w in v) for k, v in raw.items()}


def _antecedent(tv, k: int, index) -> tuple[str, int] | None:
    """The entity (and the token) of the antecedent of the relative pronoun at k: back over the preposition's
    words and one comma, a name (not one that is the "de" complement of a noun: "le conseil de Y, au sein
    duquel" is the council's), a noun the index ties to an entity, or a noun carrying a name without a
    preposition ("la banque Y")."""
    w = words()
    j = k - 1
    start = tv[k].sent.start
    steps = 0
    while j >= start and tv[j].lower_ in w["preposition_words"] and steps < _MAX_PREP:
        j -= 1
        steps += 1
    if tv[k].lower_ == "qui" and steps == 0:
        return None   # ("X, qui …": the subject relative, coreference's)
    if j >= start and tv[j].text == ",":
        j -= 1
    if j < start:
        return None
    a = tv[j]
    name = index.by_token.get(j)
    if name is not None:
        if index.kinds.get(j) == "name":
            top = a
            while top.dep_ in ("flat:name", "flat") and top.head.i != top.i:
                top = top.head
            if any(c.dep_ == "case" and c.lower_ in ("de", "d'", "d’", "du", "des") for c in top.children) \
                    and top.head.pos_ == "NOUN" and top.head.i < top.i and index.by_token.get(top.head.i) != name:
                # ("le conseil de Y, au sein duquel …": the council's; "X, patron de Y, auquel …": X's)
                return _apposed_name(top.head, index)
        return name, j
    if a.pos_ == "ADJ" and a.head.pos_ == "NOUN" and a.head.i < a.i and a.dep_ == "amod":
        a = a.head   # ("le géant allemand avec lequel")
        j = a.i
        if j in index.by_token:
            return index.by_token[j], j
    if a.pos_ == "NOUN":
        got = _apposed_name(a, index)
        if got is not None:
            return got
        # ("la banque Y, pour laquelle": the name the noun carries, right after it)
        nxt = j + 1
        if nxt < len(tv) and nxt in index.by_token and index.kinds.get(nxt) == "name" and tv[nxt].head.i == j \
                and not any(c.dep_ == "case" for c in tv[nxt].children):
            return index.by_token[nxt], nxt
    return None


def _apposed_name(noun, index) -> tuple[str, int] | None:
    """The name a noun is set beside: "X, patron de Y", "Y, le géant allemand" (the noun an apposition of the
    name, or the index's descriptor of it)."""
    if noun.i in index.by_token:
        return index.by_token[noun.i], noun.i
    # (on the words: the parser hangs the apposition anywhere, often on the verb)
    tv = tokens_of(noun.doc)
    left = noun.i   # (the noun phrase's first word: the parse's left edge may reach over the comma)
    while left - 1 > noun.sent.start and tv[left - 1].pos_ in ("DET", "ADJ", "NUM") and tv[left - 1].text != ",":
        left -= 1
    if left >= 2 and left > noun.sent.start + 1 and tv[left - 1].text == "," and index.kinds.get(left - 1 - 1) == "name" \
            and not any(tv[k].text == "," or tv[k].pos_ in ("VERB", "AUX") for k in range(left, noun.i)):
        return index.by_token[left - 2], left - 2
    return None


def _lift_antecedent(tv, t) -> None:
    """"Le fonds Y, dans lequel X a investi, a été créé …": the parser makes the antecedent a second subject of
    the clause's verb (and the main verb a dependent of it). With a subject of its own after the pronoun, the
    clause is the antecedent's relative (acl:relcl) and the antecedent the subject of the verb after the clause."""
    v = t.head
    if v.pos_ not in ("VERB", "AUX", "NOUN", "ADJ") or v.i < t.i:
        return
    subs = [c for c in v.children if c.dep_ in ("nsubj", "nsubj:pass")]
    before = [c for c in subs if c.i < t.i and c.pos_ in ("NOUN", "PROPN")]
    if not before or not any(c.i > t.i for c in subs):
        return
    n = before[-1]
    main = next((c for c in v.children if c.dep_ in ("advcl", "conj", "parataxis", "ccomp") and c.i > v.i
                 and c.pos_ in ("VERB", "AUX") and any(tv[k].text == "," for k in range(v.i + 1, c.left_edge.i + 1))),
                None)
    if main is not None:
        rehang(main, main, "ROOT")
        passive = any(c.dep_ == "aux:pass" for c in main.children)
        rehang(n, main, "nsubj:pass" if passive else "nsubj")
    elif v.dep_ in ("advcl", "ccomp", "conj", "parataxis") and v.head.i > v.i and v.head.pos_ in ("VERB", "AUX") \
            and any(tv[k].text == "," for k in range(v.i + 1, v.head.i)):
        passive = any(c.dep_ == "aux:pass" for c in v.head.children)
        rehang(n, v.head, "nsubj:pass" if passive else "nsubj")
    elif v.dep_ == "ROOT":
        rehang(n, n, "ROOT")
    else:
        return
    rehang(v, n, "acl:relcl")


def _hang_adverbial_preposition(tv, t) -> None:
    """"Y, auprès duquel X a levé …", "Y, auprès de qui …": the parser hangs "auprès" on the verb as an adverb and
    leaves the pronoun without its preposition; the preposition is the pronoun's case, the pronoun the verb's
    oblique."""
    k = t.i - 1
    if tv[k].lower_ in ("de", "d'", "d’") and t.lower_ in ("qui", "laquelle", "lequel", "lesquels", "lesquelles"):
        k -= 1
    elif t.lower_ not in words()["genitive_forms"]:
        return
    p = tv[k]
    v = t.head
    if p.lower_ not in words()["adverbial_prepositions"] or p.dep_ == "case" or v.i < t.i \
            or v.pos_ not in ("VERB", "AUX", "NOUN"):
        return
    p.pos_ = "ADP"
    rehang(p, t, "case")
    rehang(t, v, "obl:arg")
    if hasattr(t, "case"):
        t.case = UNSET   # (a memo of the view, read before the repair)


def _person_apposed_before(tv, j: int, index) -> tuple[str, int] | None:
    """"Qui" after a preposition stands for a person first: when the name before it is not one ("X, président de
    la Région Y, avec qui elle …"), the person whose apposition holds that name (the noun after "X,"), if any
    ("Le fonds Y, auprès de qui …" keeps the fund)."""
    start = tv[j].sent.start
    for k in range(j - 1, max(start, j - 8) - 1, -1):
        if tv[k].text == "," or tv[k].pos_ in ("VERB", "AUX"):
            return None
        if tv[k].pos_ == "NOUN":
            got = _apposed_name(tv[k], index)
            if got is not None and index.type_of(got[0]) == "PER":
                return got
    return None


def relative_referents(doc, index, mentions: list) -> list:
    """Mentions of the antecedent for the relative pronouns after a preposition (data/relpro32.yaml); drops a
    subject pronoun of the clause coreference gave the antecedent. Sets the index, returns the whole mention list."""
    from ..records import Mention
    w = words()
    lows = lower_words_of(doc)
    if lows.isdisjoint(w["lequel_forms"]) and "qui" not in lows:
        return mentions
    tv = tokens_of(doc)
    found = []
    dropped: set[int] = set()
    for t in tv:
        low = t.lower_
        if low not in w["lequel_forms"] and low != "qui":
            continue
        if t.i in index.by_token or t.i < 2:
            continue
        if low == "qui" and tv[t.i - 1].lower_ not in w["qui_prepositions"] \
                and tv[t.i - 1].lower_ not in ("de", "d'", "d’"):
            continue
        got = _antecedent(tv, t.i, index)
        if got is not None and low == "qui" and index.type_of(got[0]) != "PER":
            got = _person_apposed_before(tv, got[1], index) or got
        if got is None:
            continue
        name, _ = got
        index.by_token[t.i] = name
        index.kinds[t.i] = "pronoun"
        found.append(Mention(t.idx, t.idx + len(t.text), t.text, name.strip(), "pronoun"))
        _lift_antecedent(tv, t)
        _hang_adverbial_preposition(tv, t)
        if t.dep_ == "dep" and t.head.i > t.i:
            # (the parser leaves the pronoun unattached: the clause's oblique, or its dative for "auquel")
            if low in w["dative_forms"]:
                rehang(t, t.head, "iobj")
            elif any(c.dep_ == "case" for c in t.children):
                rehang(t, t.head, "obl:arg")
        # (the clause's subject pronoun: never the antecedent)
        for s in range(t.i + 1, min(t.i + 4, t.sent.end)):
            if tv[s].lower_ in _SUBJECT_PRONOUNS and tv[s].pos_ == "PRON" and index.by_token.get(s) == name:
                del index.by_token[s]
                index.kinds.pop(s, None)
                dropped.add(tv[s].idx)
                break
    if dropped:
        mentions = [m for m in mentions if not (m.kind == "pronoun" and m.start in dropped)]
    return mentions + found
