"""Options and helpers shared by the command modules."""
from __future__ import annotations

import json
import os
import sys

import click

db_option = click.option("--db", default="cercle.db", show_default=True, envvar="CERCLE_DB",
                         type=click.Path(dir_okay=False), help="SQLite store.")
json_option = click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")


def _turn_on_learned_pairs(ctx, param, value):
    """The learned pair reader (docs/learned-pairs.md) reads its threshold from CERCLE_LEARNED_PAIRS at each
    document; setting it here reaches the worker processes too (they inherit the environment)."""
    if value is not None:
        os.environ["CERCLE_LEARNED_PAIRS"] = f"{value:g}" if value > 0 else "0"
    return value


learned_pairs_option = click.option(
    "--learned-pairs", type=click.FloatRange(0, 1), default=None, expose_value=False, callback=_turn_on_learned_pairs,
    help="Also draw the ties a statistical pair reader finds at this probability or above (off by default: "
         "more ties on unseen articles, fewer right ones on real press; see docs/learned-pairs.md). 0 turns it off.")


def _set_floor(ctx, param, value):
    """The floor (docs/confidence.md) is read from CERCLE_FLOOR by the pipeline; setting it here reaches the
    worker processes too (they inherit the environment)."""
    if value is not None:
        os.environ["CERCLE_FLOOR"] = f"{value:g}"
    return value


floor_option = click.option(
    "--floor", type=click.FloatRange(0, 1), default=None, expose_value=False, callback=_set_floor,
    help="Drop, before anything is reported or stored, the ties whose calibrated confidence is below this "
         "(default: CERCLE_FLOOR, else the shipped default, 0 = keep every tie; docs/confidence.md).")


def quiet_broken_pipe() -> None:
    """`cercle … | head`: the reader left; stop quietly, as the docs of the signal module advise
    (stdout to devnull so that the final flush at exit cannot fail and print a traceback); exit code 1,
    as Python's own handling of EPIPE gives."""
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    sys.exit(1)


def echo_json(obj) -> None:
    try:
        click.echo(json.dumps(obj, ensure_ascii=False, indent=2, default=str))
    except BrokenPipeError:
        quiet_broken_pipe()
