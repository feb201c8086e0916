"""The cue lexicons of data/attributes.yaml, loaded once, plus small text helpers.

Kept apart so amounts, dates, status and attribution read one shared copy and
the YAML is parsed a single time per process.
"""
from __future__ import annotations

import re
import weakref
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..nlp.docview import DocView
from ..yamldata import load_yaml

DATA = Path(__file__).with_name("data") / "attributes.yaml"


@lru_cache(maxsize=1)
def lexicon() -> dict[str, Any]:
    with DATA.open(encoding="utf-8") as fh:
        return load_yaml(fh)


def alternation(words, *, boundary: bool = True) -> str:
    """A regex alternation of ``words``, longest first so "francs suisses" beats "francs".

    Spaces in a phrase match any run of spaces (including no-break spaces), and
    straight and curly apostrophes match each other.
    """
    parts = []
    for w in sorted(set(words), key=lambda w: (-len(w), w)):   # (longest first, then a fixed order, not a set's)
        p = re.escape(w).replace(r"\ ", r"[\s\u00a0\u202f]+")
        p = re.sub("['’]", "['’]", p)
        if boundary and w[-1].isalnum():
            p += r"(?!\w)"
        parts.append(p)
    return _first_char_guard(words) + "(?:" + "|".join(parts) + ")"


def _first_char_guard(words) -> str:
    """A lookahead for the characters the words start with. It changes no match, but Python's
    regex engine then rejects most text positions at once instead of trying every word there
    (under IGNORECASE it has no such shortcut of its own): the amount regex runs ~2.5x faster."""
    first = set()
    for w in words:
        c = w[0]
        first |= {r"\s", r"\u00a0", r"\u202f"} if c == " " else {"'", "’"} if c in "'’" else {re.escape(c)}
    return "(?=[" + "".join(sorted(first)) + "])"


_SPACES = re.compile(r"[\s\u00a0\u202f]+")


@lru_cache(maxsize=8192)   # attribution normalises the lemma of every verb, for every tie
@lru_cache(maxsize=8192)   # a pure function of the string, asked for every token of a sentence by the cue finders
def norm_key(text: str) -> str:
    """Lower-case, one plain space, straight apostrophe: the YAML key form."""
    return _SPACES.sub(" ", text.lower().replace("’", "'")).strip()


def text_and_base(span) -> tuple[str, int]:
    """A spaCy Span (or Doc) or a plain string → (its text, its offset in the Doc)."""
    if isinstance(span, str):
        return span, 0
    start = getattr(span, "start_char", 0)
    return doc_text(span.doc)[start:getattr(span, "end_char", None)], start


@lru_cache(maxsize=32)   # (a pure function of the string: half a dozen passes ask it of the same article's text)
def lowered(text: str) -> str | None:
    """``text.lower()``, in which a plain (case-sensitive) search for lower-case words finds every place
    where a case-insensitive regex of those words matches ``text``: a cheap first look before such a regex
    (Python's engine tries every word of an IGNORECASE alternation at nearly every character). None
    for the rare text holding a letter where the two may differ: the caller then runs its regex.
    (Those letters: dotted capital I, long s and dotless i, which a case-insensitive regex matches with
    i, s and i while str.lower() keeps or expands them; without İ, the lower-case text keeps every offset.)"""
    if "İ" in text or "ſ" in text or "ı" in text:
        return None
    return text.lower()


_DOC_TEXTS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def doc_text(doc) -> str:
    """Doc.text, joined once per Doc: spaCy rebuilds it from the tokens on every access,
    and the recognisers slice it for every sentence and every tie."""
    if isinstance(doc, DocView):
        return doc.text   # already a plain string there
    text = _DOC_TEXTS.get(doc)
    if text is None:
        text = _DOC_TEXTS[doc] = doc.text
    return text
