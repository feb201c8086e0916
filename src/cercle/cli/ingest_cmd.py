"""``cercle ingest``: build or update the store from files and folders (a thin wrapper
over ``cercle.runner.ingest``)."""
from __future__ import annotations

import sys
import time

import click

from .common import db_option, echo_json, floor_option

EXIT_CODES_HELP = "Exit codes: 0 all stored or already present, 1 error, 2 bad usage, " \
                  "3 finished but some inputs were skipped (see --report), 130 interrupted."


@click.command("ingest", epilog=EXIT_CODES_HELP)
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@db_option
@click.option("--workers", "-w", type=click.IntRange(min=1), default=None,
              help="Worker processes (default: all cores).")
@click.option("--engine", type=click.Choice(["local", "ray"]), default="local", show_default=True,
              help="local: this machine (fork pool). ray: a Ray cluster (pip install 'cercle[ray]').")
@click.option("--address", default=None, metavar="ADDR",
              help="Ray cluster to join, e.g. ray://head:10001 or auto (default: start a local one).")
@click.option("--report", type=click.Path(dir_okay=False), default=None,
              help="Write a JSON report with every skipped input and its reason.")
@click.option("--batch-size", type=click.IntRange(min=1), default=None,
              help="Articles sent to a worker at a time (default: 16 local, 8 files per Ray shard).")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@floor_option
def ingest_command(paths, db, workers, engine, address, report, batch_size, as_json):
    """Read articles (text, HTML, Markdown, JSON, JSON lines; files or folders), find
    their actors and ties, and add them to the store. Idempotent: articles already
    stored are recognised before parsing, so re-running a command resumes it.

    \b
    Example:
        cercle ingest articles/ --db cercle.db
        cercle ingest archive.jsonl --workers 2 --report report.json
        cercle ingest articles/ --engine ray --address auto
    """
    from ..errors import CercleError
    from ..runner import ingest, make_runner

    meta = {"db": db, "engine": engine}
    runner = None
    try:
        runner = make_runner(engine, workers=workers, db=db, batch_size=batch_size, address=address)
        if not as_json:
            _note(f"Loading the French model and starting {runner.workers or 'all'} {engine} worker(s)…")
        runner.start()  # fork before the store connection and the progress thread exist
        meta["workers"] = runner.workers
        store = _open_store(db)
    except CercleError as exc:
        if runner is not None:
            runner.close()
        raise click.ClickException(str(exc)) from exc
    try:
        with _progress(enabled=sys.stdout.isatty() and not as_json) as on_record:
            stats, summary = ingest(paths, store, runner, report=report, on_record=on_record,
                                    meta=meta)
    except CercleError as exc:
        raise click.ClickException(f"{exc} (articles committed so far are kept; re-run to resume)") \
            from exc
    finally:
        runner.close()
        store.close()
    if as_json:
        echo_json(summary)
    else:
        _print_summary(summary, report)
    sys.exit(stats.exit_code)


def _open_store(db):
    from ..store import Store

    return Store(db)


def _note(text: str) -> None:
    click.echo(text, err=True)


class _progress:
    """A rich progress line on a terminal; a no-op elsewhere (logs, pipes, tests)."""

    def __init__(self, enabled: bool):
        self.enabled = enabled
        self.last = 0.0

    def __enter__(self):
        if not self.enabled:
            return None
        from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        self.progress = Progress(SpinnerColumn(), TextColumn("{task.description}"),
                                 TimeElapsedColumn(), transient=True)
        self.progress.__enter__()
        self.task = self.progress.add_task("starting…", total=None)
        return self.update

    def update(self, stats) -> None:
        now = time.monotonic()
        if now - self.last < 0.1:  # rich redraws 10 times a second: no need to format more often
            return
        self.last = now
        self.progress.update(self.task, description=(
            f"read {stats.read}  stored {stats.stored}  present {stats.already_present}  "
            f"skipped {stats.n_skipped}  ties {stats.ties}"))

    def __exit__(self, *exc):
        if self.enabled:
            self.progress.__exit__(*exc)
        return False


def _print_summary(summary: dict, report: str | None) -> None:
    c = summary["counts"]
    lines = [f"Ingest {'interrupted' if summary['interrupted'] else 'finished'} in "
             f"{summary['seconds']:.1f} s ({summary['articles_per_second']:.1f} articles/s) "
             f"→ {summary['db']}",
             f"  read             {c['read']:>8}",
             f"  stored           {c['stored']:>8}",
             f"  already present  {c['already_present']:>8}",
             f"  skipped          {c['skipped']:>8}"]
    for reason, n in summary["skipped_by_reason"].items():
        lines.append(f"    {reason:<15}{n:>8}")
    lines += [f"  entities         {c['entities']:>8}   (named in the stored articles)",
              f"  ties             {c['ties']:>8}   (extracted from the stored articles)"]
    store = summary.get("store") or {}
    if "articles" in store:
        lines.append("Store now holds " + ", ".join(f"{v} {k}" for k, v in store.items()) + ".")
    if summary["interrupted"]:
        lines.append("Interrupted: what was committed is kept; run the same command to resume.")
    elif c["skipped"]:
        where = f"see {report}" if report else "add --report report.json to list them"
        lines.append(f"Some inputs were skipped (exit code 3): {where}.")
    click.echo("\n".join(lines))


def register(cli) -> None:
    cli.add_command(ingest_command)
