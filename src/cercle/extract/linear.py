"""A fallback for misparsed sentences: the nearest names on each side of a trigger word.

spaCy's French parser often hangs a name on the wrong word in long press
sentences; the dependency rules then find nothing. When a trigger produced no
tie, this reads the sentence as a line: the nearest name before the trigger
(within a short window, not across ';' or ':') is the subject and the nearest
after it the object — reversed for passives ("racheté par X") and for rules
whose object comes first ("Y, filiale de X"). Ties found this way carry a
lower confidence and the rule id suffixed ".linear".
"""
from __future__ import annotations

from .arguments import PERSON_TITLES, entities_at, in_related_apposition
from ..nlp.docview import tokens_of

# (``index.by_token.get(i)`` is EntityIndex.entity_at(i) itself, read without a Python call: these readers ask
# it of every word they walk, some tens of thousands of times per corpus pass)

WINDOW = 2   # words between the trigger and a name: wider windows cost more precision than they gain (dev corpus: 6 → P .78, 2 → P .85)
_STOP = {";", ":", "«", "»", '"', "(", ")", "—", "–", "?", "!"}
_REVERSED_OBJECT_FIRST = {"head", "subj", "self"}
# Prepositions of a setting ("sur France Inter", "dans Le Monde", "chez Y"): a name they govern before the
# trigger is where or to whom something was said, not the trigger's subject.
_MEDIUM_CASES = {"sur", "dans", "chez"}


def _nearest(doc, start: int, step: int, limit: int, index) -> tuple[str, int] | None:
    tv = tokens_of(doc)   # the token list: tv[i] skips DocView.__getitem__
    i, seen, comma = start, 0, False
    while 0 <= i < limit and seen < WINDOW:
        tok = tv[i]
        if tok.text in _STOP or "\n" in tok.text:
            return None
        comma = comma or tok.text == ","
        name = index.by_token.get(i)
        if name is not None and index.kinds.get(i) in ("name", "introducer"):
            if step < 0 and comma:
                # "X, l'actionnaire de Y, a racheté Z", "X, filiale de Y, a…": back across a comma, a
                # name inside a description put beside a name is the described one's; that one is the party
                t = tok
                while t.head.i != t.i and t.head.i < t.i and t.dep_ in ("nmod", "flat:name", "appos", "conj"):
                    h = t.head
                    owner = index.by_token.get(h.i)
                    if owner is not None and owner != name and index.kinds.get(h.i) in ("name", "introducer") \
                            and t.pos_ == "NOUN" and t.dep_ in ("appos", "conj", "nmod") \
                            and any(tv[k].text == "," for k in range(h.i + 1, t.i)):
                        return owner, h.i
                    t = h
                if in_related_apposition(tok, index):
                    return None   # (s36-subj36) "Le club, propriété de X, a…": X is the club's owner, not it
            # a place after "à", "en", "dans" is where something happens, not a party
            head = tok
            while head.head.i != head.i and index.by_token.get(head.head.i) == name:
                head = head.head
            case = next((c.lower_ for c in head.children if c.dep_ == "case"), None)
            if index.type_of(name) == "LOC" and case in ("à", "en", "dans", "au", "aux", "vers", "depuis"):
                return None
            first = i
            while first > 0 and index.by_token.get(first - 1) == name:
                first -= 1
            if step < 0 and (case in _MEDIUM_CASES or first > 0 and tv[first - 1].lower_ in _MEDIUM_CASES):
                return None   # "a-t-elle lancé sur France Inter, accusant X": where one spoke, no party
            if step < 0 and _title_complement(head, case, index):
                return None   # (s20-prec2) "Le PDG de Y accuse Z": the unnamed PDG speaks, not Y
            if step < 0 and _participle_agent(head, case, index):
                return None   # (s28-party28) "Le groupe contrôlé par X possède Z": the group owns Z, not X
            if tok.lower_ in PERSON_TITLES:
                # "le ministre turc des Affaires étrangères X": the person, not the ministry
                people = [p for p in entities_at(tok, index) if index.type_of(p[0]) == "PER"]
                if people:
                    return people[0]
            return name, i
        if not tok.is_punct:
            seen += 1
        i += step
    return None


# (s20-prec2) Person titles whose "de" complement is the body the person heads or runs for, not the actor
# (s28-fights28) and a lawyer's: "Me X, l'avocat de Y, a accusé Z": the lawyer speaks, not the client
_TITLE_OWNERS = PERSON_TITLES | {"candidat", "candidate", "candidats", "candidates", "avocat", "avocate", "avocats",
                                 "avocates"}
_DE_CASES = ("de", "du", "d'", "d’", "des")


def _title_complement(head, case, index) -> bool:
    """"Le PDG de Y accuse Z", "Le candidat de Y accuse Z": the name read backward is the "de" complement of a
    person's title that no name of a person goes with; the actor is that person, whom the line cannot name."""
    t = head.head
    if head.dep_ != "nmod" or case not in _DE_CASES or t.i >= head.i or t.pos_ != "NOUN" \
            or t.lower_ not in _TITLE_OWNERS:
        return False
    return not any(index.by_token.get(c.i) is not None and index.type_of(index.by_token.get(c.i)) == "PER"
                   for c in t.children if c.dep_ in ("appos", "flat:name", "nmod") and c.i != head.i)


def _participle_agent(head, case, index) -> bool:
    """(s28-party28) "Le groupe contrôlé par X possède Z", "la société fondée par X a racheté Z": the name read
    backward is the "par" agent of a participle describing a common noun before it that names no actor; that
    noun is the party, which the line cannot name."""
    if case is None and head.dep_ in ("nmod", "appos") and head.head.i < head.i and head.head.pos_ == "NOUN" \
            and index.entity_at(head.head.i) is None:
        # (s39-clause39) "Le club, contrôlé par le fonds luxembourgeois X, verse …": the name hangs on the
        # descriptor noun, which is the "par" agent; the party is the noun the participle describes
        head = head.head
        case = next((c.lower_ for c in head.children if c.dep_ == "case"), None)
    p = head.head
    if case != "par" or head.dep_ not in ("obl:agent", "obl", "obl:mod") or p.i >= head.i:
        return False
    if p.pos_ != "VERB" or p.dep_ != "acl" or "Part" not in p.morph.get("VerbForm"):
        return False
    noun = p.head
    # ((s39-clause39) whether or not the noun names an actor: "Le club X, contrôlé par Y, verse …" is not Y's)
    return noun.i < p.i and noun.pos_ in ("NOUN", "PROPN")


def _passive(tok) -> bool:
    if tok.pos_ != "VERB" or "Part" not in tok.morph.get("VerbForm"):
        return False
    return any(c.dep_ in ("aux:pass",) for c in tok.children) or tok.dep_ == "acl" or any(
        c.dep_ == "obl:agent" for c in tok.children) or (tok.i + 1 < len(tok.doc) and tok.nbor(1).lower_ == "par")


def linear_pairs(tok, rule, sent, index, subjects=(), objects=()) -> list[tuple[tuple[str, int], tuple[str, int]]]:
    """The nearest names on each side of ``tok``; a side the parse did give (``subjects`` or
    ``objects``) is kept rather than guessed ("X, ancien dirigeant de Y, avait racheté Z" with Z
    misparsed: X buys, not Y)."""
    pairs = _line_pairs(tok, rule, sent, index)
    if not pairs or not (subjects or objects):
        return pairs
    (s, o), = pairs
    subs = list(subjects) or [s]
    objs = list(objects) or [o]
    return [(a, b) for a in subs for b in objs if a[0] != b[0]]


def _line_pairs(tok, rule, sent, index) -> list[tuple[tuple[str, int], tuple[str, int]]]:
    doc = tok.doc
    # a noun trigger must look like one: a determiner or a preposition before it ("part" the verb
    # "partir" is often tagged as the noun)
    if tok.pos_ != "VERB" and not any(c.dep_ in ("det", "case") for c in tok.children):
        return []
    left = _nearest(doc, tok.i - 1, -1, sent.end, index) if tok.i > sent.start else None
    if left is not None and left[1] < sent.start:
        left = None
    right = _nearest(doc, tok.i + len(rule.words), 1, sent.end, index)
    if left is None or right is None or left[0] == right[0]:
        return []
    object_first = rule.object and rule.object[0] in _REVERSED_OBJECT_FIRST
    if _passive(tok) and _of_a_takeover(left[1], index, doc):
        return []   # (s24-names24) "la prise de contrôle de X, combattue par Y": the takeover is fought, not X
    if _passive(tok) and _dative_before(doc, tok.i + len(rule.words), right[1]):
        return []   # (s38-groupof38) "Y, racheté au groupe X": X sold Y (who bought it, the line cannot say)
    if _passive(tok) != bool(object_first):
        return [(right, left)]
    return [(left, right)]


# (s38-groupof38) Prepositions of the one a thing was bought from or given to ("racheté au groupe X", "cédé à X")
_DATIVES = frozenset({"à", "au", "aux"})


def _dative_before(doc, start: int, name_at: int) -> bool:
    """Do the words from ``start`` to the name at ``name_at`` hold "à"/"au"/"aux" and no "par"? After a
    participle, that name is who the thing was bought from or went to, never the agent the passive reverses to
    ("Y, racheté au groupe X en 2023": X is the seller; "détenu à 40 % par X" keeps its agent)."""
    tv = tokens_of(doc)
    words = {tv[k].lower_ for k in range(start, name_at)}
    return bool(words & _DATIVES) and "par" not in words


# Nouns of a deal made on a company: "la prise de contrôle de X", "le rachat de X".
_TAKEOVER_NOUNS = frozenset({"contrôle", "rachat", "acquisition", "opa", "reprise", "cession"})


def _of_a_takeover(i: int, index, doc) -> bool:
    """Is the name at ``i`` the "de" complement of a takeover noun ("la prise de contrôle de X", "le rachat de
    X")? A participle after it describes the deal, not the company bought."""
    t = tokens_of(doc)[i]
    name = index.by_token.get(i)
    while t.head.i != t.i and index.by_token.get(t.head.i) == name:
        t = t.head
    return t.dep_ == "nmod" and t.head.lower_ in _TAKEOVER_NOUNS \
        and any(c.dep_ == "case" and c.lower_ in ("de", "d'", "d’") for c in t.children)

