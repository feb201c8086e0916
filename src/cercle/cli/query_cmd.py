"""``cercle who | ties | path | timeline | top | communities | interlocks | search | merge | split | check``:
thin wrappers over ``cercle.query`` and ``Store``; ``--json`` prints exactly what the library returns."""
from __future__ import annotations

import sys
from contextlib import contextmanager

import click
from rich.console import Console

from ..errors import NotFound, StoreError
from .common import db_option, echo_json, json_option


@contextmanager
def opened(db: str, readonly: bool = True):
    """The store, with library errors turned into clear messages and exit code 1."""
    from ..store import Store
    try:
        store = Store(db, create=False, readonly=readonly)
    except StoreError as exc:
        raise click.ClickException(str(exc)) from exc
    try:
        yield store
    except NotFound as exc:
        raise click.ClickException(str(exc)) from exc
    except StoreError as exc:
        raise click.ClickException(str(exc)) from exc
    finally:
        store.close()


def _console() -> Console:
    return Console(width=160 if not sys.stdout.isatty() else None)


def register(cli) -> None:
    from .. import query as Q
    from ..query import render

    @cli.command()
    @click.argument("name")
    @click.option("--per-type", default=5, show_default=True, help="Ties shown per type.")
    @db_option
    @json_option
    def who(name, per_type, db, as_json):
        """The card of an actor: type, aliases, sources, ties by type with their evidence.

        \b
        Example:
            cercle who "Xavier Niel"
            cercle who Niel --json --db press.db
        """
        with opened(db) as store:
            card = Q.who(store, name, per_type=per_type)
        echo_json(card) if as_json else render.print_who(_console(), card)

    @cli.command()
    @click.argument("a")
    @click.argument("b")
    @db_option
    @json_option
    def ties(a, b, db, as_json):
        """Every tie between two actors, with evidence sentences, sources and dates.

        \b
        Example:
            cercle ties "Vivendi" "Bolloré"
        """
        with opened(db) as store:
            found = Q.ties(store, a, b)
        if as_json:
            echo_json(found)
        else:
            _console().print(render.tie_table(found, f"liens entre {a} et {b}") if found else "aucun lien direct")

    @cli.command()
    @click.argument("a")
    @click.argument("b")
    @click.option("-k", default=3, show_default=True, help="Number of chains.")
    @click.option("--family", multiple=True, type=click.Choice(["control", "capital", "cooperation", "conflict"]),
                  help="Only ties of this family (repeatable).")
    @click.option("--min-sources", default=1, show_default=True, help="Only ties with this many independent sources.")
    @click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.0, show_default=True,
                  help="Only ties whose confidence reaches this (calibrated: docs/confidence.md).")
    @click.option("--max-depth", default=6, show_default=True, help="Longest chain searched.")
    @db_option
    @json_option
    def path(a, b, k, family, min_sources, min_confidence, max_depth, db, as_json):
        """The k shortest chains of ties from A to B, every hop with its evidence.

        \b
        Example:
            cercle path "Xavier Niel" "Le Monde" -k 3 --family capital --min-sources 2
            cercle path "Xavier Niel" "Le Monde" --min-confidence 0.9
        """
        with opened(db) as store:
            found = Q.path(store, a, b, k=k, families=list(family) or None, min_sources=min_sources,
                           max_depth=max_depth, min_confidence=min_confidence)
        echo_json(found) if as_json else render.print_paths(_console(), found)

    @cli.command()
    @click.argument("name")
    @db_option
    @json_option
    def timeline(name, db, as_json):
        """Dated ties of an actor in order (a bid proposed, then rejected).

        \b
        Example:
            cercle timeline "Vivendi"
        """
        with opened(db) as store:
            entries = Q.timeline(store, name)
        echo_json(entries) if as_json else render.print_timeline(_console(), entries)

    @cli.command()
    @click.option("--metric", default="pagerank", show_default=True,
                  type=click.Choice(["degree", "weighted_degree", "pagerank", "betweenness"]))
    @click.option("--limit", default=20, show_default=True)
    @db_option
    @json_option
    def top(metric, limit, db, as_json):
        """The most central actors of the map.

        \b
        Example:
            cercle top --metric betweenness --limit 10
        """
        with opened(db) as store:
            rows = Q.top(store, metric=metric, limit=limit)
        echo_json(rows) if as_json else render.print_top(_console(), rows, metric)

    @cli.command()
    @db_option
    @json_option
    def communities(db, as_json):
        """Groups of closely tied actors (Louvain).

        \b
        Example:
            cercle communities --json
        """
        with opened(db) as store:
            groups = Q.communities(store)
        echo_json(groups) if as_json else render.print_communities(_console(), groups)

    @cli.command()
    @click.argument("a")
    @click.argument("b")
    @db_option
    @json_option
    def interlocks(a, b, db, as_json):
        """Shared owners, board members and leaders of two organisations.

        \b
        Example:
            cercle interlocks "Vivendi" "Lagardère"
        """
        with opened(db) as store:
            result = Q.interlocks(store, a, b)
        echo_json(result) if as_json else render.print_interlocks(_console(), result)

    @cli.command()
    @click.argument("query")
    @click.option("--limit", default=10, show_default=True)
    @db_option
    @json_option
    def search(query, limit, db, as_json):
        """Actors whose name or alias starts with, or is close to, QUERY.

        \b
        Example:
            cercle search vivend
        """
        with opened(db) as store:
            rows = Q.search(store, query, limit=limit)
        if as_json:
            echo_json(rows)
        else:
            for r in rows:
                click.echo(f"{r['name']}  ({r['type']}, {r['sources']} source(s), id {r['id']})")

    @cli.command()
    @click.argument("a")
    @click.argument("b")
    @db_option
    @json_option
    def merge(a, b, db, as_json):
        """Merge actor B into actor A (a correction kept in the store's audit log).

        \b
        Example:
            cercle merge "Xavier Niel" "X. Niel"
        """
        with opened(db, readonly=False) as store:
            ea, eb = Q.resolve_name(store, a), Q.resolve_name(store, b)
            kept = store.merge(ea, eb)
            card = Q.search(store, kept, limit=1) or [{"id": kept}]
            result = {"merged": eb, "into": kept, "entity": Q.who(store, kept, per_type=0)}
        card = result["entity"]
        echo_json(result) if as_json else click.echo(
            f"merged {b!r} into {card['name']} (id {kept}); aliases: {', '.join(card['aliases'])}")

    @cli.command()
    @click.argument("entity")
    @db_option
    @json_option
    def split(entity, db, as_json):
        """Undo the merges of an actor: one actor per distinct name; they stay apart on later ingests.

        \b
        Example:
            cercle split "Lagardère"
        """
        with opened(db, readonly=False) as store:
            eid = Q.resolve_name(store, entity)
            ids = store.split(eid)
            parts = [Q.who(store, i, per_type=0) for i in ids]
        if as_json:
            echo_json({"split": eid, "into": [{"id": p["id"], "name": p["name"], "type": p["type"]} for p in parts]})
        elif len(ids) == 1:
            click.echo("nothing to split: every article names this actor the same way")
        else:
            click.echo("split into: " + "; ".join(f"{p['name']} ({p['id']})" for p in parts))

    @cli.command()
    @db_option
    @json_option
    def check(db, as_json):
        """Integrity check of the store; exit code 1 when a problem is found.

        \b
        Example:
            cercle check --db cercle.db
        """
        with opened(db) as store:
            problems = store.check()
            stats = store.stats()
        if as_json:
            echo_json({"ok": not problems, "problems": problems, "stats": stats})
        else:
            for p in problems:
                click.echo(p, err=True)
            click.echo("ok: " + ", ".join(f"{v} {k}" for k, v in stats.items()) if not problems
                       else f"{len(problems)} problem(s)")
        if problems:
            sys.exit(1)
