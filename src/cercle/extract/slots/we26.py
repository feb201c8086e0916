"""(s26-we26) The first person of a plain report. "notre/nos/mon/ma/mes" is the speaker's side: inside an
attributed quotation, the speaker's organisation; in an interview's answers, the interviewee's
(mentions/quoted_we.py). Outside any quotation and interview a report has no speaker, so the possessive
points back to no one: "Le groupe Y développe notre filiale Z" does not make Z a subsidiary of Y (the third-
person subject a "sa" would point back to). quoted_we._unspoken_first_person marks those determiners."""
from __future__ import annotations


def unspoken_first_person(t, index, out) -> bool:
    """The owner of a noun's first-person possessive, when it is settled: "notre avocat, X" in a quotation
    or an interview's answer whose speaker's organisation is known is that organisation's (the owner
    mentions/quoted_we.py recorded), not the name the sentence before made its subject; in a plain report
    (no speaker), no one's. True (and the "poss" slot filled, or left empty so that no later reader fills it
    with the clause's subject or the article's company) in those cases. A quotation whose speaker or
    organisation is unknown gives "notre/nos" no owner either: the name a third-person reader would find,
    the subject of the sentence before, is not the speaker's side. False otherwise (a quoted "mon/ma/mes"
    with no known speaker: left to the readers)"""
    we = index.quoted_we
    if not we:
        return False
    unspoken = index.__dict__.get("_unspoken_we", ())
    for c in t.children:
        if c.dep_ != "det" or c.i not in we:
            continue
        owner = we[c.i]
        if owner is None and (c.i in unspoken or c.lower_ in ("notre", "nos")):
            if "poss" not in out:
                out["poss"] = []
            return True
        if owner is not None and owner[1] == c.i and index.entities[owner[0]].type in ("ORG", "GOV", "PER"):
            out.put("poss", [owner])
            return True
    return False
