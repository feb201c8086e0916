"""``clean_article``: Article → CleanArticle, or Skipped ("empty" when nothing is
left, "too_short" when fewer than MIN_WORDS words are).

Passes, in order (each in its own module):
  typography   characters normalised, with a map back to the input offsets
  lines        lines and their Markdown markup; pipe tables found
  boilerplate  web leftovers marked (credits, teasers, prompts, tags, bylines…)
  assistant    AI-assistant sentences at the start and end marked
  structure    units built, repeated title dropped (or first line taken as
               title), dateline cut
  emit         text and blocks written; lead-ins split off as headings
  lang         language detected on the result
Every span removed is reported in ``CleanArticle.removed`` with offsets into
``article.text`` (the text the cleaner received). Markup glyphs ("## ", "- ",
table pipes, "**") and whitespace/typography changes remove no word: they are
counted in ``meta["normalised"]`` instead.
"""
from __future__ import annotations

import re

from ..records import Article, CleanArticle, Removed, Skipped
from .assistant import REASON as AI_REASON
from .assistant import mark_assistant_leftovers
from .boilerplate import has_alnum, mark_web_leftovers
from .emit import Emitter
from .lang import detect_language
from .lines import Line, split_lines
from .structure import build_units, cut_dateline, resolve_title
from .textmap import OffsetMap
from .typography import normalise

MIN_WORDS = 3                      # fewer alphabetic words → Skipped(..., "too_short", ...)
WORDS = re.compile(r"[^\W\d_]+")


def clean_article(article: Article) -> CleanArticle | Skipped:
    """Clean one article; ``Skipped(path, "empty", …)`` when no text is left."""
    source = article.text or ""
    if not source.strip() and article.raw_html:
        from ..read.html import extract_html

        source = extract_html(article.raw_html).text
    norm, cmap, counts = normalise(source)
    lines = split_lines(norm)
    mark_web_leftovers(norm, lines)
    ai = mark_assistant_leftovers(norm, lines)
    units = build_units(norm, lines)
    meta_title = " ".join(normalise(article.title)[0].split()) if article.title else None
    title = resolve_title(norm, units, meta_title or None)
    cut_dateline(norm, units)

    out = Emitter(norm)
    for unit in units:
        if unit.reason is None:
            out.add(unit)
    text = out.text()
    removed = _removed(source, norm, cmap, lines, units, counts)
    if not text.strip():
        reasons = sorted({r.reason for r in removed})
        detail = f" (removed: {', '.join(reasons)})" if reasons else ""
        return Skipped(article.path, "empty", f"no text left after cleaning{detail}", article.id)

    words = len(WORDS.findall(text))
    if words < MIN_WORDS:
        # No tie can be stated in fewer words; spares the parser thousands of stubs.
        return Skipped(article.path, "too_short",
                       f"only {words} word{'s' if words != 1 else ''} of text after cleaning", article.id)

    flags = list(dict.fromkeys(article.meta.get("flags", [])))
    if ai and AI_REASON not in flags:
        flags.append(AI_REASON)
    meta = {k: v for k, v in article.meta.items() if k != "flags"}
    if counts:
        meta["normalised"] = counts
    return CleanArticle(
        id=article.id, text=text, path=article.path, title=title, url=article.url,
        date=article.date, source=article.source, lang=detect_language(text), flags=flags,
        removed=removed, blocks=out.blocks, meta=meta)


def _removed(source: str, norm: str, cmap: OffsetMap, lines: list[Line], units,
             counts: dict) -> list[Removed]:
    spans: list[tuple[int, int, str]] = []
    for ln in lines:
        if ln.reason:
            spans.append((ln.start, ln.end, ln.reason))
    for u in units:
        if u.reason:
            spans.extend((ln.start, ln.end, u.reason) for ln in u.lines)
        else:
            spans.extend((s, e, r) for s, e, r, _ in u.cuts)
    out: list[Removed] = []
    reach = -1
    for s, e, reason in sorted(spans, key=lambda x: (x[0], -x[1])):
        if e <= reach:
            continue             # inside a span already reported (a label inside a sentence cut)
        reach = e
        if reason == "markup" and not has_alnum(norm[s:e]):
            counts["markup"] = counts.get("markup", 0) + 1
            continue
        a, b = cmap.start(s), cmap.end(e)
        out.append(Removed(a, b, source[a:b], reason))
    return out
