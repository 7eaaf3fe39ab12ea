"""A conversation's earlier turns, so follow-ups can be read with their context and
the no-JavaScript page can show the conversation.

Read from the stored exchanges (redacted), not from a worker's memory: behind a
load balancer, a follow-up is read in context whichever worker it reaches. Where
the clinic stores no message text, each question is read on its own.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from .storage import Storage


@dataclass(frozen=True)
class Turn:
    question: str
    answer: dict | None  # kept only for the no-JavaScript page, which renders it again


class Conversations:
    def __init__(self, storage: Storage, turns: int = 5, ttl: float = 3600.0):
        self.storage, self.turns, self.ttl = storage, turns, ttl

    def turns_of(self, conversation_id: str | None) -> list[Turn]:
        if not conversation_id or self.turns <= 0:
            return []
        rows = self.storage.recent_turns(conversation_id, self.turns, self.ttl)
        return [Turn(row["question"], row["answer"]) for row in rows]

    def history(self, conversation_id: str | None) -> list[str]:
        """The earlier questions of the conversation, oldest first."""
        return [t.question for t in self.turns_of(conversation_id)]

    @staticmethod
    def new_id() -> str:
        return secrets.token_urlsafe(12)
