"""axe-core in the browser tests: injected into a page (or a frame) and run there.

axe-core comes from the npm registry into tests/axe/node_modules (`npm ci --prefix
tests/axe`). Without it the accessibility tests skip with that command, except in CI
(CI=true), where that fails. The pages' Content-Security-Policy forbids injected
scripts, so the contexts these tests use bypass it (`bypass_csp=True`).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

AXE = Path(__file__).parent / "axe" / "node_modules" / "axe-core" / "axe.min.js"


def require_axe() -> Path:
    if not AXE.exists():
        message = f"axe-core not found at {AXE}; run: npm ci --prefix tests/axe"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    return AXE


def violations(target) -> list[str]:
    """Every axe-core violation (any impact) on a Playwright page or frame, one line
    each: rule, impact, and the first elements it names."""
    if not target.evaluate("typeof window.axe !== 'undefined'"):
        target.add_script_tag(path=str(require_axe()))
    found = target.evaluate(
        "async () => (await axe.run(document, {iframes: false, resultTypes: ['violations']}))"
        ".violations.map(v => ({id: v.id, impact: v.impact,"
        " nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))}))"
    )
    return [f"{v['id']} ({v['impact']}): {', '.join(v['nodes'])}" for v in found]
