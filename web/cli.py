"""The `parentfaq` command line: the engine's commands (`assistant.cli`) and those
that need the web app, which import it when they run. It sits above the web app
(knowledge <- assistant <- web <- this). Exit codes: 0 ok, 1 bad input or knowledge,
2 usage."""

from __future__ import annotations

import click

from assistant.cli import KNOWLEDGE, main
from knowledge import KnowledgeError

__all__ = ["main"]


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=int)
@click.option(
    "--workers",
    default=1,
    show_default=True,
    type=click.IntRange(1, 64),
    help="1: one waitress process (any OS). N > 1: gunicorn's N pre-forked worker "
    "processes sharing one index loaded before the fork (Linux, macOS); one per core.",
)
@click.option(
    "--threads",
    default=None,
    type=click.IntRange(1, 256),
    help="Threads answering requests in each process (default 4, for waitress's one "
    "process and for each gunicorn worker): a slow request, such as a login's password "
    "hash, then never holds up a parent's question.",
)
@KNOWLEDGE
def serve(host, port, workers, threads, knowledge_dir):
    """Serve the chat page, API and widget on a production WSGI server."""
    from .serving import serve as run

    config = {"KNOWLEDGE_DIR": knowledge_dir} if knowledge_dir else {}
    try:
        run(config, host=host, port=port, workers=workers, threads=threads)
    except KnowledgeError as exc:
        raise click.ClickException(f"the knowledge has problems:\n{exc}") from None
    except OSError as exc:
        raise click.ClickException(f"cannot listen on {host}:{port}: {exc.strerror}") from None


@main.group()
def users():
    """Counsellor accounts (stored in the app's database)."""


def _accounts():
    from . import accounts
    from .app import cli_storage

    return accounts, cli_storage()


@users.command("add")
@click.argument("name")
@click.option("--admin", is_flag=True, help="Give the account admin rights.")
def users_add(name, admin):
    """Add counsellor NAME; asks for the password (never on the command line)."""
    accounts, storage = _accounts()
    password = click.prompt("Password", hide_input=True, confirmation_prompt=True)
    try:
        accounts.add_user(storage, name, password, admin=admin)
    except accounts.AccountError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"added {name}{' (admin)' if admin else ''}")


@users.command("list")
def users_list():
    """List counsellor accounts."""
    accounts, storage = _accounts()
    for user in accounts.list_users(storage):
        flags = [f for f, on in (("admin", user["is_admin"]), ("disabled", user["disabled"])) if on]
        click.echo(user["name"] + (f" ({', '.join(flags)})" if flags else ""))


@users.command("disable")
@click.argument("name")
def users_disable(name):
    """Disable counsellor NAME (they can no longer log in)."""
    accounts, storage = _accounts()
    try:
        accounts.disable_user(storage, name)
    except accounts.AccountError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"disabled {name}")


@main.command()
@click.option(
    "--older-than",
    "days",
    required=True,
    type=click.IntRange(0, None),
    help="Remove stored conversations and feedback older than DAYS days.",
)
def purge(days):
    """Remove old stored conversations (the app also does this by RETENTION_DAYS)."""
    from .app import cli_storage

    removed = cli_storage().purge(days)
    click.echo(f"removed {removed} stored exchanges older than {days} days")


if __name__ == "__main__":
    main()
