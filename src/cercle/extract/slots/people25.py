"""(s25-people25) Ties between people and bodies: posts only sought.

- "X entend reconquérir la présidence de Y", "X brigue la direction de Y", "X affronte Z pour la direction de Y",
  "X est candidat à la présidence de Y", "la bataille pour la présidence de Y": a post aimed at, fought for or
  run for is not held. leads.head_of read the post noun's subject (the governing verb's, inherited through
  "entend reconquérir") and gave "X leads Y" as current. The post noun's subject slots are emptied and no tie
  is read along the words. Only the noun of the helm (présidence, direction, tête, barre, rênes, poste), and
  only when the post is the object of a verb of aiming ("briguer", "convoiter"), of an infinitive governed
  by a verb or noun of intention ("entend reconquérir", "espère obtenir", "son ambition de prendre"), or the
  "pour"/"à" phrase of a contest or a candidacy ("affronter … pour", "candidat à", "la course à").
  A post taken ("a pris la présidence", "prendra la tête de") is left alone.
- "X, directeur de cabinet de Z au ministère de Y", "X devient chef de cabinet de la ministre Z au ministère de Y":
  Z heads the ministry Y (slots "cabinet_minister", "cabinet_ministry"), and X, on the minister's staff, works
  for it (leads.cabinet_minister, works_for.cabinet_ministry). The parser hangs "de Z" and "au ministère de Y"
  on the title; only a ministry or a secretariat of state after "à", and a person after "de" (or the "ministre"
  noun that a person's name sits in apposition to).
- "X, le créateur de ChatGPT", "via sa holding Z, le fondateur de Y": a founder's title read on a company. A
  company "créateur de Y" made a product, and "le fondateur de Y" set next to a holding describes its owner, a
  person. The title's holder slots keep people and families ("la famille Y, fondatrice de Z"), not companies:
  4 false ties in 4 passages, no true one (read pools, corpus, invented).
- "le garde des Sceaux A et le ministre de l'Intérieur B": the parser makes the second title a conjunct of A, and
  the title's holders spread over it, so each minister got the other's ministry too. A name in apposition to
  another title noun coordinated with this one is that title's holder: it leaves this title's holder slots.
- "X préside à la fois A et B": the parser makes "à la fois" the verb's phrase and hangs the objects on "fois";
  they are the verb's objects (slot "obj"), as with "dirige à la fois A et B" where the parse has them right.
  Only the verbs of people's ties to bodies (leading, founding, advising, joining, leaving).
- "X, premier adjoint au maire de Y", "L'adjoint au maire de Y, X": the mayor's deputy works for the town (slots
  "deputy_holder", "deputy_town"; works_for.deputy_mayor) and does not lead it: the mayor's title, hung on
  "adjoint", loses its holder slots (the name apposed after the phrase made "X leads Y").
- "X siégeait au Parlement européen", "X siège au Sénat": a seat in an assembly is membership (slot
  "assembly_seat", member.assembly_seat). Only a body whose name opens on an assembly's noun (parlement, sénat,
  assemblée, chambre, conseil municipal/régional/départemental…): "siéger à Strasbourg" names a town, "siéger au
  conseil d'administration de Y" a board (board.joined).
"""
from __future__ import annotations

from ...mentions.entities import EntityIndex
from ..arguments import case_of, entities_at, extend_list, lemma_of
from .found import Found
from .gate import Readers, acts_on

_HELM = frozenset({"présidence", "direction", "tête", "barre", "rênes", "poste", "co-présidence", "coprésidence"})
# verbs whose object is a post aimed at, in any tense ("X brigue la présidence de Y")
_AIM_VERBS = frozenset({"briguer", "convoiter", "lorgner", "guigner", "ambitionner", "viser", "revendiquer",
                        "réclamer", "disputer", "postuler", "rêver"})
# verbs and nouns of intention governing the infinitive that takes the post ("entend reconquérir la présidence")
_INTENT = frozenset({"entendre", "espérer", "vouloir", "souhaiter", "compter", "chercher", "tenter", "essayer",
                     "rêver", "ambitionner", "viser", "prétendre", "aspirer", "envisager", "briguer", "projeter",
                     "ambition", "volonté", "espoir", "rêve", "intention", "désir", "envie", "tentative",
                     "candidature", "objectif", "but"})
# the head of the "pour" phrase of a contest ("X affronte Z pour la direction de Y", "la bataille pour …")
_CONTEST = frozenset({"affronter", "battre", "lutter", "concourir", "rivaliser", "opposer", "disputer",
                      "présenter", "candidater", "postuler", "candidat", "candidate", "candidature", "course",
                      "bataille", "lutte", "duel", "combat", "compétition", "primaire", "élection", "scrutin",
                      "match", "joute", "guerre", "prétendant", "prétendante", "favori", "favorite", "rival",
                      "rivale", "concurrent", "concurrente", "challenger", "campagne", "vote", "investiture"})
# the head of the "à" phrase of a candidacy ("candidat à la présidence de Y", "se présente à la présidence")
_RUN_FOR = frozenset({"candidat", "candidate", "candidature", "course", "prétendant", "prétendante", "postulant",
                      "postulante", "présenter", "candidater", "postuler", "prétendre", "aspirer", "investiture"})
_HOLDER_SLOTS = ("subj", "osubj", "arrival", "head")


def post_only_sought(t) -> bool:
    """Whether the post noun ``t`` is only aimed at, fought for or run for."""
    h = t.head
    if h is t:
        return False
    hl = lemma_of(h)
    case = case_of(t)
    if t.dep_ == "obj" and h.pos_ == "VERB":
        if hl in _AIM_VERBS:
            return True
        # "entend reconquérir la présidence", "son ambition de prendre la direction"
        if "Inf" in h.morph.get("VerbForm") and h.head is not h and lemma_of(h.head) in _INTENT \
                and h.dep_ in ("xcomp", "ccomp", "obj", "acl", "nmod", "obl:arg", "obl"):
            return True
        return False
    if case == "pour":
        return hl in _CONTEST
    if case == "à":
        return hl in _RUN_FOR
    return False


@acts_on(lambda w: not w.verbal and w.lower in _HELM)
def sought_post(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """A post aimed at or run for has no holder here: its subject slots go, and no tie is read along the
    words (leads.head_of)."""
    if verbal or t.lower_ not in _HELM or not post_only_sought(t):
        return
    for slot in _HOLDER_SLOTS:
        out.pop(slot, None)
    out["_no_linear"] = []


_STAFF_TITLES = frozenset({"directeur", "directrice", "chef", "cheffe", "directeur-adjoint", "directrice-adjointe"})
_MINISTRY_WORDS = ("ministère", "secrétariat")


@acts_on(lambda w: not w.verbal and w.lower in _STAFF_TITLES)
def cabinet_ministry(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"directeur de cabinet de Z au ministère de Y": Z heads Y, the title's holder works for Y."""
    if verbal or t.lower_ not in _STAFF_TITLES:
        return
    kids = [c for c in t.children if c.dep_ == "nmod"]
    if not any(c.lower_ == "cabinet" and case_of(c) == "de" for c in kids):
        return
    ministers, ministries = [], []
    for c in kids:
        case = case_of(c)
        if case == "de" and c.lower_ != "cabinet":
            for name, i in entities_at(c, index):
                if index.type_of(name) == "PER":
                    ministers.append((name, i))
        elif case == "à" and c.lower_ in _MINISTRY_WORDS:
            for name, i in entities_at(c, index):
                if name.lower().startswith(_MINISTRY_WORDS):
                    ministries.append((name, i))
    if ministries:
        out.put("cabinet_ministry", ministries)
        if ministers:
            out.put("cabinet_minister", ministers)


_FOUNDER_TITLES = frozenset({"fondateur", "fondatrice", "cofondateur", "cofondatrice", "co-fondateur", "co-fondatrice",
                             "créateur", "créatrice", "fondateurs", "fondatrices", "cofondateurs", "cofondatrices",
                             "créateurs", "créatrices"})


_FAMILY_WORDS = ("famille ", "familles ", "clan ", "dynastie ", "héritiers ")


@acts_on(lambda w: not w.verbal and w.lower in _FOUNDER_TITLES)
def founder_not_company(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """A founder's title describes a person or a family, not a company."""
    if verbal or t.lower_ not in _FOUNDER_TITLES:
        return
    dropped = False
    for slot in ("head", "subj"):
        if slot in out:
            had = len(out[slot])
            out.keep(slot, lambda x: index.type_of(x[0]) != "ORG" or x[0].lower().startswith(_FAMILY_WORDS))
            dropped = dropped or len(out.get(slot, ())) < had
    if dropped:
        out["_no_linear"] = []   # (nor the company read along the words instead)


_PUBLIC_TITLES = frozenset({"ministre", "garde", "secrétaire", "maire", "premier", "première"})


def _held_by_other_title(t, i: int, deps=("appos",)) -> bool:
    """Whether the word at token ``i`` (a name in apposition, or a "de" phrase) hangs on a title noun other than
    ``t`` that is coordinated with it ("le garde des Sceaux A et le ministre de l'Intérieur B": B and
    "l'Intérieur", for "garde"; A and "des Sceaux", for "ministre")."""
    doc = t.doc
    if not 0 <= i < len(doc):
        return False
    n = doc[i]
    if n.dep_ in ("case", "det") and "nmod" in deps:
        n = n.head   # (a name's first word: "des" of "des Sceaux")
    if n.dep_ not in deps:
        return False
    other = n.head   # (the title noun, or a noun of its "de" phrase: "le ministre de l'Intérieur B")
    for _ in range(4):
        if other is t or other.dep_ != "nmod" or other.head.pos_ != "NOUN":
            break
        other = other.head
    if other is t or other.pos_ != "NOUN" or t.i <= other.i < t.i + 4:
        return False
    return other.dep_ == "conj" and _linked(other, t) or t.dep_ == "conj" and _linked(t, other)


def _linked(conj, other) -> bool:
    """Whether the conjunct ``conj`` hangs on ``other`` or on a name or noun below it."""
    h = conj.head
    for _ in range(5):
        if h is other:
            return True
        if h.head is h:
            return False
        h = h.head
    return False


@acts_on(lambda w: not w.verbal and w.lower in _PUBLIC_TITLES)
def title_of_coordinated_holder(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """Two titles each before its own holder, coordinated: each holder keeps his own title."""
    if verbal or t.lower_ not in _PUBLIC_TITLES:
        return
    for slot in ("head", "self"):
        if slot in out:
            out.keep(slot, lambda x: not _held_by_other_title(t, x[1]))
    for slot in ("prep:de", "prep:à", "prep:de_organ"):
        if slot in out:
            out.keep(slot, lambda x: not _held_by_other_title(t, x[1], ("nmod", "appos", "flat:name")))


_BOTH_VERBS = frozenset({"présider", "diriger", "piloter", "gérer", "administrer", "coprésider", "codiriger",
                         "copiloter", "fonder", "cofonder", "créer", "conseiller", "rejoindre", "quitter"})


@acts_on(lambda w: w.verbal and w.lemma in _BOTH_VERBS)
def objects_after_both(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"X préside à la fois A et B": A and B are the verb's objects."""
    if not verbal or lemma_of(t) not in _BOTH_VERBS or "obj" in out:
        return
    for c in t.children:
        if c.lower_ == "fois" and case_of(c) == "à" and c.dep_.startswith("obl"):
            got = [x for k in c.children if k.dep_ == "nmod" and k.pos_ == "PROPN" for x in entities_at(k, index)]
            if got:
                out.put("obj", extend_list(t.doc, index, got))
            return


_DEPUTY_NOUNS = frozenset({"adjoint", "adjointe", "adjoints", "adjointes"})
_MAYOR_NOUNS = frozenset({"maire", "mairesse"})


def _deputy_holder(dep, index: EntityIndex) -> list:
    """The person the deputy's noun describes: "X, adjoint au …" (appos or nmod of X), "l'adjoint …, X"."""
    got = []
    if dep.dep_ in ("appos", "nmod") and dep.head.pos_ == "PROPN":
        got = [x for x in entities_at(dep.head, index) if index.type_of(x[0]) == "PER"]
    if not got:
        got = [x for c in dep.children if c.dep_ in ("appos", "conj") and c.pos_ == "PROPN"
               for x in entities_at(c, index) if index.type_of(x[0]) == "PER"]
    return got[:1]


@acts_on(lambda w: not w.verbal and w.lower in _MAYOR_NOUNS and w.dep == "nmod")
def deputy_mayor(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"X, adjoint au maire de Y": X works for Y, does not lead it."""
    if verbal or t.lower_ not in _MAYOR_NOUNS or t.dep_ != "nmod" or t.head.lower_ not in _DEPUTY_NOUNS \
            or case_of(t) != "à":
        return
    for slot in ("head", "self"):
        out.pop(slot, None)
    town = out.get("prep:de")
    holder = _deputy_holder(t.head, index)
    if town and holder:
        out.put("deputy_holder", holder)
        out.put("deputy_town", list(town))


_ASSEMBLY_FIRST = frozenset({"parlement", "sénat", "assemblée", "chambre", "congrès"})
_COUNCIL_NEXT = frozenset({"municipal", "régional", "départemental", "général", "national", "européen", "constitutionnel",
                           "fédéral", "législatif"})


def _assembly_name(name: str) -> bool:
    words = name.lower().split()
    if not words:
        return False
    if words[0] in _ASSEMBLY_FIRST:
        return True
    return words[0] == "conseil" and len(words) > 1 and words[1] in _COUNCIL_NEXT


@acts_on(lambda w: w.verbal and w.lemma == "siéger")
def assembly_seat(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"X siégeait au Parlement européen": X is a member of the assembly."""
    if not verbal or lemma_of(t) != "siéger":
        return
    got = [x for x in out.get("prep:à", ()) if _assembly_name(x[0])]
    if got:
        out.put("assembly_seat", got)


PEOPLE25_READERS = Readers(sought_post, cabinet_ministry, founder_not_company, title_of_coordinated_holder,
                           objects_after_both, deputy_mayor, assembly_seat)
