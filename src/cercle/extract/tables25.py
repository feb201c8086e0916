"""(s25-tables25) Tables of the fined: "| Entreprise sanctionnée | Maison mère | Amende | Motif |",
"| Constructeur | Actionnaire de contrôle | Amende | … |", "| Entreprise | Amende |".

Each row names one party fined and its amount; the authority that fines is not in the table but in the text:
the one the text already shows fining (an OPPOSES tie of role "sanctions" read from a sentence), else the subject
of a verb of fining before the table ("X a infligé une amende de …", "X a prononcé … de sanctions"). A row is
read only when its amount cell holds a figure; with no single authority, nothing is read.
"""
from __future__ import annotations

import re

# (the header reading and the authority tables' first-column headers, read by authority_rows, are tables_names24's)
from .tables_names24 import _AUTHORITY_HEADS, _head

# an amount column of a fine (not a bare "Montant": investments and contracts have amounts too)
_FINE_HEADS = frozenset({"amende", "amendes", "sanction", "sanctions", "pénalité", "pénalités",
                         "montant de l'amende", "sanction financière"})
_FINING_VERBS = frozenset({"infliger", "prononcer", "imposer", "sanctionner", "condamner", "frapper", "distribuer"})
_FINE_NOUNS = frozenset({"amende", "sanction", "pénalité"})
# (s34-court34) a penalty with no figure, in a fine's column: "| Y | avertissement |", "| Y | blâme |"
_PENALTY_CELLS = frozenset({"avertissement", "blâme", "rappel à l'ordre", "interdiction", "suspension", "radiation",
                            "retrait d'agrément", "retrait", "injonction", "sanction pécuniaire"})
_DIGIT = re.compile(r"[1-9]")   # (a "0" amount, "| MAN | 0 | immunité |", is no fine)


def _text_authority(doc, index, before: int, found_before) -> str | None:
    """The authority the text shows fining before the table: the subjects of sentence ties of role "sanctions"
    and of verbs of fining ("X a infligé une amende", "X a prononcé N de sanctions"; a parser that drops the
    subject leaves the nearest organisation before the verb in its sentence). One name, else the one whose
    fining is told nearest before the table (the table details what the text just said)."""
    found: list[tuple[int, str]] = []
    for r in found_before:
        if r.type == "OPPOSES" and r.role == "sanctions" and not (r.rule or "").endswith(".table") \
                and r.start < before and r.subject in index.entities \
                and index.entities[r.subject].type in ("GOV", "ORG"):
            found.append((r.start, r.subject))
    for tok in doc:
        if tok.idx >= before:
            break
        if tok.pos_ not in ("VERB", "AUX") or tok.lemma_.lower() not in _FINING_VERBS:
            continue
        sent = tok.sent
        if tok.lemma_.lower() not in ("sanctionner", "condamner", "frapper") and not any(
                t.lemma_.lower() in _FINE_NOUNS for t in doc[tok.i + 1:min(sent.end, tok.i + 12)]):
            continue
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        name = index.entity_at(subj.i) if subj is not None else None
        if name is None and subj is not None and subj.pos_ in ("NOUN", "VERB"):
            # (s34-court34) "le gendarme des données a prononcé 87 sanctions", "l'autorité a infligé …": a
            # descriptor for the text's one public body named before (a fronted participle may be taken for the
            # subject: "Présidé par X, le gendarme … a prononcé")
            govs = {index.entity_at(k) for k in range(sent.start - 1, -1, -1)
                    if index.entity_at(k) and index.kinds.get(k) == "name"
                    and index.entities[index.entity_at(k)].type == "GOV"}
            name = govs.pop() if len(govs) == 1 else None
        if subj is None:
            name = next((index.entity_at(k) for k in range(tok.i - 1, sent.start - 1, -1)
                         if index.entity_at(k) and index.entities[index.entity_at(k)].type in ("GOV", "ORG")), None)
        if name and index.entities[name].type in ("GOV", "ORG"):
            found.append((tok.idx, name))
    names = {n for _, n in found}
    if len(names) <= 1:
        return names.pop() if names else None
    return max(found)[1]


def fined_rows(doc, clean, index, entities_in, found_before):
    """Yield (row block, authority, fined party) for the rows of a table of the fined."""
    if clean is None:
        return
    authority, header_id = None, None
    for block in clean.blocks:
        if block.kind != "table_row" or not block.cells or not block.header or len(block.cells) < 2:
            continue
        heads = [_head(h) for h in block.header]
        if heads[0] in _AUTHORITY_HEADS:
            continue
        fine_cols = [n for n, h in enumerate(heads) if n and h in _FINE_HEADS and n < len(block.cells)]
        if not fine_cols or not any(_DIGIT.search(doc.text[slice(*block.cells[n])])
                                    or _head(doc.text[slice(*block.cells[n])]) in _PENALTY_CELLS for n in fine_cols):
            continue
        if header_id != tuple(block.header):
            header_id = tuple(block.header)
            authority = _text_authority(doc, index, block.start, found_before)
        if not authority:
            continue
        actors = entities_in(index, doc, *block.cells[0])
        if not actors or actors[0][0] == authority or index.entities[actors[0][0]].type not in ("ORG", "PER"):
            continue
        yield block, authority, actors[0][0]
