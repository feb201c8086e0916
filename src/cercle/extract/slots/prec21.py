"""(s21-prec21) Parties an earlier reader put in a slot that the sentence's grammar rules out.

- a passive participle has no direct object: "Y, présidé par X, finance le festival Z" (the parser made Z the
  object of "présidé"): Z is not what X presides, Y (the noun the participle describes) is;
- a title or adjective whose own "de" complement is a common noun naming nobody ("proche du président",
  "sa société de médias") does not take a "de" name borrowed from another phrase ("X, secrétaire général de
  Y et proche du président": not close to Y);
- "X, son allié au sein du parti Y": the party within which the alliance is told is not the ally.
Each test is gated on the trigger's part of speech and a look at its children only (no walk over the sentence).
"""
from __future__ import annotations

from ...mentions.entities import EntityIndex
from ..arguments import PERSON_TITLES, case_of
from .found import Found
from .gate import acts_on

_DE_CASES = frozenset({"de", "du", "des", "d'", "d’"})


@acts_on(lambda w: True)
def prec21_checks(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    if t.lemma_.lower() in _INVEST_WORDS and "prep:dans" in out:
        _invested_in_no_place(index, out)
    if verbal:
        _passive_has_no_object(t, out)
    else:
        _borrowed_de(t, index, out)
        _within_is_no_ally(out)
        _means_not_owned_by_object(t, out)
        if "head" in out:
            _head_not_title_complement(t, index, out)
            _fronted_head_unnamed(t, index, out)


def _passive_has_no_object(t, out: Found) -> None:
    """"Y, présidé par X, finance le festival Z": a past participle with an agent ("par X") and no "avoir" is
    passive; a direct object the parser gave it belongs to another verb (here "finance", tagged a noun)."""
    if "obj" not in out or "Part" not in t.morph.get("VerbForm") or t.dep_ not in ("acl", "advcl"):
        return
    children = list(t.children)
    if not any(c.dep_ == "obl:agent" for c in children):
        return
    if any(c.dep_ in ("aux", "aux:tense") for c in children):
        return   # ("X a présidé Y" is active)
    del out["obj"]


def _own_de_phrase(t):
    """The trigger's own "de" complement when it is a common noun after a determiner ("du président", "de
    médias"), else None."""
    for c in t.children:
        if c.i > t.i and c.dep_ in ("nmod", "obl", "obl:arg", "obl:mod") and c.pos_ == "NOUN" \
                and case_of(c) in _DE_CASES and c.i - t.i <= 3:
            return c
    return None


def _borrowed_de(t, index: EntityIndex, out: Found) -> None:
    """"X, secrétaire général de Y et proche du président": "proche" has its own "de" phrase, "du président",
    which names nobody; the "de Y" of the coordinated title is not its complement. Likewise "Y, sa société de
    médias qui possède Z": Z, in the relative clause, is not the "de" of "société"."""
    have = out.get("prep:de")
    if not have:
        return
    own = _own_de_phrase(t)
    if own is None:
        return
    span = range(own.left_edge.i, own.right_edge.i + 1)
    if any(index.entity_at(j) is not None for j in span):
        return   # the phrase names someone (or the parser's subtree does): leave the slot as read
    # only a complement right after the trigger ("proche du président", "société de médias")
    if any(index.entity_at(j) is not None for j in range(t.i + 1, own.i + 1)):
        return
    tv = t.doc
    kept = [x for x in have if not _borrowed(tv, t, own, x[1])]
    if kept:
        out["prep:de"] = kept
    else:
        del out["prep:de"]


def _borrowed(tv, t, own, at: int) -> bool:
    """Whether the name at ``at`` is another phrase's: before the trigger in its sentence with no "dont" between
    ("secrétaire général de Y et proche du président"; not "Y, dont le président du directoire"), or inside a
    subject relative clause after the trigger's own phrase ("sa société de médias qui possède Z")."""
    if t.sent.start <= at < t.i:
        return not any(tv[k].lower_ == "dont" for k in range(at + 1, t.i))
    if own.i < at < t.sent.end:
        return any(tv[k].lower_ == "qui" for k in range(own.i + 1, at))
    return False   # (a name resolved from a descriptor sits where its antecedent is, often in an earlier sentence)


def _within_is_no_ally(out: Found) -> None:
    """"X, son allié au sein du parti Y": Y is where X stands (MEMBER_OF through "within"), not an ally."""
    within = out.get("within")
    if not within:
        return
    names = {n for n, _ in within}
    for slot in ("prep:de", "head"):   # ("head": tidy would move a name after "de" there to "prep:de")
        have = out.get(slot)
        if not have:
            continue
        kept = [x for x in have if x[0] not in names]
        if kept:
            out[slot] = kept
        else:
            del out[slot]


_MEANS_CASES = frozenset({"via", "par", "travers"})


def _means_not_owned_by_object(t, out: Found) -> None:
    """"L'ancien PDG contrôlait Y via sa holding B": the possessive of the means names the verb's subject,
    never its object Y (what is controlled through B does not own B), however the parser hung "via sa
    holding" (on the verb or on its object)."""
    poss = out.get("poss")
    if not poss or not any(c.dep_ == "case" and c.lower_ in _MEANS_CASES for c in t.children):
        return
    verb, hops = t.head, 0
    while verb.pos_ != "VERB" and verb.head.i != verb.i and hops < 3:
        verb, hops = verb.head, hops + 1
    own = range(t.left_edge.i, t.right_edge.i + 1)
    if verb.pos_ == "VERB":
        objects = {x.i for c in verb.children if c.dep_ in ("obj", "xcomp") for x in c.subtree if x.i not in own}
    else:
        objects = set()
    # (the parser may hang the object on another word: a name between the nearest verb before and the means)
    tv = t.doc
    before = next((j for j in range(t.i - 1, max(t.sent.start, t.i - 12) - 1, -1) if tv[j].pos_ == "VERB"), None)
    if before is not None:
        objects.update(range(before + 1, t.i))
    kept = [x for x in poss if x[1] not in objects]
    if len(kept) < len(poss):
        if kept:
            out["poss"] = kept
        else:
            del out["poss"]


_DE_WORDS = frozenset({"de", "du", "d'", "d’", "des"})
# Nouns that describe a person by a bond to another ("allié de Z", "soutien de Z").
_PERSON_NOUNS = frozenset({"allié", "alliée", "soutien", "proche", "ami", "amie", "fidèle", "protégé", "protégée",
                           "lieutenant", "dauphin", "dauphine", "conseiller", "conseillère", "associé", "associée",
                           "rival", "rivale", "adversaire", "ennemi", "ennemie", "partisan", "partisane",
                           "opposant", "opposante", "mentor", "chouchou", "bras"})


def _head_not_title_complement(t, index: EntityIndex, out: Found) -> None:
    """"Le patron de Y, allié de Z, …", "le maire de Y, soutien de Z": the noun is apposed to a person named by
    a title ("le patron de Y"), not to Y, the title's complement (the person, unnamed here, is the ally)."""
    if t.lower_ not in _PERSON_NOUNS and t.lower_ not in PERSON_TITLES:
        return   # ("…, présidente de Y, la branche du groupe": a body's noun describes the body Y)
    tv = t.doc
    if t.i < 4 or tv[t.i - 1].text != "," and not (tv[t.i - 1].pos_ == "DET" and tv[t.i - 2].text == ","):
        return
    comma = t.i - 1 if tv[t.i - 1].text == "," else t.i - 2
    drop = []
    for name, at in out["head"]:
        if not (t.sent.start <= at < comma) or index.entity_at(comma - 1) != name:
            continue
        j = at
        while j > t.sent.start and index.entity_at(j - 1) == name:
            j -= 1
        k = j - 1
        while k > t.sent.start and tv[k].pos_ in ("DET", "ADJ") and tv[k].lower_ not in _DE_WORDS:
            k -= 1   # ("le patron du groupe Y": the body's kind noun between)
        if k > t.sent.start and tv[k].pos_ == "NOUN" and tv[k].text.islower() and k - 1 >= t.sent.start \
                and tv[k - 1].lower_ in _DE_WORDS:
            k -= 2   # ("le patron du groupe Y")
        if k >= t.sent.start and tv[k].lower_ in _DE_WORDS and k > t.sent.start \
                and tv[k - 1].lower_ in PERSON_TITLES and index.entity_at(k - 1) is None:
            drop.append((name, at))
    if drop:
        kept = [x for x in out["head"] if x not in drop]
        if kept:
            out["head"] = kept
        else:
            del out["head"]


def _fronted_head_unnamed(t, index: EntityIndex, out: Found) -> None:
    """"Membre de l'alliance Y, le transporteur compte Z parmi ses clients": a title opening the sentence
    describes the subject after its comma; when that subject is a common noun naming nobody, a name later in
    the clause is not the one described."""
    tv = t.doc
    start = t.sent.start
    if t.pos_ != "NOUN" or t.i != start:
        return   # (a bare title opens the sentence: with a determiner, "L'avocat de Y, le président, est X", the
                 # title is the clause's subject itself)
    comma = next((j for j in range(t.i + 1, min(t.i + 14, t.sent.end)) if tv[j].text == ","), None)
    if comma is None or comma + 2 >= t.sent.end:
        return
    det, noun = tv[comma + 1], tv[comma + 2]
    if det.pos_ != "DET" or noun.pos_ != "NOUN" or not noun.text.islower() or index.entity_at(noun.i) is not None \
            or index.entity_at(noun.i + 1) is not None:
        return   # ("la compagnie Y": the kind noun introduces the name)
    kept = [x for x in out["head"] if not (x[1] > noun.i)]
    if len(kept) < len(out["head"]):
        if kept:
            out["head"] = kept
        else:
            del out["head"]


# Words of investing in something ("investir dans Y", "ses investissements dans Y").
_INVEST_WORDS = frozenset({"investir", "investissement", "injecter", "miser"})


def _invested_in_no_place(index: EntityIndex, out: Found) -> None:
    """"X a gelé ses investissements dans l'Isère": a place the NER named, after its article (a region, a department) is where the
    money goes, not a company invested in (ONTOLOGY: places are parties only when they act)."""
    tv = out.doc
    # (a place takes its article, "dans l'Isère", "dans la Drôme"; a company rarely: "dans Technova", whose
    # name the NER may take for a place, stays)
    kept = [x for x in out["prep:dans"] if index.type_of(x[0]) != "LOC" or x[1] < 1
            or tv[x[1] - 1].lower_ not in ("la", "le", "l'", "l’", "les")]
    if len(kept) < len(out["prep:dans"]):
        if kept:
            out["prep:dans"] = kept
        else:
            del out["prep:dans"]
