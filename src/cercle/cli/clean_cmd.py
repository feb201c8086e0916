"""`cercle clean`: show what the cleaner makes of articles, before any NLP."""
from __future__ import annotations

import json
import sys

import click

from .common import quiet_broken_pipe


@click.command("clean")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--json", "as_json", is_flag=True,
              help="Print JSON: id, path, lang, title, flags, text, removed spans, blocks. "
                   "Several articles → one JSON object per line.")
@click.option("--max-bytes", type=click.IntRange(min=1), default=20 * 1024 * 1024,
              show_default=True, help="Skip files larger than this (per line for JSON lines).")
def clean(paths, as_json, max_bytes):
    """Print the cleaned text of articles (files or folders), as cercle will parse it.

    The cleaner drops web leftovers (repeated title, photo credits, teasers,
    comment/share prompts, tags, bylines) and AI-assistant leftovers, turns
    tables into one row per line, and records every removal. Inputs that cannot
    be read are listed on stderr with their reason. Exit status 1 when no
    article could be cleaned.

    \b
    Example:
        cercle clean article.html
        cercle clean article.md --json
        cercle clean articles/ --json > cleaned.jsonl
    """
    from ..clean import clean_article, clean_to_dict
    from ..read import iter_articles
    from ..records import Skipped

    results = []
    many = len(paths) > 1
    cleaned = 0
    for item in iter_articles(paths, max_bytes=max_bytes):
        if not isinstance(item, Skipped):
            item = clean_article(item)
        if isinstance(item, Skipped):
            what = f"{item.path} [{item.id}]" if item.id else item.path
            click.echo(f"skipped {what}: {item.reason}: {item.message}", err=True)
            continue
        cleaned += 1
        if item.lang != "fr":
            click.echo(f"note: {item.path} [{item.id}] looks {item.lang!r}, not French: "
                       "ingest will skip it (not_french)", err=True)
        results.append(item)
        if len(results) > 1:
            many = True
        if many:               # stream once we know there is more than one article
            for r in results:
                _print(r, as_json, many, clean_to_dict)
            results.clear()
    for r in results:
        _print(r, as_json, many, clean_to_dict)
    if not cleaned:
        sys.exit(1)


def _print(item, as_json: bool, many: bool, to_dict) -> None:
    try:
        if as_json:
            click.echo(json.dumps(to_dict(item), ensure_ascii=False, indent=None if many else 2))
        else:
            if many:
                click.echo(f"==> {item.path} [{item.id}] <==")
            click.echo(item.text, nl=False)
    except BrokenPipeError:
        quiet_broken_pipe()


def register(cli) -> None:
    cli.add_command(clean)
