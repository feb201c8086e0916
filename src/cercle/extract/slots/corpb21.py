"""(s21-corpB) A board seat sought or named by a noun, whose board the verb's object does not say:

- "X n'exclut pas de solliciter d'autres mandats au sein du conseil de surveillance de Y", "X détient deux
  mandats au conseil d'administration de Y": a mandate on a board is a seat on it, got, kept or asked for
  (the verbs of slots/words.py SEAT_TAKING_VERBS, as for "un siège au conseil");
- "X envisage de demander sa nomination comme membre du conseil de surveillance de Y", "la nomination de X
  comme administrateur de Y": a seat named through "comme" after an appointment's noun.

Slots: "seat_seeker" (who sits or would), "seat_board" (the company whose board it is).
"""
from __future__ import annotations

from ...mentions.entities import EntityIndex
from ...nlp.docview import tokens_of
from ..arguments import _subject_of, case_of, entities_at, lemma_of
from .found import Found
from .gate import Readers, acts_on
from .phrases import _board_owners, asked_in_vain, board_phrases
from .words import BOARD_SEATS, SEAT_TAKING_VERBS

MANDATE_WORDS = frozenset({"mandat", "mandats"})
NAMING_WORDS = frozenset({"nomination", "nominations", "élection", "cooptation", "désignation"})
_BOARDS = frozenset({"conseil", "directoire", "board"})
_POSSESSIVES = frozenset({"son", "sa", "ses", "leur", "leurs"})


def _board_in(tok):
    """The board noun of a phrase "au conseil de Y", "au sein du conseil de Y" hung on ``tok``, or None."""
    return next(board_phrases(tok, _BOARDS), None)


@acts_on(lambda w: not w.verbal and (w.lower in MANDATE_WORDS or w.lower in NAMING_WORDS))
def seat_sought(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """Slots "seat_seeker" and "seat_board" of a mandate on a board or of an appointment "comme membre du
    conseil de Y" (the nouns of MANDATE_WORDS and NAMING_WORDS)."""
    low = t.lower_
    if verbal or (low not in MANDATE_WORDS and low not in NAMING_WORDS) or not out.wants("seat_seeker", "seat_board"):
        return
    if low in MANDATE_WORDS:
        verb = t.head
        if t.dep_ not in ("obj", "obl:arg", "obl") or verb.pos_ != "VERB" or lemma_of(verb) not in SEAT_TAKING_VERBS:
            return
        organ = _board_in(t) or _board_in(verb)
        if organ is None or asked_in_vain(verb):
            return
        owners = _board_owners(organ, index)
        takers = [x for x in _subject_of(verb, index) if index.type_of(x[0]) in ("PER", "ORG")]
        if owners and takers:
            out.put("seat_seeker", takers)
            out.put("seat_board", owners)
        return
    # "sa nomination (ou celle de Z) comme membre du conseil de surveillance de Y": the seat's title, read as a
    # line up to the next verb (the parser may hang "comme" on another noun of the phrase)
    tv = tokens_of(t.doc)
    end = min(t.i + 14, t.sent.end - 1)
    title = None
    for k in range(t.i + 1, end):
        if tv[k].lower_ in (";", ".") or tv[k].pos_ in ("VERB", "AUX"):
            return
        if tv[k].lower_ == "comme" and tv[k + 1].lower_ in BOARD_SEATS:
            title = t.doc[k + 1]
            break
    if title is None:
        return
    organ = next((c for c in title.children if c.dep_ == "nmod" and case_of(c) == "de"
                  and c.lemma_.lower() in _BOARDS), None)
    if organ is not None:
        owners = _board_owners(organ, index)
    elif title.lower_ in ("administrateur", "administratrice"):   # "comme administrateur de Y"
        owners = [x for c in title.children if c.dep_ == "nmod" and case_of(c) == "de"
                  for x in entities_at(c, index) if index.type_of(x[0]) == "ORG"]
    else:
        return
    holders = [x for c in t.children if c.dep_ == "nmod" and case_of(c) == "de" and c.i < title.i
               for x in entities_at(c, index) if index.type_of(x[0]) in ("PER", "ORG")]
    if not holders and any(c.dep_ == "det" and c.lower_ in _POSSESSIVES for c in t.children) \
            and t.dep_ in ("obj", "obl:arg") and t.head.pos_ == "VERB":
        # "X envisage de demander sa nomination …": the one who asks for his own seat
        holders = [x for x in _subject_of(t.head, index) if index.type_of(x[0]) in ("PER", "ORG")]
    holders = [x for x in holders if x not in owners]
    if owners and holders:
        out.put("seat_seeker", holders)
        out.put("seat_board", owners)


# (s21-corpB) putting shares on sale: "X a mis en vente ses 12 % du capital de Y", "l'annonce par X de la mise
# en vente des 12 % du capital de Y": X holds the stake (the company named in the stake's phrase only)
SALE_PUT_LEMMAS = frozenset({"mise", "mettre"})
_SHARE_WORDS = frozenset({"%", "action", "actions", "titres", "parts", "participation"})


def _on_sale(t):
    """The "en vente" phrase of ``t``, or None."""
    return next((c for c in t.children if c.lemma_.lower() == "vente" and case_of(c) == "en"), None)


@acts_on(lambda w: w.lem in SALE_PUT_LEMMAS)
def put_on_sale(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """Slots "sale_holder" and "sale_company" of "mettre en vente" / "la mise en vente" of a stake."""
    if t.lemma_ not in SALE_PUT_LEMMAS or not out.wants("sale_holder", "sale_company") \
            or (lemma_of(t) == "mettre") != verbal:
        return
    sale = _on_sale(t)
    if sale is None:
        return
    stakes = [c for h in (t, sale) for c in h.children
              if c.dep_ in ("obj", "nmod", "obl", "obl:arg") and c is not sale
              and (c.text == "%" or c.lower_ in _SHARE_WORDS)]
    if stakes:
        stake = stakes[0]
        company = [x for k in stake.subtree if k.dep_ == "nmod" and case_of(k) in ("de", "dans")
                   for x in entities_at(k, index) if index.type_of(x[0]) == "ORG"][:1]
    else:   # the whole company on sale: "la mise en vente du groupe Y par X", "X a mis Y en vente"
        stake = None
        company = [x for h in (t, sale) for c in h.children if c.dep_ in ("obj", "nmod") and c is not sale
                   and case_of(c) in (None, "de") for x in entities_at(c, index) if index.type_of(x[0]) == "ORG"][:1]
    if not company:
        return
    if verbal:
        holders = _subject_of(t, index)
    else:
        holders = [x for c in t.children if case_of(c) == "par" for x in entities_at(c, index)]
        if not holders and case_of(t.head) == "par":   # "l'annonce par X de la mise en vente …" (hung on X)
            holders = entities_at(t.head, index)
        if not holders and t.head.pos_ == "NOUN":
            holders = [x for c in t.head.children if case_of(c) == "par" for x in entities_at(c, index)]
        if not holders and stake is not None and t.dep_ == "obj" and t.head.pos_ == "VERB" and any(
                k.dep_ == "det" and k.lower_ in _POSSESSIVES for k in stake.children):
            holders = _subject_of(t.head, index)   # "X a annoncé la mise en vente de ses 12 % de Y"
    holders = [x for x in holders if index.type_of(x[0]) in ("PER", "ORG", "GOV") and x[0] != company[0][0]]
    if holders:
        out.put("sale_holder", holders)
        out.put("sale_company", company)


# (s21-corpB) "après un passage au cabinet de X" (a minister's, a mayor's office): the person whose office it is
# employs; the career nouns of rule works_for.career
# (not "mission": "X a confié une mission au cabinet de Z" is a job given to Z's firm)
CAREER_NOUNS = frozenset({"carrière", "passage", "parcours", "stage"})


@acts_on(lambda w: not w.verbal and w.lower in CAREER_NOUNS)
def cabinet_of(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """Slot "cabinet_of": the person named after "au cabinet de" on a career noun ("un passage au cabinet de
    X"); a firm ("au cabinet Y", "au cabinet d'avocats Y") is read by the rule's "prep:à"."""
    if verbal or t.lower_ not in CAREER_NOUNS or not out.wants("cabinet_of"):
        return
    hosts = [t] + ([t.head] if t.dep_ == "obj" and lemma_of(t.head) == "faire" else [])   # "faire un passage au …"
    near = []
    if t.i + 2 < t.sent.end and t.doc[t.i + 1].lower_ == "au" and t.doc[t.i + 2].lower_ == "cabinet":
        near = [t.doc[t.i + 2]]   # "un passage au cabinet de X" with the phrase hung on another noun
    for c in near + [c for h in hosts for c in h.children if c not in near]:
        if c.dep_ in ("nmod", "obl", "obl:arg", "obl:mod") and c.lemma_.lower() == "cabinet" and case_of(c) in ("à", "au"):
            # (the person's name right after "de": not "au cabinet d'avocats Y", a firm)
            out.put("cabinet_of", [x for k in c.children if k.dep_ == "nmod" and case_of(k) == "de" and k.pos_ == "PROPN"
                                   for x in entities_at(k, index) if index.type_of(x[0]) == "PER"])


# (s21-corpB) "X, première femme à présider Y", "Première femme à présider Y, X a …", "X est la première femme à
# présider Y": the infinitive's subject is the person the ranked noun describes (the parser hangs the
# infinitive on the noun, which has no subject of its own)
_RANKS = frozenset({"premier", "première", "dernier", "dernière", "seul", "seule", "deuxième", "second", "seconde",
                    "troisième", "unique"})


# (a candidate to a post does not hold it: "seul candidat à diriger Y")
_NOT_YET = frozenset({"candidat", "candidate", "prétendant", "prétendante", "postulant", "postulante", "favori", "favorite"})


@acts_on(lambda w: w.verbal and w.dep in ("acl", "xcomp"))
def ranked_infinitive_subject(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """Slot "subj" of an infinitive "à VERB" hung on a noun ranked by an ordinal or "seul"."""
    if not verbal or "subj" in out or t.dep_ not in ("acl", "xcomp") \
            or not any(c.dep_ == "mark" and c.lower_ == "à" for c in t.children):
        return
    noun = t.head
    if noun.lemma_.lower() in _NOT_YET:
        return
    if not any(c.lemma_.lower() in _RANKS for c in noun.children if c.dep_ == "amod") and noun.lemma_.lower() not in _RANKS:
        return
    who = []
    if noun.dep_ in ("appos", "nmod", "acl") and index.type_of(index.entity_at(noun.head.i)) == "PER":
        who = [(index.entity_at(noun.head.i), noun.head.i)]   # "X, première femme à présider Y"
    elif any(c.dep_ == "cop" for c in noun.children):   # "X est la première femme à présider Y"
        who = [x for c in noun.children if c.dep_ == "nsubj" for x in entities_at(c, index)]
    elif noun.left_edge.i == noun.sent.start:   # "Première femme à présider Y, X a succédé …"
        j = next((k for k in range(t.i + 1, min(t.i + 12, noun.sent.end - 1)) if t.doc[k].text == ","), None)
        if j is not None and index.kinds.get(j + 1) == "name":
            who = [(index.entity_at(j + 1), j + 1)]
    who = [x for x in who if x[0] is not None and index.type_of(x[0]) == "PER"]
    if not who:
        return
    out.put("subj", who)
    if not any(c.dep_ == "obj" for c in t.children) and "obj" not in out:
        # the infinitive's object hung on the ranked noun with no preposition ("… femme à présider le groupe Y")
        k = t.i + 1
        while k < noun.sent.end - 1 and t.doc[k].pos_ == "DET":
            k += 1
        o = t.doc[k]
        if o.head.i == noun.i and o.dep_ == "nmod" and not any(c.dep_ == "case" for c in o.children):
            out.put("obj", entities_at(o, index))


# (s21-corpB) "X était conseiller de Y": the parser reads the bare title after "être" as the verb "conseiller" in
# a passive ("était" its auxiliary, "de Y" its argument); the word's form, an infinitive's, says it is the noun
# (a passive would be "conseillé")
ADVISER_FORMS = frozenset({"conseiller", "conseillère"})


@acts_on(lambda w: w.verbal and w.lower in ADVISER_FORMS)
def adviser_misread(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """Slots "counsel_holder" and "counsel_of" of "X était (est, sera) conseiller de Y" parsed as a verb."""
    if not verbal or t.lower_ not in ADVISER_FORMS or not out.wants("counsel_holder", "counsel_of") \
            or not any(c.dep_ in ("aux:pass", "cop") and c.lemma_ == "être" for c in t.children):
        return
    of = [x for c in t.children if c.dep_ in ("obl:arg", "obl", "obl:mod") and case_of(c) in ("de", "du", "des")
          for x in entities_at(c, index) if index.type_of(x[0]) in ("PER", "ORG", "GOV")]
    who = [x for c in t.children if c.dep_ in ("nsubj:pass", "nsubj")
           for x in entities_at(c, index) if index.type_of(x[0]) == "PER"]
    if of and who:
        out.put("counsel_holder", who)
        out.put("counsel_of", [x for x in of if x not in who])


# The readers of this module, in core.slots' order, each called only on the words it declares.
CORPB21_READERS = Readers(seat_sought, put_on_sale, cabinet_of, ranked_infinitive_subject, adviser_misread)
