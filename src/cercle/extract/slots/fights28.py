"""(s28-fights28) Conflict and legal gaps of French, read as mechanisms:

- a court's sentence told in the passive: "Y, condamné le 3 mars par le tribunal correctionnel de X à deux ans de
  prison", "Y a été condamné par le tribunal à 2 millions d'euros d'amende": the one sentenced is the passive's
  subject (slot "pass"), a sanction (slot "sentenced" of sues.sentenced, OPPOSES role sanctions), not words of
  blame (accuses.verb read "condamner" as "blâmer"); a court as the one who condemns is a sentence even with no
  penalty phrase (read28 ho-816, ho-819: plain sentences reproduce).
- a span of time after a verb of blame swallows what follows: "X, qui reproche depuis des années à Y de …",
  "X accuse depuis des mois Y de …": the parser hangs "à Y" / "Y" on the time noun; they are the verb's (slots
  "prep:à", "obj" of accuses.verb) (read28 ho-817).
- "X a infligé à Y, la chaîne de Z, une amende de 100 000 euros": the apposition after Y becomes the verb's
  object and the fine a modifier; Y (the verb's "à" phrase before the fine) is fined, the verb's subject imposes
  it (slots "fine_imposer", "fined" of opposes.fine_imposer) (read28 ho-803).
- "Le parquet de X a renvoyé A et B devant le tribunal": a prosecutor sending someone to trial takes legal
  action against them (slot "sent_to_trial" of sues.sent_to_trial) (read28 ho-808).
- "A et B sont nos adversaires principaux": a possessive says whose rivals they are (the speaker's), not each
  other's (slot "head" of opposes.rivals dropped) (read28 ho-813).
- a fine received after a body's sanction told with "sanctionner": "X a sanctionné quatre industriels. Y écope
  de la plus lourde amende", "Y s'est vu infliger 42 millions d'euros d'amende": the body that sanctioned in the
  sentences before imposes it (slots "sanctioner", "sanctioned" of opposes.fines_received; fights24 looks back
  only for "infliger une amende") (read28 ho-817, ho-822).
- "A et B soldent devant les juges leur guerre de sept ans", "A et B ont enterré leur différend": "leur" fight
  of a subject of two names is theirs with each other (slot "prep:entre" of opposes.noun) (read28 ho-808).
- "Le député MoDem X a attaqué Y": the party's name set between a title and a person's name labels the person,
  who is the subject (the parser makes the party the title's apposition and the person its flat name; slot
  "subj" of the conflict verbs) (read28 ho-827).
- "X a ironisé sur Y et Z": mocking someone is an attack in words (slots "taunter", "taunted" of accuses.taunt)
  (read28 ho-812).
- "X a saisi le parquet au sujet des comptes de Y", "X a saisi la justice à propos de Y": a referral about Y is
  legal action against Y (slot "seized_against" of sues.seized) (read28 ho-815).
"""
from __future__ import annotations

from ...mentions.entities import EntityIndex
from ..arguments import CONDUCT, _subject_of, case_of, entities_at, lemma_of
from .found import Found
from .gate import Readers, acts_on
from .feuds import _sentence_phrase
from .fights24 import _named_at, words_before

# the first words of a court's name (a court condemns: a sentence, never words of blame)
_COURT_FIRST = ("tribunal", "cour ", "cour d", "juge", "chambre")


def _is_court(name: str | None) -> bool:
    return bool(name) and name.lower().startswith(_COURT_FIRST)


@acts_on(lambda w: w.verbal and w.lemma == "condamner")
def sentenced_in_passive(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"Y (a été) condamné par le tribunal X à deux ans de prison": Y is sentenced (slot "sentenced")."""
    if not verbal or lemma_of(t) != "condamner" or out.get("sentenced") or out.get("claimant"):
        return
    who = out.get("pass") or out.get("obj")
    if not who and t.dep_ in ("acl", "advcl", "dep") and "Part" in t.morph.get("VerbForm") and t.i >= 2 \
            and t.doc[t.i - 1].text == ",":
        # ("C'est là que Y, condamnée par le tribunal X …, joue son avenir": the parser hung the participle
        # elsewhere; the name right before its comma is who it tells of)
        name = index.entity_at(t.i - 2)
        if name is not None and index.kinds.get(t.i - 2) == "name":
            who = [(name, t.i - 2)]
    if not who:
        return
    by = [n for slot in ("agent", "subj") for n, _ in out.get(slot, ())]
    if not by:
        return
    if not (_sentence_phrase(t) or any(_is_court(n) for n in by)):
        return
    out["sentenced"] = who
    out.pop("pass", None)
    out.pop("obj", None)
    out["_no_linear"] = []


# verbs of blame whose target is an object or an "à" phrase
_BLAME_VERBS = frozenset({"reprocher", "accuser", "critiquer", "dénoncer", "fustiger", "attaquer", "soupçonner",
                          "suspecter", "taxer", "blâmer", "épingler", "étriller"})
# nouns of a span of time ("depuis des années", "pendant des mois", "depuis longtemps" is an adverb)
_SPAN_NOUNS = frozenset({"années", "ans", "mois", "semaines", "jours", "décennies", "lustres", "temps"})


@acts_on(lambda w: w.verbal and w.lemma in _BLAME_VERBS)
def blame_after_span(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"X reproche depuis des années à Y de …", "X critique depuis des mois la gestion de Y": the "à" phrase or
    the object hung on the time noun is the verb's (slots "prep:à", "obj")."""
    if not verbal or lemma_of(t) not in _BLAME_VERBS:
        return
    for c in t.children:
        if c.i <= t.i or not c.dep_.startswith("obl") or c.lower_ not in _SPAN_NOUNS \
                or case_of(c) not in ("depuis", "pendant", "durant"):
            continue
        for k in c.children:
            if k.dep_ != "nmod" or k.i <= c.i:
                continue
            p = case_of(k)
            if p in ("à", "au", "aux") and not out.get("prep:à") and lemma_of(t) == "reprocher":
                out.put("prep:à", entities_at(k, index))
            elif p is None and not out.get("obj"):
                got = entities_at(k, index)
                if not got and k.lemma_.lower() in CONDUCT:
                    got = [x for d in k.children if d.dep_ == "nmod" and case_of(d) in ("de", "d'", "du", "des")
                           for x in entities_at(d, index)]
                out.put("obj", got)
        return


_FINE_NOUNS = frozenset({"amende", "amendes", "pénalité", "pénalités", "sanction"})


@acts_on(lambda w: w.pos == "NOUN" and w.lower in _FINE_NOUNS)
def fine_after_apposition(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"X a infligé à Y, la chaîne de Z, une amende": Y is fined (slot "fined"), X imposes (slot "fine_imposer")."""
    if t.pos_ != "NOUN" or t.lower_ not in _FINE_NOUNS or out.get("fined") or out.get("fine_imposer"):
        return
    verb = t.head
    if t.dep_ == "conj" and verb.dep_ == "obj":
        verb = verb.head   # ("…, la chaîne de Z, une amende": the fine joined to the apposition)
    elif t.dep_ not in ("obl:mod", "obl", "obl:arg"):
        return
    if verb.pos_ != "VERB" or lemma_of(verb) not in ("infliger", "imposer") or not verb.i < t.i:
        return
    if not any(c.dep_ == "obj" and c.i < t.i and c.left_edge.i > 0 and t.doc[c.left_edge.i - 1].text == ","
               for c in verb.children):
        return   # (the apposition taken for the object)
    fined = [x for c in verb.children if c.i < t.i and case_of(c) in ("à", "au", "aux")
             and c.dep_ in ("obl", "obl:mod", "obl:arg", "iobj") for x in entities_at(c, index)]
    imposer = [x for x in _subject_of(verb, index) if x[0] not in {n for n, _ in fined}]
    if fined and imposer:
        out.put("fine_imposer", imposer[:1])
        out.put("fined", fined[:1])


_TRIAL_COURTS = frozenset({"tribunal", "cour", "juges", "juge", "juridiction", "assises", "prud'hommes"})


@acts_on(lambda w: w.verbal and w.lemma == "renvoyer")
def sent_to_trial(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"X a renvoyé A et B devant le tribunal (correctionnel)": A and B are sent to trial (slot "sent_to_trial")."""
    if not verbal or lemma_of(t) != "renvoyer" or out.get("sent_to_trial"):
        return
    objs = [c for c in t.children if c.dep_ in ("obj", "nsubj:pass")]
    phrases = [c for h in (t, *objs) for c in h.children
               if case_of(c) == "devant" and c.lower_ in _TRIAL_COURTS]
    if not objs or not phrases:
        return
    objs += [k for o in objs for k in o.conjuncts if k.i > o.i]
    # (the second name of "A et B" hung on the verb as its conjunct)
    objs += [c for c in t.children if c.dep_ == "conj" and c.pos_ in ("PROPN", "NOUN")
             and objs[0].i < c.i < phrases[0].i and c not in objs]
    got = [x for o in objs for x in entities_at(o, index)
           if not any(p.i <= x[1] <= p.right_edge.i for p in phrases)]
    out.put("sent_to_trial", got)


_RIVAL_NOUNS = frozenset({"rival", "rivale", "rivaux", "rivales", "adversaire", "adversaires", "ennemi", "ennemie",
                          "ennemis", "ennemies"})
_POSSESSIVES = frozenset({"nos", "mes", "vos", "leurs", "ses", "notre", "votre", "leur", "son", "sa", "mon", "ma"})


@acts_on(lambda w: w.pos in ("NOUN", "ADJ") and w.lower in _RIVAL_NOUNS)
def possessed_rivals(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"A et B sont nos adversaires": no rivalry between A and B (slot "head" dropped)."""
    if t.lower_ not in _RIVAL_NOUNS or not out.get("head"):
        return
    if any(c.dep_ == "det" and c.lower_ in _POSSESSIVES for c in t.children):
        del out["head"]


_SANCTION_NOUNS = frozenset({"amende", "amendes", "pénalité", "pénalités", "sanction", "sanctions"})
_SUMS = frozenset({"millions", "million", "milliards", "milliard", "euros", "dollars"})
_IMPOSING = frozenset({"infliger", "imposer", "sanctionner", "condamner", "frapper", "pénaliser"})


def _last_sanctioner(t, index: EntityIndex) -> list:
    """The named body (ORG, GOV) subject of the nearest verb of sanction told in the four sentences before."""
    doc = t.doc
    for k in words_before(t, 4):
        if k.pos_ == "VERB" and lemma_of(k) in _IMPOSING and not any(c.dep_ == "aux:pass" for c in k.children):
            got = [x for c in k.children if c.dep_ == "nsubj" for x in entities_at(c, index)
                   if index.type_of(x[0]) in ("ORG", "GOV") and _named_at(x, doc, index)]
            return got[:1]
    return []


@acts_on(lambda w: w.pos == "NOUN" and (w.lower in _SANCTION_NOUNS or w.lower in _SUMS))
def fine_received_after_sanction(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"Y écope de la plus lourde amende" / "Y s'est vu infliger N d'amende" after "X a sanctionné …": X
    sanctions Y (slots "sanctioner", "sanctioned")."""
    if t.pos_ != "NOUN" or out.get("sanctioner") or out.get("sanctioned"):
        return
    if t.lower_ in _SANCTION_NOUNS:
        top = t
        for _ in range(3):
            if top.dep_ in ("nmod", "conj") and top.head.pos_ == "NOUN" and top.head.lower_ in _SUMS:
                top = top.head
    elif t.lower_ in _SUMS and (any(c.dep_ == "nmod" and c.lower_ in _SANCTION_NOUNS for c in t.subtree)
                                or t.dep_ == "obj" and lemma_of(t.head) in ("infliger", "imposer")):
        top = t   # ("s'est vu infliger 42 millions d'euros": the sum is the fine)
    else:
        return
    verb = top.head
    if verb.pos_ == "NOUN" and verb.lower_ in ("écope", "écopent") and verb.dep_ in ("conj", "ROOT", "appos"):
        # ("Y, dirigé par Z, écope de la plus lourde amende": the verb tagged a noun, joined to the name)
        if verb.dep_ == "ROOT" or case_of(top) not in ("de", "d'", "d’"):
            return
        got = [x for x in entities_at(verb.head, index) if x[1] < verb.i and _named_at(x, t.doc, index)
               and index.type_of(x[0]) in ("ORG", "PER")]
        by = _last_sanctioner(t, index)
        if got and by and by[0][0] != got[0][0]:
            out.put("sanctioner", by)
            out.put("sanctioned", got[:1])
            out["_no_linear"] = []
        return
    if verb.pos_ != "VERB":
        return
    lem = lemma_of(verb)
    if lem == "écoper" and case_of(top) in ("de", "d'", "d’") and top.dep_.startswith("obl") or top.dep_ == "obj" and lem == "écoper":
        who_verb = verb
    elif lem in ("infliger", "imposer") and top.dep_ == "obj" and verb.dep_ == "xcomp" \
            and lemma_of(verb.head) == "voir" and any(c.lower_ in ("se", "s'", "s’") for c in verb.head.children):
        who_verb = verb.head   # ("Y s'est vu infliger N d'amende")
    else:
        return
    by = _last_sanctioner(t, index)
    if not by:
        return
    fined = [x for x in _subject_of(who_verb, index) if x[0] != by[0][0] and _named_at(x, t.doc, index)
             and index.type_of(x[0]) in ("ORG", "PER")]
    if fined:
        out.put("sanctioner", by)
        out.put("sanctioned", fined[:1])
        out["_no_linear"] = []


_OWN_FIGHTS = frozenset({"guerre", "conflit", "différend", "litige", "querelle", "rivalité", "brouille", "contentieux",
                         "bataille", "duel", "désaccord", "désaccords", "différends", "querelles", "bras"})


@acts_on(lambda w: w.pos == "NOUN" and w.lower in _OWN_FIGHTS)
def their_own_fight(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"A et B soldent leur guerre": A and B at odds with each other (slot "prep:entre")."""
    if t.pos_ != "NOUN" or t.lower_ not in _OWN_FIGHTS or out.get("prep:entre"):
        return
    if t.lower_ == "bras" and not (t.i + 2 < len(t.doc) and t.doc[t.i + 2].lower_ == "fer"):
        return
    if not any(c.dep_ == "det" and c.lower_ in ("leur", "leurs") for c in t.children):
        return
    if out.get("prep:avec") or out.get("prep:contre") or any(case_of(c) in ("avec", "contre") for c in t.children):
        return   # ("leur conflit avec Z": theirs with Z)
    verb = t.head
    if t.dep_ == "conj" and not any(c.dep_ == "cc" for c in t.children) and verb.dep_.startswith("obl"):
        verb = verb.head   # ("soldent devant les juges leur guerre": the object joined to the phrase before it)
    elif t.dep_ != "obj":
        return
    if verb.pos_ != "VERB":
        return
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subj) != 1:
        return
    heads = [subj[0]] + [c for c in subj[0].conjuncts]
    names = []
    for h in heads:
        name = index.entity_at(h.i)
        if name is None or index.kinds.get(h.i) != "name":
            return
        if name not in [n for n, _ in names]:
            names.append((name, h.i))
    if len(names) == 2:
        out.put("prep:entre", names)


_FIGHT_VERBS = frozenset({"attaquer", "accuser", "poursuivre", "assigner", "critiquer", "dénoncer", "saisir",
                          "fustiger", "reprocher", "opposer", "combattre", "contester", "sanctionner", "railler"})


@acts_on(lambda w: w.verbal and w.lemma in _FIGHT_VERBS)
def labelled_person_subject(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"Le député MoDem X a attaqué Y": X, not MoDem, is the subject (slot "subj")."""
    if not verbal or lemma_of(t) not in _FIGHT_VERBS:
        return
    got = out.get("subj") or []
    if len(got) != 1:
        return
    name, i = got[0]
    if index.type_of(name) != "ORG" or i < 0:
        return
    if index.kinds.get(i) == "introducer" and t.doc[i].is_lower and t.doc[i].pos_ == "NOUN":
        i += 1   # ("le député MoDem": the title introduces the party's name)
    elif i < 1 or not t.doc[i - 1].is_lower or t.doc[i - 1].pos_ != "NOUN":
        return   # (a title noun right before the party's name)
    if index.entity_at(i) != name or index.kinds.get(i) != "name":
        return
    j = i
    while j + 1 < len(t.doc) and index.entity_at(j + 1) == name:
        j += 1
    person = index.entity_at(j + 1) if j + 1 < t.i else None
    if person is None or index.type_of(person) != "PER" or index.kinds.get(j + 1) != "name":
        return
    if t.doc[j + 1].dep_ not in ("flat:name", "appos", "flat", "nmod") or t.doc[j + 1].head.i > j + 1:
        return
    out["subj"] = [(person, j + 1)]


_MOCK_VERBS = frozenset({"ironiser", "ricaner", "persifler", "gloser"})


@acts_on(lambda w: w.verbal and w.lemma in _MOCK_VERBS)
def mocked_on(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"X a ironisé sur Y et Z": X accuses Y and Z (slots "taunter", "taunted")."""
    if not verbal or lemma_of(t) not in _MOCK_VERBS or out.get("taunted"):
        return
    phrases = [c for c in t.children if c.dep_.startswith("obl") and case_of(c) == "sur"]
    phrases += [k for c in phrases for k in c.conjuncts]
    got = [x for c in phrases for x in entities_at(c, index) if index.kinds.get(x[1]) == "name"]
    who = [x for x in _subject_of(t, index) if x[0] not in {n for n, _ in got}]
    if got and who:
        out.put("taunter", who[:1])
        out.put("taunted", got)


_JUSTICE_WORDS = frozenset({"parquet", "justice", "procureur", "tribunal", "juge", "juges", "cour"})
_ABOUT = frozenset({"sujet", "propos", "encontre"})
_ACCOUNT_NOUNS = frozenset({"comptes", "compte", "agissements", "pratiques", "gestion", "activités", "cas", "dossier"})


@acts_on(lambda w: w.verbal and w.lemma == "saisir")
def referral_about(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"X a saisi le parquet au sujet des comptes de Y": X sues Y (slot "seized_against")."""
    if not verbal or lemma_of(t) != "saisir" or out.get("seized_against"):
        return
    objs = [c for c in t.children if c.dep_ == "obj"]
    if len(objs) != 1 or objs[0].lower_ not in _JUSTICE_WORDS or index.entity_at(objs[0].i) is not None:
        return
    got = []
    for c in (*t.children, *objs[0].children):
        if c.lower_ not in _ABOUT or not c.dep_.startswith(("obl", "nmod")) or c.i < objs[0].i:
            continue
        for k in c.children:
            if k.dep_ != "nmod" or case_of(k) not in ("de", "d'", "d’", "du", "des"):
                continue
            names = entities_at(k, index)
            if not names and k.lower_ in _ACCOUNT_NOUNS:
                names = [x for d in k.children if d.dep_ == "nmod" and case_of(d) in ("de", "d'", "d’", "du", "des")
                         for x in entities_at(d, index)]
            got += names
    who = _subject_of(t, index)
    if not who and t.dep_ == "acl" and any(c.dep_ == "aux:tense" for c in t.children):
        # ("La Commission nationale des comptes de campagne a saisi …": a finite verb the parser hung on a noun
        # inside the subject's long name; the name that noun belongs to is the subject)
        h = t.head
        for _ in range(3):
            name = index.entity_at(h.i)
            if name is not None:
                who = [(name, h.i)]
                break
            if h.head.i == h.i:
                break
            h = h.head
    subj = {n for n, _ in who}
    got = [x for x in got if x[0] not in subj and index.kinds.get(x[1]) == "name"]
    if got and who:
        out.put("seized_against", got[:1])
        if not out.get("subj") and not out.get("plaintiff"):
            out.put("plaintiff", who[:1])


FIGHTS28_READERS = Readers(sentenced_in_passive, blame_after_span, fine_after_apposition, sent_to_trial,
                           possessed_rivals, fine_received_after_sanction, their_own_fight,
                           labelled_person_subject, mocked_on, referral_about)
