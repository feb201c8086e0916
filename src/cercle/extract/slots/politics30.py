"""(s30-politics30) The political press as a genre, read as mechanisms (blind29 ho-865…872):

- a possessive ally or rival noun with the name it is apposed to: "son alliée Y", "son rival Y", "Y, son
  protégé" (slot "own_named"; the possessor is the generic "poss" slot): ALLY_OF / OPPOSES;
- a blame aimed without naming: "X a dénoncé une dérive, visant sans le nommer Y", "Y, visé sans être nommé
  par X" (slots "unnamed_blamer", "unnamed_blamed"): X accuses Y;
- entering a government: "X est entré au gouvernement de Z", "son entrée au gouvernement de Z", "X a fait
  son entrée au gouvernement Z" (slots "gov_entrant", "gov_entered"): membership of the government (the team's
  convention: a minister is MEMBER_OF the government);
- bringing a government down: "X a fait tomber le gouvernement Z", "X veut renverser le gouvernement de Z"
  (slots "toppler", "toppled"): OPPOSES;
- where one comes from in politics: "X, issu du parti Y", "X, issue des rangs de Y" (slots "issued_member",
  "issued_party"), only when the text calls Y a party (slots/bonds.party_names, or a party word in its name):
  MEMBER_OF.

Each reader tests its trigger word first (its @acts_on declaration) and walks only the trigger's children,
its head chain or the next few tokens."""
from __future__ import annotations

from ...mentions.entities import EntityIndex
from ...mentions.lexicon import fold, lexicon
from ..arguments import _subject_of, case_of, entities_at, lemma_of
from .found import Found
from .gate import Readers, acts_on

_POSSESSIVES = frozenset({"son", "sa", "ses", "leur", "leurs"})
_OWN_NOUNS = frozenset({"allié", "alliée", "alliés", "alliées", "fidèle", "fidèles", "protégé", "protégée",
                        "poulain", "pouliche", "dauphin", "dauphine", "mentor", "mentore", "lieutenant",
                        "lieutenante", "ami", "amie", "confident", "confidente",
                        "rival", "rivale", "rivaux", "adversaire", "adversaires", "ennemi", "ennemie", "opposant",
                        "opposante", "challenger", "challengeur", "challengeuse"})


def _name_entities(tok, index: EntityIndex) -> list:
    return entities_at(tok, index) if index.kinds.get(tok.i) == "name" else []


@acts_on(lambda w: w.pos == "NOUN" and w.lower in _OWN_NOUNS)
def own_named(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"son alliée Y", "son rival, Y", "Y, son protégé": the name a possessive ally or rival noun is apposed to."""
    if t.pos_ != "NOUN" or t.lower_ not in _OWN_NOUNS:
        return
    if not any(c.dep_ == "det" and c.lower_ in _POSSESSIVES for c in t.children):
        return
    got = [x for c in t.children if c.dep_ in ("appos", "flat:name") and c.i > t.i
           for x in _name_entities(c, index)]
    if not got:
        # "son allié de toujours, Y": the name apposed after a comma to the noun's own complement
        got = [x for c in t.subtree if c.i > t.i and c.dep_ == "appos" and t.doc[c.i - 1].text == ","
               and c.head.i != t.i and c.head.pos_ != "PROPN" for x in _name_entities(c, index)][:1]
    if not got and t.dep_ == "appos" and t.head.i < t.i:
        got = _name_entities(t.head, index)
    if not got:
        # ("son allié de toujours, Y" with the name hung on the verb: the generic apposition reading, right after)
        got = [x for x in out.get("head") or () if t.i < x[1] <= t.right_edge.i + 2]
    if got:
        out.put("own_named", got[:1])


_NAMING = frozenset({"nommer", "citer", "désigner", "mentionner"})
_AIMING = frozenset({"viser", "cibler", "attaquer", "égratigner", "épingler", "tacler", "critiquer", "dénoncer",
                     "fustiger", "railler", "étriller", "brocarder", "accuser", "égratigner", "tancer"})


def _verb_subject(v, index: EntityIndex) -> list:
    """The subject of the verb, or of the nearest verb above a participle hung on a noun ("une dérive, visant …")."""
    hops = 0
    while v is not None and hops < 4:
        if v.pos_ in ("VERB", "AUX") and v.dep_ not in ("acl",):
            got = _subject_of(v, index)
            if got:
                return got
        if v.head.i == v.i:
            return []
        v = v.head
        hops += 1
    return []


@acts_on(lambda w: w.pos == "VERB" and w.lemma in _NAMING)
def unnamed_target(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"X …, visant sans le nommer Y", "X a visé sans la citer Y", "Y, visé sans être nommé par X": X accuses Y."""
    if t.pos_ != "VERB" or lemma_of(t) not in _NAMING:
        return
    if not any(c.lower_ == "sans" and c.dep_ in ("mark", "case") for c in t.children):
        return
    aim = t.head
    if aim.i == t.i or aim.pos_ != "VERB" or lemma_of(aim) not in _AIMING:
        return
    doc = t.doc
    passive = any(c.dep_ == "aux:pass" for c in t.children)
    if passive:
        blamer = [x for c in t.children if c.dep_ == "obl:agent" for x in entities_at(c, index)]
        blamer = blamer or [x for c in aim.children if c.dep_ == "obl:agent" for x in entities_at(c, index)]
        blamed = _name_entities(aim.head, index) if aim.dep_ == "acl" and aim.head.i < aim.i else []
    else:
        blamed = []
        for k in range(t.i + 1, min(t.i + 3, len(doc))):
            if doc[k].text == ",":
                continue
            blamed = _name_entities(doc[k], index)
            break
        blamed = blamed or [x for c in aim.children if c.dep_ == "obj" and c.i > t.i
                            for x in _name_entities(c, index)]
        blamed = blamed or [x for c in t.children if c.dep_ in ("nsubj", "obj") and c.i > t.i
                            for x in _name_entities(c, index)]
        if blamed:
            first = index.entity_at(blamed[0][1])
            blamed += [x for c in doc[blamed[0][1]].children if c.dep_ == "conj"
                       for x in _name_entities(c, index) if x[0] != first]
        if aim.dep_ == "advcl" and aim.head.i > aim.i:
            blamer = _subject_of(aim.head, index)   # ("En visant sans le nommer Y, X a …": the main clause's)
        else:
            blamer = _verb_subject(aim, index)
        named = {n for n, _ in blamed}
        blamer = [x for x in blamer if x[0] not in named and not t.i < x[1] <= t.i + 12]
    if blamer and blamed:
        out.put("unnamed_blamer", blamer[:1])
        out.put("unnamed_blamed", blamed[:3])


_GOV_WORDS = frozenset({"gouvernement"})


def _gov_phrase(tok, index: EntityIndex) -> list:
    """The named government a "au gouvernement de Z" / "au gouvernement Z" phrase gives."""
    if tok.lower_ not in _GOV_WORDS or case_of(tok) not in ("à", "au", "dans"):
        return []
    if not any(c.dep_ in ("nmod", "flat:name", "appos") or c.pos_ == "PROPN" for c in tok.children):
        return []   # (a bare "entrer au gouvernement": the government the text names elsewhere is not said here)
    got = entities_at(tok, index)
    if got and fold(got[0][0]).startswith("gouvernement"):
        return got[:1]
    return []


_ENTERING = frozenset({"entrer", "revenir", "retourner"})
_ENTRIES = frozenset({"entrée", "retour", "arrivée"})


@acts_on(lambda w: (w.pos == "VERB" and w.lemma in _ENTERING) or (w.pos == "NOUN" and w.lower in _ENTRIES))
def entered_government(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"X est entré au gouvernement de Z", "pour entrer au gouvernement Z", "son entrée au gouvernement de Z",
    "X a fait son entrée au gouvernement de Z": X is a member of that government."""
    if not (t.pos_ == "VERB" and lemma_of(t) in _ENTERING or t.pos_ == "NOUN" and t.lower_ in _ENTRIES):
        return
    gov, holder = [], t
    for c in t.children:
        if c.dep_ in ("obl", "obl:arg", "obl:mod", "nmod"):
            gov = gov or _gov_phrase(c, index)
    if not gov and t.pos_ == "NOUN" and t.dep_ == "obj" and lemma_of(t.head) == "faire":
        holder = t.head   # ("X a fait son entrée au gouvernement": the phrase hung on "faire")
        for c in holder.children:
            if c.dep_ in ("obl", "obl:arg", "obl:mod"):
                gov = gov or _gov_phrase(c, index)
    if not gov:
        return
    if t.pos_ == "VERB":
        member = [x for c in t.children if c.dep_ in ("nsubj", "nsubj:pass") for x in entities_at(c, index)] \
            or _subject_of(t, index)
    elif holder is not t:
        member = _subject_of(holder, index)
    else:
        member = [x for c in t.children if c.dep_ == "nmod" and case_of(c) in ("de", "d'", "d’", "du")
                  and c.i < gov[0][1] for x in entities_at(c, index)] or list(out.get("poss") or ())
        if not member and any(c.dep_ == "det" and c.lower_ in ("son", "sa") for c in t.children):
            # "Son entrée au gouvernement de Z": the person a possessive points back to
            member = _possessor(t, index, exclude={gov[0][0]})
    if member:
        out.put("gov_entrant", member[:1])
        out.put("gov_entered", gov)


def _possessor(t, index: EntityIndex, exclude: set) -> list:
    """Whom "son"/"sa" before ``t`` points back to: the nearest person named before it in its sentence, else the
    subject of the previous sentence's main verb (a pronoun the coreference step resolved counts); else no one."""
    doc, sent = t.doc, t.sent
    for j in range(t.i - 1, sent.start - 1, -1):
        name = index.entity_at(j)
        if name and name not in exclude and index.kinds.get(j) == "name" and index.type_of(name) == "PER":
            return [(name, j)]
    j = sent.start - 1
    while j >= 0 and doc[j].is_space:
        j -= 1   # (a paragraph break between the two)
    if j < 0:
        return []
    prev = doc[j].sent
    got = [x for c in prev.root.children if c.dep_ in ("nsubj", "nsubj:pass") for x in entities_at(c, index)]
    return [x for x in got if x[0] not in exclude and index.type_of(x[0]) == "PER"][:1]


@acts_on(lambda w: w.pos == "VERB" and w.lemma in ("tomber", "renverser"))
def toppled(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"X a fait tomber le gouvernement Z", "X veut renverser le gouvernement de Z": X opposes Z."""
    if t.pos_ != "VERB" or lemma_of(t) not in ("tomber", "renverser"):
        return
    if lemma_of(t) == "tomber" and not any(lemma_of(c) == "faire" for c in t.children) and not (
            t.dep_ == "xcomp" and lemma_of(t.head) == "faire"):
        return
    down = [x for c in t.children if c.dep_ == "obj" for x in entities_at(c, index)]
    if not down and t.dep_ == "xcomp":
        down = [x for c in t.head.children if c.dep_ == "obj" for x in entities_at(c, index)]
    if not down:
        return
    who = [x for c in t.children if c.dep_ == "nsubj" for x in entities_at(c, index)] or _subject_of(t, index)
    if not who and t.dep_ == "xcomp":
        who = _subject_of(t.head, index)
    if not who:
        # "la motion, qui a fait tomber le gouvernement Z grâce aux voix de X": the votes that brought it down
        who = [x for c in t.children if c.dep_.startswith("obl") and c.lower_ in _VOTES
               for k in c.children if k.dep_ == "nmod" and case_of(k) in ("de", "d'", "d’", "du", "des")
               for x in entities_at(k, index)]
    if who:
        out.put("toppler", who[:1])
        out.put("toppled", down[:1])


_VOTES = frozenset({"voix", "votes", "vote", "suffrages"})
_ISSUED = frozenset({"issu", "issue", "issus", "issues"})


@acts_on(lambda w: w.lower in _ISSUED)
def issued_from(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"X, issu du parti Y", "X, issue des rangs de Y", "X est issu de Y": X is a member of the party Y (only a
    body the text calls a party, or whose name opens on a party word)."""
    if t.lower_ not in _ISSUED:
        return
    from .bonds import party_names
    froms = [c for c in t.children if c.dep_ in ("obl", "obl:arg", "obl:mod", "nmod")
             and case_of(c) in ("de", "d'", "d’", "du", "des")]
    froms += [k for c in froms if c.lower_ == "rangs" for k in c.children if k.dep_ == "nmod"]
    bodies = [x for c in froms for x in entities_at(c, index)]
    if not bodies:
        return
    if (t.dep_ in ("acl", "amod", "appos") or t.dep_ == "nmod" and t.doc[t.i - 1].text == ",") and t.head.i < t.i:
        member = entities_at(t.head, index)
    else:
        member = [x for c in t.children if c.dep_ in ("nsubj", "nsubj:pass") for x in entities_at(c, index)]
    if not member:
        return
    words = lexicon()["membership_name_words"]
    parties = party_names(index, t.doc)
    bodies = [x for x in bodies if x[0] in parties or fold(x[0]).split(" ", 1)[0] in words]
    if bodies:
        out.put("issued_member", member[:1])
        out.put("issued_party", bodies[:1])


POLITICS30_READERS = Readers(own_named, unnamed_target, entered_government, toppled, issued_from)
