"""(s24-people24) Ties between people and bodies that the earlier readers miss.

- "Y, la start-up qu'il a cofondée en 2023 avec A et B", "Y, la coquille boursière lancée en 2015 avec A et B",
  "Y, la coentreprise créée en 2017 avec Z": the ones a company was founded with are its founders. The participle
  (or relative clause) of founding describes a noun of a body set off after the name Y; the parser hangs "avec A"
  on Y, on the noun or on the verb. Slots "with_founders" (the names right after "avec", read as a line) and
  "founded_body" (Y). Only a body noun ("la société", "la coentreprise", not "l'offre", "le produit": a product
  launched with a partner has no founder) and only a name right after "avec" and its description ("avec le fonds
  Z"), not behind a "de" ("avec le soutien de Z" is help, not founding).
- "L'intérim à la tête de Y avait été assuré par X", "l'intérim de la direction de Y est assuré par X": the one who
  holds the helm for a while leads Y (slots/posts.helm_held reads the helm noun as the passive's subject, not
  hung on "intérim"). Slots "interim_holder" (a person after "par", after "à" for "confier") and "interim_of".
- "Y … ainsi que son fondateur et patron, X", "X, cofondateur et président du directoire de Y": a founder's title
  coordinated with another title shares its holder (the name after the comma that closes the second title, which
  the parser makes a conjunct) and its body (the second title's "de Y", or its organ's: "du directoire de Y").
- "X, élue quelques jours plus tôt à la tête de Y", "X a été nommée deux mois auparavant à la présidence de Y":
  the parser hangs the post on the time adverb ("tôt", "auparavant"); its subject is the participle's (slot "subj").
- "A et B, tous deux passés par Y": the parser hangs the participle on "deux", which stands for the names before
  the comma (slot "appos_subject", read by works_for.joined).
- "X a cofondé avec Z la société Y": the parser makes the object an apposition of the "avec" name; Y is the
  verb's object (slot "obj"; with none, the line fell on Z: "X founded Z").
"""
from __future__ import annotations

from ...mentions.entities import EntityIndex
from ...nlp.docview import tokens_of
from ..arguments import (PERSON_TITLES, _subject_of, case_of, entities_at, extend_list, extend_list_left, lemma_of,
                         person_ending_at)
from .found import Found
from .gate import Readers, acts_on
from .prec23 import _stands_for

FOUND_VERBS = frozenset({"fonder", "cofonder", "co-fonder", "créer", "cocréer", "co-créer", "lancer"})
# nouns of a body a founding participle may describe ("Y, la société créée avec Z")
_BODY_NOUNS = frozenset({"société", "entreprise", "start-up", "startup", "pousse", "coentreprise", "co-entreprise",
                         "filiale", "coquille", "structure", "holding", "fonds", "groupe", "association",
                         "organisation", "ONG", "mouvement", "parti", "fondation", "compagnie", "firme", "banque",
                         "agence", "cabinet", "alliance", "consortium", "plateforme", "chaîne", "maison",
                         "studio", "label", "spac", "véhicule", "institut", "think", "club", "coalition",
                         "collectif", "syndicat", "fédération", "entité", "magazine", "journal", "média", "site",
                         "revue", "école", "laboratoire", "incubateur", "accélérateur", "jeune"})
_STOP = frozenset({";", ".", ":", "?", "!", "qui", "que", "qu'", "qu’", "dont", "où", "mais", "(", ")"})


def _described_noun(t):
    """The body noun a founding participle or relative clause describes."""
    if t.dep_ not in ("acl", "acl:relcl") or t.head.pos_ != "NOUN":
        return None
    n = t.head
    if n.lower_ not in _BODY_NOUNS and n.dep_ == "nmod" and n.head.pos_ == "NOUN":
        n = n.head   # ("la start-up d'intelligence artificielle qu'il a cofondée": the clause hung on the complement)
    return n if n.lower_ in _BODY_NOUNS or n.lemma_.lower() in _BODY_NOUNS else None


def _names_after_with(t, index: EntityIndex) -> list[tuple[str, int]]:
    """The names right after the "avec" of the participle's clause: "créée en 2017 avec le groupe Z et W"."""
    tv = tokens_of(t.doc)
    end = min(len(tv), t.i + 12)
    for k in range(t.i + 1, end):
        w = tv[k]
        if w.lower_ in _STOP or w.text == "," or (w.pos_ == "VERB" and k > t.i + 1):
            return []
        if w.lower_ != "avec":
            continue
        for j in range(k + 1, min(len(tv), k + 6)):
            who = index.entity_at(j)
            if who is not None and index.kinds.get(j) == "name":
                return extend_list(t.doc, index, [(who, j)])
            if tv[j].pos_ not in ("DET", "ADJ", "NOUN") or tv[j].lower_ in _STOP:
                return []
        return []
    return []


def _name_before_comma(noun, index: EntityIndex):
    """"Y, la coquille …": the name right before the comma that opens the noun's phrase (or that the parser put
    inside it), also after a "de" ("la page de Y, la coentreprise créée avec Z"), not a person"""
    tv = tokens_of(noun.doc)
    j = noun.left_edge.i
    j -= 0 if tv[j].text == "," else 1   # (the comma inside the noun's phrase or right before it)
    if j < 1 or tv[j].text != "," or j < 1 or index.kinds.get(j - 1) != "name" or (who := index.entity_at(j - 1)) is None:
        return None
    k = j - 1
    while k > 0 and index.entity_at(k - 1) == who:
        k -= 1
    if index.type_of(who) == "PER":
        return None
    # (a name after "de" stays: "la page de Y, la coentreprise créée avec Z": a body noun describes Y)
    return who, j - 1


@acts_on(lambda w: w.verbal and w.lemma in FOUND_VERBS and w.dep in ("acl", "acl:relcl"))
def founded_with(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """Slots "with_founders", "founded_body": "Y, la société cofondée en 2023 avec A et B"."""
    if not verbal or lemma_of(t) not in FOUND_VERBS or not out.wants("with_founders", "founded_body"):
        return
    noun = _described_noun(t)
    if noun is None:
        return
    body = _stands_for(noun, index) or _name_before_comma(noun, index)
    if body is None:
        return
    founders = [f for f in _names_after_with(t, index) if f[0] != body[0]]
    if founders:
        out.put("with_founders", founders)
        out.put("founded_body", [body])


_HELM_NOUNS = frozenset({"direction", "présidence", "tête", "gérance"})
_INTERIM_VERBS = frozenset({"assurer", "exercer", "confier"})


@acts_on(lambda w: not w.verbal and w.lower in _HELM_NOUNS and w.dep == "nmod")
def interim_held(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """Slots "interim_holder", "interim_of": "L'intérim à la tête de Y a été assuré par X"."""
    if verbal or t.dep_ != "nmod" or t.lower_ not in _HELM_NOUNS:
        return
    h = t.head
    if h.lower_ != "intérim" or h.dep_ != "nsubj:pass" or h.head.pos_ != "VERB" \
            or lemma_of(h.head) not in _INTERIM_VERBS:
        return
    if case_of(t) != ("à" if t.lower_ == "tête" else "de"):
        return
    if any(c.dep_ == "amod" and c.lower_ not in ("générale", "opérationnelle") for c in t.children):
        return   # "l'intérim de la direction financière de Y": a department, not the helm
    verb = h.head
    want = "à" if lemma_of(verb) == "confier" else "par"
    who = [x for c in verb.children if c.dep_.startswith("obl") and case_of(c) == want
           for x in entities_at(c, index) if index.type_of(x[0]) == "PER"]
    # a proper name only: "l'intérim à la tête du parti" resolved by coreference to the last party named is often
    # the wrong one (the party a person left, named in between)
    body = [x for c in t.children if c.dep_ == "nmod" and case_of(c) == "de" for x in entities_at(c, index)
            if index.kinds.get(x[1]) == "name"]
    if who and body:
        out.put("interim_holder", who[:1])
        out.put("interim_of", body[:1])


FOUNDER_NOUNS = frozenset({"fondateur", "fondatrice", "cofondateur", "cofondatrice", "co-fondateur", "co-fondatrice"})
# the organs a title's "de Y" may hang on: "président du directoire de Y"
_ORGANS = frozenset({"directoire", "conseil", "comité", "board"})


def _de_name(c, index: EntityIndex):
    """The name in a noun's own "de" phrase."""
    for d in c.children:
        if d.dep_ == "nmod" and case_of(d) == "de" and index.kinds.get(d.i) == "name" \
                and (who := index.entity_at(d.i)) is not None:
            return who, d.i
    return None


@acts_on(lambda w: not w.verbal and w.lower in FOUNDER_NOUNS)
def shared_founder_title(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """Slots "head", "prep:de": "son fondateur et patron, X", "cofondateur et président du directoire de Y"."""
    if verbal or t.lower_ not in FOUNDER_NOUNS:
        return
    c = next((c for c in t.children if c.dep_ == "conj" and c.pos_ == "NOUN" and c.lower_ in PERSON_TITLES
              and c.i > t.i and any(d.lower_ == "et" and d.dep_ == "cc" for d in c.children)
              and not any(d.dep_ == "det" for d in c.children)), None)   # ("son fondateur et son patron": two people)
    if c is None:
        return
    tv = tokens_of(t.doc)
    if "head" not in out and "subj" not in out:
        j = c.right_edge.i + 1
        if j + 1 < len(tv) and tv[j].text == "," and index.kinds.get(j + 1) == "name" \
                and (who := index.entity_at(j + 1)) is not None and index.type_of(who) == "PER":
            out.put("head", [(who, j + 1)])
    if "prep:de" not in out and "poss" not in out:
        body = _de_name(c, index)
        if body is None:
            organ = next((d for d in c.children if d.dep_ == "nmod" and d.lower_ in _ORGANS and case_of(d) == "de"), None)
            body = _de_name(organ, index) if organ is not None else None
        if body is not None:
            out.put("prep:de", [body])


_TIME_ADVERBS = frozenset({"tôt", "tard", "auparavant", "avant", "après", "plus"})
_POST_NOUNS = frozenset({"tête", "présidence", "direction"})


@acts_on(lambda w: not w.verbal and w.lower in _POST_NOUNS)
def post_after_time(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """Slot "subj": "X, élue quelques jours plus tôt à la tête de Y" (the post hung on "tôt")."""
    if verbal or t.lower_ not in _POST_NOUNS or "subj" in out or case_of(t) != "à":
        return
    adv = t.head
    if adv.pos_ != "ADV" or adv.lower_ not in _TIME_ADVERBS or adv.head.pos_ != "VERB" or adv.i > t.i:
        return
    v = adv.head
    if v.dep_ == "acl" and index.kinds.get(v.head.i) == "name" and (who := index.entity_at(v.head.i)) is not None:
        got = [(who, v.head.i)]
    else:
        got = _subject_of(v, index) + [x for c in v.children if c.dep_ == "nsubj:pass" for x in entities_at(c, index)]
    got = [x for x in got if index.type_of(x[0]) == "PER"]
    if got:
        out.put("subj", got[:1])


_GROUP_COUNTS = frozenset({"deux", "trois", "quatre"})


@acts_on(lambda w: w.verbal and w.dep == "acl")
def participle_of_pair(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """Slot "appos_subject": "A et B, tous deux passés par Y"."""
    h = t.head
    if not verbal or t.dep_ != "acl" or h.lower_ not in _GROUP_COUNTS or "appos_subject" in out or "subj" in out:
        return
    tv = tokens_of(t.doc)
    j = h.i - 1
    if j < 3 or tv[j].lower_ not in ("tous", "toutes") or tv[j - 1].text != ",":
        return
    found = person_ending_at(index, j - 2)
    if found is None:
        return
    who, k = found
    names = extend_list_left(t.doc, index, [(who, k)])
    if len(names) >= 2:
        out.put("appos_subject", names)


@acts_on(lambda w: w.verbal and w.lemma in FOUND_VERBS)
def object_after_with(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """Slot "obj": "X a cofondé avec Z la société Y" (the body noun parsed as Z's apposition)."""
    if not verbal or "obj" in out or "pass" in out or lemma_of(t) not in FOUND_VERBS:
        return
    for c in t.children:
        if not c.dep_.startswith("obl") or case_of(c) != "avec" or c.i < t.i:
            continue
        for a in c.children:
            if a.dep_ == "appos" and a.pos_ == "NOUN" and a.lower_ in _BODY_NOUNS and a.i > c.i:
                body = _de_name(a, index) or next(((index.entity_at(d.i), d.i) for d in a.children
                                                    if d.dep_ in ("nmod", "appos", "flat:name") and d.i > a.i
                                                    and index.kinds.get(d.i) == "name" and index.entity_at(d.i)), None)
                if body is not None and body[0] is not None:
                    out.put("obj", [body])
                    return


PEOPLE24_READERS = Readers(founded_with, interim_held, shared_founder_title, post_after_time, participle_of_pair,
                           object_after_with)
