"""What a fresh install relies on: the layers import one way, every module the code
and the tests import is declared in pyproject.toml, and what is installed lies in the
declared ranges (so a plugin whose API moved fails here, by name, not deep inside a
test)."""

import ast
import sys
import tomllib
from importlib import metadata
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[1]
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
OWN = {"assistant", "knowledge", "web", "tests", "bench"}
# Lower layers first; a module may import its own layer and those before it only.
LAYERS = ["knowledge", "assistant", "web", "command line"]
COMMAND_LINE = {"web.cli", "web.serving", "web.prefork"}


def layer(module: str) -> str | None:
    if module in COMMAND_LINE or module.startswith(tuple(m + "." for m in COMMAND_LINE)):
        return "command line"
    top = module.split(".")[0]
    return top if top in LAYERS else None


def module_name(path: Path, root: Path = ROOT) -> str:
    parts = path.relative_to(root).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(path: Path, root: Path = ROOT) -> list[tuple[int, str]]:
    """(line, absolute module) of every import in a file, relative ones resolved."""
    package = module_name(path, root).split(".")
    if path.name != "__init__.py":
        package = package[:-1]
    found = []
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            name = ".".join([*base, node.module] if node.module else base)
            found.append((node.lineno, name))
            # `from . import x` / `from web import cli`: x may be a module of its own
            found += [(node.lineno, f"{name}.{alias.name}") for alias in node.names]
    return found


def sources(*folders: str, root: Path = ROOT) -> list[Path]:
    return sorted(p for folder in folders for p in (root / folder).rglob("*.py"))


def upward_imports(root: Path = ROOT) -> list[str]:
    """Every import of a higher layer, as `file:line: imports module (layer)`."""
    wrong = []
    for path in sources("knowledge", "assistant", "web", root=root):
        own = LAYERS.index(layer(module_name(path, root)))
        for line, module in imports(path, root):
            other = layer(module)
            if other is not None and LAYERS.index(other) > own:
                wrong.append(f"{path.relative_to(root)}:{line}: imports {module} ({other})")
    return wrong


def test_imports_point_one_way_knowledge_assistant_web_command_line():
    wrong = upward_imports()
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize(
    ("path", "text"),
    [
        ("assistant/engine.py", "from web.app import create_app\n"),
        ("knowledge/faq.py", "import assistant.engine\n"),
        ("web/api.py", "from .cli import main\n"),
        ("web/__init__.py", "from . import serving\n"),
        ("assistant/sub/__init__.py", "def f():\n    from ...web import storage\n"),
    ],
)
def test_the_layer_check_finds_an_import_that_points_up(tmp_path, path, text):
    for folder in ("knowledge", "assistant", "web"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "fine.py").write_text("from knowledge import load_knowledge\n")
    (tmp_path / path).parent.mkdir(exist_ok=True)
    (tmp_path / path).write_text(text)
    assert {w.split(":")[0] for w in upward_imports(tmp_path)} == {path}


def declared() -> dict[str, Requirement]:
    """Every requirement of the package and its extras, by canonical name."""
    listed = PROJECT["dependencies"] + [
        r for extra in PROJECT["optional-dependencies"].values() for r in extra
    ]
    requirements = [Requirement(r) for r in listed]
    return {canonicalize_name(r.name): r for r in requirements if r.name != PROJECT["name"]}


def test_every_module_the_code_and_tests_import_is_declared():
    providers = metadata.packages_distributions()
    names = set(declared())
    missing = set()
    for path in sources("assistant", "knowledge", "web", "tests"):
        for _, module in imports(path):
            top = module.split(".")[0]
            if not top or top in OWN or top in sys.stdlib_module_names:
                continue
            if not {canonicalize_name(d) for d in providers.get(top, [top])} & names:
                missing.add(f"{top} (imported by {path.relative_to(ROOT)})")
    assert not missing, f"not declared in pyproject.toml: {sorted(missing)}"


@pytest.mark.parametrize("name", sorted(declared()))
def test_what_is_installed_lies_in_the_declared_range(name):
    requirement = declared()[name]
    if requirement.marker is not None and not requirement.marker.evaluate():
        pytest.skip(f"{name} is not for this platform")
    try:
        version = metadata.version(requirement.name)
    except metadata.PackageNotFoundError:
        pytest.fail(f"{requirement.name} is declared but not installed: pip install -e '.[test]'")
    assert requirement.specifier.contains(version, prereleases=True), (
        f"{requirement.name} {version} is outside the range pyproject.toml gives "
        f"({requirement.specifier}): the tests are written for that range's API"
    )
