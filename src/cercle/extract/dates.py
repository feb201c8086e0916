"""Dates and years in French press text, as ISO strings.

spaCy's French model has no DATE entity. The forms the press uses for ties
("en 2018", "le 10 février 2021", "en avril 2021", "depuis l'été 2018",
"fin 2019", "le 8 mai") are a handful of regexes compiled once; dateparser
would cost about a millisecond a call and adds nothing for these forms, so it
is not used.

What is returned (only what the text and the reference date make known):
- day, month and year → "2021-02-10"; month and year → "2021-04"; year → "2018";
- day and month without a year → the year of ``ref_date`` (the article's date),
  moved one year back when that would put the day more than six months after
  the article (news reports the past); with no ``ref_date`` → "--02-10"
  (ISO 8601 month-day), so the caller can still see that a date was given;
- "l'an dernier", "cette année"… → a year, only when ``ref_date`` is given;
- a four-digit number counted by a noun ("2000 salariés") or inside an amount
  is not a year; decades ("les années 1990") are not returned.
"""
from __future__ import annotations

import re

from .amounts import amount_matches
from .lexicon import alternation, lexicon, lowered, norm_key, text_and_base

_LEX = lexicon()
_MONTHS = {norm_key(k): int(v) for k, v in _LEX["months"].items()}
_RELATIVE = {norm_key(k): int(v) for k, v in _LEX["relative_years"].items()}
_SP = r"[\s\u00a0\u202f]"
_MONTH = alternation(_MONTHS)
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_DAYNAME = r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"

DAY_MONTH_RE = re.compile(
    rf"(?<!\w)(?P<d>1er|[12]\d|3[01]|0?[1-9]){_SP}+(?P<m>{_MONTH})\.?(?:{_SP}+(?P<y>{_YEAR})(?!\d))?",
    re.IGNORECASE,
)
NUMERIC_RE = re.compile(rf"(?<![\d/.])(?P<d>[0-3]?\d)[/.](?P<m>[01]?\d)[/.](?P<y>{_YEAR})(?![\d/])")
MONTH_YEAR_RE = re.compile(rf"(?<!\w)(?P<m>{_MONTH})\.?{_SP}+(?P<y>{_YEAR})(?!\d)", re.IGNORECASE)
YEAR_RE = re.compile(rf"(?<![\w.,/])(?<!\d{_SP})(?P<y>{_YEAR})(?![\w/]|[.,]\d|{_SP}\d{{3}})")
RELATIVE_RE = re.compile(alternation(_RELATIVE), re.IGNORECASE)
# cheap first look: most sentences hold no year, month or relative year at all
_ANY_DATE_RE = re.compile(rf"{_YEAR}|{_MONTH}|\b(?:an|année)\b", re.IGNORECASE)
# ... taken in a cheaper way: a year, or in the lower-case text a month name or "an"/"année" (True
# whenever the regex finds something; ~2x faster on the press's sentences). The month names are
# grouped under their shortest beginning ("déc(?:embre|)(?!\w)"): each branch starts with a plain
# word, which Python's engine looks for much faster than an IGNORECASE alternation.
_YEAR_ANY_RE = re.compile(_YEAR)
_FIGURE = re.compile(r"\d")
_NUMERIC_HINT = re.compile(r"\d[/.][01]?\d[/.]")   # (what every NUMERIC_RE match holds)


def _month_stems_re() -> re.Pattern:
    firsts = {re.split(r"[ '’]", k)[0] for k in _MONTHS}   # (a name's first word, if it had several)
    parts = []
    for stem in sorted(f for f in firsts if not any(o != f and f.startswith(o) for o in firsts)):
        keys = [k for k in _MONTHS if k.startswith(stem)]
        if any(re.search(r"[ '’]", k) for k in keys):
            parts.append(re.escape(stem))   # (several words: the first alone, unbounded)
        else:
            ends = sorted((k[len(stem):] for k in keys), key=len, reverse=True)
            rest = "(?:" + "|".join(map(re.escape, ends)) + ")" if ends != [""] else ""
            parts.append(re.escape(stem) + rest + r"(?!\w)")
    return re.compile("|".join(parts))


_MONTH_STEM_RE = _month_stems_re()
# ("\b(?:an|année)\b" as a pattern that opens on the plain "an", which the engine looks for fast; the
# lookbehind then asks that no word character comes before it: the same places, ~3x faster)
_YEAR_WORD_RE = re.compile(r"an(?<!\w..)(?:née)?(?!\w)")
_DECADE_BEFORE = re.compile(rf"années{_SP}+$", re.IGNORECASE)
# nouns that may carry a year as a number modifier ("l'exercice 2019")
_TIME_NOUNS = {"année", "an", "exercice", "saison", "été", "hiver", "printemps", "automne",
               "fin", "début", "mi", "semestre", "trimestre", "élection", "présidentielle",
               "édition", "cru", "promotion", "mois", "campagne", "budget"} | set(_MONTHS)


def _may_hold_date(text: str) -> bool:
    """Whether _ANY_DATE_RE finds something in ``text`` (every date the finders read holds a year, a
    month or "an"/"année"), or may: a few texts more pass."""
    if _YEAR_ANY_RE.search(text):
        return True
    low = lowered(text)
    if low is None:
        return _ANY_DATE_RE.search(text) is not None
    return _MONTH_STEM_RE.search(low) is not None or _YEAR_WORD_RE.search(low) is not None


def _day_month(day: int, month: int, ref_date: str | None) -> str:
    if not ref_date or not re.match(r"\d{4}", ref_date):
        return f"--{month:02d}-{day:02d}"
    year = int(ref_date[:4])
    ref_month = int(ref_date[5:7]) if re.match(r"\d{4}-\d\d", ref_date) else None
    if ref_month and month - ref_month > 6:
        year -= 1
    return f"{year:04d}-{month:02d}-{day:02d}"


def _is_counted(span, start: int) -> bool:
    """True when the number at Doc offset ``start`` counts a noun ("2000 salariés")."""
    if isinstance(span, str):
        return False
    doc = span.doc
    tok = doc.char_span(start, start + 4, alignment_mode="expand")
    if tok is None or len(tok) != 1:
        return False
    tok = tok[0]
    head = tok.head
    return (tok.dep_ == "nummod" and head.i > tok.i and head.pos_ in ("NOUN", "PROPN")
            and head.lemma_.lower() not in _TIME_NOUNS and head.text.lower() not in _TIME_NOUNS)


def find_dates(span, ref_date: str | None = None) -> list[tuple[int, int, str]]:
    """Dates in a sentence: (start, end, ISO string) with Doc offsets, in text order."""
    text, base = text_and_base(span)
    if not _may_hold_date(text):
        return []
    taken: list[tuple[int, int]] = [m.span() for m in amount_matches(text)]
    out: list[tuple[int, int, str]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    def add(a: int, b: int, value: str) -> None:
        taken.append((a, b))
        out.append((base + a, base + b, value))

    # (the four regexes below need a figure, and two of them a month's name, whose stems the lower-case text
    # holds as _may_hold_date reads them: most texts it lets through hold only a year, or only "an")
    figures = _FIGURE.search(text) is not None
    low = lowered(text) if figures else None
    months = figures and (low is None or _MONTH_STEM_RE.search(low) is not None)
    # (a numeric date holds "d/m/" or "d.m.": a plain search for it, which the engine scans for at once, before
    # NUMERIC_RE, which it tries at every position; most texts with a figure have none)
    for m in NUMERIC_RE.finditer(text) if figures and _NUMERIC_HINT.search(text) else ():
        d, mo = int(m["d"]), int(m["m"])
        if 1 <= d <= 31 and 1 <= mo <= 12 and free(*m.span()):
            add(*m.span(), f"{m['y']}-{mo:02d}-{d:02d}")
    for m in DAY_MONTH_RE.finditer(text) if months else ():
        # IGNORECASE also matches odd letters ("ſeptembre" with a long s) that folding
        # does not map back to a month: such a match is no date.
        month = _MONTHS.get(norm_key(m["m"]))
        if month is None or not free(*m.span()):
            continue
        day = 1 if m["d"].lower() == "1er" else int(m["d"])
        if m["y"]:
            add(*m.span(), f"{m['y']}-{month:02d}-{day:02d}")
        else:
            add(*m.span(), _day_month(day, month, ref_date))
    for m in MONTH_YEAR_RE.finditer(text) if months else ():
        month = _MONTHS.get(norm_key(m["m"]))
        if month is not None and free(*m.span()):
            add(*m.span(), f"{m['y']}-{month:02d}")
    for m in YEAR_RE.finditer(text) if figures else ():
        if not free(*m.span()) or _DECADE_BEFORE.search(text, 0, m.start()):
            continue
        if _is_counted(span, base + m.start()):
            continue
        add(*m.span(), m["y"])
    if ref_date and re.match(r"\d{4}", ref_date):
        for m in RELATIVE_RE.finditer(text):
            if free(*m.span()):
                add(*m.span(), str(int(ref_date[:4]) + _RELATIVE[norm_key(m.group())]))
    return sorted(out)
