"""Business readers (biz4): the argument frames of money given and of take-overs, read from the
parse whatever the verb. Word lists: data/biz.yaml.

- ``sum_parties``: "X a consenti / apporte / débloque un prêt (une subvention, une enveloppe…) de
  N à Y (pour Y, au profit de Y)": X gives, Y receives (slots "giver", "given_to").
- ``part_apposition``: "X a racheté Y, la filiale de Z": the parser takes the apposition for a second
  object; Z owns what is bought, it is not bought.
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from ...mentions.entities import EntityIndex
from ...mentions.lexicon import fold
from ...nlp.docview import tokens_of
from ...yamldata import load_yaml
from ..status import not_renewed
from ..arguments import FUNDING_NOUNS, PERSON_TITLES, RAISE_VERBS, _subject_of, case_of, entities_at, lemma_of
from ..arguments import STAKES   # (relative_stake_object, for every verb trigger: no import statement per call)
from .found import Found
from .gate import acts_on


@lru_cache(maxsize=1)
def _words() -> dict:
    raw = load_yaml(resources.files("cercle.extract").joinpath("data/biz.yaml").read_text("utf-8"))
    out = {k: frozenset(v) for k, v in raw.items() if k not in ("beneficiary_phrases", "sold_by_buyer_case")}
    out["sold_by_buyer_case"] = dict(raw.get("sold_by_buyer_case", {}))
    out["beneficiary_phrases"] = tuple(tuple(p.replace("’", "'").split()) for p in raw.get("beneficiary_phrases", []))
    return out


_GIVER_TYPES = ("ORG", "GOV", "PER")
_TAKER_TYPES = ("ORG", "GOV", "PER")


def _beneficiaries(noun, index: EntityIndex) -> list[tuple[str, int]]:
    """Who a sum goes to: "à / pour Y" hung on the noun, on its amount, or on the verb after the noun;
    "au profit de Y", "en faveur de Y" read as a line after the noun's phrase."""
    w = _words()
    cases = w["beneficiary_cases"]
    heads = [noun] + [k for k in noun.children if k.dep_ == "nmod" and case_of(k) == "de"]
    heads += [kk for k in heads[1:] for kk in k.children if kk.dep_ == "nmod" and case_of(kk) == "de"]
    got: list[tuple[str, int]] = []
    for h in heads:
        for c in h.children:
            if c.i > noun.i and c.dep_ in ("nmod", "obl", "obl:arg", "obl:mod") and case_of(c) in cases:
                got += [x for x in entities_at(c, index) if index.type_of(x[0]) in _TAKER_TYPES]
    verb = noun.head
    if not got and verb.i != noun.i:
        for c in verb.children:
            if c.i > noun.i and (c.dep_ == "iobj" or c.dep_ in ("obl", "obl:arg", "obl:mod") and case_of(c) in cases):
                got += [x for x in entities_at(c, index) if index.type_of(x[0]) in _TAKER_TYPES]
    if not got:
        tv = tokens_of(noun.doc)
        end = min(noun.sent.end, noun.i + 14)
        for j in range(noun.i + 1, end):
            if tv[j].is_punct or tv[j].pos_ in ("VERB", "AUX"):
                break
            for phrase in w["beneficiary_phrases"]:
                n = len(phrase)
                if j + n < end and tuple(tv[j + m].lower_.replace("’", "'") for m in range(n)) == phrase:
                    k = j + n
                    while k < end and index.entity_at(k) is None and tv[k].pos_ in ("DET", "ADJ", "NOUN"):
                        k += 1
                    if k < end and index.entity_at(k) is not None and index.type_of(index.entity_at(k)) in _TAKER_TYPES:
                        got.append((index.entity_at(k), k))
            if got:
                break
    return got


def sum_parties(t, index: EntityIndex, out: Found) -> None:
    """"X a consenti un prêt de 40 M€ à Y", "X complète le montage par une avance de 3 M€ au repreneur Y",
    "X débloque une enveloppe de 2 M€ pour Y": the subject of the verb governing the sum gives it."""
    w = _words()
    if t.pos_ != "NOUN" or t.lemma_.lower() not in w["sum_nouns"] or not out.wants("giver", "given_to"):
        return
    if t.dep_ not in ("obj", "obl", "obl:arg", "obl:mod"):
        return
    verb = t.head
    if verb.i == t.i or lemma_of(verb) in w["not_giver_verbs"] or verb.lemma_.lower() in w["not_giver_verbs"]:
        return
    # a sum of money: "un prêt de N", "une subvention de N" (not "l'aide de la Région", "un don de matériel")
    # (s28-funds28: "de 800 000 euros", the number split at its thousands tagged as determiners)
    if not any(k.dep_ == "nmod" and case_of(k) == "de" and (k.pos_ == "NUM" or any(
            kk.dep_ == "nummod" or kk.dep_ == "det" and kk.like_num for kk in k.children)) for k in t.children):
        return
    givers = [x for x in _subject_of(verb, index) if index.type_of(x[0]) in _GIVER_TYPES]
    takers = [x for x in _beneficiaries(t, index) if all(x[0] != g for g, _ in givers)]
    if givers and takers:
        out.put("giver", givers[:1])
        out.put("given_to", takers)


@acts_on(lambda w: w.verbal and w.lemma in _words()["takeover_verbs"])   # (speed37: tidy calls it in a gated run)
def part_apposition(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"X a racheté Y, la filiale de Z": the apposition parsed as a second object (or Y as an xcomp);
    Y is what is bought, Z only the owner of the part."""
    w = _words()
    if not verbal or lemma_of(t) not in w["takeover_verbs"] or "obj" not in out:
        return
    parts = [c for c in t.children if c.dep_ == "obj" and c.pos_ == "NOUN" and c.lemma_.lower() in w["part_nouns"]
             and index.entity_at(c.i) is None]
    if not parts:
        return
    inside = {k.i for p in parts for k in p.subtree}
    whole = [c for c in t.children if c.dep_ in ("obj", "xcomp") and c.i < parts[0].i and c.i not in inside
             and index.entity_at(c.i) is not None]
    kept = [x for x in out["obj"] if x[1] not in inside]
    for c in whole:
        kept += [x for x in entities_at(c, index) if x not in kept]
    if kept:
        out["obj"] = kept
    else:
        del out["obj"]


def tender_parties(t, index: EntityIndex, out: Found) -> None:
    """"X a remporté l'appel d'offres lancé par Y", "X a décroché le marché passé par Y": the body that
    opened the tender pays its winner (slots "tender_by", "tender_winner")."""
    w = _words()
    low = t.lemma_.lower()
    if t.pos_ != "NOUN" or low not in w["tender_nouns"] or not out.wants("tender_by", "tender_winner"):
        return
    tv = tokens_of(t.doc)
    if low == "appel" and not (t.i + 1 < len(tv) and tv[t.i + 1].lower_.replace("’", "'") in ("d'", "d'offres")):
        return
    win, dep = t.head, t.dep_
    if dep in ("dep", "nmod", "appos", "obj") and win.lemma_.lower() in w["time_heads"] and win.dep_.startswith("obl") \
            and win.i < t.i:
        win, dep = win.head, "obj"   # "X a décroché en juin un marché …": the parser hangs it on the month
    if dep not in ("obj", "nsubj:pass") or lemma_of(win) not in w["tender_win_verbs"]:
        return
    winners = [x for x in (_subject_of(win, index) if dep == "obj" else
                           [x for c in win.children if c.dep_ == "obl:agent" for x in entities_at(c, index)])
               if index.type_of(x[0]) in ("ORG", "PER")]
    # the launching participle: on the noun, or on its "d'offres" complement
    heads = [t] + [c for c in t.children if c.dep_ == "nmod" and c.lower_ in ("offres", "offre")]
    bodies = [x for h in heads for c in h.children if c.dep_ == "acl" and lemma_of(c) in w["tender_launchers"]
              for a in c.children if a.dep_ == "obl:agent" for x in entities_at(a, index)
              if index.type_of(x[0]) in ("ORG", "GOV")]
    if not bodies and low in w["buyer_tender_nouns"]:
        bodies = [x for x in _tender_buyer(t, win, index) if index.type_of(x[0]) in ("ORG", "GOV")]
    bodies = [x for x in bodies if all(x[0] != n for n, _ in winners)]
    if winners and bodies:
        out.put("tender_by", bodies[:1])
        out.put("tender_winner", winners[:1])


def _tender_buyer(noun, win, index: EntityIndex) -> list[tuple[str, int]]:
    """The buyer of a contract won, written "auprès de Y" on the verb or on the noun ("a décroché un marché de
    N € auprès du ministère Y") or "de Y" after its amount ("un marché de 9,6 M€ de l'agence Y"; the "de Y" on
    the noun itself is read by funds.contract_won)."""
    for h in (win, noun):
        for c in h.children:
            if c.lower_ == "auprès" and c.i > win.i:
                got = [x for k in c.children if k.dep_.startswith(("obl", "nmod")) for x in entities_at(k, index)]
                if got:
                    return got
    amounts = [k for k in noun.children if k.dep_ == "nmod" and case_of(k) == "de" and k.i > noun.i
               and (k.pos_ == "NUM" or any(kk.dep_ == "nummod" for kk in k.children))]
    for a in amounts:
        for k in a.children:
            if k.dep_ == "nmod" and case_of(k) in ("de", "du", "des") and k.i > a.i + 1:
                got = entities_at(k, index)
                if got:
                    return got
    return []


def backer_by_pronoun(t, index: EntityIndex, out: Found) -> None:
    """"La start-up … : elle sera le sponsor principal de Y": a backer noun's person reached through a
    pronoun alone is dropped (the pronoun's antecedent is too often the wrong person)."""
    if t.pos_ not in ("NOUN", "PROPN") or t.lemma_.lower() not in _words()["backer_nouns"]:
        return
    for slot in ("head", "subj"):
        if slot in out:
            out[slot] = [x for x in out[slot] if not (index.kinds.get(x[1]) == "pronoun"
                                                      and index.type_of(x[0]) == "PER")]
            if not out[slot]:
                del out[slot]
    if "head" not in out and "subj" not in out and index.topic:
        out.put("head", _article_company_as_backer(t, index))


def _article_company_as_backer(t, index: EntityIndex) -> list[tuple[str, int]]:
    """"La PME deviendra le sponsor maillot de Y", "elle sera le sponsor principal de Y": a subject that is a
    pronoun or a company descriptor naming no one stands for the article's company."""
    w = _words()
    # (the attribute the parser takes for an object or an apposition of the verb: "sera …, le sponsor de Y")
    if t.dep_ in ("obj", "appos", "xcomp") and t.head.i < t.i and (lemma_of(t.head) in w["being_verbs"]
                                                                 or t.head.lemma_.lower() in w["being_verbs"]):
        verb = t.head
    elif any(c.dep_ == "cop" for c in t.children):
        verb = t
    else:
        return []
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or index.entity_at(subjects[0].i) is not None and index.kinds.get(subjects[0].i) == "name":
        return []
    s = subjects[0]
    if s.lower_ not in w["company_descriptors"] and s.lemma_.lower() not in w["company_descriptors"]:
        return []
    if s.pos_ == "NOUN" and not any(d.dep_ == "det" and d.lower_ in ("la", "le", "l'", "l’", "cette", "ce")
                                    for d in s.children):
        return []
    return [(index.topic, s.i)]


@acts_on(lambda w: w.verbal)   # (speed37: verbs.verb_objects calls it in a gated run)
def object_after_time(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"X a racheté en octobre Y", "X a cédé l'an dernier Y": a verb with no object whose time phrase holds
    a name hung on it without a preposition; the name is the object."""
    if not verbal:
        return
    for c in t.children:   # (a loop: no generator per verb)
        if c.dep_ in ("ccomp", "xcomp"):
            return
    w = _words()
    tv = tokens_of(t.doc)
    for c in t.children:
        if c.i > t.i and c.dep_ in ("obl:mod", "obl", "obl:arg") and c.lemma_.lower() in w["time_heads"]:
            names = [k for k in c.children if k.dep_ in ("nmod", "appos", "obj") and k.i > c.i and case_of(k) is None
                     and index.entity_at(k.i) is not None and index.kinds.get(k.i) in ("name", "introducer")]
            if not names:
                continue
            n = names[0]
            # (an object after the name and a comma is its apposition: "… en octobre Y, une start-up …")
            if any(k.dep_ == "obj" and not (k.i > n.i and k.left_edge.i > 0 and tv[k.left_edge.i - 1].text == ",")
                   for k in t.children):
                return
            out["obj"] = entities_at(n, index)
            return


def loan_parties(t, index: EntityIndex, out: Found) -> None:
    """"Y s'appuie sur un prêt de 1,5 Md€ arrangé par X", "Y complète l'opération par un prêt de 8 M€
    accordé par X", "… consenti par un pool mené par X": the lender is the participle's agent (a group of
    lenders: the one leading it; slot "agent"), the borrower the subject of the verb the loan hangs on
    (slot "grant_to"), when no "à" phrase names another."""
    w = _words()
    noun = t.head
    if t.dep_ != "acl" or "Part" not in t.morph.get("VerbForm") or noun.pos_ != "NOUN":
        return
    if noun.lower_ in ("relais",) and noun.head.lower_ in w["loan_nouns"] and noun.dep_ in ("nmod", "amod", "compound", "flat"):
        noun = noun.head   # "un prêt relais … arrangé par X"
    if noun.lower_ not in w["loan_nouns"] and noun.lemma_.lower() not in w["loan_nouns"]:
        return
    agents = [c for c in t.children if c.dep_ == "obl:agent" or (c.dep_.startswith("obl") and case_of(c) == "par")]
    if not agents:
        return
    if "agent" not in out:
        ag = agents[0]
        got = entities_at(ag, index)
        if not got and ag.lemma_.lower() in w["public_body_nouns"]:
            # "versée par la ville de Y", "accordée par le département de Y": the public body of that place
            got = [x for k in ag.children if k.dep_ == "nmod" and case_of(k) in ("de", "du", "des")
                   for x in entities_at(k, index) if index.type_of(x[0]) in ("LOC", "GOV")]
        if not got and ag.lemma_.lower() in w["lender_groups"]:
            # "un pool (bancaire) mené par X": the lender leading the group
            got = [x for v in ag.children if v.dep_ == "acl" and lemma_of(v) in w["leading_participles"]
                   for k in v.children if k.dep_ == "obl:agent" or (k.dep_.startswith("obl") and case_of(k) == "par")
                   for x in entities_at(k, index)]
        # (a place names a public body: "versée par le département de la Marne")
        out.put("agent", [x for x in got if index.type_of(x[0]) in _GIVER_TYPES + ("LOC",)])
    if "grant_to" in out:
        return
    to = [c for c in t.children if c.dep_.startswith("obl") and case_of(c) in ("à", "au", "aux")]
    if to:
        # "la subvention versée par X au club Y", "une avance accordée par X à Y": the participle's "à Y"
        out.put("grant_to", [x for c in to if c.lemma_.lower() not in w["not_party_heads"]
                             for x in entities_at(c, index) if index.type_of(x[0]) in _TAKER_TYPES])
        return
    gov = noun.head
    if gov.i == noun.i or gov.pos_ != "VERB" or lemma_of(gov) not in w["borrower_verbs"] \
            or noun.dep_ not in ("obj", "obl", "obl:arg", "obl:mod") \
            or any(c.dep_ in ("nsubj:pass", "aux:pass") for c in gov.children):
        out.put("grant_to", _topic_borrower(t, index, out))
        return
    # "le PDG de Y, X, s'appuie sur un prêt …": a company's loan, taken by its head for it
    for c in gov.children:
        if c.dep_ == "nsubj" and (c.lower_ in PERSON_TITLES or c.lemma_.lower() in PERSON_TITLES):
            firm = [x for k in c.children if k.dep_ == "nmod" and case_of(k) == "de" and k.i < c.i + 4
                    for x in entities_at(k, index) if index.type_of(x[0]) == "ORG"]
            if firm:
                out.put("grant_to", firm[:1])
                return
    # (a project's loan, "un projet qui a bénéficié d'une avance accordée par X": the article's company's)
    out.put("grant_to", [x for x in _subject_of(gov, index) if index.type_of(x[0]) in _TAKER_TYPES]
            or _topic_borrower(t, index, out, project=True))


def _topic_borrower(t, index: EntityIndex, out: Found, project: bool = False) -> list[tuple[str, int]]:
    """"S'y ajoute un prêt de 12 M€ consenti par X", "le projet a bénéficié d'une avance accordée par X": a
    loan granted by a lender to no one named, in an article about one company, is that company's; only when
    the sentence names no other organisation than the lender (it might be the borrower) and the noun is no
    verb's object (its subject would be the borrower)."""
    lenders = {n for n, _ in out.get("agent", ())}
    topic = index.topic
    if not lenders or not topic or topic in lenders or index.type_of(topic) != "ORG":
        return []
    noun = t.head
    gov = noun.head
    if not project and noun.dep_ == "obj" and gov.pos_ == "VERB" and any(c.dep_ == "nsubj" for c in gov.children):
        return []
    for k in range(t.sent.start, t.sent.end):
        n = index.entity_at(k)
        if n is not None and n not in lenders and n != topic and index.type_of(n) in ("ORG", "PER", "GOV"):
            return []
    return [(topic, -1)]


def stray_relative_subject(t, index: EntityIndex) -> list[tuple[str, int]]:
    """"… compter sur le fonds X, qui détient 6 % de Y et …": a relative clause the parser hung on the main
    verb (advcl, conj, parataxis) rather than on its noun; "qui" stands for the name right before its comma."""
    if t.dep_.startswith("acl") or t.pos_ != "VERB" or lemma_of(t) not in _words()["relative_stake_verbs"]:
        return []
    rel = [c for c in t.children if c.dep_ == "nsubj" and c.lower_ == "qui" and c.i < t.i]
    if not rel or rel[0].i < 2:
        return []
    tv = tokens_of(t.doc)
    q = rel[0].i
    if tv[q - 1].text != "," or q - 2 < t.sent.start:
        return []
    name = index.entity_at(q - 2)
    if name is None or index.kinds.get(q - 2) not in ("name", "introducer"):
        return []
    return [(name, q - 2)]


def _under_aupres(noun):
    """The verb an "auprès de N" phrase hangs on, when ``noun`` is N or hangs on it by "de"/no case
    (the offer the parser put after the regulator's name), else None."""
    tok = noun
    for _ in range(4):
        head = tok.head
        if head.i == tok.i:
            return None
        if head.lower_ == "auprès" and head.head.pos_ == "VERB":
            return head.head
        if tok.dep_ not in ("nmod", "obl:arg", "obl", "obl:mod") or head.pos_ not in ("NOUN", "PROPN", "ADV"):
            return None
        tok = head
    return None


def _stake_target(tok, index: EntityIndex, depth: int = 4) -> list[tuple[str, int]]:
    """"l'intégralité du capital de Y", "Y": the company at the end of a stake's "de" chain (also read by
    phrases._offer_aimed_at, "visant la totalité du capital de Y")."""
    stake = _words()["stake_path"]
    for _ in range(depth):
        got = entities_at(tok, index)
        if got:
            return got
        if tok.lower_ not in stake and tok.lemma_.lower() not in stake:
            return []
        nxt = [k for k in tok.children if k.dep_ == "nmod" and case_of(k) in ("de", "du", "des")]
        if not nxt:
            return []
        tok = nxt[0]
    return []


def offer_filed(t, index: EntityIndex, out: Found) -> None:
    """"X a déposé auprès de l'AMF un projet d'offre publique d'achat sur Y", "X a annoncé le dépôt auprès de
    l'AMF d'une offre sur l'intégralité du capital de Y": the parser hangs the offer on the regulator; the
    bidder is the subject of the verb "auprès" hangs on, the target the company of its "sur" phrase."""
    w = _words()
    if t.pos_ != "NOUN" or t.lemma_.lower() not in w["offer_nouns"] and t.lower_ not in w["offer_nouns"]:
        return
    if not out.wants("subj", "prep:sur"):
        return
    top = t
    if t.dep_ == "nmod" and t.head.lemma_.lower() in w["offer_carriers"]:
        top = t.head
    verb = _under_aupres(top)
    if verb is None:
        return
    regulator = [x for c in verb.children if c.lower_ == "auprès" for k in c.children for x in entities_at(k, index)]
    if "subj" not in out:
        out.put("subj", [x for x in _subject_of(verb, index) if x not in regulator])
    if not out.get("prep:sur"):
        heads = [t] + [c for c in t.children if c.dep_ == "nmod" and c.lemma_.lower() in ("achat", "échange")]
        for h in heads:
            for c in h.children:
                # (a name right after "sur" is read by the other readers; only the stake's chain here)
                if c.dep_ in ("nmod", "obl:arg", "obl") and case_of(c) == "sur" and not entities_at(c, index):
                    got = [x for x in _stake_target(c, index) if x not in regulator]
                    if got:
                        out.put("prep:sur", got)
                        return


@lru_cache(maxsize=1)
def _likewise_words() -> tuple[list[str], ...]:
    """(speed37) The likewise_phrases as lists of words, split once (likewise_subjects split each phrase at each
    word after a comma of a sentence that has a subject)."""
    return tuple(p.split() for p in _words()["likewise_phrases"])


def likewise_subjects(t, index: EntityIndex, out: Found) -> None:
    """"A remet au pot, tout comme le business angel B", "A accompagne l'opération, de même que B": B is a
    second subject of the verb (the first name after the phrase, past its descriptor words)."""
    if "subj" not in out:
        return
    # ("Le Conseil a sanctionné A, de même que la société B": after a named object, B is a second object,
    # which lists.complete_lists adds when the kinds match)
    if any(c.dep_ == "obj" and index.entity_at(c.i) is not None for c in t.children):
        return
    tv = tokens_of(t.doc)
    end = t.sent.end
    phrases = _likewise_words()
    for j in range(t.i + 1, end):
        if tv[j].text in (";", ":") or (j > t.i + 1 and tv[j].pos_ == "VERB" and tv[j].dep_ in ("conj", "ccomp", "parataxis")
                                          and "Fin" in tv[j].morph.get("VerbForm")):
            return
        if tv[j - 1].text != ",":
            continue
        for words in phrases:
            # (speed37: the phrase's first word first, the list of the next words only when it is there)
            if words and tv[j].lower_ != words[0]:
                continue
            if [tv[j + m].lower_ for m in range(len(words)) if j + m < end] != words:
                continue
            k = j + len(words)
            while k < min(end, j + len(words) + 6) and index.entity_at(k) is None \
                    and tv[k].pos_ in ("DET", "NOUN", "ADJ", "PROPN"):
                k += 1
            if k < end and index.entity_at(k) is not None and index.kinds.get(k) in ("name", "introducer"):
                out.put("subj", [(index.entity_at(k), k)])
            return


def backs_the_round(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"A et B accompagnent l'opération", "A rejoint le tour de table" right after a company's round: the
    company raising it is the one the article is about (slot "raiser")."""
    w = _words()
    if not verbal or "raiser" in out or not index.topic:
        return
    lemma = lemma_of(t)
    if lemma in w["backing_verbs"]:
        nouns = w["round_nouns"]
    elif lemma in w["completing_verbs"]:
        nouns = w["joined_round_nouns"]   # ("A complète le tour de table", not "le financement")
    elif lemma in w["entering_verbs"]:
        if not _enters_the_round(t, w):
            return
        nouns = None
    else:
        return
    if nouns is not None and not any(
            c.dep_ == "obj" and c.lemma_.lower() in nouns and index.entity_at(c.i) is None
            and any(d.dep_ == "det" and d.lower_ in ("l'", "l’", "la", "le", "cette", "ce") for d in c.children)
            and (c.lemma_.lower() != "opération" or _round_in_view(t))
            for c in t.children):
        return
    out.put("raiser", [(index.topic, -1)])


def _enters_the_round(verb, w) -> bool:
    """"B fait son entrée au tour de table", "C entre au tour de table": the verb of entering (with "entrée" as
    the object of "faire") and the round as its "à" phrase."""
    if lemma_of(verb) == "faire" and not any(c.dep_ == "obj" and c.lemma_.lower() == "entrée" for c in verb.children):
        return False
    # (entering "le capital", no company named, while a round is spoken of: a backer of the round)
    # (the "à" phrase hung on the verb or on "entrée")
    heads = [verb] + [c for c in verb.children if c.dep_ == "obj" and c.lemma_.lower() == "entrée"]
    return any(c.dep_.startswith(("obl", "nmod")) and case_of(c) in ("à", "au") and (
        c.lemma_.lower() in w["joined_round_nouns"]
        or c.lemma_.lower() == "capital" and not any(k.dep_ == "nmod" for k in c.children) and _round_in_view(verb))
        for h in heads for c in h.children)


def speaks_of_a_round(words) -> bool:
    """Some word of a round ("une levée de fonds", "a bouclé un tour") among these words."""
    return any(x.lemma_.lower() in FUNDING_NOUNS and x.lemma_.lower() != "table" or lemma_of(x) in RAISE_VERBS
               for x in words)


def _round_in_view(t) -> bool:
    """A round is spoken of in this sentence or the one before: only then is "l'opération" a round ("X
    soutient l'opération" after a bid backs the bid, invests nothing)."""
    doc, start = t.doc, t.sent.start
    return speaks_of_a_round(t.sent) or start > 0 and speaks_of_a_round(doc[start - 1].sent)


def _lender_of(noun, index: EntityIndex) -> list[tuple[str, int]]:
    """Who grants a loan: the agent of its participle ("accordé par X", "consenti par un pool mené par X"),
    else a "de X" hung on the loan or on its amount ("un prêt de 10 M€ de X")."""
    w = _words()
    for v in noun.children:
        if v.dep_ in ("acl", "nmod") and (lemma_of(v) in w["loan_grant_verbs"] or v.lower_[:-1] + "er" in
                                          w["loan_grant_verbs"] or v.lower_ in ("consenti", "consentie")):
            for a in v.children:
                if a.dep_ == "obl:agent" or (a.dep_.startswith("obl") and case_of(a) == "par"):
                    got = entities_at(a, index)
                    if not got and a.lemma_.lower() in w["lender_groups"]:
                        got = [x for p in a.children if p.dep_ == "acl" and lemma_of(p) in w["leading_participles"]
                               for k in p.children if k.dep_ == "obl:agent" or case_of(k) == "par"
                               for x in entities_at(k, index)]
                    return [x for x in got if index.type_of(x[0]) in ("ORG", "GOV")]
    amounts = [k for k in noun.children if k.dep_ == "nmod" and case_of(k) == "de" and (
        k.pos_ == "NUM" or any(kk.dep_ == "nummod" for kk in k.children))]
    for h in [noun] + amounts:
        for k in h.children:
            if k.dep_ == "nmod" and case_of(k) == "de" and k not in amounts and k.i > noun.i:
                got = [x for x in entities_at(k, index) if index.type_of(x[0]) in ("ORG", "GOV")]
                if got:
                    return got
    return []


def loan_of_round(t, index: EntityIndex, out: Found) -> None:
    """"L'opération est complétée par un prêt de 10 M€ de X", "Y complète l'opération par un prêt de 8 M€
    accordé par X": X lends to Y, or to the article's company when the subject is the operation itself
    (slots "giver", "given_to")."""
    w = _words()
    if t.pos_ != "NOUN" or t.lemma_.lower() not in w["loan_nouns"] and t.lower_ not in w["loan_nouns"]:
        return
    if "giver" in out or not out.wants("giver", "given_to") or case_of(t) not in ("par", "sur"):
        return
    gov = t.head
    if gov.pos_ == "NOUN" and gov.lemma_.lower() in w["operation_nouns"] and gov.dep_ == "obj":
        gov = gov.head   # "Y complète l'opération par un prêt": the phrase hung on the operation
    if gov.pos_ != "VERB" or lemma_of(gov) not in w["loan_round_verbs"]:
        return
    lenders = _lender_of(t, index)
    if not lenders:
        return
    # (a company borrows; "le PDG de Y, X, s'appuie sur un prêt" is Y's loan, read by loan_parties)
    takers = [x for x in _subject_of(gov, index) if index.type_of(x[0]) in ("ORG", "GOV")] \
        if any(c.dep_ == "nsubj" for c in gov.children) else []
    if not takers and any(c.dep_ in ("nsubj", "nsubj:pass") and c.lemma_.lower() in w["operation_nouns"]
                          and index.entity_at(c.i) is None for c in gov.children):
        takers = _round_company_before(t, index)
    takers = [x for x in takers if all(x[0] != g for g, _ in lenders)]
    if takers:
        out.put("giver", lenders[:1])
        out.put("given_to", takers[:1])


def _round_company_before(t, index: EntityIndex) -> list[tuple[str, int]]:
    """The company that raised a round in the sentences just before ("Y annonce une série A de 32 M€ …
    L'opération est complétée par …"): the subject of the verb governing the round's noun, or of a verb of
    raising; none when those sentences name several."""
    from ..arguments import FUNDING_NOUNS, RAISE_VERBS
    doc = t.doc
    start = t.sent.start
    got: list[tuple[str, int]] = []
    for _ in range(3):
        if start == 0:
            break
        sent = doc[start - 1].sent
        for x in sent:
            verb = x if x.pos_ == "VERB" and lemma_of(x) in RAISE_VERBS else (
                x.head if x.pos_ == "NOUN" and x.lemma_.lower() in FUNDING_NOUNS and x.lemma_.lower() != "table"
                and x.dep_ == "obj" and x.head.pos_ == "VERB" else None)
            if verb is not None:
                got += [y for y in _subject_of(verb, index) if index.type_of(y[0]) == "ORG" and y not in got]
        if got:
            break
        start = sent.start
    return got if len({n for n, _ in got}) == 1 else []


_REL_PRONOUNS = frozenset({"laquelle", "lequel", "lesquelles", "lesquels"})


def relative_stake_object(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"Y, une jeune pousse dans laquelle X a pris une participation / 15 %", "Y, dont X détient 15 %": the
    company a stake is taken or held in is the name before the relative pronoun (read as a line: the parser
    often breaks such clauses)."""
    if not verbal or lemma_of(t) not in _words()["relative_stake_verbs"]:
        return
    if not any(c.dep_ == "obj" and (c.text == "%" or c.lemma_.lower() in STAKES or c.lower_ in STAKES)
               for c in t.children):
        return
    slot = "stake_of" if lemma_of(t) == "prendre" else "obj"
    if out.get(slot) or out.get("prep:dans"):
        return
    tv = tokens_of(t.doc)
    start = t.sent.start
    pron = None
    for j in range(t.i - 1, max(start, t.i - 8) - 1, -1):
        if tv[j].pos_ == "VERB" and tv[j].i != t.i:
            return
        if tv[j].lower_ == "dont" or tv[j].lower_ in _REL_PRONOUNS and j > start and tv[j - 1].lower_ == "dans":
            pron = j if tv[j].lower_ == "dont" else j - 1
            break
    if pron is None:
        return
    subj = {n for n, _ in out.get("subj", [])}
    # (past a person's name: "Y, une jeune pousse fondée par la chercheuse B, dans laquelle X a pris 15 %")
    for k in range(pron - 1, max(start, pron - 16) - 1, -1):
        name = index.entity_at(k)
        if name is not None and index.kinds.get(k) == "name" and index.type_of(name) != "PER":
            if name not in subj and index.type_of(name) == "ORG":
                out.put(slot, [(name, k)])
            return


def transfer_parties(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"X a transmis à ses deux filles, A et B, 40 % de sa holding Y", "X a cédé 22 % de Y à Z": the names
    after "à" receive shares of the company named after the shares (slots "heirs", "handed_over")."""
    w = _words()
    if not verbal or lemma_of(t) not in w["transfer_verbs"] or not out.wants("heirs"):
        return
    tv = tokens_of(t.doc)
    end = t.sent.end
    for j in range(t.i + 1, end):
        if tv[j].text in (";", ":") or tv[j].pos_ == "VERB" and tv[j].dep_ in ("conj", "parataxis") \
                and "Fin" in tv[j].morph.get("VerbForm"):
            end = j
            break
    to = next((j for j in range(t.i + 1, end) if tv[j].lower_ in ("à", "aux")), None)
    stake = next((j for j in range(t.i + 1, end) if tv[j].lower_ in w["transfer_stakes"]
                  or tv[j].lemma_.lower() in w["transfer_stakes"]), None)
    if to is None or stake is None:
        return
    if lemma_of(t) == "céder" and tv[stake].text == "%" and stake > 0 and _share_value(tv[stake - 1].text) > 50:
        return   # a majority sold is taken over (acquires.majority_sold), not a stake held

    def names(a: int, b: int, types: tuple) -> list[tuple[str, int]]:
        got = []
        for k in range(a, b):
            n = index.entity_at(k)
            if n is not None and index.kinds.get(k) == "name" and index.type_of(n) in types \
                    and all(n != g for g, _ in got):
                got.append((n, k))
        return got

    if to < stake:
        heirs, firms = names(to + 1, stake, ("PER", "ORG")), names(stake + 1, min(end, stake + 12), ("ORG",))
    else:
        firms, heirs = names(stake + 1, to, ("ORG",)), names(to + 1, end, ("PER", "ORG"))
    giver = {n for n, _ in _subject_of(t, index)}
    heirs = [x for x in heirs if x[0] not in giver]
    firms = [x for x in firms if x[0] not in giver and all(x[0] != h for h, _ in heirs)]
    if heirs and firms:
        out.put("heirs", heirs)
        out.put("handed_over", firms[:1])


def _share_value(text: str) -> float:
    try:
        return float(text.replace(",", ".").replace("\u202f", ""))
    except ValueError:
        return 0.0


@acts_on(lambda w: w.verbal and w.lemma in _words()["amount_trade_verbs"])   # (speed37: as object_after_time)
def amount_recipient(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"X aurait fourni pour 43 M$ de moteurs à Y", "X a acheté pour 90 M€ de potasse à Y": the parser hangs
    the "à Y" phrase on the amount's "pour" phrase; it is the verb's (slot "prep:à")."""
    if not verbal or out.get("prep:à") or lemma_of(t) not in _words()["amount_trade_verbs"]:
        return
    for c in t.children:
        if c.dep_.startswith("obl") and case_of(c) == "pour" and c.i > t.i \
                and (c.pos_ == "NUM" or any(k.dep_ == "nummod" for k in c.children)):
            for k in c.subtree:
                if k.i > c.i and k.dep_ == "nmod" and case_of(k) in ("à", "au", "aux") \
                        and k.lemma_.lower() not in _words()["not_party_heads"]:   # ("à côté de Y")
                    got = [x for x in entities_at(k, index) if index.type_of(x[0]) in _TAKER_TYPES]
                    if got:
                        out.put("prep:à", got[:1])
                        return


def _past_time(verb) -> bool:
    """A time phrase of the past hung on ``verb``: "en 2019", "l'an dernier", "en mars"."""
    time_heads = _words()["time_heads"]
    for c in verb.children:
        if c.dep_.startswith("obl") and (c.pos_ == "NUM" and c.text.isdigit() and len(c.text) == 4
                                         or c.lemma_.lower() in time_heads):
            return True
    return False


@acts_on(lambda w: w.lemma in _words()["dated_takeover_participles"])   # (speed37: as part_apposition)
def bought_by_topic(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"… pas question de se séparer de Y, rachetée en 2019", "ses deux filiales : Y, rachetée en 2019 à
    Saint-Étienne, et …": a take-over participle with a past date and no "par" agent, in an article about a
    single company, was that company's (slot "subj"); never when the sentence names another company as its
    subject (the buyer may be that one)."""
    if "Part" not in t.morph.get("VerbForm") or lemma_of(t) not in _words()["dated_takeover_participles"]:
        return
    if not index.topic or index.type_of(index.topic) != "ORG" or "subj" in out or "agent" in out:
        return
    if not out.get("pass") or any(n == index.topic for n, _ in out["pass"]):
        return
    if any(c.dep_ in ("aux", "aux:tense", "aux:pass", "obl:agent", "nsubj", "nsubj:pass") for c in t.children) \
            or not _past_time(t):
        return
    taken = {n for n, _ in out["pass"]}
    for x in t.sent:
        if x.dep_ in ("nsubj", "nsubj:pass") and x.i != t.i:
            n = index.entity_at(x.i)
            if n is not None and n != index.topic and n not in taken and index.type_of(n) in ("ORG", "GOV"):
                return
    out.put("subj", [(index.topic, -1)])


def into_fold(t, index: EntityIndex, out: Found) -> None:
    """"Y passe dans le giron du groupe X", "Y tombe dans l'escarcelle de X": X takes Y over (slots
    "fold_owner", "fold_taken"; not "reste dans le giron", "sort du giron")."""
    w = _words()
    if t.pos_ != "NOUN" or t.lemma_.lower() not in w["fold_nouns"] or case_of(t) != "dans":
        return
    verb = t.head
    if verb.pos_ != "VERB" or lemma_of(verb) not in w["fold_verbs"] or not out.wants("fold_owner", "fold_taken"):
        return
    owners = [x for c in t.children if c.dep_ == "nmod" and case_of(c) in ("de", "du", "des")
              for x in entities_at(c, index) if index.type_of(x[0]) in ("ORG", "GOV", "PER")]
    taken = [x for x in _subject_of(verb, index) if index.type_of(x[0]) == "ORG" and all(x[0] != o for o, _ in owners)]
    if owners and taken:
        out.put("fold_owner", owners[:1])
        out.put("fold_taken", taken[:1])


@acts_on(lambda w: w.verbal and w.lemma == "peser")   # (speed37: as part_apposition)
def weighed_stake(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"Le fonds X, qui pèse 4,1 % du capital (de Y)": a share of the capital weighed by a holder is a stake in
    the company of that capital, else in the article's company (slot "weighed_in"; not "pèse 30 % du marché")."""
    if not verbal or lemma_of(t) != "peser" or not out.wants("weighed_in"):
        return
    pct = next((c for c in t.children if c.dep_ == "obj" and c.text == "%"), None)
    if pct is None:
        return
    of = [k for k in pct.children if k.dep_ == "nmod" and case_of(k) in ("de", "du", "des")]
    # (a bare "qui pèse 4,1 %" is left: in an offer's article its company is as often the target as the
    # bidder the article is about, or a holder named last)
    if not of or of[0].lemma_.lower() not in _words()["capital_nouns"]:
        return
    got = _stake_target(of[0], index)
    if not got and not any(case_of(k) in ("de", "du", "des") for k in of[0].children) and (index.topic or index.focus):
        got = [(index.topic or index.focus, -1)]
    out.put("weighed_in", got)


@acts_on(lambda w: w.verbal and w.lemma in _words()["offer_stake_verbs"])   # (speed37: as part_apposition)
def offer_stake(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"X détient déjà 9 % du capital de sa cible", "a ramassé 8 % des actions de son concurrent", "X, qui a
    accumulé 9,8 % du capital ces derniers mois": in an article about a takeover offer, a stake in a company
    named by a word for the target (data/biz.yaml offer_target_nouns), or in no company at all when the
    article's company is the holder itself, is a stake in the offer's target (slot "offer_stake")."""
    w = _words()
    if not verbal or lemma_of(t) not in w["offer_stake_verbs"] or not out.wants("offer_stake"):
        return
    pct = next((c for c in t.children if c.dep_ == "obj" and c.text == "%"), None)
    if pct is None or entities_at(pct, index):
        return
    end = _stake_end(pct, index, w)
    if end is None:
        return
    target = index.offer_target(tokens_of(t.doc))
    holders = {n for n, _ in out.get("subj", [])}
    if not target or target in holders:
        return
    if end == "bare":
        # (a stake of no company named is one in the article's company, read by capital_topic, unless the
        # article's company is the holder: then, in a bid's article, the company bid for)
        company = index.topic or index.focus
        if company and company not in holders:
            return
    out.put("offer_stake", [(target, -1)])


def _stake_end(pct, index: EntityIndex, w) -> str | None:
    """How the "de" chain of a stake ends: "target" at a word for the offer's target ("de sa cible"),
    "bare" at a capital noun with no company ("9 % du capital"), None at a name or anything else."""
    tok, capital = pct, False
    for _ in range(4):
        nxt = [k for k in tok.children if k.dep_ == "nmod" and case_of(k) in ("de", "du", "des")]
        if not nxt:
            return "bare" if capital else None
        tok = nxt[0]
        if entities_at(tok, index):
            return None
        lemma = tok.lemma_.lower()
        if lemma in w["offer_target_nouns"] or tok.lower_ in w["offer_target_nouns"]:
            return "target"
        if lemma not in w["capital_nouns"] and tok.lower_ not in w["capital_nouns"]:
            return None
        if any(c.dep_ == "det" and "Yes" in c.morph.get("Poss") for c in tok.children):
            return None   # ("3 % de son capital": the holder's own capital, no stake in another company)
        capital = True
    return None


def bid_by_title(t, index: EntityIndex, out: Found) -> None:
    """"Le patron de X a déposé une offre sur Y": a bid whose subject is a title naming no one is its
    company's (slot "subj")."""
    w = _words()
    if t.pos_ != "NOUN" or (t.lemma_.lower() not in w["offer_nouns"] and t.lower_ not in w["offer_nouns"]) \
            or out.get("subj") or not out.wants("subj"):
        return
    top = t.head if t.dep_ == "nmod" and t.head.lemma_.lower() in w["offer_carriers"] else t
    verb = top.head if top.dep_ == "obj" and top.head.pos_ == "VERB" else _under_aupres(top)
    if verb is None or lemma_of(verb) not in w["bid_verbs"]:
        return
    for c in verb.children:
        if c.dep_ == "nsubj" and (c.lower_ in PERSON_TITLES or c.lemma_.lower() in PERSON_TITLES) \
                and index.entity_at(c.i) is None:
            firm = [x for k in c.children if k.dep_ == "nmod" and case_of(k) in ("de", "du", "des") and k.i < c.i + 4
                    for x in entities_at(k, index) if index.type_of(x[0]) == "ORG"]
            named = [k for k in c.children if k.dep_ in ("appos", "flat:name", "nmod") and index.entity_at(k.i) is not None
                     and index.type_of(index.entity_at(k.i)) == "PER"]
            if firm and not named:
                out.put("subj", firm[:1])
            return


@acts_on(lambda w: w.verbal and w.lemma in _words()["relative_stake_verbs"])   # (speed37: as part_apposition)
def perfect_infinitive_subject(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"… reproche au négociant X d'avoir acheté pour 90 M€ de potasse à Y": the parser hangs "d'avoir acheté"
    on the noun as a participle describing it; with the auxiliary "avoir" (and no passive one) the name is
    the one who did it, not what was done (slot "pass" moved to "subj")."""
    if not verbal or not out.get("pass") or out.get("subj") or lemma_of(t) not in _words()["relative_stake_verbs"]:
        return
    aux = [c for c in t.children if c.dep_.startswith("aux")]
    if aux and all(c.dep_ in ("aux", "aux:tense") and c.lemma_.lower() == "avoir" for c in aux) \
            and any(c.dep_ == "mark" and c.lower_ in ("de", "d'", "d’") for c in t.children):
        out["subj"] = out.pop("pass")


@acts_on(lambda w: w.verbal and w.lemma in _words()["supply_passive_verbs"])   # (speed37: as part_apposition)
def delivered_to_topic(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"Les batteries seront livrées par X, pour un montant de 8,5 M€" in an article about one company: goods
    supplied by an agent to no one named go to that company (slot "supplied_topic")."""
    if not verbal or lemma_of(t) not in _words()["supply_passive_verbs"] or out.get("prep:à") or out.get("subj"):
        return
    if not index.topic or index.type_of(index.topic) != "ORG" or not out.wants("supplied_topic"):
        return
    if not any(c.dep_ == "aux:pass" for c in t.children):
        return
    goods = [c for c in t.children if c.dep_ == "nsubj:pass"]
    if len(goods) != 1 or index.entity_at(goods[0].i) is not None or goods[0].pos_ != "NOUN":
        return
    agents = [x for c in t.children if c.dep_ == "obl:agent" for x in entities_at(c, index)
              if index.type_of(x[0]) == "ORG" and x[0] != index.topic]
    if agents:
        out.put("agent", agents[:1])
        out.put("supplied_topic", [(index.topic, -1)])


_NAME_WORDS = re.compile(r"[\s'’]+")


def _receives(name: str, i: int, index: EntityIndex, tv) -> bool:
    """A club, an association, a team, a sailor: the side of a contract or a sponsorship that is paid. Told by
    the words of its name ("Racing Club X", "X Handball"), by the noun its mention is ("le club"), by the noun
    that introduces it ("l'association X", "le club de handball X"), or by an alias ("le club")."""
    w = _words()
    ent = index.entities.get(name)
    if ent is None or index.type_of(name) not in ("ORG", "PER"):
        return False   # (a public body pays)
    if index.type_of(name) == "ORG" and {x.lower() for x in _NAME_WORDS.split(name)} & w["club_name_words"]:
        return True
    if i >= 0:
        if tv[i].lemma_.lower() in w["payee_nouns"] and index.kinds.get(i) in ("descriptor", "introducer"):
            return True
        j = i
        while j > 0 and index.entity_at(j - 1) == name:
            j -= 1
        for k in range(j - 1, max(tv[i].sent.start, j - 5) - 1, -1):
            x = tv[k]
            if x.is_punct or x.pos_ in ("VERB", "AUX") or index.entity_at(k) is not None:
                break
            if x.pos_ == "NOUN" and x.lemma_.lower() in w["payee_nouns"]:
                return True
    return any(set(_NAME_WORDS.split(a.lower())) & w["payee_nouns"] for a in getattr(ent, "aliases", ()) or ())


def _put_paid(out: Found, a, b, index: EntityIndex, tv) -> bool:
    """Of two sides of a deal, the one that receives (a club, an association…) is paid by the other (slots
    "payer", "payee"); nothing when both or neither receive."""
    ra, rb = _receives(a[0], a[1], index, tv), _receives(b[0], b[1], index, tv)
    if ra == rb or a[0] == b[0]:
        return False
    payer, payee = (b, a) if ra else (a, b)
    if index.type_of(payer[0]) not in ("ORG", "GOV", "PER"):
        return False
    out.put("payer", [payer])
    out.put("payee", [payee])
    return True


def _contract_after_avec(verb, w):
    """"X a signé avec Y un contrat de trois ans": the parser hangs the contract, as an object, on the name
    of the "avec" phrase before it; the contract noun so misplaced (None when there is none)."""
    for c in verb.children:
        if c.dep_.startswith("obl") and c.i > verb.i and case_of(c) == "avec":
            for k in c.children:
                if k.dep_ == "obj" and k.i > c.i and k.lower_ in w["contract_nouns"]:
                    return k
    return None


@acts_on(lambda w: w.verbal and w.lemma in _words()["contract_verbs"]
         or not w.verbal and w.pos == "NOUN" and w.lower in _words()["contract_nouns"])   # (speed37: bonds.bond_parties calls it in a gated run)
def contract_sides(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"Le club a signé un contrat de trois ans avec Y", "l'association X a conclu avec Y un contrat": the
    sponsor pays the club, whichever side the sentence names first (slots "payer", "payee"). On the verb: a
    contract signed is money paid, no partnership ("signer un contrat avec Y" gives no PARTNERS_WITH)."""
    w = _words()
    if verbal:
        if lemma_of(t) in w["contract_verbs"] and any(
                c.dep_ in ("obj", "nsubj:pass") and c.lower_ in w["contract_nouns"] for c in t.children) \
                or lemma_of(t) in w["contract_verbs"] and _contract_after_avec(t, w) is not None:
            for k in ("prep:avec", "prep:à"):
                out.pop(k, None)
            out["_no_linear"] = []
        return
    if t.pos_ != "NOUN" or t.lower_ not in w["contract_nouns"] or not out.wants("payer", "payee"):
        return
    if _sponsorship_contract(t, index, out, w):
        return
    verb = t.head
    if t.dep_ not in ("obj", "nsubj:pass") or verb.pos_ != "VERB" or lemma_of(verb) not in w["contract_verbs"]:
        return
    if t.dep_ == "obj":
        firsts = _subject_of(verb, index)
    else:
        firsts = [x for c in verb.children if c.dep_ == "obl:agent" for x in entities_at(c, index)]
    others = [x for h in (verb, t) for c in h.children
              if c.dep_ in ("obl", "obl:arg", "obl:mod", "nmod") and case_of(c) == "avec" for x in entities_at(c, index)]
    if len({n for n, _ in firsts}) != 1 or not others:
        return
    tv = tokens_of(t.doc)
    if any(k.dep_ == "nmod" and lemma_of(k) in w["procurement_nouns"] for k in t.children):
        return   # (a contract of supply to the signer, "un contrat d'approvisionnement avec Y": the signer pays)
    if not _put_paid(out, firsts[0], others[0], index, tv):
        _topic_paid(out, firsts[0], others[0], index, tv, [c for h in (verb, t) for c in h.children
                                                            if c.dep_.startswith(("obl", "nmod")) and case_of(c) == "avec"], w)


def _topic_paid(out: Found, first, other, index: EntityIndex, tv, phrases, w) -> None:
    """"Nous avons signé un contrat de cinq ans avec la chaîne Y", "X a signé un contrat de fourniture avec Y,
    qui installera ses batteries": a company an article is about signs a contract to be paid for what it sells;
    the other company pays it, unless a relative clause on the other says it delivers the goods ("avec Y, qui
    nous livrera 200 millions de litres": then the article's company pays, the subject as usual)."""
    topic = index.topic
    # (an interview's "nous" is the company spoken for, whatever the article's topic)
    if first[1] >= 0 and tv[first[1]].lower_ == "nous":
        topic = first[0]
    if first[0] != topic or other[0] == topic or index.type_of(topic) != "ORG" or index.type_of(other[0]) != "ORG":
        return
    if any(k.dep_ == "acl:relcl" and lemma_of(k) in w["supplier_verbs"] for c in phrases for k in c.subtree):
        return
    # (the relative clause the parser hung on the contract or the verb, after the other's name: "un contrat
    # … avec Y, qui nous livrera …")
    if any(k.dep_ == "acl:relcl" and k.i > other[1] and lemma_of(k) in w["supplier_verbs"]
           for c in phrases for k in c.head.children):
        return
    out.put("payer", [other])
    out.put("payee", [first])


def _sponsorship_contract(t, index: EntityIndex, out: Found, w) -> bool:
    """"la signature d'un contrat de sponsoring avec Y", "le contrat de « naming » conclu avec Y": Y sponsors,
    pays the verb's subject, else the club (association…) the sentence names, else the article's company."""
    kinds = [c for c in t.children if c.dep_ == "nmod" and case_of(c) == "de"
             and (c.lemma_.lower() in w["sponsorship_nouns"] or c.lower_ in w["sponsorship_nouns"])]
    if not kinds:
        return False
    holders = [t] + kinds + [c for c in t.children if c.dep_ == "acl"]
    if t.dep_ in ("obj", "nsubj:pass") and t.head.pos_ == "VERB":
        holders.append(t.head)   # ("a signé un contrat de naming avec Y": the phrase hung on the verb)
    payers = [x for h in holders for c in h.children if c.dep_ in ("obl", "obl:arg", "obl:mod", "nmod")
              and case_of(c) == "avec" for x in entities_at(c, index) if index.type_of(x[0]) in ("ORG", "PER")]
    if not payers:
        return True
    payer = payers[0]
    tv = tokens_of(t.doc)
    payees = []
    if t.dep_ in ("obj", "nsubj:pass") and t.head.pos_ == "VERB":
        payees = [x for x in _subject_of(t.head, index) if x[0] != payer[0]]
    if not payees:
        payees = [(n, k) for k in range(t.sent.start, t.sent.end) if (n := index.entity_at(k)) is not None
                  and n != payer[0] and _receives(n, k, index, tv)][:1]
    if not payees and index.topic and index.topic != payer[0]:
        payees = [(index.topic, -1)]
    if payees:
        out.put("payer", [payer])
        out.put("payee", payees[:1])
    return True


def sponsor_partner(t, index: EntityIndex, out: Found) -> None:
    """"X, partenaire historique du club Y", "X est le parrain de l'association Y": a partner of a club or an
    association is its sponsor and pays it (slots "payer", "payee"); the partnership slots are emptied."""
    w = _words()
    if t.pos_ != "NOUN" or t.lower_ not in w["sponsor_partner_nouns"] or not out.wants("payer"):
        return
    tv = tokens_of(t.doc)
    sides = out.get("head") or out.get("subj") or _apposed_to(t, index, tv)
    if not sides or len({n for n, _ in sides}) != 1:
        return
    tos = out.get("prep:de") or _club_of_topic(t, index, tv, sides[0][0], w)
    if not tos:
        return
    if index.type_of(sides[0][0]) != "ORG" or _receives(sides[0][0], sides[0][1], index, tv):
        return
    if _on_the_jersey(t, w) and tos[0][0] != sides[0][0]:
        # ("X devient le partenaire maillot de Y": only a team wears a sponsor's name, whatever Y's name says)
        out.put("payer", sides[:1])
        out.put("payee", tos[:1])
    elif not _receives(tos[0][0], tos[0][1], index, tv) or not _put_paid(out, sides[0], tos[0], index, tv):
        return
    for k in ("head", "subj", "prep:de", "poss", "prep:avec"):
        out.pop(k, None)
    out["_no_linear"] = []


_BRANCH_NOUNS = frozenset({"filiale", "branche", "division"})


def branch_of_named_parent(t, index: EntityIndex, out: Found) -> None:
    """"X Technologies, la branche du groupe chargée des licences", "X Logistics, la filiale fret du groupe": the
    name before the comma is the branch (whatever the parser made of the apposition: the subject, another
    apposition) of the group: the one "le groupe" stands for, else, when no name stands for it, the one
    company whose name opens the branch's own ("X") (slots "head", "prep:de": owns.subsidiary)."""
    if t.pos_ != "NOUN" or t.lower_ not in _BRANCH_NOUNS or not out.wants("prep:de") \
            or out.get("prep:de") and out.get("head"):
        return
    # ("la filiale de transport du groupe": the group hung on the branch's kind)
    group = next((c for c in _de_phrases(t) if c.lower_ == "groupe" and case_of(c) in ("de", "du")), None)
    if group is None:
        return
    tv = tokens_of(t.doc)
    j = t.i - 1
    while j > t.sent.start and tv[j].is_lower and tv[j].pos_ in ("ADJ", "DET"):
        j -= 1   # ("X, la nouvelle division du groupe")
    if j <= t.sent.start or tv[j].text != "," or index.kinds.get(j - 1) != "name":
        return
    branch = index.entity_at(j - 1)
    if branch is None or index.type_of(branch) != "ORG":
        return
    parent = index.entity_at(group.i)
    if parent is None:
        words = fold(branch).split()
        parents = [n for n in index.entities if index.type_of(n) == "ORG"
                   and 0 < len(fold(n).split()) < len(words) and words[:len(fold(n).split())] == fold(n).split()]
        parent = parents[0] if len(parents) == 1 else None
    if parent is None or parent == branch or index.type_of(parent) != "ORG":
        return
    out["head"] = [(branch, j - 1)]
    out["prep:de"] = [(parent, group.i)]   # (not put: no list of names follows the bare noun)


def _de_phrases(t) -> list:
    """The noun's "de" complements, and theirs ("la filiale de transport du groupe")."""
    first = [c for c in t.children if c.dep_ == "nmod"]
    return first + [k for c in first for k in c.children if k.dep_ == "nmod"]


def _apposed_to(t, index: EntityIndex, tv) -> list[tuple[str, int]]:
    """"Elle succède au transporteur X, partenaire historique du club": the name right before the comma that
    opens the noun's apposition, when the parser hangs the noun elsewhere (a conjunct of the verb)."""
    j = t.i - 1
    while j > t.sent.start and tv[j].is_lower and tv[j].pos_ in ("ADJ", "DET"):
        j -= 1   # ("X, fidèle partenaire", "X, nouveau sponsor")
    if j <= t.sent.start or tv[j].text != "," or t.dep_ in ("nsubj", "obj"):
        return []
    name = index.entity_at(j - 1)
    if name is None or index.kinds.get(j - 1) not in ("name", "introducer"):
        return []
    return [(name, j - 1)]


def _club_of_topic(t, index: EntityIndex, tv, sponsor: str, w) -> list[tuple[str, int]]:
    """"Océane, sponsor maillot depuis dix ans", "X, parrain de longue date": a sponsor of no one named, in an
    article about a club (association…) its sentence names no rival of, is that club's."""
    if t.lower_ not in ("sponsor", "sponsors", "parrain") and not _on_the_jersey(t, w):
        return []   # (a "partenaire" of no one named: maybe a company's partner)
    if any(c.dep_ == "nmod" for c in t.children if case_of(c) in ("de", "du", "des", "d'", "d’")
           and c.lower_ not in w["time_heads"] and not c.like_num):
        return []   # ("sponsor de la course": someone else's, unnamed)
    topic = index.topic
    if not topic or topic == sponsor or not _receives(topic, -1, index, tv):
        return []
    return _topic_if_alone(t.sent, index, {sponsor})


def _on_the_jersey(t, w) -> bool:
    """"le partenaire maillot", "partenaire-maillot": a sponsor whose name a team wears."""
    return any(c.dep_ in ("nmod", "amod", "compound", "appos", "flat") and c.lower_ in w["jersey_words"]
               for c in t.children) or (t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ in w["jersey_words"])


def _names_a_sum(sent, w) -> bool:
    """A number followed within four words by a word of money: "6 millions d'euros", "4,5 M€", "600 000 euros"."""
    tv = tokens_of(sent.doc)
    for i in range(sent.start, sent.end):
        if tv[i].lower_ in w["money_words"] and any(tv[j].like_num for j in range(max(sent.start, i - 4), i)):
            return True
    return False


@acts_on(lambda w: w.verbal and w.lemma in _words()["topic_money_verbs"])   # (speed37: as contract_sides)
def money_to_topic(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"X a financé l'achat de deux navires de Y": the one whose purchase (project, plant…) is paid for is paid
    (slot "paid_for", read through the plain "de" chain of the object). "Le programme avait été soutenu par X
    à hauteur de 6 M€", "X avait versé 600 000 euros d'avance remboursable": a sum given by a public body or a
    company to no one named, in an article about one company, goes to that company (only when the sentence
    names no one else)."""
    w = _words()
    if not verbal or lemma_of(t) not in w["topic_money_verbs"] or not out.wants("paid_for"):
        return
    if out.get("obj") or out.get("pass") or out.get("prep:à") or out.get("paid_to") or out.get("grant_to"):
        return
    if any(c.pos_ == "PRON" and (c.dep_ in ("iobj", "expl:comp") or c.lower_ in ("lui", "leur")) for c in t.children):
        return   # ((s35-proto35) "l'État lui a accordé 60 M€": a receiver said by a pronoun, maybe not the topic)
    if lemma_of(t) in ("soutenir", "accompagner", "apporter") and not _names_a_sum(t.sent, w):
        return   # (support is money only with a sum: "à hauteur de 6 M€")
    if lemma_of(t) == "apporter" and _round_in_view(t):
        return   # ("le fonds apporte 20 millions" to a round: invested, the round rules' to read)
    passive = any(c.dep_ == "aux:pass" for c in t.children) or t.dep_ == "acl" and "agent" in out
    givers = out.get("agent") if passive else out.get("subj")
    givers = [x for x in givers or () if index.type_of(x[0]) in ("ORG", "GOV")]
    if not givers:
        return
    things = [c for c in t.children if c.dep_ == ("nsubj:pass" if passive else "obj") and c.pos_ == "NOUN"
              and index.entity_at(c.i) is None]
    if not things and t.dep_ == "acl" and "agent" in out and t.head.pos_ == "NOUN" and index.entity_at(t.head.i) is None:
        # "un investissement de 38 M€, subventionné par X à hauteur de …": the participle hangs on the noun or
        # on its amount
        things = [t.head]
    if not things and lemma_of(t) in ("apporter", "verser"):
        # ("X apporte de son côté 80 000 euros", the sum parsed under an aside: a sum to no one named)
        got = [x for x in _sum_for_topic(t, index, {n for n, _ in givers}, w) if all(x[0] != g for g, _ in givers)]
        if got:
            out.put("paid_for", got[:1])
        return
    if len(things) != 1:
        return
    thing = things[0]
    got = []
    if thing.lemma_.lower() in w["paid_for_nouns"]:
        # "l'achat de deux navires de Y", "la construction de l'usine de Y": the plain "de" chain, two steps
        hops = [thing]
        for _ in range(2):
            nxt = [k for h in hops for k in h.children if k.dep_ == "nmod" and case_of(k) in ("de", "du", "des")]
            got = [x for k in nxt for x in entities_at(k, index) if index.type_of(x[0]) in ("ORG", "PER", "GOV")]
            if got:
                break
            hops = [k for k in nxt if k.pos_ == "NOUN"]
    if not got:
        got = _sum_for_topic(t, index, {n for n, _ in givers}, w)
    got = [x for x in got if all(x[0] != g for g, _ in givers)]
    if got:
        out.put("paid_for", got[:1])


def support_to_topic(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"La Ville maintient sa subvention à 150 000 euros", "X renouvelle son soutien, tout comme Y", "Z ne figure
    plus parmi les sponsors": a backer keeping up, changing or ending its own support, or counted among the
    backers, with no receiver named, backs the article's company (its club, association…: "soutien",
    "partenariat", "partenaires" only for those), when the sentence names no one else (slot "support_to")."""
    w = _words()
    if not verbal or not out.wants("support_to") or out.get("prep:à") or out.get("obj"):
        return
    lemma = lemma_of(t)
    if lemma in w["kept_support_verbs"]:
        nouns = [c for c in t.children if c.dep_ == "obj" and index.entity_at(c.i) is None
                 and any(d.lower_ in ("son", "sa", "ses", "leur", "leurs") for d in c.children if d.dep_ == "det")
                 # ("sa subvention aux associations": someone else's; "sa subvention à 150 000 euros": a sum)
                 and not any(k.dep_ == "nmod" and case_of(k) in ("à", "au", "aux", "pour")
                             and not any(x.like_num for x in k.subtree) for k in c.children)]
        money = [c for c in nouns if c.lemma_.lower() in w["support_money_nouns"]]
        backing = [c for c in nouns if c.lemma_.lower() in w["support_backing_nouns"]]
    elif lemma == "figurer":
        # ("Z figure parmi les sponsors", not "parmi les sponsors de Y": then the rules read Y)
        nouns = [c for c in t.children if c.dep_.startswith(("obl", "obj")) and case_of(c) == "parmi"
                 and c.lower_ in w["backers_among_nouns"] and not any(k.dep_ == "nmod" for k in c.children)]
        money = [c for c in nouns if c.lower_ not in ("partenaire", "partenaires")]
        backing = [c for c in nouns if c not in money]
    else:
        return
    if not money and not backing:
        return
    givers = [x for x in out.get("subj") or () if index.type_of(x[0]) in ("ORG", "GOV")]
    if not givers:
        return
    if any(c.dep_ == "advmod" and c.lower_ in ("pas", "jamais", "guère") for c in t.children) \
            and not not_renewed(t):
        return   # ("ne maintient pas sa subvention"; "n'a pas renouvelé son partenariat" ended: status former)
    names = {n for n, _ in givers}
    got = _topic_if_alone(t.sent, index, names, _own_clause(t))
    if got and not money and not _receives(got[0][0], -1, index, tokens_of(t.doc)):
        return   # (a company's "partenariat" is a partnership, its "soutien" maybe an endorsement)
    if got:
        out.put("support_to", got)


def _sum_for_topic(t, index: EntityIndex, givers: set, w) -> list[tuple[str, int]]:
    """The article's company, as the receiver of a sum its sentence names with no one but the giver (in the
    verb's own clause: "X maintient sa subvention, et la Ville de Y a voté une aide" names Y in another)."""
    if not _names_a_sum(t.sent, w):
        return []
    if any(c.dep_.startswith(("obl", "expl", "iobj", "nmod")) and (case_of(c) in ("à", "au", "aux") or c.lower_ == "y")
           and c.lemma_.lower() not in w["not_party_heads"] and c.lower_ not in w["money_words"]
           and not c.like_num and c.pos_ != "NUM"
           for h in [t] + [c for c in t.children if c.dep_ == "obj"] for c in h.children):
        return []   # ("apporte 2,1 M€ au projet", "qui y a versé 7 500 euros": a receiver the verb names)
    # (a main clause's own; a participle or a relative clause reads its whole sentence)
    return _topic_if_alone(t.sent, index, givers, _own_clause(t) if t.dep_ in ("ROOT", "conj") else None)


def _own_clause(verb) -> list[int]:
    """The tokens of a verb's clause: its subtree without the clauses coordinated or set beside it."""
    skip = set()
    for c in verb.children:
        if c.dep_ in ("conj", "parataxis", "ccomp") and c.pos_ in ("VERB", "AUX"):
            skip.update(x.i for x in c.subtree)
    return [x.i for x in verb.subtree if x.i not in skip]


def _topic_if_alone(sent, index: EntityIndex, givers: set, clause=None) -> list[tuple[str, int]]:
    """The article's company, when the sentence (or the given clause's tokens) names no party but the givers
    (and places)."""
    topic = index.topic
    if not topic or topic in givers or index.type_of(topic) != "ORG":
        return []
    for k in (clause if clause is not None else range(sent.start, sent.end)):
        n = index.entity_at(k)
        if n is not None and n not in givers and n != topic and index.type_of(n) != "LOC":   # (a place is no party)
            return []
    return [(topic, -1)]


def _agent_under_amount(noun, index: EntityIndex) -> list[tuple[str, int]]:
    """"un prêt de 2 M€ consenti par X" with the participle tagged as a noun or an adjective and hung on the
    amount: the "par X" under it."""
    w = _words()
    amounts = [k for k in noun.children if k.dep_ == "nmod" and case_of(k) == "de"]
    for a in [noun] + amounts:
        for v in a.children:
            if v.dep_ in ("amod", "acl", "nmod", "appos") and (lemma_of(v) in w["loan_grant_verbs"]
                                                               or v.lower_.rstrip("es")[:-1] + "er" in w["loan_grant_verbs"]
                                                               or v.lower_.rstrip("es") in ("consenti",)):
                got = [x for c in v.children if c.dep_ == "obl:agent" or c.dep_[:3] in ("obl", "nmo") and case_of(c) == "par"
                       for x in entities_at(c, index) if index.type_of(x[0]) in ("ORG", "GOV")]
                # (the participle tagged as an adjective leaves its "par X" to the loan or the amount beside it:
                # "un prêt de 2 M€ consenti par la Banque X", "par" hung on "prêt")
                got = got or [x for h in (noun, a) for c in h.children
                              if c.i > v.i and c.dep_ == "nmod" and case_of(c) == "par"
                              for x in entities_at(c, index) if index.type_of(x[0]) in ("ORG", "GOV")]
                if got:
                    return got
    return []


def _giver_on_receiving_verb(verb, index: EntityIndex) -> list[tuple[str, int]]:
    """"Y devrait recevoir de X une avance de 1,5 M€", "Y a obtenu de X un prêt de 2 M€": a verb of receiving
    takes its giver as a "de" phrase of its own (data/biz.yaml receiving_verbs)."""
    if lemma_of(verb) not in _words()["receiving_verbs"]:
        return []
    return [x for c in verb.children if c.dep_ in ("obl", "obl:arg", "obl:mod") and case_of(c) in ("de", "d'", "d’", "du", "des")
            for x in entities_at(c, index) if index.type_of(x[0]) in ("ORG", "GOV", "PER")][:1]


def borrowed_from(t, index: EntityIndex, out: Found) -> None:
    """"Y bénéficie d'une avance remboursable de 3 M€ de X", "Y dépend d'un prêt de 2 M€ consenti par X" (the
    participle tagged as a noun): the lender lends to the subject of the receiving verb, or, a project's loan,
    to the article's company when the sentence names no one else (slots "giver", "given_to")."""
    w = _words()
    if t.pos_ != "NOUN" or t.lemma_.lower() not in w["loan_nouns"] and t.lower_ not in w["loan_nouns"]:
        return
    if "giver" in out or not out.wants("giver", "given_to"):
        return
    gov = t.head
    if gov.pos_ != "VERB" or lemma_of(gov) not in w["borrower_verbs"] or t.dep_ not in ("obj", "obl", "obl:arg", "obl:mod"):
        return
    if any(c.dep_ == "advmod" and c.lower_ in ("pas", "jamais", "plus") for c in gov.children):
        return
    lenders = _lender_of(t, index) or _agent_under_amount(t, index) or _giver_on_receiving_verb(gov, index)
    if not lenders:
        return
    names = {n for n, _ in lenders}
    # (a company borrows: "le PDG de Y, X, s'appuie sur un prêt" is Y's loan, read by loan_parties)
    takers = [x for x in _subject_of(gov, index) if index.type_of(x[0]) in ("ORG", "GOV") and x[0] not in names]
    if not takers and not any(c.dep_ == "nsubj" and index.entity_at(c.i) is not None for c in gov.children):
        takers = _topic_if_alone(t.sent, index, names)
    if takers:
        out.put("giver", lenders[:1])
        out.put("given_to", takers[:1])


@acts_on(lambda w: not w.verbal and w.pos == "NOUN" and w.lem in _words()["sold_by_buyer_case"])
def sold_possessor(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"Y a officialisé sa vente au groupe X", "Y confirme son rachat par X": with the buyer named and no "de"
    phrase, the possessive of the sale (or purchase) noun is the company sold: the subject of the verb it is
    the object of, when that is a company (slot "sold_poss")."""
    if verbal or t.pos_ != "NOUN" or not out.wants("sold_poss") or "prep:de" in out:
        return
    case = _words()["sold_by_buyer_case"].get(t.lemma_.lower())
    if case is None or not out.get("prep:" + case):
        return
    det = next((c for c in t.children if c.dep_ == "det" and "Yes" in c.morph.get("Poss")), None)
    if det is None or det.lower_ not in ("sa", "son"):
        return   # (third person singular only: "notre vente", "leur rachat" say other things)
    if t.dep_ != "obj" or t.head.pos_ != "VERB":
        return   # (only as a verb's object, where the possessive is the subject's: a bare name nearby is not)
    buyers = {x[0] for x in out["prep:" + case]}
    sold = [x for x in _subject_of(t.head, index) if index.type_of(x[0]) == "ORG" and x[0] not in buyers]
    if sold:
        out.put("sold_poss", sold[:1])
