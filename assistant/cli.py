"""The engine's part of the `parentfaq` command line (ask, index, check, import, eval):
it needs only `assistant` and `knowledge`, and runs as `python -m assistant.cli` too.
`web.cli` adds the commands that need the web app (serve, users, purge) to the same
group; the installed `parentfaq` is that one. Exit codes: 0 ok, 1 bad input or
knowledge, 2 usage."""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path

import click

from knowledge import KnowledgeError, load_knowledge
from knowledge.importers import FaqImportError, import_faq
from knowledge.validate import validate

from .answer import QuestionError

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
    from .engine import Assistant

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
    """Build the search index and save it next to the knowledge (for the shipped
    knowledge, also what the triage reads from its safety rules)."""
    import time

    from . import readings
    from .engine import Assistant

    start = time.perf_counter()
    try:
        assistant = Assistant(load_knowledge(knowledge_dir), saved_index=False)
        path = assistant.save_index()
        if knowledge_dir is None:
            rules_file, patterns = readings.save_shipped()
    except KnowledgeError as exc:
        raise click.ClickException(f"the knowledge has problems:\n{exc}") from None
    except OSError as exc:
        raise click.ClickException(f"could not write the index: {exc.strerror}") from None
    click.echo(
        f"indexed {len(assistant.index.docs_)} entries and passages in "
        f"{time.perf_counter() - start:.1f} s: {path}"
    )
    if knowledge_dir is None:
        click.echo(f"read {patterns} safety patterns: {rules_file}")


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
    from .evaluate import evaluate, read_labelled

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


if __name__ == "__main__":
    main()
