"""(s25-deals25) Ownership and money ties, read after the sentence rules.

- A named consortium's members are its members, not partners of each other (ONTOLOGY convention, read pools:
  "Y, un consortium formé par A et B", "au consortium Y, formé par A et B" → MEMBER_OF A→Y, B→Y). An unnamed
  consortium ("un consortium formé par A et B") stays PARTNERS_WITH A↔B (partners.consortium).
"""
from __future__ import annotations

from ..records import Relation

_GROUP_NOUNS = frozenset({"consortium", "groupement"})


def _consortium_name(tok, index, members: set[str]) -> tuple[str, int] | None:
    """The name a consortium's noun stands for: "le consortium Y" (right after it) or "Y, un consortium …"
    (the name before the comma the noun's article follows), when it is none of the members."""
    doc = tok.doc
    n = len(doc)
    cands = []
    if tok.i + 1 < n and index.kinds.get(tok.i + 1) == "name":
        cands.append(tok.i + 1)
    # (the indefinite article only: "Outre Y, le groupement réunit A et B" names a member before the comma)
    if tok.i >= 3 and doc[tok.i - 1].lower_ == "un" and doc[tok.i - 2].text == "," \
            and index.kinds.get(tok.i - 3) == "name":
        cands.append(tok.i - 3)
    for at in cands:
        name = index.entity_at(at)
        if name and name not in members and index.type_of(name) != "PER":
            return name, at
    return None


def named_consortia(doc, index, relations: list[Relation]) -> list[Relation]:
    """Replace partners.consortium's pairs by MEMBER_OF ties when the consortium has a name."""
    pairs = [r for r in relations if r.rule.startswith("partners.consortium")]
    if not pairs:
        return relations
    drop: set[int] = set()
    add: list[Relation] = []
    have = {(r.type, r.subject, r.object) for r in relations}
    by_sentence: dict[tuple[int, int], list[Relation]] = {}
    for r in pairs:
        by_sentence.setdefault((r.start, r.end), []).append(r)
    for (start, end), rels in by_sentence.items():
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        members = {x for r in rels for x in (r.subject, r.object)}
        named = next((got for t in span if t.lower_ in _GROUP_NOUNS
                      for got in [_consortium_name(t, index, members)] if got), None)
        if named is None:
            continue
        drop.update(id(r) for r in rels)
        for m in sorted(members, key=lambda x: (span.text.find(x), x)):   # (then by name: members is a set)
            if ("MEMBER_OF", m, named[0]) in have:
                continue
            have.add(("MEMBER_OF", m, named[0]))
            add.append(Relation(type="MEMBER_OF", subject=m, object=named[0], evidence=rels[0].evidence,
                                start=start, end=end, confidence=0.6, rule="member.named_consortium"))
    return [r for r in relations if id(r) not in drop] + add
