"""(s26-fights26b) An appeal against a sanction told of earlier in the passage sues the body that imposed it:

    "Le régulateur X a infligé une amende à Y. […] Y envisage un recours devant le Conseil d'État."
    "… Y a annoncé qu'il saisirait le Conseil d'État", "… qu'elle ferait appel de la décision",
    "… Y a contesté la sanction devant le Conseil d'État"

The appeal names a court, never the body it is against: that body is the subject of the sanctions drawn before
in the passage (OPPOSES, role sanctions) on the appellant. One such body, and one only, gives the tie (none or
several: whose decision it is stays unsaid). (s28-fights28) A court's sentence is one too: "Y, condamné par le
tribunal X, a fait appel" sues X (read28 gold); "Y n'a pas fait appel" is the tie denied (negated). Written as a pass over the drawn ties: no rule sees an earlier sentence.
"""
from __future__ import annotations

from ..records import Relation
from .clause39 import criminal_court_words   # (s39-clause39)
from .arguments import _subject_of, case_of, entities_at, lemma_of
from .lexicon import doc_text, lowered
from .legal31 import _participles
from .slots.court30 import article_court
from .slots.court32 import story_defendants
from .slots.court34 import legal_person_ties
from .slots.stands import names_court

# cheap test on the lower-case text before any token is looked at
_CUE_TEXT = ("recours", "appel", "saisi", "contest", "pourvoi", "attaqu")
_CUE_WORDS = frozenset({"recours", "pourvoi", "appel", "saisir", "saisira", "saisirait", "saisiront", "saisiraient",
                        "saisit", "saisi", "saisie", "saisissent", "saisissait", "conteste", "contestent",
                        "contesté", "contestée", "contestera", "contesterait", "contesteront", "contester"})
# what an appeal names it is brought before
_COURT_WORDS = frozenset({"tribunal", "cour", "justice", "juge", "juges", "cassation", "juridiction", "juridictions"})
_HIGH_COURTS = ("conseil d'état", "conseil d’état", "conseil constitutionnel")
# the acts one contests before a court
_ACTS = frozenset({"décision", "décisions", "sanction", "sanctions", "amende", "amendes", "condamnation", "blâme",
                   "pénalité", "pénalités"})
# (s28-fights28) a conviction appealed sues the court that passed it, as a regulator's fine appealed sues the
# regulator (read28 gold; until s28 a court was left out); a prosecutor passes no sentence
_PROSECUTORS = ("parquet", "procureur", "ministère public")
_NOT = frozenset({"pas", "jamais", "plus", "guère", "point"})


def _denied(verb, t) -> bool:
    """"Y n'a pas fait appel de la décision", "Y ne fera jamais appel": an appeal said not brought."""
    return any(c.dep_ == "advmod" and c.lower_ in _NOT for h in (verb, t) for c in h.children)
# verbs that put the appeal ahead: "envisage un recours", "menace de saisir"
_INTENT = frozenset({"envisager", "menacer", "projeter", "étudier", "compter", "vouloir", "entendre", "pouvoir",
                     "devoir", "annoncer", "promettre", "réfléchir"})


def _names_court(tok) -> bool:
    return names_court(tok, _COURT_WORDS, _HIGH_COURTS)


def _court_phrase(*heads) -> bool:
    return any(c.dep_ in ("obl", "obl:mod", "obl:arg", "nmod") and case_of(c) in ("devant", "auprès", "en")
               and _names_court(c) for h in heads for c in h.children)


def _against_named(tok, index) -> bool:
    """"un recours contre X", "saisi d'une plainte contre X": the target is told; other rules read it."""
    return any(case_of(k) == "contre" and entities_at(k, index) for k in tok.subtree if k.i != tok.i)


# (s31-legal31) the verbs that challenge an act before a court: "Y conteste la sanction devant X", "une décision que le
# groupe a attaquée devant le Conseil d'État", "Y a déféré l'arrêté devant le tribunal administratif"
_CHALLENGE = frozenset({"contester", "attaquer", "déférer", "combattre"})
_CHALLENGE_OR_POURVOIR = _CHALLENGE | {"pourvoir"}
_RELATIVES = frozenset({"que", "qu'", "qu’", "laquelle", "lequel"})


def _appeal_verb(t, index):
    """The verb whose subject brings the appeal the cue word ``t`` tells, or None."""
    low = t.lower_
    if low in ("recours", "pourvoi") and t.pos_ == "NOUN":
        if t.dep_ != "obj" or t.head.pos_ != "VERB" or not _court_phrase(t, t.head) or _against_named(t, index):
            return None
        if any(c.dep_ == "nmod" and case_of(c) in ("de", "du", "des", "d'", "d’") for c in t.children):
            return None   # ("le recours de X": told by its owner, read elsewhere)
        return t.head
    if low == "appel" and t.pos_ == "NOUN":
        if t.dep_ != "obj" or lemma_of(t.head) not in ("faire", "interjeter"):
            return None
        if any(case_of(c) in ("à", "au", "aux") for c in t.children) or any(
                case_of(c) in ("à", "au", "aux") for c in t.head.children if c.dep_ in ("obl", "obl:arg", "obl:mod")):
            return None   # ("faire appel à X": calling on someone)
        if any(c.lower_ in ("offres", "projets", "candidatures", "fonds", "dons") for c in t.subtree):
            return None
        return t.head
    if t.pos_ != "VERB":
        return None
    lem = lemma_of(t)
    if lem == "saisir":
        objs = [c for c in t.children if c.dep_ == "obj"]
        if not objs or not all(_names_court(o) for o in objs) or _against_named(t, index):
            return None
        if any(c.dep_ in ("nsubj:pass", "aux:pass") for c in t.children):
            return None
        return t
    if lem == "pourvoir" and any(c.lower_ in ("se", "s'", "s’") for c in t.children):
        return t   # ((s34-court34) "Y se pourvoit en cassation", "Y a renoncé à se pourvoir")
    if lem in _CHALLENGE:
        objs = [c for c in t.children if c.dep_ == "obj"]
        if t.dep_ in ("acl:relcl", "acl") and t.head.lower_ in _ACTS and (not objs or all(
                o.lower_ in _RELATIVES for o in objs)):
            objs = [t.head]   # (s31-legal31) "sanction que la société conteste devant la cour d'appel"
        elif t.dep_ in ("acl:relcl", "acl") and objs and all(o.lower_ in _RELATIVES for o in objs) \
                and objs[0].i > 0 and t.doc[objs[0].i - 1].lower_ in _ACTS:
            objs = [t.doc[objs[0].i - 1]]   # ("…à Y, sanction qu'il conteste": the relative hung on the name)
        if not any(o.lower_ in _ACTS and index.entity_at(o.i) is None for o in objs) or not _court_phrase(t, *objs):
            return None
        return t
    return None


# (s34-court34) the verbs that give an appeal up before it is brought: "Y a renoncé à faire appel", "Y exclut de se
# pourvoir", "Y s'est abstenu de saisir le Conseil d'État", "Y a préféré ne pas faire appel" (the appeal denied)
_RENOUNCE = frozenset({"renoncer", "exclure", "abstenir", "refuser", "écarter",
                       "abstenu", "abstenue", "abstenus", "abstenues"})   # (the participle tagged a noun)


def _renounced(verb) -> bool:
    return "Inf" in verb.morph.get("VerbForm") and verb.dep_ in ("xcomp", "obj", "ccomp", "advcl", "dep") \
        and verb.head is not verb and lemma_of(verb.head) in _RENOUNCE


def _brought(verb) -> bool:
    """An infinitive appeal is one only under a verb of intent ("envisage de saisir", "menace de faire appel"),
    not a right or a deadline ("disposent d'un mois pour faire appel", "la possibilité de saisir")."""
    if "Inf" not in verb.morph.get("VerbForm"):
        return True
    if _renounced(verb):
        return True
    if any(c.dep_ == "mark" and c.lower_ == "pour" for c in verb.children):
        return False
    if _intent_noun(verb):
        return True
    return verb.dep_ in ("xcomp", "obj", "ccomp") and verb.head.pos_ == "VERB" and lemma_of(verb.head) in _INTENT


# (s28-fights28) "Y a annoncé son intention de former un recours", "sa volonté de faire appel"
_INTENT_NOUNS = frozenset({"intention", "volonté", "décision", "projet"})


def _intent_noun(verb) -> bool:
    h = verb.head
    return verb.dep_ in ("acl", "nmod") and h.pos_ == "NOUN" and h.lower_ in _INTENT_NOUNS and h.head.pos_ == "VERB"


def _proposed(verb) -> bool:
    if _renounced(verb):
        return False
    if any(m in ("Fut", "Cnd") for m in verb.morph.get("Tense") + verb.morph.get("Mood")):
        return True
    if _intent_noun(verb):
        return True
    return verb.dep_ in ("xcomp", "obj", "ccomp") and lemma_of(verb.head) in _INTENT and verb.head is not verb


# (s28-fights28) descriptions an appellant is named by after its sanction: "La chaîne a annoncé faire appel",
# "Le groupe a annoncé qu'il ferait appel", "La cheffe de file des députés a fait appel"
_ORG_WORDS = frozenset({"groupe", "chaîne", "société", "fonds", "club", "opérateur", "entreprise", "banque",
                        "laboratoire", "compagnie", "plateforme", "géant", "firme", "enseigne", "constructeur",
                        "parti", "industriel", "distributeur", "éditeur", "assureur", "cimentier", "start-up"})
_PER_WORDS = frozenset({"cheffe", "chef", "dirigeant", "dirigeante", "patron", "patronne", "président", "présidente",
                        "ancien", "ancienne", "élu", "élue", "député", "députée", "maire", "milliardaire",
                        "homme", "femme", "ministre", "candidat", "candidate"})
_HE_SHE = frozenset({"il", "elle"})


def _described_appellant(verb, sent, sanctions, index) -> set[str]:
    """The appeal's subject is a description or a pronoun no name was found for ("La chaîne a annoncé faire appel",
    "Le groupe a annoncé qu'il ferait appel"): the one sanctioned last before, within the two sentences before
    the appeal's, when the description fits its kind (a company's word, a person's)."""
    v = verb
    for _ in range(3):
        subj = [c for c in v.children if c.dep_ in ("nsubj", "nsubj:pass")]
        if subj or v.dep_ not in ("xcomp", "ccomp", "obj") or v.head is v:
            break
        v = v.head
    if len(subj) != 1:
        return set()
    s = subj[0]
    if index.entity_at(s.i) is not None and s.lower_ not in _HE_SHE:
        return set()
    if s.lower_ in _HE_SHE:
        if v.dep_ == "ccomp" and v.head.pos_ == "VERB":
            up = [c for c in v.head.children if c.dep_ == "nsubj"]
            if len(up) == 1 and up[0].pos_ == "NOUN" and index.entity_at(up[0].i) is None:
                s = up[0]   # ("Le groupe a annoncé qu'il ferait appel": the description the pronoun takes up)
        types = ("ORG", "PER") if s.lower_ in _HE_SHE else None
    if s.lower_ not in _HE_SHE:
        if s.pos_ != "NOUN" or not any(d.dep_ == "det" and d.lower_ in ("le", "la", "l'", "l’") for d in s.children):
            return set()
        types = ("ORG",) if s.lower_ in _ORG_WORDS else ("PER",) if s.lower_ in _PER_WORDS else None
        if types is None:
            return set()
    doc = sent.doc
    window = sent.start_char
    k = sent.start - 1
    for _ in range(2):   # (the two sentences before)
        if k < 0:
            break
        window = doc[k].sent.start_char
        k = doc[k].sent.start - 1
    before = [r for r in sanctions if window <= r.start <= sent.start_char and index.type_of(r.object) in types]
    if not before:
        return set()
    last = max(before, key=lambda r: r.start)
    if len({r.object for r in before if r.start == last.start}) != 1:
        return set()   # (several sanctioned in one sentence: which one appeals stays unsaid)
    if (last.rule or "").endswith(".table") and len({r.object for r in sanctions if (r.rule or "").endswith(".table")
                                                     and r.start <= sent.start_char and index.type_of(r.object) in types}) > 1:
        return set()   # ((s34-court34) several sanctioned in one table: its last row is no nearer than the others)
    return {last.object}


_APPEAL_COURTS = ("cour d'appel", "cour d’appel", "cour administrative d'appel")
_COURT_HEADS = frozenset({"tribunal", "cour", "chambre", "juridiction"})


def _a_court(name: str) -> bool:
    """(s39-clause39) A court that settles a dispute between parties ("tribunal administratif de X", "tribunal
    judiciaire de X", "tribunal de commerce", "Conseil d'État"): the appeal of its judgment is brought against the
    other party, not against it (judge40: "a pourvoi … is an appeal, not a suit against the tribunal that ruled").
    A criminal court passes a sentence, a sanction as a regulator's fine is, whose appeal sues it (s28-fights28,
    read28 gold): not one of these."""
    low = name.lower().replace("’", "'")
    if any(w in low for w in criminal_court_words()):
        return False
    return low.split()[0] in _COURT_HEADS or low.startswith(_HIGH_COURTS)



# ((s32-court32) the counsel whose client is the appellant: "l'avocat de Y a annoncé son intention de faire appel")
_COUNSEL_NOUNS = frozenset({"avocat", "avocate", "avocats", "avocates", "conseil", "conseils", "défenseur",
                            "défenseurs", "défenseuse", "défense"})


def _client_or_clause_subject(verb, index) -> set[str]:
    """(s32-court32) The appellant the parse hides: the client of a counsel subject ("l'avocat de Y a annoncé qu'il
    ferait appel", "la défense de Y fera appel"), or the subject a fronted aside took from the clause ("Le
    constructeur, défendu par le cabinet X, a annoncé qu'il ferait appel", the subject hung on the participle)."""
    v = verb
    for _ in range(3):
        subj = [c for c in v.children if c.dep_ in ("nsubj", "nsubj:pass")]
        if v.dep_ in ("xcomp", "ccomp", "obj", "acl") and v.head is not v and (
                not subj or all(c.lower_ in _HE_SHE for c in subj)):
            v = v.head
            if v.pos_ == "NOUN" and v.head is not v:   # ("son intention de faire appel")
                v = v.head
            continue
        break
    subj = [c for c in v.children if c.dep_ in ("nsubj", "nsubj:pass")]
    if len(subj) == 1 and subj[0].lower_ in _COUNSEL_NOUNS and index.entity_at(subj[0].i) is None:
        return {n for k in subj[0].children if k.dep_ == "nmod" and case_of(k) in ("de", "du", "d'", "d’")
                for n, _ in entities_at(k, index) if index.type_of(n) in ("PER", "ORG")}
    if len(subj) == 1 and subj[0].i == v.sent.start and subj[0].lower_ in _participles():
        # ("Défendue par Me X, Y a annoncé qu'elle ferait appel" parsed with the participle for the subject and Y
        # inside the counsel's phrase: the name right after the comma closing that phrase)
        doc = v.doc
        for j in range(subj[0].i + 2, v.i):
            if doc[j - 1].text == "," and index.entity_at(j - 2) is not None and index.kinds.get(j) == "name":
                n = index.entity_at(j)
                return {n} if n is not None and index.type_of(n) in ("PER", "ORG") else set()
        return set()
    if not subj:
        aside = [c for c in v.children if c.dep_ in ("advcl", "dep") and c.i < v.i]
        got = {n for a in aside for k in a.children if k.dep_ in ("nsubj", "nsubj:pass") and k.i < a.i
               for n, _ in entities_at(k, index) if index.type_of(n) in ("PER", "ORG")}
        return got if len(got) == 1 else set()
    return set()


# (s34-court34) an appeal told by its owner and its fate: "Y, dont le recours a été rejeté", "le pourvoi de Y a été
# écarté", "Y a été débouté de son appel", "la contestation de Y a été repoussée" (status rejected); "Y, dont l'appel
# est examiné jeudi", "le recours de Y sera jugé en juin" (brought); the body it is against read as for the others
_APPEAL_NOUNS = frozenset({"recours", "pourvoi", "appel", "contestation", "requête"})
_REJECTING = frozenset({"rejeter", "écarter", "repousser", "débouter", "retoquer", "balayer", "déclarer"})
_HEARING = frozenset({"examiner", "juger", "étudier", "instruire", "plaider", "entendre", "audiencer"})
_OWN_DETS = frozenset({"son", "sa", "leur", "ses", "leurs"})


def _owned_appeal(t, index) -> tuple[set[str], str | None]:
    """(the appellant, the status) of the appeal noun ``t`` told with its owner and its fate; (set(), None) else."""
    if t.lower_ not in _APPEAL_NOUNS or t.pos_ != "NOUN":
        return set(), None
    v = t.head
    if v is t or v.pos_ not in ("VERB", "ADJ") or lemma_of(v) not in _REJECTING | _HEARING:
        return set(), None
    if lemma_of(v) == "déclarer" and not any(c.lower_ in ("irrecevable", "irrecevables") for c in v.children):
        return set(), None
    status = "rejected" if lemma_of(v) in _REJECTING else None
    doc = t.doc
    owner: set[str] = set()
    if t.dep_ in ("nsubj:pass", "nsubj"):
        j = t.i - 1 if t.i > 0 and doc[t.i - 1].pos_ == "DET" else t.i
        if j > 1 and doc[j - 1].lower_ == "dont":   # ("Y, dont le recours a été rejeté")
            k = j - 3 if doc[j - 2].text == "," else j - 2
            n = index.entity_at(k)
            owner = {n} if n is not None else set()
        else:   # ("le pourvoi de Y a été rejeté")
            owner = {n for c in t.children if c.dep_ == "nmod" and case_of(c) in ("de", "du", "d'", "d’")
                     for n, _ in entities_at(c, index)}
    elif t.dep_ in ("obl:arg", "obl", "obl:mod") and lemma_of(v) == "débouter" \
            and any(c.lower_ in _OWN_DETS for c in t.children):   # ("Y a été débouté de son appel")
        owner = {n for c in v.children if c.dep_ in ("nsubj:pass", "nsubj") for n, _ in entities_at(c, index)}
    owner = {n for n in owner if index.type_of(n) in ("PER", "ORG")}
    return (owner, status) if len(owner) == 1 else (set(), None)


def appeals_against_sanctioner(doc, index, found) -> list[Relation]:
    """SUES appellant → the one body that sanctioned the appellant earlier in the passage (see the module's head)."""
    # (s28-fights28: and the sanctions implied.py draws with no role, so that a second body's sanctions still
    # make the appeal's target unsaid)
    # ((s34-court34) first the sanctions of a legal person named by its kind, "Le parti, en tant que personne morale,
    # écope de …": a pass, as this one; its appeal then reads them)
    told = legal_person_ties(doc, index, found)
    found = [*found, *told]
    sanctions = [r for r in found if r.type == "OPPOSES" and not r.negated
                 and (r.role == "sanctions" or r.rule == "opposes.implied_sanctioner")]
    low = lowered(doc_text(doc))
    if low is not None and not any(w in low for w in _CUE_TEXT):
        return told
    if not sanctions and (low is not None and "tribunal" not in low and "cour " not in low):
        return told   # ((s32-court32) no sanction drawn: only a court report's defendant may still appeal)
    have = {(r.type, r.subject, r.object) for r in found}
    out: list[Relation] = list(told)
    for t in doc:
        if t.lower_ not in _CUE_WORDS and not (t.pos_ == "VERB" and lemma_of(t) in _CHALLENGE_OR_POURVOIR) \
                and t.lower_ not in _APPEAL_NOUNS:
            continue
        owned, fate = _owned_appeal(t, index)
        verb = t.head if owned else _appeal_verb(t, index)
        if verb is None or not owned and not _brought(verb):
            continue
        sent = t.sent
        appellants = owned or {n for n, _ in _subject_of(verb, index)
                               if index.type_of(n) in ("ORG", "GOV", "PER")}
        if appellants and all(index.type_of(n) == "GOV" and n.split()[0].lower() in _COURT_HEADS for n in appellants):
            appellants = set()   # ((s32-court32) "Le constructeur, défendu par …, a annoncé qu'il ferait appel" with
            # "il" taken for the court: a court does not appeal its own judgment; the clause's subject, below)
        if not appellants:
            appellants = _client_or_clause_subject(verb, index)
        if not appellants:
            appellants = _described_appellant(verb, sent, sanctions, index)
        # (in the order the sentence names them, then by name: a set of names iterates in an order the
        # hash seed draws, and the ties would come out in it)
        at = {}
        for k in range(sent.start, sent.end):
            at.setdefault(index.by_token.get(k), k)
        for who in sorted(appellants, key=lambda n: (at.get(n, sent.end), n)):
            bodies = []
            for r in sorted(sanctions, key=lambda r: r.start):
                if r.object == who and r.start <= sent.start_char and r.subject != who \
                        and index.type_of(r.subject) in ("GOV", "ORG") and r.subject not in bodies:
                    bodies.append(r.subject)
            # (s30-court30) an appeal goes to a court of appeal, never against it
            bodies = [b for b in bodies if not b.lower().startswith(_APPEAL_COURTS)]
            if any(_a_court(b) for b in bodies):
                # (s39-clause39) an appeal against a civil or administrative court's judgment ("a fait appel", "se
                # pourvoir en cassation", "un pourvoi devant le Conseil d'État") is brought against the other party,
                # not the court: no SUES (judge40: two of blind40's false ties; a regulator's fine or a criminal
                # sentence appealed still sues the one that imposed it)
                continue
            if not bodies and who in story_defendants(doc, index):
                # ((s32-court32) a court report's defendant appeals the story's court, its sentence told or not:
                # "La peine tombe : … . Défendue par Me X, Y a annoncé qu'elle ferait appel")
                court = article_court(t, index)
                if court is not None and court != who and not court.lower().startswith(_APPEAL_COURTS) \
                        and not _a_court(court):
                    bodies = [court]
            if len(bodies) != 1 or any(c in bodies[0].lower() for c in _PROSECUTORS):
                continue
            key = ("SUES", who, bodies[0])
            if key in have:
                continue
            have.add(key)
            out.append(Relation(type="SUES", subject=who, object=bodies[0], evidence=sent.text,
                                start=sent.start_char, end=sent.end_char,
                                status=fate if owned else "proposed" if _proposed(verb) or _proposed(t) else None,
                                confidence=0.55, rule="sues.appeal_of_sanction",
                                negated=(not owned and (_denied(verb, t) or _renounced(verb))) or None))
    return out
