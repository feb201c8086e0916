"""(s29-fights29) Conflict and legal gaps of French, read as mechanisms:

- a fine challenged by the one it hit: "Y demandait l'annulation de l'amende infligée par X", "Y conteste la
  sanction que lui a infligée X", "Y a fait appel de la pénalité prononcée par X": Y sues X, X sanctions Y
  (slots "fine_challenger", "challenged_imposer" of sues.fine_challenged and opposes.fine_challenged); the one
  fined, when the fine names it ("infligée par X à Z"), is Z (read28 ho-832, blind28 ho-848: the imposer was
  read, the fined one never).
"""
from __future__ import annotations

from ...mentions.entities import EntityIndex
from ..arguments import _subject_of, case_of, entities_at, extend_list, extend_list_left, lemma_of
from .found import Found
from .gate import Readers, acts_on

_FINES = frozenset({"amende", "amendes", "sanction", "sanctions", "pénalité", "pénalités", "astreinte", "astreintes"})
# participles that impose a fine ("infligée par X", "prononcée par X")
_IMPOSE = frozenset({"infliger", "prononcer", "imposer", "décider", "notifier"})
# acts of one who asks a fine be undone ("l'annulation de l'amende", "un recours contre la sanction")
_UNDO_NOUNS = frozenset({"annulation", "suspension", "réformation", "réduction", "contestation", "recours", "appel",
                         "révision", "levée"})
# verbs that ask for, bring or win those acts ("demander l'annulation", "déposer un recours", "obtenir la levée")
_ASK_VERBS = frozenset({"demander", "réclamer", "solliciter", "obtenir", "requérir", "exiger", "plaider", "déposer",
                        "former", "introduire", "engager", "interjeter", "faire", "lancer"})
# verbs that challenge the fine itself ("contester l'amende", "attaquer la sanction")
_CHALLENGE_VERBS = frozenset({"contester", "attaquer", "déférer", "combattre"})
_SUMS = frozenset({"million", "millions", "milliard", "milliards", "euros", "dollars", "m€", "md€"})


def _imposer_of(t, index: EntityIndex) -> list:
    """The body a fine's participle or relative names: "l'amende (de N) infligée par X", "l'amende que lui a
    infligée X" (the subject set after the verb, which the parser takes for its object)."""
    heads = [t, *(k for k in t.children if k.dep_ == "nmod" and k.lower_ in _SUMS)]
    heads += [m for k in heads[1:] for m in k.children if m.dep_ == "nmod" and m.lower_ in _SUMS]
    got = []
    for h in heads:
        for p in h.children:
            if p.pos_ != "VERB" or lemma_of(p) not in _IMPOSE or p.i < h.i:
                continue
            if p.dep_ == "acl":
                got += [x for k in p.children if k.dep_ == "obl:agent" for x in entities_at(k, index)]
            if p.dep_ in ("acl:relcl", "acl", "ccomp") and any(k.lower_ in ("que", "qu'", "qu’") and k.i < p.i
                                                                for k in p.children):
                # ("l'amende que lui a infligée X": a relative whose subject follows the verb)
                got += [x for k in p.children if k.dep_ in ("obj", "nsubj") and k.i > p.i for x in entities_at(k, index)]
    # ("Y conteste l'amende que lui a infligée X": the relative hung on the verb as its clause)
    if not got and t.dep_ == "obj":
        for p in t.head.children:
            if p.i > t.i and p.dep_ == "ccomp" and p.pos_ == "VERB" and lemma_of(p) in _IMPOSE and any(
                    k.dep_ == "mark" and k.lower_ in ("que", "qu'", "qu’") and k.i == t.right_edge.i + 1
                    for k in p.children):
                got += [x for k in p.children if k.dep_ in ("obj", "nsubj") and k.i > p.i for x in entities_at(k, index)]
    return got


def _fined_named(t, index: EntityIndex) -> list:
    """"l'amende infligée par X à Z": Z, the fine's "à" phrase on its participle."""
    heads = [t, *(k for k in t.children if k.dep_ == "nmod" and k.lower_ in _SUMS)]
    return [x for h in heads for p in h.children if p.dep_ == "acl" and lemma_of(p) in _IMPOSE
            for k in p.children if k.dep_.startswith(("obl", "iobj")) and case_of(k) in ("à", "au", "aux")
            for x in entities_at(k, index)]


def _challenger_of(t, index: EntityIndex) -> list:
    """Who challenges the fine: the subject of "contester l'amende", of "demander l'annulation de l'amende", of
    "faire appel de la sanction", of "déposer un recours contre la sanction"."""
    node = t
    if t.dep_ == "obj" and t.head.pos_ == "VERB" and lemma_of(t.head) in _CHALLENGE_VERBS:
        return _subject_of(t.head, index)
    if t.dep_ in ("nmod", "obl", "obl:arg", "obl:mod") and case_of(t) in ("de", "d'", "d’", "du", "des", "contre"):
        node = t.head
    if node is t:
        return []
    if node.pos_ == "VERB" and lemma_of(node) == "faire" and t.dep_.startswith("obl") and any(
            c.dep_ == "obj" and c.lower_ in ("appel", "recours", "opposition") and c.i < t.i for c in node.children):
        return _subject_of(node, index)   # ("Y a fait appel de l'amende": the "de" phrase hung on the verb)
    if node.lower_ not in _UNDO_NOUNS:
        return []
    verb = node.head
    if node.dep_ == "obj" and verb.pos_ == "VERB" and lemma_of(verb) in _ASK_VERBS | _CHALLENGE_VERBS:
        return _subject_of(verb, index)
    return []


_NOT = frozenset({"pas", "jamais", "point", "guère", "ne", "n'", "n’"})


def _denied(t) -> bool:
    """A negation on one of the verbs that govern the fine ("n'a pas contesté", "ne demande pas l'annulation")."""
    h = t
    for _ in range(4):
        if h.pos_ == "VERB" and any(c.lower_ in _NOT for c in h.children):
            return True
        if h.head.i == h.i:
            return False
        h = h.head
    return False


@acts_on(lambda w: w.pos == "NOUN" and w.lower in _FINES)
def fine_challenged(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"Y demandait l'annulation de l'amende infligée par X": Y sues X (slots "fine_challenger",
    "challenged_imposer"), X sanctions Y (or the one the fine names)."""
    if t.pos_ != "NOUN" or t.lower_ not in _FINES or out.get("fine_challenger"):
        return
    imposer = _imposer_of(t, index)
    if not imposer:
        return
    by = {n for n, _ in imposer}
    challenger = [x for x in _challenger_of(t, index) if x[0] not in by]
    if not challenger:
        return
    fined = [x for x in _fined_named(t, index) if x[0] not in by] or challenger
    out.put("fine_challenger", challenger[:1])
    out.put("challenged_imposer", imposer[:1])
    if not _denied(t):   # ("Y n'a pas contesté l'amende infligée par X": the appeal is denied, not the fine)
        out.put("challenged_fined", fined[:1])
    out["_no_linear"] = []


_COMPETITION = frozenset({"concurrence", "compétition", "concurrent", "concurrente", "concurrents", "concurrentes"})


def _names_after(t, index: EntityIndex, stop_at_comma: bool = True) -> list:
    """The names told after ``t`` up to the phrase's end (a comma, a semicolon, the sentence's end)."""
    got, doc = [], t.doc
    for k in doc[t.i + 1:t.sent.end]:
        if k.text in (";", ":", "(", "«") or stop_at_comma and k.text == ",":
            break
        name = index.entity_at(k.i)
        if name is not None and index.kinds.get(k.i) == "name" and name not in [n for n, _ in got]:
            got.append((name, k.i))
    return got


@acts_on(lambda w: w.pos == "NOUN" and w.lower in _COMPETITION)
def competition_faced_ahead(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"Face à la concurrence de Y (et de Z), X baisse ses prix", "X, face à la concurrence de Y, …", "X fait face
    à la concurrence de Y": X competes with Y and Z (slots "facing", "faced_rivals" of competes.competition_faced)."""
    if t.pos_ != "NOUN" or t.lower_ not in _COMPETITION or out.get("facing") or t.i < 3:
        return
    doc = t.doc
    j = t.i - 1
    if doc[j].pos_ == "DET" or doc[j].lower_ in ("l'", "l’"):
        j -= 1
    if doc[j].lower_ == "aux" and doc[j - 1].lower_ == "face":
        pass
    elif not (doc[j].lower_ == "à" and doc[j - 1].lower_ == "face"):
        return
    face = doc[j - 1]
    rivals = _names_after(t, index)
    if not rivals or doc[t.i + 1].lower_ not in ("de", "du", "des", "d'", "d’", "venue", "venant"):
        return
    first = face.i == t.sent.start or doc[face.i - 1].text == ","
    facing = []
    if face.i > t.sent.start and doc[face.i - 1].lemma_.lower() == "faire":
        facing = _subject_of(doc[face.i - 1], index)   # ("X fait face à la concurrence de Y")
    elif face.i == t.sent.start:
        # ("Face à la concurrence de Y, X …": the main clause's subject after the phrase's comma)
        end = next((k.i for k in doc[t.i + 1:t.sent.end] if k.text == ","), None)
        if end is not None:
            for k in doc[end + 1:t.sent.end]:
                if k.dep_ == "nsubj" and k.head.i > k.i:
                    facing = entities_at(k, index)
                    break
                if k.pos_ in ("VERB", "AUX") and "Fin" in k.morph.get("VerbForm"):
                    break   # (not a participle set between: "…de Y, racheté depuis par Z, X a …")
    elif first and face.i >= 2:
        # ("X, face à la concurrence de Y, …": the name before the comma)
        name = index.entity_at(face.i - 2)
        if name is not None and index.kinds.get(face.i - 2) == "name":
            facing = [(name, face.i - 2)]
    facing = [x for x in facing if x[0] not in {n for n, _ in rivals}]
    if facing:
        out.put("facing", facing[:1])
        out.put("faced_rivals", rivals)
        out["_no_linear"] = []


_SEEING = frozenset({"voir", "percevoir", "considérer", "identifier", "redouter", "craindre"})


@acts_on(lambda w: w.pos == "NOUN" and w.lower in _COMPETITION)
def seen_as_rival(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"A et B voient dans Y un concurrent (frontal)": A and B compete with Y (slots "facing", "faced_rivals")."""
    if t.pos_ != "NOUN" or t.lower_ not in _COMPETITION or out.get("facing"):
        return
    if not any(c.dep_ == "det" and c.lower_ in ("un", "une", "des", "le", "la", "l'", "l’") for c in t.children):
        return
    # (the parser hangs the noun on the "dans" phrase as its apposition, or on a word of the name)
    verb = next((h for h in list(t.ancestors)[:3] if h.pos_ == "VERB" and lemma_of(h) in _SEEING), None)
    if verb is None:
        return
    seen = [x for c in verb.children if c.dep_.startswith("obl") and case_of(c) == "dans" and c.i < t.i
            for x in entities_at(c, index)]
    who = [x for x in _subject_of(verb, index) if x[0] not in {n for n, _ in seen}]
    if seen and who:
        subj = [c for c in verb.children if c.dep_ == "nsubj"]
        if subj and subj[0].pos_ in ("NOUN", "PROPN"):
            who = who + [x for k in subj[0].subtree for x in entities_at(k, index)
                         if x[1] == k.i and x[0] not in {n for n, _ in who + seen}]
        out.put("facing", who)
        out.put("faced_rivals", seen[:1])
        out["_no_linear"] = []


@acts_on(lambda w: w.verbal and w.lemma == "mesurer")
def measured_against(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"X se mesure à Y (et à Z)": X competes with (a company) or opposes (a person) Y (slot "measured_against")."""
    if not verbal or lemma_of(t) != "mesurer" or out.get("measured_against"):
        return
    if not any(c.lower_ in ("se", "s'", "s’") for c in t.children):
        return
    phrases = [c for c in t.children if c.dep_.startswith(("obl", "iobj")) and case_of(c) in ("à", "au", "aux")
               and c.i > t.i]
    phrases += [k for c in phrases for k in c.conjuncts if k.i > c.i]
    got = []
    for c in phrases:
        for x in entities_at(c, index):
            if x[0] not in [n for n, _ in got]:
                got.append(x)
    who = [x for x in _subject_of(t, index) if x[0] not in {n for n, _ in got}]
    if got and who:
        out.put("measurer", who[:1])
        out.put("measured_against", got)


def _name_at(doc, index: EntityIndex, i: int):
    """(name, first token, last token) of the name that starts at or after ``i`` past determiners and one
    descriptor noun ("la société X", "au distributeur X"), or None."""
    j = i
    while j < len(doc) and (doc[j].pos_ == "DET" or doc[j].lower_ in ("l'", "l’")):
        j += 1
    if j < len(doc) and index.kinds.get(j) == "introducer":
        j += 1
    if j >= len(doc) or index.kinds.get(j) != "name":
        return None
    name = index.entity_at(j)
    k = j
    while k + 1 < len(doc) and index.entity_at(k + 1) == name:
        k += 1
    return name, j, k


@acts_on(lambda w: w.verbal and w.lemma == "opposer")
def set_against_apposed(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"Le dossier oppose X, la filiale de Z, à Y", "un différend qui oppose X, l'ancien patron de Z, à Y": X is
    set against Y; the apposition between commas is X's, not a party (slot "opposed_pair")."""
    if not verbal or lemma_of(t) != "opposer" or out.get("opposed_pair"):
        return
    doc = t.doc
    if any(c.lower_ in ("se", "s'", "s’") for c in t.children):
        return   # ("X s'oppose à Y": read by the verb's own rules)
    if any(i < t.i for _, i in _subject_of(t, index)):
        return   # (a party that sets two others against each other is read elsewhere; a name after the verb is
        # its object taken for an inverted subject)
    first = _name_at(doc, index, t.i + 1)
    if first is None:
        return
    a, _, end = first
    k = end + 1
    if k < len(doc) and doc[k].text == ",":
        close = next((m for m in range(k + 1, min(k + 15, t.sent.end)) if doc[m].text == ","), None)
        if close is None:
            return
        k = close + 1
    if k >= len(doc) or doc[k].lower_ not in ("à", "au", "aux"):
        return
    second = _name_at(doc, index, k + 1) if doc[k].lower_ == "à" else _name_at(doc, index, k + 1) or None
    if second is None or second[0] == a:
        return
    out.put("opposed_pair", [(a, first[1]), (second[0], second[1])])


_TRIAL_WORDS = frozenset({"tribunal", "cour", "juges", "juge", "juridiction", "assises", "prud'hommes"})


@acts_on(lambda w: w.verbal and w.lemma in ("renvoyer", "traduire", "citer"))
def sent_to_trial_participle(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"Y, renvoyé devant le tribunal correctionnel par le parquet X, …", "Renvoyée devant la cour par X, Y …": a
    participle set beside the one sent to trial (slot "sent_to_trial"; the "par" phrase is the prosecutor, slot
    "agent")."""
    if not verbal or lemma_of(t) not in ("renvoyer", "traduire", "citer") or out.get("sent_to_trial"):
        return
    if "Part" not in t.morph.get("VerbForm") or any(c.dep_.startswith("aux") for c in t.children):
        return
    doc = t.doc
    court = [c for c in t.children if case_of(c) == "devant" and c.lower_ in _TRIAL_WORDS]
    agent = [x for c in t.children if case_of(c) == "par" and c.i > t.i and c.lower_ not in _TRIAL_WORDS
             for x in entities_at(c, index)]
    if not court or not agent:
        return
    who = []
    if t.i >= 2 and doc[t.i - 1].text == ",":
        name = index.entity_at(t.i - 2)   # ("Y, renvoyé devant …")
        if name is not None and index.kinds.get(t.i - 2) in ("name", "pronoun", "descriptor", "introducer"):
            who = [(name, t.i - 2)]
    elif t.i == t.sent.start:
        # ("Renvoyé devant le tribunal par X, Y conteste …": the main clause's subject after the phrase's comma)
        end = next((k.i for k in doc[t.i + 1:t.sent.end] if k.text == ","), None)
        if end is not None:
            who = next((entities_at(k, index) for k in doc[end + 1:t.sent.end]
                        if k.dep_ == "nsubj" and k.head.i > k.i), [])
    if not who and t.i >= 1 and doc[t.i - 1].text == "," and t.dep_ in ("advcl", "acl", "conj", "xcomp") \
            and t.head.pos_ == "VERB" and t.head.i < t.i and "Fin" in t.head.morph.get("VerbForm"):
        # ("X comparaît pour corruption, renvoyé devant le tribunal par Z": the participle closing the clause
        # is said of its subject)
        who = _subject_of(t.head, index)
    elif not who and t.i >= 1 and doc[t.i - 1].text == "," and t.dep_ == "acl" and index.entity_at(t.head.i) is None:
        # (the participle hung on the clause's last noun: "X comparaît pour corruption, renvoyé …")
        root = t.sent.root
        if root.pos_ == "VERB" and root.i < t.i and "Fin" in root.morph.get("VerbForm"):
            who = _subject_of(root, index)
    who = [x for x in who if x[0] not in {n for n, _ in agent}]
    if who:
        out.put("sent_to_trial", who[:1])
        out["agent"] = agent[:1]
        out.pop("subj", None)


_COMPLAINTS = frozenset({"plainte", "plaintes", "recours", "assignation", "procédure", "procédures", "poursuites",
                         "action"})


@acts_on(lambda w: w.pos == "NOUN" and w.lower in _COMPLAINTS)
def whose_complaint(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"Les ONG A et B, dont la plainte contre Y a été jugée recevable, …": the "dont" relative's antecedent
    brought the complaint (slot "plaintiff"); the one it is against is its "contre" phrase."""
    if t.pos_ != "NOUN" or t.lower_ not in _COMPLAINTS or out.get("plaintiff"):
        return
    doc = t.doc
    j = t.i - 1
    if j >= 0 and (doc[j].pos_ == "DET" or doc[j].lower_ in ("l'", "l’")):
        j -= 1
    if j < 2 or doc[j].lower_ != "dont" or doc[j - 1].text != ",":
        return
    if not any(case_of(c) in ("contre", "encontre") for c in t.children) and not out.get("prep:contre"):
        return
    name = index.entity_at(j - 2)
    if name is None or index.kinds.get(j - 2) != "name":
        return
    got = extend_list_left(doc, index, [(name, j - 2)])
    against = {n for n, _ in out.get("prep:contre") or ()}
    got = [x for x in got if x[0] not in against]
    if got:
        out.put("plaintiff", got)


FIGHTS29_READERS = Readers(fine_challenged, competition_faced_ahead, seen_as_rival, measured_against,
                           set_against_apposed, sent_to_trial_participle,
                           whose_complaint)
