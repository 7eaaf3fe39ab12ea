"""Every command and setting is documented in the README (Datasette's discipline)."""

from pathlib import Path

import pytest

from web.cli import main
from web.settings import SETTINGS

README = (Path(__file__).resolve().parents[1] / "README.md").read_text()


@pytest.mark.parametrize("command", sorted(main.commands))
def test_every_command_is_in_the_readme(command):
    assert f"parentfaq {command}" in README


@pytest.mark.parametrize("setting", sorted(SETTINGS))
def test_every_setting_is_in_the_readme(setting):
    assert f"`{setting}`" in README


def test_readme_gives_the_two_set_up_commands():
    assert "pip install . && parentfaq serve" in README
    assert "pip install -e '.[test]' && python -m pytest" in README
