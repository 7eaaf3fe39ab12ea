"""A check batch split into halves before it was scored: totals for both, misses of `fit` only.

    python bench/safety_halves.py [bench/data/safety_check_firstaid.jsonl] [--fits]

Rows are those of `safety_fresh.py` with `"split": "fit"|"report"`, an optional
`"section"` (totals are given per section) and an optional `"expect_category"`: the
danger category whose guidance should lead (its group is what the parent reads).
For each half: danger escalated by the rules alone and by the full assistant,
other messages escalated, medical questions referred, ordinary ones referred, and
for rows with `expect_category` whether the leading category's guidance group is
the expected one. `--fits` lists the `fit` half's misses; the `report` half is
never listed, only counted. Prints only; writes nothing.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.common import markdown_table  # noqa: E402
from bench.safety_fresh import judge, read_batch, share  # noqa: E402
from knowledge.safety import CATEGORIES  # noqa: E402

DEFAULT = ROOT / "bench" / "data" / "safety_check_firstaid.jsonl"


def leading_group_right(row: dict) -> bool:
    category = (row["reason"] or "").split("/")[0]
    return row["full"] == "escalate" and CATEGORIES.get(category) == CATEGORIES.get(
        row["expect_category"]
    )


def table(rows: list[dict]) -> str:
    lines = []
    for section in dict.fromkeys(r.get("section", "all") for r in rows):
        sub = [r for r in rows if r.get("section", "all") == section]
        danger = [r for r in sub if r["label"] == "danger"]
        medical = [r for r in sub if r["label"] == "medical"]
        ordinary = [r for r in sub if r["label"] == "ordinary"]
        expect = [r for r in sub if r.get("expect_category")]
        for what, part, key, value in (
            ("danger escalated, rules alone", danger, "rules", "escalate"),
            ("danger escalated, full", danger, "full", "escalate"),
            ("ordinary escalated, full", ordinary, "full", "escalate"),
            ("ordinary referred, full", ordinary, "full", "refer"),
            ("medical escalated, full", medical, "full", "escalate"),
            ("medical referred, full", medical, "full", "refer"),
        ):
            if part:
                lines.append([section, what, *(share(h, key, value) for h in halves(part))])
        if expect:
            right = [
                f"{sum(map(leading_group_right, h))}/{len(h)}" if h else "-" for h in halves(expect)
            ]
            lines.append([section, "guidance group of the leading category right", *right])
    return markdown_table(["section", "", "fit", "report"], lines)


def halves(rows: list[dict]) -> tuple[list[dict], list[dict]]:
    return [r for r in rows if r["split"] == "fit"], [r for r in rows if r["split"] == "report"]


def misses(rows: list[dict]) -> list[str]:
    out = []
    for r in rows:
        if r["split"] != "fit":
            continue
        wrong = (r["label"] == "danger") != (r["full"] == "escalate") or (
            r.get("expect_category") and not leading_group_right(r)
        )
        if wrong:
            out.append(f"- {r['label']} {r['category']}: {r['full']} ({r['reason']}): {r['text']}")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path, default=[DEFAULT])
    parser.add_argument("--fits", action="store_true", help="list the fit half's misses")
    args = parser.parse_args()
    rows = read_batch(args.paths)
    judge(rows)
    print(table(rows))
    if args.fits:
        print("\n".join(["", "fit half, misses:", *misses(rows)]))


if __name__ == "__main__":
    main()
