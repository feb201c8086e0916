"""(s23-prec23) Parties that earlier readers put in a slot against a plain rule of French.

- "Y, l'éditeur de Z dirigé par X", "Y, filiale du fonds Z présidée par X": a participle the parser hangs
  on the name inside a noun's "de" phrase, when it agrees in gender (and number) with that noun, describes
  the noun ("l'éditeur", "la filiale"), which stands for the name set off before it (Y), not Z, the
  noun's complement. A noun that is only the kind of its "de" name ("la ville de Z", "le gouvernement de
  Z") or a person's title ("le fondateur de Z") leaves Z in place. With no party found ("Y (B), le
  régulateur de l'État de Z, dirigé par X", "Y (B), la coentreprise fondée par X" parsed with the noun on
  the verb), the bracket hid Y from the earlier readers (and the line would reach Z, the nearest name): Y.
- "X dirige Y, la coentreprise fondée par A et B, la filiale de C": a noun after the comma that closes the
  verb's object, parsed as a second object, is that object's apposition; the names inside its phrases are
  not objects of the verb.
- "Et à Bruxelles, la Commission a infligé une amende à Y", "l'Allemagne, qui a voté contre à Bruxelles":
  a town (a seat, a city the gazetteers know; not a country: "à Chypre" may be a party) right after a bare
  "à" is where things happen, no party of any slot.
- "le président de la Fédération de tennis (FFT) avait raillé X": the parser hangs the body's bracketed
  acronym on the person's title; the title stands for an unnamed person, the acronym is no party.
- "la nomination de Y, longtemps présenté comme le protégé de M, X, le plus proche collaborateur…, a …": a
  title after "comme" in a detached participle is said of the name the participle follows (Y); X, after
  the title's "de" phrase, is the main clause's subject (the parser hangs it on M).
- "Le propriétaire, qui détient le club de Y et 45 % de Z, promet …": "qui" stands for a noun before it; a
  name in a stake after the verb ("45 % de Z", the parser coordinating the stake with the antecedent) is no
  subject.
- "Une partie des titres cédés par X a été transférée à B, tandis que C a échangé sa participation dans Y":
  the shares handed over, read along the line, stop at the word that opens another clause.
- "X a commandé 36 Rafale", "la commande de 26 Rafale Marine": a name counted by a cardinal is units of a
  product, not the supplier an order pays.
- "la candidate Les Radicaux à la mairie de Lyon, Claire Dumas, a reçu le soutien de Z": the parser makes the
  party after "candidate" the clause's subject; the person apposed after the phrase is.
"""
from __future__ import annotations

from functools import lru_cache

from ...mentions import demonyms
from ...mentions.entities import EntityIndex
from ...mentions.lexicon import fold
from ..arguments import PERSON_TITLES, case_of, lemma_of
from .found import Found
from .gate import Readers, acts_on

_DE = frozenset({"de", "du", "d'", "d’", "des"})
# a fronted source or comparison, never the noun's antecedent (not "chez", "pour": "Chez Y, le parti fondé par
# X, …" sets Y off with its apposition)
_FRONTED = frozenset({"selon", "d'après", "d’après", "comme", "contrairement", "outre", "sauf"})
# nouns that name their "de" complement itself (the participle describing them describes that name)
_SELF_NOUNS = frozenset({"ville", "commune", "région", "département", "pays", "état", "etat", "mairie",
                         "gouvernement", "municipalité", "métropole", "capitale", "province", "royaume",
                         "république", "principauté", "émirat", "canton", "île", "agglomération",
                         "marque", "nom", "enseigne", "famille", "clan"})


def _agrees(part, noun) -> bool:
    """The participle's gender is the noun's, and its number (read on the participle's ending, which the
    tagger often gets wrong: "filiale … présidée" tagged plural; "-is", "-us" tell nothing: "acquis")."""
    g_p, g_n = part.morph.get("Gender"), noun.morph.get("Gender")
    if not g_p or not g_n or g_p != g_n:
        return False
    w = part.lower_
    if w.endswith(("is", "us")) or not noun.morph.get("Number"):
        return True
    return w.endswith("s") == (noun.morph.get("Number") == ["Plur"])


def in_prep_phrase(tok) -> bool:
    """(s32-court32) Whether the name at ``tok`` closes a fronted phrase of a preposition ("Défendue par le cabinet Z,
    l'entreprise cofondée par X": Z, a fronted participle's agent, is no apposition's host)."""
    top = tok
    while top.dep_ in ("flat:name", "nmod", "appos") and top.head is not top and top.head.i < top.i:
        top = top.head
    # (the agent of a participle, or a phrase of a word opening the sentence; not "Le contrat revient à Y, le
    # fabricant fondé par X", where Y is the host)
    return any(c.dep_ == "case" for c in top.children) and (
        top.dep_ == "obl:agent" or top.head is not top and top.head.i == top.sent.start)


def _stands_for(noun, index: EntityIndex):
    """The name an apposed noun describes: "Y, l'éditeur de …" (Y before the comma), "Y (Z), filiale de …"."""
    if noun.dep_ == "appos" and noun.head.i < noun.i and (who := index.entity_at(noun.head.i)) is not None:
        return who, noun.head.i
    tv = noun.doc
    j = noun.left_edge.i - 1
    if j >= 1 and tv[j].text == ",":
        j -= 1
        if tv[j].text == ")":   # "Y (Z), filiale de …": the name before the bracket
            k = j - 1
            while k > 0 and tv[k].text != "(" and j - k < 8:
                k -= 1
            j = k - 1 if tv[k].text == "(" else -1
        if j >= 0 and index.kinds.get(j) == "name" and (who := index.entity_at(j)) is not None:
            k = j
            while k > 0 and index.entity_at(k - 1) == who:
                k -= 1
            if k > 0 and tv[k - 1].lower_ in _DE:   # ("la tour de Z, un investissement subventionné par X": Z
                return None                          # complements the noun before, it is no antecedent)
            if _fronted(tv, k) or in_prep_phrase(tv[j]):
                return None   # ("Selon Les Echos, le fonds présidé par X": a fronted source or frame, no antecedent)
            return who, j
    return None


def _fronted(tv, k: int) -> bool:
    """The name starting at k opens a fronted source or comparison: "Selon Les Echos, …", "Comme Y, …"."""
    k -= 1 if k > 0 and tv[k - 1].pos_ == "DET" else 0
    return k > 0 and tv[k - 1].lower_ in _FRONTED


def _fronted_name_before(noun, index: EntityIndex) -> int | None:
    """Where the name right before the noun's comma sits, when it is a fronted source or frame's."""
    tv = noun.doc
    j = noun.left_edge.i - 2
    if j < 0 or tv[j + 1].text != "," or index.kinds.get(j) != "name" or (who := index.entity_at(j)) is None:
        return None
    k = j
    while k > 0 and index.entity_at(k - 1) == who:
        k -= 1
    return j if _fronted(tv, k) else None


@acts_on(lambda w: w.verbal and w.dep == "acl")
def participle_of_described_noun(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"Y, l'éditeur de Z dirigé par X": the participle describes "l'éditeur" (Y), not Z."""
    if not verbal or t.dep_ != "acl" or "Part" not in t.morph.get("VerbForm") or "agent" not in out:
        return
    if any(c.dep_.startswith("aux") for c in t.children):
        return   # ("…, le solde étant détenu par X": an absolute clause, the noun describes no name before it)
    noun = t.head
    if index.entity_at(noun.i) is not None:   # hung on Z itself: the noun is the one Z complements
        if noun.dep_ != "nmod" or case_of(noun) not in _DE:
            return
        noun = noun.head
    if noun.pos_ != "NOUN" or index.entity_at(noun.i) is not None or noun.lower_ in _SELF_NOUNS \
            or noun.lower_ in PERSON_TITLES or not _agrees(t, noun):
        return
    # the names inside the noun's "de" phrases (reached by the transparent noun or the parser's attachment)
    # (up to the participle: its own agent may hang in the phrase's subtree)
    inner = [range(c.left_edge.i, min(c.right_edge.i + 1, t.i)) for c in noun.children
             if c.dep_ == "nmod" and c.i < t.i and (case_of(c) in _DE or c.doc[c.left_edge.i].lower_ in _DE)]
    if (j := _fronted_name_before(noun, index)) is not None and any(x[1] == j for x in out.get("pass", ())):
        # "Selon Les Echos, le fonds présidé par X": the source is no antecedent of "le fonds"
        out.keep("pass", lambda x: x[1] != j)
        out["_no_linear"] = []
        return
    if out.get("pass") and not any(any(x[1] in r for r in inner) for x in out["pass"]):
        return   # (no party yet: "Y (B), la coentreprise de batteries fondée par X", the bracket hid Y)
    described = _stands_for(noun, index)
    if described is None:
        return
    out.keep("pass", lambda x: not any(x[1] in r for r in inner))
    out.put("pass", [described])
    out["_no_linear"] = []   # (nor the nearest names along the line: Z was the nearest)


def _complement_of(tv, i: int, noun) -> bool:
    """Token i sits in the noun's "de" phrases ("la filiale de C"), not in a clause hung on it ("accompagné de
    X": a participle's own party)."""
    if not noun.left_edge.i <= i <= noun.right_edge.i:
        return False
    # (through a "de" complement: a name merely apposed to the noun, "le président de Y, …, X", may be
    # another party the parser hung there)
    return climbs_through_de(tv, i, noun, lambda dep: dep.startswith(("acl", "advcl", "conj")))


def climbs_through_de(tv, i: int, noun, blocked) -> bool:
    """Token i's heads lead up to the noun (at most 12 links, none ``blocked``), through at least one "de"
    complement (nmod)."""
    tok, hops, nmod = tv[i], 0, False
    while tok.i != noun.i and hops < 12:
        if blocked(tok.dep_) or tok.head.i == tok.i:
            return False
        nmod = nmod or tok.dep_ == "nmod"
        tok, hops = tok.head, hops + 1
    return tok.i == noun.i and nmod


@acts_on(lambda w: w.verbal)
def apposed_second_object(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"X dirige Y, la coentreprise fondée par A et B, la filiale de C": the parser makes the noun apposed to
    Y a second object of the verb; it describes Y, and the names inside its phrases (C, the owner of B) are
    none of the verb's objects."""
    if not verbal or len(out.get("obj", ())) < 2:
        return
    objs = [c for c in t.children if c.dep_ == "obj"]
    if len(objs) < 2:
        return
    tv = t.doc
    for first, second in zip(objs, objs[1:]):
        if index.entity_at(first.i) is None or second.pos_ != "NOUN" or index.entity_at(second.i) is not None:
            continue
        between = tv[first.right_edge.i + 1:second.left_edge.i]
        if not between or between[-1].text != "," or any(w.pos_ != "PUNCT" for w in between):
            continue
        keep = index.entity_at(first.i)
        out.keep("obj", lambda x: x[0] == keep or not _complement_of(tv, x[1], second))


@lru_cache(maxsize=1)
def _country_names() -> frozenset[str]:
    return frozenset(fold(n) for entry in demonyms._raw()["countries"] for n in entry["names"])


def _is_town(name: str) -> bool:
    """A seat or a town the gazetteers know ("Bruxelles", "Marseille"), not a country ("Chypre") nor a seat of
    power named for its office ("à Matignon", "à Bercy": where one is received, an institution)."""
    from ..relations import _bare_place   # (relations imports the slots)
    return demonyms.place_of_town(name) is not None and fold(name) not in _country_names() and _bare_place(name)


def _after_a(view) -> frozenset[int]:
    """The positions of the words right after an "à" (town_after_a_no_party's only places)."""
    return frozenset(i + 1 for i in view.word_positions().get("à", ()))


def _after_bracket(view) -> frozenset[int]:
    """The positions of the words right after an opening bracket (acronym_not_the_title's only places)."""
    return frozenset(i + 1 for i in view.word_positions().get("(", ()))


@acts_on(lambda w: True)
def town_after_a_no_party(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"Et à Bruxelles, la Commission a infligé à Y une amende", "X a voté contre à Bruxelles": a town
    right after a bare "à" (no article: not "à la France") is where things happen, no party."""
    tv = t.doc
    # (it acts on every trigger: the words right after an "à" are found once per document, and the slots
    # are looked at only when one of their names stands there)
    after_a = tv.derived("after_a", _after_a)
    if not after_a:
        return
    out.drop_at(after_a, lambda name, i: i < len(tv) and " " not in name and name == tv[i].text
                and _is_town(name))


def _acronym_of_title_body(tv, index: EntityIndex, x) -> bool:
    """x is a bracketed name the parser hung on a person's title whose "de" phrase names a body before the
    bracket: "le président de la Fédération de tennis (FFT)" — the acronym is the body's, not the person's."""
    if not (isinstance(x, tuple) and len(x) == 2 and isinstance(x[1], int) and 1 < x[1] < len(tv)):
        return False
    tok = tv[x[1]]
    if tv[x[1] - 1].text != "(" or tok.dep_ != "appos" or tok.head.lower_ not in PERSON_TITLES:
        return False
    return any(c.dep_ == "nmod" and c.i < x[1] and any(index.entity_at(k) is not None
                                                      for k in range(c.left_edge.i, c.right_edge.i + 1))
               for c in tok.head.children)


@acts_on(lambda w: True)
def acronym_not_the_title(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"le président de la Fédération de tennis (FFT) a raillé X": the title stands for a person the
    sentence does not name; the bracketed acronym of its body, parsed as the title's apposition, is no party."""
    tv = t.doc
    after_bracket = tv.derived("after_bracket", _after_bracket)   # (found once per document: see above)
    if not after_bracket:
        return
    for slot in ("subj", "obj", "pass", "agent"):
        items = out.get(slot)
        if items and any(isinstance(x, tuple) and len(x) == 2 and x[1] in after_bracket for x in items) \
                and any(_acronym_of_title_body(tv, index, x) for x in items):
            out.keep(slot, lambda x: not _acronym_of_title_body(tv, index, x))
            out["_no_linear"] = []


@acts_on(lambda w: not w.verbal and w.pos == "NOUN")
def comme_title_of_participle_name(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"la nomination de Y, longtemps présenté comme le protégé de M, X, …, a …": the title after "comme" is
    said of the name the detached participle follows (Y), not of a name after the title's own "de" phrase
    (X, which the parser hung on M)."""
    if verbal or "head" not in out or case_of(t) != "comme":
        return
    part = t.head
    if part.dep_ != "acl" or part.pos_ != "VERB" or part.i > t.i or not any(x[1] > t.i for x in out["head"]):
        return
    tv = t.doc
    j = part.left_edge.i - 1
    who = index.entity_at(j - 1) if j >= 1 and tv[j].text == "," and index.kinds.get(j - 1) == "name" else None
    if who is not None and index.type_of(who) == "PER":
        out["head"] = [(who, j - 1)]
    else:
        out.keep("head", lambda x: x[1] < t.i)
    out["_no_linear"] = []


@acts_on(lambda w: w.verbal)
def relative_subject_before_qui(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"Le propriétaire, qui détient le club de Y et 45 % de Z, …": the subject of a verb whose subject is
    "qui" is the relative's antecedent, which stands before "qui"; a name after the verb (Z, in a stake the
    parser coordinated with the antecedent) is none."""
    # (only a name in a stake's "de" phrase, "45 % de Z": "celle qui oppose X à Y" reads Y as its subject)
    tv = t.doc

    def beyond(x) -> bool:
        if not (isinstance(x[1], int) and t.i < x[1] < len(tv)):
            return False
        tok = tv[x[1]]
        return tok.dep_ == "nmod" and tok.head.text == "%" and tok.head.i > t.i
    if not verbal or not any(beyond(x) for x in out.get("subj", ())):
        return
    qui = next((c for c in t.children if c.dep_ == "nsubj" and c.lower_ == "qui" and c.i < t.i), None)
    if qui is None:
        return
    out.keep("subj", lambda x: not beyond(x))
    if "subj" not in out:
        out["_no_linear"] = []


# words that open another clause: a party read along the line stops there
_CLAUSE_OPENERS = frozenset({"tandis", "alors que", "pendant que", "mais", "lorsque", "quand", "bien que",
                             "si bien que", "même si", "puisque", "car"})
_TRANSFER_LEMMAS = frozenset({"transmettre", "donner", "léguer", "céder"})


def _clause_end(t) -> int:
    """The first word after t that opens another clause ("tandis que", "alors que", "mais"), or the sentence's
    end."""
    tv = t.doc
    for j in range(t.i + 1, t.sent.end):
        w = tv[j].lower_
        if w in _CLAUSE_OPENERS or (j + 1 < len(tv) and f"{w} {tv[j + 1].lower_}" in _CLAUSE_OPENERS
                                    and tv[j].pos_ in ("ADV", "SCONJ", "ADP", "CCONJ")):
            return j
    return t.sent.end


@acts_on(lambda w: w.verbal and (w.lemma in _TRANSFER_LEMMAS or w.lem in _TRANSFER_LEMMAS))
def shares_handed_in_clause(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"Une partie des titres cédés par X a été transférée à B, tandis que C a échangé sa participation dans Y
    contre …": the heirs and the company of shares handed over, read along the line, are in the transfer's
    clause, not after "tandis que"."""
    if not verbal or not ("heirs" in out or "handed_over" in out):
        return
    end = _clause_end(t)
    for slot in ("heirs", "handed_over"):
        if slot in out:
            out.keep(slot, lambda x: not (isinstance(x[1], int) and x[1] >= end))
    if "heirs" not in out or "handed_over" not in out:
        out.pop("heirs", None)
        out.pop("handed_over", None)


_ORDER_WORDS = frozenset({"commander", "commande", "recommander"})


def _counted(tok) -> bool:
    """"36 Rafale": a name counted by a small cardinal (not a year) names units of a product."""
    return any(c.dep_ == "nummod" and c.text.isdigit() and int(c.text) < 1000 and c.i < tok.i
               for c in tok.children)


@acts_on(lambda w: w.lemma in _ORDER_WORDS or w.lem in _ORDER_WORDS or w.lower in _ORDER_WORDS)
def counted_product_no_supplier(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"X a commandé 36 Rafale", "la commande de 26 Rafale Marine": what is ordered by the count is a product,
    not the supplier paid (the maker, when named, is "auprès de Y")."""
    if t.lower_ not in _ORDER_WORDS and lemma_of(t) not in _ORDER_WORDS:
        return
    tv = t.doc
    for slot in ("obj", "prep:de"):
        items = out.get(slot)
        if items and any(isinstance(x[1], int) and 0 <= x[1] < len(tv) and _counted(tv[x[1]]) for x in items):
            out.keep(slot, lambda x: not (isinstance(x[1], int) and 0 <= x[1] < len(tv) and _counted(tv[x[1]])))
            out["_no_linear"] = []


_CANDIDATE_NOUNS = frozenset({"candidat", "candidate"})


def _candidate_named(tv, index: EntityIndex, x):
    """x is the party after "le candidat" ("la candidate Les Radicaux à la mairie de Lyon, Claire Dumas, a
    reçu…"): the person apposed after the phrase, who the clause is about; else None."""
    if not (isinstance(x, tuple) and len(x) == 2 and isinstance(x[1], int) and 0 <= x[1] < len(tv)):
        return None
    k = x[1]
    while k > 0 and index.entity_at(k - 1) == x[0]:
        k -= 1
    # ("candidate" may open the name's span, as the word that introduces it)
    opener = tv[k] if tv[k].lower_ in _CANDIDATE_NOUNS else tv[k - 1] if k >= 1 else None
    if opener is None or opener.lower_ not in _CANDIDATE_NOUNS or index.type_of(x[0]) == "PER":
        return None
    for j in range(x[1] + 1, min(x[1] + 14, len(tv) - 1)):
        if tv[j].text in (";", ":", "«", "»") or tv[j].pos_ in ("VERB", "AUX"):
            return None
        if tv[j].text == "," and index.kinds.get(j + 1) == "name" and (who := index.entity_at(j + 1)) is not None:
            return (who, j + 1) if index.type_of(who) == "PER" else None
    return None


@acts_on(lambda w: True)
def candidate_not_party(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"la candidate Les Radicaux à la mairie de Lyon, Claire Dumas, a reçu le soutien de Z": the parser makes
    the candidate's party the clause's subject; the person apposed after the phrase is."""
    tv = t.doc
    if _CANDIDATE_NOUNS.isdisjoint(tv.lower_words()):
        return   # (it acts on every trigger: most documents have no "candidat" at all)
    for slot in ("subj", "target", "head"):
        items = out.get(slot)
        if not items:
            continue
        swapped = [_candidate_named(tv, index, x) for x in items]
        if any(swapped):
            out[slot] = [y or x for x, y in zip(items, swapped)]


PREC23_READERS = Readers(
    participle_of_described_noun,   # "Y, l'éditeur de Z dirigé par X": Y
    apposed_second_object,   # "X dirige Y, la coentreprise fondée par A, la filiale de C": not C
    town_after_a_no_party,   # "Et à Bruxelles, la Commission a infligé à Y une amende": not Bruxelles
    acronym_not_the_title,   # "le président de la Fédération de tennis (FFT) a raillé X": not FFT
    comme_title_of_participle_name,   # "la nomination de Y, présenté comme le protégé de M, X, …": Y, not X
    relative_subject_before_qui,   # "Le propriétaire, qui détient Y et 45 % de Z": not Z
    shares_handed_in_clause,   # "… cédés par X a été transférée à B, tandis que C … dans Y": not Y
    counted_product_no_supplier,   # "X a commandé 36 Rafale": no supplier
    candidate_not_party,   # "la candidate Les Radicaux à la mairie de Lyon, X, a reçu …": X
)
