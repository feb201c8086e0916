"""(s30-protag30) The portrait's person as the subject of a career statement whose pronoun no reading resolved.

- "… alors qu'elle travaillait chez Y", "elle a d'abord fait ses armes comme journaliste chez Y", "où il a dirigé
  la filiale Y", "il a fait carrière chez Y": in an article about one person (index.main_person(), named in the
  headline or the first sentence: a portrait, a nomination), a subject pronoun "il" / "elle" of a career verb
  that coreference left unresolved stands for that person (slot "subj"), when the text gives the person the
  pronoun's gender and no nearer actor may be its antecedent: no other person of that gender (or of no known
  gender) and no organisation as a subject, in the pronoun's sentence before it or in the sentence before.
  Only verbs whose subject, in a career statement, is a person (an organisation "travaille", "dirige" less often
  than it is said "exploite", "détient") are read; the rules' own subject types do the rest.
- two past participles joined by "et" / "puis" with one agent: "Y, la plateforme cofondée et dirigée par X",
  "Y, créée puis présidée par X, …": the agent hangs on the second participle and the described name on the
  first; each participle has both (slots "agent" on the first, "pass" on the second, read as the first's). Only
  when the first participle is bare (nothing of its own between it and the joining word: "fondée en 1990 et
  rachetée par X" is not X's founding).
- a sentence opening on a participle of appointment and a title: "Nommé PDG de Y en novembre, il …", "Promue
  directrice générale de Y, elle …", "Élu président de Y, X …": the title is held by the main clause's subject,
  the name or the pronoun right after the phrase's comma (an unresolved pronoun: the portrait's person, as
  above), read along the line (the parser often takes the participle for a noun) (slot "head").
"""
from __future__ import annotations

from ...mentions.coref import _person_gender
from ...mentions.entities import EntityIndex
from ...mentions.lexicon import lexicon
from ..arguments import entities_at, lemma_of
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


def portrait_pronoun(pron, index: EntityIndex) -> str | None:
    """The portrait's person an unresolved subject "il" / "elle" stands for, when the text gives that person the
    pronoun's gender and no nearer actor may be its antecedent (no other person of that gender or of none known,
    no organisation as a subject, in the pronoun's sentence before it or in the sentence before); else None."""
    if pron.lower_ not in _PRONOUNS or index.entity_at(pron.i) is not None:
        return None
    return portrait_referent(pron, _PRONOUNS[pron.lower_], index)


def portrait_referent(pron, gender: str, index: EntityIndex) -> str | None:
    """portrait_pronoun's test for any unresolved word of a known gender standing for a person at ``pron``."""
    doc = pron.doc
    person = _portrait_person(index, doc)
    if person is None or _person_gender(index, person, doc) != gender:
        return None
    s = index.sent_of.get(pron.i)
    if s is None or s <= 0:
        return None
    start = pron.sent.start
    while start > 0 and index.sent_of.get(start - 1, -1) >= s - 1:
        start -= 1
    for j in range(start, pron.i):
        n = index.by_token.get(j)
        if n is None or n == person:
            continue
        typ = index.type_of(n)
        if typ == "PER" and _person_gender(index, n, doc) in (None, gender):
            return None   # (a nearer person the pronoun may stand for)
        if typ in ("ORG", "GOV") and doc[j].dep_ in ("nsubj", "nsubj:pass") and doc[j].head.pos_ in ("VERB", "AUX") \
                and doc[j].head.sent.start == doc[j].sent.start:
            return None   # (an organisation as a subject: "la société … elle")
    return person


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
    person = portrait_pronoun(pron, index)
    if person is None:
        return
    out.put("subj", [(person, pron.i)])


_JOINS = frozenset({"et", "puis"})
_FORMER = frozenset({"ancien", "ancienne", "nouveau", "nouvelle", "ex"})


def _past_participle(t) -> bool:
    return t.pos_ == "VERB" and "Part" in t.morph.get("VerbForm") and "Past" in t.morph.get("Tense") \
        and not any(c.dep_ in ("aux:pass", "aux:tense", "nsubj", "nsubj:pass") for c in t.children)


def _shared_conjunct(t):
    """The participle joined right after the bare participle ``t`` ("cofondée et dirigée par X"), or None."""
    c = next((c for c in t.children if c.dep_ == "conj" and c.i == t.i + 2 and _past_participle(c)), None)
    if c is None or t.doc[t.i + 1].lower_ not in _JOINS or not any(k.dep_ == "cc" and k.i == t.i + 1 for k in c.children):
        return None
    return c


@acts_on(lambda w: w.verbal and w.pos == "VERB")
def shared_agent_of_participles(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"Y, cofondée et dirigée par X": X founded Y (the agent of the second participle) and leads Y (the name the
    first describes)."""
    if not verbal or t.pos_ != "VERB" or not _past_participle(t):
        return
    if t.dep_ == "conj" and t.head.i == t.i - 2 and _past_participle(t.head) and not out.get("pass") \
            and not out.get("subj") and _shared_conjunct(t.head) is t and out.get("agent") \
            and t.head.dep_ in ("acl", "advcl", "ROOT"):
        from .core import slots   # (the first participle's own reading: what it describes)
        first = slots(t.head, index)
        if first.get("pass"):
            out.put("pass", first["pass"])
        return
    if out.get("agent") or any(c.dep_ == "obl:agent" for c in t.children):
        return
    c = _shared_conjunct(t)
    if c is None:
        return
    agents = [x for k in c.children if k.dep_ == "obl:agent" for x in entities_at(k, index)]
    if agents:
        out.put("agent", agents)


# participles of an appointment or of a post taken again, opening a sentence before a title
_APPOINTED = frozenset({"nommé", "nommée", "élu", "élue", "promu", "promue", "devenu", "devenue", "redevenu",
                        "redevenue", "reconduit", "reconduite", "désigné", "désignée", "bombardé", "bombardée",
                        "propulsé", "propulsée", "installé", "installée", "intronisé", "intronisée", "choisi",
                        "choisie", "réélu", "réélue", "confirmé", "confirmée"})


@acts_on(lambda w: w.pos in ("NOUN", "PROPN") and w.lower in lexicon()["person_titles"])
def title_of_the_fronted_appointee(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"Nommé PDG de Y en novembre, il veut accélérer": "il" (the portrait's person when unresolved) leads Y."""
    if verbal or t.lower_ not in lexicon()["person_titles"]:
        return
    doc = t.doc
    if t.i < 1:
        return
    opener = doc[t.i - 1]
    # (the opening word's sentence, or a full stop the parser ran over: "… de la tâche. Nommé PDG de Y, …")
    if opener.lower_ not in _APPOINTED or not opener.text[:1].isupper() or not (
            opener.is_sent_start or opener.i == 0 or doc[opener.i - 1].text in (".", "!", "?")
            or doc[opener.i - 1].is_space):
        return
    # the phrase's comma, then the main clause's subject right after it
    comma = next((k for k in range(t.i + 1, min(t.sent.end, t.i + 25)) if doc[k].text == ","), None)
    if comma is None or comma + 1 >= t.sent.end:
        return
    if any(doc[k].text in ("«", "»", ":", ";", "(", ")") or doc[k].pos_ == "AUX" for k in range(t.i + 1, comma)):
        return
    k = comma + 1
    who = None
    if doc[k].lower_ in _PRONOUNS and doc[k].pos_ == "PRON":
        n = index.entity_at(k)
        n = n if n is not None and index.type_of(n) == "PER" else portrait_pronoun(doc[k], index)
        who = (n, k) if n else None
    else:
        # a name, or a description coreference gave a person ("l'ancien ministre, qui …")
        if doc[k].lower_ in ("le", "la", "l'", "l’") and k + 1 < t.sent.end:
            k += 1
        if index.kinds.get(k) in ("name", "descriptor") and index.type_of(index.entity_at(k)) == "PER":
            who = (index.entity_at(k), k)
        elif index.entity_at(k) is None and doc[k - 1].lower_ in ("le", "la", "l'", "l’") and k - 1 == comma + 1:
            # "l'ancien ministre", "l'ex-banquière", "la nouvelle patronne" that coreference left unresolved: a
            # person's description standing for the portrait's person, as a pronoun would
            noun = doc[k + 1] if doc[k].lower_ in _FORMER and k + 1 < t.sent.end else doc[k]
            g = noun.morph.get("Gender")
            if (doc[k].lower_ in _FORMER or noun.lower_.startswith("ex-")) and noun.pos_ == "NOUN" and len(g) == 1:
                n = portrait_referent(noun, "Masc" if g[0] == "Masc" else "Fem", index)
                who = (n, noun.i) if n else None
                k = noun.i
    if who is None:
        return
    # (the subject's verb follows, or a relative on the subject: a name then a comma is otherwise an apposition
    # of something else)
    end = k
    while end + 1 < t.sent.end and (index.entity_at(end + 1) == who[0] or index.kinds.get(k) == "descriptor"
                                    and doc[end + 1].head.i in range(k, end + 2) and doc[end + 1].text != ","):
        end += 1
    nxt = doc[end + 1] if end + 1 < t.sent.end else None
    if nxt is None or nxt.pos_ not in ("VERB", "AUX", "ADV", "PRON") and nxt.lower_ != "ne" and not (
            nxt.text == "," and end + 2 < t.sent.end and doc[end + 2].lower_ == "qui"):
        return
    # (the subject after the comma is no complement of the title: "… en novembre, l'ancien ministre" read as
    # "novembre"'s)
    for key in [key for key in out if key.startswith("prep:")]:
        out[key] = [x for x in out[key] if not (x[0] == who[0] and x[1] > comma)]
        if not out[key]:
            del out[key]
    if not out.get("head"):
        out.put("head", [who])


PROTAG30_READERS = Readers(career_pronoun_of_the_portrait, shared_agent_of_participles,
                           title_of_the_fronted_appointee)
