"""(s38-party38) Ties between political actors, read at the end of the flow from the ties already drawn:

- a party's or a politician's pact is political closeness (ONTOLOGY: ALLY_OF), not a business partnership or a
  payment: "le MDU, partenaire historique de Renouveau", "un « accord secret » entre A et B" (two politicians), "A,
  B et C ont signé un accord pour une primaire" (party leaders), "X, allié aux Verts", "le contrat de coalition
  avec le parti Y" (read as FUNDS by the contract noun). PARTNERS_WITH stays for companies (blind39 ho-1095,
  ho-1096, ho-1098);
- "Le premier secrétaire du Parti Y, A, l'écologiste B et …": the title belongs to the name in apposition right
  after it, not to a later member of the list (blind39 ho-1096).

Who is a political actor: an organisation the text calls a party (parties.is_party, politics32._political), or a
person the text gives a political title or a party adjective (data/politics38.yaml), or a person tied to such a
party by membership or headship. States and ministries are not: two states' agreement stays a partnership.
"""
from __future__ import annotations

import dataclasses
import functools
import re
import unicodedata
from pathlib import Path

from ..mentions.lexicon import fold
from ..records import DocEntity
from ..yamldata import load_yaml
from .lexicon import doc_text


@functools.lru_cache(maxsize=1)
def words() -> dict:
    raw = load_yaml((Path(__file__).parent / "data" / "politics38.yaml").read_text(encoding="utf-8"))
    return {k: tuple(str(x) for x in v) for k, v in raw.items()}


@functools.lru_cache(maxsize=1)
def _patterns() -> dict:
    w = words()
    alt = lambda xs: "|".join(re.escape(x) for x in sorted(xs, key=len, reverse=True))   # noqa: E731
    return {
        # a title or a party adjective ending right before the name ("le depute de la somme x": up to 4 words between)
        "before": re.compile(r"\b(?:%s)\b(?:[\s,]+[\w'-]+){0,4}[\s,]*$" % alt(w["political_titles"] + w["political_adjectives"])),
        # the apposition after the name ("x, senatrice de l'aude"), the title opening it
        "after": re.compile(r"^\s*(?:,|\()\s*(?:l'|le |la |l )?(?:ancien |ancienne |ex-)?(?:%s)\b" % alt(w["political_titles"])),
        "pact": re.compile(r"\b(?:%s)\b" % alt(w["pact_phrases"])),
        "party_pact": re.compile(r"\b(?:%s)\b" % alt(w["party_pact_words"])),
        "union": re.compile(r"\b(?:%s)" % alt(w["union_words"])),
        "business": re.compile(r"\b(?:%s)" % alt(w["business_words"])),
    }


def _plain(text: str) -> str:
    """Lower case, accents off, punctuation kept (fold drops the commas an apposition is told by)."""
    return "".join(c for c in unicodedata.normalize("NFKD", text.replace("’", "'").lower())
                   if not unicodedata.combining(c))


def _forms(name: str, index) -> list[str]:
    e = index.entities.get(name)
    forms = [name] + (list(e.aliases) if e is not None else [])
    return [fold(f) for f in forms if len(f) >= 2]


def _titled_person(name: str, index, text: str) -> bool:
    """A person the text names with a political title or a party adjective right before or after the name."""
    pats = _patterns()
    for form in {_plain(f) for f in [name] + list(getattr(index.entities.get(name), "aliases", ()) or ()) if len(f) >= 3}:
        for m in re.finditer(r"(?<![\w-])%s(?![\w-])" % re.escape(form), text):
            if pats["before"].search(text[max(0, m.start() - 60):m.start()]) \
                    or pats["after"].match(text[m.end():m.end() + 40]):
                return True
    return False


@functools.lru_cache(maxsize=1)
def _party_cues() -> tuple[frozenset, frozenset]:
    """The names a party adjective stands for (data/politics32.yaml): one-word cues ("modem", "rn") and longer ones
    ("france insoumise")."""
    from .slots.politics32 import words as words32
    cues = {c for v in words32()["party_adjectives"].values() for c in v}
    return frozenset(c for c in cues if " " not in c), frozenset(c for c in cues if " " in c)


def _party_by_name(name: str) -> bool:
    """A name that is a party's by its own words: the whole name is a party adjective's cue ("MoDem", "RN"), holds a
    cue of several words ("La France insoumise"), or a word on a party adjective's stem ("Parti socialiste")."""
    single, multi = _party_cues()
    f = fold(name)
    if f in single or f.removeprefix("les ") in single:
        return True
    if any(f" {c} " in f" {f} " for c in multi):
        return True
    return any(x.startswith(stem) for x in f.replace("-", " ").split() for stem in words()["party_name_stems"])


def _described(index, doc, words_: frozenset) -> set[str]:
    """The entities a descriptor or an introducer the resolver tied to them names by one of ``words_`` ("l'élu",
    "le député de la Somme" → the person; "la formation" → the party)."""
    out = set()
    for i, kind in index.kinds.items():
        if kind in ("descriptor", "introducer") and _plain(doc[i].text) in words_:
            name = index.by_token.get(i)
            if name is not None:
                out.add(name)
    return out


def political_actors(doc, index, relations: list) -> tuple[set[str], set[str]]:
    """The parties and the politicians of the text (see the module's head)."""
    from .parties import is_party
    from .slots.politics32 import _political
    text = _plain(doc_text(doc))
    w = words()
    parties = {n for n, e in index.entities.items()
               if e.type == "ORG" and (is_party(n, index, doc) or _political(n, index, doc))}
    parties |= {n for n in _described(index, doc, frozenset(w["party_nouns"])) if index.type_of(n) == "ORG"}
    parties |= {n for n, e in index.entities.items() if e.type == "ORG" and _party_by_name(n)}
    people = {n for n, e in index.entities.items() if e.type == "PER" and _titled_person(n, index, text)}
    people |= {n for n in _described(index, doc, frozenset(w["political_titles"])) if index.type_of(n) == "PER"}
    # a person heading or member of a party is a politician; an organisation a politician is a member of is a party
    for r in relations:
        if r.negated or r.type not in ("LEADS", "MEMBER_OF"):
            continue
        if r.object in parties and index.type_of(r.subject) == "PER":
            people.add(r.subject)
        elif r.type == "LEADS" and _plain(r.role or "") in w["party_ranks"] and index.type_of(r.object) == "ORG":
            parties.add(r.object)   # "le premier secrétaire du PS"
            people.add(r.subject)
        elif r.type == "MEMBER_OF" and r.subject in people and index.type_of(r.object) == "ORG":
            parties.add(r.object)
    return parties, people


def _business(relations: list) -> set[str]:
    """The parties to a tie of capital, money or market: companies, whatever else the text says of them."""
    return {n for r in relations if r.type in _BUSINESS_TYPES for n in (r.subject, r.object)}


_BUSINESS_TYPES = frozenset({"OWNS", "ACQUIRES", "INVESTS_IN", "BIDS_FOR", "FUNDS", "COMPETES_WITH"})


def _political_pact(rel, parties: set[str], people: set[str], business: set[str], index) -> bool:
    """A partnership or a pact's "payment" between political actors:
    - any partnership or contract told as a coalition's or a government's ("le contrat de coalition avec Y");
    - two politicians' accord, alliance or pact (the gold's partnerships between persons are business associates);
    - a person and a party;
    - two parties, or a party and an organisation with no business tie in the text, when the text calls one the
      other's partner or their pact an electoral one (data/politics38.yaml party_pact_words)."""
    kinds = (index.type_of(rel.subject), index.type_of(rel.object))
    if rel.type not in ("PARTNERS_WITH", "FUNDS") or "GOV" in kinds or None in kinds:
        return False
    ev = _plain(rel.evidence)
    if _patterns()["pact"].search(ev):
        return True
    if rel.type != "PARTNERS_WITH":
        return False
    if kinds == ("PER", "PER"):
        # (both politicians: "le patron de Y a conclu un accord avec X" is business, and a mayor's accord with a
        # party's figurehead the team's tests keep a partnership, as ONTOLOGY's "accord avec" cue reads)
        return rel.subject in people and rel.object in people and not _patterns()["business"].search(ev)
    ends = (rel.subject, rel.object)
    if "PER" in kinds:
        return ends[kinds.index("ORG")] in parties if "ORG" in kinds else False
    if kinds != ("ORG", "ORG") or any(_patterns()["union"].search(_plain(n)) for n in ends):
        return False   # (two trade unions' joint platform stays a partnership, as the team's gold reads it)
    if not _patterns()["party_pact"].search(ev):
        return False   # ("une alliance entre son parti, A, et celui de X, B": the corpus reads PARTNERS_WITH)
    return sum(n in parties for n in ends) == 2 \
        or sum(n in parties for n in ends) == 1 and not any(n in business for n in ends if n not in parties)


_TITLE_THEN_NAME = re.compile(r"\b(?:le|la)\s+(premier|premiere)\s+secretaire\s+(?:du|de la|de l'|des|de)\s*(.+?)\s*,\s*(.+?)\s*,")


def _apposed_holder(rel, index) -> str | None:
    """"Le premier secrétaire du Parti Y, A, l'écologiste B …": A, named right after the title's body, holds it."""
    if rel.type != "LEADS" or rel.rule != "leads.first_secretary":
        return None
    ev = _plain(rel.evidence)
    obj = _forms(rel.object, index)
    for m in _TITLE_THEN_NAME.finditer(ev):
        if fold(m.group(2)) not in obj:
            continue
        for name, e in index.entities.items():
            if e.type == "PER" and fold(m.group(3)) in _forms(name, index):
                return name if name != rel.subject else None
    return None


_GROUP = re.compile(r"\bgroupe\s+(?:de\s+(?:la|l')\s*|du\s+|des\s+)?(?P<party>[^,;:()|]{1,40}?)\s+(?P<house>(?:a|à)\s+l'assemblee(?:\s+nationale)?|au\s+senat|au\s+parlement\s+europeen)\b")


def _group_in_house(rel, index, parties: set[str]) -> tuple[str, bool] | None:
    """"X, présidente du groupe Y à l'Assemblée": the group, one actor named by the whole phrase, is what X heads,
    neither the party Y nor the chamber (blind39 ho-1096, ho-1100). Returns (the group's name as written, whether
    the tie's object is the chamber, to be dropped), or None. Only a president's title right before "groupe", and
    only a party's acronym ("groupe PS", "groupe LFI"): a group under its own name ("le groupe Avenir commun à
    l'Assemblée") is led by its chair under that name, as the team's cases read it (rule_cases.py, pol3)."""
    if rel.type != "LEADS":
        return None
    plain = _plain(rel.evidence)
    for m in _GROUP.finditer(plain):
        if not re.search(r"\bpresidente?\s+(?:du|de)\s*$", plain[max(0, m.start() - 16):m.start()]):
            continue
        party = m.group("party")
        written = rel.evidence[m.start():m.end()]
        if fold(rel.object) in fold(m.group("house")).split() or fold(m.group("house")).endswith(fold(rel.object)):
            return written, True   # (whatever the group: its chair heads no chamber)
        acronym = written.split()[1] if len(written.split()) > 1 else ""
        if not (acronym.isupper() and 2 <= len(acronym) <= 6 and rel.object in parties):
            continue   # (a group named on its own, "le groupe Avenir commun à l'Assemblée", is what its chair heads)
        if fold(party) in _forms(rel.object, index):
            return written, False
    return None


_SEAT_GROUP = re.compile(r"^\s*(?:desormais\s+|aussi\s+|donc\s+)?au sein du groupe\s+(?P<name>[^,;:()]{2,50}?)\s+"
                         r"(?:a l'assemblee|au senat|au parlement europeen)\b")


def _seated_members(doc, index, relations: list) -> list:
    """"X siégera au sein du groupe Y à l'Assemblée nationale", "l'élu, qui siégera au sein du groupe Y …": X is a
    member of the parliamentary group Y (blind39 ho-1095; the verb's subject, or the relative's antecedent)."""
    from ..nlp.docview import tokens_of
    from ..records import Relation
    out = []
    tv = tokens_of(doc)
    for t in tv:
        if t.pos_ != "VERB" or t.lemma_.lower() != "siéger":
            continue
        sent = t.sent
        after = _plain(doc_text(doc)[t.idx + len(t.text):sent.end_char])
        m = _SEAT_GROUP.match(after)
        if m is None:
            continue
        subj = [c for c in t.children if c.dep_ == "nsubj"]
        if not subj:
            continue
        head = t.head if subj[0].lower_ == "qui" and t.dep_ == "acl:relcl" else subj[0]
        member = index.by_token.get(head.i)
        if member is None or index.type_of(member) != "PER":
            continue
        written = _written(doc_text(doc), t.idx + len(t.text), sent.end_char, m.group("name"))
        if written is None:
            continue
        group = next((n for n in index.entities if fold(n) == fold(written)), None)
        if group is None:
            group = written
            index.entities[group] = DocEntity(name=group, type="ORG", aliases=["groupe " + group])
        elif index.type_of(group) != "ORG":
            continue
        if any(r.type == "MEMBER_OF" and r.subject == member and r.object == group for r in relations + out):
            continue
        out.append(Relation(type="MEMBER_OF", subject=member, object=group, evidence=sent.text,
                            start=sent.start_char, end=sent.end_char, confidence=0.7, rule="member.seat_group38"))
    return out


def _written(text: str, start: int, end: int, plain_name: str) -> str | None:
    """The name as the text writes it (accents and case kept), found by its plain form between start and end."""
    piece = text[start:end]
    at = _plain(piece).find(plain_name)
    return piece[at:at + len(plain_name)].strip() if at >= 0 else None


def politics38_ties(doc, index, relations: list) -> list:
    """The relations with political pacts retyped, first secretaries moved to the name apposed to the title, a
    parliamentary group's chair moved to the group, members seated in a group (read at the end of
    relations.extract_relations)."""
    if not relations:
        return _seated_members(doc, index, [])
    moved = []
    parties0 = political_actors(doc, index, relations)[0]
    for rel in relations:
        holder = _apposed_holder(rel, index)
        group = _group_in_house(rel, index, parties0)
        if group is not None:
            name, chamber = group
            if chamber:
                continue   # (the group's president heads no chamber)
            if name not in index.entities:
                index.entities[name] = DocEntity(name=name, type="ORG", aliases=[])   # (reported by pipeline.analyse)
            rel = dataclasses.replace(rel, object=name, rule=rel.rule + ".group38")
        moved.append(dataclasses.replace(rel, subject=holder, rule=rel.rule + ".apposed38") if holder else rel)
    relations = _unique(moved) + _seated_members(doc, index, moved)
    parties, people = political_actors(doc, index, relations)   # (after the moves: a party title's holder is political)
    business = _business(relations)
    keys = {(*r.key(), r.negated, r.status) for r in relations}
    out = []
    for rel in relations:
        new = None
        if _political_pact(rel, parties, people, business, index):
            new = dataclasses.replace(rel, type="ALLY_OF", rule=rel.rule + ".political38")
        if new is not None:
            key = (*new.key(), new.negated, new.status)
            if key in keys or new.type == "ALLY_OF" and (new.type, new.object, new.subject, new.negated, new.status) in keys:
                continue   # (the right tie is already read: the wrong one goes)
            keys.add(key)
            rel = new
        out.append(rel)
    return out


def _unique(relations: list) -> list:
    """The relations, the second of two with the same key (type, subject, object, negation, status) dropped (a bid
    proposed, then rejected: both kept, as extract_relations keeps them)."""
    seen, out = set(), []
    for rel in relations:
        key = (*rel.key(), rel.negated, rel.status)
        if key not in seen:
            seen.add(key)
            out.append(rel)
    return out
