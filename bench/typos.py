"""The team's answerable questions with typos added: how much of the team set's
answered-right rate survives the slips parents make on a phone.

Each question gets two of its words (four letters or more) changed, by a seeded
generator: a letter left out, two neighbours swapped, a vowel typed for a letter,
or a letter doubled. Three seeds; each seed's answered-right rate (the answer's
source among the question's relevant ones) and how many were answered at all.
The typos are made here, never stored: the questions stay the team set's.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

TEAM = Path(__file__).resolve().parent.parent / "tests" / "data" / "team_questions.jsonl"


def typo(word: str, rng: random.Random) -> str:
    i = rng.randrange(1, len(word) - 1)
    kind = rng.random()
    if kind < 0.3:
        return word[:i] + word[i + 1 :]
    if kind < 0.6:
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if kind < 0.8:
        return word[:i] + rng.choice("aeiou") + word[i + 1 :]
    return word[:i] + word[i] + word[i:]


def with_typos(question: str, rng: random.Random, count: int = 2) -> str:
    words = question.split()
    long = [n for n, w in enumerate(words) if len(w) >= 4 and w.isalpha()]
    for n in rng.sample(long, min(count, len(long))):
        words[n] = typo(words[n], rng)
    return " ".join(words)


def main() -> None:
    from assistant import Assistant

    assistant = Assistant.load()
    rows = [json.loads(line) for line in TEAM.open(encoding="utf-8") if line.strip()]
    rows = [r for r in rows if r.get("expect") != "abstain" and r.get("relevant")]
    for seed in (1, 2, 5):
        rng = random.Random(seed)
        right = answered = 0
        for row in rows:
            answer = assistant.ask(with_typos(row["query"], rng))
            relevant = {s if ":" in s else f"faq:{s}" for s in row["relevant"]}
            answered += answer.kind == "answer"
            right += answer.kind == "answer" and answer.source_id in relevant
        print(
            f"seed {seed}: {len(rows)} team questions with two typos each: answered right "
            f"{right / len(rows):.3f}, answered {answered / len(rows):.3f}"
        )


if __name__ == "__main__":
    main()
