"""Recent turns per conversation, so follow-ups can be read with their context and
the no-JavaScript page can show the conversation.

Kept in this process's memory, bounded in size and age, never written to disk.
"""

from __future__ import annotations

import secrets
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass

MAX_CONVERSATIONS = 10_000


@dataclass(frozen=True)
class Turn:
    question: str
    answer: dict | None  # kept only for the no-JavaScript page, which renders it again


class Conversations:
    def __init__(self, turns: int = 5, ttl: float = 3600.0):
        self.turns, self.ttl = turns, ttl
        self._items: OrderedDict[str, tuple[float, list[Turn]]] = OrderedDict()
        self._lock = threading.Lock()

    def turns_of(self, conversation_id: str | None) -> list[Turn]:
        with self._lock:
            item = self._items.get(conversation_id or "")
            if item is None or time.monotonic() - item[0] > self.ttl:
                return []
            return list(item[1])

    def history(self, conversation_id: str | None) -> list[str]:
        """The earlier questions of the conversation, oldest first."""
        return [t.question for t in self.turns_of(conversation_id)]

    def add(self, conversation_id: str | None, question: str, answer: dict | None) -> str:
        """Record a turn; returns the conversation id (a new one if none was given)."""
        conversation_id = conversation_id or secrets.token_urlsafe(12)
        with self._lock:
            _, turns = self._items.pop(conversation_id, (0.0, []))
            turns = (turns + [Turn(question, answer)])[-self.turns :]
            self._items[conversation_id] = (time.monotonic(), turns)
            while len(self._items) > MAX_CONVERSATIONS:
                self._items.popitem(last=False)
        return conversation_id

    def forget(self, conversation_id: str | None) -> None:
        with self._lock:
            self._items.pop(conversation_id or "", None)
