"""(s37-groupde37) "Le groupe de X" (X a person) is the company, not X.

"Le groupe de Jean Morel a racheté Y": the extractor reads the person's name as the clause party, so the tie
went to the person. Here, after extraction, a tie whose party X appears in its sentence only inside a definite
"le groupe / l'empire / la holding / la société / la firme de X" is given to the one organisation the text tied
to X by LEADS, OWNS or FOUNDED; with two such organisations, or none while the text names another company that
may be X's group, the tie is dropped (precision first: it is not X's). With no company at all beside the tie's
parties the tie stays X's, as the s22 cases read "Le groupe de X a racheté Y". The possessive "la holding Y de X" (a name between noun and "de") is not matched, so OWNS X → Y stays.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from ..yamldata import load_yaml


@lru_cache(maxsize=1)
def _data() -> dict:
    return load_yaml((Path(__file__).parent / "data" / "groupde37.yaml").read_text(encoding="utf-8"))


def _names(entity) -> list[str]:
    """The entity's name and aliases, longest first (a surname alone is an alias)."""
    names = {entity.name, *getattr(entity, "aliases", [])}
    return sorted((n for n in names if n and len(n) > 2), key=len, reverse=True)


def _only_as_company(sentence: str, names: list[str]) -> bool | None:
    """True when each naming of the person in the sentence follows "le groupe de"; None when never named."""
    d = _data()
    dets = "|".join(re.escape(x) for x in sorted(d["determiners"], key=len, reverse=True))
    nouns = "|".join(re.escape(x) for x in d["nouns"])
    alt = "|".join(re.escape(n) for n in names)
    found = [m for m in re.finditer(rf"(?<![\w-])(?:{alt})(?![\w-])", sentence)]
    if not found:
        return None
    # drop names inside a longer name already matched (the alias "Morel" inside "Jean Morel")
    spans, kept = [], []
    for m in found:
        if any(a <= m.start() and m.end() <= b for a, b in spans):
            continue
        spans.append((m.start(), m.end()))
        kept.append(m)
    cue = re.compile(rf"(?:^|(?<=[\s«(]))(?:{dets})\s*(?:{nouns})\s+(?:de|d'|d’)\s*$", re.IGNORECASE)
    return all(cue.search(sentence[:m.start()]) for m in kept)


def _companies_of(person: str, relations, index) -> set[str]:
    own = set(_data()["ownership"])
    return {r.object for r in relations if r.type in own and r.subject == person and not r.negated
            and getattr(index.entities.get(r.object), "type", None) == "ORG"}


def _other_orgs(index, r) -> bool:
    """Does the text name an organisation beside the tie's parties (one that could be X's group)?"""
    return any(e.type == "ORG" and n not in (r.subject, r.object) for n, e in index.entities.items())


def company_for_person(relations: list, index, before: dict | None = None) -> list:
    """The ties with "le groupe de X" as a party given to X's company, or dropped when it is not known. ``before``
    ((s38-groupof38) extract/groupof38.py): {(person, sentence start): the company the sentence before names}."""
    out = []
    for r in relations:
        swapped = r
        for side in ("subject", "object"):
            person = getattr(r, side)
            ent = index.entities.get(person)
            if ent is None or ent.type != "PER":
                continue
            if not _only_as_company(r.evidence, _names(ent)):
                continue
            companies = _companies_of(person, relations, index)
            if not companies and before and (person, r.start) in before:
                companies = {before[(person, r.start)]}   # (s38-groupof38) "chez Y. Le groupe de X, qui …"
            other = r.object if side == "subject" else r.subject
            if other in companies:
                break   # "Y, le groupe de X": the tie says X's company is Y, the possessive tie the ontology wants
            if not companies and not _other_orgs(index, r):
                break   # (s22-prec22) "Le groupe de X a racheté Y" with no other company in the text: X's own tie
            if len(companies) != 1:
                swapped = None
                break
            swapped = replace(swapped, **{side: next(iter(companies))})
        if swapped is not None:
            out.append(swapped)
    return out
