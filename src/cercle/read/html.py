"""HTML page → main text (Markdown-like) and metadata, with trafilatura.

trafilatura finds the article body and its metadata (title, date, author,
site name). We ask it for formatted output so headings (``#``), lists (``-``)
and tables (``| a | b |``) survive: the cleaner turns them into blocks.
Navigation, forms and scripts are pruned before extraction so that they never
reach the text even on small pages, where trafilatura keeps more (recall mode).
"""
from __future__ import annotations

from dataclasses import dataclass, field

# Never article text, whatever the page layout.
PRUNE_XPATH = ["//nav", "//*[@role='navigation']", "//form", "//script", "//style",
               "//noscript", "//template", "//svg", "//iframe", "//button", "//select"]
# Dropped too in the fallback below, where no scoring decides what is the body.
FALLBACK_DROP = ("script", "style", "noscript", "template", "svg", "iframe", "nav", "header",
                 "footer", "aside", "form", "button", "select")
BLOCK_TAGS = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "br", "section",
              "article", "blockquote", "pre", "td", "th", "dd", "dt", "figcaption"}


@dataclass
class HtmlText:
    text: str
    title: str | None = None
    date: str | None = None
    url: str | None = None
    meta: dict[str, str] = field(default_factory=dict)


def extract_html(html: str) -> HtmlText:
    """The main text of a page and its metadata; text is "" when the page has none."""
    import trafilatura  # lazy: importing trafilatura costs ~0.3 s

    try:
        doc = trafilatura.bare_extraction(
            html, with_metadata=True, include_tables=True, include_formatting=True,
            include_comments=False, include_images=False, favor_recall=True,
            prune_xpath=PRUNE_XPATH)
    except Exception:  # trafilatura raises assorted lxml/parser errors on broken pages
        doc = None
    text = (doc.text or "") if doc is not None else ""
    if not text.strip():
        text = _fallback_text(html)
    if doc is None:
        try:
            doc = trafilatura.extract_metadata(html)
        except Exception:
            doc = None
    out = HtmlText(text=text)
    if doc is not None:
        out.title = doc.title or None
        out.date = doc.date or None
        out.url = doc.url or None
        for key in ("author", "sitename", "hostname", "description"):
            value = getattr(doc, key, None)
            if value:
                out.meta[key] = str(value)
    return out


def _fallback_text(html: str) -> str:
    """Text of the remaining block elements when trafilatura finds no body."""
    import lxml.html
    from lxml.etree import ParserError

    try:
        root = lxml.html.document_fromstring(html)
    except (ParserError, ValueError):
        return ""
    for el in list(root.iter(*FALLBACK_DROP, "head", "title")):
        if el.getparent() is not None:
            el.drop_tree()
    lines: list[str] = []
    current: list[str] = []

    def flush() -> None:
        line = " ".join("".join(current).split())
        if line:
            lines.append(line)
        current.clear()

    for event, el in _walk(root):
        if isinstance(el, str):
            current.append(el)
        elif el.tag in BLOCK_TAGS:
            flush()
    flush()
    return "\n\n".join(lines)


def _walk(el):
    """Yield text pieces and block boundaries in document order."""
    if not isinstance(el.tag, str):  # comments, processing instructions
        if el.tail:
            yield "text", el.tail
        return
    yield "start", el
    if el.text:
        yield "text", el.text
    for child in el:
        yield from _walk(child)
    yield "end", el
    if el.tail:
        yield "text", el.tail
