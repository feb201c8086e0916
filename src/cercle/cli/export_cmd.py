"""``cercle export``: the store in FollowTheMoney, GEXF, GraphML, Neo4j, CSV or JSON lines."""
from __future__ import annotations

import os
import sqlite3
import sys
import tempfile
from pathlib import Path

import click

from ..errors import CercleError
from ..model import load_model
from .common import db_option, quiet_broken_pipe


def open_store(db: str):
    """The store at ``db``; a clear error instead of silently creating an empty one."""
    if db != ":memory:" and not Path(db).is_file():
        raise click.ClickException(
            f"no cercle store at {db!r}. Build one first: cercle ingest ARTICLES/ --db {db}")
    from ..store import Store  # imported here so `cercle --help` does not pay for it

    try:
        return Store(db, create=False, readonly=True)   # an export never writes to the store
    except CercleError as exc:
        raise click.ClickException(f"cannot open the store {db!r}: {exc}") from exc


def _write_file(run, path: str) -> dict:
    """Write through a temporary file renamed at the end: a failed export never leaves half a file."""
    folder = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(prefix=".cercle-export-", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as out:
            counts = run(out)
        os.replace(tmp, path)
        return counts
    except BaseException:
        os.unlink(tmp)
        raise


def register(cli) -> None:
    from ..export import FORMATS, export, get_exporter

    @cli.command("export")
    @click.option("--format", "-f", "fmt", type=click.Choice(FORMATS), required=True,
                  help="ftm (FollowTheMoney JSON lines), gexf / graphml (Gephi), neo4j (CSV + Cypher), "
                       "csv (one row per tie), jsonl (everything).")
    @click.option("-o", "--output", "output", type=click.Path(allow_dash=True), default=None,
                  help="Output file; '-' is stdout (the default for ftm, csv, jsonl). "
                       "gexf/graphml default to cercle.gexf / cercle.graphml; neo4j needs a directory.")
    @db_option
    @click.option("--family", "families", multiple=True, type=click.Choice(sorted(load_model().families)),
                  help="Only ties of this family (repeatable).")
    @click.option("--min-sources", type=click.IntRange(min=1), default=1, show_default=True,
                  help="Only ties stated by at least N independent sources.")
    @click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.0, show_default=True,
                  help="Only ties whose confidence reaches this (calibrated: 0.8 keeps ties right about 4 times "
                       "in 5 on unseen real press; docs/confidence.md).")
    @click.option("--with-negated", is_flag=True,
                  help="Also export ties the text denies (flagged negated; left out by default).")
    def export_cmd(fmt, output, db, families, min_sources, min_confidence, with_negated):
        """Export the store to the tools you already use.

        Entities are written first, then ties, each tie with its evidence
        sentences, source URLs and the quality flags of their articles.
        With --family, --min-sources or --min-confidence, only the actors at
        the ends of a kept tie are exported. Formats and fields: docs/exports.md.

        \b
        Example:
            cercle export --format ftm > carte.ftm.json
            cercle export --format gexf -o carte.gexf --min-sources 2
            cercle export --format neo4j -o neo4j-import/
            cercle export --format csv --family capital -o liens.csv
            cercle export --format gexf -o surs.gexf --min-confidence 0.8
        """
        exporter = get_exporter(fmt)
        if exporter.target_kind == "directory":
            if output in (None, "-"):
                raise click.UsageError(f"--format {fmt} writes several files: give a directory with -o DIR")
            if Path(output).exists() and not Path(output).is_dir():
                raise click.UsageError(f"{output!r} exists and is not a directory")
        elif output is None:
            output = "-" if exporter.line_format else f"cercle{exporter.suffix}"
        if exporter.target_kind == "stream" and output != "-":
            if Path(output).is_dir():
                raise click.UsageError(f"{output!r} is a directory; --format {fmt} writes one file")
            if not Path(output).resolve().parent.is_dir():
                raise click.UsageError(f"the folder of {output!r} does not exist")
        store = open_store(db)
        options = dict(families=families, min_sources=min_sources, include_negated=with_negated,
                       min_confidence=min_confidence)
        try:
            if exporter.target_kind == "directory":
                counts = export(store, fmt, output, **options)
            elif output == "-":
                counts = export(store, fmt, sys.stdout, **options)
                sys.stdout.flush()
            else:
                counts = _write_file(lambda out: export(store, fmt, out, **options), output)
        except BrokenPipeError:
            quiet_broken_pipe()
        except (CercleError, sqlite3.Error) as exc:
            raise click.ClickException(f"export failed: {exc}") from exc
        finally:
            close = getattr(store, "close", None)
            if close:
                close()
        where = "stdout" if output == "-" else output
        click.echo(f"{counts['entities']} entities and {counts['ties']} ties written to {where} ({fmt}).",
                   err=True)
        if fmt == "neo4j":
            from ..export.neo4j import ADMIN_COMMAND

            click.echo("Load into an empty Neo4j database (server stopped), files copied to import/:\n"
                       f"  {ADMIN_COMMAND}\nor, on a running server: cypher-shell -f {output}/import.cypher",
                       err=True)
