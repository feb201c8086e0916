"""(s30-protag30) The portrait's person as the subject of a career statement whose pronoun no reading resolved.

- "… alors qu'elle travaillait chez Y", "elle a d'abord fait ses armes comme journaliste chez Y", "où il a dirigé
  la filiale Y", "il a fait carrière chez Y": in an article about one person (index.main_person(), named in the
  headline or the first sentence: a portrait, a nomination), a subject pronoun "il" / "elle" of a career verb
  that coreference left unresolved stands for that person (slot "subj"), when the text gives the person the
  pronoun's gender and no nearer actor may be its antecedent: no other person of that gender (or of no known
  gender) and no organisation as a subject, in the pronoun's sentence before it or in the sentence before.
  Only verbs whose subject, in a career statement, is a person (an organisation "travaille", "dirige" less often
  than it is said "exploite", "détient") are read; the rules' own subject types do the rest.
"""
from __future__ import annotations

from ...mentions.coref import _person_gender
from ...mentions.entities import EntityIndex
from ..arguments import lemma_of
from .found import Found
from .gate import Readers, acts_on

# verbs of a career statement whose subject, in press, is a person
_CAREER_VERBS = frozenset({"travailler", "diriger", "présider", "codiriger", "coprésider", "piloter", "faire",
                           "débuter", "officier", "exercer", "évoluer", "œuvrer", "oeuvrer", "rejoindre",
                           "intégrer", "entrer", "passer", "quitter", "cofonder", "fonder", "siéger",
                           "occuper", "servir", "conseiller"})
# "faire" only in its career idioms: "faire ses armes / ses classes / ses débuts / carrière / l'essentiel de sa
# carrière chez Y"
_FAIRE_NOUNS = frozenset({"armes", "classes", "débuts", "gammes", "carrière", "essentiel"})
_PRONOUNS = {"il": "Masc", "elle": "Fem"}


def _portrait_person(index: EntityIndex, doc) -> str | None:
    """The article's person: the one it speaks of most, named in its headline or its first sentence (cached)."""
    cache = index.__dict__
    if "_protag30_person" not in cache:
        main = index.main_person()
        first = min((j for j, n in index.by_token.items() if n == main), default=None) if main else None
        cache["_protag30_person"] = main if first is not None and index.sent_of.get(first, 99) <= 1 else None
    return cache["_protag30_person"]


@acts_on(lambda w: w.verbal and w.lemma in _CAREER_VERBS)
def career_pronoun_of_the_portrait(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"alors qu'elle travaillait chez Y" in a portrait of X: X works for Y (the unresolved "elle" is X)."""
    if not verbal or lemma_of(t) not in _CAREER_VERBS or out.get("subj"):
        return
    pron = next((c for c in t.children if c.dep_ == "nsubj" and c.pos_ == "PRON" and c.lower_ in _PRONOUNS), None)
    if pron is None or index.entity_at(pron.i) is not None:
        return
    if lemma_of(t) == "faire" and not any(c.dep_ == "obj" and c.lower_ in _FAIRE_NOUNS for c in t.children):
        return
    doc = t.doc
    person = _portrait_person(index, doc)
    if person is None or _person_gender(index, person, doc) != _PRONOUNS[pron.lower_]:
        return
    s = index.sent_of.get(pron.i)
    if s is None or s <= 0:
        return
    start = pron.sent.start
    while start > 0 and index.sent_of.get(start - 1, -1) >= s - 1:
        start -= 1
    gender = _PRONOUNS[pron.lower_]
    for j in range(start, pron.i):
        n = index.by_token.get(j)
        if n is None or n == person:
            continue
        typ = index.type_of(n)
        if typ == "PER" and _person_gender(index, n, doc) in (None, gender):
            return   # (a nearer person the pronoun may stand for)
        if typ in ("ORG", "GOV") and doc[j].dep_ in ("nsubj", "nsubj:pass") and doc[j].head.pos_ in ("VERB", "AUX") \
                and doc[j].head.sent.start == doc[j].sent.start:
            return   # (an organisation as a subject: "la société … elle")
    out.put("subj", [(person, pron.i)])


PROTAG30_READERS = Readers(career_pronoun_of_the_portrait)
