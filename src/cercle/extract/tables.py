"""Table rows are statements: "Alpha Partners | Actionnaire de A, B et C" gives OWNS(Alpha → A, B, C).

The cleaner turns a Markdown/pipe table into one line per row, with a Block
giving the header and the (start, end) of each cell. Here the first cell
names the row's actor; each later cell holds a cue phrase ("Actionnaire de",
"Siège au conseil de surveillance de", "Filiale de") whose other party is
named in the cell, or else by the column header ("Lien avec Novaterra",
"Relation avec le repreneur" → the party bidding for or buying something in
the article), or else the article's main organisation.
"""
from __future__ import annotations

import re

from ..mentions.table_heads import is_comment
from ..records import Block
from .arguments import PERSON_TITLES, STAKES
from .slots.phrases import _heads_a_department
from .tables26 import grant_row, round_company   # (s26-genre26)
from .tables29b import status_of_a_deal   # (s29-tables29)

# Header words that name a role in the article's deal rather than an actor.
_BUYER_WORDS = {"repreneur", "acquéreur", "acheteur", "candidat", "offrant", "initiateur"}
_TARGET_WORDS = {"cible", "vendeur", "cédant"}


def _tokens(doc, start: int, end: int):
    span = doc.char_span(start, end, alignment_mode="expand")
    return list(span) if span is not None else []


def _entities_in(index, doc, start: int, end: int) -> list[tuple[str, int]]:
    out: list[tuple[str, int]] = []
    toks = _tokens(doc, start, end)
    for tok in toks:
        name = index.entity_at(tok.i)
        if name and index.kinds.get(tok.i) == "name" and name not in [n for n, _ in out]:
            out.append((name, tok.i))
    if out and toks:
        # (s37-tables37) "| Crédit de l'Erdre | 15 |": the NER kept "Erdre"; a cell that spells a whole name of the
        # text is that entity, not the part the NER kept
        from .tables37 import whole_cell_entity
        whole = whole_cell_entity(index, doc.text[start:end])
        if whole and whole not in [n for n, _ in out] and all(n in whole for n, _ in out):
            out = [(whole, toks[0].i)]
    return out


def _header_party(header: str | None, header_block: Block | None, col: int, doc, index, relations, intro=None):
    """Who the column header names as the other end of each row's tie (else the party the sentence introducing
    the table names, `intro`, else the article's topic)."""
    named = _header_named(header_block, col, doc, index)
    if named:
        return named
    words = set((header or "").lower().replace("'", " ").split())
    if words & _BUYER_WORDS:
        for rel in relations:
            if rel.type in ("BIDS_FOR", "ACQUIRES"):
                return (rel.subject, -1)
    if words & _TARGET_WORDS:
        for rel in relations:
            if rel.type in ("BIDS_FOR", "ACQUIRES"):
                return (rel.object, -1)
    if intro:
        return (intro, -1)   # (s37-tables37) "Le comité exécutif de Y :" then "| X | Directeur financier |"
    return (index.topic, -1) if index.topic else None


def _header_named(header_block: Block | None, col: int, doc, index) -> tuple[str, int] | None:
    """"| Nom | Fonction chez Y | Parcours |": the organisation a column's header names."""
    if header_block is not None and header_block.cells and col < len(header_block.cells):
        named = _entities_in(index, doc, *header_block.cells[col])
        if named:
            return named[0]
    return None


# (s25-deals25) "| X | Série A | participant |": a funding round's name is the row's round, no party (the
# NER may type "Série A" as an organisation); the cue then takes the header's or the article's company
_ROUND_NAME = re.compile(r"(?i)^(série|serie|tour|round|seed|amorçage|pré-amorçage)\b")


def _row_party(index, doc, block: Block, col: int, clean=None) -> list[tuple[str, int]]:
    """"| X | Directeur général | Vostrel |": a cue with no name of its own takes the one organisation
    another cell of its row names (the row's actor aside)."""
    from .tables37 import background_cell   # (s37-tables37: "| Profil |", "Ancien directeur de Z": the past)
    found = [x for n, (s, e) in enumerate(block.cells)
             if n not in (0, col) and not (clean is not None and background_cell(clean, block, n))
             for x in _entities_in(index, doc, s, e) if index.entities[x[0]].type in ("ORG", "GOV")
             and not _title_complement(doc, x[1], s) and not _ROUND_NAME.match(x[0])]
    return found if len({n for n, _ in found}) == 1 else []


def _title_complement(doc, at: int, cell_start: int) -> bool:
    """(s22-prec22) "| X | fondateur de Y | business angel |", "| X | ancien patron de Y | … |": a name that
    is the complement of a person's title in its cell is the row person's own profile (where X works), not
    the party of a cue in another cell (the round X joins is not Y's)."""
    k = at - 1
    while k >= 0 and doc[k].idx >= cell_start and doc[k].lower_ in ("de", "du", "des", "d'", "d’", "la", "le", "l'", "l’", "les"):
        k -= 1
    return k >= 0 and doc[k].idx >= cell_start and doc[k].lower_ in PERSON_TITLES


# Headers that say which side of the row's cue a column holds: "Engagée par", "Plaignant" name who acts
# (the cue's subject); "Visé", "Cible", "Contre" whom it is aimed at (its object).
_BY_HEADS = {"par", "plaignant", "plaignants", "plaignante", "auteur", "auteurs", "demandeur", "demandeurs",
             "initiateur", "initiatrice"}
_AT_HEADS = {"visé", "visée", "visés", "visées", "cible", "cibles", "contre", "défendeur", "défendeurs",
             "défenderesse", "mis"}


def _cue_row(block: Block, doc, index, trigger_rules):
    """"| Plainte pour fraude | Y | X |" under "| Procédure | Visé | Engagée par |": a row whose first cell
    is the cue (a procedure, a deal) and whose columns say who acts and whom it aims at."""
    if not block.header:
        return
    by = [n for n, h in enumerate(block.header) if n and _words(h) & _BY_HEADS and n < len(block.cells)]
    at = [n for n, h in enumerate(block.header) if n and _words(h) & _AT_HEADS and n < len(block.cells)]
    if not by or not at or set(by) & set(at):
        return
    s0, e0 = block.cells[0]
    # (any word of the cue's cell: "Enquête préliminaire" may have been read as a name)
    cue = next(((t, r) for t in _tokens(doc, s0, e0) for r in trigger_rules(t)[:1]), None)
    if cue is None:
        return
    subjects = [x for n in by for x in _entities_in(index, doc, *block.cells[n])]
    objects = [x for n in at for x in _entities_in(index, doc, *block.cells[n])]
    for subject in subjects:
        for obj in objects:
            if subject[0] != obj[0]:
                yield block, cue[0], cue[1], subject, obj


# Rules whose sides only a sentence's reader can tell (which side receives: "partenaire du club Y" pays the
# club, "partenaire industriel" is a partner): a row has no such words, so the cue's next rule reads it.
# (s24-recall24) "passer sous le contrôle de X" needs its verb: a cell's "contrôle opérationnel" is no takeover.
_SENTENCE_ONLY_SLOTS = {"payer", "payee", "control_owner", "control_taken",
                        # (s31-money31: the sides of a deal, a paid noun, a flow, a receipt, read in a sentence)
                        "supply_payer", "supply_payee", "money_payer", "money_payee", "flow_from", "flow_to",
                        "from_payer", "from_payee", "supplied_owner",
                        # (s33-money33: a loan's, a sponsorship's, a licence's, an order's sides, read in a sentence)
                        "lender33", "borrower33", "colenders33", "sponsor33", "sponsored33", "licensee33",
                        "licensor33", "buyer33", "maker33"}
_CLITIC_SLOTS = {"en_holder", "en_held"}
# (s25-deals25) the winner of a contract or a tender, named by a verb of winning ("Y a décroché le contrat")
_WINNER_SLOTS = {"target", "tender_winner"}
# (s25-deals25) verbs of buying a stake from someone: "racheter les parts de Z" names the seller, not the company
_STAKE_BUYING = frozenset({"racheter", "acheter", "acquérir", "reprendre", "récupérer", "rafler"})
# "Chef de file de l'augmentation de capital": a title whose complement is a funding operation names the
# round's lead investor (read by the round's rule), not a post in the company.
_OPERATION_NOUNS = {"tour", "levée", "augmentation", "opération", "financement", "série", "emprunt", "table"}


# (s25-tables25) "| Personnalité | Groupe | Statut |" / "| X | Y | sanctionné, recours gagné |": a conflict cue
# with no name in its own cell does not take the name of another cell of the row (the row actor's group, parent,
# shareholder: its own side) nor the article's company; who sanctions or is sued is said by the text.
_FIGHT_TYPES = {"OPPOSES", "SUES", "ACCUSES"}
_DEPT_RULE = "works_for.department_topic"
_POST_TYPES = {"LEADS", "WORKS_FOR", "BOARD_MEMBER", "MEMBER_OF", "FOUNDED"}
# A row's role in a round ("| X | chef de file | 20 M€ |", "| Y | nouvel entrant | 8 M€ |"): the table of
# investors gives the stake; the role is no post in the company, nor a seat on its board.
_ROUND_ROLES = {"entrant", "entrante", "entrants", "entrantes"}


def _round_role(tok) -> bool:
    doc = tok.doc
    if tok.lower_ in _ROUND_ROLES:
        return True
    return tok.lower_ == "chef" and tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ == "de" \
        and doc[tok.i + 2].lower_ == "file" and not (tok.i + 3 < len(doc) and doc[tok.i + 3].lower_ in ("de", "du", "des", "d'", "d’"))


_BELOW_HEAD = frozenset({"vice-président", "vice-présidente", "vice-présidents", "vice-présidentes"})


def _names_political_body(tok, index) -> bool:
    """(s32-names32) "vice-président(e) du groupe Y", "… de la Commission W": an office below the head whose "de"
    complement is a parliamentary group ("groupe" and a name) or a political body the text names (data/politics32.yaml
    political_body_words)."""
    from .arguments import case_of, entities_at
    from .slots.politics32 import words as politics_words
    from ..mentions.lexicon import fold
    if tok.lower_ not in _BELOW_HEAD:
        return False
    bodies = politics_words()["political_body_words"]
    for c in tok.children:
        if c.dep_ != "nmod" or c.i < tok.i or case_of(c) not in ("de", "du", "des", "d'", "d’"):
            continue
        if c.lower_ in ("groupe", "parti") and any(index.kinds.get(k.i) == "name" for k in c.children
                                                   if k.dep_ in ("appos", "flat:name", "nmod") and k.i == c.i + 1):
            return True
        for name, _ in entities_at(c, index):
            words = fold(name).replace("'", " ").split()
            if index.type_of(name) == "GOV" and words and words[0] in bodies:
                return True
    doc = tok.doc   # (the parse may hang the phrase elsewhere: the name right after "de (l')")
    j = tok.i + 1
    while j < len(doc) and j < tok.i + 4 and doc[j].lower_ in ("de", "du", "des", "d'", "d’", "l'", "l’", "la", "le"):
        j += 1
    name = index.entity_at(j) if j > tok.i + 1 and j < len(doc) else None
    words = fold(name).replace("'", " ").split() if name else []
    return bool(words) and index.type_of(name) == "GOV" and words[0] in bodies


def _row_rules(tok, trigger_rules, index) -> list:
    """The rules a row's cue word is read by (see _SENTENCE_ONLY_SLOTS, _OPERATION_NOUNS)."""
    if _round_role(tok):
        return []
    rules = [r for r in trigger_rules(tok) if not (set(r.subject or ()) | set(r.object or ())) & _SENTENCE_ONLY_SLOTS]
    # (s25-deals25) "| Y | génie civil, contrat de 2 Md€ |": a rule whose only object is the winner a verb of
    # winning names ("Y a décroché le contrat de Z") would make the row's actor, the winner, the payer
    rules = [r for r in rules if not (r.object and set(r.object) <= _WINNER_SLOTS)]
    # (s31) a rule whose parties are only what a clitic "en" stands for ("X en contrôle 66 %") reads a sentence,
    # never a row: "| Assystem | Ingénierie et contrôle | 180 M€ |" holds no stake
    rules = [r for r in rules if not (r.subject and set(r.subject) <= _CLITIC_SLOTS
                                      or r.object and set(r.object) <= _CLITIC_SLOTS)]
    if any(r.id == _DEPT_RULE for r in rules) and _names_political_body(tok, index):
        # ((s32-names32) "| X | vice-président du groupe Y |", "| Z | vice-présidente de la Commission W |": the
        # title names its own political body in its cell, of which an office below the head is membership (as
        # relations._memberships reads it in a sentence); no department of another cell's actor)
        from dataclasses import replace
        return [replace(r, id="member.political_title", type="MEMBER_OF", obj_types=frozenset({"ORG", "GOV"}))
                for r in rules if r.id == _DEPT_RULE][:1]
    if any(r.id == _DEPT_RULE for r in rules) and _heads_a_department(tok, index):
        # "| X | Directrice des achats |": the head of a department works for the company, as in a sentence
        rules = [r for r in rules if r.id == _DEPT_RULE]
    if tok.dep_ == "nmod" and tok.head.lemma_.lower() in _OPERATION_NOUNS:
        return []   # ("levée de fonds", "tour de table": the operation's own word, no holding nor seat)
    # ((s37-tables37) "Directeur des opérations", "Directrice des financements": a department in the plural, no
    # funding operation)
    if any(c.dep_ == "nmod" and c.lemma_.lower() in _OPERATION_NOUNS and c.lower_ == c.lemma_.lower()
           for c in tok.children):
        rules = [r for r in rules if r.type not in _POST_TYPES]   # (the operation noun carries the round's rule)
    return rules


def table_pairs(doc, clean, index, trigger_rules, relations):
    """Yield (row block, trigger token, rule, subject, object) for every statement in table rows."""
    if clean is None:
        return
    from .tables30 import bidders_header   # (s33-money33; tables30 imports this module)
    from .tables37 import intro_party, post_first   # (s37-tables37)
    header_block = None
    intros: dict[int, str | None] = {}
    for block in clean.blocks:
        if block.kind == "table_header":
            header_block = block
            continue
        if block.kind != "table_row" or not block.cells or len(block.cells) < 2:
            if block.kind != "table_row":
                header_block = None if block.kind not in ("table_header",) else header_block
            continue
        if bidders_header(block.header):
            continue   # (s33-money33) "| Candidat | Offre | Issue |": each row a bid, read by tables30.context_rows
        cued = list(_cue_row(block, doc, index, trigger_rules))
        if cued:   # (a name in the cue's cell, "Enquête préliminaire", is no actor of the row)
            yield from cued
            continue
        first = _actor_column(block, doc)
        # (s37-tables37) "| Fonction | Nom |": the person is in the second column, the post in the first
        reversed_post = first == 0 and post_first(block)
        if reversed_post:
            first = 1
        row_actor = _entities_in(index, doc, *block.cells[first])
        if not row_actor:
            continue
        actor = row_actor[0]
        cue_cols = [0] if reversed_post else []
        for col in cue_cols + list(range(first + 1, len(block.cells))):
            s, e = block.cells[col]
            cell_tokens = _tokens(doc, s, e)
            if block.header and col < len(block.header) and _words(block.header[col]) & _REASON_HEADS:
                continue   # "| Motif |": why the row's actor was fined or sued, no tie of its own
            if status_of_a_deal(block, col):
                continue   # (s29-tables29) "| Acquéreur | Cible | Statut |": read by tables29b.deal_rows
            if block.header and col < len(block.header) and _role_column(block.header[col]):
                continue   # "| Présidence |", "| Maison mère |": read by role_columns
            triggers = [(t, r) for t in cell_tokens if index.kinds.get(t.i) != "name"
                        for r in _row_rules(t, trigger_rules, index)[:1]]
            if len(triggers) > 1:
                # (s25-tables25) "| X | fournisseur retenu |", "| X | ancien patron de Z |": a participle or an
                # adjective qualifying a cue noun of its cell says how that noun's tie came about; the noun's
                # rule reads the row (the supplier chosen is paid, no adviser hired; the former boss of Z worked
                # at Z, not at the article's company)
                cue_nouns = {t.i for t, _ in triggers if t.pos_ in ("NOUN", "PROPN")}
                triggers = [(t, r) for t, r in triggers
                            if not (t.pos_ in ("VERB", "ADJ") and t.dep_ in ("acl", "amod") and t.head.i in cue_nouns)]
            if triggers and triggers[0][1].type in _POST_TYPES:
                # "| Directrice des programmes de Y |": a cell opened by a post is that post; the nouns
                # inside its title ("programmes", "projets") are no ties of their own (but a cue after a
                # comma that describes the organisation named before it is: "Analyste chez Z, concurrent")
                triggers = [(t, r) for t, r in triggers if r.type in _POST_TYPES or _apposed_name(t, index, s)]
            for n, (tok, rule) in enumerate(triggers):
                if rule.type == "OWNS" and tok.lower_ in STAKES and tok.dep_ == "obj" \
                        and tok.head.lemma_.lower() in _STAKE_BUYING:
                    continue   # (s25-deals25) "| X | 57 % | a racheté les parts de Z |": Z sold them, X holds no Z
                stop = triggers[n + 1][0].idx if n + 1 < len(triggers) else e
                others = _entities_in(index, doc, tok.idx, stop)
                if not others and block.header and col < len(block.header) and is_comment(block.header[col]):
                    continue   # (s31-tables31) "| Commentaire |": a note on the row names no party by itself
                if not others:
                    # (a header naming the organisation says where the row's posts are held, before any
                    # other cell's name: "| X | Directrice des achats | Acheteuse chez Z |" under
                    # "| Nom | Fonction chez Y | Parcours |" is a post at Y)
                    named = _header_named(header_block, col, doc, index)
                    others = [named] if named else (
                        _row_party(index, doc, block, col, clean) if rule.type not in _FIGHT_TYPES else [])
                    if not others and rule.type in _FIGHT_TYPES:
                        continue   # (s25-tables25, see _FIGHT_TYPES)
                if not others:
                    if list(rule.subject or ()) == ["prep:de"] and list(rule.object or ())[-1:] == ["head"]:
                        # (s25-deals25) "| X | fonds corporate | 15 M€ |": the kind of the row's actor, whose owner
                        # only a "de" phrase names ("la holding de Y"); the article's company is no owner of it
                        continue
                    header = block.header[col] if block.header and col < len(block.header) else None
                    start = (header_block or block).start
                    if start not in intros:
                        intros[start] = intro_party(doc, clean, index, start)
                    party = _header_party(header, header_block, col, doc, index, relations, intros[start])
                    others = [party] if party else []
                subject = _apposed_name(tok, index, s) if rule.type not in _POST_TYPES else None
                for other in others:
                    if other[0] in (actor[0], (subject or actor)[0]):
                        continue
                    reverse = bool(rule.object) and rule.object[0] in ("head", "self") \
                        or _agent_of_cue(doc, other[1], tok, rule)   # "(avant le rachat par Z)": Z buys the row's
                    this = subject or actor
                    yield block, tok, rule, (other if reverse else this), (this if reverse else other)
            if not any(r.type in _POST_TYPES for _, r in triggers):
                yield from _job_at(block, doc, index, actor, cell_tokens)


def _agent_of_cue(doc, at: int, cue, rule) -> bool:
    """"| Y | … | le rachat par Z |": a name after "par" right after the cue is the act's agent, the subject of
    a rule that reads its subject there; the row's actor is then what the act is done to."""
    if at <= cue.i or "prep:par" not in rule.subject or at - cue.i > 4:
        return False
    k = at - 1
    while k > cue.i and doc[k].pos_ in ("DET", "ADJ"):
        k -= 1
    return doc[k].lower_ == "par"


def _apposed_name(tok, index, cell_start: int) -> tuple[str, int] | None:
    """"| X | Contrôleur de gestion chez Z, concurrent direct |": a cue right after a comma describes the
    organisation named just before it in the cell (Z competes), not the row's person."""
    doc = tok.doc
    k = tok.i - 1
    while k > 0 and doc[k].pos_ in ("ADJ", "DET") and doc[k].idx >= cell_start:
        k -= 1   # ("Z, principal concurrent", "Z, son rival")
    if k < 2 or doc[k].text != "," or doc[k - 1].idx < cell_start:
        return None
    name = index.entity_at(k - 1)
    if not name or index.kinds.get(k - 1) != "name" or index.entities[name].type != "ORG":
        return None
    return (name, k - 1)


_JOB_AT_RULE = None


def _job_at_rule():
    """The rule a row's "job chez Y" cell is read by (built once; tables.py is imported by relations.py)."""
    global _JOB_AT_RULE
    if _JOB_AT_RULE is None:
        from .relations import Rule
        _JOB_AT_RULE = Rule(id="works_for.job_at", type="WORKS_FOR", pos="ADP", words=("chez",), subject=("head",),
                            object=("prep:chez",), pairs=(), subj_types=frozenset({"PER"}),
                            obj_types=frozenset({"ORG"}), confidence=0.65, status=None, role=None, linear=False)
    return _JOB_AT_RULE


def _job_at(block: Block, doc, index, actor, cell_tokens):
    """"| X | … | Acheteuse senior chez Z |": a cell of a person's row that is a job of words no rule knows
    and "chez" an organisation says the person works (or worked) there."""
    from .implied import _NOT_JOBS
    if index.entities[actor[0]].type != "PER" or len(cell_tokens) < 3:
        return
    chez = next((n for n, t in enumerate(cell_tokens) if t.lower_ == "chez"), None)
    if chez is None or not 1 <= chez <= 5:
        return
    words = cell_tokens[:chez]
    # ("Contrôleur de gestion chez Z": a "de" inside the job's words, never opening them)
    if words[0].lower_ in _NOT_JOBS or any(not t.is_alpha or index.entity_at(t.i) or (
            t.lower_ in _NOT_JOBS and t.lower_ not in ("de", "du", "des")) for t in words):
        return
    k = chez + 1
    while k < len(cell_tokens) and k < chez + 4 and not index.entity_at(cell_tokens[k].i) and (
            cell_tokens[k].pos_ == "DET" or cell_tokens[k].is_lower):
        k += 1
    if k >= len(cell_tokens):
        return
    at = cell_tokens[k]
    employer = index.entity_at(at.i)
    if employer and employer != actor[0] and index.kinds.get(at.i) == "name" \
            and index.entities[employer].type == "ORG":
        yield block, cell_tokens[chez], _job_at_rule(), actor, (employer, at.i)


# A table whose first column lists holders ("| Actionnaire | Part du capital |", "| Principaux
# investisseurs | Participation |"): each row holds the table's company, with the share its row
# gives. The words are the column's kind; the cells hold only numbers, no cue word.
_HOLDER_HEADS = {"actionnaire": "OWNS", "actionnaires": "OWNS", "détenteur": "OWNS", "détenteurs": "OWNS",
                 "détentrice": "OWNS", "porteur": "OWNS", "porteurs": "OWNS", "actionnariat": "OWNS",
                 "investisseur": "INVESTS_IN", "investisseurs": "INVESTS_IN",
                 # (s19-lead) who pays the table's company: sponsors, patrons, donors
                 "sponsor": "FUNDS", "sponsors": "FUNDS", "mécène": "FUNDS", "mécènes": "FUNDS",
                 "donateur": "FUNDS", "donateurs": "FUNDS", "financeur": "FUNDS", "financeurs": "FUNDS",
                 "partenaire": "FUNDS?", "partenaires": "FUNDS?"}
# A cell that is an amount of money ("20 M€", "1,5 million d'euros", "4 millions")
_AMOUNT_CELL = re.compile(r"\d\s*(?:M€|Md€|k€|€|M\$|\$|millions?|milliards?)", re.I)
# "Fonds" names what the holder is, not that it holds: only a row with a share says so.
_HOLDER_IF_SHARE = {"fonds", "holding", "holdings", "associé", "associés"}
# Rows that are no actor: the staff's fund, the float, treasury shares ("Salariés (FCPE)", "Flottant").
_NO_HOLDER = {"salariés", "salarié", "employés", "personnel", "public", "flottant", "autocontrôle",
              "autodétention", "autres", "divers", "fcpe", "total", "bourse", "management"}
# Columns whose percentages are the stake ("Droits de vote", "Évolution" are not).
_SHARE_HEADS = {"part", "parts", "capital", "participation", "détention", "détenu", "détenue", "pourcentage",
                "%", "quote-part"}


# Column headers of the stake after a deal ("Après l'opération", "Aujourd'hui") beside the one before it.
_AFTER_HEADS = {"après", "aujourd", "désormais", "post-opération", "actuel", "actuelle", "nouvelle", "nouveau"}


def _words(text: str | None) -> set[str]:
    return set((text or "").lower().replace("'", " ").replace("’", " ").replace("(", " ")
               .replace(")", " ").split())


def _percent(text: str) -> float | None:
    """ "11,2 %" → 11.2; a cell that is not a bare percentage → None."""
    t = text.strip().replace("\u202f", " ").replace("\xa0", " ")
    if not t.endswith("%"):
        return None
    try:
        return float(t[:-1].strip().replace(",", ".").replace(" ", ""))
    except ValueError:
        return None


def _caption_company(clean, at: int, doc, index) -> str | None:
    """The organisation a caption line just above the table names ("Actionnariat du groupe X :")."""
    before = [b for b in clean.blocks if b.end <= at and b.kind not in ("table_row", "table_header")]
    if not before:
        return None
    cap = before[-1]
    if not clean.text[cap.start:cap.end].rstrip().endswith(":"):
        return None
    orgs = [_unprefixed(n, index) for n, _ in _entities_in(index, doc, cap.start, cap.end)
            if index.entities[n].type in ("ORG", "GOV")]
    return orgs[0] if len(orgs) == 1 else None


def _lead_party(doc, clean, index, kind: str, table_start: int) -> str | None:
    """(s30-tables30) The company whose capital the sentence before the table names ("La répartition du capital de
    Y au 30 juin", "Les actionnaires de Y se réunissent"), or the party whose funding it names ("les dons reçus par
    Y"), read strictly (the context word's complement only): before the article's topic."""
    from .tables30 import families, _context
    fam = {"OWNS": "holders", "SHARE": "holders", "FUNDS": "lenders"}.get(kind)
    return _context(doc, clean, index, families()[fam], table_start, set(), topic=False) if fam else None


def _intro_party(doc, clean, index, table_start: int) -> str | None:
    """(s37-tables37) The one organisation the caption, question or heading introducing the table names ("Qui
    détient Y ?", "Principaux actionnaires de Y :")."""
    from .tables37 import intro_party
    return intro_party(doc, clean, index, table_start)


def _header_company(header_block: Block | None, doc, index) -> str | None:
    """The one organisation the first header cell names: "| Actionnaire de Y |", "| Actionnaires d'Y |"."""
    if header_block is None or not header_block.cells:
        return None
    orgs = {_unprefixed(n, index) for n, _ in _entities_in(index, doc, *header_block.cells[0])
            if index.entities[n].type in ("ORG", "GOV")}
    if not orgs:
        # the NER often runs a header's name on across the cell bar ("Y | Part"), and such a span is
        # dropped: an organisation of the article whose full name the cell ends with is the one meant
        cell = doc.text[slice(*header_block.cells[0])].rstrip()
        orgs = {n for n, e in index.entities.items() if e.type in ("ORG", "GOV") and len(n) > 2
                and cell.endswith(n) and (len(cell) == len(n) or not cell[-len(n) - 1].isalnum())}
    return orgs.pop() if len(orgs) == 1 else None


def _share_header_company(header_block: Block | None, doc, index) -> str | None:
    """(s25-tables25) "| Actionnaire | Part du capital de Y | Commentaire |": the one organisation a stake
    column's header names is the holders' company (before the caption's or the article's)."""
    if header_block is None or not header_block.cells:
        return None
    orgs = {n for s, e in header_block.cells[1:] if _words(doc.text[s:e]) & _SHARE_HEADS
            for n, _ in _entities_in(index, doc, s, e) if index.entities[n].type in ("ORG", "GOV")}
    return orgs.pop() if len(orgs) == 1 else None


def _unprefixed(name: str, index) -> str:
    """ "Actionnariat du Groupe X" (a caption read as one name) → "Groupe X" when that is an entity."""
    words = name.split()
    if len(words) > 2 and words[0].lower() in set(_HOLDER_HEADS) | {"répartition", "principaux"}:
        for k in range(1, len(words) - 1):
            if " ".join(words[k:]) in index.entities:
                return " ".join(words[k:])
    return name


def holder_rows(doc, clean, index):
    """Yield (row block, type, holder, company, share) for the rows of a table of holders."""
    if clean is None:
        return
    company, kind, header_block = None, None, None
    for block in clean.blocks:
        if block.kind == "table_header":
            company, kind, header_block = None, "?", block
            continue
        if block.kind != "table_row" or not block.cells or not block.header:
            kind = None
            continue
        if kind == "?":
            first = _words(block.header[0])
            kinds = {_HOLDER_HEADS[w] for w in first if w in _HOLDER_HEADS}
            kind = kinds.pop() if len(kinds) == 1 else ("SHARE" if first & _HOLDER_IF_SHARE else None)
            # "| Actionnaire de Y | Avant | Après |": the holders' company is the one the header names, else
            # the caption's ("Actionnariat du groupe X :"), else the article's
            company = (_header_company(header_block, doc, index) or _share_header_company(header_block, doc, index)
                       or _caption_company(clean, block.start, doc, index)
                       or _lead_party(doc, clean, index, kind, (header_block or block).start)
                       or _intro_party(doc, clean, index, (header_block or block).start)   # (s37-tables37)
                       or index.topic) if kind else None
            if kind in ("INVESTS_IN", "FUNDS", "FUNDS?") and not company:
                # (s26-genre26) no topic: the company the text shows raising the round before the table
                company = round_company(doc, index, block.start)
        if not kind or not company:
            continue
        row_actor = _entities_in(index, doc, *block.cells[0])
        first = clean.text[block.cells[0][0]:block.cells[0][1]].split()
        if not row_actor or row_actor[0][0] == company or not first or first[0].lower() in _NO_HOLDER:
            continue
        cells = [clean.text[s:e] for s, e in block.cells]
        shares = [(_percent(c), _words(block.header[n]) & _SHARE_HEADS) for n, c in enumerate(cells[1:], start=1)
                  if n < len(block.header)]
        share = next((p for p, stake in shares if p is not None and stake), None)
        if share is None:
            share = next((p for p, _ in shares if p is not None), None)
        # "| Avant l'opération | Après l'opération |": the stake is the one after; none left after, a former one
        status = None
        after = [_percent(cells[n]) for n in range(1, min(len(cells), len(block.header)))
                 if _words(block.header[n]) & _AFTER_HEADS]
        if after and after[-1] is not None:
            share = after[-1] or share
            status = "former" if after[-1] == 0 else None
        if kind == "SHARE" and share is None:
            continue
        if kind == "FUNDS?":
            # "| Partenaire | Emplacement | Montant |": partners paid for with an amount are sponsors (FUNDS)
            if not any(_AMOUNT_CELL.search(c) for c in cells[1:]):
                continue
            kind_out = "FUNDS"
        elif kind == "INVESTS_IN" and grant_row(cells):
            kind_out = "FUNDS"   # (s26-genre26) "| Région Y | subvention | 10 M€ |": a grant, not a stake
        else:
            kind_out = "OWNS" if kind == "SHARE" else kind
        yield block, kind_out, row_actor[0][0], company, (share if kind_out != "FUNDS" else None), status
        if kind_out == "OWNS":
            # (s37-tables37) "Fondateurs (A, B) | 52 %": each person holds the company; "H (A) | 87 %": A owns H
            from .tables37 import bracket_holders
            for holder, held in bracket_holders(doc, clean, index, block, company, _entities_in):
                if holder != row_actor[0][0] or held != company:
                    yield block, "OWNS", holder, held, None, status


# Columns that say why (a fine's or a suit's grounds): their words are no cue of a tie between the row's names.
_REASON_HEADS = {"motif", "motifs", "raison", "raisons", "grief", "griefs", "objet", "cause", "causes"}

# Column headers that name the row actor's relation to the names in the cell: "| Groupe | Sièges |
# Présidence |" (the cell's people lead the row's body), "| Entreprise | Maison mère |" (the cell's company
# owns the row's), "| Start-up | Fondateurs |". Value: (type, the cell's party is the subject, the cell's type).
_ROLE_COLUMNS = {
    "présidence": ("LEADS", True, "PER"), "coprésidence": ("LEADS", True, "PER"),
    "président": ("LEADS", True, "PER"), "présidente": ("LEADS", True, "PER"),
    "présidents": ("LEADS", True, "PER"), "coprésidents": ("LEADS", True, "PER"),
    "dirigeant": ("LEADS", True, "PER"), "dirigeante": ("LEADS", True, "PER"), "dirigeants": ("LEADS", True, "PER"),
    "chef de file": ("LEADS", True, "PER"), "leader": ("LEADS", True, "PER"),   # (s29-tables29)
    "premier secrétaire": ("LEADS", True, "PER"), "première secrétaire": ("LEADS", True, "PER"),
    "pdg": ("LEADS", True, "PER"), "patron": ("LEADS", True, "PER"), "patronne": ("LEADS", True, "PER"),
    "direction": ("LEADS", True, "PER"), "directeur général": ("LEADS", True, "PER"),
    "directrice générale": ("LEADS", True, "PER"), "secrétaire général": ("LEADS", True, "PER"),
    "fondateur": ("FOUNDED", True, "PER"), "fondateurs": ("FOUNDED", True, "PER"),
    "fondatrice": ("FOUNDED", True, "PER"), "cofondateurs": ("FOUNDED", True, "PER"),
    "cofondateur": ("FOUNDED", True, "PER"), "cofondatrice": ("FOUNDED", True, "PER"),
    "maison mère": ("OWNS", True, "ORG"), "maison-mère": ("OWNS", True, "ORG"), "société mère": ("OWNS", True, "ORG"),
    "propriétaire": ("OWNS", True, "ORG"), "propriétaires": ("OWNS", True, "ORG"),
    "actionnaire principal": ("OWNS", True, "ORG"), "actionnaire majoritaire": ("OWNS", True, "ORG"),
    "actionnaire de référence": ("OWNS", True, "ORG"),
    "actionnaire": ("OWNS", True, "ORG"), "actionnaires": ("OWNS", True, "ORG"),   # (s29-tables29)
    "actionnaire de contrôle": ("OWNS", True, "ORG"),   # (s23-names23: "| Constructeur | Actionnaire de contrôle |")
    "filiale": ("OWNS", False, "ORG"), "filiales": ("OWNS", False, "ORG"),
    # "| Prêteur | Montant | Bénéficiaire |": the row's lender or donor funds the cell's party (a candidate's
    # campaign is the candidate's, ONTOLOGY)
    "bénéficiaire": ("FUNDS", False, "ANY"), "bénéficiaires": ("FUNDS", False, "ANY"),
    "emprunteur": ("FUNDS", False, "ANY"), "emprunteurs": ("FUNDS", False, "ANY"),
}


def _role_column(header: str | None) -> tuple[str, bool, str] | None:
    """The relation a column header names ("Présidence", "Maison mère", "Président du groupe"), or None."""
    text = " ".join((header or "").lower().replace("’", "'").split())
    if text in _ROLE_COLUMNS:
        return _ROLE_COLUMNS[text]
    first = text.split(" (")[0]
    return _ROLE_COLUMNS.get(first)


def role_columns(doc, clean, index):
    """Yield (row block, type, subject, object, role, share) for the cells of role and stake columns (see
    _ROLE_COLUMNS, _stake_column):
    "| Patriotes pour l'Europe | 84 | Jordan B. |" under "| Groupe | Sièges | Présidence |" gives
    LEADS(Jordan B. → Patriotes pour l'Europe); every person of a cell ("A et B") leads."""
    if clean is None:
        return
    header_block = None
    for block in clean.blocks:
        if block.kind == "table_header":
            header_block = block
        if block.kind != "table_row" or not block.cells or not block.header or len(block.cells) < 2:
            continue
        first = _actor_column(block, doc)
        row_actor = _entities_in(index, doc, *block.cells[first]) or _named_cell(index, doc, *block.cells[first])
        if not row_actor:
            continue
        actor = row_actor[0][0]
        for col in range(first + 1, min(len(block.cells), len(block.header))):
            holder = _stake_column(block, col, header_block, doc, index)
            if holder and holder != actor:
                # "| Société | Pays | Participation du QIA |": the header's holder owns the row's company;
                # "| Actionnaire | Part du capital de X |", "Participation dans X": the header names the company
                # held, and the row's actor holds it
                s0, e0 = block.cells[col]
                found = _PERCENT_IN.search(doc.text[s0:e0])
                share = float(found.group().rstrip("% ").replace(",", ".")) if found else None
                if _held_in_header(block.header[col]):
                    yield block, "OWNS", actor, holder, "actionnaire", share
                else:
                    yield block, "OWNS", holder, actor, "actionnaire", share
                continue
            if index.entities[actor].type == "PER" and _portfolio_column(block.header[col]):
                # (s23-names23) "| Ministre | Ministère |" then "| Paul X | Économie et Finances |": the row's
                # person heads the cell's ministry (mentions.names23.portfolio_columns names it)
                cell = block.cells[col]
                for name, _ in _entities_in(index, doc, *cell):
                    if name != actor and index.entities[name].type == "GOV":
                        yield block, "LEADS", actor, name, "ministre", None
                continue
            if index.entities[actor].type == "PER" and _party_column(block.header[col]):
                # "| Candidat | Parti |": the row's person belongs to the cell's party
                cell = block.cells[col]
                for name, _ in _entities_in(index, doc, *cell) or _named_cell(index, doc, *cell):
                    if name != actor and index.entities[name].type in ("ORG", "GOV"):
                        yield block, "MEMBER_OF", actor, name, None, None
                continue
            role = _role_column(block.header[col])
            if role is None:
                continue
            rtype, cell_is_subject, cell_type = role
            if index.entities[actor].type not in ("ORG", "GOV"):
                continue
            cs, ce = block.cells[col]
            for name, at in _entities_in(index, doc, cs, ce):
                if "(" in doc.text[cs:doc[at].idx]:
                    continue   # ("Parti Y (alors Parti Z)": a former name or a note, no second party)
                ctype = index.entities[name].type
                if name == actor or (cell_type != "ANY" and ctype != cell_type
                                     and not (cell_type == "ORG" and ctype == "GOV")):
                    continue
                subject, obj = (name, actor) if cell_is_subject else (actor, name)
                yield block, rtype, subject, obj, block.header[col].strip(), None


# A first column that only numbers the rows ("| Rang | Candidat | Parti |", "| 1 | X | Y |"): the row's actor is
# in the next column.
_RANK = re.compile(r"\s*(?:n°\s*)?(?:\d{1,3}|[IVXL]{1,5})(?:e|er|re|ème)?\.?\s*", re.I)


def _actor_column(block: Block, doc) -> int:
    """The column of the row's actor: the first, or the second when the first holds only a rank."""
    if len(block.cells) > 2 and _RANK.fullmatch(doc.text[slice(*block.cells[0])]):
        return 1
    return 0


# Column headers of a person's party ("| Candidat | Parti |", "| Élu | Étiquette |"): MEMBER_OF.
_PARTY_HEADS = frozenset({"parti", "partis", "étiquette", "étiquette politique", "formation", "formation politique",
                          "groupe politique", "affiliation", "affiliation politique", "appartenance politique"})


def _party_column(header: str | None) -> bool:
    return " ".join((header or "").lower().replace("’", "'").split()) in _PARTY_HEADS


# (s23-names23) Column headers of a minister's portfolio ("| Ministre | Ministère |"): LEADS.
_PORTFOLIO_HEADS = frozenset({"ministère", "portefeuille"})


def _portfolio_column(header: str | None) -> bool:
    return " ".join((header or "").lower().split()) in _PORTFOLIO_HEADS


def _named_cell(index, doc, start: int, end: int) -> list[tuple[str, int]]:
    """A cell whose whole text is the name of an organisation the article names elsewhere: the NER ran the
    cell's name across the bar ("Union rhénane | 28") and the span was dropped, so it is no mention."""
    text = doc.text[start:end].strip()
    if len(text) < 3 or text not in index.entities or index.entities[text].type not in ("ORG", "GOV"):
        return []
    return [(text, -1)]


_STAKE_HEADS = frozenset({"participation", "part", "détention", "stake"})
_PERCENT_IN = re.compile(r"\d+(?:[,.]\d+)?\s*%")


# A stake header naming the company held rather than its holder: "Part du capital de X", "Participation dans X"
_HELD_WORDS = frozenset({"capital", "dans"})   # (not "au" alone: "Participation au 31 décembre")


def _held_in_header(header: str | None) -> bool:
    """'Part du capital de X', 'Participation dans X', 'Part au capital de X': the name in the header is the
    company whose shares the rows hold (against 'Participation du QIA', 'Part de l'État': the holder)."""
    return bool(_words(header) & _HELD_WORDS)


def _stake_column(block: Block, col: int, header_block: Block | None, doc, index) -> str | None:
    """The holder a stake column's header names ("Participation du QIA", "Part de X") when the row's cell
    is a percentage, else None."""
    if not _words(block.header[col]) & _STAKE_HEADS:
        return None
    s, e = block.cells[col]
    if not _PERCENT_IN.search(doc.text[s:e]):
        return None
    named = _header_named(header_block, col, doc, index)
    if named is None:
        # ("Participation du QIA": a short name the NER ran across the bar) the organisation whose name or
        # alias the header cell ends with
        cell = doc.text[slice(*header_block.cells[col])].rstrip() if header_block and col < len(header_block.cells) else ""
        ends = {n for n, e in index.entities.items() if e.type in ("ORG", "GOV") and any(
            len(a) > 1 and cell.endswith(a) and not cell[-len(a) - 1:-len(a)].isalnum() for a in [n, *e.aliases])}
        return ends.pop() if len(ends) == 1 else None
    name = named[0]
    if name.split()[0].lower() in _STAKE_HEADS:
        # the NER took the header's word with the name ("Participation d'Y"): the entity it ends with
        inner = [n for n, e in index.entities.items() if n != name and any(
            len(a) > 1 and name.endswith(" " + a) or name.endswith("'" + a) for a in [n, *e.aliases])]
        if not inner:
            return None
        name = max(inner, key=len)
    return name if index.entities[name].type in ("ORG", "GOV", "PER") else None
