"""(s38-xsent38) A subject the parser hangs on the auxiliary instead of its participle.

"Il a d'abord passé douze ans à la banque Y, avant de fonder Z": the parser tags the auxiliary "a" a verb and makes
"Il" its subject, so the participle "passé" (and "fonder", which takes its subject) has none. The auxiliary's own
subject, before it, is the participle's. arguments._subject_of_uncached asks this only for a verb with no subject
of its own.
"""
from __future__ import annotations

_AUXILIARIES = frozenset({"avoir", "être"})
_SUBJECTS = ("nsubj", "nsubj:pass")


def subjects_on_auxiliary(verb) -> list:
    """The subject tokens hung on the verb's auxiliary (before it), or []."""
    for a in verb.children:
        if a.dep_.startswith("aux") and a.i < verb.i and a.lemma_.lower() in _AUXILIARIES:
            got = [c for c in a.children if c.dep_ in _SUBJECTS and c.i < a.i]
            if got:
                return got
    return []
