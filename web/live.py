"""The assistant the app serves, kept in step with counsellor-approved FAQ changes.

The knowledge files are loaded once; approved changes live in the database and
are applied over them. A change is validated before it is stored; the new index
is then built in a background thread and swapped in with one assignment, so a
request sees either the old assistant or the new one, never half of each. Every
instance checks the database for newer changes every few seconds, so all of them
answer with a change approved on any one.
"""

from __future__ import annotations

import json
import logging
import threading
import time

from flask import Flask
from sqlalchemy import func, insert, select
from sqlalchemy.exc import SQLAlchemyError

from assistant import Assistant
from knowledge import Knowledge, load_knowledge
from knowledge.changes import FaqChange, apply_changes

from .storage import Storage, faq_changes, now

log = logging.getLogger("parentfaq")
CHECK_EVERY = 2.0  # seconds between looks at the database for newer changes


class LiveAssistant:
    def __init__(self, app: Flask, storage: Storage, knowledge_dir, max_question_chars: int):
        self.app, self.storage = app, storage
        self.options = {"max_question_chars": max_question_chars}
        self.base: Knowledge = load_knowledge(knowledge_dir)
        self.version = -1
        self._checked = 0.0
        self._lock = threading.Lock()
        self._building: threading.Thread | None = None
        app.extensions["assistant"] = Assistant(self.base, **self.options)
        self.refresh(wait=True)

    # -- reading changes ---------------------------------------------------
    def changes(self) -> list[FaqChange]:
        with self.storage.engine.connect() as conn:
            rows = conn.execute(select(faq_changes).order_by(faq_changes.c.id)).mappings().all()
        return [_change(row) for row in rows]

    def latest(self) -> int:
        with self.storage.engine.connect() as conn:
            return conn.execute(select(func.coalesce(func.max(faq_changes.c.id), 0))).scalar_one()

    def maybe_refresh(self) -> None:
        """Called on requests: at most every CHECK_EVERY seconds, look for newer changes."""
        if time.monotonic() - self._checked < CHECK_EVERY:
            return
        self._checked = time.monotonic()
        try:
            if self.latest() != self.version:
                self.refresh(wait=False)
        except SQLAlchemyError:
            pass  # the database is down: keep serving what we have

    def refresh(self, *, wait: bool) -> None:
        """Rebuild from the base knowledge and every stored change, then swap."""
        with self._lock:
            if self._building is not None and self._building.is_alive():
                thread = self._building
            else:
                thread = threading.Thread(target=self._rebuild, name="parentfaq-rebuild",
                                          daemon=True)
                self._building = thread
                thread.start()
        if wait:
            thread.join(timeout=30)

    def _rebuild(self) -> None:
        try:
            version = self.latest()
            changes = self.changes()
            knowledge = apply_changes(self.base, changes)
        except Exception as exc:  # noqa: BLE001 - a bad rebuild must never stop serving
            log.warning("kept the current answers; could not apply FAQ changes: %s", exc)
            return
        if version == self.version or not changes:
            self.version = version  # nothing approved yet: the files' assistant stands
            return
        assistant = Assistant(knowledge, saved_index=False, **self.options)
        self.app.extensions["assistant"] = assistant  # the atomic swap
        self.version = version

    # -- approving changes -------------------------------------------------
    def approve(self, change: FaqChange) -> None:
        """Validate `change` against everything approved so far, store it, go live.

        Raises KnowledgeError (nothing stored) when the result would be invalid.
        """
        apply_changes(self.base, [*self.changes(), change])
        with self.storage.engine.begin() as conn:
            conn.execute(insert(faq_changes).values(
                kind=change.kind, entry_id=change.entry_id, question=change.question,
                answer=change.answer or None, sources=json.dumps(list(change.sources)),
                tags=json.dumps(list(change.tags)), approved_by=change.approved_by,
                approved_on=now()))
        self.refresh(wait=True)


def _change(row) -> FaqChange:
    return FaqChange(kind=row["kind"], entry_id=row["entry_id"], question=row["question"],
                     answer=row["answer"] or "", sources=tuple(json.loads(row["sources"] or "[]")),
                     tags=tuple(json.loads(row["tags"] or "[]")), approved_by=row["approved_by"],
                     approved_on=row["approved_on"].date().isoformat())
