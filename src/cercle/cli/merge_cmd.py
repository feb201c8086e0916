"""``cercle merge-stores``: combine per-shard stores into one (``cercle.store.merge_stores``)."""
from __future__ import annotations

import click

from .common import echo_json


@click.command("merge-stores")
@click.argument("out", type=click.Path(dir_okay=False))
@click.argument("inputs", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
def merge_stores_command(out, inputs, as_json):
    """Merge stores built separately (one per machine or per part of an archive) into OUT,
    created if needed. The result is the store one `cercle ingest` of all their articles would
    build: an article already in OUT (same text) is skipped, actors are resolved across the
    inputs, ties are merged by (subject, type, object) with all their evidence. Needs no model.

    \b
    Example:
        cercle ingest part1/ --db shard1.db      # on machine 1
        cercle ingest part2/ --db shard2.db      # on machine 2
        cercle merge-stores cercle.db shard1.db shard2.db
    """
    from ..errors import CercleError
    from ..store import Store
    from ..store.merge_stores import merge_stores

    try:
        with Store(out) as store:
            stats = merge_stores(store, list(inputs))
            totals = store.stats()
    except CercleError as exc:
        raise click.ClickException(str(exc)) from exc
    summary = {"out": out, "inputs": stats.inputs, "articles": stats.articles, "added": stats.added,
               "already_present": stats.already_present, "skipped_rows": stats.skipped_rows, "store": totals}
    if as_json:
        echo_json(summary)
        return
    click.echo(f"Merged {len(inputs)} store(s) into {out}: {stats.articles} articles read, {stats.added} added, "
               f"{stats.already_present} already present, {stats.skipped_rows} skipped-log rows carried over.")
    click.echo("Store now holds " + ", ".join(f"{v} {k}" for k, v in totals.items()) + ".")


def register(cli) -> None:
    cli.add_command(merge_stores_command)
