"""(s31-people31) People's posts, read as mechanisms rather than wordings (word families: data/people31.yaml):

- a noun of a post or of kin the tagger took for a verb ("présidente et fondatrice de Y", "X, petit-neveu de
  Z"): told back to a noun when nothing makes it a verb (mend_person_nouns, a repair of the view run before
  the rules); and "le discret PDG de Y", "l'inamovible présidente de Y" with the adjective taken for the
  noun the title hangs on: the title is the apposition, the adjective its modifier;
- a verb of leading whose object is the organisation's whole staff or governing body ("X dirige depuis 2012
  les rédactions de Y", "X préside aux destinées de Y", "X pilote l'exécutif de Y"): X leads Y (slot
  "whole_body" of leads.whole_body);
- a seat on a board named by its holder's title, with a possessive ("X a renoncé à son siège
  d'administrateur de Y", "son mandat d'administratrice de Y"): the possessor, the verb's subject, is the
  board member (slot "head" of board.title);
- a party joined ("X s'est rallié au parti Y", "X, ralliée depuis 2022 à Y", "X est entré au Mouvement Y", "X a
  pris sa carte au parti Y"): X is a member (slots "party_joiner", "party_joined" of member.joined_party and
  member.party_card), not an ally (ally.rally keeps a person rallied to).
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

from ...mentions.entities import EntityIndex
from ...mentions.wordpos import tokens_at
from ...nlp.docview import rehang
from ...yamldata import load_yaml
from ..arguments import PERSON_TITLES, _subject_of, case_of, entities_at, lemma_of
from .found import Found
from .words import KIN_NOUNS
from .gate import Readers, acts_on


@lru_cache(maxsize=1)
def words() -> dict[str, frozenset]:
    raw = load_yaml(resources.files("cercle.extract").joinpath("data/people31.yaml").read_text("utf-8"))
    return {k: frozenset(v) for k, v in raw.items()}


_POSSESSIVES = frozenset({"son", "sa", "ses", "leur", "leurs"})
_DE = ("de", "du", "des", "d'", "d’")


def mend_person_nouns(tv) -> None:
    """Repairs of the view (relations.extract_relations runs them with the others):
    "Lina X, présidente et fondatrice de Y" / "Hugo Z, petit-neveu de W": a post or kin noun tagged a verb,
    with no auxiliary and no subject of its own, set after a comma, a determiner or "et": a noun (its lemma
    kept when the lemmatiser gave one, else the word).
    "Paul X, le discret PDG et actionnaire de Y": a determiner, a word the parser made a noun and a title hung
    on it with no preposition: the word is the title's adjective, the title takes its place."""
    nouns = words()["person_nouns"]
    n = len(tv)
    # (the person nouns and titles only, in text order: wordpos; the tests below kept, and no repair changes a word)
    for t in tokens_at(tv, (*nouns, *PERSON_TITLES)):
        low = t.lower_
        # (after a comma only a kin noun: "X, fondatrice en 1998 de Y" the verb reading already gives)
        # ((s35-reada35) tagged an adjective: "Lina Z, gérante d'Y", after a comma only)
        if t.pos_ in ("VERB", "ADJ") and low in nouns and t.i > 0 \
                and (t.pos_ == "VERB" or tv[t.i - 1].text == ",") and (
                tv[t.i - 1].lower_ in ("et", "le", "la", "l'", "l’", "son", "sa")
                or tv[t.i - 1].text == "," and low in KIN_NOUNS | words()["kin_nouns"]
                # ((s35-reada35) "Paul X, gérant d'Y", "Lina Z, fondatrice des W": after a name and its comma, with
                # its "de" right after it: a post's noun, not a participle)
                or tv[t.i - 1].text == "," and t.i >= 2 and tv[t.i - 2].pos_ == "PROPN" and t.i + 1 < n
                and tv[t.i + 1].lower_ in ("de", "d'", "d’", "du", "des")) \
                and not any(c.dep_.startswith(("aux", "nsubj")) for c in t.children):
            t.pos_ = "NOUN"
            if t.lemma_.lower() in ("", low) or t.lemma_.lower().endswith("er"):
                t.lemma_ = low
        elif t.pos_ == "NOUN" and low in PERSON_TITLES and t.dep_ == "nmod" and t.i >= 2 \
                and t.head.i == t.i - 1 and t.head.pos_ == "NOUN" and t.head.lower_ not in PERSON_TITLES \
                and not any(c.dep_ == "case" for c in t.children) \
                and any(c.dep_ == "det" and c.i == t.i - 2 for c in t.head.children) \
                and not any(c.dep_ in ("nmod", "case") and c.i < t.i for c in t.head.children) \
                and t.i + 1 < n:
            adj = t.head
            rehang(t, adj.head if adj.head is not adj else t, adj.dep_ if adj.head is not adj else "ROOT")
            for c in [c for c in adj.children if c is not t]:
                rehang(c, t, c.dep_)
            rehang(adj, t, "amod")
            adj.pos_ = "ADJ"
            if t.dep_ == "nmod" and t.head.pos_ == "PROPN" and tv[t.i - 3].text == ",":
                t.dep_ = "appos"   # ("X, le discret PDG de Y": the title set off after the name)
    from .portrait32 import mend_stage_nouns   # (s32-portrait32) "Elle a été directrice générale de Y"
    mend_stage_nouns(tv)


def _de_names(noun, index: EntityIndex) -> list:
    return [x for c in noun.children if c.dep_ == "nmod" and case_of(c) in _DE for x in entities_at(c, index)]


@acts_on(lambda w: w.verbal and w.lemma in words()["lead_verbs"])
def whole_body(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"X dirige (depuis 2012) les rédactions de Y", "X préside aux destinées de Y", "X pilote l'exécutif de
    Y": the organisation named in the whole body's "de" phrase (slot "whole_body")."""
    if not verbal or lemma_of(t) not in words()["lead_verbs"] or "whole_body" in out:
        return
    bodies = words()["whole_bodies"]
    for c in t.children:
        if c.lower_ not in bodies or c.i < t.i:
            continue
        if c.dep_ == "obj" or c.dep_.startswith("obl") and case_of(c) in words()["lead_preps"]:
            got = [x for x in _de_names(c, index) if index.type_of(x[0]) != "PER"]
            if got:
                out.put("whole_body", got[:1])
                return


@acts_on(lambda w: w.lower in words()["board_titles"])
def board_seat(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"X a renoncé à son siège d'administrateur de Y", "X conserve son mandat d'administratrice de Y": the
    subject of the verb the possessed seat hangs on holds the seat (slot "head"); the company is the title's
    "de" phrase, or the seat's ("son siège d'administrateur de Norlac Industries" split by the parser)."""
    if t.lower_ not in words()["board_titles"] or "head" in out or t.dep_ != "nmod" or case_of(t) not in _DE:
        return
    seat = t.head
    if seat.lower_ not in words()["seat_nouns"] or not any(c.dep_ == "det" and c.lower_ in _POSSESSIVES
                                                             for c in seat.children):
        return
    verb, dep = seat.head, seat.dep_
    if verb.pos_ == "NOUN" and dep == "nmod" and verb.dep_.startswith("obl") and verb.i < seat.i \
            and not any(c.dep_ == "case" and c.i > verb.i for c in seat.children):
        verb, dep = verb.head, "obj"   # ("a abandonné en mars son fauteuil de …": the seat hung on the date)
    if verb.pos_ not in ("VERB", "AUX") or dep not in ("obj", "obl", "obl:arg", "obl:mod", "nsubj"):
        return
    who = [x for x in _subject_of(verb, index) if index.type_of(x[0]) == "PER"]
    if not who:
        return
    out.put("head", who[:1])
    if "prep:de" not in out:
        out.put("prep:de", [x for x in _de_names(seat, index) if x[1] > t.i])



def _is_party(name: str, index: EntityIndex, doc) -> bool:
    from ...mentions.lexicon import fold
    from ..gov30 import more_party_names
    from .bonds import party_names
    if index.type_of(name) != "ORG":
        return False
    if fold(name).split(" ", 1)[0] in words()["party_heads"]:
        return True
    return name in party_names(index, doc) or name in more_party_names(index, doc)


def _joined_body(t, index: EntityIndex) -> list:
    """The name after "à"/"au"/"chez" in the verb's clause, past adverbs and dates ("rallié depuis 2022 au
    parti Y", which the parser hangs on the date)."""
    tv = t.doc
    end = min(t.sent.end, t.i + 10)
    for j in range(t.i + 1, end):
        w = tv[j]
        if w.text in (",", ";", ":", "(") or w.pos_ in ("VERB", "AUX") and j > t.i + 1:
            return []
        if w.lower_ in ("à", "au", "aux", "chez") and j + 1 < end:
            k = j + 1 if tv[j + 1].pos_ != "DET" else j + 2
            name = index.entity_at(k) if k < end else None
            return [(name, k)] if name is not None else []
    return []


@acts_on(lambda w: w.verbal and w.lemma in words()["join_verbs"] or w.lower in words()["card_nouns"])
def joined_party(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"X s'est rallié au parti Y", "X, ralliée depuis 2022 à Y", "X est entré au Mouvement Y", "X a pris sa
    carte au parti Y": a party joined (slot "party_joined"); the party leaves the "à" slot, which would make X
    its ally (ally.rally)."""
    if "party_joined" in out:
        return
    if verbal and lemma_of(t) in words()["join_verbs"]:
        verb = t
    elif not verbal and t.lower_ in words()["card_nouns"] and t.dep_ == "obj" \
            and lemma_of(t.head) in words()["card_verbs"] \
            and any(c.dep_ == "det" and c.lower_ in _POSSESSIVES for c in t.children):
        verb = t.head
    else:
        return
    got = [x for x in _joined_body(t, index) if _is_party(x[0], index, t.doc)]
    if not got:
        return
    who = [x for x in (out.get("subj") or out.get("pass") or _subject_of(verb, index)) if index.type_of(x[0]) == "PER"]
    if not who:
        return
    out.put("party_joined", got)
    out.put("party_joiner", who[:1])
    if "prep:à" in out:
        out["prep:à"] = [x for x in out["prep:à"] if x[0] != got[0][0]]
        if not out["prep:à"]:
            del out["prep:à"]



@acts_on(lambda w: w.lemma in words()["lead_verbs"])
def moved_to_lead(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"X, parti présider le conseil d'administration de Y", "X, venue diriger Y en 2020": the name before the
    participle's comma leads the first organisation named after the infinitive, before the next comma (slots
    "subj", "obj"; the parser breaks such clauses)."""
    if lemma_of(t) not in words()["lead_verbs"] or "obj" in out and "subj" in out or t.i < 3 \
            or t.lower_ != lemma_of(t):
        return
    tv = t.doc
    part = tv[t.i - 1]
    if part.lower_ not in words()["motion_participles"] or tv[t.i - 2].text != ",":
        return
    who = index.entity_at(t.i - 3)
    if who is None or index.type_of(who) != "PER":
        return
    if "obj" in out:   # ("X, revenue présider le conseil de Y": the object read, the subject lost on the participle)
        out.put("subj", [(who, t.i - 3)])
        return
    end = min(t.sent.end, t.i + 10)
    for j in range(t.i + 1, end):
        if tv[j].text in (",", ";", ":", "(") or tv[j].pos_ in ("VERB", "AUX"):
            return
        name = index.entity_at(j)
        if name is not None and name != who and index.type_of(name) in ("ORG", "GOV"):
            out.put("subj", [(who, t.i - 3)])
            out.put("obj", [(name, j)])
            out["_no_linear"] = []
            return


@acts_on(lambda w: w.lower in words()["fronted_former"])
def fronted_former(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"Ancien de Y, X a rejoint Z", "Ancienne de Y, elle dirige Z": the adjective opening the sentence, with its
    "de" phrase and a comma, describes the main verb's subject (slot "head" of works_for.former)."""
    if t.lower_ not in words()["fronted_former"] or "head" in out or t.i != t.sent.start or "prep:de" not in out:
        return
    verb = t.head
    if verb.pos_ not in ("VERB", "AUX") or verb.i < t.i or not any(
            w.text == "," for w in t.doc[t.right_edge.i:verb.i] if w.i > t.i):
        return
    out.put("head", [x for x in _subject_of(verb, index) if index.type_of(x[0]) == "PER"][:1])



@acts_on(lambda w: w.lower == "barre")
def witness_stand(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"X s'est avancé à la barre de la cour d'appel de Y", "X a comparu à la barre du tribunal": the witness
    stand of a court, no helm: the court is no organisation X leads (its slots are emptied)."""
    if t.lower_ != "barre" or verbal:
        return
    court = any(c.dep_ == "nmod" and case_of(c) in _DE and (c.lemma_.lower() in words()["court_nouns"] or (
        (name := index.entity_at(c.i)) is not None and name.split(" ", 1)[0].lower() in words()["court_nouns"]))
        for c in t.children)
    stand = t.dep_.startswith("obl") and case_of(t) in ("à", "au") and lemma_of(t.head) in words()["stand_verbs"]
    if not (court or stand):
        return
    for key in [k for k in out if not k.startswith("_")]:
        del out[key]
    out["_no_linear"] = []


@acts_on(lambda w: w.lower in PERSON_TITLES)
def own_complement(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"X, patron de A et promoteur de B": B is the second title's complement, not the first's (the title keeps the
    "de" names before the noun coordinated with it, when it has one of its own)."""
    if t.lower_ not in PERSON_TITLES or verbal or len(out.get("prep:de", ())) < 2:
        return
    for c in t.children:
        if c.dep_ != "conj" or c.pos_ != "NOUN" or c.i < t.i or index.entity_at(c.i) is not None:
            continue
        if not any(k.dep_ == "nmod" and t.i < k.i < c.i and case_of(k) in _DE and entities_at(k, index)
                   for k in t.children):
            continue
        theirs = {x[0] for x in _de_names(c, index)}
        kept = [x for x in out["prep:de"] if not (x[1] > c.i and x[0] in theirs)]
        if kept and len(kept) < len(out["prep:de"]):
            out["prep:de"] = kept



@acts_on(lambda w: w.verbal and w.lemma in words()["lead_verbs"])
def co_leader(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"X pilote la société avec Z", "X dirige Y avec Z depuis 2019": the person the verb of leading names with
    "avec" shares the helm (slot "subj")."""
    if not verbal or lemma_of(t) not in words()["lead_verbs"] or not out.get("subj"):
        return
    mates = [x for c in t.children if c.dep_.startswith("obl") and case_of(c) == "avec" and c.i > t.i
             for x in entities_at(c, index) if index.type_of(x[0]) == "PER"]
    if mates and any(index.type_of(x[0]) == "PER" for x in out["subj"]):
        out.put("subj", mates[:2])


def _place_after(t, index: EntityIndex) -> list:
    """The organisation right after "à"/"au"/"chez" following the participle or verb (past the time noun)."""
    tv = t.doc
    end = min(t.sent.end, t.i + 8)
    for j in range(t.i + 1, end):
        w = tv[j]
        if w.text in (",", ";", ":", "(") or w.pos_ in ("VERB", "AUX"):
            return []
        if w.lower_ in ("à", "au", "aux", "chez") and j + 1 < end:
            k = j + 1 if tv[j + 1].pos_ != "DET" else j + 2
            name = index.entity_at(k) if k < end else None
            return [(name, k)] if name is not None and index.type_of(name) in ("ORG", "GOV") else []
    return []


@acts_on(lambda w: w.lemma in words()["spend_verbs"])
def time_spent(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"après huit années passées au club Y", "X a passé quinze ans chez Y": X worked for Y (slots "spent_by",
    "spent_at" of works_for.time_spent); the place leaves the slots of a party switch (member.switched)."""
    if lemma_of(t) not in words()["spend_verbs"] or "spent_at" in out:
        return
    times = words()["time_nouns"]
    after = None   # ("après huit années passées à Y" with the time noun hung on the participle)
    if t.dep_ == "acl" and t.head.lower_ in times:
        noun = t.head
    elif (after := next((c for c in t.children if c.lower_ in times and c.i < t.i and case_of(c) == "après"),
                        None)) is not None:
        noun = after
    elif t.i > 2 and t.doc[t.i - 1].lower_ in times and t.doc[t.i - 1].head is not t \
            and any(w.lower_ == "après" for w in t.doc[max(t.sent.start, t.i - 5):t.i - 1]):
        noun = after = t.doc[t.i - 1]   # ("X, …, après huit années passées à Y": noun and participle both hung on X)
    else:
        noun = next((c for c in t.children if c.dep_ == "obj" and c.lower_ in times), None)
        if noun is None:
            return
    at = _place_after(t, index)
    if not at:
        return
    who = []
    if after is not None and t.dep_ == "acl" and index.kinds.get(t.head.i) == "name" \
            and not any(c.dep_ == "case" for c in t.head.children):   # (not "avec X après dix ans passés à Y")
        who = [x for x in entities_at(t.head, index) if index.type_of(x[0]) == "PER"][:1]
    if who:
        pass
    elif noun is not t.head and after is None:
        who = [x for x in _subject_of(t, index) if index.type_of(x[0]) == "PER"]
    else:
        root = t.sent.root
        who = [x for x in _subject_of(root, index) if index.type_of(x[0]) == "PER"] if root.pos_ in ("VERB", "AUX") \
            else []
        if not who:   # ("X, directeur de Z depuis 2024 après huit années passées à Y, …": the name the phrase is about)
            j = t.sent.start   # (only a name opening the sentence: "X, directeur de Z …, après dix ans passés à Y")
            who = [(index.entity_at(j), j)] if index.kinds.get(j) == "name" and index.entity_at(j) is not None \
                and index.type_of(index.entity_at(j)) == "PER" else []
    if not who:
        return
    out.put("spent_by", who[:1])
    out.put("spent_at", at)
    for key in ("prep:à", "prep:au", "prep:chez"):
        if key in out:
            out[key] = [x for x in out[key] if x[0] != at[0][0]]
            if not out[key]:
                del out[key]
    out["_no_linear"] = []


PEOPLE31_READERS = Readers(whole_body, board_seat, joined_party, moved_to_lead, fronted_former, witness_stand,
                           own_complement, co_leader, time_spent)
