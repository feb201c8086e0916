"""(s30-gov30) Who belongs to which government and party: article-level steps over the ties already read.

1. A government named in the article ("le gouvernement Z", "le gouvernement de Z"): each person the article
   titles a sitting minister ("X, ministre de l'Intérieur", "la ministre de la Culture, X", a table's Ministre
   column: a LEADS tie whose role is a minister's title) is a member of it (ONTOLOGY team convention: government
   membership is MEMBER_OF the government). Only one named government in the article, or the one the minister's
   own sentence names; never a former minister ("ancien ministre": of which government the text does not say),
   never the government's head (LEADS it).
2. A party's or a government's share of portfolios: "Y conservent des portefeuilles", "Y obtient trois
   ministères" → Y MEMBER_OF the named government; "Y a décliné l'offre d'entrer au gouvernement" → rejected.
3. A politician who joins, rejoins or leaves a body that nothing in the article calls a business (no capital
   tie, no company descriptor, no chief executive) joins or leaves it as a member: "X, maire de Z, a rejoint Y",
   "le sénateur X a réintégré Y". The words are in data/gov30.yaml (cue words, no names)."""
from __future__ import annotations

import functools
import re
from pathlib import Path

import yaml

from ..mentions.lexicon import fold
from ..mentions.wordpos import WordTest, tokens_at
from ..nlp.docview import lower_words_of, tokens_of
from ..records import Relation


@functools.lru_cache(maxsize=1)
def words() -> dict:
    raw = yaml.safe_load((Path(__file__).parent / "data" / "gov30.yaml").read_text(encoding="utf-8"))
    out = {}
    for k, v in raw.items():
        out[k] = tuple(fold(x) for x in v) if isinstance(v, list) else v
    return out


_FOLDED_TESTS: dict[frozenset, tuple] = {}   # (a set of folded words → (its test, kept across documents; the set))


def _at_folded(doc, wanted: tuple) -> list:
    """The tokens of ``doc`` whose ``lower_``, folded, is one of ``wanted`` (folded words), in text order: the walks
    below read only those, their own test kept (it fed every token of the document through fold and a scan of a
    tuple). Each word's answer is kept across documents (wordpos.WordTest, which keeps them per set object)."""
    key = frozenset(wanted)
    got = _FOLDED_TESTS.get(key)
    if got is None:
        if len(_FOLDED_TESTS) > 64:
            _FOLDED_TESTS.clear()
        got = _FOLDED_TESTS[key] = (WordTest(lambda w, folded: fold(w) in folded), key)
    test, folded = got
    return tokens_at(tokens_of(doc), test.among(lower_words_of(doc), folded))


def _governments(index) -> list[str]:
    """GOV/ORG entities whose name is a government named after its head or its country ("gouvernement Z",
    "gouvernement de Z"); a bare "le gouvernement" is no name."""
    out = []
    for name, e in index.entities.items():
        f = fold(name).replace("'", " ").split()
        rest = name.replace("'", " ").split()[1:]
        # named after a person or a place with a capital ("gouvernement Z", "gouvernement de Z"): not a
        # nationality ("le gouvernement indien": a foreign government, whose ministers the text seldom names)
        if e.type in ("GOV", "ORG") and len(f) >= 2 and f[0] in words()["government_nouns"] \
                and any(x[:1].isupper() for x in rest):
            out.append(name)
    return out


def _is_minister_role(role: str | None) -> bool:
    r = fold(role or "").replace("-", " ").replace("'", " ").strip()
    if not r or r.startswith(words()["former_words"]) or r.startswith("premier ministre"):
        return False
    return r.startswith(words()["minister_titles"])


def _government_for(rel: Relation, govs: list[str]) -> str | None:
    if len(govs) == 1:
        return govs[0]
    ev = fold(rel.evidence)
    named = [g for g in govs if fold(g) in ev]
    return named[0] if len(named) == 1 else None


def government_members(relations: list[Relation], index, doc=None) -> list[Relation]:
    govs = _governments(index)
    if not govs:
        return relations
    heads = {r.subject for r in relations if r.type == "LEADS" and r.object in govs}
    have = {(r.subject, r.object) for r in relations if r.type == "MEMBER_OF"}
    new = []
    for rel in relations:
        if rel.type != "LEADS" or rel.negated or rel.status in ("former", "proposed", "rejected", "denied") \
                or index.type_of(rel.subject) != "PER" or rel.subject in heads or rel.object in govs \
                or not _is_minister_role(rel.role) or _former_in(rel) or _foreign_post(rel):
            continue
        gov = _government_for(rel, govs)
        if gov is None or (rel.subject, gov) in have:
            continue
        have.add((rel.subject, gov))
        new.append(Relation(type="MEMBER_OF", subject=rel.subject, object=gov, evidence=rel.evidence,
                            start=rel.start, end=rel.end, role=rel.role, date=rel.date,
                            confidence=min(rel.confidence, 0.85), rule="member_of.minister_of_named_government"))
    if doc is not None:
        new += _party_portfolios(doc, index, govs, have)
    return relations + new


def _foreign_post(rel: Relation) -> bool:
    """"le ministre allemand des Finances, X" (LEADS "ministère allemand des Finances"): another state's post."""
    from ..mentions.demonyms import countries_by_adjective
    adj = countries_by_adjective()
    ev = rel.evidence.lower().replace("’", "'").split()
    return any(w in adj for w in rel.object.lower().split()) \
        or any(a.startswith("ministre") and b in adj for a, b in zip(ev, ev[1:]))


_FORMER_BEFORE = re.compile(r"\b(?:ancien|ancienne|ex|anciens|anciennes)\s+(?:\w+\s+){0,2}?ministres?\b")


def _former_in(rel: Relation) -> bool:
    """"l'ancien ministre de l'Intérieur, X" whose LEADS lost its status: a former post, government unknown."""
    ev = fold(rel.evidence)
    return bool(_FORMER_BEFORE.search(ev)) and fold(rel.subject) in ev and not rel.rule.endswith("table")


def _party_portfolios(doc, index, govs: list[str], have: set) -> list[Relation]:
    """"Y conservent des portefeuilles": a party holding posts in the article's government; "Y a décliné
    l'offre d'entrer au gouvernement": rejected. Only with one named government in the article."""
    if len(govs) != 1:
        return []
    gov = govs[0]
    w = words()
    out = []
    for t in _at_folded(doc, w["portfolio_nouns"] + ("gouvernement",)):   # (the test below kept)
        low = fold(t.lower_)
        if low not in w["portfolio_nouns"] and not (low == "gouvernement" and t.i and fold(doc[t.i - 1].lower_) in ("au", "du", "le")):
            continue
        verb = t.head if t.dep_ in ("obj", "obl", "obl:arg", "obl:mod", "nmod") else None
        status = None
        if low == "gouvernement":
            # "entrer au gouvernement" / "sortir du gouvernement", under "décliner l'offre d'…" or "refuser de …"
            if verb is None or fold(verb.lemma_) not in w["entering_verbs"]:
                continue
            up = verb.head if verb.dep_ in ("acl", "xcomp", "ccomp", "advcl") else None
            if up is not None and up.dep_ == "obj" and fold(up.lemma_) in w["offer_nouns"]:
                up = up.head
            if up is None or not _stem_in(up, w["refusing_verbs"]):
                continue
            verb, status = up, "rejected"
        elif verb is None or verb.pos_ not in ("VERB", "AUX") or not _stem_in(verb, w["holding_verbs"]):
            continue
        subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")]
        for s in subj:
            name = _name_at(s, index)
            if name is None or index.type_of(name) not in ("ORG", "GOV") or name == gov or (name, gov) in have:
                continue
            sent = t.sent
            have.add((name, gov))
            out.append(Relation(type="MEMBER_OF", subject=name, object=gov, evidence=sent.text,
                                start=sent.start_char, end=sent.end_char, status=status, confidence=0.8,
                                rule="member_of.party_in_named_government"))
    return out


def _stem_in(tok, stems) -> bool:
    """The lemma, or the word itself when the tagger lemmatised a verb as a noun ("conserve"), opens on a stem."""
    return fold(tok.lemma_).startswith(stems) or fold(tok.lower_).startswith(stems)


def _name_at(tok, index) -> str | None:
    name = index.by_token.get(tok.i)
    if name is not None:
        return name
    for c in tok.children:
        if c.dep_ in ("flat:name", "flat") and index.by_token.get(c.i) is not None:
            return index.by_token[c.i]
    return None


def _politicians(doc, index, relations: list[Relation]) -> set[str]:
    """Persons the article gives a sitting political office: "le député X", "X, sénatrice de Z", "la maire de Z,
    X", or a LEADS tie to a public body (a region, a city, a ministry) with no former status."""
    w = words()
    out = set()
    for r in relations:
        if r.type == "LEADS" and not r.negated and r.status != "former" and index.type_of(r.subject) == "PER" \
                and index.type_of(r.object) == "GOV" and _is_political_role(r.role):
            out.add(r.subject)
    if doc is None:
        return out
    for t in _at_folded(doc, w["political_titles"]):   # (the test below kept)
        if fold(t.lower_) not in w["political_titles"]:
            continue
        if t.i and fold(doc[t.i - 1].lower_) in w["former_words"] + ("futur", "future", "candidat", "candidate"):
            continue
        cands = []
        if t.i + 1 < len(doc):
            cands.append(doc[t.i + 1])
        if t.i + 2 < len(doc) and doc[t.i + 1].text == ",":   # "Devenue eurodéputée, X a rejoint …"
            cands.append(doc[t.i + 2])
        if t.dep_ == "appos":
            cands.append(t.head)
        cands += [c for c in t.children if c.dep_ == "appos"]
        for c in cands:
            name = index.by_token.get(c.i)
            if name is not None and index.type_of(name) == "PER":
                out.add(name)
    return out


def _is_political_role(role: str | None) -> bool:
    r = fold(role or "").replace("-", " ").strip()
    return bool(r) and (r.split(" ", 1)[0] in words()["political_titles"] or r.startswith("president"))


def _businesses(index, relations: list[Relation]) -> set[str]:
    """Bodies the article treats as businesses: a side of a capital or market tie, a chief executive's
    employer, or a company word in a name or an alias ("le groupe", "Korvex Industries")."""
    w = words()
    out = set()
    for r in relations:
        if r.type in ("OWNS", "ACQUIRES", "INVESTS_IN", "BIDS_FOR", "COMPETES_WITH", "FUNDS"):
            out.update((r.subject, r.object))
        elif r.type in ("LEADS", "FOUNDED") and fold(r.role or "").replace("-", " ").startswith(w["business_roles"]):
            out.add(r.object)
    for name, e in index.entities.items():
        for a in (name, *e.aliases):
            if any(x in w["company_words"] for x in fold(a).replace("'", " ").replace("-", " ").split()):
                out.add(name)
                break
    return out


def politicians_join_parties(relations: list[Relation], index, doc=None) -> list[Relation]:
    """"X, maire de Z, a rejoint Y" / "le sénateur X a réintégré Y" / "la députée X a quitté Y": a politician
    joins or leaves a body nothing calls a business as a member (ONTOLOGY: MEMBER_OF a party or an
    association); "a rejoint Y comme directeur" stays a job."""
    from .relations import _joins_or_leaves
    todo = [r for r in relations if r.type == "WORKS_FOR" and _joins_or_leaves(r)]
    if not todo:
        return relations
    pols = _politicians(doc, index, relations)
    if not pols:
        return relations
    biz = _businesses(index, relations)
    for r in todo:
        ev = " " + fold(r.evidence) + " "
        if r.subject not in pols or r.object in biz or index.entities.get(r.object) is None \
                or index.type_of(r.object) == "PER" or any(x in ev for x in words()["job_markers"]):
            continue
        r.type, r.rule = "MEMBER_OF", r.rule + ".politician"
    return relations


_CUE_MEMO: dict = {}   # more_party_names: per cue-word table, lower_ → is a cue (kept across documents)


def more_party_names(index, doc=None) -> set[str]:
    """(s30-gov30) Organisations the article treats as parties without calling them one next to their name
    (document-level; slots/bonds.party_names reads the party words): a name right after a political title or a
    plural of elected members ("le député Y X", "les élus Y", "les sénateurs (Y)", "la cheffe de file des
    députés Y"), or after a party activity noun and "de" ("l'investiture de Y", "les militants du Y", "le congrès
    de Y", "le candidat de Y à la présidentielle"). Names with a place or company word are left out."""
    if doc is None:
        return set()
    from ..mentions.lexicon import fold as _f
    w = words()
    titles, activity = w["label_titles"], w["party_activity_nouns"]
    out = set()
    n = len(doc)
    from ..mentions import wordpos
    if wordpos.PREFILTER:
        # (only the cue words' places: this pass is called once per document and walked every token, about 1 %
        # of analyse; each distinct word is folded once — fold is cached — and the loop's own tests are kept)
        pos = wordpos._positions(doc)
        memo = _CUE_MEMO.get(id(titles), None)
        if memo is None or memo[0] is not titles or memo[1] is not activity:
            memo = _CUE_MEMO[id(titles)] = (titles, activity, {})
        cue = memo[2]   # (lower_ → whether its fold is a cue word: one dict lookup per distinct word after the first)
        at = []
        for low, places in pos.items():
            hit = cue.get(low)
            if hit is None:
                hit = cue[low] = bool(low) and (_f(low) in titles or _f(low) in activity)
            if hit:
                at.extend(places)
        at.sort()
    else:
        at = range(n)
    for i in at:
        t = doc[i]
        low = _f(t.lower_)
        j = None
        if low in titles:
            j = t.i + 1
            if j < n and doc[j].text == "(":
                j += 1
        elif low in activity and t.i + 2 < n and _f(doc[t.i + 1].lower_) in ("de", "d'", "d’", "du", "des"):
            j = t.i + 2
            if _f(doc[t.i + 1].lower_) == "de" and j < n and doc[j].lower_ in ("la", "l'", "l’"):
                j += 1
        if j is not None and j + 1 < n and doc[j].text in ("Les", "La", "Le") and index.kinds.get(j) != "name" \
                and low in titles:
            j += 1   # (s34-politics34) "le sénateur Les Y X": the party's article left out of its mention
        if j is None or j >= n or index.kinds.get(j) != "name":
            continue
        name = index.by_token.get(j)
        e = index.entities.get(name) if name else None
        if e is None or e.type not in ("ORG", "GOV", "LOC") or not _party_like_name(name):
            continue
        if e.type != "ORG" and len(_f(name).split()) < 2 and not name.isupper():
            continue   # "le député de Lyon": a one-word place
        out.add(name)
    out |= _apposed_party_nouns(doc, index)
    return out


_PARTY_APPOSED = frozenset({"parti", "formation", "mouvement"})


def _apposed_party_nouns(doc, index) -> set[str]:
    """(s34-politics34) "Y, le parti de X", "Y, la formation fondée par X", "Y, le mouvement de X": an organisation
    the text calls a party in an apposition right after its name (the comma, an article, the party noun)."""
    out = set()
    n = len(doc)
    for i, name in index.by_token.items():
        if i + 3 >= n or index.by_token.get(i + 1) == name or doc[i + 1].text != "," \
                or doc[i + 2].lower_ not in ("le", "la", "l'", "l’") or doc[i + 3].lower_ not in _PARTY_APPOSED:
            continue
        e = index.entities.get(name)
        if e is not None and e.type == "ORG" and _party_like_name(name):
            out.add(name)
    return out


def _party_like_name(name: str) -> bool:
    w = words()
    toks = fold(name).replace("'", " ").replace("-", " ").split()
    return not any(x in w["company_words"] or x in w["place_words"] for x in toks)


def _foreign_title(tok) -> bool:
    """"le ministre allemand des Finances": a title with a nationality adjective is another state's post (the
    article's named government is seldom that state's)."""
    from ..mentions.demonyms import countries_by_adjective
    doc = tok.doc
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return nxt is not None and nxt.lower_ in countries_by_adjective()


def titled_ministers(relations: list[Relation], index, doc=None) -> list[Relation]:
    """A person given a sitting minister's title with no ministry named ("X y fait son entrée comme ministre
    délégué chargé de l'Europe", "X a été nommée secrétaire d'État au Numérique", "le ministre délégué aux
    Transports, X"), in an article that names one government: a member of it (as government_members)."""
    if doc is None:
        return relations
    govs = _governments(index)
    if len(govs) != 1:
        return relations
    gov = govs[0]
    heads = {r.subject for r in relations if r.type == "LEADS" and r.object == gov}
    have = {(r.subject, r.object) for r in relations if r.type == "MEMBER_OF"}
    new = []
    for t in _at_folded(doc, ("secretaire", "ministre")):   # (the test below kept)
        low = fold(t.lower_)
        if low == "secretaire":
            nx = doc[t.i + 1: t.i + 3]
            if not (len(nx) == 2 and fold(nx[1].lower_) == "etat"):
                continue
        elif low != "ministre":
            continue
        before = [fold(x.lower_) for x in doc[max(0, t.i - 3): t.i]]
        if any(b in ("ancien", "ancienne", "ex", "premier", "premiere", "futur", "future", "anciens") or b.startswith("ex-")
               for b in before) or _foreign_title(t):
            continue
        people = []
        if t.dep_ == "appos" and t.head.pos_ == "PROPN":
            people.append(t.head)                      # "X, ministre délégué aux Transports, …"
        people += [c for c in t.children if c.dep_ == "appos"]   # "le ministre délégué aux Transports, X"
        h = t.head
        if t.dep_ == "xcomp" and h.pos_ in ("VERB", "AUX"):
            people += [c for c in h.children if c.dep_ in ("nsubj", "nsubj:pass")]   # "X a été nommée secrétaire d'État"
        if t.dep_ in ("nmod", "obl", "obl:mod") and any(c.lower_ == "comme" for c in t.children):
            v = h.head if h.pos_ == "NOUN" and h.dep_ == "obj" else h   # "X fait son entrée comme ministre"
            if v.pos_ in ("VERB", "AUX"):
                people += [c for c in v.children if c.dep_ in ("nsubj", "nsubj:pass")]
        for p in people:
            name = index.by_token.get(p.i)
            if name is None or index.type_of(name) != "PER" or name in heads or (name, gov) in have:
                continue
            have.add((name, gov))
            sent = t.sent
            new.append(Relation(type="MEMBER_OF", subject=name, object=gov, evidence=sent.text,
                                start=sent.start_char, end=sent.end_char, role="ministre", confidence=0.8,
                                rule="member_of.minister_titled"))
    return relations + new
