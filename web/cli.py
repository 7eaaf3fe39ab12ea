"""The `parentfaq` command line. Exit codes: 0 ok, 1 bad input or knowledge, 2 usage.

It sits above the web app (knowledge <- assistant <- web <- this): the commands that
need only the engine import only `assistant` and `knowledge`; `serve`, `users` and
`purge` import the app when they run."""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path

import click

from assistant.answer import QuestionError
from knowledge import KnowledgeError, load_knowledge
from knowledge.importers import FaqImportError, import_faq
from knowledge.validate import validate

KNOWLEDGE = click.option(
    "--knowledge",
    "knowledge_dir",
    type=click.Path(path_type=Path),
    default=None,
    help="Knowledge directory (default: the shipped one).",
)
MAX_WARNINGS_SHOWN = 20


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def main() -> None:
    """parentfaq: answers parents' questions in the clinic's own words, with citations."""
    # Messages such as "rebuilding the search index: ..." go to stderr.
    logging.basicConfig(level=logging.WARNING, format="parentfaq: %(message)s", stream=sys.stderr)
    logging.getLogger("parentfaq").setLevel(logging.INFO)


def _load_assistant(knowledge_dir: Path | None):
    from assistant.engine import Assistant

    try:
        return Assistant.load(knowledge_dir)
    except KnowledgeError as exc:
        raise click.ClickException(f"the knowledge has problems:\n{exc}") from None


@main.command()
@click.argument("question", required=False)
@click.option("--json", "as_json", is_flag=True, help="Print the answer object as JSON.")
@click.option(
    "--jsonl",
    "batch",
    type=click.File("rb"),
    default=None,
    help="Answer every line of FILE ('-' for stdin): plain text or {\"query\": ...}.",
)
@KNOWLEDGE
def ask(question, as_json, batch, knowledge_dir):
    """Answer QUESTION (or a batch with --jsonl)."""
    if (question is None) == (batch is None):
        raise click.UsageError("give either a QUESTION or --jsonl FILE")
    assistant = _load_assistant(knowledge_dir)
    if batch is not None:
        _ask_batch(assistant, batch)
        return
    try:
        answer = assistant.ask(question)
    except QuestionError as exc:
        raise click.ClickException(str(exc)) from None
    if as_json:
        click.echo(json.dumps(answer.to_dict(), ensure_ascii=False, indent=2))
    else:
        click.echo(_human(answer))


def _ask_batch(assistant, stream) -> None:
    """One answer object per input line, in order; a bad line gets an error object."""
    out = sys.stdout
    for raw in stream:
        line = raw.decode("utf-8", errors="replace").strip()
        if not line:
            continue
        question = line
        if line.startswith("{"):
            try:
                question = json.loads(line).get("query", "")
            except (json.JSONDecodeError, AttributeError):
                question = line
        try:
            result = assistant.ask(question).to_dict()
        except QuestionError as exc:
            result = {"error": {"code": exc.code, "message": str(exc)}}
        out.write(json.dumps(result, ensure_ascii=False) + "\n")


def _human(answer) -> str:
    lines = [answer.text]
    for number, citation in enumerate(answer.citations, 1):
        where = f"{citation.title}" + (f", {citation.section}" if citation.section else "")
        lines.append(f"  [{number}] {where} ({citation.url})")
    if answer.kind == "answer":
        lines.append(f"  confidence {answer.confidence:.2f}")
    for related in answer.related:
        lines.append(f"  related: {related['question']}")
    return "\n".join(lines)


@main.command()
@KNOWLEDGE
def index(knowledge_dir):
    """Build the search index and save it next to the knowledge."""
    import time

    from assistant.engine import Assistant

    start = time.perf_counter()
    try:
        assistant = Assistant(load_knowledge(knowledge_dir), saved_index=False)
        path = assistant.save_index()
    except KnowledgeError as exc:
        raise click.ClickException(f"the knowledge has problems:\n{exc}") from None
    except OSError as exc:
        raise click.ClickException(f"could not write the index: {exc.strerror}") from None
    click.echo(
        f"indexed {len(assistant.index.docs_)} entries and passages in "
        f"{time.perf_counter() - start:.1f} s: {path}"
    )


@main.command()
@click.argument("directory", required=False, type=click.Path(path_type=Path))
def check(directory):
    """Validate a knowledge DIRECTORY (default: the shipped one)."""
    try:
        knowledge = load_knowledge(directory)
    except KnowledgeError as exc:
        for problem in exc.problems:
            click.echo(str(problem))
        raise click.ClickException(f"{len(exc.problems)} problem(s) found") from None
    problems = validate(knowledge)
    errors = [p for p in problems if not p.warning]
    warnings = [p for p in problems if p.warning]
    for problem in errors + warnings[:MAX_WARNINGS_SHOWN]:
        click.echo(str(problem))
    if len(warnings) > MAX_WARNINGS_SHOWN:
        click.echo(f"... and {len(warnings) - MAX_WARNINGS_SHOWN} more warnings")
    if errors:
        raise click.ClickException(f"{len(errors)} problem(s) found")
    click.echo(f"ok: {knowledge.summary()}")


@main.command("import")
@click.argument("file", type=click.Path(path_type=Path))
@click.option(
    "--into",
    "into",
    required=True,
    type=click.Path(path_type=Path),
    help="Knowledge directory to write faq/<name>.yaml into.",
)
@click.option("--force", is_flag=True, help="Replace an existing file of the same name.")
def import_command(file, into, force):
    """Import a clinic's FAQ export (CSV or JSONL) into a knowledge directory."""
    try:
        report = import_faq(file, into, force=force)
    except FaqImportError as exc:
        raise click.ClickException(str(exc)) from None
    for line in report.lines():
        click.echo(line)


@main.command("eval")
@click.argument("questions", type=click.Path(path_type=Path, exists=True, dir_okay=False))
@KNOWLEDGE
@click.option("--split", default=None, help="Only questions whose 'split' is this (dev/test).")
@click.option(
    "--failures", "show", default=30, show_default=True, help="How many failures to list."
)
def eval_command(questions, knowledge_dir, split, show):
    """Retrieval quality on labelled QUESTIONS (JSONL)."""
    from assistant.evaluate import evaluate, read_labelled

    try:
        rows = read_labelled(questions)
    except (ValueError, UnicodeDecodeError) as exc:
        raise click.ClickException(str(exc)) from None
    if split:
        rows = [r for r in rows if r.get("split") == split]
    if not rows:
        raise click.ClickException("no labelled questions to evaluate")
    metrics = evaluate(_load_assistant(knowledge_dir), rows)
    for name, value in metrics.summary().items():
        click.echo(
            f"{name:>18}: {value:.3f}" if isinstance(value, float) else f"{name:>18}: {value}"
        )
    click.echo(f"failures: {len(metrics.failures)}")
    for failure in metrics.failures[:show]:
        click.echo("  " + json.dumps(failure, ensure_ascii=False))


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
