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

from ..nlp.docview import rehang
from ..yamldata import load_yaml

_STOP = frozenset({",", ";", ":", "«", "»", "(", ")", "—", "–", "-", "."})


@lru_cache(maxsize=1)
def words() -> dict[str, frozenset[str]]:
    raw = load_yaml(resources.files("cercle.mentions").joinpath("data/interview32.yaml").read_text("utf-8"))
    return {k: frozenset(str(w).lower() for w in v) for k, v in raw.items()}


_THIRD = frozenset({"qui", "il", "elle", "ils", "elles", "on", "ce", "c'", "c’", "cela", "ça", "celui-ci",
                    "celle-ci", "lequel", "laquelle"})


def repair_clitic_subject(t) -> None:
    """A clitic "nous"/"vous"/"me" before a verb whose subject is a third party before it, a noun, a name or a
    third-person pronoun ("La mairie nous a commandé …", "X, qui nous a quittés", "il m'a reçu"; not "Nous,
    nous pensons …", "je me sens", nor "La mairie, nous l'aidons"), with nothing but clitics between that
    subject and the clitic: the verb's object, or its indirect object for a dative verb. The parser reads it
    as a second subject, a reflexive ("expl:comp") or the wrong object."""
    low = t.lower_
    if low not in words()["object_clitics"] or t.dep_ not in ("nsubj", "expl:subj", "expl:comp", "iobj", "obj"):
        return
    verb = t.head
    if verb.pos_ not in ("VERB", "AUX") or verb.i < t.i:
        return
    main = verb.head if verb.pos_ == "AUX" and verb.dep_.startswith("aux") else verb
    other = next((c for c in (*verb.children, *(main.children if main is not verb else ()))
                  if c.dep_ in ("nsubj", "nsubj:pass") and c.i < t.i and c is not t
                  and (c.pos_ in ("NOUN", "PROPN") or c.lower_ in _THIRD)), None)
    if other is None:
        return
    doc = t.doc
    if any(doc[k].text in _STOP for k in range(other.right_edge.i + 1, t.i)):
        return   # (a dislocated subject: "La mairie, nous l'aidons")
    if not all(doc[k].pos_ in ("AUX", "VERB", "PRON", "ADV", "PART") for k in range(t.i + 1, verb.i)):
        return
    # (a verb with a direct object of its own, "X nous a fait une offre", "Y m'a adressé un courrier": the clitic
    # is the indirect one)
    dative = main.lemma_.lower() in words()["dative_verbs"] or main.lower_ in words()["dative_verbs"] or any(
        c.dep_ == "obj" and c is not t and c.pos_ in ("NOUN", "PROPN", "NUM", "VERB") for c in main.children)
    rehang(t, main, "iobj" if dative else "obj")
