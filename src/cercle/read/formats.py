"""Decoded file content → Article records, one function per input format.

Each parser returns a list of ``Article | Skipped`` for one file (JSON lines are
streamed by ``sources.py`` and go through ``record_to_article`` line by line).
"""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from ..errors import ReadError
from ..records import Article, Skipped
from .html import extract_html

TEXT_FIELDS = ("text", "content", "body")          # first one present wins
KNOWN_FIELDS = {"id", "title", "url", "date", "source", *TEXT_FIELDS}
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)


def looks_like_url(value: str) -> bool:
    return bool(re.match(r"(?:https?://|www\.)\S+$", value.strip(), re.I))


def host_of(url: str) -> str | None:
    host = urlparse(url if "://" in url else "http://" + url).hostname
    if host and host.startswith("www."):
        host = host[4:]
    return host or None


def record_to_article(obj: Any, path: str, default_id: str, flags: list[str]) -> Article:
    """One JSON object → Article; raises ReadError(no_text_field)."""
    if not isinstance(obj, dict):
        raise ReadError(f"expected a JSON object with a \"text\" field, got {type(obj).__name__}",
                        reason="no_text_field")
    text = next((obj[k] for k in TEXT_FIELDS if isinstance(obj.get(k), str)), None)
    if text is None:
        keys = ", ".join(sorted(map(str, obj))[:8]) or "none"
        raise ReadError(f"no \"text\" string field (fields: {keys})", reason="no_text_field")
    ident = obj.get("id")
    art = Article(id=str(ident) if ident not in (None, "") else default_id, text=text, path=path)
    for name in ("title", "date", "url", "source"):
        value = obj.get(name)
        if hasattr(value, "isoformat"):          # YAML front matter gives dates as date objects
            value = value.isoformat()
        if isinstance(value, (str, int, float)) and str(value).strip():
            setattr(art, name, str(value).strip())
    # The gold corpus puts the page URL in "source": a URL is a url, its host the source.
    if art.source and looks_like_url(art.source):
        art.url = art.url or art.source
        art.source = host_of(art.source)
    elif art.url and not art.source:
        art.source = host_of(art.url)
    # Keep small scalar extras (author, lang…); drop big nested values (gold annotations).
    art.meta = {k: v for k, v in obj.items()
                if k not in KNOWN_FIELDS and isinstance(v, (str, int, float, bool))}
    if flags:
        art.meta["flags"] = list(flags)
    return art


def parse_json(text: str, path: Path, flags: list[str]) -> list[Article | Skipped]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ReadError(f"malformed JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}",
                        reason="bad_json") from exc
    if isinstance(data, dict):
        return [record_to_article(data, str(path), path.stem, flags)]
    if not isinstance(data, list):
        raise ReadError("JSON must be an article object or a list of them", reason="no_text_field")
    out: list[Article | Skipped] = []
    for n, obj in enumerate(data, 1):
        try:
            out.append(record_to_article(obj, str(path), f"{path.stem}-{n}", flags))
        except ReadError as exc:
            ident = obj.get("id") if isinstance(obj, dict) else None
            out.append(Skipped(str(path), exc.reason, f"item {n}: {exc}",
                               str(ident) if ident is not None else f"{path.stem}-{n}"))
    if not out:
        raise ReadError("empty JSON list", reason="empty")
    return out


def parse_jsonl_line(line: str, lineno: int, ordinal: int, path: Path) -> Article:
    """One line of a JSON-lines file; ``ordinal`` numbers the articles (for ids)."""
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise ReadError(f"malformed JSON on line {lineno}: {exc.msg} (column {exc.colno})",
                        reason="bad_json") from exc
    try:
        return record_to_article(obj, str(path), f"{path.stem}-{ordinal}", [])
    except ReadError as exc:
        raise ReadError(f"line {lineno}: {exc}", reason=exc.reason) from exc


def parse_markdown(text: str, path: Path, flags: list[str]) -> list[Article | Skipped]:
    """Markdown with optional YAML front matter (title/date/url/source/id)."""
    meta: dict[str, Any] = {}
    m = _FRONT_MATTER.match(text)
    if m:
        import yaml

        try:
            loaded = yaml.safe_load(m.group(1))
        except yaml.YAMLError:
            loaded = None
        if isinstance(loaded, dict):
            meta = loaded
            text = text[m.end():]
    meta = {**meta, "text": text}
    meta.setdefault("id", path.stem)
    return [record_to_article(meta, str(path), path.stem, flags)]


def parse_text(text: str, path: Path, flags: list[str]) -> list[Article | Skipped]:
    art = Article(id=path.stem, text=text, path=str(path))
    if flags:
        art.meta["flags"] = list(flags)
    return [art]


def parse_html(text: str, path: Path, flags: list[str]) -> list[Article | Skipped]:
    page = extract_html(text)
    if not page.text.strip():
        raise ReadError("the page has no main text (only scripts, styles or navigation?)",
                        reason="empty")
    art = Article(id=path.stem, text=page.text, path=str(path), title=page.title,
                  date=page.date, url=page.url, raw_html=text)
    art.source = page.meta.get("sitename") or (host_of(page.url) if page.url else None)
    art.meta = dict(page.meta)
    if flags:
        art.meta["flags"] = list(flags)
    return [art]


PARSERS = {".json": parse_json, ".md": parse_markdown, ".markdown": parse_markdown,
           ".txt": parse_text, ".html": parse_html, ".htm": parse_html}
