"""(s37-duo37) "Entre les deux dirigeantes", "la rivalité entre les deux hommes": the pair the paragraph names.

When a paragraph names by name exactly two persons whose gender fits the plural noun ("hommes", "femmes",
"dirigeantes"; any gender for "dirigeants", "responsables"…), "entre les deux X" in that paragraph stands for
those two, even if the article as a whole speaks more of a third person (coref._main_pair would pick the two
most spoken-of and set the paragraph's pair aside):

    "A, présidente de Y, soutient la réforme. B s'y oppose. … Entre les deux dirigeantes, la rivalité …"

Only names count (a descriptor such as "la ministre" may stand for someone named elsewhere); a third fitting
person named in the paragraph means no pair (the text may oppose any two of them). Called by coref._link_pair.
"""
from __future__ import annotations

from ..nlp.docview import tokens_of


def paragraph_start(doc, tok) -> int:
    """The char offset where ``tok``'s paragraph begins (after the last blank line before it)."""
    cut = doc.text.rfind("\n\n", 0, tok.idx)
    return 0 if cut < 0 else cut + 2


def paragraph_pair(doc, tok, index, gender: str | None, said_gender, main_pair=None) -> list[str] | None:
    """The two persons named by name in ``tok``'s paragraph before it, when exactly two fit ``gender``
    (None: any); the one named last first. When it names only one, ``main_pair()`` (the article's two main
    persons of that gender) if that one is among them ("Anne X n'a pas souhaité commenter. Les relations entre
    les deux femmes …"). None otherwise."""
    tv = tokens_of(doc)
    start = paragraph_start(doc, tok)
    found: list[str] = []
    for j in range(tok.i - 1, -1, -1):
        if tv[j].idx < start:
            break
        name = index.by_token.get(j)
        if name is None or index.kinds.get(j) != "name" or index.entities[name].type != "PER" or name in found:
            continue
        if gender and said_gender(index, name, doc) not in (None, gender):
            continue
        found.append(name)
    if len(found) == 1 and main_pair is not None:
        pair = main_pair()
        return pair if pair and found[0] in pair else None
    if len(found) != 2:
        return None
    if gender and any(said_gender(index, p, doc) is None for p in found):
        return None   # ("les deux femmes": both must be known women)
    return found
