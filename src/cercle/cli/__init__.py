"""The ``cercle`` command line: a click group; each module of this package adds its commands.

Each command module exposes ``register(cli)``; keep the modules thin wrappers
over library functions.
"""
from __future__ import annotations

import importlib

import click

from .. import __version__

COMMAND_MODULES = ("extract_cmd", "clean_cmd", "ingest_cmd", "merge_cmd", "query_cmd", "export_cmd", "serve_cmd")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="cercle")
def cli() -> None:
    """cercle maps who is tied to whom in French press articles, and shows the sentence that says so.

    \b
    Example:
        cercle ingest articles/ --db cercle.db
        cercle who "Xavier Niel"
    """


for _name in COMMAND_MODULES:
    importlib.import_module(f"{__name__}.{_name}").register(cli)


def main() -> None:
    try:
        cli(prog_name="cercle")
    except BrokenPipeError:   # any command piped into `head`
        from .common import quiet_broken_pipe

        quiet_broken_pipe()
