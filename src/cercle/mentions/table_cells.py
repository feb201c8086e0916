"""(s20-gapB3) Names in the party columns of a table that the NER missed.

"| Investisseur | Pays |" then "| Nvidia | États-Unis |": a cell of a column whose header names a party
(an investor, a shareholder, a company, a parent, a sponsor) is a name, even when it is one word the language
model knows as a common word ("Boulanger", "Samsung") or the NER cut it ("Parions Sport" of "Parions Sport en
ligne"). Without the name the table readers (extract/tables.py) have no party for the row. Column headers
that name a country, an amount, a role are not party columns and their cells stay as the NER read them.
"""
from __future__ import annotations

from .index import _Span
from .table_heads import head_role
from .typing_cues import first_names
from ..nlp.docview import tokens_of
from .wordpos import line_spans

# Header words of a column whose cells are parties ("Investisseur", "Actionnaire", "Maison mère",
# "Entreprise sanctionnée", "Société détenue", "Partenaire")
_PARTY_HEADS = frozenset({
    "investisseur", "investisseurs", "actionnaire", "actionnaires", "partenaire", "partenaires",
    "société", "sociétés", "entreprise", "entreprises", "mère", "filiale", "filiales", "sponsor", "sponsors",
    "acquéreur", "acquéreurs", "repreneur", "repreneurs", "acheteur", "acheteurs", "cible", "cibles",
    "bénéficiaire", "bénéficiaires", "financeur", "financeurs", "donateur", "donateurs", "prêteur", "prêteurs",
    "client", "clients", "fournisseur", "fournisseurs", "détenteur", "détenteurs",
    # (s23-names23) a header naming the kind of actor the rows list ("| Groupe | Projet |", "| Constructeur |
    # Amende |", "| Acteur | Lien avec X |", "| Autorité | Cible |"): each row opens on one's name, which the NER
    # often runs across the bar ("X | Coentreprise") when it is short
    "groupe", "groupes", "constructeur", "constructeurs", "acteur", "acteurs", "autorité", "autorités",
    "régulateur", "régulateurs", "organisme", "organismes", "opérateur", "opérateurs", "banque", "banques",
    "établissement", "établissements", "compagnie", "compagnies", "laboratoire", "laboratoires",
    "fabricant", "fabricants", "équipementier", "équipementiers", "armateur", "armateurs", "club", "clubs",
    "institution", "institutions", "organisation", "organisations", "plaignant", "plaignants",
    # (s29-tables29) a header naming the role of a party in the row's statement: the parties of a lawsuit
    # ("| Demandeur | Défendeur |"), the winners of a contract or a grant ("| Titulaire | Lot |",
    # "| Attributaire |", "| Lauréat |"), the start-ups of a round ("| Start-up | Montant | Investisseur |"),
    # the parties of a political table ("| Parti | Dirigeant | Dotation |"): its cells are names, which the
    # NER misses when they are told nowhere else in the text
    "demandeur", "demandeurs", "demanderesse", "défendeur", "défendeurs", "défenderesse", "requérant",
    "requérants", "requérante", "titulaire", "titulaires", "attributaire", "attributaires", "lauréat",
    "lauréats", "lauréate", "lauréates", "prestataire", "prestataires", "sous-traitant", "sous-traitants",
    "start-up", "start-ups", "startup", "startups", "pépite", "pépites", "parti", "partis", "formation",
    "formations", "mouvement", "mouvements", "syndicat", "syndicats", "fonds", "vendeur", "vendeurs", "cédant",
    "cédants", "adversaire", "adversaires", "concurrent", "concurrents", "allié", "alliés",
    "journal", "journaux", "média", "médias", "quotidien", "quotidiens", "magazine", "magazines", "chaîne",
    "chaînes", "radio", "radios", "enseigne", "enseignes", "marque", "marques",
    # (s30-tables30) bidders, lenders, operators
    "candidat", "candidats", "prétendant", "prétendants", "offrant", "offrants", "soumissionnaire",
    "soumissionnaires", "créancier", "créanciers", "mécène", "mécènes", "donatrice", "donatrices",
    "concessionnaire", "concessionnaires", "exploitant", "exploitants", "assureur", "assureurs",
})
# (s31-tables31) roles of the header lexicon whose cells are organisations' names (not a column of people: a
# person's name the NER missed is no organisation; not "body": a generic "Groupe" or "Titre" column is read by the
# words above)
_PARTY_ROLES = frozenset({"supplier", "buyer", "lender", "party", "holder", "plaintiff", "defendant"})

# (s30-tables30) Header of a column of buyers ("| Client |", "| Pays client |", "| Acheteur |"): a place there buys,
# a state acting (ONTOLOGY: places are entities when they act), not the party's country
_BUYER_HEADS = frozenset({"client", "clients", "acheteur", "acheteurs", "cliente", "clientes"})

# Header words of a column whose cells are places: a name there is the party's country, never a party
# ("| Samsung | Corée du Sud | investisseur stratégique |": not an investment in the country)
_PLACE_HEADS = frozenset({"pays", "nationalité", "siège", "ville", "région"})


# (s29-tables29) "| La France insoumise |", "| Les Verts unis |": a cell's name may open on its article, before
# the place or word the NER found inside it
_ARTICLES = frozenset({"la", "le", "les", "l'", "l’"})


def _cells(tv, start: int, end: int) -> list[tuple[int, int]]:
    """The cells of the table line tv[start:end] (the cleaned text keeps the inner bars only:
    "Nvidia | États-Unis | participant"), as token ranges between its bars; none for a line with no bar."""
    bars = [k for k in range(start, end) if tv[k].text == "|"]
    if not bars:
        return []
    edges = [start - 1] + bars + [end]
    return [(a + 1, b) for a, b in zip(edges, edges[1:])]


def _party_column(tv, a: int, b: int) -> bool:
    """The header's own noun, its first word, names a party ("Entreprise sanctionnée", "Maison mère"); not
    a header whose party is a complement ("Relation avec le repreneur", "Participation du X")."""
    words = [t.lower_ for t in tv[a:b]]
    if not words:
        return False
    if words[0] in _PARTY_HEADS or words[:2] in (["maison", "mère"], ["jeune", "pousse"], ["jeunes", "pousses"]):
        return True
    # (s31-tables31) a header the role lexicon reads as a party's ("Industriel", "Principal prêteur", "Donneur
    # d'ordre"), qualifiers, plurals and feminines aside
    return head_role(" ".join(t.text for t in tv[a:b])) in _PARTY_ROLES


def _name_part(tv, a: int, b: int) -> int:
    """End of the cell's name: before a bracket ("Meta Platforms Ireland (Facebook)", "Evraz (actionnaire)")."""
    for k in range(a, b):
        if tv[k].text == "(":
            return k
    return b


# Cells that name a group of holders, no actor ("| Fondateurs et salariés | 34 % |", "| Autres | 5 % |")
_GROUP_WORDS = frozenset({
    "fondateur", "fondateurs", "fondatrice", "fondatrices", "cofondateurs", "salarié", "salariés", "employés",
    "personnel", "public", "flottant", "autocontrôle", "autres", "divers", "dirigeants", "management", "famille",
    "familles", "particuliers", "investisseurs", "actionnaires", "total", "institutionnels", "business",
    "minoritaires", "individuels", "porteurs", "épargnants"})


def _name_cell(tv, a: int, e: int) -> bool:
    """One to six words opening on a capital, with no number, amount or percent, not a person's first
    name (the person readers take those), not a group of holders, not several parties ("X et des
    business angels": the cell is no one name)."""
    if not 1 <= e - a <= 6 or not tv[a].text[:1].isupper() or tv[a].text in first_names() \
            or tv[a].lower_ in _GROUP_WORDS:
        return False
    return not any(t.like_num or any(c.isdigit() for c in t.text) or t.text in ("%", "€", "$", "-", "—", ",")
                   or t.lower_ in ("et", "ou") for t in tv[a:e])


# (s29-tables29) "| Membre d'Horizon Sud |", "| Filiales de Valmeria |", "| Concurrents de Y |": a header cell naming
# a role and the organisation the rows relate to is no name of its own; the name is the organisation after "de"
_HEADER_ROLE_NOUNS = frozenset({"membre", "membres", "filiale", "filiales", "client", "clients", "fournisseur",
                                "fournisseurs", "prestataire", "prestataires", "sous-traitant", "sous-traitants",
                                "partenaire", "partenaires", "concurrent", "concurrents", "rival", "rivaux",
                                "actionnaire", "actionnaires", "investisseur", "investisseurs"})


def _header_role_names(doc, tv, cells, spans: list[_Span]) -> None:
    for a, b in cells:
        if b - a < 3 or tv[a].lower_ not in _HEADER_ROLE_NOUNS \
                or tv[a + 1].lower_ not in ("de", "du", "des", "d'", "d’"):
            continue
        for k, s in enumerate(spans):
            if s.start == a and a + 2 < s.end <= b:
                cut = _Span(a + 2, s.end, doc[a + 2:s.end].text)
                cut.votes.update(s.votes)
                cut.ner = s.ner
                cut.header_label = True   # (no weight in the choice of the article's organisation: entities.py)
                spans[k] = cut


def table_party_cells(doc, spans: list[_Span]) -> None:
    if "|" not in doc.text:
        return
    tv = tokens_of(doc)
    party_cols: list[int] | None = None   # (columns of the current table whose header names a party)
    place_cols: list[int] = []
    buyer_cols: list[int] = []
    added = False
    by_start = None
    for line_start, end in line_spans(tv):   # (the line is tv[line_start:end])
        cells = _cells(tv, line_start, end) if end > line_start else []
        if not cells:
            party_cols = None
        elif party_cols is None:
            _header_role_names(doc, tv, cells, spans)
            party_cols = [c for c, (a, b) in enumerate(cells) if _party_column(tv, a, b)]
            place_cols = [c for c, (a, b) in enumerate(cells) if b == a + 1 and tv[a].lower_ in _PLACE_HEADS]
            buyer_cols = [c for c, (a, b) in enumerate(cells) if b > a and (
                tv[a].lower_ in _BUYER_HEADS or b > a + 1 and tv[a].lower_ == "pays" and tv[a + 1].lower_ in _BUYER_HEADS)]
        else:
            for c in buyer_cols:
                if c < len(cells):
                    if by_start is None:
                        by_start = {s.start: s for s in spans}
                    a, b = cells[c]
                    e = _name_part(tv, a, b)
                    while e > a and tv[e - 1].is_space:
                        e -= 1
                    same = by_start.get(a)
                    if same is None or same.end != e or same.fixed_name or not same.votes:
                        continue
                    if max(same.votes, key=same.votes.get) == "LOC":
                        same.votes["GOV"] += 3   # (a cue, as a place column's LOC)
            for c in place_cols:
                if c < len(cells):
                    if by_start is None:
                        by_start = {s.start: s for s in spans}
                    a, b = cells[c]
                    same = by_start.get(a)
                    if same is not None and same.end == b and not same.fixed_name:
                        same.votes["LOC"] += 3
            for c in party_cols:
                if c >= len(cells):
                    continue
                a, b = cells[c]
                e = _name_part(tv, a, b)
                while e > a and tv[e - 1].is_space:
                    e -= 1
                if not _name_cell(tv, a, e):
                    continue
                if by_start is None:
                    by_start = {s.start: s for s in spans}
                same = by_start.get(a)
                if same is not None and same.end == e:
                    continue   # (the NER found it whole)
                inside = [s for s in spans if a <= s.start and s.end <= e]
                if any(s.start < e and s.end > a and not (a <= s.start and s.end <= e) for s in spans):
                    continue   # (a span across the cell's edge: leave the cell as it was read)
                if any(s.fixed_name for s in inside) or inside and min(s.start for s in inside) > a \
                        and not (min(s.start for s in inside) == a + 1 and tv[a].lower_ in _ARTICLES):
                    continue   # ("Filiale de Banque X": a description around the name the NER found)
                spans[:] = [s for s in spans if not any(s is x for x in inside)]
                sp = _Span(a, e, doc[a:e].text)
                grown = bool(inside) and min(s.start for s in inside) > a   # (the article case above)
                for s in inside:
                    if grown:
                        break   # ("La France insoumise": the place inside says nothing of the whole's type)
                    sp.votes.update(s.votes)
                    sp.ner = sp.ner or s.ner
                if not inside or grown:
                    sp.votes["ORG"] += 1
                spans.append(sp)
                by_start[a] = sp
                added = True
    if added:
        spans.sort(key=lambda s: s.start)
