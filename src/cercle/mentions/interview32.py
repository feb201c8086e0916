"""(s32-interview32) The clitic first and second person of an interview's answers and of attributed quotations,
read as the objects they are. "L'hôpital Saint-Roch nous en a commandé dix", "La régie m'a reproché …", "Le
fonds Orvane vous a approchés": between a subject and its verb, the parser often takes the clitic for a second
subject; mentions/quoted_we.py makes it a mention of the speaker's organisation (nous) or of the speaker (me),
and the repair below hangs it as the verb's object ("obj"), or its indirect object ("iobj", read as "à Y") for
a verb whose clitic is dative (data/interview32.yaml dative_verbs), so every reader of the verb takes it.
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

from ..yamldata import load_yaml

_STOP = frozenset({",", ";", ":", "«", "»", "(", ")", "—", "–", "-", "."})


@lru_cache(maxsize=1)
def words() -> dict[str, frozenset[str]]:
    raw = load_yaml(resources.files("cercle.mentions").joinpath("data/interview32.yaml").read_text("utf-8"))
    return {k: frozenset(str(w).lower() for w in v) for k, v in raw.items()}


def repair_clitic_subject(t) -> None:
    """A clitic "nous"/"vous"/"me" tagged as a subject of a verb that has a subject of its own before it, a noun
    or a name ("La mairie nous a commandé …", not "Nous, nous pensons …" nor "La mairie, nous l'aidons"),
    with nothing but clitics between that subject and the clitic: the verb's object or indirect object."""
    if t.dep_ not in ("nsubj", "expl:subj") or t.lower_ not in words()["object_clitics"]:
        return
    verb = t.head
    if verb.pos_ not in ("VERB", "AUX"):
        return
    other = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < t.i and c is not t
                  and c.pos_ in ("NOUN", "PROPN")), None)
    if other is None:
        return
    doc = t.doc
    if any(doc[k].text in _STOP for k in range(other.right_edge.i + 1, t.i)):
        return   # (a dislocated subject: "La mairie, nous l'aidons")
    if not all(doc[k].pos_ in ("AUX", "VERB", "PRON", "ADV", "PART") for k in range(t.i + 1, verb.i)):
        return
    main = verb
    if verb.pos_ == "AUX" and verb.dep_.startswith("aux"):
        main = verb.head
    lemma = main.lemma_.lower()
    t.dep_ = "iobj" if lemma in words()["dative_verbs"] or main.lower_ in words()["dative_verbs"] else "obj"
