"""(s26-genre26) Tables of a funding round whose article has no main organisation.

"| Investisseur | Nature | Montant |" lists who put money in the company whose round the text tells. The holders'
reader (tables.holder_rows) takes that company from the header, the caption or the article's topic; a short
round story that names its investors and backers as often as the company itself has no topic. The company is
then the one the text shows raising the money before the table: the subject of "lever" ("X lève 20 millions",
"X a annoncé avoir levé …") or of a verb closing a round ("X boucle une levée de …", "X a bouclé un tour de
table …"). One such organisation, else none.

A row whose cells say the money is a grant or a loan ("| Région Y | subvention | 10 M€ |") funds the company
rather than investing in it (ONTOLOGY: FUNDS pays, subsidises).
"""
from __future__ import annotations

# verbs whose object is the round: "boucler une levée", "finaliser un tour de table", "réaliser une levée"
_CLOSE_ROUND = frozenset({"boucler", "finaliser", "clore", "clôturer", "réaliser", "conclure", "achever",
                          "annoncer", "mener"})
_ROUND_NOUNS = frozenset({"levée", "tour"})
# present forms of the round's verbs, read linearly when the parse breaks
_RAISE_FORMS = frozenset({"lève", "lèvent", "boucle", "bouclent", "finalise", "finalisent", "clôture", "réalise"})
# cell words by which the row's money is a grant or a loan, not a stake
_GRANT_WORDS = frozenset({"subvention", "subventions", "prêt", "prêts", "don", "dons", "aide", "aides",
                          "avance", "avances"})


def _subject_org(verb, index) -> str | None:
    """The organisation named by the subject of verb (or of the verb it is the complement of: "X a annoncé
    avoir levé")."""
    for v in (verb, verb.head if verb.dep_ in ("xcomp", "ccomp") else None):
        if v is None:
            continue
        for c in v.children:
            if c.dep_ != "nsubj":
                continue
            for t in c.subtree:
                name = index.entity_at(t.i)
                if name and index.entities.get(name) and index.entities[name].type == "ORG" \
                        and index.kinds.get(t.i) == "name":
                    return name
    return None


def round_company(doc, index, before: int) -> str | None:
    """The one organisation the text before char offset `before` shows raising money, else None."""
    found: set[str] = set()
    for tok in doc:
        if tok.idx >= before:
            break
        lemma = tok.lemma_.lower()
        if tok.pos_ == "VERB" and (lemma == "lever" or lemma in _CLOSE_ROUND and any(
                    c.dep_ == "obj" and c.lemma_.lower() in _ROUND_NOUNS for c in tok.children)):
            name = _subject_org(tok, index)
            if name:
                found.add(name)
        elif tok.lower_ in _RAISE_FORMS and tok.i > 0 and (tok.lower_ in ("lève", "lèvent") or any(
                t.lower_ in _ROUND_NOUNS for t in doc[tok.i + 1:tok.i + 4])):
            # a headline the parser breaks ("X boucle une levée de …" read as a foreign name): the name right
            # before the verb
            name = index.entity_at(tok.i - 1)
            if name and index.entities.get(name) and index.entities[name].type == "ORG" \
                    and index.kinds.get(tok.i - 1) == "name":
                found.add(name)
    return found.pop() if len(found) == 1 else None


def grant_row(cells: list[str]) -> bool:
    """Does a cell of the row after the first say the money is a grant or a loan ("subvention", "prêt")?"""
    return any(w.strip("().,;") in _GRANT_WORDS for c in cells[1:] for w in c.lower().split())
