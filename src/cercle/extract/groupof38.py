"""(s38-groupof38) "Le groupe de X" (X a person) when the text ties X to no company: the company the sentence before
names. "L'alliance fait grincer des dents chez Y. Le groupe de X, qui …": the paragraph's one organisation of the
sentence before is X's group, as the press writes it (a second reference by its owner's name). That company then
takes the sentence's ties (extract/groupde37.py does the moving), and the possessive gives OWNS X → Y (ONTOLOGY.md: a
possessive that names an owner is OWNS). With two organisations named there, or none, nothing is guessed; a
company the text tied to X by LEADS/OWNS/FOUNDED goes first (groupde37)."""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from ..nlp.docview import tokens_of
from ..records import Relation
from ..yamldata import load_yaml
from .groupde37 import _companies_of, _data


@lru_cache(maxsize=1)
def _never_offered() -> re.Pattern:
    d = load_yaml((Path(__file__).parent / "data" / "groupof38.yaml").read_text(encoding="utf-8"))["never_offered"]
    verbs = "|".join(re.escape(v) for v in d["verbs"])
    nouns = "|".join(re.escape(n) for n in d["nouns"])
    return re.compile(rf"\bn['’]\s*(?:a|ont|avait|avaient|aurait|auraient)\s+(?:jamais|pas|point)\s+"
                      rf"(?:{verbs})\s+(?:d['’]\s*|de\s+|la\s+moindre\s+|aucune\s+)(?:{nouns})\b", re.IGNORECASE)


def never_offered(relations: list) -> list:
    """"Le groupe de X, qui convoitait lui aussi Y, n'a jamais formulé d'offre": the bid its sentence reads from the
    coveting is one the same sentence says was never made: negated (one bidder in the sentence only)."""
    out = []
    for r in relations:
        if r.type == "BIDS_FOR" and not r.negated and _never_offered().search(r.evidence) \
                and len({x.subject for x in relations if x.type == "BIDS_FOR" and x.start == r.start}) == 1:
            r = replace(r, negated=True, status=None, rule=r.rule + ".never38")
        out.append(r)
    return out

_OF = ("de", "d'", "d’")


def _group_nouns_of_people(doc, index):
    """(token of the noun, person) for each definite "le groupe de X" with X a person's name, not set beside another
    name ("Y, la holding de X" says itself which company it is)."""
    tv = tokens_of(doc)
    d = _data()
    nouns, dets = set(d["nouns"]), {x.lower() for x in d["determiners"]}
    for i in range(1, len(tv) - 2):
        if tv[i].lower_ not in nouns or tv[i + 1].lower_ not in _OF:
            continue
        det = tv[i - 1].lower_
        two = (tv[i - 2].lower_ + " " + det) if i >= 2 else ""
        if det not in dets and two not in dets:
            continue
        j = i - (2 if two in dets else 1)
        if j >= 1 and tv[j - 1].text == ",":
            continue
        person = index.by_token.get(i + 2)
        if person is None or index.kinds.get(i + 2) != "name" or index.type_of(person) != "PER":
            continue
        yield i, person


def _one_company_before(doc, index, i: int) -> str | None:
    """The one organisation the sentence before token i names, in the same paragraph; None with none or several."""
    sent_of, para = index.sent_of, index.para_of
    s = sent_of.get(i)
    if s is None or s == 0:
        return None
    # (every organisation the sentence points at, by its name or a second reference: "Pour le numéro un du luxe,
    # … l'accord signé avec Y": two, not Y alone)
    # (any actor not a person: an invented name the NER calls a place may be a company too)
    found = {n for j, n in index.by_token.items() if sent_of.get(j) == s - 1 and index.type_of(n) not in ("PER", None)}
    if len(found) != 1 or index.type_of(next(iter(found))) != "ORG":
        return None
    same_para = all(para[j] == para[i] for j, n in index.by_token.items() if sent_of.get(j) == s - 1) if para else True
    return next(iter(found)) if len(found) == 1 and same_para else None


def groups_of_people(doc, index, relations: list) -> tuple[list, dict]:
    """OWNS X → Y for each "le groupe de X" whose company Y the sentence before names (X tied to no company), and
    {(person, sentence start offset): Y} for groupde37 to move the sentence's ties to Y."""
    added, where = [], {}
    sents = list(doc.sents)
    by_tok = {}
    for k, s in enumerate(sents):
        by_tok[s.start] = s
    for i, person in _group_nouns_of_people(doc, index):
        if _companies_of(person, relations, index):
            continue   # (groupde37 gives the tie to the company the text tied to X)
        company = _one_company_before(doc, index, i)
        if company is None or company == person:
            continue
        sent = tokens_of(doc)[i].sent
        where[(person, sent.start_char)] = company
        if any(r.type == "OWNS" and r.subject == person and r.object == company for r in relations + added):
            continue
        added.append(Relation("OWNS", person, company, sent.text, sent.start_char, sent.end_char,
                              confidence=0.55, rule="owns.group_of38"))
    return added, where
