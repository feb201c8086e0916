"""Web leftovers: credit lines, teasers, prompts, tags, bylines, widgets, inline markup.

Whole lines are matched against ``data/boilerplate.yaml``; a few cases need
context and are coded here: an image caption is the short line just before a
credit line, a "Fil d'info" widget swallows the short items that follow it,
and "<Site> | <headline>" alone on a line is a teaser when it is not a table.
"""
from __future__ import annotations

import re

from .lines import ALNUM, Line, count_words
from .patterns import line_rules

INLINE_CREDIT = re.compile(r" ?[(\[](?:photo|crédit|credit|©|illustration|image)s?\b[^()\[\]\n]{0,120}[)\]]",
                           re.I)
IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
LINK = re.compile(r"\[([^\]\n]+)\]\((?:[^)\n]*)\)")
HTML_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>\n]{0,200})?/?>")
EMPHASIS = re.compile(r"\*\*|__|(?<![\w*])\*(?=[^\s*])|(?<=[^\s*])\*(?![\w*])")
SITE_TEASER = re.compile(r"([^|]{2,50}?) \| ([^|]{10,250})")
WIDGET_ITEM = re.compile(r"\d{1,2}\s*[h:]\s*\d{2}\b")
END_PUNCT = ".!?…:;"
INLINE_TRIGGER = re.compile(r"[(\[<*_]")


def mark_web_leftovers(text: str, lines: list[Line]) -> None:
    rules = line_rules()
    swallow: str | None = None     # "widget" or "teaser": the header's items follow
    left = 0                       # how many more items it may take
    for ln in lines:
        if ln.kind == "rule":
            continue
        if ln.kind == "blank":
            if swallow == "widget":
                swallow = None
            continue
        content = text[ln.cs:ln.ce].strip()
        words = count_words(content)
        reason = None
        if ln.kind != "table":
            reason = next((r.reason for r in rules if r.matches(content, words)), None)
            if reason is None and _is_site_teaser(content):
                reason = "teaser"
        if reason is None and swallow and left > 0 and ln.kind != "table" and _is_item(content, words):
            reason, left = swallow, left - 1
        else:
            swallow = None
        if reason in ("widget", "teaser") and (reason == "widget" or _is_label(content, words)):
            swallow, left = reason, (10 if reason == "widget" else 3)
        ln.reason = reason
    _mark_captions(text, lines)
    for ln in lines:
        if ln.kept and ln.kind != "table":
            _inline_cuts(text, ln)


def _is_label(content: str, words: int) -> bool:
    """A teaser label alone ("Lire aussi", "Sur le même sujet :"): headlines follow."""
    return words <= 4 and not content.rstrip(" :").endswith(("?", "."))


def _is_item(content: str, words: int) -> bool:
    """A headline-like line in a widget or teaser list."""
    return bool(WIDGET_ITEM.match(content)) or (words <= 20 and content[-1:] not in ".;,")


def _is_site_teaser(content: str) -> bool:
    m = SITE_TEASER.fullmatch(content)
    return bool(m) and count_words(m.group(1)) <= 5 and not content.endswith(".")


def _mark_captions(text: str, lines: list[Line]) -> None:
    """The short line just before a credit line is the photo's caption."""
    first_kept = next((i for i, ln in enumerate(lines) if ln.kept), None)
    for i, ln in enumerate(lines):
        if ln.reason != "credit_line" or i == 0:
            continue
        prev = lines[i - 1]
        content = text[prev.cs:prev.ce].strip()
        if (prev.kept and prev.kind == "paragraph" and i - 1 != first_kept
                and count_words(content) <= 8 and content[-1:] not in END_PUNCT):
            prev.reason = "photo_caption"


def _inline_cuts(text: str, ln: Line) -> None:
    """Inline credits, images, link targets, HTML tags and emphasis markers."""
    s, e = ln.cs, ln.ce
    if not INLINE_TRIGGER.search(text, s, e):
        return                   # most lines: none of ( [ < * _ — skip five regex scans
    cuts: list[tuple[int, int, str, str]] = []
    for m in INLINE_CREDIT.finditer(text, s, e):
        cuts.append((m.start(), m.end(), "credit_line", ""))
    for m in IMAGE.finditer(text, s, e):
        cuts.append((m.start(), m.end(), "image", ""))
    for m in LINK.finditer(text, s, e):
        if text[m.start() - 1: m.start()] == "!":
            continue
        cuts.append((m.start(), m.start() + 1, "markup", ""))
        cuts.append((m.end(1), m.end(), "markup", ""))
    for m in HTML_TAG.finditer(text, s, e):
        cuts.append((m.start(), m.end(), "markup", " "))
    for m in EMPHASIS.finditer(text, s, e):
        cuts.append((m.start(), m.end(), "markup", ""))
    ln.cuts = _disjoint(ln.cuts + cuts)


def _disjoint(cuts):
    """Sorted cuts without overlaps (the earlier, longer one wins)."""
    out: list[tuple[int, int, str, str]] = []
    for cut in sorted(cuts, key=lambda c: (c[0], -c[1])):
        if out and cut[0] < out[-1][1]:
            continue
        out.append(cut)
    return out


def has_alnum(text: str) -> bool:
    return bool(ALNUM.search(text))

