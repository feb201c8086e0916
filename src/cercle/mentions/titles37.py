"""(s37-titles37) A title noun phrase as a second reference to a named person.

Press names a person, then goes on with a title instead of the name: "C'est une victoire pour X. Le directeur
général de Y, entré dans la maison il y a trente ans, …", "X referme le dossier. […] La directrice générale de Y,
qui a succédé à Z en 2022, …", "Le signal était attendu par X. Nommé PDG de Y à la place de Z, l'ancien patron de
W …". The readers before this one (coref._late_titles, titles32.link_org_titles) link such a title to the holder
the text states, or to the untitled person of the sentence before when the title is a current one naming its
organisation by name. This one, run after them, reads what they leave:

* a definite head's or founder's title ("le président", "la directrice générale", "le PDG", "le premier
  secrétaire", "le fondateur"; current or former: "l'ancien patron", "l'ex-PDG") with a "de" complement naming an
  organisation or describing one ("du groupe strasbourgeois"), no name beside it, not yet linked;
* it stands for the one person named in the sentence before (same paragraph) whose titles fit it; when the sentence
  before names no one, for the one person the text named before it at all;
* a person fits unless the text gave them a current head's title of another organisation (for a current title:
  "X, maire de A … Le premier secrétaire du B" is not X), or the text states another holder of that very title
  (a current head, a founder of that organisation); a former title fits a person who heads another organisation
  now, never the present head of the title's own one;
* nothing when the title's own sentence names another person before it (other than the one the holder replaced:
  "à la place de Z", "a succédé à Z"), when two persons fit, or when the title is a future, deputy or acting one;
* two coordinated titles after two coordinated names ("pour que A et B enterrent la hache de guerre. Le président de
  Y et la secrétaire nationale de Z …") go to A and B in that order;
* a title of an organisation whose heads (else founders) the text states goes to the one of the title's gender; a
  possessive title ("Sa présidente revient sur cette levée") only so — to a holder stated for the possessive's owner
  or for the organisations of the sentence before (the owner itself is a guess: "la milice, son chef").

Linking the title to the person gives both its own tie (LEADS or FOUNDED of the organisation named in it) and the
tie of the clause it is a party of. Lexicon: data/titles37.yaml (with titles32.yaml's head titles)."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ..nlp.docview import lower_words_of, tokens_of
from ..yamldata import load_yaml
from .wordpos import at_words

_DATA = Path(__file__).parent / "data" / "titles37.yaml"
_PARTY = ("ORG", "GOV")


@lru_cache(maxsize=1)
def _data() -> dict:
    raw = load_yaml(_DATA.read_text(encoding="utf-8"))
    from .titles32 import _data as titles32_data
    heads = {w: g for w, g in titles32_data()["titles"].items() if w not in set(raw["skip_titles"])}
    founders = {str(k).lower(): (None if v == "any" else v) for k, v in raw["founder_titles"].items()}
    return {"titles": {**heads, **founders}, "founders": frozenset(founders),
            "former": frozenset(raw["former_words"]), "not_holder": frozenset(raw["not_holder"]),
            "succession": frozenset(raw["succession_cues"])}


def _determiner(tv, tok, data):
    """The definite determiner (or "au"/"du") the title opens with, past "premier", "ancien", "ex-" between ("le
    premier secrétaire", "l'ancien patron", "l'ancienne présidente"): its token, else None."""
    k = tok.i - 1
    while k >= 0 and tok.i - k <= 2 and (tv[k].lower_ in ("premier", "première") or tv[k].lower_.rstrip("-") in data["former"]):
        k -= 1
    if k >= 0 and tv[k].lower_ in ("le", "la", "l'", "l’", "au", "du", "son", "sa"):
        return tv[k]
    return None


def _possessive(det) -> bool:
    return det.lower_ in ("son", "sa")


def _words_before(tv, det, tok) -> list[str]:
    return [t.lower_.rstrip("-") for t in tv[det.i + 1:tok.i]]


def _former(tv, tok, det, data) -> bool | None:
    """True for a former title ("l'ancien patron", "l'ex-PDG"), False for a current one, None for a title that is
    someone else's than a named holder's (futur, adjoint, intérimaire, nouveau …)."""
    words = set(_words_before(tv, det, tok)) | {c.lower_ for c in tok.children if c.dep_ in ("amod", "advmod")}
    if tok.i + 1 < len(tv):
        words.add(tv[tok.i + 1].lower_)
    low = tok.lower_
    if low.startswith(("vice-", "co-pr")) or words & data["not_holder"]:
        return None
    return bool(words & data["former"]) or low.startswith("ex-")


def _org_of_title(coref, tok, index) -> tuple[str | None, bool]:
    """The organisation the title's "de" complement names: (its name, True); (None, True) for a description no
    reader linked yet ("du groupe strasbourgeois"); (None, False) when there is no such complement."""
    org = coref._title_org(tok, index)
    if org is None:
        return None, False
    if org != "?":
        return (org, True) if index.entities[org].type in _PARTY else (None, False)
    for c in tok.children:
        if c.dep_ == "nmod" and c.i > tok.i:
            for x in c.subtree:
                n = index.by_token.get(x.i)
                if n and index.entities[n].type in _PARTY:
                    return n, True
    return None, True


def _named_persons(tv, index, start: int, end: int) -> dict[str, int]:
    """The persons named (by a name, not a pronoun or a description) between two tokens: name → first token."""
    out: dict[str, int] = {}
    for j in range(start, end):
        p = index.by_token.get(j)
        if p is None or index.kinds.get(j) != "name" or index.entities[p].type != "PER" or index.by_token.get(j - 1) == p:
            continue
        out.setdefault(p, j)
    return out


def _replaced(tv, j: int, data) -> bool:
    """The name at ``j`` is the one a holder took over from: a succession word just before it ("à la place de Z",
    "a succédé à Z", "remplace Z")."""
    return any(tv[k].lower_ in data["succession"] or tv[k].lemma_.lower() in data["succession"]
               for k in range(max(j - 4, 0), j))


def _apposed_person(tv, det, index, data) -> bool:
    """"X, l'ancienne présidente de Y": a title set beside a person's name names that person (not a name the
    succession frame before the comma names: "Nommé PDG de Y à la place de Z, l'ancien patron de W …")."""
    j = det.i - 1
    if j < 1 or tv[j].text != ",":
        return False
    p = index.by_token.get(j - 1)
    if p is None or index.kinds.get(j - 1) != "name" or index.entities[p].type != "PER":
        return False
    k = j - 1
    while k > 0 and index.by_token.get(k - 1) == p:
        k -= 1
    return not _replaced(tv, k, data)


def _stated_holder(coref, tv, tok, index, data) -> bool:
    """The text names the title's holder right there ("le président de Y, X", "X, présidente de Y", "X a été élue
    présidente"): coref._title_holder, unless what it found is the one the holder replaced."""
    p = coref._title_holder(tok, index)
    if p is None:
        return False
    at = [j for j in range(tok.sent.start, tok.i) if index.by_token.get(j) == p and index.kinds.get(j) == "name"]
    return not (at and _replaced(tv, at[0], data))


def _apposed_titles(coref, tv, index, j: int, data) -> list[tuple[str | None, bool, str]]:
    """The head's title set after a name's last word ("X, alors gérant de Y", "X, l'ancien PDG de Y", "X, le directeur
    de l'usine"), whatever reader made a holder of it or not: [(organisation or "?", former, "head"/"founder")] or
    []."""
    if j + 2 >= len(tv) or tv[j + 1].text != ",":
        return []
    for k in range(j + 2, min(j + 6, len(tv))):
        t = tv[k]
        if t.lower_ in data["titles"] and t.pos_ in ("NOUN", "PROPN"):
            org = coref._title_org(t, index)   # ("?": an organisation only described, "le directeur de l'usine")
            if org is None:
                return []
            former = any(x.lower_.rstrip("-") in data["former"] for x in tv[j + 2:k]) or t.lower_.startswith("ex-")
            return [(org, former, "founder" if t.lower_ in data["founders"] else "head")]
        if t.pos_ not in ("DET", "ADV", "ADJ"):
            return []
    return []


def _titles_of(coref, tv, index, person: str, holders, links, data) -> list[tuple[str | None, bool, str]]:
    """What the text says ``person`` heads or founded: (organisation or None, former, "head"/"founder") for each
    title set beside their name, each verb ("X préside Y", "Y, fondée par X") and each title already linked to them
    ("le maire écologiste de Lyon" before the name)."""
    out = [(h[5], h[3], "head") for h in holders if h[1] == person]
    out += [(o, False, k) for p, o, k in links if p == person]
    for j, p in index.by_token.items():
        if p == person and index.kinds.get(j) == "name" and index.by_token.get(j + 1) != p:
            out += _apposed_titles(coref, tv, index, j, data)
        if p != person or index.kinds.get(j) != "descriptor" or tv[j].lower_ not in data["titles"]:
            continue
        det = tv[j - 1] if j > 0 else tv[j]
        org = coref._title_org(tv[j], index)
        if org == "?":
            org = None
        out.append((org, bool(_former(tv, tv[j], det, data)), "founder" if tv[j].lower_ in data["founders"] else "head"))
    return out


def _fits(coref, doc, tv, index, person: str, org: str | None, former: bool, founder: bool, gender, holders, links,
          data) -> bool:
    said = coref._gender_of(index, person, doc) or coref._first_name_gender(index, person, doc)
    if gender and said not in (None, gender):
        return False
    titles = _titles_of(coref, tv, index, person, holders, links, data)
    if not former and not founder and org is not None and not any(o == org for o, _, _ in titles):
        from .titles32 import titled_anywhere
        if titled_anywhere(tv, index, person):
            return False   # ("X, le directeur de l'usine … le président de Y": a person the text titled otherwise)
    for o, was, kind in titles:
        if founder or kind == "founder" or was:
            continue   # (a founder heads another company, or held another post before: no clash)
        if former and o is not None and o == org:
            return False   # (the present head of Y is not "l'ancien patron de Y")
        if not former and o is not None and org is not None and o != org:
            return False   # ("X, maire de A … Le premier secrétaire du B": not X)
    return True


def _other_holder(index, person: str, org: str | None, former: bool, founder: bool, holders, links, at: int) -> bool:
    """The text states someone else holds that very title of ``org`` (its head now, or its founder); ``at``: the
    title's own token (whatever a reader made of it is no statement)."""
    holders = [h for h in holders if h[0] != at]
    if org is None:
        return False
    if founder:
        return any(o == org and k == "founder" and p != person for p, o, k in links)
    if former:
        return any(h[5] == org and h[3] and h[1] != person for h in holders)
    return any(o == org and k == "head" and p != person for p, o, k in links) \
        or any(h[5] == org and not h[3] and h[1] != person for h in holders)


def _ever_subject(tv, index, person: str, before: int) -> bool:
    """A name of ``person`` before token ``before`` is a clause's subject ("X referme le dossier") or opens the text:
    the one the story is about, not a name met in passing ("son homologue, X")."""
    for j in range(before):
        if index.by_token.get(j) != person or index.kinds.get(j) != "name":
            continue
        if not any(x.text.strip() for x in tv[:j]):
            return True   # (the name the text opens with: "X : « … »", a portrait's or interview's heading)
        t = tv[j]
        while t.dep_ == "flat:name" and t.head.i != t.i:
            t = t.head
        if t.dep_ in ("nsubj", "nsubj:pass"):
            return True
    return False


def _read_title(coref, titles32, tv, tok, index, data):
    """A definite head's or founder's title at ``tok``, unlinked, naming or describing its organisation and naming no
    holder beside it: (determiner, end, former, organisation or None, gender); None otherwise."""
    low = tok.lower_
    if low not in data["titles"] or tok.pos_ not in ("NOUN", "PROPN") or tok.i in index.by_token:
        return None
    founder = low in data["founders"]
    end = tok.i + 1 if founder else titles32._title_end(tv, tok, titles32._data())
    det = _determiner(tv, tok, data)
    if end is None or det is None or det.i in index.by_token or (end < len(tv) and tv[end].text == "("):
        return None
    former = _former(tv, tok, det, data)
    if former is None:
        return None
    org, has_org = _org_of_title(coref, tok, index)
    if not has_org and _possessive(det):
        # "Sa directrice générale s'explique", "explique sa présidente": the organisation the possessive points at
        owner = index.antecedent(det.i, types=_PARTY)
        org, has_org = (owner[0], True) if owner else (None, False)
    if not has_org:
        return None   # (a bare "le président": the readers of bare titles decide)
    if coref._named_after(tok, index) or _apposed_person(tv, det, index, data) \
            or _stated_holder(coref, tv, tok, index, data):
        return None
    gender = data["titles"][low]   # (a possessive agrees with the noun: the title word says the holder's gender)
    if det.lower_ in ("le", "la"):
        gender = (det.morph.get("Gender") or [gender])[0]
    elif det.lower_ in ("au", "du"):
        gender = "Masc"
    return det, end, former, org, gender


def _title_conj(tok, data):
    """The title coordinated after ``tok`` ("Le président de Y et la secrétaire nationale de Z"), or None."""
    return next((c for c in tok.children if c.dep_ == "conj" and c.lower_ in data["titles"]
                 and any(k.dep_ == "cc" and k.lower_ == "et" for k in c.children)), None)


def _coordinated_pair(tv, pool: dict[str, int]) -> list[str] | None:
    """The two persons of ``pool`` when the sentence named them as "A et B" (in that order), else None."""
    if len(pool) != 2:
        return None
    (a, ja), (b, jb) = sorted(pool.items(), key=lambda x: x[1])
    ta, tb = tv[ja], tv[jb]
    return [a, b] if tb.dep_ == "conj" and tb.head.i == ta.i else None


def _stated_people(coref, doc, tv, index, org, former, founder, gender, links, holders, at) -> set[str] | None:
    """The persons of the title's gender the text says head (a current head's title) or founded (a founder's title,
    or a head's with no head stated: "Fondée par A et B, la société … explique sa présidente") ``org``; None when it
    says of no one (a former title: the text's heads are the present ones)."""
    if org is None or former:
        return None

    def of_gender(people):
        return {p for p in people if not gender or (coref._gender_of(index, p, doc)
                                                     or coref._first_name_gender(index, p, doc)) in (None, gender)}

    if not founder:
        heads = {p for p, o, k in links if o == org and k == "head"}
        heads |= {h[1] for h in holders if h[5] == org and not h[3] and h[0] != at}
        if heads:
            return of_gender(heads)
    founders = of_gender({p for p, o, k in links if o == org and k == "founder"})
    return founders or None


def link_titles37(doc, index, mentions, sent_of) -> None:
    """Link each definite title still unlinked to the person named just before it (module doc)."""
    if not index.by_token:
        return
    data = _data()
    words = lower_words_of(doc)
    cues = [w for w in data["titles"] if w in words]
    if not cues:
        return
    from . import coref   # (coref.py calls this module at its end)
    from . import titles32
    tv = tokens_of(doc)
    para_of = None
    holders = links = None
    for tok in map(tv.__getitem__, at_words(doc, cues)):
        if tok.dep_ == "conj" and tok.head.lower_ in data["titles"]:
            continue   # (the second of two coordinated titles: read with the first, below)
        title = _read_title(coref, titles32, tv, tok, index, data)
        if title is None:
            continue
        det, end, former, org, gender = title
        if org is not None and titles32._owned_org(tv, index, org):
            continue   # ("son parti, Y": the text ties Y to a person already, whoever heads it)
        if coref._contrasted_subject(tv, tok):
            continue   # ("Le PDG de Y, lui, a toujours juré …": set against the one just spoken of)
        founder = tok.lower_ in data["founders"]
        s = sent_of[tok.i]
        start = tok.sent.start
        here = _named_persons(tv, index, start, tok.sent.end)
        own = {x.i for x in tok.subtree}
        if any((j < tok.i or j in own) and not _replaced(tv, j, data) for j in here.values()):
            continue   # (someone named before the title, or in its own words: "Le président de Y que X a nommé")
        if holders is None:
            holders = coref._title_holders(doc, index)
            links = coref._heads_and_founders(doc, index, len(doc))
        prev_start = start - 1
        while prev_start > 0 and sent_of.get(prev_start - 1, -1) == s - 1:
            prev_start -= 1
        pool = {}
        if prev_start >= 0 and sent_of.get(prev_start, -1) == s - 1:
            pool = _named_persons(tv, index, prev_start, start)
            if pool:
                if para_of is None:
                    para_of = coref._paragraphs(tv)
                if para_of[prev_start] != para_of[tok.i] and para_of[start - 1] != para_of[tok.i]:
                    continue   # (a new paragraph: the person the last one ended on is not who it speaks of)

        def fits(p, org=org, former=former, founder=founder, gender=gender, at=tok.i):
            return p not in here and not _replaced(tv, pool[p], data) \
                and _fits(coref, doc, tv, index, p, org, former, founder, gender, holders, links, data) \
                and not _other_holder(index, p, org, former, founder, holders, links, at)

        second = _title_conj(tok, data)
        if second is not None:
            # "A et B enterrent la hache de guerre. Le président de Y et la secrétaire nationale de Z …": in order
            other = _read_title(coref, titles32, tv, second, index, data)
            pair = _coordinated_pair(tv, pool)
            if other is None or pair is None:
                continue
            det2, end2, former2, org2, gender2 = other
            if fits(pair[0]) and fits(pair[1], org2, former2, second.lower_ in data["founders"], gender2, second.i):
                coref._add(doc, index, mentions, det.i, end, pair[0], "descriptor", head=tok.i)
                coref._add(doc, index, mentions, det2.i, end2, pair[1], "descriptor", head=second.i)
            continue
        stated = _stated_people(coref, doc, tv, index, org, former, founder, gender, links, holders, tok.i)
        if stated is not None:
            if len(stated) == 1 and next(iter(stated)) not in here:
                coref._add(doc, index, mentions, det.i, end, next(iter(stated)), "descriptor", head=tok.i)
            continue   # (the text says who holds it: that one, or, with several, no guess)
        if _possessive(det):
            # (a possessive's owner is a guess already, "la milice, son chef": only a holder the text states, of the
            # organisations the sentence before speaks of or the article's one — "La start-up, cofondée par A et B,
            # boucle une levée menée par le fonds Y. Sa présidente …": A)
            owner = index.antecedent(det.i, types=_PARTY)
            if owner and owner[1] >= start:
                continue   # ("Y a assigné Z et son patron": the owner its own sentence names is no guess)
            near = {index.by_token[j] for j in range(max(prev_start, 0), start) if j in index.by_token
                    and index.entities[index.by_token[j]].type in _PARTY} | ({index.topic} if index.topic else set())
            people = set()
            for o in near - {org}:
                people |= _stated_people(coref, doc, tv, index, o, former, founder, gender, links, holders, tok.i) or set()
            if len(people) == 1 and not people & set(here):
                coref._add(doc, index, mentions, det.i, end, next(iter(people)), "descriptor", head=tok.i)
            continue
        if not pool:
            pool = _named_persons(tv, index, 0, start)
            if len(pool) != 1 or titles32.titled_anywhere(tv, index, next(iter(pool))) \
                    or not _ever_subject(tv, index, next(iter(pool)), start):
                continue   # (the one person of the story so far, a clause's subject with no title or role, or no one)
        cands = [p for p in pool if fits(p)]
        if len(cands) == 1:
            coref._add(doc, index, mentions, det.i, end, cands[0], "descriptor", head=tok.i)
