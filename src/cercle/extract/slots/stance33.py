"""(s33-stance33) Stances whose holder the sentence does not name: a possessive, a dative clitic or a stressed pronoun
stands for one party, or the cue is a turn of phrase rather than a verb of attack. The cue words are lexical
families, in data/stance33.yaml (French words, never a name):

- a feud, a closeness, an attack or a meeting owned by a possessive or a dative ("Ses passes d'armes avec Y ont
  animé …", "son refus lui a valu une brouille durable avec Y", "sa proximité avec Y", "ses piques contre Y",
  "son entretien avec Y"): the owner is the clause's subject when the noun is not it ("X doit tout à sa proximité
  avec Y"), else the one actor the sentence before had for its subject, else the portrait's person when no other
  person is named near (slots "owned_feud", "owned_close", "owned_attack", "owned_meet" for the owner and
  "feud_with", "close_with", "attack_on", "meet_with" for the other): OPPOSES, ALLY_OF, ACCUSES, MEETS;
- a predicate of closeness or enmity whose other party is a stressed pronoun ("X est réputé proche de lui", "X,
  longtemps fidèle d'elle", "X reste l'adversaire de lui"): the pronoun is the one person of its gender the
  sentence before made its subject (slots "pron_holder", "pron_close" / "pron_enemy" / "pron_accused");
- a target made of someone ("X a fait de Y une cible", "X a pris Y pour cible", "X a fait de Y sa bête noire",
  "X a fait de Y son ennemi"): ACCUSES, OPPOSES for an enemy (slots "targeter", "target");
- going along with one ("X accompagnait le ministre Y", "X, qui accompagnait Y", "X a escorté Y"): two persons,
  or a person and a government, meet (slots "companion", "accompanied");
- a possessive ally named by a predicate or beside a name's apposition ("Son mentor s'appelle Y", "Son parrain en
  politique reste Y", "Y, alors président de Z et son mentor"): slot "own_named", read with politics30's "poss" (set
  to the person the possessive stands for when the generic reading found none);
- a ruling blamed in a court report ("Me X a dénoncé « un arrêt guidé par l'émotion »", "X fustige un jugement",
  "X déplore une décision"): X accuses the report's one court ("un arrêt" a cour's, "un jugement" a tribunal's)
  (slots "ruling_critic", "ruling_court");
- a relative "dont" making its subject one's ally or rival ("Y, dont il reste un fidèle", "Y, dont il fut le bras
  droit", "Y, dont elle est l'une des plus proches alliées") (slots "dont_holder", "dont_ally" / "dont_enemy").

Each reader tests its trigger word first (its @acts_on declaration) and walks only the trigger's children, its
head and the sentence before."""
from __future__ import annotations

from pathlib import Path

from ...mentions.entities import EntityIndex
from ...yamldata import load_yaml
from ..arguments import _subject_of, case_of, entities_at, lemma_of
from .found import Found
from .gate import Readers, acts_on

_W = load_yaml((Path(__file__).resolve().parent.parent / "data" / "stance33.yaml").read_text(encoding="utf-8"))


def _set(key: str) -> frozenset:
    return frozenset(str(x).lower() for x in _W[key])


_FEUD = _set("feud_nouns")
_FEUD_PHRASES = {k.lower(): [str(x).lower() for x in v] for k, v in _W["feud_phrases"].items()}
_ALLY = _set("ally_nouns")
_ATTACK = _set("accuse_nouns")
_ATTACK_CASES = _set("accuse_cases")
_MEET = _set("meet_nouns")
_DATIVE = _set("dative_verbs")
_POSS = _set("possessives")
_ALLY_PRED = _set("ally_predicates")
_ENEMY_PRED = _set("oppose_predicates")
_ACCUSE_PRED = _set("accuse_predicates")
_TARGET = _set("target_nouns")
_TARGET_PHRASES = {k.lower(): [str(x).lower() for x in v] for k, v in _W["target_phrases"].items()}
_TARGET_OPPOSE = _set("target_oppose")
_ACCOMPANY = _set("accompany_verbs")
_OWNED = _FEUD | frozenset(_FEUD_PHRASES) | _ALLY | _ATTACK | _MEET
_PRED = _ALLY_PRED | _ENEMY_PRED | _ACCUSE_PRED
_PARTIES = ("PER", "ORG", "GOV")
_DE = ("de", "d'", "d’", "du", "des")
_PHRASE = ("obl", "obl:mod", "obl:arg", "nmod")
_NEG = frozenset({"pas", "jamais", "plus", "guère", "point"})
_STRESSED = {"lui": "Masc", "elle": "Fem"}


def _put(out: Found, slot: str, items: list) -> None:
    if items:
        out.put(slot, items)
        out["_no_linear"] = []


def _follows(t, phrases: list[str]) -> bool:
    """Whether the words after ``t`` begin with one of ``phrases`` ("passes" + "d'armes"); an empty list: any."""
    if not phrases:
        return True
    doc = t.doc
    rest = doc.text[t.idx + len(t.text):t.idx + len(t.text) + 24].lower().replace("’", "'").lstrip()
    return any(rest.startswith(p.replace("’", "'")) for p in phrases)


def _named(tok, index: EntityIndex, types=_PARTIES) -> list:
    """The actors a word and its conjuncts stand for: names, named introducers and resolved second references."""
    got = []
    for k in (tok, *tok.conjuncts):
        for x in entities_at(k, index):
            if x[1] >= 0 and index.type_of(x[0]) in types and x[0] not in [n for n, _ in got]:
                got.append(x)
    return got


def _person_gender(index: EntityIndex, name: str, doc) -> str | None:
    from ...mentions.coref import _person_gender as gender
    try:
        return gender(index, name, doc)
    except Exception:   # (an index without the entity's mentions: no gender known)
        return None


def _previous_subjects(t, index: EntityIndex) -> list:
    """The actors the sentence before ``t``'s made subjects of its verbs (names, resolved pronouns, titles), in
    order, each once."""
    doc, sent = t.doc, t.sent
    j = sent.start - 1
    while j >= 0 and doc[j].is_space:
        j -= 1
    if j < 0:
        return []
    prev = doc[j].sent
    root = prev.root
    heads = {root.i, *(c.i for c in root.conjuncts)}   # (the main clause's: a relative's subject is no topic)
    got = []
    for k in prev:
        if k.dep_ in ("nsubj", "nsubj:pass") and k.head.i in heads:
            for x in entities_at(k, index):
                if x[1] >= 0 and index.type_of(x[0]) in _PARTIES and x[0] not in [n for n, _ in got]:
                    got.append(x)
    return got


def _portrait(index: EntityIndex, doc) -> str | None:
    from .protag30 import _portrait_person
    return _portrait_person(index, doc)


def _persons_near(t, index: EntityIndex) -> set:
    """The persons named in ``t``'s sentence before it and in the sentence before."""
    doc, sent = t.doc, t.sent
    start = sent.start
    j = start - 1
    while j >= 0 and doc[j].is_space:
        j -= 1
    if j >= 0:
        start = doc[j].sent.start
    return {n for k in range(start, t.i) if (n := index.entity_at(k)) is not None and index.type_of(n) == "PER"}


def _clause_verb(noun):
    """The verb whose clause holds ``noun`` (an object, a phrase, a subject), and whether the noun is its subject."""
    h, hops = noun, 0
    while hops < 3 and h.head.i != h.i:
        dep = h.dep_
        h = h.head
        hops += 1
        if h.pos_ in ("VERB", "AUX") or (h.pos_ in ("ADJ", "NOUN") and any(c.dep_ == "cop" for c in h.children)):
            return h, dep in ("nsubj", "nsubj:pass")
        if h.pos_ not in ("NOUN", "PROPN"):
            return None, False
    return None, False


def _owner(noun, index: EntityIndex, others: set, dative=None, types=_PARTIES) -> list:
    """Whom the possessive of ``noun`` (or the dative clitic ``dative``) stands for (see the module's head)."""
    doc = noun.doc
    if dative is not None:
        got = [x for x in entities_at(dative, index) if x[1] >= 0 and index.type_of(x[0]) in types]
        if got:
            return [x for x in got if x[0] not in others][:1]
        verb, is_subj = dative.head, False
    else:
        verb, is_subj = _clause_verb(noun)
    if verb is not None and not is_subj:
        subj = [x for x in _subject_of(verb, index) if x[1] >= 0 and index.type_of(x[0]) in _PARTIES]
        subj = [x for x in subj if x[0] not in others]
        if subj:
            ok = len({n for n, _ in subj}) == 1 and index.type_of(subj[0][0]) in types
            return subj[:1] if ok else []
        if any(c.dep_ in ("nsubj", "nsubj:pass") and c.pos_ in ("NOUN", "PROPN") and index.entity_at(c.i) is None
               and not any(k.dep_ == "det" and k.lower_ in _POSS for k in c.children) for c in verb.children):
            return []   # (a subject that is no actor and no possessive of one: "l'enquête sur ses liens avec Y")
    here = [n for k in range(noun.sent.start, noun.i) if (n := index.entity_at(k)) is not None
            and index.type_of(n) in types and n not in others]
    if here:
        return []   # (an actor named before it in its sentence: the possessive may be its)
    prev = [x for x in _previous_subjects(noun, index) if x[0] not in others and index.type_of(x[0]) in types]
    if len(prev) == 1:
        if any(p != prev[0][0] for p in _persons_near(noun, index) - others):
            return []   # ("X a nommé Y. Son différend avec Z …": the possessive may be Y's)
        return [(prev[0][0], -1)]
    if prev:
        return []
    person = _portrait(index, doc)
    if person is None or person in others:
        return []
    if any(p != person for p in _persons_near(noun, index) - others):
        return []
    return [(person, -1)]


def _negated(verb) -> bool:
    return verb is not None and any(c.dep_ == "advmod" and c.lower_ in _NEG for c in verb.children)


def _others(noun, cases) -> list:
    """The phrases of ``noun`` (or of the noun it heads a phrase for: "passes d'armes avec Y") with ``cases``."""
    heads = [noun]
    for c in noun.children:   # ("passes d'armes avec Y": the phrase may hang on "armes")
        if c.dep_ == "nmod" and c.i <= noun.i + 3 and c.lower_ in ("armes", "fer", "nerfs"):
            heads.append(c)
    got = [c for h in heads for c in h.children if c.dep_ in _PHRASE and case_of(c) in cases]
    if not got and noun.dep_ == "obj" and noun.head.pos_ == "VERB":
        # ("lui a valu une brouille avec Y": the phrase hung on the verb, right after its object)
        got = [c for c in noun.head.children if c.dep_ in _PHRASE and case_of(c) in cases
               and noun.i < c.i <= noun.right_edge.i + 3]
    return got


# ---------------------------------------------------------------- a stance owned by a possessive or a dative

def _kind(t) -> str | None:
    low = t.lower_
    if low in _FEUD_PHRASES and _follows(t, _FEUD_PHRASES[low]):
        return "feud"
    if low in _FEUD:
        return "feud"
    if low in _ALLY:
        return "close"
    if low in _ATTACK:
        return "attack"
    if low in _MEET:
        return "meet"
    return None


@acts_on(lambda w: w.pos == "NOUN" and w.lower in _OWNED)
def owned_stance(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"Ses passes d'armes avec Y", "son refus lui a valu une brouille avec Y", "sa proximité avec Y", "ses piques
    contre Y", "son entretien avec Y" (slots "owned_feud" / "feud_with", "owned_close" / "close_with",
    "owned_attack" / "attack_on", "owned_meet" / "meet_with")."""
    if t.pos_ != "NOUN" or t.lower_ not in _OWNED:
        return
    kind = _kind(t)
    if kind is None:
        return
    slots = {"feud": ("owned_feud", "feud_with"), "close": ("owned_close", "close_with"),
             "attack": ("owned_attack", "attack_on"), "meet": ("owned_meet", "meet_with")}[kind]
    if out.get(slots[0]):
        return
    poss = any(c.dep_ in ("det", "nmod:poss") and c.lower_ in _POSS for c in t.children)
    dative = None
    if not poss and t.dep_ == "obj" and t.head.pos_ == "VERB" and lemma_of(t.head) in _DATIVE:
        dative = next((c for c in t.head.children if c.lower_ == "lui" and c.pos_ == "PRON"
                       and c.i < t.head.i), None)
    if not poss and dative is None:
        return
    if any(c.dep_ == "nmod" and case_of(c) in _DE and index.entity_at(c.i) is not None for c in t.children):
        return   # ("sa querelle de X avec Y": an owner said; read by the rules)
    cases = tuple(_ATTACK_CASES) if kind == "attack" else ("avec",)
    types = ("PER", "GOV") if kind == "meet" else _PARTIES
    other = [x for c in _others(t, cases) for x in _named(c, index, types)]
    if not other:
        return
    owner = _owner(t, index, {n for n, _ in other}, dative, ("PER",) if kind in ("close", "meet") else _PARTIES)
    if not owner or index.type_of(owner[0][0]) not in types:
        return
    if kind in ("close", "meet") and index.type_of(owner[0][0]) != "PER":
        return   # (a person's closeness or meeting: two companies close are partners, the partners' rules)
    _put(out, slots[0], owner)
    _put(out, slots[1], [x for x in other if x[0] != owner[0][0]][:2])


# ---------------------------------------------------------------- a stressed pronoun for the other party

def _stressed_antecedent(pron, holder: set, index: EntityIndex) -> list:
    """The one person of the pronoun's gender the sentence before made its subject (or, with none, the one person of
    that gender named before it in its sentence), never the predicate's holder."""
    gender = _STRESSED.get(pron.lower_)
    doc = pron.doc
    if gender is None:
        return []

    def fits(n):
        return n not in holder and index.type_of(n) == "PER" and _person_gender(index, n, doc) in (None, gender)

    here = {n for k in range(pron.sent.start, pron.i) if (n := index.entity_at(k)) is not None and fits(n)}
    prev = [n for n, _ in _previous_subjects(pron, index) if fits(n)]
    if len(here) == 1 and (not prev or prev == list(here)):
        return [(next(iter(here)), -1)]
    if not here and len(prev) == 1:
        return [(prev[0], -1)]
    return []


def stressed_stance_in(sent) -> bool:
    """Whether a sentence naming one actor may still hold a stance: a predicate of closeness or enmity with a stressed
    pronoun for its complement ("X est réputé proche de lui"; relations.py's two-party gate)."""
    doc = sent.doc
    for t in sent:
        if t.lower_ in _STRESSED and t.i - 2 >= sent.start and doc[t.i - 1].lower_ in _DE \
                and doc[t.i - 2].lower_ in _PRED:
            return True
    return False


@acts_on(lambda w: w.lower in _PRED and w.pos in ("NOUN", "ADJ", "VERB", "PROPN"))
def pronoun_stance(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"X est réputé proche de lui", "X, longtemps fidèle d'elle", "X reste l'adversaire de lui" (slots
    "pron_holder" and "pron_close" / "pron_enemy" / "pron_accused")."""
    if t.lower_ not in _PRED or out.get("pron_holder"):
        return
    prons = [c for c in t.children if c.dep_ in _PHRASE and c.pos_ == "PRON" and c.lower_ in _STRESSED
             and case_of(c) in _DE]
    if not prons:
        return
    low = t.lower_
    slot = "pron_accused" if low in _ACCUSE_PRED else "pron_enemy" if low in _ENEMY_PRED else "pron_close"
    holder = []
    if t.dep_ == "appos" or (t.dep_ in ("acl", "amod") and t.head.pos_ == "PROPN"):
        holder = [x for x in entities_at(t.head, index) if x[1] >= 0]
    if not holder:
        holder = [x for x in _subject_of(t, index) if x[1] >= 0]
    if not holder and t.dep_ in ("xcomp", "obj", "obl:arg", "obl") and t.head.pos_ in ("VERB", "AUX"):
        holder = [x for x in _subject_of(t.head, index) if x[1] >= 0]   # ("est réputé proche de lui")
    holder = [x for x in holder if index.type_of(x[0]) in _PARTIES]
    if len({n for n, _ in holder}) != 1:
        return
    other = _stressed_antecedent(prons[0], {holder[0][0]}, index)
    if not other:
        return
    if slot != "pron_close" and index.type_of(holder[0][0]) != "PER":
        return
    _put(out, "pron_holder", holder[:1])
    _put(out, slot, other)


# ---------------------------------------------------------------- a target made of someone

def _target_noun(t) -> bool:
    low = t.lower_
    return low in _TARGET and _follows(t, _TARGET_PHRASES.get(low, []))


@acts_on(lambda w: w.lower in _TARGET and w.pos in ("NOUN", "ADJ", "PROPN"))
def target_made(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"X a fait de Y une cible", "X a fait de Y sa bête noire", "X a pris Y pour cible", "X a pris pour cible Y",
    "X a fait de Y son ennemi" (slots "targeter", "target"; "target_enemy" for an enemy)."""
    if t.lower_ not in _TARGET or out.get("targeter") or not _target_noun(t):
        return
    h, top = t.head, t
    if h.pos_ != "VERB" and t.dep_ in ("conj", "flat:name", "appos", "nmod") and any(
            c.dep_ in ("det", "nmod:poss") for c in t.children):
        # ("a fait de la société Y sa bête noire", "a fait du préfet Y son ennemi": the noun hung on the "de"
        # phrase or on its name)
        k = h
        for _ in range(2):
            if k.head.pos_ == "VERB" and lemma_of(k.head) == "faire" and k.dep_ in (*_PHRASE, "obj") \
                    and case_of(k) in _DE:
                top, h = k, k.head
                break
            if k.dep_ not in ("appos", "flat:name", "nmod") or k.head.i == k.i:
                break
            k = k.head
    if h.pos_ != "VERB" or top.dep_ not in ("obj", "xcomp", "obl", "obl:arg", "obl:mod", "nmod"):
        return
    lem = lemma_of(h)
    if lem == "faire":
        if top is t and t.dep_ not in ("obj", "xcomp"):
            return
        targets = [x for c in h.children if c.dep_ in (*_PHRASE, "obj") and case_of(c) in _DE and c.i < t.i
                   for x in _named(c, index) if x[1] < t.i]
    elif lem == "prendre":
        if case_of(t) != "pour" or t.lower_ not in ("cible", "cibles"):
            return
        targets = [x for c in h.children if c.dep_ == "obj" for x in _named(c, index)]
    else:
        return
    targets = [x for x in targets if index.kinds.get(x[1]) in ("name", "introducer")]
    if not targets or _negated(h):
        return   # (a description, "la banque publique", may stand for another bank than the one meant)
    who = [x for x in _subject_of(h, index) if x[1] >= 0 and index.type_of(x[0]) in _PARTIES]
    who = [x for x in who if x[0] not in {n for n, _ in targets}]
    if len({n for n, _ in who}) != 1:
        return
    _put(out, "targeter", who[:1])
    _put(out, "target_enemy" if t.lower_ in _TARGET_OPPOSE else "target", targets[:2])


# ---------------------------------------------------------------- going along with one

@acts_on(lambda w: w.verbal and w.lemma in _ACCOMPANY)
def accompanied(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"X accompagnait le ministre Y", "X, qui accompagnait Y", "X a escorté Y" (slots "companion",
    "accompanied"): persons, or a person and a government, only (a company "accompagne" its clients)."""
    if not verbal or lemma_of(t) not in _ACCOMPANY or out.get("companion"):
        return
    if any(c.dep_ == "aux:pass" for c in t.children) or _negated(t):
        return
    objs = [x for c in t.children if c.dep_ == "obj" for x in _named(c, index, ("PER", "GOV"))]
    if not objs:
        return
    who = [x for x in _subject_of(t, index) if x[1] >= 0 and index.type_of(x[0]) in ("PER", "GOV")]
    who = [x for x in who if x[0] not in {n for n, _ in objs}]
    if len({n for n, _ in who}) != 1 or not any(index.type_of(n) == "PER" for n, _ in (*who, *objs[:1])):
        return
    _put(out, "companion", who[:1])
    _put(out, "accompanied", objs[:2])




# ---------------------------------------------------------------- a possessive ally named by a predicate

_OWN_PRED_VERBS = frozenset({"appeler", "nommer", "être", "rester", "demeurer", "prénommer"})
_OWN_NOUNS = frozenset({"allié", "alliée", "fidèle", "protégé", "protégée", "poulain", "pouliche", "dauphin",
                        "dauphine", "mentor", "mentore", "lieutenant", "lieutenante", "ami", "amie", "confident",
                        "confidente", "parrain", "marraine", "pygmalion", "disciple", "rival", "rivale", "adversaire",
                        "ennemi", "ennemie", "bête", "némésis"})


@acts_on(lambda w: w.pos == "NOUN" and w.lower in _OWN_NOUNS)
def own_named_predicate(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"Son mentor s'appelle Y", "Son allié de toujours reste Y", "Y, alors président de Z et son mentor": the name a
    possessive ally or rival noun is said or listed beside (slot "own_named", read with politics30's)."""
    if t.pos_ != "NOUN" or t.lower_ not in _OWN_NOUNS or out.get("own_named"):
        return
    if not any(c.dep_ == "det" and c.lower_ in _POSS for c in t.children):
        return
    got = []
    h = t.head
    if t.dep_ in ("nsubj", "nsubj:pass") and h.pos_ in ("VERB", "AUX", "PROPN") and not _negated(h):
        if h.pos_ == "PROPN" and any(c.dep_ == "cop" for c in h.children):   # ("Son mentor est Y")
            got = [x for x in entities_at(h, index) if index.kinds.get(x[1]) == "name"]
        elif h.pos_ == "VERB" and lemma_of(h) in _OWN_PRED_VERBS:
            got = [x for c in h.children if c.dep_ in ("obj", "xcomp", "obl:arg", "attr", "nsubj") and c.i > h.i
                   for x in entities_at(c, index) if index.kinds.get(x[1]) == "name"]
    elif t.dep_ == "conj" and h.dep_ == "appos" and h.head.pos_ == "PROPN" and h.head.i < h.i:
        # ("Y, alors président de Z et son mentor, …": the noun joined to the name's apposition)
        got = [x for x in entities_at(h.head, index) if index.kinds.get(x[1]) == "name"]
    got = [x for x in got if index.type_of(x[0]) == "PER"]
    if not got:
        return
    out.put("own_named", got[:1])
    if not any(index.type_of(n) == "PER" for n, _ in out.get("poss") or ()):
        # (the possessive of a person's ally is a person's: not the company named in the apposition)
        owner = _owner(t, index, {got[0][0]}, None, ("PER",))
        if owner:
            out["poss"] = owner


# ---------------------------------------------------------------- a ruling blamed in a court report

_BLAME = _set("blame_verbs")
_RULING = _set("ruling_nouns")


# (present forms the tagger may take for an adjective or a noun: "qui critique un verdict")
_BLAME_FORMS = frozenset({v[:-1] for v in _BLAME if v.endswith("er")} | {v[:-2] + "ent" for v in _BLAME if v.endswith("er")})
_TITLES = frozenset({"me", "maître", "m.", "mme", "mm."})


def _fronted_name(subj, index: EntityIndex) -> list:
    """"Me X, l'avocat de Y, a dénoncé …" parsed with the description for the subject: the person named at the
    sentence's start, right before it (a title, the name, a comma)."""
    doc, sent = subj.doc, subj.sent
    j = min([subj.i, *(c.i for c in subj.children if c.i < subj.i and c.dep_ != "punct")]) - 1
    if j <= sent.start or doc[j].text != ",":
        return []
    name = index.entity_at(j - 1)
    if name is None or index.type_of(name) != "PER":
        return []
    k = j - 1
    while k - 1 >= sent.start and index.entity_at(k - 1) == name:
        k -= 1
    if k - 1 >= sent.start and doc[k - 1].lower_ in _TITLES:
        k -= 1
    if k > sent.start and (doc[k - 1].text != "," or any(
            index.entity_at(m) is not None or doc[m].pos_ in ("VERB", "AUX") for m in range(sent.start, k))):
        return []   # (only a fronted adverbial before it: "À l'inverse, Me X, l'avocat de Y, a dénoncé …")
    return [(name, j - 1)]


def _court_of_ruling(t, ruling, index: EntityIndex) -> str | None:
    """The court whose ruling is blamed: the report's one court (court30.article_court); else, among the courts named
    before, the one kind that gives such a ruling ("un arrêt" is a "cour"'s, "un jugement" a "tribunal"'s) when one
    of that kind only is named, and the sentence names no other public body."""
    from .court30 import article_court
    court = article_court(t, index)
    if court is not None:
        return court
    kind = {"arrêt": "cour", "jugement": "tribunal"}.get(ruling.lower_)
    if kind is None:
        return None
    start, end = t.sent.start, t.sent.end
    before = {n for j, n in index.by_token.items() if j < start and index.kinds.get(j) == "name"
              and index.type_of(n) == "GOV" and n.split()[0].lower() == kind}
    if len(before) != 1:
        return None
    who = next(iter(before))
    if any(start <= j < end and n != who and index.type_of(n) == "GOV" for j, n in index.by_token.items()):
        return None
    return who


@acts_on(lambda w: (w.verbal and w.lemma in _BLAME) or w.lower in _BLAME_FORMS)
def ruling_blamed(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"Me X a dénoncé « un arrêt guidé par l'émotion »", "X fustige un jugement incompréhensible", "X, qui critique
    un verdict politique": X accuses the report's one court, named before (court30.article_court) (slots "ruling_critic",
    "ruling_court")."""
    if not (verbal and lemma_of(t) in _BLAME or t.lower_ in _BLAME_FORMS) or out.get("ruling_critic") or _negated(t):
        return
    if any(c.dep_ == "aux:pass" for c in t.children):
        return
    rulings = [c for c in t.children if c.dep_ == "obj" and c.lower_ in _RULING and index.entity_at(c.i) is None]
    if not rulings:
        return
    r = rulings[0]
    if any(c.dep_ in ("nmod", "det", "nmod:poss") and (index.entity_at(c.i) is not None
           or c.lower_ in ("sa", "son", "ses", "leur", "notre", "votre")) for c in r.children):
        return   # ("la décision de Y", "sa décision": an author said)
    if any(k.dep_ in ("nmod", "obl:agent", "acl") and index.entity_at(k.i) is not None and k.i > r.i
           for k in r.subtree):
        return   # ("une décision prise par Y": the rules read it)
    court = _court_of_ruling(t, r, index)
    if court is None:
        return
    who = [x for x in _subject_of(t, index) if x[1] >= 0 and index.type_of(x[0]) in ("PER", "ORG")
           and x[0] != court]
    if not who:
        who = [x for c in t.children if c.dep_ == "nsubj" and c.pos_ == "NOUN" and index.entity_at(c.i) is None
               for x in _fronted_name(c, index)]
    if len({n for n, _ in who}) != 1:
        return
    _put(out, "ruling_critic", who[:1])
    _put(out, "ruling_court", [(court, -1)])



# ---------------------------------------------------------------- "Y, dont il reste un fidèle"

_DONT_ALLY = _set("dont_ally_nouns")
_DONT_ALLY_NEXT = {k.lower(): [str(x).lower() for x in v] for k, v in _W["dont_ally_next"].items()}
_DONT_ENEMY = _set("dont_enemy_nouns")
_DONT_ENEMY_NEXT = {k.lower(): [str(x).lower() for x in v] for k, v in _W["dont_enemy_next"].items()}


def _dont_kind(k) -> str | None:
    low = k.lower_
    if low in _DONT_ALLY and _follows(k, _DONT_ALLY_NEXT.get(low, [])) and (
            low not in _DONT_ALLY_NEXT or low in ("compagnon", "compagnons", "compagne", "compagnes")
            or _DONT_ALLY_NEXT[low]):
        return "ally"
    if low in _DONT_ENEMY and _follows(k, _DONT_ENEMY_NEXT.get(low, [])):
        return "enemy"
    return None


@acts_on(lambda w: (w.lower in _DONT_ALLY or w.lower in _DONT_ENEMY) and w.pos in ("NOUN", "ADJ", "PRON"))
def dont_stance(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"Y, dont il reste un fidèle", "Y, dont elle est l'un des plus anciens compagnons de route", "Y, dont il fut le
    bras droit", "Y, dont il est devenu le rival": the clause's subject is Y's ally or rival (slots "dont_holder",
    "dont_ally" / "dont_enemy")."""
    if (t.lower_ not in _DONT_ALLY and t.lower_ not in _DONT_ENEMY) or out.get("dont_holder"):
        return
    kind = _dont_kind(t)
    if kind is None:
        return
    doc = t.doc
    dont = None
    for j in range(t.i - 1, max(t.sent.start, t.i - 9) - 1, -1):
        k = doc[j]
        if k.lower_ == "dont":
            dont = k
            break
        if k.text in (",", ";", ":", "(", "«", "»") or (k.pos_ == "VERB" and k.dep_ != "acl:relcl" and k.head.i != t.i):
            return
        if k.pos_ in ("NOUN", "ADJ") and k.head.i != t.i and _dont_kind(k):
            return   # (the nearer noun of the pair reads it; not an adjective on the noun: "proches alliées")
    if dont is None:
        return
    clause = dont.head
    if clause.i == dont.i or clause.dep_ != "acl:relcl" or clause.i < dont.i or _negated(clause):
        return
    if not (clause.i == t.i or t.head.i == clause.i or t.head.head.i == clause.i):
        return   # (the noun must be the clause's predicate, or hang right under it: "l'un des … compagnons")
    antecedent = [x for x in entities_at(clause.head, index) if x[1] >= 0 and index.type_of(x[0]) in ("PER", "ORG")
                  and index.kinds.get(x[1]) in ("name", "introducer")]
    if not antecedent or antecedent[0][1] > dont.i:
        return
    holder = [x for c in clause.children if c.dep_ in ("nsubj", "expl:subj") and c.i > dont.i
              for x in entities_at(c, index) if x[1] >= 0 and index.type_of(x[0]) == "PER"]
    if len({n for n, _ in holder}) != 1 or holder[0][0] == antecedent[0][0]:
        return
    _put(out, "dont_holder", holder[:1])
    _put(out, "dont_ally" if kind == "ally" else "dont_enemy", antecedent[:1])


# ---------------------------------------------------------------- a verb of blame tagged an adjective or a noun

@acts_on(lambda w: w.lower in _BLAME_FORMS and w.pos in ("ADJ", "NOUN"))
def blame_form_mistagged(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"X critique le groupe Y", "X épingle la banque Y", "X et Z critiquent la société Y": a present form of a verb of
    blame the tagger took for an adjective or a noun ("critique", "attaque"), with a named subject before it and a
    named object after it, and no determiner of its own (slots "blamer", "blamed")."""
    if t.lower_ not in _BLAME_FORMS or t.pos_ not in ("ADJ", "NOUN") or out.get("blamer"):
        return
    if any(c.dep_ in ("det", "case", "nmod:poss") for c in t.children):
        return   # ("la critique de Y", "une attaque contre Y": the nouns, read by the rules)
    subj = [x for c in t.children if c.dep_ == "nsubj" and c.i < t.i for x in _named(c, index)]
    objs = [x for c in t.children if c.dep_ == "obj" and c.i > t.i for x in _named(c, index)]
    doc, sent = t.doc, t.sent
    if not subj or not objs:
        # (read along the line, the parse broken around the mistagged word: "X critique vivement la société Y",
        # "X, maire de Z, critique la ministre Y"; adverbs, determiners and one descriptor noun between)
        j = t.i - 1
        while j > sent.start and doc[j].pos_ == "ADV":
            j -= 1
        if doc[j].text == "," and not subj:
            return   # ("X, maire de Z, critique …": the name before the apposition is too far for the line)
        left = index.entity_at(j)
        k = t.i + 1
        while k < sent.end and doc[k].pos_ in ("ADV", "DET"):
            k += 1
        if k < sent.end and index.entity_at(k) is None and doc[k].pos_ == "NOUN":
            k += 1   # ("la société Y", "la ministre Y": a descriptor before the name)
        right = index.entity_at(k) if k < sent.end else None
        if left is None or right is None or left == right:
            return
        subj, objs = subj or [(left, j)], objs or [(right, k)]
    subj = [x for x in subj if index.kinds.get(x[1]) in ("name", "introducer", "pronoun")]
    objs = [x for x in objs if index.kinds.get(x[1]) in ("name", "introducer")
            and x[0] not in {n for n, _ in subj}]
    if not subj or not objs:
        return
    if any(k.lower_ in ("justice", "tribunal", "tribunaux", "cour", "devant", "prud'hommes") for k in t.subtree):
        return   # ("X attaque Y en justice": a suit, read by the rules)
    _put(out, "blamer", subj[:2])
    _put(out, "blamed", objs[:2])

STANCE33_READERS = Readers(owned_stance, pronoun_stance, target_made, accompanied, own_named_predicate,
                           ruling_blamed, dont_stance, blame_form_mistagged)
