"""Gapping: "A est conseillé par B, C par D". The second clause repeats the passive verb's tie with its
verb left out; the parser hangs its agent "par D" on the same verb as a second agent and C on the first
agent's phrase. Each tie the rules found between the verb's subject and its first agent is read again
between C and D, in the same roles; a tie the rules read across the two clauses (A with D, B with C) is
dropped.

Written by hand: it copies ties the rules already found, which no single dependency pattern can."""
from __future__ import annotations

from dataclasses import replace

from ..records import Relation
from .arguments import case_of, entities_at


_REACH = 6   # tokens from a "par" to the name of its agent ("par le cabinet d'avocats X")


def _agent_after(par: int, index, doc, stop: int) -> tuple[str, int] | None:
    """The actor named right after a "par" (past articles and the nouns that introduce it), and where its
    mention ends; None when a verb or another word comes first."""
    for k in range(par + 1, min(par + 1 + _REACH, stop)):
        name = index.entity_at(k)
        if name is not None:
            while k + 1 < stop and index.entity_at(k + 1) == name:
                k += 1
            return name, k
        if doc[k].pos_ not in ("DET", "NOUN", "ADJ", "ADP"):
            return None
    return None


def _gapped_pairs(verb, index) -> list[tuple[str, str, str, str]]:
    """(subject, first agent, gapped subject, gapped agent) of a passive verb followed by "par B, C par D":
    read on the words, as the parser hangs the gapped clause anywhere (another agent, a new verb)."""
    if verb.i + 1 >= verb.sent.end or verb.doc[verb.i + 1].lower_ != "par":
        return []   # (tested below too: first, as most verbs have no "par" right after them)
    if not any(c.dep_ == "aux:pass" for c in verb.children):
        return []
    subjects = {x[0] for c in verb.children if c.dep_ == "nsubj:pass" for x in entities_at(c, index)}
    doc, stop = verb.doc, verb.sent.end
    if len(subjects) != 1 or verb.i + 1 >= stop or doc[verb.i + 1].lower_ != "par":
        return []
    first = _agent_after(verb.i + 1, index, doc, stop)
    if first is None:
        return []
    out = []
    k = first[1] + 1
    while k < stop and doc[k].text not in (",", ".", ";", ":", "(", ")") and doc[k].pos_ not in ("VERB", "AUX"):
        k += 1   # (past the agent's last words and a date: "racheté par B & Cie en 2019, C par D")
    if k >= stop or doc[k].text != ",":
        return []
    # the gapped subject: an actor's mention (with its article and introducing noun), then "par"
    j, gapped = k + 1, None
    while j < stop and doc[j].lower_ != "par":
        name = index.entity_at(j)
        if name is None and doc[j].pos_ not in ("DET", "NOUN") or gapped not in (None, name) and name is not None:
            return []
        gapped = name or gapped
        j += 1
    late = _agent_after(j, index, doc, stop) if j < stop else None
    if gapped is None or late is None:
        return []
    subj = next(iter(subjects))
    if len({subj, first[0], gapped, late[0]}) == 4:
        out.append((subj, first[0], gapped, late[0]))
    return out


def gapped_ties(doc, index, found: list[Relation]) -> list[Relation]:
    """``found`` less the ties read across the two clauses, plus the first clause's ties read again in
    the gapped one."""
    if " par " not in doc.text:   # (no agent, no gapped agent: one look at the text)
        return found
    drop: set[int] = set()
    out: list[Relation] = []
    have = {r.key() for r in found}
    for sent in doc.sents:
        for verb in sent:
            if verb.pos_ != "VERB":
                continue
            for subj, agent, gsubj, gagent in _gapped_pairs(verb, index):
                swap = {subj: gsubj, agent: gagent}
                mixed = ({subj, gagent}, {agent, gsubj}, {subj, gsubj}, {agent, gagent})
                for n, r in enumerate(found):
                    if not (sent.start_char <= r.start < sent.end_char):
                        continue
                    pair = {r.subject, r.object}
                    if pair in mixed:
                        drop.add(n)
                    elif pair == {subj, agent}:
                        new = replace(r, subject=swap[r.subject], object=swap[r.object], rule="gapping." + r.rule)
                        if new.key() not in have and new.subject != new.object:
                            have.add(new.key())
                            out.append(new)
    if not drop and not out:
        return found
    return [r for n, r in enumerate(found) if n not in drop] + out
