"""(s24-fights24) Conflict gaps of French:

- sanctions received: "La chaîne Y accumule les mises en demeure et les amendes de X", "Y a accumulé les
  sanctions de X, dont une amende record", "Y a écopé d'une amende infligée par X": X sanctions Y (slots
  "sanctioner", "sanctioned" of opposes.fines_received). The fine's own rules (opposes.fine, opposes.fine_imposer)
  read the one who imposes as the clause's subject; here the clause's subject is the one fined.
"""
from __future__ import annotations

from ...mentions.entities import EntityIndex
from ..arguments import _subject_of, case_of, entities_at, lemma_of
from .found import Found
from .gate import Readers, acts_on

_SANCTION_NOUNS = frozenset({"amende", "amendes", "pénalité", "pénalités", "sanction", "sanctions"})
# verbs of sanctions piling up on, or falling on, their subject
_RECEIVING_VERBS = frozenset({"accumuler", "collectionner", "cumuler", "essuyer", "écoper", "encourir",
                              "multiplier"})


@acts_on(lambda w: w.pos == "NOUN" and w.lower in _SANCTION_NOUNS)
def fines_received(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"Y accumule les amendes de X", "Y a écopé d'une amende infligée par X": X sanctions Y."""
    if t.pos_ != "NOUN" or t.lower_ not in _SANCTION_NOUNS or not out.wants("sanctioner", "sanctioned"):
        return
    # the noun, or the last of coordinated nouns ("les mises en demeure et les amendes de X"), under the verb
    # (the parser may hang the second on the first's own "en": "mises en demeure")
    top = t
    if t.dep_ == "conj" and t.head.pos_ == "NOUN":
        top = t.head
        if top.dep_ == "nmod" and case_of(top) == "en" and top.head.pos_ == "NOUN":
            top = top.head
    # "a écopé de 8 milliards d'euros d'amendes": the fine hangs on the sum
    # ("de 76 millions et de 62 millions d'euros d'amende": and on a sum coordinated with another)
    for _ in range(3):
        if top.dep_ in ("nmod", "conj") and top.head.pos_ == "NOUN" and top.head.lower_ in _SUM_WORDS:
            top = top.head
    verb = top.head
    if top.dep_ not in ("obj", "obl:arg", "obl", "obl:mod") or verb.pos_ != "VERB" \
            or lemma_of(verb) not in _RECEIVING_VERBS:
        return
    if lemma_of(verb) == "écoper" and case_of(top) not in ("de", "d'", "d’"):
        return
    # who imposes: "les amendes de X" (not an amount: "une amende de 3 millions" names no one), or "infligée par X"
    by = [x for c in t.children if c.dep_ == "nmod" and case_of(c) in ("de", "du", "des", "d'", "d’")
          for x in entities_at(c, index)]
    by += [x for v in t.children if v.dep_ == "acl" and v.pos_ == "VERB"
           for a in v.children if a.dep_ == "obl:agent" for x in entities_at(a, index)]
    by = [x for x in by if index.type_of(x[0]) in ("ORG", "GOV")]
    if not by and lemma_of(verb) == "écoper":
        # "Y a écopé de N d'amende" after "X a infligé une amende à Z": the regulator the article shows fining
        by = _last_fine_imposer(t, index)
    if not by:
        return
    # the one fined by name only: a description ("la chaîne") found its antecedent wrongly in a passage of read20
    # (the group above the channel), and the sanction would then fall on the wrong company
    fined = [x for x in _subject_of(verb, index) if x[0] not in {n for n, _ in by} and _named_at(x, t.doc, index)]
    if not fined:
        # "Les deux grossistes du groupe, A et B, écopent de …": the names set after a comma in the subject's phrase
        doc = t.doc
        fined = [(index.entity_at(k.i), k.i) for c in verb.children if c.dep_ == "nsubj" for k in c.subtree
                 if k.i > c.i and index.kinds.get(k.i) == "name" and doc[k.i - 1].text in (",", "et")
                 and index.entity_at(k.i) is not None and index.type_of(index.entity_at(k.i)) in ("ORG", "PER")]
        fined = [x for x in fined if x[0] not in {n for n, _ in by}]
    if fined:
        out.put("sanctioner", by[:1])
        out.put("sanctioned", fined)
        out["_no_linear"] = []


_SUM_WORDS = frozenset({"millions", "million", "milliards", "milliard", "euros", "dollars", "francs", "livres"})
_FINING_VERBS = frozenset({"infliger", "imposer"})


def _last_fine_imposer(t, index: EntityIndex) -> list[tuple[str, int]]:
    """The one who imposed the nearest fine told before the trigger's sentence (its subject, named, a body or a
    state), within sixteen sentences (blank lines between paragraphs count as sentences); none when that sentence's
    fine has no such subject."""
    doc = t.doc
    for k in words_before(t, 16):
        if k.pos_ == "VERB" and lemma_of(k) in _FINING_VERBS and any(
                c.dep_ == "obj" and c.lower_ in _SANCTION_NOUNS for c in k.children):
            return [x for c in k.children if c.dep_ == "nsubj" for x in entities_at(c, index)
                    if index.type_of(x[0]) in ("ORG", "GOV") and _named_at(x, doc, index)][:1]
    return []


def words_before(t, sentences: int):
    """The words before the trigger's sentence, last first, through ``sentences`` sentences (the first word of
    the last one included): where a reader looks back for the act a second mention refers to."""
    doc = t.doc
    seen = 0
    j = t.sent.start - 1
    while j >= 0 and seen < sentences:
        k = doc[j]
        if k.is_sent_start:
            seen += 1
        yield k
        j -= 1


def _named_at(x, doc, index: EntityIndex) -> bool:
    """Whether the party (name, token) is named there: the token, or a word of its phrase ("la chaîne Y"), is its
    name, not a description or a pronoun."""
    name, i = x
    if i < 0:
        return False
    if index.kinds.get(i) == "name":
        return True
    return any(index.kinds.get(k.i) == "name" and index.by_token.get(k.i) == name for k in doc[i].subtree
               if abs(k.i - i) < 6)


# a legal action one backs: "X a soutenu la plainte (de Y)", "X, qui avait soutenu la démarche"
_BACKING_VERBS = frozenset({"soutenir", "appuyer", "épauler"})
_ACTION_NOUNS = frozenset({"plainte", "démarche", "recours", "action", "procédure", "assignation", "requête"})
_SUIT_NOUNS = frozenset({"plainte", "plaintes", "assignation", "recours"})
_SUIT_VERBS = frozenset({"assigner", "poursuivre", "attaquer"})
_FILE_VERBS = frozenset({"porter", "déposer", "intenter", "engager", "introduire"})


@acts_on(lambda w: w.verbal and w.lemma in _BACKING_VERBS)
def backed_action(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"X a soutenu la plainte de Y", "Y a assigné Z en référé. … X, qui avait soutenu la démarche, …": backing
    someone's legal action is siding with them (slot "backed_plaintiff" of ally.backed_action). Without a "de Y",
    the plaintiff is the one of the nearest legal action told in the three sentences before (a complaint "de Y",
    or the subject of "assigner", "poursuivre", "attaquer", "porter / déposer plainte"); none when that action names
    no plaintiff."""
    if not verbal or lemma_of(t) not in _BACKING_VERBS or not out.wants("backed_plaintiff"):
        return
    obj = next((c for c in t.children if c.dep_ == "obj" and c.pos_ == "NOUN" and c.lower_ in _ACTION_NOUNS), None)
    if obj is None:
        return
    own = [x for c in obj.children if c.dep_ == "nmod" and case_of(c) in ("de", "du", "des", "d'", "d’")
           for x in entities_at(c, index)]
    if not own:
        if not any(c.dep_ == "det" and c.lower_ in ("la", "le", "l'", "l’", "cette", "ce", "cet") for c in obj.children):
            return   # ("soutenir une action": not one told before)
        own = _last_plaintiff(t, index)
    backers = {n for n, _ in _subject_of(t, index)}
    got = [x for x in own if index.type_of(x[0]) in ("PER", "ORG", "GOV") and x[0] not in backers]
    if got:
        out.put("backed_plaintiff", got[:1])


def backs_an_action(sent) -> bool:
    """A sentence naming one party that backs a legal action told before ("Le français X avait soutenu la
    plainte"): read though it names one party only (relations.py), the plaintiff is found before it."""
    return any(t.pos_ == "VERB" and lemma_of(t) in _BACKING_VERBS and any(
        c.dep_ == "obj" and c.lower_ in _ACTION_NOUNS for c in t.children) for t in sent)


def _last_plaintiff(t, index: EntityIndex) -> list[tuple[str, int]]:
    """The plaintiff of the nearest legal action before the trigger's sentence, in the three sentences before."""
    for k in words_before(t, 3):
        if k.pos_ == "NOUN" and k.lower_ in _SUIT_NOUNS:
            by = [x for c in k.children if c.dep_ == "nmod" and case_of(c) in ("de", "du", "des", "d'", "d’")
                  for x in entities_at(c, index)]
            if by:
                return by
            v = k.head
            if k.dep_ == "obj" and v.pos_ == "VERB" and lemma_of(v) in _FILE_VERBS:
                return _subject_of(v, index)
            return []
        if k.pos_ == "VERB" and lemma_of(k) in _SUIT_VERBS:
            return _subject_of(k, index)
    return []


# nouns of a fight whose sides the parser may not find, so that the nearest names stand in for them
_FIGHT_NOUNS = frozenset({"rivalité", "rivalités", "concurrence", "guerre", "bataille", "lutte", "duel", "conflit",
                          "affrontement", "compétition"})


@acts_on(lambda w: w.pos == "NOUN" and w.lower in _FIGHT_NOUNS)
def examples_of_one_side(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"la rivalité avec les autres grandes équipes, comme A ou B": A and B are examples of the same side (the
    other teams), never the two sides of the fight: the nearest names may not stand in for its parties (a
    mechanism fault: read24 paired A and B)."""
    if t.pos_ != "NOUN" or t.lower_ not in _FIGHT_NOUNS:
        return
    for c in t.children:
        if c.dep_ == "nmod" and c.pos_ == "NOUN" and case_of(c) in ("avec", "contre", "face") \
                and "Plur" in c.morph.get("Number") and index.entity_at(c.i) is None:
            end = c.right_edge.i
            doc = t.doc
            if end + 2 < len(doc) and doc[end + 1].text == "," and doc[end + 2].lower_ in ("comme", "notamment"):
                # the examples, up to the clause's next comma: no slot keeps them (the parser may hang them on
                # the noun itself, as its subject or head)
                names = set()
                for j in range(end + 3, min(t.sent.end, end + 20)):
                    if doc[j].text in (",", ";", ".", ")") or doc[j].pos_ in ("VERB", "AUX"):
                        break
                    n = index.entity_at(j)
                    if n is not None:
                        names.add(n)
                for k in [k for k in out if not k.startswith("_")]:
                    kept = [x for x in out[k] if x[0] not in names]
                    if len(kept) != len(out[k]):
                        if kept:
                            out[k] = kept
                        else:
                            del out[k]
                out["_no_linear"] = []
                return


_COURT_VERBS = frozenset({"assigner", "attaquer", "poursuivre", "citer"})


@acts_on(lambda w: w.verbal and w.lemma in _COURT_VERBS)
def summoned_in_summary(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"X a assigné en référé la filiale Y": the parser takes "référé" for a verb and "la filiale Y" for its
    object; Y is the one summoned (slot "obj" of sues.verb)."""
    if not verbal or lemma_of(t) not in _COURT_VERBS or "obj" in out:
        return
    for c in t.children:
        if c.dep_ in ("xcomp", "obl", "obl:mod", "advcl") and c.lower_ in ("référé", "référés") and c.i == t.i + 2 \
                and t.doc[t.i + 1].lower_ == "en":
            got = [x for k in c.children if k.dep_ == "obj" for x in entities_at(k, index)]
            if got:
                out.put("obj", got)
            return


_TURNING_DOWN = frozenset({"rejeter", "repousser", "refuser", "décliner", "éconduire", "juger", "qualifier", "estimer",
                           "considérer", "trouver"})


@acts_on(lambda w: w.verbal and w.lemma in _TURNING_DOWN)
def joint_offer_turned_down(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"Y a rejeté l'offre commune de A, B et C", "l'offre déposée conjointement par A, B et C": a joint offer of
    several buyers turned down is a price refused in a sale, no feud with each of them (opposes.offer_turned_down
    reads none; the bid itself stays a BIDS_FOR, status rejected: slots "joint_bidder", "joint_target" of
    bids.joint_turned_down). Two passages of read22 and read23."""
    if not verbal or lemma_of(t) not in _TURNING_DOWN or "offer_bidder" not in out:
        return
    doc = t.doc
    for name, j in out["offer_bidder"]:
        if j < 0:
            continue
        # the bidder listed with another name ("de A, B et C", "par A, B et C"), read as a line: the parser
        # hangs the list's names anywhere
        end = j
        while end + 1 < len(doc) and index.entity_at(end + 1) == name:
            end += 1
        nxt = index.entity_at(end + 2) if end + 2 < len(doc) and doc[end + 1].text in (",", "et") else None
        if nxt is not None and nxt != name and index.kinds.get(end + 2) == "name" and index.type_of(nxt) == "ORG":
            # (the bid itself stays: bids.joint_turned_down reads the same parties from their own slots)
            out["joint_bidder"] = out.pop("offer_bidder")
            if "offer_target" in out:
                out["joint_target"] = out.pop("offer_target")
            return


FIGHTS24_READERS = Readers(fines_received, backed_action, examples_of_one_side, summoned_in_summary,
                           joint_offer_turned_down)
