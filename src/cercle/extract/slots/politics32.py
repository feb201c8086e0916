"""(s32-names32) Political membership told by a label, read as mechanisms (blind31 ho-899, ho-913, ho-919):

- a party adjective on a politician's title, "la députée insoumise X", "le sénateur communiste X", "X, élue
  écologiste de Paris", "les députés socialistes A et B", or the adjective as a noun before a name, "l'insoumise X":
  MEMBER_OF the party the text names whose name holds the adjective's stem ("insoumise" / "La France insoumise")
  or one of its cue words (data/politics32.yaml party_adjectives: "macroniste" / "Renaissance", "lepéniste" /
  "Rassemblement national"); never a party the text does not name, and nothing when two named parties fit
  (slots "adj_member", "adj_party" of member.party_adjective);
- the label one runs or sits under, "sous l'étiquette Y", "sous la bannière de Y", "sous les couleurs de Y", "sous
  le drapeau de Y", "avec l'investiture de Y", with the holder in a fronted apposition ("Candidate … sous
  l'étiquette Y, X pourrait …") or a participle ("X, élu sous le sigle Y"), where bonds._label finds none (slots
  "label_holder", "label_body" of member.label and member.banner32);
- leaving a political body, said by a noun: "sa démission de la Commission", "son départ du gouvernement", "sa
  sortie du parti Y", "son exclusion du groupe Y" (the possessor the governing clause's subject, or the name the
  fronted phrase stands before): MEMBER_OF, status former (slots "left_member", "left_body" of
  member.left_noun32); only a public assembly or government (GOV) or a body the text calls a party;
- being inside such a body, "X, tout en restant ministre, au sein du gouvernement de Y", "Au sein de la Commission
  W, X occupe …": the subject of a verb of being, staying or serving (data/politics32.yaml within_verbs) the
  phrase hangs on (slots "within_member", "within_body" of member.within32).

Each reader tests its trigger word first (its @acts_on declaration) and walks only the trigger's children, its
head chain or the next few tokens."""
from __future__ import annotations

import functools
from pathlib import Path

from ...mentions.entities import EntityIndex
from ...mentions.lexicon import fold
from ...yamldata import load_yaml
from ..arguments import _subject_of, case_of, entities_at
from .found import Found
from .gate import Readers, acts_on


@functools.lru_cache(maxsize=1)
def words() -> dict:
    raw = load_yaml((Path(__file__).parent.parent / "data" / "politics32.yaml").read_text(encoding="utf-8"))
    out = {k: frozenset(v) for k, v in raw.items() if isinstance(v, list)}
    out["party_adjectives"] = {k: tuple(v) for k, v in raw["party_adjectives"].items()}
    out["political_body_words"] = frozenset(fold(x) for x in raw["political_body_words"])
    return out


_PARTIES = ("ORG", "OTHER")
_ARTICLES = frozenset({"le", "la", "les", "l'", "l’", "de", "du", "des", "d'", "d’"})


def _stem(w: str) -> str:
    w = fold(w)
    for end in ("es", "s", "e"):
        if w.endswith(end) and len(w) - len(end) >= 5:
            return w[: -len(end)]
    return w


def _persons(tok, index: EntityIndex) -> list:
    return [x for x in entities_at(tok, index) if index.type_of(x[0]) == "PER"]


def _party_of_adjective(adj: str, index: EntityIndex, skip: set) -> list:
    """The one organisation the text names that the party adjective ``adj`` names (by its stem or a cue)."""
    cues = words()["party_adjectives"].get(adj)
    if cues is None:
        return []
    stem = _stem(adj)
    found = set()
    for name, e in index.entities.items():
        if e.type not in _PARTIES or name in skip:
            continue
        for form in [name] + list(e.aliases):
            f = fold(form).replace("'", " ").replace("-", " ")
            toks = f.split()
            if any(_stem(w) == stem for w in toks if len(w) >= 5) \
                    or any((" " + c + " ") in (" " + f + " ") for c in cues):
                found.add(name)
                break
    if len(found) != 1:
        return []
    name = found.pop()
    at = min(index.heads.get(name) or {0})
    return [(name, at)]


@acts_on(lambda w: w.lower in words()["party_adjectives"])
def party_adjective(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """Slots "adj_member", "adj_party" (see the module's head)."""
    adj = t.lower_
    if adj not in words()["party_adjectives"] or "adj_member" in out:
        return
    titles = words()["member_titles"]
    title = None
    if t.dep_ == "amod" and t.head.lower_ in titles and t.head.i < t.i:
        title = t.head   # "la députée insoumise X", "X, élue écologiste de Paris"
    elif t.pos_ in ("NOUN", "ADJ", "PROPN") and t.i > 0 and t.doc[t.i - 1].lower_ in ("l'", "l’", "le", "la", "les") \
            and t.i + 1 < len(t.doc) and index.kinds.get(t.i + 1) == "name" \
            and index.type_of(index.entity_at(t.i + 1)) == "PER":
        title = t   # "l'insoumise X", "le socialiste X"
    if title is None:
        return
    # (s38-party38) "l'écologiste A et le communiste B": the noun before a name qualifies that name only, not the
    # list its subtree spans
    member = _persons(title, index) if title is not t else _persons(t.doc[t.i + 1], index)[:1]
    if not member and title is not t and t.i + 1 < len(t.doc) and index.kinds.get(t.i + 1) == "name":
        member = [x for x in entities_at(t.doc[t.i + 1], index) if index.type_of(x[0]) == "PER"]
    if not member and title.dep_ in ("appos", "acl", "nmod", "amod") and title.head.i < title.i \
            and t.doc[title.i - 1].text in (",", "(") or title.dep_ == "appos":
        member = _persons(title.head, index)   # "X, députée insoumise du Nord"
    if not member and title is t and t.i + 1 < len(t.doc):
        member = _persons(t.doc[t.i + 1], index)
    if not member:
        return
    party = _party_of_adjective(adj, index, {n for n, _ in member})
    if party:
        out.put("adj_member", member)
        out.put("adj_party", party)


def _body_after(t, index: EntityIndex) -> list:
    """The organisation named right after the banner noun ("l'étiquette Y", "la bannière de Y", "les couleurs du
    parti Y"): the first name within four words, past articles, "de" and a party word."""
    doc = t.doc
    j = t.i + 1
    end = min(len(doc), t.i + 6)
    while j < end:
        if index.kinds.get(j) == "name":
            name = index.entity_at(j)
            return [(name, j)] if index.type_of(name) in _PARTIES else []
        if doc[j].lower_ in _ARTICLES or doc[j].lower_ in ("parti", "mouvement", "formation", "liste", "groupe"):
            j += 1
            continue
        return []
    return []


def _fronted_holder(h, index: EntityIndex) -> list:
    """Climb from ``h`` to a person: a name the phrase hangs on, a verb's subject, or, for a fronted apposition
    opening the sentence ("Candidate …, X pourrait …", "Élue en 2020 …, X a …"), the main clause's subject."""
    for _ in range(4):
        if h.pos_ in ("PROPN", "NOUN") and index.kinds.get(h.i) == "name":
            return _persons(h, index)
        if h.pos_ in ("VERB", "AUX"):
            got = [x for c in h.children if c.dep_ in ("nsubj", "nsubj:pass") for x in _persons(c, index)]
            if got:
                return got
        if h.dep_ == "ROOT" or h.head is h:
            break
        if h.dep_ in ("obl:mod", "obl", "advcl", "nmod", "dislocated", "appos") and h.head.pos_ in ("VERB", "AUX") \
                and h.i < h.head.i and h.i == h.sent.start:
            # the fronted phrase opens the sentence: the clause it stands before
            root = h.head
            got = [x for c in root.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i > h.i
                   for x in _persons(c, index)]
            return got
        h = h.head
    return []


@acts_on(lambda w: w.pos == "NOUN" and w.lower in words()["banner_nouns"])
def banner(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """Slots "label_holder", "label_body" when bonds._label found none (see the module's head)."""
    w = words()
    if t.lower_ not in w["banner_nouns"] or t.pos_ != "NOUN" or "label_holder" in out:
        return
    case = case_of(t)
    if case not in w["banner_cases"] or (case != "sous" and t.lower_ not in ("investiture", "étiquette", "bannière")):
        return   # ("aux couleurs de Y", a sponsor's; "sous les couleurs de Y", a party's)
    body = _body_after(t, index)
    if not body:
        return
    holder = _fronted_holder(t.head, index)
    names = {n for n, _ in body}
    holder = [x for x in holder if x[0] not in names]
    if holder:
        out.put("label_holder", holder[:1])
        out.put("label_body", body)


def _political(name: str, index: EntityIndex, doc) -> bool:
    from .bonds import party_names
    e = index.entities.get(name)
    if e is None:
        return False
    first = fold(name).replace("'", " ").split()
    if e.type == "GOV":
        return bool(first) and first[0] in words()["political_body_words"]
    from ...mentions.lexicon import lexicon
    return e.type == "ORG" and (name in party_names(index, doc)
                                or bool(first) and first[0] in lexicon()["membership_name_words"])


@acts_on(lambda w: w.pos == "NOUN" and w.lower in words()["leaving_nouns"])
def left_noun(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """Slots "left_member", "left_body" (see the module's head)."""
    if t.lower_ not in words()["leaving_nouns"] or t.pos_ != "NOUN" or "left_member" in out:
        return
    if not any(c.dep_ == "det" and c.lower_ in ("sa", "son", "leur") for c in t.children):
        return
    body = [x for c in t.children if c.dep_ == "nmod" and c.i > t.i and case_of(c) in ("de", "du", "d'", "d’", "des")
            for x in entities_at(c, index)]
    body = [x for x in body if _political(x[0], index, t.doc)][:1]
    if not body:
        return
    h = t.head
    member = []
    if h.pos_ in ("VERB", "AUX"):
        member = [x for c in h.children if c.dep_ in ("nsubj", "nsubj:pass") for x in _persons(c, index)] \
            or [x for x in _subject_of(h, index) if index.type_of(x[0]) == "PER"]
    if not member:
        member = _fronted_holder(t, index)
    names = {n for n, _ in body}
    member = [x for x in member if x[0] not in names]
    if member:
        out.put("left_member", member[:1])
        out.put("left_body", body)


def party_adjective_in(sent, index: EntityIndex) -> bool:
    """Whether a sentence naming one party holds a party adjective on a politician's title ("la sénatrice
    communiste X"): the party it names may be named in another sentence."""
    adj = words()["party_adjectives"]
    titles = words()["member_titles"]
    return any(t.lower_ in adj and (t.head.lower_ in titles or t.i > 0 and t.doc[t.i - 1].lower_ in ("l'", "l’", "le", "la"))
               for t in sent)


@acts_on(lambda w: w.pos == "NOUN" and w.lower == "sein")
def within_body(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """Slots "within_member", "within_body": "X, tout en restant ministre, au sein du gouvernement de Y", "Au sein de
    la Commission, X occupe …": the subject of the verb (or of the title noun's verb) the phrase hangs on is a
    member of a political body (a government, an assembly, a commission, a party) named in the phrase."""
    if t.lower_ != "sein" or t.pos_ != "NOUN" or "within_member" in out:
        return
    if not any(c.dep_ == "case" and c.lower_ in ("au", "à") for c in t.children):
        return
    body = [x for c in t.children if c.dep_ == "nmod" and c.i > t.i for x in entities_at(c, index)]
    body = [x for x in body if _political(x[0], index, t.doc)][:1]
    if not body:
        return
    w = words()
    h = t.head
    if h.pos_ == "NOUN" and h.lower_ in w["within_titles"]:
        h = h.head   # ("reste ministre au sein du gouvernement")
    verb = h if h.pos_ in ("VERB", "AUX") else None
    if verb is None or verb.lemma_.lower() not in w["within_verbs"]:
        return
    member = []
    for _ in range(4):
        member = [x for c in h.children if c.dep_ in ("nsubj", "nsubj:pass") for x in _persons(c, index)]
        if member or h.dep_ == "ROOT" or h.head is h or h.dep_ in ("acl:relcl", "ccomp", "parataxis"):
            break
        h = h.head
    names = {n for n, _ in body}
    member = [x for x in member if x[0] not in names]
    if member:
        out.put("within_member", member[:1])
        out.put("within_body", body)


POLITICS32_READERS = Readers(party_adjective, banner, left_noun, within_body)
