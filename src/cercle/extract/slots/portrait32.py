"""(s32-portrait32) The portrait and the appointment story as genres: a text about one person speaks of that
person in sentences that do not name them, and in phrases a parser reads poorly. Lexicons in data/portrait32.yaml.

- a stage of a life set at the head of a sentence with no verb, before the clause's subject: "Compagne de Y,
  elle fuit les dîners", "Lui-même administrateur de Y, il …", "Longtemps membre du parti Y, élu de Z, il a
  quitté …", "Ancienne directrice de Y, Lina X …", "Fils aîné de Y, le dirigeant …": the noun's holder (slot
  "head") is the main clause's subject (a name, or "il" / "elle": coreference's, else the portrait's person as
  protag30.portrait_pronoun reads it). Appositions and relatives set off by commas between the phrase and the
  subject are skipped ("Compagne de Y, le fondateur de Z, avec qui elle a deux enfants, elle …").
- a post's noun tagged as a passive participle after "être": "Elle a été directrice générale de Y", "il fut
  administrateur de Y" (the parser reads "directrice" as a participle, "été" as its passive auxiliary): mended in
  the view to a noun with its copula (mend_stage_nouns, run with people31.mend_person_nouns).
- an object after a time adverb: "X dirigeait jusqu'ici Y", "X pilotait jusqu'à présent Y", "X présidait
  jusqu'alors Y" (the parser hangs the name on the adverb): the verb's object (slot "obj").
"""
from __future__ import annotations

import functools
from pathlib import Path

from ...mentions.entities import EntityIndex
from ...mentions.wordpos import tokens_at
from ...nlp.docview import rehang
from ...yamldata import load_yaml
from ..arguments import case_of, entities_at
from .found import Found
from .gate import Readers, acts_on
from .protag30 import portrait_pronoun


@functools.lru_cache(maxsize=1)
def words() -> dict:
    """The cue words of data/portrait32.yaml, each list a frozenset."""
    raw = load_yaml((Path(__file__).parent.parent / "data" / "portrait32.yaml").read_text(encoding="utf-8"))
    return {k: frozenset(v) for k, v in raw.items()}


_PRONOUNS = frozenset({"il", "elle"})
_RELATIVES = frozenset({"qui", "dont", "que", "qu'", "qu’", "où", "lequel", "laquelle", "lesquels", "lesquelles"})
_STOPS = frozenset({";", ":", "«", "»", "(", ")", "\"", "?", "!"})
# endings of real past participles ("élue", "nommé", "promue", "choisi"): never mended into a noun
_PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées", "i", "ie", "is", "ies", "u", "ue", "us", "ues", "it", "ite", "int",
                       "inte")


def mend_stage_nouns(tv) -> None:
    """"Elle a été directrice générale de Y": a post's noun the tagger made a passive participle of "être" is a
    noun with its copula ("été" cop, the subject nsubj), as "Elle a été présidente de Y" is parsed."""
    nouns = words()["stage_nouns"]
    for t in tokens_at(tv, nouns):   # (those nouns only, in text order: wordpos; the test below kept)
        low = t.lower_
        if t.pos_ != "VERB" or low not in nouns or low.endswith(_PARTICIPLE_ENDINGS):
            continue
        aux = [c for c in t.children if c.dep_ == "aux:pass"]
        if not aux or any(c.lemma_ != "être" for c in aux):
            continue
        t.pos_ = "NOUN"
        t.lemma_ = low
        for c in list(t.children):
            if c.dep_ == "aux:pass":
                rehang(c, t, "cop")
            elif c.dep_ == "nsubj:pass":
                rehang(c, t, "nsubj")


def _opens_sentence(t) -> bool:
    """Whether only opening words ("Ancien", "Longtemps", "Lui-même", "Un temps") come before ``t`` in its
    sentence (at most four)."""
    doc, start = t.doc, t.sent.start
    if t.i - start > 4:
        return False
    openers = words()["stage_openers"]
    return all(doc[j].lower_ in openers or doc[j].is_space for j in range(start, t.i))


def _subject_after(t, index: EntityIndex):
    """The main clause's subject after the phrase opened by ``t``: (name, token) or None. Appositions and
    relatives set off by commas are skipped; a finite verb or a quote before the subject ends the search."""
    doc = t.doc
    end = min(t.sent.end, t.i + 40)
    k = t.i + 1
    in_relative = False
    while k < end:
        w = doc[k]
        if w.text in _STOPS:
            return None
        if w.text == ",":
            in_relative = False
            n = k + 1
            if n >= end:
                return None
            nxt = doc[n]
            if nxt.lower_ in _RELATIVES or (n + 1 < end and nxt.pos_ == "ADP" and doc[n + 1].lower_ in _RELATIVES):
                in_relative = True
                k = n + 1
                continue
            who = _clause_subject(nxt, index)
            if who is not None:
                return who
            k = n
            continue
        if not in_relative and (w.pos_ == "AUX" or w.pos_ == "VERB" and "Fin" in w.morph.get("VerbForm")):
            return None
        k += 1
    return None


def _clause_subject(w, index: EntityIndex):
    """(name, token) when ``w`` opens a clause as its subject: "il" / "elle" (coreference's person, else the
    portrait's) or a person's name, followed by its verb (or "ne", an adverb, a clitic)."""
    doc = w.doc
    if w.lower_ in _PRONOUNS and w.pos_ == "PRON":
        n = index.entity_at(w.i)
        if n is not None and index.type_of(n) != "PER":
            return None
        n = n or portrait_pronoun(w, index)
        if n is None:
            return None
        who, last = (n, w.i), w.i
    else:
        n = index.entity_at(w.i)
        if n is None or index.type_of(n) != "PER" or index.kinds.get(w.i) != "name":
            return None
        last = w.i
        while last + 1 < w.sent.end and index.entity_at(last + 1) == n:
            last += 1
        who = (n, w.i)
    if last + 1 >= w.sent.end:
        return None
    nxt = doc[last + 1]
    if nxt.pos_ in ("VERB", "AUX") or nxt.lower_ in ("ne", "n'", "n’") or nxt.pos_ in ("ADV", "PRON") and \
            nxt.head.pos_ in ("VERB", "AUX"):
        return who
    return None


def _subject_before_colon(t, index: EntityIndex):
    """"il a fait ses classes dans les cabinets : conseiller de A, puis directeur de cabinet de B": a stage noun
    right after a colon (or listed after one with "puis", "et", a comma) is held by the person subject of the
    clause before the colon: (name, token) or None."""
    doc = t.doc
    openers, nouns = words()["stage_openers"], words()["stage_nouns"]
    colon = None
    for j in range(t.i - 1, max(t.sent.start, t.i - 30) - 1, -1):
        w = doc[j]
        if w.text == ":":
            colon = j
            break
        if w.pos_ in ("VERB", "AUX") or w.text in _STOPS:
            return None
    if colon is None:
        return None
    k = colon + 1
    while k < t.i and doc[k].lower_ in openers:
        k += 1
    if doc[k].lower_ not in nouns:   # (the list after the colon opens on a stage: "conseiller de A, puis …")
        return None
    for k in range(colon - 1, t.sent.start - 1, -1):
        w = doc[k]
        if w.dep_ in ("nsubj", "expl:subj") and w.head.pos_ in ("VERB", "AUX") and w.head.i < colon:
            n = index.entity_at(k)
            if n is None and w.lower_ in _PRONOUNS:
                n = portrait_pronoun(w, index)
            if n is not None and index.type_of(n) == "PER":
                return (n, k)
            return None
    return None


@acts_on(lambda w: w.pos in ("NOUN", "PROPN", "ADJ", "VERB") and w.lower in words()["stage_nouns"])
def fronted_stage(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"Compagne de Y, elle …", "Lui-même administrateur de Y, il …", "Longtemps membre du parti Y, il …": the
    holder of the stage opening the sentence is the main clause's subject (slot "head")."""
    if t.lower_ not in words()["stage_nouns"] or out.get("head"):
        return
    if t.pos_ == "VERB" and any(c.dep_.startswith(("aux", "nsubj")) for c in t.children):
        return
    if not _opens_sentence(t):
        who = _subject_before_colon(t, index)
        if who is not None:
            out.put("head", [who])
        return
    who = _subject_after(t, index)
    if who is None:
        return
    # (the subject after the comma is no complement of the noun)
    for key in [key for key in out if key.startswith("prep:")]:
        out[key] = [x for x in out[key] if x[0] != who[0]]
        if not out[key]:
            del out[key]
    out.put("head", [who])


_NAME_DEPS = frozenset({"advmod", "obl:arg", "obl", "obl:mod", "nmod", "amod", "appos", "obj", "flat:name", "dep", "nummod"})


@acts_on(lambda w: w.verbal)
def object_past_time_adverb(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"X dirigeait jusqu'ici Y", "X pilotait jusqu'à présent Y": Y, hung on the adverb, is the verb's object."""
    if not verbal or out.get("obj"):
        return
    adverbs = words()["time_adverbs"]
    # "L'ancien banquier avait présidé Y de 2010 à 2018": a name right after the verb hung as an argument with
    # no preposition is its object
    nxt = t.i + 1
    while nxt < t.sent.end and t.doc[nxt].pos_ == "ADV":
        nxt += 1
    if nxt < t.sent.end and t.doc[nxt].dep_ == "obl:arg" and t.doc[nxt].head is t \
            and not any(x.dep_ == "case" for x in t.doc[nxt].children) and index.kinds.get(nxt) == "name":
        found = entities_at(t.doc[nxt], index)
        if found:
            out.put("obj", found[:1])
            return
    for c in t.children:
        # "qui présidait jusqu'alors Y": the name taken for the head of "jusqu'alors"
        if c.i > t.i and case_of(c) in ("jusque", "jusqu'", "jusqu’") and index.kinds.get(c.i) == "name" \
                and any(x.dep_ == "advmod" and x.lower_ in adverbs and x.i < c.i for x in c.children):
            found = entities_at(c, index)
            if found:
                out.put("obj", found[:1])
                return
        if c.i <= t.i or c.lower_ not in adverbs or c.dep_ not in ("advmod", "obl:mod", "obl", "obl:arg"):
            continue
        for k in c.children:
            if k.i <= c.i or k.dep_ not in _NAME_DEPS or any(x.dep_ == "case" for x in k.children):
                continue
            # (nothing but the time phrase between the verb and the name)
            if any(not (w.i in range(c.left_edge.i, c.i + 1) or w.is_space) for w in t.doc[t.i + 1:k.left_edge.i]):
                continue
            found = [x for x in entities_at(k, index) if index.kinds.get(x[1]) == "name"]
            if found:
                out.put("obj", found[:1])
                return




# -- the portrait's person as a subject coreference left unresolved or gave an organisation ---------------------

_DETS = frozenset({"le", "la", "l'", "l’", "cet", "cette", "ce"})
_GENDER_OF_PRONOUN = {"il": "Masc", "elle": "Fem"}


def _descriptor_noun(t) -> bool:
    """"cet ingénieur", "l'ancien banquier", "la nouvelle patronne": a person's descriptor with no complement."""
    if t.pos_ not in ("NOUN", "ADJ") or t.lower_ not in words()["person_descriptors"]:
        return False
    doc = t.doc
    j = t.i - 1
    if j >= 0 and doc[j].lower_ in words()["descriptor_adjectives"]:
        j -= 1
    if j < 0 or doc[j].lower_ not in _DETS:
        return False
    # (a complement makes it someone else's title: "le patron de Y", "le frère de X"; so does an adjective after
    # the noun, an origin or a trait coreference found none to fit: "le milliardaire breton")
    return not any(c.dep_ in ("nmod", "acl", "acl:relcl", "appos", "amod") and c.i > t.i for c in t.children) \
        and not (t.i + 1 < len(doc) and doc[t.i + 1].lower_ in ("de", "du", "des", "d'", "d’"))


def _demonym_names(doc, index, person: str) -> set:
    """One-word "persons" that are a portrait's descriptor by origin: "Le Breton vient de loin", "L'Alsacienne
    …" (a place's adjective, every mention after "le" / "la" / "l'"): the portrait's person, not another."""
    from ...mentions.demonyms import countries_by_adjective
    from ...mentions.typing_cues import _local_adjectives
    adjectives = _local_adjectives()
    out = set()
    for name, ent in index.entities.items():
        if name == person or ent.type not in ("PER", "ORG") or len(name.split()) != 1:
            continue
        low = name.strip().lower()
        if low not in adjectives and low not in countries_by_adjective():
            continue
        starts = [j for j, n in index.by_token.items() if n == name and index.kinds.get(j) == "name"
                  and index.by_token.get(j - 1) != name]
        if starts and all(j > 0 and doc[j - 1].lower_ in _DETS for j in starts):
            out.add(name)
    return out


def _headline_person(doc, index) -> str | None:
    """The one person a short headline (the first paragraph, a line of at most 30 words) names, when the text
    names that person again ("X, le fidèle devenu gardien de Y", "Y : X prend les commandes")."""
    para = index.para_of
    if not para:
        return None
    end = next((j for j in range(len(para)) if para[j] != para[0]), None)
    if end is None or end > 30:
        return None
    named = {index.by_token[j] for j in range(end) if index.kinds.get(j) == "name" and index.by_token.get(j)
             and index.type_of(index.by_token[j]) == "PER"}
    if len(named) != 1:
        return None
    person = named.pop()
    if not any(n == person and index.kinds.get(j) == "name" and j > end for j, n in index.by_token.items()):
        return None
    return person


def _nearer_person(t, gender: str, person: str, index) -> bool:
    """Whether another person of ``gender`` (or of none known) is named in ``t``'s sentence before it or in the
    sentence before."""
    from ...mentions.coref import _person_gender
    s = index.sent_of.get(t.i)
    if s is None:
        return True
    for j in range(max(0, t.i - 120), t.i):
        n = index.by_token.get(j)
        if n is None or n == person or index.sent_of.get(j, -1) < s - 1 or index.type_of(n) != "PER":
            continue
        if _person_gender(index, n, t.doc) in (None, gender):
            return True
    return False


def _opens_paragraph(t, index) -> bool:
    """Whether ``t``'s sentence is the first of its paragraph and no name comes before ``t`` in it."""
    para = index.para_of
    start = t.sent.start
    if not para or start == 0 or start >= len(para) or t.i >= len(para):
        return False
    while start < t.i and t.doc[start].is_space:   # (the paragraph break the sentence opens with)
        start += 1
    prev = start - 1
    while prev > 0 and t.doc[prev].is_space:
        prev -= 1
    if t.doc[prev].text == "?":   # (an interview's answer speaks of whom the question named)
        return False
    # (not "Lui-même" the tagger may take for a name)
    return para[prev] != para[start] and not any(
        index.kinds.get(j) == "name" and index.type_of(index.by_token[j]) == "PER"
        and t.doc[j].lower_ not in ("lui", "elle") for j in range(start, t.i))


def _pronoun_gender(doc, index, person: str) -> str | None:
    """The gender of the subject pronouns coreference gave the portrait's person, when they all agree and its
    first name says none ("PORTRAIT. Elle a l'aisance …" against a title the text gave someone else); the
    gender coreference keeps for the person is set to it."""
    from ...mentions.coref import _person_gender, _usual_gender
    if _usual_gender(index, person) is not None:
        return None
    seen = {_GENDER_OF_PRONOUN[t.lower_] for t in doc if t.lower_ in _GENDER_OF_PRONOUN and t.pos_ == "PRON"
            and index.by_token.get(t.i) == person and t.dep_ in ("nsubj", "nsubj:pass", "expl:subj")}
    if len(seen) != 1:
        return None
    g = seen.pop()
    if _person_gender(index, person, doc) != g:
        index.__dict__.setdefault("_genders", {})[person] = g
    return g


_OTHER_PERSON_NOUNS = frozenset({"prédécesseur", "prédécesseure", "successeur", "successeure", "remplaçant",
                                 "remplaçante", "adjoint", "adjointe", "rival", "rivale", "adversaire"})


def _unnamed_person_before(t, person: str, index) -> bool:
    """Whether a person no name stands for is a subject in ``t``'s sentence before it or in the sentence before
    ("Son prédécesseur avait quitté le groupe. Il avait auparavant dirigé …": "il" may be the predecessor)."""
    s = index.sent_of.get(t.i)
    if s is None:
        return True
    nouns = words()["stage_nouns"] | words()["person_descriptors"] | _OTHER_PERSON_NOUNS
    for j in range(max(0, t.i - 80), t.i):
        w = t.doc[j]
        if index.sent_of.get(j, -1) < s - 1 or w.dep_ not in ("nsubj", "nsubj:pass") or w.pos_ != "NOUN":
            continue
        if w.lower_ in nouns and index.by_token.get(j) in (None, ) and index.by_token.get(j) != person:
            return True
    return False


def _actor_before(t, index) -> bool:
    """Whether an organisation or a public body is named inside a subject's phrase in ``t``'s sentence before it or
    in the sentence before."""
    s = index.sent_of.get(t.i)
    if s is None:
        return True
    for j in range(max(0, t.i - 80), t.i):
        n = index.by_token.get(j)
        if n is None or index.sent_of.get(j, -1) < s - 1 or index.type_of(n) not in ("ORG", "GOV"):
            continue
        # (inside a subject's phrase: "Les comptes de la Banque Y, son premier client, se dégradent")
        w = t.doc[j]
        for _ in range(4):
            if w.dep_ in ("nsubj", "nsubj:pass"):
                return True
            if w.head is w:
                break
            w = w.head
    return False


def portrait_referents(doc, index) -> list:
    """In a portrait (index.main_person() named in the headline or the first sentence):
    - subject pronouns "il" / "elle" coreference left unresolved or gave an organisation, with no organisation as
      a subject and no other person of their gender in their sentence before them or in the sentence before
      (protag30.portrait_referent's test), or another person
      when the pronoun opens a paragraph ("Lui-même administrateur de Y, il …" after a paragraph on a rival);
    - subject descriptors of a person it left unresolved ("Cet ingénieur a auparavant été …", "L'ancien
      banquier dirigeait …"), with no nearer person of their gender;
    - a place's adjective taken for a one-word person ("Le Breton vient de loin") and the pronouns given it;
    stand for the portrait's person, when the text gives that person the pronoun's (the noun's) gender. Sets the
    index and returns the new mentions (run after coreference, mentions.entities.find_entities)."""
    from ...mentions.coref import _person_gender
    from ...records import Mention
    from .protag30 import _portrait_person, portrait_referent
    person = _portrait_person(index, doc)
    if person is None:
        person = _headline_person(doc, index)
        if person is None:
            return []
        index.__dict__["_protag30_person"] = person   # (protag30's readers read the same person)
    gender = _pronoun_gender(doc, index, person) or _person_gender(index, person, doc)
    if gender is None:
        return []
    found = []
    origin = _demonym_names(doc, index, person)
    if origin:
        for j, n in list(index.by_token.items()):
            if n in origin:
                index.by_token[j] = person
                if index.kinds.get(j) == "name":
                    index.kinds[j] = "descriptor"
    for t in doc:
        # (a subject pronoun the parser made a determiner: "elle siège au conseil", "siège" read as a noun)
        if t.dep_ not in ("nsubj", "nsubj:pass", "expl:subj") and not (t.dep_ == "det" and t.pos_ == "PRON"):
            continue
        low = t.lower_
        now = index.by_token.get(t.i)
        if low in _GENDER_OF_PRONOUN and t.pos_ == "PRON":
            if _GENDER_OF_PRONOUN[low] != gender or now == person or _unnamed_person_before(t, person, index):
                continue
            if now is not None and index.type_of(now) == "PER":
                if not _opens_paragraph(t, index):
                    continue
            elif now is not None:
                # (an organisation as a subject in the sentence or the one before keeps it: portrait_referent)
                if index.type_of(now) not in ("ORG", "GOV"):
                    continue
                if portrait_referent(t, gender, index) != person or _actor_before(t, index):
                    continue
            elif portrait_referent(t, gender, index) != person or _actor_before(t, index):
                # (coreference found no antecedent: an organisation named just before, as any part of the
                # sentence, may still be meant: "Les comptes de la Banque Y se dégradent. Elle perd …")
                continue
            kind, first = "pronoun", t.i
        elif now is None and _descriptor_noun(t):
            g = t.morph.get("Gender")
            if g and g[0] != gender:
                continue
            kind, first = "descriptor", t.left_edge.i
            if any(index.by_token.get(j) is not None for j in range(first, t.i)) \
                    or _nearer_person(t, gender, person, index):
                continue
        else:
            continue
        for j in range(first, t.i + 1):
            index.by_token[j] = person
            index.kinds[j] = kind
        found.append(Mention(doc[first].idx, t.idx + len(t.text), doc[first:t.i + 1].text, person, kind))
    return found


# -- who backed the appointment: an ally of the appointee ---------------------------------------------------

_POSSESSIVES = frozenset({"sa", "son", "ses"})


def _appointee(noun, index: EntityIndex):
    """The person an appointment's noun is of: "la nomination de X", or "sa candidature" in a portrait."""
    for c in noun.children:
        if c.dep_ == "nmod" and case_of(c) in ("de", "d'", "d’", "du"):
            got = [x for x in entities_at(c, index) if index.type_of(x[0]) == "PER"]
            if got:
                return got[0]
    det = next((c for c in noun.children if c.dep_ == "det" and c.lower_ in _POSSESSIVES), None)
    if det is None:
        return None
    from .protag30 import _portrait_person
    person = _portrait_person(index, noun.doc)
    if person is None:
        # (else the one person the sentence before names, none named in this one before the noun)
        s = index.sent_of.get(noun.i)
        start = noun.sent.start
        if s is None or any(index.type_of(index.by_token[j]) == "PER" for j in range(start, noun.i)
                            if index.by_token.get(j)):
            return None
        before = {index.by_token[j] for j in range(max(0, start - 80), start)
                  if index.by_token.get(j) and index.sent_of.get(j) == s - 1 and index.type_of(index.by_token[j]) == "PER"}
        person = before.pop() if len(before) == 1 else None
    return (person, det.i) if person else None


@acts_on(lambda w: w.verbal and w.lemma in words()["backing_verbs"])
def appointment_backer(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"Sa candidature avait été proposée par Y", "Y a soutenu la nomination de X": Y backs X (slots "backer",
    "backed")."""
    from ..arguments import lemma_of
    if not verbal or lemma_of(t) not in words()["backing_verbs"] or out.get("backer"):
        return
    nouns = words()["appointment_nouns"]
    passive = any(c.dep_ == "aux:pass" for c in t.children) or t.dep_ == "acl" and any(
        c.dep_ == "obl:agent" for c in t.children)
    if passive:
        noun = next((c for c in t.children if c.dep_ == "nsubj:pass" and c.lower_ in nouns), None)
        if noun is None and t.dep_ == "acl" and t.head.lower_ in nouns:
            noun = t.head   # ("la désignation de X, poussée par Y")
        backers = [x for c in t.children if c.dep_ == "obl:agent" for x in entities_at(c, index)]
    else:
        noun = next((c for c in t.children if c.dep_ == "obj" and c.lower_ in nouns), None)
        backers = [x for c in t.children if c.dep_ == "nsubj" for x in entities_at(c, index)]
    if noun is None or not backers:
        return
    who = _appointee(noun, index)
    if who is None or any(b[0] == who[0] for b in backers):
        return
    out.put("backer", backers[:1])
    out.put("backed", [who])


# -- the predecessor whose end opened the post ------------------------------------------------------------------

def _headed_body(sent, index: EntityIndex):
    """The body of the post taken in ``sent``: "à la tête de Y", "la direction de Y", "les rênes de Y"; the
    article's organisation when the post names none ("a pris la direction générale")."""
    heads = words()["head_nouns"]
    for w in sent:
        if w.lower_ not in heads or w.pos_ != "NOUN":
            continue
        for c in w.children:
            if c.dep_ == "nmod" and case_of(c) in ("de", "d'", "d’", "du", "des"):
                got = [x for x in entities_at(c, index) if index.type_of(x[0]) in ("ORG", "GOV")]
                if got:
                    return got[0], w
        if not any(c.dep_ == "nmod" for c in w.children) and index.topic:
            return (index.topic, w.i), w
    return None, None


_TAKING_VERBS = frozenset({"propulser", "porter", "hisser", "installer", "amener", "pousser", "placer", "prendre",
                           "reprendre", "succéder", "hériter", "accéder", "arriver", "nommer", "désigner", "élire",
                           "choisir", "récupérer", "catapulter", "parachuter", "bombarder", "promouvoir",
                           "retrouver", "assumer", "assurer", "saisir", "confier", "ouvrir", "offrir"})


@acts_on(lambda w: w.pos == "NOUN" and w.lower in words()["gone_nouns"])
def predecessor_gone(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"C'est la mort de X qui le propulse à la tête de Y", "Après la démission de X, Z a pris les rênes de Y":
    X led Y (slots "gone_head", "gone_of")."""
    if verbal or t.pos_ != "NOUN" or t.lower_ not in words()["gone_nouns"] or out.get("gone_head"):
        return
    gone = [x for c in t.children if c.dep_ == "nmod" and case_of(c) in ("de", "d'", "d’", "du")
            for x in entities_at(c, index) if index.type_of(x[0]) == "PER"]
    if not gone:
        return
    from ..arguments import lemma_of
    sent = t.sent
    body, post = _headed_body(sent, index)
    if body is None:
        return
    # (a verb of taking the post governs it: "le propulse à la tête de Y", "a pris les rênes de Y")
    v = post.head
    while v.pos_ not in ("VERB", "AUX") and v.head is not v:
        v = v.head
    if lemma_of(v) not in _TAKING_VERBS:
        return
    # (the one who takes it is not the one gone)
    if body[0] == gone[0][0]:
        return
    out.put("gone_head", gone[:1])
    out.put("gone_of", [body])


# -- kin named with a possessive no reading gave an owner: the portrait's person's ----------------------------

_KIN = frozenset({"compagne", "compagnon", "épouse", "époux", "mari", "femme", "conjoint", "conjointe", "fils", "fille",
                  "père", "mère", "frère", "sœur", "soeur", "demi-frère", "demi-sœur", "demi-soeur", "beau-frère",
                  "belle-sœur", "belle-soeur", "beau-père", "belle-mère", "gendre", "belle-fille", "neveu", "nièce",
                  "oncle", "tante", "cousin", "cousine", "veuve", "fiancé", "fiancée", "concubin", "concubine",
                  "petit-fils", "petite-fille", "grand-père", "grand-mère", "héritier", "héritière"})


@acts_on(lambda w: w.pos == "NOUN" and w.lower in _KIN)
def kin_of_the_portrait(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"… des locaux appartenant à sa compagne, Y" in a portrait of X: Y is X's kin, when no reading gave the
    possessive an owner and no other person is named in the sentence before the noun (slot "poss")."""
    if verbal or t.pos_ != "NOUN" or t.lower_ not in _KIN:
        return
    # (an owner that is no person is no kin's: "sa compagne" given the company the clause is about)
    if any(index.type_of(n) == "PER" for n, _ in out.get("poss", ())):
        return
    if not any(c.dep_ == "det" and c.lower_ in _POSSESSIVES for c in t.children):
        return
    from .protag30 import _portrait_person
    person = _portrait_person(index, t.doc)
    if person is None or any(h[0] == person for h in out.get("head", ())):
        return
    if any(index.type_of(index.by_token[j]) == "PER" and index.by_token[j] != person
           for j in range(t.sent.start, t.i) if index.by_token.get(j)):
        return
    out["poss"] = [(person, t.i)]


PORTRAIT32_READERS = Readers(fronted_stage, object_past_time_adverb, appointment_backer, predecessor_gone,
                             kin_of_the_portrait)
