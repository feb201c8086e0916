"""(s38-xsent38) Subject pronouns of a completive clause whose main clause speaks through a crowd.

"X est contesté. Ses détracteurs rappellent qu'il est un proche de Y", "On rappelle qu'elle a fondé Z": coref.py
(_backward_antecedent) gives a subject pronoun inside a subordinate clause the subject of the clause above it, and
gives it nothing when that subject names no actor ("Ses détracteurs" names none). A plural noun subject, or the
impersonal "on", cannot be what a singular "il"/"elle" stands for: the pronoun goes on about the actor spoken of
before, and is read as a main clause's pronoun is (the subject of the sentence before, with its gender). A singular
noun subject ("Son avocat affirme qu'il …") may be the pronoun's own referent: nothing changes for it.

Lexicon in data/xsent38.yaml.
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

from ..yamldata import load_yaml

_SINGULAR = frozenset({"il", "elle"})


@lru_cache(maxsize=1)
def _data() -> dict:
    d = load_yaml(resources.files("cercle.mentions").joinpath("data/xsent38.yaml").read_text("utf-8"))
    return {"bystanders": frozenset(str(x).lower() for x in d["bystander_pronouns"])}


def crowd_subject(subj, tok, index) -> bool:
    """The subject ``subj`` of the clause above the pronoun ``tok`` is a crowd that no singular pronoun stands for:
    a plural common noun naming no actor ("Ses détracteurs", "Les analystes"), or "on"."""
    if tok.lower_ not in _SINGULAR or subj.i in index.by_token:
        return False
    if subj.lower_ in _data()["bystanders"]:
        return True
    if subj.pos_ != "NOUN" or "Plur" not in subj.morph.get("Number"):
        return False
    # (no name inside the subject's phrase: "Les avocats de X affirment qu'il …" may speak of X)
    return not any(k.i in index.by_token for k in subj.subtree)
