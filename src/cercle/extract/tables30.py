"""(s30-tables30) Tables whose rows name one party of each tie and whose context names the other.

"| Ministre | Ministère | Parti |" under "Gouvernement X : la liste", "| Candidat | Prix proposé |" after "Trois
offres ont été déposées pour Y", "| Administrateur | Depuis |" after "Le conseil d'administration de Y compte…",
"| Pays client | Matériel | Montant |" after "Les principales commandes de Y", "| Prêteur | Montant |" after "Les
prêts contractés pour la campagne de X": each row's party is tied to the party the heading or the sentence just
before the table names. The header families (which columns list the rows' parties, which context words name the
other party, which tie) are data (data/tables30.yaml). Precision first: a table whose row column no family names,
or whose context names no party or two fitting ones, draws nothing.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ..mentions.table_heads import head_key, head_role
from ..yamldata import load_yaml
from .amounts import find_amounts
from .tables import _NO_HOLDER, _SHARE_HEADS, _percent, _words
from ..mentions.table_cells import _GROUP_WORDS
from .tables29b import _rows
from .tables37 import bare_cue, government_post_row, longer_entity   # (s37-tables37)
from .tables_names24 import _head

DATA = Path(__file__).with_name("data") / "tables30.yaml"


@lru_cache(maxsize=1)
def families() -> dict:
    with open(DATA, encoding="utf-8") as fh:
        fams = load_yaml(fh)["families"]
    for f in fams.values():
        for k in ("heads", "weak", "block", "cues", "row_types", "context_types"):
            f[k] = frozenset(f.get(k) or ())
        # (s31-tables31) headers are compared as keys (mentions/table_heads.py: no qualifier, plural, feminine,
        # accent or bracket), and a family may take a whole role of the header lexicon ("roles: [lender]")
        for k in ("heads", "weak", "block"):
            f[k] = frozenset(head_key(h) for h in f[k])
            f[k + "_roles"] = frozenset(f.get(k + "_roles") or ())
    return fams


def _has(fam, kind: str, key: str, role: str | None) -> bool:
    """(s31-tables31) Is a header (its key, its lexicon role) one of the family's heads / weak / block?"""
    return key in fam[kind] or (role is not None and role in fam[kind + "_roles"])


def _lead_blocks(clean, table_start: int):
    """The block just before the table (within three line breaks), then the nearest heading or title above it."""
    before = [b for b in clean.blocks if b.end <= table_start and b.kind not in ("table_row", "table_header")]
    if not before:
        return []
    out = []
    if clean.text[before[-1].end:table_start].count("\n") <= 3:
        out.append(before[-1])
    heads = [b for b in before if b.kind in ("heading", "title")]
    if heads and heads[-1] not in out:
        out.append(heads[-1])
    elif not heads and before[0] not in out and before[0] is not before[-1] and len(before) <= 3:
        out.append(before[0])   # (a short text's first line is its title)
    return out


_SOURCE_CASES = frozenset({"selon", "d'après", "d’après"})
_NEAR_DEPS = ("nmod", "obl", "obl:agent", "obl:arg", "flat:name", "appos", "acl", "acl:relcl", "compound", "conj")


def _ents(index, tok, fit) -> set[str]:
    # (s37-tables37) the longest entity the words from there spell: "du Monde libre", where the NER kept "Monde"
    name = longer_entity(tok.doc, index, tok.i)
    return {name} if name and fit(name) else set()


def _near(index, cue, fit) -> set[str]:
    """Parties the cue word's complements name ("conseil d'administration de Y", "offres déposées pour Y", "dons
    reçus par le parti Y"), or the verb it is the subject or object of ("Ces contrats ont été remportés par Y")."""
    found: set[str] = set()
    frontier = [(cue, 0)]
    if cue.dep_ in ("nsubj", "nsubj:pass", "obj") and cue.head.pos_ == "VERB":
        frontier.append((cue.head, 1))
    seen = {cue.i}
    while frontier:
        tok, depth = frontier.pop()
        for c in tok.children:
            if c.i in seen or c.dep_ not in _NEAR_DEPS + (("nsubj",) if tok is not cue and tok.pos_ == "VERB"
                                                           and cue.dep_ == "obj" else ()):
                continue
            seen.add(c.i)
            if any(g.dep_ == "case" and g.lower_ in _SOURCE_CASES for g in c.children):
                continue   # ("selon le document consulté par X": a source, no party)
            found |= _ents(index, c, fit)
            if depth < 3:
                frontier.append((c, depth + 1))
    return found


def _cited(tok) -> bool:
    """A word inside an attribution ("selon le document consulté par X", "d'après X")."""
    t = tok
    for _ in range(8):
        if any(c.dep_ == "case" and c.lower_ in _SOURCE_CASES for c in t.children):
            return True
        if t.head is t:
            return False
        t = t.head
    return False


def _context(doc, clean, index, fam, table_start: int, in_rows: set[str], topic: bool = True):
    def fit(name):
        return name not in in_rows and index.entities[name].type in fam["context_types"]

    if fam.get("sold_words"):
        # (s33-money33) "Le point sur les repreneurs :": a lead that speaks of no deal and names no party; the
        # bids are for the company whose sale the text told before the table
        leads = _lead_blocks(clean, table_start)
        span = doc.char_span(leads[0].start, leads[0].end, alignment_mode="expand") if leads else None
        if span is not None and not any(t.lower_ in fam["cues"] or index.entity_at(t.i) for t in span):
            got = _sold_before(doc, index, fam, table_start, fit)
            if len(got) == 1:
                return got.pop()
    for block in _lead_blocks(clean, table_start):
        span = doc.char_span(block.start, block.end, alignment_mode="expand")
        if span is None:
            continue
        cands: set[str] = set()
        for tok in span:
            if tok.lower_ not in fam["cues"]:
                continue
            if fam.get("named_by_cue"):
                # (the name opens on the cue word, or the NER kept only what follows it: "le gouvernement X")
                named = _ents(index, tok, fit) or (_ents(index, tok.nbor(), fit) if tok.i + 1 < len(doc)
                                                   and tok.nbor().text[:1].isupper() else set())
                # (s37-tables37) "Gouvernement :", a rubric: the cue word alone names no particular body
                cands |= {n for n in named if not bare_cue(n, fam["cues"])}
                continue
            near = _near(index, tok, fit)
            if not near and fam.get("strict"):
                continue
            if not near:
                # (the sentence's one fitting party, not a source it cites: "selon le document consulté par X")
                near = {n for t in tok.sent for n in _ents(index, t, fit)
                        if index.kinds.get(t.i) == "name" and not _cited(t)}
            if not near and fam.get("sold_words"):
                near = _sold_before(doc, index, fam, table_start, fit)   # (s33-money33)
            if not near and topic and index.topic and index.topic in index.entities and fit(index.topic):
                # ("Les offres déposées :": the offers for the company the article is about)
                near = {index.topic}
            if len(near) == 1:
                cands |= near
            elif near:
                return None
        if len(cands) == 1:
            return cands.pop()
        if cands:
            return None
    return None


def _sold_before(doc, index, fam, table_start: int, fit) -> set[str]:
    """(s33-money33) "X est entré en négociations avec Y pour lui céder Z", "la vente de Z à Y": the company whose
    sale the text told before a table of bidders (the nearest one before the table: a selling verb's object, a sale
    noun's "de" phrase), not the seller the article is about."""
    words = frozenset(fam["sold_words"])
    for tok in reversed(doc[:doc.char_span(0, table_start, alignment_mode="contract").end]
                        if doc.char_span(0, table_start, alignment_mode="contract") is not None else []):
        if tok.lemma_.lower() not in words and tok.lower_ not in words:
            continue
        if tok.pos_ == "VERB":
            got = {n for c in tok.children if c.dep_ in ("obj", "nsubj:pass") for n in _ents(index, c, fit)}
        elif tok.pos_ == "NOUN":
            got = {n for c in tok.children if c.dep_ == "nmod" and any(
                g.dep_ == "case" and g.lower_ in ("de", "d'", "d’", "du", "des") for g in c.children)
                for n in _ents(index, c, fit)}
        else:
            continue
        if len(got) == 1:
            return got
    return set()


def _row_texts(clean, block, col: int) -> list[str]:
    return [" " + " ".join(clean.text[s:e].lower().replace("’", "'").split()) + " "
            for n, (s, e) in enumerate(block.cells) if n != col]


def _row_denied(clean, block, fam, col: int) -> bool:
    """(s33-money33) "| X | aucune offre ferme | s'est retiré |": the row says no bid was made."""
    words = fam.get("none_words")
    return bool(words) and any(f" {w} " in text for text in _row_texts(clean, block, col) for w in words)


def _row_status(clean, block, fam, col: int) -> tuple[str | None, str | None]:
    """(s33-money33) A bidders' row's status cell: (type, status) — a bid chosen is an agreed purchase (ACQUIRES,
    proposed), a bid turned down or withdrawn is rejected; (None, None) when no cell says."""
    lost, won = fam.get("lost_words"), fam.get("won_words")
    if not lost and not won:
        return None, None
    for n, (s, e) in enumerate(block.cells):
        if n == col:
            continue
        text = " " + " ".join(clean.text[s:e].lower().replace("’", "'").split()) + " "
        if any(f" {w} " in text for w in lost or ()):
            return "BIDS_FOR", "rejected"
        if any(f" {w} " in text for w in won or ()):
            return "ACQUIRES", "proposed"
    return None, None


def bidders_header(header) -> bool:
    """(s33-money33) A table whose party column lists bidders ("| Candidat | Offre | Issue |"), read by
    context_rows, not cue by cue (a bid "retenu" hires no one; "s'est retiré" withdraws a bid, no support)."""
    fam = families().get("bids")
    if not fam or not header:
        return False
    heads = [head_key(h) for h in header]
    roles = [head_role(h) for h in header]
    if any(_has(fam, "block", h, r) for h, r in zip(heads, roles)):
        return False
    return sum(1 for h, r in zip(heads, roles) if _has(fam, "heads", h, r)) == 1


def context_rows(doc, clean, index, entities_in):
    """Yield (row block, type, subject, object, attributes) for the rows of tables whose context names one party."""
    if clean is None or "|" not in clean.text:
        return
    fams = families()
    for header, rows in _rows(clean):
        heads = [head_key(h) for h in rows[0].header]
        roles = [head_role(h) for h in rows[0].header]
        fired = []
        for name, fam in fams.items():
            if any(_has(fam, "block", h, r) for h, r in zip(heads, roles)):
                continue
            cols = [n for n, (h, r) in enumerate(zip(heads, roles)) if _has(fam, "heads", h, r)]
            weak = not cols
            if weak:
                cols = [n for n, (h, r) in enumerate(zip(heads, roles)) if _has(fam, "weak", h, r)]
            if len(cols) != 1:
                continue
            fired.append((weak, cols[0], name, fam))
        strong = [f for f in fired if not f[0]]
        fired = strong or fired
        for weak, col, name, fam in fired:
            in_rows = {p for block in rows if col < len(block.cells) for p, _ in entities_in(index, doc, *block.cells[col])}
            if not in_rows:
                continue
            ctx = _context(doc, clean, index, fam, (header or rows[0]).start, in_rows)
            if ctx is None:
                continue
            if weak and sum(1 for f in fired if f[0]) > 1:
                # (a generic "| Nom |": only the family whose cue names a party in the context)
                others = [f for f in fired if f[2] != name and _context(doc, clean, index, f[3],
                                                                           (header or rows[0]).start, in_rows)]
                if others:
                    continue
            for block in rows:
                if col >= len(block.cells):
                    continue
                if name == "government" and not government_post_row(clean, block):
                    continue   # (s37-tables37) "| X | Directeur du cabinet du Premier ministre |": staff, no member
                cell = _cell_name_part(clean, block.cells[col])
                if cell is None:
                    continue
                for party, _ in entities_in(index, doc, *cell):
                    if party == ctx or index.entities[party].type not in fam["row_types"]:
                        continue
                    subj, obj = (party, ctx) if fam["row_subject"] else (ctx, party)
                    attrs = {"status": fam.get("status")}
                    if fam.get("share"):
                        attrs["share"] = _share(clean, block)
                    rtype, status = _row_status(clean, block, fam, col)   # (s33-money33)
                    if status:
                        attrs["status"] = status
                    if _row_denied(clean, block, fam, col):
                        rtype, attrs["negated"] = None, True
                    yield block, rtype or fam["type"], subj, obj, attrs


def _cell_name_part(clean, cell):
    """The cell before a bracket ("Gallien Holding (famille X)": the holder is the holding, not the family); None
    for a cell naming a group of holders ("Salariés (FCPE)", "Autres", "Flottant")."""
    s, e = cell
    text = clean.text[s:e]
    words = text.strip().split()
    if not words or words[0].lower() in _NO_HOLDER or words[0].lower() in _GROUP_WORDS:
        return None
    cut = text.find("(")
    return (s, s + cut) if cut > 0 else (s, e)


def _share(clean, block) -> float | None:
    """The row's stake: the percent of a column headed as one ("Part du capital"), else the row's only percent."""
    cells = [(clean.text[s:e], _words(block.header[n]) & _SHARE_HEADS) for n, (s, e) in enumerate(block.cells)
             if n < len(block.header)]
    headed = [_percent(c) for c, stake in cells if stake and _percent(c) is not None]
    if headed:
        return headed[0]
    any_ = [_percent(c) for c, _ in cells if _percent(c) is not None]
    return any_[0] if len(any_) == 1 else None


# Header words of a column of the row's money: the price, the value, the fine, the sum lent or raised
_AMOUNT_HEADS = frozenset({"montant", "montants", "prix", "valeur", "valorisation", "amende", "amendes", "somme",
                           "sommes", "offre", "levée", "coût", "enveloppe", "contrat", "subvention", "aide", "don",
                           "dons", "prêt", "prêts", "financement"})


def row_amount(doc, block):
    """(s30-tables30) The row's amount: the money of the one column whose header opens on an amount word ("Montant",
    "Prix proposé", "Amende (M€)"), as the cell writes it; None when no or several such columns, or no money."""
    heads = [_head(h) for h in block.header or ()]
    cols = [n for n, h in enumerate(heads) if n < len(block.cells or ()) and (h.split()[:1] or [""])[0] in _AMOUNT_HEADS]
    if len(cols) != 1:
        return None
    span = doc.char_span(*block.cells[cols[0]], alignment_mode="expand")
    if span is None:
        return None
    unit = block.header[cols[0]]
    found = find_amounts(span, default_currency="EUR" if "€" in unit else "USD" if "$" in unit else None)
    if len(found) != 1:
        return None
    amount = found[0][2]
    if amount.currency is None:
        return None
    return amount
