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
    kind: str = ""
    reason: str | None = None


class Conversations:
    def __init__(self, storage: Storage, turns: int = 5, ttl: float = 3600.0):
        self.storage, self.turns, self.ttl = storage, turns, ttl

    def turns_of(self, conversation_id: str | None) -> list[Turn]:
        if not conversation_id or self.turns <= 0:
            return []
        rows = self.storage.recent_turns(conversation_id, self.turns, self.ttl)
        return [Turn(row["question"], row["answer"], row["kind"], row["reason"]) for row in rows]

    def history(self, conversation_id: str | None) -> list[str]:
        """The earlier questions of the conversation, oldest first."""
        return [t.question for t in self.turns_of(conversation_id)]

    def offered_options(self, conversation_id: str | None) -> str | None:
        """The parent's words behind the latest "did you mean" (a clarification, or
        an abstention that offered the closest entries) in this conversation."""
        for turn in reversed(self.turns_of(conversation_id)):
            if turn.kind == "clarify" or (turn.kind == "abstain" and turn.reason == "not_covered"):
                return turn.question
        return None

    @staticmethod
    def new_id() -> str:
        return secrets.token_urlsafe(12)
