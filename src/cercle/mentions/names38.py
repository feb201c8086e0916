"""(s38-groupof38) A company named after coordinated first names and a legal form: "la holding familiale Pierre et
Paul Lenoir SAS" is one company. The candidates cut it at "et" into a person's first name ("Pierre") and a company
("Paul Lenoir SAS"), and each piece took the ties of the whole. The legal form closing the run (data/names38.yaml)
is what says the names before it are the company's name, not two people: people carry no "SAS"."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ..nlp.docview import tokens_of
from ..yamldata import load_yaml
from .index import replace_inside
from .typing_cues import first_names

_DATA = Path(__file__).parent / "data" / "names38.yaml"


@lru_cache(maxsize=1)
def legal_forms() -> frozenset:
    raw = load_yaml(_DATA.read_text(encoding="utf-8"))
    return frozenset(str(w) for w in raw["legal_forms"])


def _capitalised(tok) -> bool:
    return tok.text[:1].isupper() and (tok.is_alpha or "-" in tok.text) and "\n" not in tok.whitespace_


def first_names_before_a_legal_form(doc, spans: list) -> None:
    """"Pierre et Benoît Lenoir SAS": capitalised words closing on a legal form, whose run holds first names joined
    by "et" (or a comma) before a surname, are one company's name. The run goes left from the legal form over
    capitalised words, "et" and commas between first names; it must open on a first name and hold one "et"."""
    tv = tokens_of(doc)
    forms = legal_forms()
    names = first_names()
    n = len(tv)
    for k in range(n):
        if tv[k].text not in forms or k < 4:
            continue
        i = k - 1
        if not _capitalised(tv[i]) or tv[i].text in names:
            continue   # the surname right before the legal form
        while i - 1 >= 0 and _capitalised(tv[i - 1]) and tv[i - 1].text not in forms:
            i -= 1
        # i opens the run "Benoît Lenoir" (the last first name and the surname)
        if tv[i].text not in names:
            continue
        start, joined = i, False
        while start - 2 >= 0 and tv[start - 1].lower_ in ("et", ",") and tv[start - 2].text in names \
                and _capitalised(tv[start - 2]):
            joined = joined or tv[start - 1].lower_ == "et"
            start -= 2
        if not joined:
            continue
        replace_inside(spans, doc, start, k + 1, "ORG")
