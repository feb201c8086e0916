"""Money amounts and stake percentages in French press text.

spaCy's French model has no MONEY entity, and price-parser / quantulum3 read
neither French scale words ("1,5 milliard") nor glued forms ("43 M$"), so this
is a compiled regex over the sentence text, built once at import from the
lexicons in data/attributes.yaml. Offsets are relative to the Doc.

Decisions:
- ``Amount.text`` is the text as written, hedge and rate included
  ("plus de 900 millions d'euros", "250 M€ par saison"), as the gold does;
  ``value`` ignores both.
- A number with a scale word and no currency ("8,5 milliards") is an amount;
  its currency is the nearest other amount's in the same sentence, else
  ``default_currency``. "10 millions d'actions" or "2 000 salariés" are not.
- Shares are percentages ("72,5 %", "20 pour cent") and stake fractions
  ("un tiers du capital"); a percentage after a change word ("en hausse de 5 %")
  is not a stake.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..records import Amount
from .lexicon import alternation, lexicon, norm_key, text_and_base

_LEX = lexicon()
_CURRENCIES = {norm_key(k): v for k, v in _LEX["currencies"].items()}
_SCALES = {k.lower(): float(v) for k, v in _LEX["scales"].items()}
_NUMBER_WORDS = {norm_key(k): float(v) for k, v in _LEX["number_words"].items()}

_SP = r"[\s\u00a0\u202f]"
NUM = rf"(?<![\w.,])(?:\d{{1,3}}(?:[\u00a0\u202f .]\d{{3}})+(?:,\d+)?|\d+(?:[.,]\d+)?)(?![\d])"
_WORDNUM = alternation(_NUMBER_WORDS)
_SCALE_WORD = r"(?:milliards?|millions?|billions?|mille)(?!\w)"
_ABBR = r"(?:mds?|mrds?|md|mn|mio|m|k)\.?"
_SYMBOLS = ["€", "$", "£", "¥", "us$", "eur", "usd", "gbp", "chf", "jpy", "cny"]
_SYM = alternation(_SYMBOLS)
_CUR = alternation(_CURRENCIES)
_HEDGE = alternation(_LEX["amount_hedges"])
_SUFFIX = alternation(_LEX["amount_suffixes"])
_DE = r"(?:de|d['’])"


def _first_chars(alternation_re: str) -> str:
    """The characters of an alternation's first-character lookahead (lexicon._first_char_guard)."""
    return alternation_re[len("(?=["):alternation_re.index("])")]


# A match starts with a hedge, a currency symbol, a figure or a number word: one lookahead for the four
# (each keeps its own): the engine tries the whole pattern at every text position, and this rejects most
# of them with one test (~15 % faster on the press's sentences; the same matches)
_AMOUNT_START = "(?=[" + _first_chars(_HEDGE) + _first_chars(_SYM) + _first_chars(_WORDNUM) + r"\d])"
AMOUNT_RE = re.compile(
    _AMOUNT_START + rf"(?:(?P<hedge>{_HEDGE}){_SP}+)?"
    rf"(?:(?P<pre>{_SYM}){_SP}?(?P<n1>{NUM})(?:{_SP}*(?P<s1>{_SCALE_WORD}|{_ABBR}(?!\w)))?"
    rf"|(?:(?P<n2>{NUM})|(?<!\w)(?P<w2>{_WORDNUM})){_SP}*(?:"
    rf"(?P<s2>{_ABBR}){_SP}?(?P<c2>{_SYM})"
    rf"|(?P<s3>{_SCALE_WORD})(?P<demi>{_SP}+et{_SP}+demie?)?(?:{_SP}*(?:{_DE}{_SP}*)?(?P<c3>{_CUR}))?"
    rf"|(?P<c4>{_CUR})))"
    rf"(?P<suffix>{_SP}+{_SUFFIX})?",
    re.IGNORECASE,
)
# After a bare "N millions": "de"/"d'" + a word that is not a currency → a count.
_COUNT_AFTER = re.compile(rf"{_SP}*(?:{_DE}|des){_SP}*\w", re.IGNORECASE)

_PCT = r"(?:%|pour[\s\u00a0-]?cents?(?!\w)|p\.\s?100)"
SHARE_RE = re.compile(rf"(?P<n>{NUM}){_SP}?{_PCT}", re.IGNORECASE)
_CHANGE_BEFORE = re.compile(
    rf"(?:(?:{alternation(_LEX['share_change_words'])}){_SP}+(?:de{_SP}+|d['’]|à{_SP}+)?(?:\w+{_SP}+)?|[+\-−±]{_SP}?)$",
    re.IGNORECASE,
)
_FRACTIONS = {norm_key(k): float(v) for k, v in _LEX["fractions"].items()}
FRACTION_RE = re.compile(
    rf"(?<!\w)(?P<f>{alternation(_FRACTIONS)}){_SP}+(?:du|des|de{_SP}+la|de{_SP}+son|de{_SP}+ses|de{_SP}+leur|{_DE}){_SP}*"
    rf"{alternation(_LEX['share_nouns'])}",
    re.IGNORECASE,
)
_SAFE_WORD_CURRENCIES = {"EUR", "USD"}  # "un euro symbolique" yes; "une livre" is a book


def parse_number(text: str) -> float:
    """'12,4' → 12.4; '100 000' and '100.000' → 100000; '1.5' → 1.5."""
    t = re.sub(r"[\s\u00a0\u202f]", "", text)
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", t):
        t = t.replace(".", "")
    return float(t.replace(",", "."))


def _scale(word: str | None) -> float:
    if not word:
        return 1.0
    return _SCALES.get(word.lower().rstrip("."), 1.0)


# A first look before AMOUNT_RE: every amount it reads holds a figure (NUM), or a number word followed by a
# currency or a scale (its branch for written numbers, "un euro symbolique", "deux millions d'euros", here
# without the optional tails). A text with neither holds no amount, and most sentences have no figure.
# (Keep it in step with AMOUNT_RE: a form of amount without a figure must be found by _WORD_AMOUNT too.)
_DIGIT = re.compile(r"\d")
_WORD_AMOUNT = re.compile(rf"(?<!\w)(?:{_WORDNUM}){_SP}*(?:{_ABBR}{_SP}?{_SYM}|{_SCALE_WORD}|{_CUR})", re.IGNORECASE)


@lru_cache(maxsize=16)
def amount_matches(text: str) -> tuple[re.Match, ...]:
    """AMOUNT_RE's matches in a sentence's text, found once: find_dates needs them too."""
    if _DIGIT.search(text) is None and _WORD_AMOUNT.search(text) is None:
        return ()
    return tuple(AMOUNT_RE.finditer(text))


def find_amounts(span, default_currency: str | None = None) -> list[tuple[int, int, Amount]]:
    """Money amounts in a sentence: (start, end, Amount) with Doc offsets, in text order."""
    text, base = text_and_base(span)
    found: list[tuple[int, int, Amount]] = []
    pending: list[int] = []  # indexes of amounts whose currency comes from context
    for m in amount_matches(text):
        g = m.groupdict()
        if g["n1"] is not None:  # "€ 2,5 milliards"
            value = parse_number(g["n1"]) * _scale(g["s1"])
            currency = _CURRENCIES.get(norm_key(g["pre"]))
        else:
            number = parse_number(g["n2"]) if g["n2"] else _NUMBER_WORDS[norm_key(g["w2"])]
            cur_text = g["c2"] or g["c3"] or g["c4"]
            scale_word = g["s2"] or g["s3"]
            currency = _CURRENCIES.get(norm_key(cur_text)) if cur_text else None
            if g["w2"] and not scale_word and currency not in _SAFE_WORD_CURRENCIES:
                continue
            if not cur_text:
                # a bare scale word: "8,5 milliards" is money, "3 millions d'abonnés" is not
                if scale_word.lower().startswith("mille") or _COUNT_AFTER.match(text, m.end()):
                    continue
            value = number * _scale(scale_word)
            if g["demi"]:
                value += 0.5 * _scale(scale_word)
        end = m.end()
        found.append((base + m.start(), base + end,
                      Amount(text=text[m.start():end], value=value, currency=currency)))
        if currency is None:
            pending.append(len(found) - 1)
    for i in pending:  # borrow the nearest stated currency, else the caller's default
        start = found[i][0]
        known = [(abs(s - start), a.currency) for s, _, a in found if a.currency]
        found[i][2].currency = min(known)[1] if known else default_currency
    return found


def find_shares(span) -> list[tuple[int, int, float]]:
    """Stake percentages: (start, end, percent) with Doc offsets, in text order."""
    text, base = text_and_base(span)
    out = []
    for m in SHARE_RE.finditer(text) if _DIGIT.search(text) else ():   # (its number needs a figure)
        if _CHANGE_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            continue
        out.append((base + m.start(), base + m.end(), parse_number(m.group("n"))))
    for m in FRACTION_RE.finditer(text):
        out.append((base + m.start(), base + m.start("f") + len(m.group("f")),
                    _FRACTIONS[norm_key(m.group("f"))]))
    return sorted(out)
