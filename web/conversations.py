"""Recent questions per conversation, so follow-ups can be read with their context.

Kept in memory, bounded in size and age: no message text is stored anywhere else.
"""

from __future__ import annotations

import secrets
import threading
import time
from collections import OrderedDict

MAX_CONVERSATIONS = 10_000


class Conversations:
    def __init__(self, turns: int = 5, ttl: float = 3600.0):
        self.turns, self.ttl = turns, ttl
        self._items: OrderedDict[str, tuple[float, list[str]]] = OrderedDict()
        self._lock = threading.Lock()

    def history(self, conversation_id: str | None) -> list[str]:
        with self._lock:
            item = self._items.get(conversation_id or "")
            if item is None or time.monotonic() - item[0] > self.ttl:
                return []
            return list(item[1])

    def add(self, conversation_id: str | None, question: str) -> str:
        """Record `question`; returns the conversation id (a new one if none was given)."""
        conversation_id = conversation_id or secrets.token_urlsafe(12)
        with self._lock:
            _, questions = self._items.pop(conversation_id, (0.0, []))
            self._items[conversation_id] = (time.monotonic(), (questions + [question])[-self.turns:])
            while len(self._items) > MAX_CONVERSATIONS:
                self._items.popitem(last=False)
        return conversation_id

    def forget(self, conversation_id: str) -> None:
        with self._lock:
            self._items.pop(conversation_id, None)
