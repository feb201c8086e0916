"""(s37-tables37) Table rows on unseen press: the party a table's context names, holders in brackets, cabinet posts.

- A table's context is often named by the sentence that introduces it ("La nouvelle répartition du capital du
  Y s'établit comme suit :", "Principaux actionnaires de Y :"). The NER may keep only part of that name ("du Monde
  libre" read as "Monde", while the text names "Le Monde libre"): `longer_entity` gives the longest entity of the
  text whose name, article aside, the words from there spell. `intro_party` is the one organisation that sentence
  names as a noun's "de" complement (or the only one a verbless caption names): a row's cue with no party of its
  own ("| X | Administrateur |") then takes it before the article's topic.
- "Fondateurs (A, B) | 52 %": each person the bracket lists holds the table's company; "H (A) | 87 %": the person
  the bracket of a holding's name gives owns the holding (`bracket_holders`).
- "| X | Directeur du cabinet du ministre de Z |": a post in a minister's cabinet serves the minister, the person
  the text names with that title (WORKS_FOR), and never heads the ministry (`cabinet_rows`, `cabinet_misread`).
- "| Nom | Fonction |" under "Gouvernement X": a row whose post is no government post is staff, not a member
  (`government_post_row`); a bare rubric word ("Gouvernement :") names no particular government (`bare_cue`).
The words are data (data/tables37.yaml).
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

from ..mentions.lexicon import fold
from ..yamldata import load_yaml

DATA = Path(__file__).with_name("data") / "tables37.yaml"
_ARTICLES = ("le ", "la ", "les ", "l'")
_OF = frozenset({"de", "du", "des", "d'", "d’"})


@lru_cache(maxsize=1)
def words() -> dict:
    with open(DATA, encoding="utf-8") as fh:
        data = load_yaml(fh)
    return {k: frozenset(_plain(w) for w in v) for k, v in data.items()}


def _plain(text: str) -> str:
    """Lower case, no accents, straight apostrophes, one character for one (offsets into the text stay valid)."""
    return "".join((unicodedata.normalize("NFKD", c)[:1] if not c.isascii() else c) for c in text.replace("’", "'")).lower()


def _bare(name: str) -> str:
    key = " ".join(_plain(name).split())
    for a in _ARTICLES:
        if key.startswith(a):
            return key[len(a):]
    return key


def longer_entity(doc, index, i: int, types=None) -> str | None:
    """The entity named from token i: the longest entity of the text whose name (its article aside) the words from
    there spell ("du Monde libre": the NER kept "Monde", the text names "Le Monde libre"), else the index's own."""
    name = index.entity_at(i)
    if i > 0 and name is not None and index.entity_at(i - 1) == name:
        return name   # (not the first word of its mention)
    start = doc[i].idx
    text = _plain(doc.text[start:start + 160])
    best = name
    for n, e in index.entities.items():
        if types is not None and e.type not in types or best is not None and len(n) <= len(best):
            continue
        key = _bare(n)
        if len(key) >= 3 and text.startswith(key) and (len(text) == len(key) or not text[len(key)].isalnum()) \
                and (best is None or len(key) > len(_bare(best))):
            best = n
    return best


def intro_tokens(doc, clean, table_start: int) -> list:
    """The tokens of the sentence that introduces a table: the last sentence of the block right before it (within
    three line breaks), when that block ends with a colon ("Principaux actionnaires de Y :")."""
    before = [b for b in clean.blocks if b.end <= table_start and b.kind not in ("table_row", "table_header")]
    if not before:
        return []
    block = before[-1]
    # (a caption ending on a colon, or a heading or question just above: "Qui détient Y ?")
    if clean.text[block.end:table_start].count("\n") > 3 or not (
            clean.text[block.start:block.end].rstrip().endswith((":", "?")) or block.kind in ("heading", "title")):
        return []
    span = doc.char_span(block.start, block.end, alignment_mode="expand")
    if span is None:
        return []
    toks = list(span)
    starts = [k for k, t in enumerate(toks) if k and t.is_sent_start]
    return toks[starts[-1]:] if starts else toks


def _mention_head(index, tok):
    """The token of tok's mention whose head is outside the mention."""
    name = index.entity_at(tok.i)
    t = tok
    for _ in range(6):
        if t.head is t or index.entity_at(t.head.i) != name:
            return t
        t = t.head
    return t


def intro_party(doc, clean, index, table_start: int, types=frozenset({"ORG", "GOV"})) -> str | None:
    """The one party of `types` the sentence introducing a table names as a noun's "de" complement ("la
    répartition du capital de Y", "les actionnaires de Y"), or, in a caption with no verb, the one it names."""
    from .tables30 import _cited
    toks = intro_tokens(doc, clean, table_start)
    if not toks:
        return None
    # (a caption with no verb, a question or a heading: its one fitting name is the table's party)
    verbless = not any(t.pos_ in ("VERB", "AUX") for t in toks) or toks[-1].text == "?" or len(toks) <= 8
    found: set[str] = set()
    for t in toks:
        here = index.entity_at(t.i)
        if here is not None and t.i > 0 and index.entity_at(t.i - 1) == here:
            continue
        name = longer_entity(doc, index, t.i, types)
        if name is None or index.entities[name].type not in types:
            continue
        if here is not None and index.kinds.get(t.i) != "name":
            continue   # (a pronoun or a description: the caption's own words name the party)
        head = _mention_head(index, t) if here is not None else t
        complement = head.dep_.startswith("nmod") and any(c.dep_ == "case" and c.lower_ in _OF for c in head.children)
        if (complement or verbless) and not _cited(head):
            found.add(name)
    return found.pop() if len(found) == 1 else None


def bare_cue(name: str, cues) -> bool:
    """"Gouvernement" alone (a rubric, "Gouvernement : …"): a name that is only a context's cue word names no
    particular body."""
    plain = {_plain(c) for c in cues}
    return all(w in plain for w in _plain(name).replace("'", " ").split())


_BRACKET = re.compile(r"\(([^()]*)\)")


def bracket_holders(doc, clean, index, block, company: str, entities_in) -> list[tuple[str, str]]:
    """(holder, held) ties a holders' row states in its first cell's bracket: "Fondateurs (A, B)" → each person
    holds `company`; "H (A)" → the person A owns the holding H (the row's holder)."""
    s, e = block.cells[0]
    text = clean.text[s:e]
    m = _BRACKET.search(text)
    if m is None:
        return []
    w = words()
    bs, be = s + m.start(1), s + m.end(1)
    inside = [(n, i) for n, i in entities_in(index, doc, bs, be)]
    lead = " ".join(_plain(text[:m.start()]).split())
    out: list[tuple[str, str]] = []
    if lead.split(" ")[0] in w["group_holders"] or lead in w["group_holders"]:
        for n, _ in inside:
            if index.entities[n].type == "PER" and n != company:
                out.append((n, company))
        return out
    first = _plain(m.group(1)).split()[0] if m.group(1).strip() else ""
    if first in w["through_brackets"]:
        # "A (via H) | 30 %": A owns the holding H, and H holds the company
        outside = [n for n, _ in entities_in(index, doc, s, s + m.start())]
        held = [n for n, _ in inside if index.entities[n].type == "ORG" and n != company]
        if len(outside) == 1 and len(held) == 1 and outside[0] != held[0]:
            out += [(outside[0], held[0]), (held[0], company)]
        return out
    # (a person, or a family: "Holding Y (famille Z)")
    if first in w["not_owner_brackets"] or len(inside) != 1 or not (
            index.entities[inside[0][0]].type == "PER" or _plain(inside[0][0]).startswith("famille ")):
        return []
    person = inside[0][0]
    # (the bracket is the person's name and nothing else: "(A)", not "(A, 20 %)")
    rest = fold(m.group(1)).strip()
    if rest not in {fold(a) for a in [person, *index.entities[person].aliases]}:
        return []
    holders = [n for n, _ in entities_in(index, doc, s, s + m.start()) if index.entities[n].type == "ORG"]
    if len(holders) == 1 and holders[0] != company:
        out.append((person, holders[0]))
    return out


# "Directeur (adjoint) du cabinet du ministre de Z", "Conseillère au cabinet de la Première ministre"
_CABINET = re.compile(r"(?i)\bcabinet\s+(?:du|de\s+la|de\s+l['’]|de)\s*"
                      r"(?P<title>(?:premi(?:er|ère)\s+)?ministre|secr[ée]taire\s+d['’][ée]tat)(?P<rest>[^|]*)")
_TAIL = re.compile(r"(?i)^\s*((?:délégu[ée]e?\s+|chargée?\s+)?(?:de\s+la|de\s+l['’]|des|du|de|aux|à\s+la|au|à\s+l['’])"
                   r"\s*[^,;(|]+)")


def _cabinet_key(match) -> str:
    """The minister's title a cabinet phrase names: "premier ministre", "ministre de l'economie"."""
    title = _plain(match.group("title"))
    title = re.sub(r"\s+", " ", title).replace("premiere ", "premier ")
    if "premier" in title:
        return "premier ministre"
    tail = _TAIL.match(match.group("rest") or "")
    return (title + " " + " ".join(_plain(tail.group(1)).split())).strip() if tail else ""


def _former_before(text: str, at: int) -> bool:
    before = _plain(text[max(0, at - 16):at]).replace("-", " ").split()
    return bool(before) and any(b in words()["former_words"] or b.rstrip("-") in words()["former_words"]
                                for b in before[-2:])


def minister_person(doc, clean, index, key: str, found_before) -> str | None:
    """The one person the text names with the minister's title `key` ("premier ministre", "ministre des armees"):
    a tie it already read (LEADS the ministry of that name), a name right after the title ("le Premier ministre
    X", "comme Premier ministre, X") or right before it ("X, ministre de Z"), outside tables; not a former one."""
    if not key:
        return None
    found: set[str] = set()
    body = key.replace("ministre", "ministere", 1)
    for r in found_before:
        if r.type == "LEADS" and r.status in (None, "current") and not (r.rule or "").endswith(".table") \
                and index.type_of(r.subject) == "PER" and " ".join(_plain(r.object).split()) == body:
            found.add(r.subject)
    text = _plain(doc.text)
    tables = [(b.start, b.end) for b in clean.blocks if b.kind in ("table_row", "table_header")]
    persons: dict[int, tuple[int, str]] = {}   # mention start char → (end char, name)
    for i, name in index.by_token.items():
        if index.kinds.get(i) == "name" and index.type_of(name) == "PER" and index.entity_at(i - 1) != name:
            j = i
            while index.entity_at(j + 1) == name:
                j += 1
            persons[doc[i].idx] = (doc[j].idx + len(doc[j].text), name)
    ends = {end: (start, name) for start, (end, name) in persons.items()}
    for m in re.finditer(r"(?<![\w'])" + re.escape(key) + r"(?![\w'])", text):
        if any(a <= m.start() < b for a, b in tables) or _former_before(text, m.start()):
            continue
        k = m.end()
        while k < len(text) and k < m.end() + 3 and text[k] in " ,":
            k += 1
        if k in persons:
            found.add(persons[k][1])
        k = m.start()
        while k > 0 and m.start() - k < 3 and text[k - 1] in " ,":
            k -= 1
        if k in ends and "," in text[k:m.start()] and not _former_before(text, k):
            found.add(ends[k][1])
    return found.pop() if len(found) == 1 else None


# "Directeur de cabinet", "Cheffe de cabinet adjointe", "Conseiller chargé des entreprises": a post in someone's
# cabinet whose cell does not say whose
_STAFF_CELL = re.compile(r"(?i)^\s*(?:(?:directeur|directrice|chef|cheffe)(?:\s+adjointe?)?\s+de\s+cabinet|"
                         r"conseill(?:er|ère)|chargée?\s+de\s+mission|plume)\b")


def cabinet_rows(doc, clean, index, entities_in, found_before):
    """Yield (row block, person, minister) for the rows whose post is in the cabinet of a minister the text names
    ("Directeur du cabinet du Premier ministre"), or of the person the caption names ("L'équipe de X à Bercy :"
    then "| Y | Directeur de cabinet |")."""
    if clean is None or "|" not in clean.text:
        return
    from .tables29b import _rows
    cache: dict[str, str | None] = {}
    for header, rows in _rows(clean):
        boss = None
        for block in rows:
            if len(block.cells) < 2:
                continue
            actors = entities_in(index, doc, *block.cells[0])
            if not actors or index.type_of(actors[0][0]) != "PER":
                continue
            for s, e in block.cells[1:]:
                text = clean.text[s:e]
                m = _CABINET.search(text)
                if m is not None and not _former_before(text, m.start()):
                    key = _cabinet_key(m)
                    if key not in cache:
                        cache[key] = minister_person(doc, clean, index, key, found_before)
                    if cache[key] and cache[key] != actors[0][0]:
                        yield block, actors[0][0], cache[key]
                    break
                if _STAFF_CELL.match(text) and not entities_in(index, doc, s, e):
                    if boss is None:
                        boss = intro_party(doc, clean, index, (header or rows[0]).start, frozenset({"PER"})) or ""
                    if boss and boss != actors[0][0]:
                        yield block, actors[0][0], boss
                    break


def cabinet_misread(rel, index) -> bool:
    """A tie of a row or a sentence that reads a post in a minister's cabinet as heading (or sitting in, belonging
    to) the ministry: "X | Directeur du cabinet du ministre de Z" gives no LEADS(X → ministère de Z)."""
    if rel.type not in ("LEADS", "BOARD_MEMBER", "MEMBER_OF") or index.type_of(rel.object) != "GOV":
        return False
    ev = rel.evidence or ""
    plain = _plain(ev)
    names = [_plain(a) for a in [rel.subject, *(index.entities[rel.subject].aliases if rel.subject in index.entities
                                                else [])] if len(a) > 2]
    for m in _CABINET.finditer(ev):
        key = _cabinet_key(m)
        if not key:
            continue
        tail = key.split(" ", 1)[1] if " " in key else key
        if not tail or tail not in " ".join(_plain(rel.object).split()):
            continue
        # (the post is the subject's: its name just before the title, "X, directrice du cabinet du ministre de Z",
        # "X | Directeur du cabinet …", with no minister's title between)
        start = m.start()
        for name in names:
            at = plain.rfind(name, 0, start)
            if at >= 0 and start - (at + len(name)) <= 45 and "ministre" not in plain[at + len(name):start]:
                return True
    return False


def government_post_row(clean, block) -> bool:
    """A row of a table read as a government's members, unless its post column says the person is staff ("Directeur
    du cabinet du Premier ministre", "Conseillère diplomatique"): a post opening on a staff title."""
    w = words()
    cols = [n for n, h in enumerate(block.header or ()) if _plain(h).strip() in w["post_heads"] and n < len(block.cells)]
    if not cols:
        return True
    cell = _plain(clean.text[slice(*block.cells[cols[0]])]).split()
    return not (cell and cell[0] in w["staff_titles"])


def post_first(block) -> bool:
    """"| Fonction | Nom |": a table whose first column holds the posts and the second the persons (the row's
    actor is then in the second column, its cue in the first)."""
    w = words()
    head = block.header
    if not head or len(head) < 2 or len(block.cells) < 2:
        return False
    return _plain(head[0]).strip() in w["post_heads"] and _plain(head[1]).strip() in w["person_heads"]


def background_cell(clean, block, col: int) -> bool:
    """A cell that tells the row person's past or profile ("| Profil |", "| Parcours |", "Ancien directeur de Z"):
    the organisation it names is no party of a cue in another cell of the row (a board seat is not at Z)."""
    from ..mentions.table_heads import is_comment
    w = words()
    head = block.header[col] if block.header and col < len(block.header) else None
    if head and (is_comment(head) or " ".join(_plain(head).split()) in w["background_heads"]):
        return True
    first = _plain(clean.text[slice(*block.cells[col])]).replace("-", " ").split()[:1]
    return bool(first) and first[0] in w["former_words"]


def whole_cell_entity(index, text: str) -> str | None:
    """The entity whose name or alias a cell's whole text (a bracket aside) spells, else None."""
    key = fold(_BRACKET.sub(" ", text))
    if len(key) < 3:
        return None
    found = {n for n, e in index.entities.items() if e.type in ("ORG", "GOV", "PER", "OTHER")
             and key in {fold(a) for a in [n, *e.aliases] if len(a) > 2}}
    return found.pop() if len(found) == 1 else None
