"""Deterministic synthetic parenting FAQ collections with noisy queries.

Entries combine a concern, a child, an age and a setting into distinct questions
("How do I handle bedtime tantrums for my 2 year old at grandma's?"), each with an
alternate phrasing and a short answer. Queries rewrite a known entry's question
the way parents type: synonyms, dropped words, typos, no punctuation.
"""

from __future__ import annotations

import random

CONCERNS = [
    ("bedtime tantrums", "calm bedtime routine"),
    ("night waking", "settling at night"),
    ("separation anxiety", "goodbye ritual"),
    ("fussy eating", "relaxed mealtimes"),
    ("hitting other children", "gentle limits"),
    ("clinginess", "confidence to explore"),
    ("crying in the car", "car journeys"),
    ("nap refusal", "daytime sleep"),
    ("biting", "biting phase"),
    ("screen time", "screen habits"),
    ("sharing toys", "turn taking"),
    ("fear of the dark", "night fears"),
    ("toilet training", "potty routine"),
    ("sibling jealousy", "new sibling"),
    ("morning meltdowns", "morning routine"),
    ("shyness with strangers", "meeting people"),
    ("bath time crying", "bath routine"),
    ("dummy weaning", "giving up the dummy"),
    ("throwing food", "mealtime manners"),
    ("whining", "asking nicely"),
    ("daycare drop off", "drop off routine"),
    ("waking too early", "early rising"),
    ("refusing the car seat", "car seat routine"),
    ("big emotions", "naming feelings"),
    ("running away in public", "staying close"),
    ("teeth brushing battles", "brushing routine"),
    ("getting dressed", "dressing routine"),
    ("screaming for attention", "attention seeking"),
    ("pulling hair", "gentle hands"),
    ("bedtime stalling", "bedtime limits"),
]
CHILDREN = ["baby", "toddler", "son", "daughter", "child", "twins", "little one", "preschooler"]
AGES = [f"{n} month old" for n in (3, 4, 6, 8, 9, 10, 12, 14, 16, 18, 20)] + [
    f"{n} year old" for n in (2, 3, 4, 5)
]
SETTINGS = [
    "at home",
    "at daycare",
    "at grandma's house",
    "on holiday",
    "after a new baby",
    "after moving house",
    "when dad travels",
    "with a new nanny",
    "at the weekend",
    "in the evenings",
    "after starting nursery",
    "when we visit friends",
    "in a small flat",
    "with a working parent",
    "after an illness",
    "at the park",
    "during travel",
    "after a long day",
    "in a bilingual home",
    "with two homes",
]
TEMPLATES = [
    "How do I handle {concern} for my {age} {child} {setting}?",
    "What helps with {concern} in a {age} {child} {setting}?",
    "Is {concern} normal for a {age} {child} {setting}?",
    "How can we manage {concern} with our {age} {child} {setting}?",
]
ALTERNATE = "{child} {age} {concern} {setting} tips"
ANSWER = (
    "For {concern} {setting}, try a predictable {topic}, respond calmly and "
    "consistently, and give your {child} plenty of warmth and time together."
)
SYNONYMS = {
    "baby": ["bub", "infant", "newborn"],
    "toddler": ["todler", "tot"],
    "daycare": ["nursery", "childcare"],
    "child": ["kid", "lo"],
    "mum": ["mom", "mummy"],
    "crying": ["cryin", "screaming"],
    "grandma's": ["nanas"],
    "tantrums": ["meltdowns"],
    "holiday": ["vacation"],
}


def collection(size: int, seed: int = 7) -> list[dict]:
    """`size` distinct entries: {"id", "question", "alternates", "answer"}."""
    rng = random.Random(seed)
    seen, entries = set(), []
    while len(entries) < size:
        concern, topic = rng.choice(CONCERNS)
        slots = {
            "concern": concern,
            "child": rng.choice(CHILDREN),
            "age": rng.choice(AGES),
            "setting": rng.choice(SETTINGS),
        }
        template = rng.choice(TEMPLATES)
        key = (template, *slots.values())
        if key in seen:
            continue
        seen.add(key)
        entries.append(
            {
                "id": f"e{len(entries):06d}",
                "question": template.format(**slots),
                "alternates": [ALTERNATE.format(**slots)],
                "answer": ANSWER.format(topic=topic, **slots),
            }
        )
    return entries


def _typo(word: str, rng: random.Random) -> str:
    if len(word) < 5:
        return word
    i = rng.randrange(1, len(word) - 1)
    return (
        word[:i] + word[i + 1 :]
        if rng.random() < 0.5
        else word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    )


def noisy_query(question: str, rng: random.Random) -> str:
    """A parent's rewording: synonyms, a dropped word, a typo, lowercase, no '?'."""
    words = question.rstrip("?").lower().split()
    words = [rng.choice(SYNONYMS[w]) if w in SYNONYMS and rng.random() < 0.5 else w for w in words]
    if len(words) > 6:
        del words[rng.randrange(len(words))]
    i = rng.randrange(len(words))
    words[i] = _typo(words[i], rng)
    return " ".join(words)


def queries(entries: list[dict], count: int, seed: int = 11) -> list[tuple[str, str]]:
    """`count` (query, right entry id) pairs."""
    rng = random.Random(seed)
    picked = [rng.randrange(len(entries)) for _ in range(count)]
    return [(noisy_query(entries[i]["question"], rng), entries[i]["id"]) for i in picked]
