import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from assistant import Assistant
from assistant.triage import Triage
from knowledge import load_knowledge, shipped_dir
from web.cli import main

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="session")
def assistant() -> Assistant:
    """The real engine on the shipped knowledge, built once for the whole run."""
    return Assistant.load()


@pytest.fixture(scope="session")
def rules() -> Triage:
    """The shipped safety rules without the learned model."""
    return Triage(load_knowledge().safety)


@pytest.fixture(scope="session")
def shipped_model():
    """The shipped learned safety model, loaded once for the whole run; read only."""
    from assistant.safety_model import load_shipped_model

    return load_shipped_model()


@pytest.fixture(scope="session")
def triage(shipped_model) -> Triage:
    """The shipped safety rules with the shipped learned model (as the triage modules
    built it each), built once for the whole run; read only."""
    return Triage(load_knowledge().safety, model=shipped_model)


@pytest.fixture(scope="session")
def full(assistant) -> Triage:
    """The triage as shipped: the rules, the learned model and both learned readers."""
    return assistant.triage


@pytest.fixture(scope="module")
def normalizer():
    """The shipped synonyms' normalizer (built again in each module that reads it)."""
    from assistant.normalize import Normalizer

    return Normalizer(load_knowledge().synonyms)


@pytest.fixture
def knowledge_copy(tmp_path) -> Path:
    """A writable copy of the shipped knowledge directory."""
    target = tmp_path / "knowledge"
    shutil.copytree(shipped_dir(), target, ignore=shutil.ignore_patterns("*.npz", "__pycache__"))
    return target


class Cli:
    """Runs `parentfaq` in-process and returns click's Result."""

    def __init__(self):
        self.runner = CliRunner()

    def __call__(self, *args, input=None):
        return self.runner.invoke(main, [str(a) for a in args], input=input, catch_exceptions=False)


@pytest.fixture
def cli() -> Cli:
    return Cli()


@pytest.fixture(scope="session")
def server(tmp_path_factory):
    from .browser import Server

    running = Server(tmp_path_factory.mktemp("server"))
    yield running
    running.stop()


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    from .browser import launch_browser

    with sync_playwright() as playwright:
        instance = launch_browser(playwright)
        yield instance
        instance.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1000, "height": 800})
    page = context.new_page()
    yield page
    context.close()


POSTGRES_ENV = "PARENTFAQ_TEST_DATABASE_URL"


def postgres_url() -> str:
    """The test PostgreSQL (from .ci/postgres), emptied; skip locally when absent."""
    import os

    from sqlalchemy import create_engine, text

    url = os.environ.get(POSTGRES_ENV)
    if not url:
        if os.environ.get("CI") == "true":
            pytest.fail(f"{POSTGRES_ENV} is not set: .ci/run must start PostgreSQL")
        pytest.skip(
            f"no PostgreSQL: run .ci/postgres and export {POSTGRES_ENV}=<the URL it prints>"
        )
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            # Earlier tests' apps keep their pooled connections (their background threads
            # hold them); end those, or a long run exhausts the server's connection slots.
            conn.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE datname = current_database() AND pid <> pg_backend_pid()"
                )
            )
            conn.execute(text("DROP SCHEMA public CASCADE"))
            conn.execute(text("CREATE SCHEMA public"))
    except Exception as exc:  # noqa: BLE001
        if os.environ.get("CI") == "true":
            raise
        pytest.skip(f"PostgreSQL at {POSTGRES_ENV} is not reachable ({exc.__class__.__name__})")
    finally:
        engine.dispose()
    return url


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request, tmp_path):
    """Each storage test runs on SQLite and on a real PostgreSQL server."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'app.db'}"
    return postgres_url()
