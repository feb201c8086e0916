"""(s37-tables37) The header of a pipe table written without a |---| line.

Press pages pasted as text often keep a table's bars but lose its Markdown separator:
"Actionnaire | Part du capital" then "Artémis | 42,3 %", or "Nom | Fonction" then "Paul X | Directeur …". Without
the separator every line was a data row with no header, so no table reader knew what its columns hold (and a
two-line table was no table at all). The first line is the header when it reads as one: every cell a short label
with no figure, the first cell and one other opening on a column word of data/table_heads37.yaml ("Nom",
"Actionnaire", "Fonction", "Part"), and the second line no line of labels too (a list of labels is no table of
data). A label names a column, never an actor: a capitalised word right after its first word ("Groupe Arvane")
makes the cell a name, not a label; a name after a preposition ("Lien avec Y", "Membre de Y") is the column's
party and is allowed.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

from ..yamldata import load_yaml

DATA = Path(__file__).with_name("data") / "table_heads37.yaml"
_DIGIT = re.compile(r"\d")
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_BRACKET = re.compile(r"\([^)]*\)")


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset, frozenset, int]:
    data = load_yaml(DATA.read_text("utf-8"))
    return (frozenset(_fold(w) for w in data["column_words"]), frozenset(_fold(w) for w in data["name_openers"]),
            int(data["max_words"]))


def _fold(w: str) -> str:
    w = unicodedata.normalize("NFKD", w.casefold())
    w = "".join(c for c in w if not unicodedata.combining(c)).replace("’", "'")
    return w[:-1] if len(w) > 3 and w.endswith(("s", "x")) and not w.endswith("ss") else w


def _label(cell: str) -> str | None:
    """The cell's first word, folded, when the cell reads as a column label; else None."""
    cell = cell.strip().strip("*_").strip()
    if not cell or _DIGIT.search(cell):
        return None
    words = _WORD.findall(_BRACKET.sub(" ", cell))
    column, openers, most = _words()
    if not words or len(words) > most or not words[0][:1].isupper() and cell[:1] != "%":
        return None
    if len(words) > 1 and words[1][:1].isupper() and _fold(words[1]) not in openers:
        return None   # ("Groupe Arvane", "Paul Dorin": a name)
    return "%" if cell.startswith("%") else _fold(words[0])


def header_row(first: list[str], second: list[str] | None) -> bool:
    """Is a separator-less table's first line (its cells' texts) the header of the lines after it?"""
    column = _words()[0]
    labels = [_label(c) for c in first]
    if len(first) < 2 or any(lab is None for lab in labels) or labels[0] not in column:
        return False
    if sum(1 for lab in labels if lab in column) < 2:
        return False   # (two column words at least: "Portrait | Anne X prend la tête de Y" is a rubric and a title)
    # (a second line of labels too, "Fondateurs | Associés", is a list of labels; "Fondateurs (A, B) | 48" is data)
    return not (second and _label(second[0]) in column and all(_label(c) is not None for c in second))
