"""(s31-tables31) The role a table's column header gives the parties in its cells, read from a lexicon.

"| Industriel | Matériel | Montant |", "| Candidat | Parti | Principal prêteur |", "| Principaux actionnaires
(en %) |": a header is read as a key (`head_key`: lower case, no accents, no bracket, no qualifier such as
"principal", "premier", "actuel", plural and feminine endings folded: "Prêteuses" → "preteur"), and the key is
looked up in the roles of data/table_heads.yaml (supplier, buyer, lender, borrower, party, holder, body, leader,
founder, board, plaintiff, defendant, comment), whose entries are read the same way. A key that is an entry, or an
entry followed by a participle of choice ("Fournisseur retenu") or by a complement with no name ("Titulaire du
lot", "Prêteur de la campagne"), has the entry's role; any other header has none, and a column whose role is not
known gives no tie (precision first).
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from ..yamldata import load_yaml
from .lexicon import fold

DATA = Path(__file__).with_name("data") / "table_heads.yaml"

_BRACKET = re.compile(r"\([^)]*\)?|\[[^\]]*\]?")
# (feminine and plural endings, folded without accents: "preteuse" → "preteur", "administratrice" →
# "administrateur", "defenderesse" → "defendeur", "plaignante" → "plaignant", "cliente" → "client")
_ENDINGS = (("eresse", "eur"), ("euse", "eur"), ("trice", "teur"), ("iere", "ier"), ("ere", "er"), ("ienne", "ien"),
            ("ante", "ant"), ("ente", "ent"), ("ee", "e"))
_INVARIABLE = frozenset({"fonds", "pays", "prix", "frais", "temps", "sous", "corps", "avis", "poids", "cours",
                         "dons", "succes", "mois", "fois", "acces", "proces", "recours", "bras"})
_COMPLEMENT = frozenset({"de", "du", "des", "d", "au", "aux", "a", "pour", "en", "sur"})


def _word(w: str) -> str:
    """One folded header word without its plural and feminine ending."""
    if w in _INVARIABLE or len(w) <= 3:
        return w
    if w.endswith("aux") and len(w) > 4:
        w = w[:-3] + "al"
    elif w.endswith(("s", "x")) and not w.endswith("ss"):
        w = w[:-1]
    for end, base in _ENDINGS:
        if w.endswith(end) and len(w) > len(end) + 2:
            return w[: -len(end)] + base
    return w


@lru_cache(maxsize=1)
def _lexicon():
    with open(DATA, encoding="utf-8") as fh:
        data = load_yaml(fh)
    quals = frozenset(_word(fold(q)) for q in data["qualifiers"])
    choice = frozenset(_word(fold(q)) for q in data["choice"])
    roles: dict[str, str] = {}
    for role, words in data["roles"].items():
        for w in words:
            roles.setdefault(_key(w, quals), role)
    return quals, choice, roles


def _key(text: str, quals) -> str:
    t = fold(_BRACKET.sub(" ", text or ""))   # (apostrophes and signs become spaces: "donneur d ordre")
    words = [_word(w) for w in t.split()]
    words = [w for w in words if w not in quals and w not in ("le", "la", "les", "l")]
    # ("en %", "en M€": the unit's preposition left alone at the end)
    while words and words[-1] in ("en", "de", "du", "des", "d"):
        words.pop()
    return " ".join(words)


@lru_cache(maxsize=4096)
def head_key(text: str) -> str:
    """The header's key: "Principaux prêteurs (M€)" → "preteur", "Pays clients" → "pay client"."""
    return _key(text, _lexicon()[0])


@lru_cache(maxsize=4096)
def head_role(text: str | None) -> str | None:
    """The role of a column whose header is `text` (data/table_heads.yaml), or None."""
    if not text:
        return None
    _, choice, roles = _lexicon()
    key = head_key(text)
    if not key:
        return None
    if key in roles:
        return roles[key]
    words = key.split()
    # the longest entry the key opens on, then a participle of choice or a complement with no name
    for n in range(len(words) - 1, 0, -1):
        head = " ".join(words[:n])
        if head not in roles:
            continue
        rest = words[n:]
        if all(w in choice for w in rest):
            return roles[head]
        if rest[0] in _COMPLEMENT and not any(
                w[:1].isupper() for w in re.split(r"[\s'’]+", _BRACKET.sub(" ", text).strip())[1:]):
            return roles[head]
        return None
    return None


def is_comment(text: str | None) -> bool:
    """A column that describes or comments on the row ("Commentaire", "Observations", "Profil")."""
    return head_role(text) == "comment"

