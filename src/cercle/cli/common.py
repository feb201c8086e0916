"""Options and helpers shared by the command modules."""
from __future__ import annotations

import json
import sys

import click

db_option = click.option("--db", default="cercle.db", show_default=True, envvar="CERCLE_DB",
                         type=click.Path(dir_okay=False), help="SQLite store.")
json_option = click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")


def echo_json(obj) -> None:
    try:
        click.echo(json.dumps(obj, ensure_ascii=False, indent=2, default=str))
    except BrokenPipeError:  # `cercle … | head` must not print a traceback
        sys.stderr.close()
        raise click.Abort()
