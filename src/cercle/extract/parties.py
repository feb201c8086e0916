"""Party membership told by the frame of a sentence rather than by a title of the member's own:

- "Au sein de Y, le député du Gard X a dénoncé …", "Dans les rangs de Y, la sénatrice X …": a person
  named with an elected or party title inside the frame is a member of Y; when the frame's sentence names
  nobody ("Au sein de Y, l'accord passe mal."), the sentence after it does ("Le sénateur X a voté contre.");
- "Encartée au parti Y depuis 2015, X …", "X, encarté aux Y depuis leur fondation, …": the card of a party;
- "X, issu du parti Y": a politician comes from the party a text calls one.

Written by hand: the member and the party are in different clauses (or sentences), tied by the frame
alone, which no dependency pattern of the rules sees.
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

from ..records import Relation
from ..yamldata import load_yaml
from .lexicon import doc_text, lowered
from .slots.bonds import party_names, words as bond_words

_DE = ("de", "du", "des", "d'", "d’")
# Titles that make a frame political even when the text never calls its body a party.
_ELECTED = {"député", "députée", "sénateur", "sénatrice", "eurodéputé", "eurodéputée", "élu", "élue", "militant",
            "militante", "parlementaire"}


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    raw = load_yaml(resources.files("cercle.extract").joinpath("data/parties.yaml").read_text("utf-8"))
    return {k: frozenset(str(w).lower() for w in v) for k, v in raw.items()}


def _named(index, i: int) -> str | None:
    return index.by_token.get(i) if index.kinds.get(i) == "name" else None


def _body_after(doc, index, i: int) -> tuple[str, int] | None:
    """The organisation named right after token i's "de" / "à" ("au sein même du MDT", "encartée aux Y")."""
    j = i + 1
    if j < len(doc) and doc[j].lower_ == "même":
        j += 1
    if j < len(doc) and doc[j].lower_ in ("la", "le", "les", "l'", "l’") and j + 1 < len(doc):
        j += 1
    for k in range(j, min(j + 3, len(doc))):
        name = _named(index, k)
        if name is not None:
            return (name, k) if index.type_of(name) == "ORG" else None
        if doc[k].is_punct:
            return None
    return None


def _title_of(doc, start: int, end: int) -> str | None:
    """The title a person named on tokens start..end-1 is given: "le député du Gard X", "X, députée de l'Aude"."""
    titles = _words()["member_titles"]
    sent_start = doc[start].sent.start
    k = start - 1
    while k >= max(sent_start, start - 6):
        t = doc[k]
        if t.lower_ in titles or t.lemma_.lower() in titles:
            return t.lower_
        if t.pos_ not in ("ADP", "DET", "PROPN", "ADJ", "NOUN") or t.is_punct:
            break
        k -= 1
    k = end
    if k < len(doc) and doc[k].text == ",":
        for j in (k + 1, k + 2):
            if j < len(doc) and (doc[j].lower_ in titles or doc[j].lemma_.lower() in titles):
                return doc[j].lower_
            if j < len(doc) and doc[j].lower_ not in ("la", "le", "l'", "l’", "un", "une"):
                break
    return None


def _persons(doc, index, lo: int, hi: int) -> list[tuple[str, int, int, str]]:
    """Persons named between tokens lo and hi, with the span of the name and its title, if any."""
    out, i = [], lo
    while i < hi:
        name = _named(index, i)
        if name is None or index.type_of(name) != "PER":
            i += 1
            continue
        j = i
        while j + 1 < hi and _named(index, j + 1) == name:
            j += 1
        title = _title_of(doc, i, j + 1)
        if title is not None:
            out.append((name, i, j + 1, title))
        i = j + 1
    return out


def _frame_members(doc, index, parties, sents, n: int, t) -> list[tuple[str, str, object]]:
    """"Au sein de Y, le député X …": (member, body, sentence) for a frame opening sentence n at token t."""
    if t.lower_ not in ("sein", "rangs", "intérieur"):
        return []   # (the test below on the word alone, first: the caller asks it of many words)
    sent = sents[n]
    prev = doc[t.i - 1].lower_ if t.i > sent.start else ""
    if not ((t.lower_ == "sein" and prev == "au") or (t.lower_ == "rangs" and prev == "les")
            or (t.lower_ == "intérieur" and prev in ("l'", "l’"))):
        return []
    if t.i - sent.start > 3:
        return []   # (a frame opens its sentence: "Au sein de Y, …", "Pourtant, au sein de Y, …")
    nxt = t.i + 1 + (doc[t.i + 1].lower_ == "même")
    if nxt >= len(doc) or doc[nxt].lower_ not in _DE:
        return []
    body = _body_after(doc, index, nxt)
    if body is None:
        return []
    name, at = body
    found = [(p, title) for p, _, _, title in _persons(doc, index, at + 1, sent.end)]
    where = sent
    if not found and n + 1 < len(sents):
        where = sents[n + 1]
        found = [(p, title) for p, _, _, title in _persons(doc, index, where.start, where.end)]
    party = name in parties or name.lower().split()[0] in bond_words()["party_descriptors"]   # ("Parti Y")
    return [(p, name, where) for p, title in found if party or title in _ELECTED]


def _card_members(doc, index, parties, t) -> list[tuple[str, str, object]]:
    """"Encartée au parti Y, X …", "X, encarté à Y", "X, issu du parti Y": (member, party, sentence)."""
    low = t.lower_
    issued = low in ("issu", "issue") and t.i + 1 < len(doc) and doc[t.i + 1].lower_ in ("du", "de", "d'", "d’", "des")
    if low not in _words()["card_words"] and not issued:
        return []
    if t.i + 1 >= len(doc) or doc[t.i + 1].lower_ not in ("à", "au", "aux", "du", "de", "d'", "d’", "des"):
        return []
    body = _body_after(doc, index, t.i + 1)
    if body is None or (issued and body[0] not in parties):
        return []
    sent = t.sent
    if t.i == sent.start:
        # fronted: the main clause's first person after the comma closing the participle's phrase
        comma = next((k for k in range(t.i, sent.end) if doc[k].text == ","), None)
        if comma is None:
            return []
        for k in range(comma + 1, min(comma + 4, sent.end)):
            name = _named(index, k)
            if name is not None:
                return [(name, body[0], sent)] if index.type_of(name) == "PER" else []
        return []
    # "X, encartée à Y": the person right before the comma (or the titled one: "le député X, issu de Y")
    if t.i < 2 or doc[t.i - 1].text != ",":
        return []
    name = _named(index, t.i - 2)
    return [(name, body[0], sent)] if name is not None and index.type_of(name) == "PER" else []


def frame_members(doc, index, found: list[Relation]) -> list[Relation]:
    low = lowered(doc_text(doc))
    if low is not None and not any(w in low for w in ("au sein", "les rangs", "intérieur d", "encart", "issu")):
        return []   # (one look at the text: most articles have no such frame)
    parties = party_names(index, doc)
    sents = list(doc.sents)
    have = {(r.subject, r.object) for r in found if r.type in ("MEMBER_OF", "LEADS")}
    # a person already tied to another party in the same sentence belongs to that one ("le député LR X")
    # (not an office of the state: "X, député du Rhône, qui fut ministre du Budget" still sits in the frame's party)
    elsewhere = {(r.subject, r.start) for r in found if r.type in ("MEMBER_OF", "LEADS")
                 and index.type_of(r.object) != "GOV"}
    out: list[Relation] = []
    for n, sent in enumerate(sents):
        for t in sent:
            got = _frame_members(doc, index, parties, sents, n, t) + _card_members(doc, index, parties, t)
            for person, body, where in got:
                if (person, body) in have or person == body \
                        or any(s == person and where.start_char <= at < where.end_char for s, at in elsewhere):
                    continue
                have.add((person, body))
                out.append(Relation(type="MEMBER_OF", subject=person, object=body, evidence=where.text,
                                    start=where.start_char, end=where.end_char, confidence=0.55,
                                    rule="member.frame"))
    return out


def party_words() -> dict[str, frozenset[str]]:
    """The word lists of data/parties.yaml (for the slot readers)."""
    return _words()


def is_party(name: str, index, doc) -> bool:
    """An organisation the text calls a party, or whose own name opens on a party's word ("Front des
    patriotes", "Bloc populaire"; data/parties.yaml party_name_heads)."""
    from ..mentions.lexicon import fold
    e = index.entities.get(name)
    if e is None or e.type != "ORG":
        return False
    first = fold(name).replace("'", " ").split()[:1]
    return bool(first) and first[0] in {fold(w) for w in _words()["party_name_heads"]} \
        or name in party_names(index, doc)
