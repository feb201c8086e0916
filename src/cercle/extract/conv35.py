"""(s35-conv35) The team's conventions settled in the thirty-fifth session, applied to the ties once they are
read (one pass over the ties; the word lists are data/conv35.yaml, no actor is named):

1. "le secrétaire général de l'Élysée / de Matignon / du ministère": a secretary general serves a presidency, a
   government or a ministry (WORKS_FOR), does not lead it, nor any other administration whose name the title comes
   right before ("secrétaire générale de l'Autorité de Z", rule suffix .staff35); of a party, a union or an
   international body they head it (LEADS, left as the rules read it).
2. "X, ministre délégué(e) chargé(e) de Y", "secrétaire d'État chargée de Y", "ministre déléguée à l'Industrie",
   "ministre délégué aux Comptes publics": Y is a portfolio, not a ministry; the ministry the mention stage builds
   from the portfolio ("ministère de Y") is led only when the text names it (a full minister or a "ministre d'État
   chargé(e) de Y" keeps the lead the rules give).
(Both were read a second time by precision35.py until the thirty-sixth session: one convention, one place.)
3. A party's or a union's officers below its head (vice-président, trésorier, porte-parole, délégué général,
   coordinateur…) work for it (WORKS_FOR), not membership (relations._memberships reads them as members).
4. An alliance, a pact or an agreement between parties is ALLY_OF (political closeness); between companies it
   stays PARTNERS_WITH. A party is what the mention stage and the text call one (parties.is_party, the party
   words of slots/bonds.party_names and gov30.more_party_names), never a name list. A person's accord with a
   party is ALLY_OF too (the rules' s20-gapA3 and s32 readings had it for "alliance" and "pacte", not "accord").
"""
from __future__ import annotations

import functools
import re
from pathlib import Path

from ..mentions.lexicon import fold
from ..records import Relation
from ..yamldata import load_yaml
from .precision34 import _plain, _text_spans


@functools.lru_cache(maxsize=1)
def words() -> dict[str, frozenset[str]]:
    raw = load_yaml((Path(__file__).parent / "data" / "conv35.yaml").read_text(encoding="utf-8"))
    return {k: frozenset(fold(str(x)).replace("'", " ").replace("’", " ") for x in v) for k, v in raw.items()}


@functools.lru_cache(maxsize=4096)   # (s36-speed36: a sentence's evidence is flattened once for all its ties)
def _flat(s: str) -> str:
    """Folded, apostrophes and hyphens as spaces, single spaces."""
    return " ".join(fold(s).replace("'", " ").replace("’", " ").replace("-", " ").split())


def _alt(ws) -> str:
    return "|".join(sorted((re.escape(w.replace("-", " ")) for w in ws), key=len, reverse=True))


@functools.lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern]:
    w = words()
    return {
        # "secrétaire général(e) (adjoint(e)) de l'Élysée / du ministère…" (a word or two between: "de la")
        "secretary": re.compile(r"\b(?:%s)\s+(?:de|du|des|d)\s+(?:(?:la|l|le|les)\s+)?(?:%s)\b"
                                % (_alt(w["secretary_titles"]), _alt(w["state_offices"]))),
        # "ministre (déléguée) (auprès de …) chargé(e) de": the title, then the portfolio cue within six words
        "portfolio": re.compile(r"\b(?:%s)\b(?:\s+\S+){0,8}?\s+(?:%s)\s+(?:de|du|des|d)\b"
                                % (_alt(w["portfolio_titles"]), _alt(w["portfolio_cues"]))),
        # "ministre déléguée à l'Industrie", "secrétaire d'État au Numérique": the portfolio right after the title
        # (its name is then read right after the preposition, _direct_portfolio)
        "direct": re.compile(r"\b(?:ministres?(?:\s+[a-z\-]+)?\s+(?:%s)|%s)\s+(?:(?:%s)\s+)?(?:%s)\s+"
                             % (_alt(w["delegated_marks"]), _alt(w["portfolio_direct_titles"]),
                                _alt(w["portfolio_cues"]), _alt(w["portfolio_prepositions"]))),
        "folio": re.compile(r"^(?:ministere|secretariat d etat)\s+(?:(?:%s)\s+)?" % _alt(w["portfolio_prepositions"])),
        "pact": re.compile(r"\b(?:%s)\b" % _alt(w["pact_words"])),
        "bare_between": re.compile(r"\b(?:%s)\s+entre\b" % _alt(w["pact_words"])),
        "political": re.compile(r"\b(?:%s)\b" % _alt(w["political_cues"])),
        # "secrétaire national(e) aux élections du parti Y", "secrétaire nationale de Y chargée des élections": an
        # officer with a portfolio, not the head ("secrétaire national(e) de Y" alone heads the parties that have one)
        "national_portfolio": re.compile(r"\bsecretaires? nationa(?:l|le|ux|les)\s+(?:adjointe?s?\b|(?:a|aux|au)\s"
                                         r"|(?:de|du|des|d)\s+(?:(?:la|l|le|les)\s+)?\S+(?:\s+\S+){0,5}?\s+"
                                         r"(?:%s)\s+(?:de|du|des|d|a|aux|au)\s)" % _alt(w["portfolio_cues"])),
    }


@functools.lru_cache(maxsize=1)
def _offices_pattern() -> re.Pattern:
    """(s36-speed36) "\\bO\\b" for any office O of state_offices, as one pattern: it matches where one of the
    offices' own patterns would (the alternatives are tried in turn at each place)."""
    return re.compile(r"\b(?:%s)\b" % "|".join(re.escape(o.replace("-", " ")) for o in sorted(words()["state_offices"])))


def _secretaries(rel: Relation, p) -> bool:
    """A LEADS of a secretary general (or a head of cabinet) of a state office the evidence names."""
    if rel.type != "LEADS":
        return False
    obj = _flat(rel.object)
    if not _offices_pattern().search(obj):   # (one of the offices, a whole word or words)
        return False
    return bool(p["secretary"].search(_flat(rel.evidence)))


def _staff(rel: Relation, index) -> bool:
    """A LEADS of another administration (a body the mention stage types GOV, or a place a tie makes one) whose
    name the secretary's title comes right before, wherever the sentence writes it ("secrétaire générale de
    l'Autorité de Z"); an international organisation (an acronym or a short name, or one with an international
    word) is headed by its secretary general."""
    ent = index.entities.get(rel.object) if index is not None else None
    if ent is None or ent.type not in ("GOV", "LOC"):
        return False
    po = _plain(rel.object)
    if len(po.split()) == 1 and len(po) <= 5 or set(re.findall(r"[a-z]+", po)) & words()["international_words"]:
        return False
    spans = _text_spans(rel.evidence, rel.start, rel.object)
    if not spans:
        return False
    pe = _plain(rel.evidence)
    title = _staff_title()
    return all(title.search(pe[max(0, a - rel.start - 60):a - rel.start]) for a, _ in spans)


@functools.lru_cache(maxsize=1)
def _staff_title() -> re.Pattern:
    """The title right before a body's name, on _plain text (apostrophes kept): "secrétaire général de l'"."""
    titles = sorted(words()["secretary_titles"], key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(t) for t in titles) + r")\s+(?:de la |de l'|du |des |de |d')$")


def _portfolio_lead(rel: Relation, p, text: str) -> bool:
    """A LEADS of a ministry built from a portfolio ("ministre déléguée chargée des Comptes publics", "ministre
    déléguée à l'Industrie", "secrétaire d'État au Numérique") the text never names as a ministry."""
    if rel.type != "LEADS":
        return False
    obj = _flat(rel.object)
    if not obj.startswith(("ministere", "secretariat d etat")):
        return False
    ev = _flat(rel.evidence)
    if not (p["portfolio"].search(ev) or _direct_portfolio(obj, ev, p)):
        return False   # (a full minister "chargé(e) de", a "ministre d'État chargé(e) de", heads a ministry)
    return obj not in text


def _direct_portfolio(obj: str, ev: str, p) -> bool:
    """The ministry's own portfolio ("industrie" of "ministere de l industrie") written right after a delegated
    minister's or a secretary of state's title and its preposition ("ministre deleguee a l industrie")."""
    if not obj.startswith("ministere"):
        return False
    folio = p["folio"].sub("", obj, count=1).strip()
    if not folio or folio == obj:
        return False
    for m in p["direct"].finditer(ev):
        rest = ev[m.end():]
        if rest.startswith(folio) or re.sub(r"^(?:la|le|les|l)\s+", "", rest).startswith(folio):
            return True
    return False


def _role_of(rel: Relation) -> str:
    r = _flat(rel.role or "")
    for pre in ("ex ", "ancien ", "ancienne ", "futur ", "future "):
        if r.startswith(pre):
            r = r[len(pre):]
    return r


_MEMBER_SUFFIXES = (".membership", ".party", ".party_cue")


def _officer(rel: Relation, index) -> bool:
    """A membership read from an officer's title ("trésorier du parti Y"): the officer works for the body."""
    if rel.type != "MEMBER_OF" or not rel.rule.endswith(_MEMBER_SUFFIXES) or index.type_of(rel.object) == "GOV":
        return False   # (an elected council's vice-president is one of its elected members)
    officers, titles = _officers()
    if _role_of(rel) in officers:
        return True
    # the role kept one word of a longer title ("déléguée" of "la déléguée générale de Y"): the title is read
    # in the evidence, right before the body's name
    obj = _flat(rel.object)
    return bool(obj) and re.search(r"\b(?:%s)\s+(?:de|du|des|d)\s+(?:(?:la|l|le|les)\s+)?%s\b"
                                   % (titles, re.escape(obj)), _flat(rel.evidence)) is not None


@functools.lru_cache(maxsize=1)
def _officers() -> tuple[frozenset[str], str]:
    officers = frozenset(o.replace("-", " ") for o in words()["officer_titles"])
    return officers, _alt(officers)


def _named_with(name: str, index, ws: frozenset[str]) -> bool:
    """One of the words ``ws`` in the entity's name or one of its aliases."""
    e = index.entities.get(name)
    names = [name] + list(getattr(e, "aliases", []) or [])
    return any(set(_flat(n).split()) & ws for n in names)


def _company_like(name: str, index) -> bool:
    return _named_with(name, index, words()["company_words"])


def _between_parties(rel: Relation, index, parties: set[str], p) -> bool:
    """A pact between two organisations one of which the text calls a party (and the other too, or no company
    named in a political sentence)."""
    if rel.type != "PARTNERS_WITH":
        return False
    st, ot = index.type_of(rel.subject), index.type_of(rel.object)
    ev = _flat(rel.evidence)
    if not p["pact"].search(ev):
        return False
    if {st, ot} == {"PER", "ORG"}:
        # a politician's accord with a party ("X a scellé un accord avec le parti Y"): political closeness
        return (rel.object if st == "PER" else rel.subject) in parties
    if st != "ORG" or ot != "ORG":
        return False
    uw = words()["union_words"]
    if set(ev.split()) & uw or _named_with(rel.subject, index, uw) or _named_with(rel.object, index, uw):
        return False   # unions' common front or platform: not the parties' convention
    a, b = rel.subject in parties, rel.object in parties
    if not (a or b):
        return False
    if not (a and b):
        other = rel.object if a else rel.subject
        if _company_like(other, index) or not p["political"].search(ev):
            return False
    m = p["bare_between"].search(ev)
    if m is not None:
        # "cette alliance entre A et B" with no verb before it that makes, seeks or refuses the pact: left as
        # the development corpus reads it (PARTNERS_WITH; its gold predates the convention)
        before = ev[:m.start()].split()
        stems = words()["making_stems"]
        if not any(w.startswith(s) for w in before[-8:] for s in stems):
            return False
    return True


def conventions35(doc, index, relations: list[Relation]) -> list[Relation]:
    if not relations:
        return relations
    p = _patterns()
    text = None
    parties: set[str] | None = None
    out = []
    for rel in relations:
        if rel.type == "LEADS":
            if _secretaries(rel, p):
                rel.type, rel.rule = "WORKS_FOR", rel.rule + ".conv35_office"
            elif rel.rule.startswith("leads.title") and _role_of(rel).startswith("secretaire") \
                    and p["national_portfolio"].search(_flat(rel.evidence)):
                rel.type, rel.rule = "WORKS_FOR", rel.rule + ".conv35_officer"
            else:
                if text is None:
                    text = _flat(doc.text) if doc is not None else ""
                if _portfolio_lead(rel, p, text):
                    continue
                if _staff(rel, index):
                    rel.type, rel.rule = "WORKS_FOR", rel.rule + ".staff35"
        elif rel.type == "MEMBER_OF" and index is not None and _officer(rel, index):
            rel.type, rel.rule = "WORKS_FOR", rel.rule + ".conv35_officer"
        elif rel.type == "PARTNERS_WITH" and index is not None:
            if parties is None:
                parties = _party_set(index, doc)
            if parties and _between_parties(rel, index, parties, p):
                rel.type, rel.rule = "ALLY_OF", rel.rule + ".conv35_parties"
        out.append(rel)
    return out


def _party_set(index, doc) -> set[str]:
    from .gov30 import more_party_names
    from .parties import party_words
    from .slots.bonds import party_names
    out = set(party_names(index, doc)) | set(more_party_names(index, doc))
    heads = {fold(w) for w in party_words()["party_name_heads"]}
    # (as parties.is_party: an organisation whose own name opens on a party's word, "Bloc …", "Parti …")
    out |= {n for n, e in index.entities.items()
            if e.type == "ORG" and fold(n).replace("'", " ").split()[:1] and fold(n).replace("'", " ").split()[0] in heads}
    return out
