"""(s27-fights27) Conflict and alliance gaps of French, read as mechanisms:

- a fight or a meeting noun set in a frame phrase of a clause: "X avait été écarté au terme d'un bras de fer avec
  Z", "X est engagé dans un bras de fer avec Z", "X a validé le nom lors d'un déjeuner avec Z": the party facing Z
  is the clause's subject, also a passive one (never the passive's agent: "écarté par W au terme d'un bras de fer
  avec Z" is X's fight with Z). The parser hangs the noun on "lors" (an adverb) or on a frame noun ("au terme de",
  "à l'issue de"), or on a passive verb, and the noun's subject slot stayed empty (read27 ho-738, read27 ho-745,
  read22 ho-572: plain sentences reproduce).
- "X a assuré Y de son soutien": support given to the one assured (the parser hangs Y anywhere between the verb and
  "de son soutien", often on a date word); slot "target" of ally.support (read27 ho-738, read26 ho-727).
- "Le Conseil d'État, saisi par X d'un recours contre Y": the one who brings the court the action is the plaintiff
  (the agent of "saisi"; slot "plaintiff" of sues.noun) (read27 ho-738, read19new ho-610).
"""
from __future__ import annotations

from ...mentions.entities import EntityIndex
from ..arguments import _subject_of, case_of, entities_at, lemma_of
from .against import _actors
from .stands import _UNDERGO
from .found import Found
from .gate import Readers, acts_on

# nouns of a fight or a meeting with someone ("un bras de fer avec Z", "un déjeuner avec Z")
_WITH_EVENT_NOUNS = frozenset({
    "bras", "conflit", "désaccord", "désaccords", "différend", "querelle", "brouille", "bataille", "duel",
    "affrontement", "rivalité", "tensions", "tension", "guerre", "lutte", "contentieux",
    "rencontre", "entretien", "entretiens", "réunion", "entrevue", "tête-à-tête", "rendez-vous", "dîner",
    "déjeuner", "petit-déjeuner", "sommet", "visioconférence"})
# frame nouns and adverbs an event noun hangs on before the clause's verb: "au terme de", "à l'issue de", "lors de",
# "au cours de", "à la suite de", "au lendemain de", "à la veille de", "à l'occasion de"
_FRAME_WORDS = frozenset({"terme", "issue", "lors", "cours", "suite", "lendemain", "veille", "occasion", "fin",
                          "sortie", "moment", "cœur", "coeur", "milieu"})
_FRAME_LINKS = ("obl", "obl:arg", "obl:mod", "nmod", "advmod")


def _framing_verb(t):
    """The verb of the clause an event noun frames ("au terme d'un bras de fer", "lors d'un déjeuner", "engagé dans
    un bras de fer"), climbing through at most two frame words; None when the noun is no such frame."""
    tok = t
    for _ in range(3):
        if tok.dep_ not in _FRAME_LINKS:
            return None
        head = tok.head
        if head.i == tok.i:
            return None
        if head.pos_ in ("VERB", "AUX"):
            return head
        if head.lower_ not in _FRAME_WORDS:
            return None
        tok = head
    return None


def _bracket_between(verb, t) -> bool:
    """The noun ``t`` stands inside a bracket opened after the verb ``verb`` (or the verb inside one the noun is out of)."""
    doc = t.doc
    lo, hi = sorted((verb.i, t.i))
    depth = 0
    for k in range(lo, hi):
        if doc[k].text == "(":
            depth += 1
        elif doc[k].text == ")":
            depth -= 1
    return depth != 0


@acts_on(lambda w: w.pos == "NOUN" and w.lower in _WITH_EVENT_NOUNS)
def framed_event_subject(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"X (a été écarté | est engagé | a validé …) (au terme d'un | dans un | lors d'un) <fight/meeting> avec Z":
    X is the party facing Z (slot "subj"), the clause's subject, also a passive one."""
    if t.pos_ != "NOUN" or t.lower_ not in _WITH_EVENT_NOUNS:
        return
    if verbal or "subj" in out or out.get("prep:de") or out.get("poss") or not out.get("prep:avec"):
        return
    if t.lower_ == "bras" and not (t.i + 2 < len(t.doc) and t.doc[t.i + 2].lower_ == "fer"):
        return
    verb = _framing_verb(t)
    if verb is None or any(c.dep_.startswith("nsubj") and c.pos_ == "PRON" for c in verb.children):
        # (a relative's or a pronoun's antecedent is a guess the fight's side is not worth: "(qui possède cette
        # part depuis 2018, lors d'un bras de fer avec Z)" after two owners)
        return
    if _bracket_between(verb, t):
        return   # ("X est possédé par A et B (qui …, lors d'un bras de fer avec Z)": an aside about someone else)
    others = {n for n, _ in out.get("prep:avec", [])}
    got = [x for x in _subject_of(verb, index, hops=1) if x[0] not in others]
    if got:
        out.put("subj", got)


_SUPPORT_NOUNS = frozenset({"soutien", "appui"})
_DATE_WORDS = frozenset({"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier", "soir",
                         "matin", "aussitôt", "immédiatement", "publiquement", "personnellement"})


@acts_on(lambda w: w.pos == "NOUN" and w.lower in _SUPPORT_NOUNS)
def assured_of_support(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"X a assuré Y de son (plein) soutien": Y is who the support goes to (slot "target"), the name between the
    verb and "de son soutien" (the parser hangs it on the verb, or on a date word before it)."""
    if t.pos_ != "NOUN" or t.lower_ not in _SUPPORT_NOUNS:
        return
    if out.get("prep:à") or case_of(t) not in ("de", "d'"):
        return
    if not any(c.dep_ == "det" and c.lower_ in ("son", "sa", "leur", "mon", "notre") for c in t.children):
        return
    verb = t.head
    if verb.lower_ in _DATE_WORDS and verb.i < t.i:
        verb = verb.head   # ("a assuré mercredi Y de son soutien" hung on the day)
    if verb.pos_ != "VERB" or lemma_of(verb) != "assurer" or not verb.i < t.i <= verb.i + 8:
        return
    doc = t.doc
    subj = {n for n, i in _subject_of(verb, index) if i < verb.i}
    if any(n not in subj for n, _ in out.get("target", ())):
        return   # (an earlier reader found who is supported)
    for k in range(verb.i + 1, t.i):
        name = index.entity_at(k)
        if name is not None and index.kinds.get(k) == "name":
            giver = [x for x in _subject_of(verb, index) if x[1] < verb.i and x[0] != name]
            if giver:
                # (earlier readers take the supporter's own possessive for the one supported: "assurer de son
                # soutien" says who gets it; the parser may make the one assured a second subject)
                out["target"] = [(name, k)]
                if "subj" not in out:
                    out.put("subj", giver[:1])
            return
        if doc[k].pos_ not in ("DET", "NOUN", "ADV", "PROPN") and doc[k].lower_ not in _DATE_WORDS:
            return


_ACTION_NOUNS = frozenset({"recours", "plainte", "requête", "pourvoi", "action", "assignation", "référé"})


@acts_on(lambda w: w.pos == "NOUN" and w.lower in _ACTION_NOUNS)
def court_seized_by(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"(le tribunal,) saisi par X d'un recours contre Y": X brings the action (slot "plaintiff")."""
    if t.pos_ != "NOUN" or t.lower_ not in _ACTION_NOUNS:
        return
    if out.get("plaintiff") or case_of(t) not in ("de", "d'"):
        return
    head = t.head
    if head.dep_ == "obl:agent" and head.i < t.i and lemma_of(head.head) == "saisir":
        agents = [head]   # ("saisi par la société X d'une plainte": the parser hangs the action on the agent)
    elif head.pos_ == "VERB" and lemma_of(head) == "saisir":
        agents = [c for c in head.children if c.dep_ == "obl:agent"]
    else:
        return
    for c in agents:
        got = entities_at(c, index)
        if got:
            out.put("plaintiff", got[:1])
        return


_STRIKE_NOUNS = frozenset({"grève", "grèves", "débrayage", "mobilisation"})
_CALL_VERBS = frozenset({"appeler", "inviter", "exhorter", "pousser"})


# a company's management stands for the company in a strike or a complaint ("contre la direction de Y")
_MANAGEMENT_NOUNS = frozenset({"direction", "dirigeants", "management"})


def _managed(c, index: EntityIndex) -> list:
    """"la direction de Y", "les dirigeants de Y": Y."""
    if c.lower_ not in _MANAGEMENT_NOUNS:
        return []
    return [x for k in c.children if k.dep_ == "nmod" and case_of(k) in ("de", "d'", "du", "des")
            for x in entities_at(k, index)]


@acts_on(lambda w: w.pos == "NOUN" and w.lower in _STRIKE_NOUNS)
def strike_called_against(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"X a appelé à la grève contre (la direction de) Y": the one calling the strike opposes Y (slots "striker",
    "struck_against" of opposes.strike, which read a strike only as a verb's object: "mener une grève contre")."""
    if t.pos_ != "NOUN" or t.lower_ not in _STRIKE_NOUNS:
        return
    if out.get("struck_against") or case_of(t) not in ("à", "au"):
        return
    verb = t.head
    if verb.pos_ != "VERB" or lemma_of(verb) not in _CALL_VERBS:
        return
    # (the "contre" on the noun, or on the verb right after the noun's phrase)
    phrases = [c for c in t.children if case_of(c) == "contre"]
    phrases += [c for c in verb.children if case_of(c) == "contre" and c.left_edge.i == t.right_edge.i + 1]
    got = [x for c in phrases if c.dep_ in ("nmod", "obl", "obl:arg", "obl:mod")
           for x in _actors(c, index) or _managed(c, index)]
    striker = [x for x in _subject_of(verb, index) if x[0] not in {n for n, _ in got}]
    if got and striker:
        out.put("striker", striker)
        out.put("struck_against", got)


# the verbs of accuses.blamed_maker (rules.yaml)
_BLAME_VERBS = frozenset({"accuser", "critiquer", "dénoncer", "fustiger", "étriller", "épingler", "stigmatiser",
                          "railler", "brocarder", "vilipender", "tancer", "éreinter", "dénigrer", "condamner",
                          "déplorer"})


def _par_name(p, index: EntityIndex) -> list:
    """The names of a participle's "par" phrase however the parser labelled it (obl:agent, or obl:mod)."""
    return [x for k in p.children if k.dep_ in ("obl:agent", "obl:mod", "obl") and case_of(k) == "par"
            for x in entities_at(k, index)]


@acts_on(lambda w: w.verbal and w.lemma in _BLAME_VERBS)
def blamed_maker_loose(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"X dénonce la pression exercée par Y" with the "par" phrase parsed as a modifier (stands._blamed_maker reads
    only an obl:agent), "X dénonce un procès d'intention de la part de Y": the blamed conduct's maker (slot
    "blamed_maker"; names only, as there)."""
    if lemma_of(t) not in _BLAME_VERBS:
        return
    if out.get("blamed_maker") or not verbal:
        return
    got = []
    tv = t.doc
    for o in t.children:
        if o.dep_ != "obj" or o.pos_ != "NOUN" or index.entity_at(o.i) is not None:
            continue
        for p in o.children:
            if p.dep_ == "acl" and p.pos_ == "VERB" and "Part" in p.morph.get("VerbForm") \
                    and lemma_of(p) not in _UNDERGO \
                    and all(tv[k].text in ("»", "”", '"') for k in range(o.i + 1, p.i)):
                got += _par_name(p, index)
            elif p.dep_ == "nmod" and p.lower_ == "part" and case_of(p) == "de" \
                    and any(d.lower_ == "la" for d in p.children):
                got += [x for k in p.children if k.dep_ == "nmod" and case_of(k) in ("de", "d'", "du", "des")
                        for x in entities_at(k, index)]
    subj = {n for n, _ in _subject_of(t, index)}
    out.put("blamed_maker", [x for x in got if index.kinds.get(x[1]) in ("name", "introducer") and x[0] not in subj])


_SIDE_VERBS = frozenset({"ranger", "placer", "mettre", "aligner"})


@acts_on(lambda w: w.verbal and w.lemma in _SIDE_VERBS)
def sided_with(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"X s'est rangé aux côtés de Y", "X s'est rangé à ses côtés" (the possessive's holder), "X s'est rangé
    derrière Y" with the parser making Y the verb's object and "derrière" an adverb: X sides with Y (slot
    "prep:derrière" of ally.behind)."""
    if not verbal or lemma_of(t) not in _SIDE_VERBS:
        return
    if out.get("prep:derrière") or not any(c.lower_ in ("se", "s'", "s’") for c in t.children):
        return
    got = []
    for c in t.children:
        if c.lower_ in ("côtés", "côté") and case_of(c) in ("à", "aux", "au", "du") and c.dep_.startswith("obl"):
            got += [x for k in c.children if k.dep_ == "nmod" and case_of(k) in ("de", "d'", "du", "des")
                    for x in entities_at(k, index)]
            for d in c.children:
                if d.dep_ == "det" and d.lower_ in ("ses", "son", "leurs", "leur"):
                    who = index.entity_at(d.i)
                    if who is not None:
                        got.append((who, d.i))
        elif c.dep_ == "obj" and c.i >= 1 and t.doc[c.left_edge.i - 1].lower_ == "derrière":
            got += entities_at(c, index)
    subj = {n for n, _ in _subject_of(t, index)}
    out.put("prep:derrière", [x for x in got if x[0] not in subj])


@acts_on(lambda w: w.pos == "ADJ" and w.lower in ("intime", "intimes"))
def intimate_adjective(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"X, un intime de Y" tagged an adjective (rule ally.intimate_adj): with a determiner and a "de" name, the
    noun's reading: X (the name it is set beside, or the copula's subject) is close to Y."""
    if t.pos_ != "ADJ" or t.lower_ not in ("intime", "intimes"):
        return
    dets = [d for d in t.children if d.dep_ == "det" and d.lower_ in ("un", "une", "le", "la", "l'", "l’", "des", "les")]
    if not dets:
        return
    to = [x for k in t.children if k.dep_ == "nmod" and case_of(k) in ("de", "d'", "du", "des")
          for x in entities_at(k, index)]
    if not to:
        return
    who = [x for c in t.children if c.dep_ == "nsubj" for x in entities_at(c, index)]
    if not who and t.dep_ in ("appos", "conj") and t.head.i < t.i and t.doc[dets[0].i - 1].text == ",":
        who = entities_at(t.head, index)
    who = [x for x in who if x[0] not in {n for n, _ in to}]
    if who:
        out.put("intimate_of", who[:1])
        out.put("intimate_to", to[:1])


_AIM_NOUNS = frozenset({"objectif", "ambition", "but", "cible", "pari", "défi", "mission", "obsession"})


@acts_on(lambda w: w.verbal and w.lemma in ("rivaliser", "concurrencer"))
def stated_aim_competes(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"Objectif affiché : rivaliser avec Y", "L'ambition est affichée : concurrencer Y": an aim stated with no
    subject is the article's company's (slot "subj" of competes.verb: the topic, an organisation; read27 ho-741,
    read26 ho-732)."""
    if not verbal or lemma_of(t) not in ("rivaliser", "concurrencer"):
        return
    if "subj" in out or not index.topic or index.type_of(index.topic) != "ORG" \
            or "Inf" not in t.morph.get("VerbForm"):
        return
    tv, start = t.doc, t.sent.start
    colon = next((k for k in range(t.i - 1, max(start, t.i - 4) - 1, -1) if tv[k].text == ":"), None)
    if colon is None or colon - start > 5 or not any(tv[k].lower_ in _AIM_NOUNS for k in range(start, colon)):
        return
    if any(tv[k].pos_ not in ("ADV", "ADP", "NOUN") for k in range(colon + 1, t.i)):
        return   # (only "à terme", "désormais" between the colon and the verb)
    if any(n == index.topic for slot in ("obj", "prep:avec") for n, _ in out.get(slot, ())):
        return
    out.put("subj", [(index.topic, -1)])


@acts_on(lambda w: w.pos == "NOUN" and w.lower == "ralliement")
def rallying_after_apposition(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"Le ralliement de X, l'un des actionnaires de Z, à Y": the "à" phrase after the apposition set off by commas
    is the rallying's (the parser hangs it on the main verb); slot "prep:à" of ally.rallying."""
    if t.pos_ != "NOUN" or t.lower_ != "ralliement":
        return
    if out.get("prep:à") or out.get("target") or not out.get("prep:de"):
        return
    tv = t.doc
    end = t.right_edge.i
    if end + 3 >= len(tv) or tv[end].text != "," or tv[end + 1].lower_ not in ("à", "au", "aux"):
        # (the right edge is the apposition's closing comma when the parser hung it on the noun; else the comma
        # right after it)
        if end + 3 < len(tv) and tv[end + 1].text == "," and tv[end + 2].lower_ in ("à", "au", "aux"):
            end += 1
        else:
            return
    if not any(tv[k].text == "," for k in range(t.i + 1, end)):
        return   # (an apposition opened by a comma before)
    k = end + 2
    while k < len(tv) and k < end + 5 and index.entity_at(k) is None and tv[k].pos_ in ("DET", "NOUN"):
        k += 1
    name = index.entity_at(k) if k < len(tv) else None
    if name is not None and name not in {n for n, _ in out.get("prep:de", ())}:
        out.put("prep:à", [(name, k)])


_DATE_NOUNS = frozenset({"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
                         "octobre", "novembre", "décembre", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
                         "dimanche", "printemps", "été", "automne", "hiver", "matin", "soir", "semaine", "mois",
                         "année", "veille", "lendemain"})


@acts_on(lambda w: w.verbal and w.pos == "VERB")
def agent_under_date(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"X a été reçu à Bercy en janvier par le ministre de l'Économie, Y": the parser hangs the "par" phrase on the
    date word; the agent is the verb's, and the person apposed to a title stands for the title (slot "agent"; read27
    ho-749: a MEETS lost, the plain sentence reproduces; "reçu en janvier par Y" alone is parsed right)."""
    if not verbal or t.pos_ != "VERB" or "agent" in out:
        return
    for c in t.children:
        if not c.dep_.startswith("obl") or c.lower_ not in _DATE_NOUNS:
            continue
        for k in c.children:
            if k.dep_ != "obl:agent" and not (k.dep_.startswith(("obl", "nmod")) and case_of(k) == "par"):
                continue
            person = [x for a in k.children if a.dep_ == "appos" and a.i > k.i for x in entities_at(a, index)
                      if index.type_of(x[0]) == "PER"]
            got = person[:1] or entities_at(k, index)
            if got:
                out.put("agent", got)
            return


_ARTICLES = frozenset({"le", "la", "les", "l'", "l’", "des", "du", "de", "d'", "d’", "un", "une", "à", "au", "aux"})


def _after_rather_than(view) -> frozenset[int]:
    """The positions of the words that open the phrase after "plutôt que" (and its articles)."""
    where = set()
    words = view.word_positions()
    for i in words.get("plutôt", ()):
        j = i + 1
        if j < len(view) and view[j].lower_ in ("que", "qu'", "qu’"):
            j += 1
            while j < len(view) and j < i + 5 and view[j].lower_ in _ARTICLES:
                j += 1
            where.add(j)
    return frozenset(where)


@acts_on(lambda w: True)
def rather_than_no_party(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"Le choix d'un chantier chinois plutôt que des Chantiers de Z a été dénoncé par X": what "plutôt que" sets
    aside is what was not chosen, no party (the parser makes it a second subject of the main verb: X accused Z)."""
    tv = t.doc
    if "plutôt" not in tv.lower_words():
        return
    where = tv.derived("fights27_rather_than", _after_rather_than)
    if where:
        out.drop_at(where, lambda name, i: True)


FIGHTS27_READERS = Readers(framed_event_subject, assured_of_support, court_seized_by, strike_called_against,
                           rather_than_no_party, blamed_maker_loose,
                           sided_with, intimate_adjective, stated_aim_competes,
                           rallying_after_apposition, agent_under_date)
