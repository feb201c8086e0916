"""Character-level normalisation, with an offset map back to the input.

What changes (counted in ``CleanArticle.meta["normalised"]``, not listed as
removals because no word is lost):
- CRLF / CR / U+2028 / U+2029 → "\\n"; tabs, NBSP (U+00A0), narrow NBSP
  (U+202F) and the other Unicode spaces → " "; runs of spaces → one space;
  spaces at line ends are dropped.
- Typographic apostrophes ’ ‘ ʼ → ' : spaCy's French tokenizer splits
  elisions the same way with both, and on the 48 dev passages NER found
  273/466 gold names with ' vs 272 with ’; extractor patterns need only one form.
- Ligatures ﬁ ﬂ ﬀ ﬃ ﬄ ﬅ ﬆ → their letters (œ and æ are French letters: kept).
- Invisible characters (soft hyphen, zero-width spaces/joiners, BOM, C0
  controls) → removed.
- Dashes used as brackets inside a sentence ("X – PDG de Y – a dit",
  "X —PDG de Y— a dit") → commas ("X, PDG de Y, a dit"), so the parser sees
  the usual apposition. Only in lines of 12 words or more: in headings such
  as "DAZN – beIN" the dash means something else.
Double quotes (« » “ ”) are kept: they are unambiguous.
"""
from __future__ import annotations

import re
from collections import Counter

from .textmap import OffsetMap, apply_edits, regex_edits

SPACES = "\t\u00a0\u202f\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u205f\u3000\x0b\x0c"
LIGATURES = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
             "\ufb05": "st", "\ufb06": "st"}
APOSTROPHES = "\u2019\u2018\u02bc"
INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff\x00-\x08\x0e-\x1f\x7f"

# Same-length replacements are plain str.replace calls (offsets unchanged, fast);
# only the edits that change the length need a regex and an offset map.
CHARS = re.compile(
    r"(?P<eol> *(?:\r\n|\r|\u2028|\u2029) *| +\n *|\n +)"      # line ends, spaces around them
    r"|(?P<edge>\A +| +\Z)"                                      # text edges
    r"|(?P<space> {2,})"                                          # runs of spaces
    r"|(?P<lig>[" + "".join(LIGATURES) + r"])"
    r"|(?P<inv>[" + INVISIBLE + r"]+)")
RARE_CHARS = re.compile(r"[\r\u2028\u2029" + "".join(LIGATURES) + INVISIBLE + r"]")

# A pair of dashes around 2–150 characters without sentence punctuation or dashes.
DASH_PAIR = re.compile(r"(?<=[\w\)»\"%])(?P<open> ?[–—] ?)(?P<inner>[^–—\n.!?;]{2,150}?)"
                       r"(?P<close> ?[–—])(?P<after>[ ,.;:!?)]|$)", re.M)
_WORD = re.compile(r"\S+")


def _char_repl(counts: Counter):
    def repl(m: re.Match) -> str:
        kind = m.lastgroup
        if kind == "eol":
            counts["line_ends" if "\n" not in m.group(0) or "\r" in m.group(0) else "spaces"] += 1
            return "\n"
        if kind in ("edge", "space"):
            counts["spaces"] += 1
            return "" if kind == "edge" else " "
        if kind == "lig":
            counts["ligatures"] += 1
            return LIGATURES[m.group(0)]
        counts["invisible"] += 1
        return ""
    return repl


def _needs_edits(t: str) -> bool:
    """Cheap substring checks first: most texts need no length-changing edit."""
    return ("  " in t or " \n" in t or "\n " in t or t[:1] == " " or t[-1:] == " "
            or bool(RARE_CHARS.search(t)))


def _dash_edits(text: str, counts: Counter) -> list[tuple[int, int, str]]:
    edits = []
    for m in DASH_PAIR.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        line = text[line_start: line_end if line_end >= 0 else len(text)]
        inner = m.group("inner")
        if len(_WORD.findall(line)) < 12 or inner.strip().isdigit() or not inner.strip():
            continue
        # "DS – créée en 2014 – après" → "DS, créée en 2014, après"
        edits.append((m.start("open"), m.end("open"), ", "))
        close = "" if m.group("after") and m.group("after") in ",.;:!?)" else ","
        edits.append((m.start("close"), m.end("close"), close))
        counts["bracket_dashes"] += 1
    return edits


def normalise(text: str) -> tuple[str, OffsetMap, dict[str, int]]:
    """Normalised text, its map back to ``text``, and counts of what changed."""
    counts: Counter = Counter()
    flat = text
    for name, chars, repl in (("nbsp", "\u00a0\u202f", " "), ("spaces", SPACES[0] + SPACES[3:], " "),
                              ("apostrophes", APOSTROPHES, "'")):
        for c in chars:
            if c in flat:        # same-length replacements: offsets do not move
                counts[name] += flat.count(c)
                flat = flat.replace(c, repl)
    edits = regex_edits(flat, CHARS, _char_repl(counts)) if _needs_edits(flat) else []
    out, cmap = apply_edits(flat, edits)
    edits = _dash_edits(out, counts)
    if edits:
        out, cmap = apply_edits(out, edits, parent=cmap)
    return out, cmap, dict(counts)
