"""Recent turns per conversation, so follow-ups can be read with their context and
the no-JavaScript page can show the conversation.

Kept in the database (redacted, for `ttl` seconds), not in a worker's memory: behind
a load balancer, a follow-up is read in context whichever worker it reaches.
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
        if not conversation_id:
            return []
        rows = self.storage.recent_turns(conversation_id, self.turns, self.ttl)
        return [Turn(row["question"], row["answer"]) for row in rows]

    def history(self, conversation_id: str | None) -> list[str]:
        """The earlier questions of the conversation, oldest first."""
        return [t.question for t in self.turns_of(conversation_id)]

    def add(
        self, conversation_id: str | None, question: str, answer: dict | None, kind: str
    ) -> str:
        """Record a turn; returns the conversation id (a new one if none was given).

        Kept only where the clinic stores messages (and escalated ones only where it
        stores those too); otherwise each question is read on its own."""
        conversation_id = conversation_id or secrets.token_urlsafe(12)
        storage = self.storage
        keep = self.turns > 0 and self.ttl > 0 and storage.store_messages
        if kind == "escalate" and not storage.store_escalation_messages:
            keep = False
        if keep:
            self.storage.record_turn(conversation_id, question, answer)
        return conversation_id

    def forget(self, conversation_id: str | None) -> None:
        if conversation_id:
            self.storage.forget_turns(conversation_id)
