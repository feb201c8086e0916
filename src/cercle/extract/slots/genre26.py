"""(s26-genre26) Quoted speech whose incise blames: "« Y a abusé de sa position », accuse X", "« Le groupe a fait
passer ses profits avant tout », accusait alors X", "« La majorité de Y n'existe plus », ironise X".

The verb of the incise after the closing mark is a verb of blame; its speaker (found as mentions/quoted_we finds
an attributed quotation's speaker: the name after the verb, "-t-il"/"-t-elle", a title and a name) accuses the
party the quotation makes the subject of its first clause: a name, or a description the coreference resolved
("la direction", "le groupe" of the article's company; "le préfet" of a named prefect), else the first name in
that subject ("la majorité Y"). A quotation whose subject names nobody gives no tie (read26 ho-723, ho-730;
read24 ho-692, ho-698; read20 ho-646; read19new ho-607: six passages). Slots "quote_speaker", "quote_target" of
accuses.quoted_incise.
"""
from __future__ import annotations

from ...mentions.entities import EntityIndex
from ...mentions.quoted_we import _speaker_after
from ..arguments import lemma_of
from .found import Found
from .gate import Readers, acts_on

# verbs of an incise that blame what the quotation says (not the neutral "dire", "déclarer", "expliquer")
_BLAME_INCISE = frozenset({"accuser", "attaquer", "dénoncer", "fustiger", "ironiser", "cingler", "tacler", "railler",
                           "indigner", "insurger", "tonner", "fulminer", "pester", "étriller", "critiquer",
                           "persifler", "s'indigner", "s'insurger", "accabler", "charger", "vilipender",
                           "stigmatiser", "épingler", "flinguer", "éreinter", "brocarder", "moquer", "se moquer"})
# the incise's present forms, which the tagger often takes for nouns after a quotation ("», attaque X")
_INCISE_FORMS = frozenset({"accuse", "attaque", "dénonce", "fustige", "ironise", "cingle", "tacle", "raille",
                           "tonne", "fulmine", "peste", "étrille", "critique", "accusait", "attaquait", "dénonçait",
                           "fustigeait", "ironisait"})
_CLOSE = frozenset({"»", "”", '"'})
_OPEN = frozenset({"«", "“", '"'})
# short verb forms the tagger takes for other words ("ment" for an adverb)
_VERB_FORMS = frozenset({"ment", "mentent", "triche", "trichent", "vole", "volent"})
# a bare company noun as the quotation's subject: the company of the article
_COMPANY_NOUNS = frozenset({"groupe", "direction", "entreprise", "société", "firme", "compagnie"})
_PARTY_KINDS = ("name", "descriptor", "introducer", "pronoun", "title")


def _closing_before(tv, i: int) -> int | None:
    """The closing mark of a quotation right before the incise verb at i ("», accuse", "», a dénoncé",
    "», accusait alors"), or None."""
    j = i - 1
    while j > 0 and (tv[j].pos_ == "AUX" or tv[j].lower_ in ("alors", "aussitôt", "encore", "déjà", "même")):
        j -= 1
    if j > 0 and tv[j].text == ",":
        j -= 1
    return j if j > 0 and tv[j].text in _CLOSE else None


def _opening_of(tv, c: int) -> int | None:
    k = c - 1
    while k >= 0 and k > c - 120:
        if tv[k].text in _OPEN and (tv[k].text != '"' or k < c):
            return k
        if "\n" in tv[k].text:
            return None
        k -= 1
    return None


def _party_at(index: EntityIndex, i: int) -> str | None:
    name = index.by_token.get(i)
    if name is None or index.kinds.get(i) not in _PARTY_KINDS or index.entities.get(name) is None:
        return None
    return name


def _quote_subject(tv, index: EntityIndex, o: int, c: int) -> tuple[str, int] | None:
    """The party the quotation's first clause is about: its subject (a name or a resolved description), else
    the first name inside that subject."""
    inside = range(o + 1, c)
    roots = [tv[k] for k in inside if not (o < tv[k].head.i < c) or tv[k].head.i == k]
    verbs = [r for r in roots if r.pos_ in ("VERB", "AUX", "ADJ", "NOUN")]
    root = verbs[0] if verbs else None
    subj = next((ch for ch in root.children if ch.dep_ in ("nsubj", "nsubj:pass") and o < ch.i < c), None) \
        if root is not None else None
    if subj is None:
        # a parse that misses the clause ("« Y ment à ses clients »" read as one name): a name opening the quotation
        k = o + 1
        while k < c and tv[k].pos_ == "DET":
            k += 1
        name = index.by_token.get(k) if k < c and index.kinds.get(k) == "name" else None
        if name and index.entities.get(name) is not None and k + 1 < c \
                and any(tv[j].pos_ in ("VERB", "AUX") or tv[j].lower_ in _VERB_FORMS for j in range(k + 1, min(c, k + 5))):
            return name, k
        return None
    if subj.lower_ in ("c'", "c’", "ce", "cela", "ça", "on", "il", "elle", "je", "nous", "vous",
                                       "j'", "j’"):
        return None
    if subj.lower_ in _COMPANY_NOUNS and index.topic and index.entities.get(index.topic) is not None \
            and index.entities[index.topic].type == "ORG" and not any(ch.dep_ == "nmod" for ch in subj.children):
        # "« Le groupe a fait passer ses profits avant tout »": the company the article is about
        return index.topic, subj.i
    name = _party_at(index, subj.i)
    if name:
        return name, subj.i
    for k in sorted(t.i for t in subj.subtree):
        name = _party_at(index, k)
        if index.kinds.get(k) == "name" and name and name not in index.weak \
                and index.entities[name].type in ("PER", "ORG", "GOV"):
            return name, k
    return None


def _incise_speaker(tv, index: EntityIndex, c: int, t) -> tuple[str, int] | None:
    """Who speaks the incise: as quoted_we finds it, else the party right after the verb and an adverb
    ("accusait alors X", "accuse l'édile": a description the coreference resolved)."""
    at = _speaker_after(tv, index, c, t.sent.end)
    if isinstance(at, int):
        name = index.by_token.get(at)
        return (name, at) if name is not None and index.entities.get(name) is not None else None
    if at is not None:
        return (at, t.i) if index.entities.get(at) is not None else None
    k = t.i + 1
    while k < t.sent.end and k <= t.i + 3 and (tv[k].pos_ in ("ADV", "DET") or tv[k].lower_ in ("alors", "aussitôt")):
        k += 1
    if k < t.sent.end:
        name = _party_at(index, k)
        if name and index.kinds.get(k) in ("name", "descriptor"):
            return name, k
    return None


@acts_on(lambda w: (w.verbal and (w.lemma in _BLAME_INCISE or w.lem in _BLAME_INCISE)) or w.lower in _INCISE_FORMS)
def quoted_incise_blame(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"« Y a abusé de sa position », accuse X": X accuses the subject of the quotation."""
    if not (verbal and (lemma_of(t) in _BLAME_INCISE or t.lemma_.lower() in _BLAME_INCISE)) \
            and t.lower_ not in _INCISE_FORMS:
        return
    tv = t.doc
    c = _closing_before(tv, t.i)
    if c is None:
        return
    o = _opening_of(tv, c)
    if o is None or c - o < 3:
        return
    speaker = _incise_speaker(tv, index, c, t)
    if speaker is None:
        return
    target = _quote_subject(tv, index, o, c)
    if target is None or target[0] == speaker[0]:
        return
    out.put("quote_speaker", [speaker])
    out.put("quote_target", [target])


GENRE26_READERS = Readers(quoted_incise_blame)
