"""The assistant the app serves, kept in step with its knowledge files and with
counsellor-approved FAQ changes.

The knowledge files are loaded at start and again when they change on disk;
approved changes live in the database and are applied over them. A change is
validated before it is stored; a new index is built in a background thread and
swapped in with one assignment, so a request sees either the old assistant or
the new one, never half of each. A file that breaks is reported and the previous
assistant keeps serving. Every instance looks at the files and the database
every few seconds, so all of them answer with a change approved on any one.
"""

from __future__ import annotations

import hashlib
import json
import logging
import threading
import time
from pathlib import Path

from flask import Flask
from sqlalchemy import func, insert, select
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from assistant import Assistant
from assistant.persist import INDEX_FILE
from knowledge import Knowledge, KnowledgeError, load_knowledge, shipped_dir
from knowledge.changes import FaqChange, apply_changes
from knowledge.records import Problem

from .storage import Storage, faq_changes, now

log = logging.getLogger("parentfaq")
CHECK_EVERY = 2.0  # seconds between looks at the files and the database
SETTLE = 1.0  # seconds a changed file must stay untouched before it is read (editors save in steps)


def files_stamp(root: Path) -> tuple:
    """What changes when a knowledge file is edited, added or removed."""
    return tuple(
        sorted(
            (str(p), p.stat().st_mtime_ns, p.stat().st_size)
            for p in root.rglob("*")
            if p.is_file() and p.name != INDEX_FILE and not p.name.startswith(".")
        )
    )


class LiveAssistant:
    def __init__(self, app: Flask, storage: Storage, knowledge_dir, max_question_chars: int):
        self.app, self.storage = app, storage
        self.options = {"max_question_chars": max_question_chars}
        self.root = Path(knowledge_dir) if knowledge_dir else shipped_dir()
        self.stamp = files_stamp(self.root)
        self.served_stamp = self.stamp  # the files the answers come from
        self.base: Knowledge = load_knowledge(self.root)
        self.reload_error: str | None = None
        self.settle = SETTLE
        self.version = -1  # the newest change the served assistant includes
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
        """Called on requests: at most every CHECK_EVERY seconds, look for edited files
        and newer changes, and rebuild in the background if there are any."""
        if time.monotonic() - self._checked < CHECK_EVERY:
            return
        self._checked = time.monotonic()
        files_changed = self._reload_files()
        try:
            newer = self.latest() != self.version
        except SQLAlchemyError:
            newer = False  # the database is down: keep serving what we have
        if files_changed or newer:
            self.refresh(wait=False, files_changed=files_changed)

    def _reload_files(self) -> bool:
        try:
            stamp = files_stamp(self.root)
        except OSError:
            return False
        if stamp == self.stamp:
            return False
        if stamp and time.time() - max(mtime for _, mtime, _ in stamp) / 1e9 < self.settle:
            return False  # still being written: look again next time
        self.stamp = stamp
        try:
            base = load_knowledge(self.root)
            refused = shrinkage(self.base, base)
            if refused:
                raise KnowledgeError([Problem(str(self.root), 0, refused)])
        except KnowledgeError as exc:
            self.reload_error = str(exc)
            log.warning(
                "the knowledge files have problems; still serving the previous answers:\n%s", exc
            )
            return False
        self.base = base
        self.served_stamp = stamp
        self.reload_error = None
        log.info("knowledge files changed: rebuilding the index")
        return True

    def refresh(self, *, wait: bool, files_changed: bool = False) -> None:
        """Rebuild from the base knowledge and every stored change, then swap."""
        with self._lock:
            if self._building is not None and self._building.is_alive() and not files_changed:
                thread = self._building
            else:
                thread = threading.Thread(
                    target=self._rebuild,
                    args=(files_changed,),
                    name="parentfaq-rebuild",
                    daemon=True,
                )
                self._building = thread
                thread.start()
        if wait:
            thread.join(timeout=60)

    def _rebuild(self, files_changed: bool) -> None:
        base = self.base
        try:
            version = self.latest()
            changes = self.changes()
        except SQLAlchemyError:
            version, changes = self.version, None  # database down: files only
        knowledge = apply_changes(base, valid_changes(base, changes or []))
        if not files_changed and (version == self.version or not changes):
            self.version = version  # nothing new (or nothing approved yet)
            return
        assistant = Assistant(knowledge, saved_index=not changes, **self.options)
        self.app.extensions["assistant"] = assistant  # the atomic swap
        self.version = version

    @property
    def knowledge_version(self) -> str:
        """Which files and approved changes the served answers come from."""
        files = hashlib.sha256(repr(self.served_stamp).encode()).hexdigest()[:12]
        return f"{files}+{max(self.version, 0)}"

    # -- approving changes -------------------------------------------------
    def approve(self, change: FaqChange) -> None:
        """Validate `change` against everything approved so far, store it, go live.

        Raises KnowledgeError (nothing stored) when the result would be invalid.
        """
        # Validated over the changes that still apply: one clash stored earlier must
        # never make every later approval fail.
        apply_changes(self.base, [*valid_changes(self.base, self.changes()), change])
        try:
            with self.storage.engine.begin() as conn:
                conn.execute(
                    insert(faq_changes).values(
                        kind=change.kind,
                        entry_id=change.entry_id,
                        question=change.question,
                        answer=change.answer or None,
                        sources=json.dumps(list(change.sources)),
                        tags=json.dumps(list(change.tags)),
                        approved_by=change.approved_by,
                        approved_on=now(),
                    )
                )
        except IntegrityError:  # another counsellor approved this id a moment ago
            raise KnowledgeError(
                [
                    Problem(
                        "change",
                        0,
                        f"an FAQ entry '{change.entry_id}' was approved by another counsellor "
                        "a moment ago; nothing was changed (open it to add to it)",
                    )
                ]
            ) from None
        self.refresh(wait=True)


def shrinkage(before: Knowledge, after: Knowledge) -> str | None:
    """Why a reload looks like a file cut short (emptied, or most of its FAQ entries or
    passages gone), or None. A half-saved file is valid YAML often enough."""
    for label, old, new in (
        ("FAQ entries", _counts(e.path for e in before.faq), _counts(e.path for e in after.faq)),
        (
            "passages",
            _counts(a.path for a in before.articles for _ in a.passages),
            _counts(a.path for a in after.articles for _ in a.passages),
        ),
    ):
        for path, count in old.items():
            kept = new.get(path, 0)
            if count >= 2 and kept < count / 2 or count and not kept:
                return (
                    f"{path} went from {count} {label} to {kept}: not reloaded, in case the "
                    "file was saved half-written; restart the server if that is intended"
                )
    return None


def _counts(paths) -> dict[str, int]:
    counts: dict[str, int] = {}
    for path in paths:
        counts[path] = counts.get(path, 0) + 1
    return counts


def valid_changes(base: Knowledge, changes: list[FaqChange]) -> list[FaqChange]:
    """The stored changes that still apply over the files, in order. A change the files
    now hold (an exported FAQ file put into the knowledge folder) is already merged;
    one that no longer validates is left out with a warning, never kept as a clash."""
    in_files = {e.id for e in base.faq}
    pending = [c for c in changes if not (c.kind == "entry" and c.entry_id in in_files)]
    try:
        apply_changes(base, pending)
        return pending
    except KnowledgeError:
        pass
    accepted: list[FaqChange] = []
    for change in pending:
        try:
            apply_changes(base, [*accepted, change])
        except KnowledgeError as exc:
            log.warning("left out an approved FAQ change that no longer validates: %s", exc)
            continue
        accepted.append(change)
    return accepted


def _change(row) -> FaqChange:
    return FaqChange(
        kind=row["kind"],
        entry_id=row["entry_id"],
        question=row["question"],
        answer=row["answer"] or "",
        sources=tuple(json.loads(row["sources"] or "[]")),
        tags=tuple(json.loads(row["tags"] or "[]")),
        approved_by=row["approved_by"],
        approved_on=row["approved_on"].date().isoformat(),
    )
