"""(s29-tables29) A table is a list of statements whose sides the column headers name.

- "| Acquéreur | Cible | Montant | Statut |": the buyer column's parties acquire the target column's, the status
  column saying how far ("finalisé": completed; "offre en cours", "en négociation": a bid; "rejeté",
  "abandonné": a bid rejected; "accord signé", "annoncé": agreed, not closed).
- "| Start-up | Montant | Investisseur principal |": the investor column's parties invest in the row's company
  (a company column, else the row's first cell).
- "| Titulaire | Lot | Montant |", "| Parti | Dirigeant | Aide publique |": the winners of contracts or the
  receivers of a grant are paid by a payer column ("| Client |", "| Versé par |"), else by the payer the text
  names just before the table ("EDF a attribué les marchés suivants :", "l'enveloppe versée par l'État").
"""
from __future__ import annotations

import re

from ..mentions.table_heads import head_role
from .tables_names24 import _head

_BUYER_HEADS = ("acquéreur", "acquéreurs", "repreneur", "repreneurs", "acheteur", "acheteurs", "racheteur",
                "initiateur", "offrant", "candidat au rachat", "candidat à la reprise")
_TARGET_HEADS = ("cible", "cibles", "société rachetée", "entreprise rachetée", "société reprise",
                 "entreprise reprise", "société visée", "entreprise visée", "société cible", "entreprise cible",
                 "actif", "actifs", "actif cédé", "activité cédée")
_STATUS_HEADS = ("statut", "état", "situation", "avancement", "étape", "issue", "stade", "statut de l'opération")
_DONE = re.compile(r"(?i)^\s*(finalisé|finalisée|bouclé|bouclée|conclu|conclue|réalisé|réalisée|clos|close|"
                   r"clôturé|clôturée|terminé|terminée|effectif|effective|achevé|achevée|signé et clos)\b")
_AGREED = re.compile(r"(?i)^\s*(accord|signé|signée|annoncé|annoncée|validé|validée|approuvé|approuvée|"
                     r"en attente|attente)\b")
_BID = re.compile(r"(?i)^\s*(offre|en cours|en négociation|négociation|négociations|proposé|proposée|envisagé|"
                  r"envisagée|à l'étude|en discussion|discussions|projet|déposé|déposée|ouverte?)\b")
_FAILED = re.compile(r"(?i)^\s*(rejeté|rejetée|refusé|refusée|bloqué|bloquée|abandonné|abandonnée|retiré|"
                     r"retirée|échoué|échouée|avorté|avortée|interdit|interdite|annulé|annulée)\b")

_INVESTOR_HEADS = ("investisseur", "investisseurs", "investisseur principal", "investisseurs principaux",
                   "chef de file", "chefs de file", "mené par", "menée par", "lead", "principal investisseur",
                   "principaux investisseurs", "fonds", "fonds principal", "investisseur de référence")
# (a column of investors, with no column of companies, is read against the first column's: not "Chef de file" or
# "Fonds", which a table of parties or of funds uses for a leader or a fund's name)
_INVESTOR_WORDS = frozenset({"investisseur", "investisseurs", "principal", "principaux", "mené", "menée"})
_COMPANY_HEADS = ("start-up", "start-ups", "startup", "startups", "jeune pousse", "jeunes pousses", "entreprise",
                  "entreprises", "société", "sociétés", "pépite", "pépites", "scale-up", "licorne")

_PAYEE_HEADS = ("titulaire", "titulaires", "attributaire", "attributaires", "lauréat", "lauréats", "lauréate",
                "lauréates", "prestataire", "prestataires", "fournisseur", "fournisseurs", "sous-traitant",
                "sous-traitants", "bénéficiaire", "bénéficiaires", "entreprise retenue", "entreprises retenues",
                "société retenue", "sociétés retenues", "groupement retenu", "retenu", "retenus")
_PAYER_HEADS = ("client", "clients", "donneur d'ordre", "donneurs d'ordre", "commanditaire", "financeur",
                "financeurs", "payeur", "versé par", "versée par", "attribué par", "attribuée par", "accordé par",
                "accordée par", "maître d'ouvrage", "acheteur public")
# the header of a grant's amount: its row's actor receives it ("| Parti | Aide publique 2025 |")
_GRANT_WORDS = frozenset({"aide", "aides", "dotation", "dotations", "subvention", "subventions", "enveloppe",
                          "versement", "versements", "allocation", "allocations", "financement", "financements",
                          "versé", "versée", "versés", "attribué", "attribuée", "accordé", "accordée"})
# verbs of a payer handing out what the table lists ("EDF a attribué les marchés suivants", "l'enveloppe versée
# par l'État", "la région a accordé ces subventions")
_PAY_VERBS = frozenset({"attribuer", "verser", "accorder", "octroyer", "allouer", "financer", "subventionner",
                        "payer", "distribuer", "confier", "notifier", "commander", "adjuger", "répartir",
                        "débloquer", "signer"})


# (s31-tables31) headers of a column of the row's money ("Montant (M€)", "Prix", "Valeur du contrat")
_MONEY_HEADS = frozenset({"montant", "montants", "prix", "valeur", "coût", "somme", "sommes", "enveloppe", "contrat",
                          "budget"})


def _col(heads: list[str], wanted, ncells: int) -> list[int]:
    return [n for n, h in enumerate(heads) if h in wanted and n < ncells]


def _first_word_col(heads: list[str], wanted, ncells: int) -> list[int]:
    """Columns whose header opens on a wanted word ("Investisseur principal", "Titulaire du lot")."""
    return [n for n, h in enumerate(heads) if n < ncells and (h in wanted or (h.split()[:1] or [""])[0] in wanted)]


def _rows(clean):
    """(header block or None, rows) for each table of the text."""
    table, header = [], None
    for block in clean.blocks:
        if block.kind == "table_header":
            if table:
                yield header, table
            table, header = [], block
        elif block.kind == "table_row" and block.cells and block.header:
            table.append(block)
        elif table or header is not None:
            if table:
                yield header, table
            table, header = [], None
    if table:
        yield header, table


def _headed_rows(clean):
    """Each row of each table with its header cells read (_head), in text order."""
    for _, rows in _rows(clean):
        for block in rows:
            yield block, [_head(h) for h in block.header]


def status_of_a_deal(block, col: int) -> bool:
    """"| Acquéreur | Cible | Statut |": the status cell says how far the row's deal went ("bouclé", "offre en
    cours"), read by deal_rows; it states no tie of its own (no round "bouclé", no offer by the target)."""
    heads = [_head(h) for h in block.header or ()]
    n = len(block.cells or ())
    return col < len(heads) and heads[col] in _STATUS_HEADS and len(_first_word_col(heads, _BUYER_HEADS, n)) == 1 \
        and len(_col(heads, _TARGET_HEADS, n)) == 1


def deal_rows(doc, clean, index, entities_in):
    """Yield (row block, type, buyer, target, status) for tables of takeovers."""
    if clean is None:
        return
    for block, heads in _headed_rows(clean):
        by = _first_word_col(heads, _BUYER_HEADS, len(block.cells))
        at = _col(heads, _TARGET_HEADS, len(block.cells))
        if len(by) != 1 or len(at) != 1 or by == at:
            continue
        status_col = _col(heads, _STATUS_HEADS, len(block.cells))
        rtype, status = "ACQUIRES", None
        if status_col:
            text = doc.text[slice(*block.cells[status_col[0]])]
            if _DONE.match(text):
                status = "completed"
            elif _FAILED.match(text):
                rtype, status = "BIDS_FOR", "rejected"
            elif _BID.match(text):
                rtype, status = "BIDS_FOR", "proposed"
            elif _AGREED.match(text):
                status = "proposed"
        buyers = entities_in(index, doc, *block.cells[by[0]])
        targets = entities_in(index, doc, *block.cells[at[0]])[:1]
        for b, _ in buyers:
            for t, _ in targets:
                if b != t and index.entities[b].type in ("ORG", "GOV", "PER") \
                        and index.entities[t].type in ("ORG", "OTHER"):
                    yield block, rtype, b, t, status


def round_rows(doc, clean, index, entities_in):
    """Yield (row block, investor, company) for tables of funding rounds with an investor column."""
    if clean is None:
        return
    for block, heads in _headed_rows(clean):
        inv = _first_word_col(heads, _INVESTOR_HEADS, len(block.cells))
        if len(inv) != 1:
            continue
        comp = [n for n in _first_word_col(heads, _COMPANY_HEADS, len(block.cells)) if n != inv[0]]
        if not comp and inv[0] != 0 and heads[inv[0]].split()[0] in _INVESTOR_WORDS:
            comp = [0]
        if len(comp) != 1:
            continue
        companies = entities_in(index, doc, *block.cells[comp[0]])[:1]
        for c, _ in companies:
            if index.entities[c].type != "ORG":
                continue
            for investor, _ in entities_in(index, doc, *block.cells[inv[0]]):
                if investor != c and index.entities[investor].type in ("ORG", "PER", "GOV"):
                    yield block, investor, c


def _lead_payer(doc, clean, index, table_start: int) -> str | None:
    """The payer the paragraph just before the table names as the subject or the agent of a verb of paying or
    awarding ("EDF a attribué les marchés suivants", "l'enveloppe versée par l'État")."""
    before = [b for b in clean.blocks if b.end <= table_start and b.kind in ("paragraph", "list_item")]
    if not before:
        return None
    para = before[-1]
    if clean.text[para.end:table_start].count("\n") > 3:
        return None
    span = doc.char_span(para.start, para.end, alignment_mode="expand")
    if span is None:
        return None
    payers = []
    for tok in span:
        if tok.pos_ not in ("VERB", "AUX") or tok.lemma_.lower() not in _PAY_VERBS:
            continue
        for c in tok.children:
            if c.dep_ in ("nsubj", "obl:agent") and index.kinds.get(c.i) in ("name", "introducer"):
                name = index.entity_at(c.i)
                if name and index.entities[name].type in ("ORG", "GOV") and name not in payers:
                    payers.append(name)
    return payers[0] if len(payers) == 1 else None


def award_rows(doc, clean, index, entities_in):
    """Yield (row block, payer, payee) for tables of contracts or grants."""
    if clean is None:
        return
    for header, rows in _rows(clean):
        lead = None
        for block in rows:
            heads = [_head(h) for h in block.header]
            # (s31-tables31) and the columns the header lexicon reads as a supplier's or a buyer's ("Industriel",
            # "Équipementier retenu", "Donneur d'ordre", "Principaux clients")
            roles = [head_role(h) if n < len(block.cells) else None for n, h in enumerate(block.header)]
            payee = sorted(set(_first_word_col(heads, _PAYEE_HEADS, len(block.cells)))
                           | {n for n, r in enumerate(roles) if r == "supplier"})
            if not payee and any(set(h.replace("'", " ").split()) & _GRANT_WORDS for h in heads[1:]):
                payee = [0]
            if len(payee) != 1:
                continue
            payer_col = [n for n in sorted(set(_col(heads, _PAYER_HEADS, len(block.cells)))
                                           | {n for n, r in enumerate(roles) if r == "buyer"}) if n != payee[0]]
            if not payer_col and payee[0] != 0 and not (roles[payee[0]] == "supplier" and roles[0] is None and any(
                    (h.split()[:1] or [""])[0] in _MONEY_HEADS for h in heads)):
                # ("| Prêteur | Montant | Bénéficiaire |": the row's first party pays, tables.role_columns; but
                # (s31-tables31) "| Lot | Entreprise attributaire | Montant |": a first column of no party's role
                # leaves the supplier's payer to the text, when a column gives the contract's money: "| Portefeuille |
                # Titulaire |" lists posts, not contracts)
                continue
            if payer_col:
                payers = [p for p, _ in entities_in(index, doc, *block.cells[payer_col[0]])]
            else:
                if lead is None:
                    lead = _lead_payer(doc, clean, index, (header or rows[0]).start) or ""
                payers = [lead] if lead else []
            for payer in payers:
                for p, _ in entities_in(index, doc, *block.cells[payee[0]]):
                    if p != payer and index.entities[p].type in ("ORG", "PER", "OTHER", "GOV"):
                        yield block, payer, p


# "| Membre de Y | Pavillon |", "| Filiale de Y | Activité |", "| Client de Y | Contrat |": a first column whose
# header is a role noun with the organisation it relates the rows to (row party, header party: type, row is subject)
_HEADER_ROLES = {"membre": ("MEMBER_OF", True), "membres": ("MEMBER_OF", True),
                 "filiale": ("OWNS", False), "filiales": ("OWNS", False),
                 "client": ("FUNDS", True), "clients": ("FUNDS", True),
                 "fournisseur": ("FUNDS", False), "fournisseurs": ("FUNDS", False),
                 "prestataire": ("FUNDS", False), "prestataires": ("FUNDS", False),
                 "sous-traitant": ("FUNDS", False), "sous-traitants": ("FUNDS", False),
                 "partenaire": ("PARTNERS_WITH", True), "partenaires": ("PARTNERS_WITH", True),
                 "concurrent": ("COMPETES_WITH", True), "concurrents": ("COMPETES_WITH", True),
                 "rival": ("COMPETES_WITH", True), "rivaux": ("COMPETES_WITH", True)}
_OF = ("de", "du", "des", "d'", "d’", "chez")


def header_role_rows(doc, clean, index, entities_in):
    """Yield (row block, type, subject, object) for tables whose first header names a role and its organisation."""
    if clean is None:
        return
    for header, rows in _rows(clean):
        if header is None or not header.cells:
            continue
        words = clean.text[slice(*header.cells[0])].split()
        if len(words) < 2 or words[0].lower() not in _HEADER_ROLES or not (
                words[1].lower() in _OF or words[1].lower()[:2] in ("d'", "d’")):
            continue
        named = [n for n, _ in entities_in(index, doc, *header.cells[0])]
        if not named:
            # (the header's label is no mention: the organisation is the one the text names so)
            rest = " ".join(words[1:] if words[1].lower() in _OF else [words[1][2:]] + words[2:]).strip()
            named = [n for n, e in index.entities.items() if rest and (n.strip() == rest or rest in e.aliases)]
        if len(named) != 1 or index.entities[named[0]].type not in ("ORG", "GOV", "OTHER"):
            continue
        org = named[0]
        rtype, row_is_subject = _HEADER_ROLES[words[0].lower()]
        for block in rows:
            for party, _ in entities_in(index, doc, *block.cells[0])[:1]:
                if party != org and index.entities[party].type in ("ORG", "GOV", "PER", "OTHER"):
                    yield (block, rtype, party, org) if row_is_subject else (block, rtype, org, party)


# "| A et B (groupement) | Génie civil | 4 Md€ |", "| Consortium A-B |": a cell naming several parties as one
# group bidding or working together states their partnership
_GROUP_WORDS = re.compile(r"(?i)\b(groupement|consortium|coentreprise|co-entreprise|joint-venture|joint venture|"
                          r"alliance|association momentanée)\b")


def grouped_cells(doc, clean, index, entities_in):
    """Yield (row block, party, party) for the parties a group cell names together."""
    if clean is None:
        return
    for _, rows in _rows(clean):
        for block in rows:
            for s, e in block.cells:
                if not _GROUP_WORDS.search(doc.text[s:e]):
                    continue
                parties = [p for p, _ in entities_in(index, doc, s, e) if index.entities[p].type == "ORG"]
                for k, a in enumerate(parties):
                    for b in parties[k + 1:]:
                        if a != b:
                            yield block, a, b


# "| Ministère | Sortant | Entrant |", "| Société | Ancien PDG | Nouveau PDG |": the people of a column of those
# leaving lead the row's body no more (former), those of a column of those arriving lead it now
_GONE = frozenset({"sortant", "sortante", "sortants", "ancien", "ancienne", "prédécesseur", "partant", "partante"})
_NEW = frozenset({"entrant", "entrante", "entrants", "nouveau", "nouvelle", "successeur", "arrivant", "arrivante",
                  "remplaçant", "remplaçante"})
_LEAD_TITLES = frozenset({"pdg", "président", "présidente", "directeur", "directrice", "général", "générale", "patron",
                          "patronne", "dirigeant", "dirigeante", "ministre", "titulaire", "maire", "chef", "cheffe"})


def succession_rows(doc, clean, index, entities_in):
    """Yield (row block, person, body, status) for tables of leaders leaving and arriving."""
    if clean is None:
        return
    for block, heads in _headed_rows(clean):
        cols = []
        for n, h in enumerate(heads[1:len(block.cells)], start=1):
            words = h.replace("'", " ").split()
            kinds = {("former" if w in _GONE else "current") for w in words if w in _GONE | _NEW}
            if len(kinds) == 1 and all(w in _GONE | _NEW | _LEAD_TITLES for w in words):
                cols.append((n, kinds.pop()))
        if len({k for _, k in cols}) != 2:
            continue
        bodies = entities_in(index, doc, *block.cells[0])[:1]
        for body, _ in bodies:
            if index.entities[body].type not in ("ORG", "GOV"):
                continue
            for n, kind in cols:
                for person, _ in entities_in(index, doc, *block.cells[n]):
                    if index.entities[person].type == "PER":
                        yield block, person, body, None if kind == "current" else "former"
