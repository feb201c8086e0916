"""``cercle serve``: the local web app (see docs/web.md)."""
from __future__ import annotations

import click

from .common import db_option


@click.command("serve")
@db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on. Anything but loopback exposes the map to your network.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535), help="TCP port.")
@click.option("--allow-edits", is_flag=True,
              help="Allow corrections (merge/split actors), protected by a token printed at start-up.")
@click.option("--workers", default=4, show_default=True, type=click.IntRange(1, 32),
              help="Threads answering queries, each with its own read-only connection.")
def serve(db: str, host: str, port: int, allow_edits: bool, workers: int) -> None:
    """Explore the map in a browser: search, an actor's circle, each tie's sentence, paths.

    The server is read-only (the SQLite file is opened with mode=ro) and
    listens on 127.0.0.1 only, unless told otherwise.

    \b
    Example:
        cercle serve --db cercle.db
        cercle serve --db cercle.db --port 8080
        cercle serve --db cercle.db --allow-edits
    """
    import uvicorn

    from ..errors import CercleError
    from ..web import create_app
    from ..web.security import LOOPBACK_HOSTS, is_loopback, new_token
    from ..web.stores import open_store

    try:
        open_store(db, read_only=not allow_edits).close()  # fail now, with a hint, not on the first request
    except CercleError as exc:
        raise click.ClickException(str(exc)) from exc
    loopback = is_loopback(host)
    if not loopback:
        click.secho(f"Attention : --host {host} rend la carte et ses articles visibles depuis le réseau "
                    "(pas de chiffrement, pas de mot de passe). Warning: not bound to loopback.",
                    fg="yellow", err=True)
    token = new_token()
    app = create_app(db, allow_edits=allow_edits, token=token, workers=workers,
                     allowed_hosts=LOOPBACK_HOSTS if loopback else None)
    shown = f"[{host}]" if ":" in host else host
    click.echo(f"cercle sert {db} sur http://{shown}:{port}/ "
               f"({'corrections permises' if allow_edits else 'lecture seule'}) — Ctrl+C pour arrêter.")
    if allow_edits:
        click.echo(f"Jeton des corrections (en-tête X-Cercle-Token) : {token}")
    uvicorn.run(app, host=host, port=port, log_level="warning")


def register(cli) -> None:
    cli.add_command(serve)
