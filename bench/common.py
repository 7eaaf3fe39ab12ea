"""Helpers shared by the bench scripts: machine description and README sections."""

from __future__ import annotations

import os
import platform
import re
import statistics
import time
from pathlib import Path

README = Path(__file__).with_name("README.md")


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = ""
    try:
        kib = int(Path("/proc/meminfo").read_text().split()[1])
        memory = f", {kib / 1024 / 1024:.0f} GiB"
    except (OSError, ValueError, IndexError):
        pass
    return (
        f"{os.cpu_count()} cores ({cpu}){memory}, Python {platform.python_version()}, "
        f"{platform.system()} {platform.release()}"
    )


def steadiness(seconds: float = 5.0, slices: int = 25) -> str:
    """How steady one core's speed is: the slowest and the fastest of `slices` equal
    slices of a fixed Python loop, as a share of the median. On a shared virtual
    machine the speed wanders, and every p99 here moves with it."""
    rates = []
    for _ in range(slices):
        start, count = time.perf_counter(), 0
        while time.perf_counter() - start < seconds / slices:
            for _ in range(2000):
                count += 1
        rates.append(count / (time.perf_counter() - start))
    median = statistics.median(rates)
    return (
        f"one core's speed over {seconds:.0f} s ranged {min(rates) / median:.0%}-"
        f"{max(rates) / median:.0%} of its median"
    )


def markdown_table(header: list[str], rows: list[list]) -> str:
    lines = ["| " + " | ".join(header) + " |", "| " + " | ".join("---" for _ in header) + " |"]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def write_section(name: str, body: str) -> None:
    """Replace (or add) the README section between this name's markers."""
    start, end = f"<!-- {name}:start -->", f"<!-- {name}:end -->"
    text = README.read_text() if README.exists() else "# Benchmarks\n"
    block = f"{start}\n{body.strip()}\n{end}"
    pattern = re.compile(re.escape(start) + ".*?" + re.escape(end), re.S)
    text = (
        pattern.sub(lambda _: block, text)
        if pattern.search(text)
        else text.rstrip() + "\n\n" + block + "\n"
    )
    README.write_text(text)
