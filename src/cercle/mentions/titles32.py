"""(s32-coref32) Second references by title: a head's title naming its organisation and no name beside it
("le président du Syndicat X", "la patronne de Y", "Je reproche à la présidente de la Commission …") stands for
the person the document says holds that title of that organisation:

- a title set beside a name or a verb ("X, président de Y", "Y, dirigée par X", "X préside Y": the holders
  coref.py already reads), or a possessive naming the organisation's person ("la Commission de X", "le Syndicat
  Y de X": a body of a person is that person's to lead);
- when the text never says who holds it, the one person the sentence before (or the descriptor's own sentence,
  before it) named without any title of their own, of the title's gender ("La CFDT reproche à X d'avoir bloqué
  la négociation. Le président de Y, qui …": press style names a person, then calls them by their office).

Nothing when two persons fit, when the title is a former, future or deputy one, or when the text names the
holder right there. Lexicon: data/titles32.yaml."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ..nlp.docview import lower_words_of, tokens_of
from ..yamldata import load_yaml
from .wordpos import at_words

_DATA = Path(__file__).parent / "data" / "titles32.yaml"
_DEFINITE = frozenset({"le", "la", "l'", "l’"})
_CONTRACTED = frozenset({"au", "du"})   # "reproché au président de Y", "les propos du président de Y"
_DE = frozenset({"de", "d'", "d’", "du", "des"})
_HEAD_OFFICES = frozenset({"président", "directeur général", "patron", "maire"})


@lru_cache(maxsize=1)
def _data() -> dict:
    raw = load_yaml(_DATA.read_text(encoding="utf-8"))
    titles = {str(k).lower(): (None if v == "any" else v) for k, v in raw["head_titles"].items()}
    return {"titles": titles, "needs_tail": frozenset(raw["needs_tail"]),
            "tails": frozenset(str(x) for x in raw["head_tails"]), "before": frozenset(raw["head_before"]),
            "not_holder": frozenset(raw["not_holder"]),
            "gov_nouns": frozenset(w.split()[0] for w in raw["government_nouns"]),
            "gov_phrases": frozenset(raw["government_nouns"]),
            "gov_names": frozenset(raw["government_name_words"])}


def _title_end(tv, tok, data) -> int | None:
    """The end of the title's words ("directeur général", "numéro un"), None when the word is no head's title
    here ("le directeur financier", "la secrétaire" alone)."""
    end = tok.i + 1
    while end < len(tv) and end - tok.i < 3 and (tv[end].lower_ in data["tails"]):
        end += 1
    if tok.lower_ in data["needs_tail"] and end == tok.i + 1 and not (
            tok.i > 0 and tv[tok.i - 1].lower_ in data["before"]):
        return None
    return end


def _determiner(tv, tok):
    """The definite determiner (or "au"/"du") the title opens with, with "premier" between: its token."""
    k = tok.i - 1
    if k >= 0 and tv[k].lower_ in _data()["before"]:
        k -= 1
    if k >= 0 and (tv[k].lower_ in _DEFINITE or tv[k].lower_ in _CONTRACTED):
        return tv[k]
    return None


def _not_holder(tv, tok, det, data) -> bool:
    """"l'ancien président de Y", "la future présidente", "le vice-président", "le président adjoint"."""
    words = data["not_holder"]
    if any(t.lower_ in words or t.lower_.rstrip("-") in words for t in tv[det.i + 1:tok.i]):
        return True
    if tok.lower_.startswith(("ex-", "vice-", "ancien")):
        return True
    return any(c.dep_ in ("amod", "advmod") and c.lower_ in words for c in tok.children) \
        or (tok.i + 1 < len(tv) and tv[tok.i + 1].lower_ in words)


def _possessive_heads(tv, index, org: str) -> set[str]:
    """"la Commission de X", "Le Syndicat Y de X": persons a name of ``org`` takes as its "de" complement."""
    out = set()
    for j, name in index.by_token.items():
        if name != org or index.kinds.get(j) != "name":
            continue
        for c in tv[j].children:
            if c.dep_ != "nmod" or c.i <= j or index.by_token.get(c.i) == org:
                continue
            if not any(k.dep_ == "case" and k.lower_ in _DE for k in c.children) or c.i - j > 6:
                continue
            person = index.by_token.get(c.i)
            if person and index.kinds.get(c.i) == "name" and index.entities[person].type == "PER":
                out.add(person)
    return out


def _stated(tv, index, org: str, links, holders) -> set[str]:
    """The persons the text says head ``org``: a verb or a noun ("Y, que dirige X", "X, présidente de Y"), a title
    ("le PDG de Y, X"), a possessive ("la Commission de X")."""
    said = {p for p, o, k in links if k == "head" and o == org}
    said |= {h[1] for h in holders if h[5] == org and not h[3] and h[2] & _HEAD_OFFICES}
    return said | _possessive_heads(tv, index, org)


def stated_holders(doc, index, org: str) -> set[str]:
    """_stated, for coref.py's own title links."""
    from . import coref
    return _stated(tokens_of(doc), index, org, coref._heads_and_founders(doc, index, len(doc)),
                   coref._title_holders(doc, index))


def titled_anywhere(tv, index, person: str) -> bool:
    """A name of ``person`` is given a title or a role where it stands (_titled)."""
    return any(p == person and index.kinds.get(j) == "name" and index.by_token.get(j - 1) != person
               and _titled(tv, index, j) for j, p in index.by_token.items())


def _titled(tv, index, j: int) -> bool:
    """The person named at ``j`` is given a title or a role there: "le député X", "X, président de Y",
    "X (Kelvio)", "la CFDT de X" (the complement of a name)."""
    t = tv[j]
    while t.dep_ == "flat:name" and t.head.i != t.i:
        t = t.head
    if t.dep_ == "appos" and t.head.pos_ == "NOUN" and t.head.is_lower and t.head.i < t.i:
        return True   # "le député X"
    if t.dep_ == "nmod" and t.head.i < t.i and (o := index.by_token.get(t.head.i)) and o != index.by_token.get(j) \
            and index.entities[o].type in ("ORG", "GOV"):
        return True   # "la CFDT de X" (not "par la voix de X")
    if t.i > 0 and tv[t.i - 1].pos_ == "NOUN" and tv[t.i - 1].is_lower:
        return True   # ("le ministre X" misparsed)
    for c in t.children:
        if c.dep_ in ("appos", "acl", "acl:relcl", "nmod") and c.i > t.i and c.pos_ in ("NOUN", "PROPN", "VERB", "ADJ"):
            return True   # "X, président de Y", "X, élu de Y", "X, qui dirige Y"
    k = j + 1
    while k < len(tv) and index.by_token.get(k) == index.by_token.get(j):
        k += 1
    if k + 1 < len(tv) and tv[k].text in (",", "("):
        if index.by_token.get(k + 1) and tv[k].text == "(":
            return True   # "X (Y)"
        for x in tv[k + 1:k + 5]:   # "X, la secrétaire générale de Y", "X, alors gérant de Y" (however parsed)
            if x.pos_ == "NOUN" and x.is_lower:
                return True
            if x.pos_ not in ("DET", "ADV", "ADJ"):
                break
    return False


def _gender_fits(coref, index, doc, person: str, gender: str | None, strict: bool = False) -> bool:
    if gender is None:
        return True
    said = coref._gender_of(index, person, doc) or coref._first_name_gender(index, person, doc)
    return said == gender if strict else said in (None, gender)


def link_org_titles(doc, index, mentions, sent_of) -> None:
    """Link each head's title naming its organisation, still unlinked, to the person who holds it (module doc)."""
    if not index.by_token:
        return
    data = _data()
    words = lower_words_of(doc)
    cues = [w for w in data["titles"] if w in words]
    if not cues:
        return
    from . import coref   # (coref.py calls this module at its end)
    tv = tokens_of(doc)
    links = holders = None
    for tok in map(tv.__getitem__, at_words(doc, cues)):
        if tok.lower_ not in data["titles"] or tok.pos_ not in ("NOUN", "PROPN") or tok.i in index.by_token:
            continue   # (the first test: at_words gives every token when the prefilter is off)
        end = _title_end(tv, tok, data)
        det = _determiner(tv, tok)
        if end is None or det is None or det.i in index.by_token or _not_holder(tv, tok, det, data):
            continue
        org = coref._title_org(tok, index)
        if not org or org == "?" or index.entities[org].type not in ("ORG", "GOV", "LOC"):
            continue
        if coref._named_after(tok, index) or coref._apposed(tok, det, index) or coref._title_holder(tok, index):
            continue
        if end < len(tv) and tv[end].text == "(":
            continue
        gender = data["titles"][tok.lower_]
        if det.lower_ in ("le", "la"):
            gender = (det.morph.get("Gender") or [gender])[0]
        elif det.lower_ == "au" or det.lower_ == "du":
            gender = "Masc"
        if links is None:
            links = coref._heads_and_founders(doc, index, len(doc))
            holders = coref._title_holders(doc, index)
        said = _stated(tv, index, org, links, holders)
        here = {index.by_token[j] for j in range(tok.sent.start, tok.i) if index.kinds.get(j) == "name"}
        if said:
            people = {p for p in said if _gender_fits(coref, index, doc, p, gender)}
            if len(people) > 1:
                people = {p for p in people if _gender_fits(coref, index, doc, p, gender, strict=True)}
            if len(people) != 1 or people & here:
                continue   # (several: no guess; the holder named in the sentence itself: someone else is meant)
        else:
            people = _untitled_before(tv, tok, org, index, sent_of, gender, links, holders, coref, doc)
            if people is None:
                continue
            people = {people}
        _add_title(coref, doc, index, mentions, det, tok, end, next(iter(people)))


def _untitled_before(tv, tok, org, index, sent_of, gender, links, holders, coref, doc) -> str | None:
    """The one person, of the title's gender, named in the sentence before (same paragraph) or before the title
    in its own sentence, with no title or role of their own anywhere in the text: the holder the text never
    states. None when the sentence names another person before the title, or two fit."""
    if _owned_org(tv, index, org):
        return None   # ("son parti, Y": the text ties Y to a person already, whoever heads it)
    s = sent_of[tok.i]
    start = tok.sent.start
    if any(index.kinds.get(j) == "name" and index.entities[index.by_token[j]].type == "PER"
           for j in range(start, tok.i)):
        return None   # (someone named in the sentence before the title: no bridging past them)
    prev_start = start - 1
    while prev_start > 0 and sent_of.get(prev_start - 1, -1) == s - 1:
        prev_start -= 1
    if prev_start < 0 or sent_of.get(prev_start, -1) != s - 1 or _paragraph_break(tv, start):
        return None
    titled_people = {p for p, _, _ in links} | {h[1] for h in holders}
    found: dict[str, int] = {}
    for j in range(prev_start, start):
        p = index.by_token.get(j)
        if p is None or index.kinds.get(j) != "name" or index.entities[p].type != "PER" or index.by_token.get(j - 1) == p:
            continue
        found.setdefault(p, j)
    cands = []
    for p, j in found.items():
        if p in titled_people or _titled(tv, index, j):
            continue
        if titled_anywhere(tv, index, p):
            continue   # (given a title elsewhere: "X, le ministre de …")
        cands.append(p)
    if len(cands) != 1 or not _gender_fits(coref, index, doc, cands[0], gender):
        return None
    return cands[0]


def _owned_org(tv, index, org: str) -> bool:
    """A name of ``org`` is set beside a possessive noun ("son parti, Y", "sa fédération Y", "leur syndicat, Y"):
    the text ties it to someone already."""
    for j, name in index.by_token.items():
        if name != org or index.kinds.get(j) != "name" or index.by_token.get(j - 1) == org:
            continue
        for k in range(max(j - 4, 0), j):
            if tv[k].pos_ == "DET" and "Yes" in tv[k].morph.get("Poss") and tv[k].lower_ not in ("notre", "nos", "votre", "vos"):
                return True
    return False


def _paragraph_break(tv, start: int) -> bool:
    """A line break between the sentence opening at ``start`` and the one before (a new paragraph, a question and
    its answer: the person the last paragraph ended on is not who a new one speaks of)."""
    k = start - 1
    while k >= 0 and (tv[k].is_space or not tv[k].text.strip()):
        if "\n" in tv[k].text:
            return True
        k -= 1
    return k >= 0 and "\n" in tv[k].whitespace_


def _add_title(coref, doc, index, mentions, det, tok, end, person) -> None:
    coref._add(doc, index, mentions, det.i, end, person, "descriptor", head=tok.i)


def link_government_nouns(doc, index, mentions) -> None:
    """"Le Parti X accuse l'exécutif …", "a critiqué le gouvernement": a government noun with no complement of its
    own stands for the one government the text names ("le gouvernement de X"), over the agency, ministry or
    state body a nearer sentence named (an unlinked noun is linked; one linked to another public body is moved)."""
    data = _data()
    words = lower_words_of(doc)
    if words.isdisjoint(data["gov_nouns"]):
        return
    govs = {n for n, e in index.entities.items() if e.type == "GOV" and n.split()[0].lower() in data["gov_names"]
            and len(n.split()) > 1}
    if len(govs) != 1:
        return
    gov = next(iter(govs))
    tv = tokens_of(doc)
    first = min((j for j, n in index.by_token.items() if n == gov), default=None)
    for tok in map(tv.__getitem__, at_words(doc, data["gov_nouns"])):
        if tok.lower_ not in data["gov_nouns"] or first is None or tok.i <= first or tok.pos_ != "NOUN" \
                or index.kinds.get(tok.i) == "name":
            continue
        det = tv[tok.i - 1] if tok.i > 0 else None
        if det is None or det.lower_ not in ("l'", "l’", "le", "au", "du"):
            continue
        end = tok.i + 1
        if end < len(tv) and f"{tok.lower_} {tv[end].lower_}" in data["gov_phrases"]:
            end += 1
        elif tok.lower_ not in data["gov_phrases"]:
            continue
        if any(c.dep_ in ("nmod", "amod", "appos") and c.i >= end for c in tok.children) \
                or (end < len(tv) and (tv[end].text[:1].isupper() or tv[end].pos_ == "ADJ")):
            continue   # ("le gouvernement allemand", "le gouvernement de Y", "le gouvernement X": its own)
        held = index.by_token.get(tok.i)
        if held == gov:
            continue
        if held is not None and index.entities[held].type != "GOV":
            continue   # (linked to a company or a person: not ours to move)
        if held is not None:
            start_char = tv[det.i].idx
            mentions[:] = [m for m in mentions if not (m.entity == held and m.start == start_char)]
            text = doc[det.i:end].text
            if text in index.entities[held].aliases and not any(m.entity == held and m.text == text for m in mentions):
                index.entities[held].aliases.remove(text)
        from . import coref
        coref._add(doc, index, mentions, det.i, end, gov, "descriptor", head=tok.i)
