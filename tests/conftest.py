import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from assistant import Assistant
from assistant.cli import main
from knowledge import shipped_dir

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="session")
def assistant() -> Assistant:
    """The real engine on the shipped knowledge, built once for the whole run."""
    return Assistant.load()


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
        return self.runner.invoke(main, [str(a) for a in args], input=input,
                                  catch_exceptions=False)


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
