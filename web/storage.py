"""What the app stores: exchanges (redacted), feedback, escalation counts. A
conversation's recent exchanges are also its context: any worker reads a
follow-up with the questions before it.

SQLAlchemy Core; a SQLite file in the instance folder by default (WAL mode),
`DATABASE_URL` for PostgreSQL. A database that is down never stops the chat:
writes log a warning and are dropped.
"""

from __future__ import annotations

import atexit
import json
import logging
import threading
from collections import deque
from datetime import UTC, datetime, timedelta

from sqlalchemy import (
    Boolean,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    create_engine,
    delete,
    event,
    func,
    insert,
    select,
    text,
)
from sqlalchemy.exc import SQLAlchemyError

from knowledge.safety import CATEGORIES

from .redact import redact

log = logging.getLogger("parentfaq.storage")
metadata = MetaData()

exchanges = Table(
    "exchanges",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("conversation_id", String(64), index=True, nullable=False),
    Column("created_at", DateTime(timezone=True), index=True, nullable=False),
    Column("question", Text, nullable=True),  # redacted; NULL when storing is off
    Column("kind", String(16), nullable=False),
    Column("reason", String(32), nullable=True),
    Column("source_id", String(300), nullable=True),
    Column("confidence", Float, nullable=False),
    Column("answer", Text, nullable=True),  # JSON; kept only for the no-JavaScript page
)

feedback = Table(
    "feedback",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("conversation_id", String(64), index=True, nullable=False),
    Column("source_id", String(300), nullable=True),
    Column("helpful", Boolean, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

users = Table(
    "users",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(80), unique=True, nullable=False),
    Column("password_hash", String(300), nullable=False),
    Column("is_admin", Boolean, nullable=False, default=False),
    Column("disabled", Boolean, nullable=False, default=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("session_version", Integer, nullable=False, server_default="0"),  # migration 0005
)

reviews = Table(
    "reviews",
    metadata,
    Column("id", Integer, primary_key=True),
    Column(
        "exchange_id",
        Integer,
        ForeignKey("exchanges.id", ondelete="CASCADE"),
        index=True,
        nullable=False,
    ),
    Column("verdict", String(16), nullable=False),  # "right" | "wrong"
    Column("better_source_id", String(300), nullable=True),
    Column("reviewer", String(80), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

# Counsellor-approved FAQ changes, applied over the knowledge files.
faq_changes = Table(
    "faq_changes",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("kind", String(16), nullable=False),  # "alternate" | "entry"
    Column("entry_id", String(200), nullable=False),
    Column("question", Text, nullable=False),
    Column("answer", Text, nullable=True),
    Column("sources", Text, nullable=True),  # JSON list
    Column("tags", Text, nullable=True),  # JSON list
    Column("approved_by", String(80), nullable=False),
    Column("approved_on", DateTime(timezone=True), nullable=False),
    # A new entry's id is approved once (migration 0004).
    Index(
        "uq_faq_changes_new_entry",
        "entry_id",
        unique=True,
        sqlite_where=text("kind = 'entry'"),
        postgresql_where=text("kind = 'entry'"),
    ),
)


# A parent's choice of a "did you mean" option: the words they had typed (redacted)
# and the entry they chose, which counsellors may add as an alternate of it.
option_choices = Table(
    "option_choices",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("conversation_id", String(64), index=True, nullable=False),
    Column("created_at", DateTime(timezone=True), index=True, nullable=False),
    Column("question", Text, nullable=False),
    Column("source_id", String(300), nullable=False),
    Column("decision", String(16), nullable=True),  # None (waiting) | "added" | "dismissed"
    Column("decided_by", String(80), nullable=True),
)


def now() -> datetime:
    return datetime.now(UTC)


# Exchanges wait at most WRITE_EVERY seconds to be written, in batches of up to BATCH
# rows (a full batch wakes the writer early); beyond MAX_PENDING unwritten rows, new
# ones are dropped with a warning rather than held in memory.
WRITE_EVERY = 0.1
BATCH = 200
MAX_PENDING = 10_000
EXIT_WAIT = 15  # seconds a stopping process waits for unwritten exchanges


class Storage:
    def __init__(
        self, url: str, *, store_messages: bool = True, store_escalation_messages: bool = False
    ):
        self.url = url
        self.store_messages = store_messages
        self.store_escalation_messages = store_escalation_messages
        options = {"pool_pre_ping": True}
        if url.startswith("sqlite"):
            options["connect_args"] = {"timeout": 15, "check_same_thread": False}
        self.engine = create_engine(url, **options)
        if url.startswith("sqlite"):
            event.listen(self.engine, "connect", _sqlite_pragmas)
        # Exchanges are logged by a background thread in batches, so a parent's answer
        # never waits on the database (feedback is written before it is acknowledged).
        # The thread wakes on a timer, not per exchange: waking it for each answer cost
        # a thread switch per request under load.
        self._pending: deque[dict] = deque()
        self._wake = threading.Event()
        self._progress = threading.Condition()  # guards the two counts below
        self._queued = self._done = 0
        self._writer: threading.Thread | None = None
        self._lock = threading.Lock()
        # Questions queued but not yet committed, by conversation: this worker reads
        # its own at once (a follow-up may arrive before the batch is written).
        self._unwritten: dict[str, list[dict]] = {}
        self._unwritten_lock = threading.Lock()
        self.refused = 0  # exchanges the database refused (logged one by one)

    def create(self) -> Storage:
        """Bring the schema up to date with the Alembic migrations (creates it on first start)."""
        from .migrate import upgrade

        upgrade(self.engine)
        return self

    # -- writes ------------------------------------------------------------
    def record_exchange(
        self, conversation_id: str, question: str, answer: dict, *, keep_answer: bool = False
    ) -> None:
        """Store one question and its answer's outline; the question only if allowed,
        the whole answer too if `keep_answer` (the no-JavaScript page shows it again)."""
        keep = self.store_messages and (
            answer["kind"] != "escalate" or self.store_escalation_messages
        )
        row = {
            "conversation_id": conversation_id,
            "created_at": now(),
            "question": redact(question) if keep else None,
            "kind": answer["kind"],
            "reason": answer.get("reason"),
            "source_id": answer.get("source_id"),
            "confidence": float(answer.get("confidence", 0.0)),
            "answer": json.dumps(answer) if keep and keep_answer else None,
        }
        if keep:
            with self._unwritten_lock:
                self._unwritten.setdefault(conversation_id, []).append(row)
        self._start_writer()
        if len(self._pending) >= MAX_PENDING:
            log.warning("storage is falling behind, dropped a logged exchange")
            with self._unwritten_lock:
                self._written([row])
            return
        with self._progress:
            self._queued += 1
            self._pending.append(row)
        if len(self._pending) >= BATCH:
            self._wake.set()

    def flush(self, timeout: float | None = None) -> bool:
        """Wait until every exchange queued so far has been written (or dropped), at
        most `timeout` seconds; whether they all were."""
        if self._writer is None:
            return True
        with self._progress:
            target = self._queued
            self._wake.set()
            return self._progress.wait_for(lambda: self._done >= target, timeout)

    def _start_writer(self) -> None:
        if self._writer is None:
            with self._lock:
                if self._writer is None:
                    self._writer = threading.Thread(
                        target=self._write_batches, name="parentfaq-storage", daemon=True
                    )
                    self._writer.start()
                    atexit.register(self.flush, EXIT_WAIT)

    def _write_batches(self) -> None:
        while True:
            self._wake.wait(WRITE_EVERY)
            self._wake.clear()
            while self._pending:
                batch = [self._pending.popleft() for _ in range(min(BATCH, len(self._pending)))]
                try:
                    self._write_isolated(batch)
                except Exception:  # noqa: BLE001 - one bad batch must not stop the writer
                    log.exception("storage: dropped %d logged exchanges", len(batch))
                finally:
                    with self._unwritten_lock:
                        self._written(batch)
                    with self._progress:
                        self._done += len(batch)
                        self._progress.notify_all()

    def _write_isolated(self, batch: list[dict]) -> None:
        """Write a batch in one transaction; if the database refuses it, write its rows
        one by one, so one bad row never costs the others."""
        try:
            with self.engine.begin() as conn:
                conn.execute(insert(exchanges), batch)
            return
        except SQLAlchemyError as exc:
            if len(batch) == 1 or not self.ready():
                log.warning(
                    "storage unavailable, dropped %d logged exchanges: %s",
                    len(batch),
                    str(exc).splitlines()[0][:200],
                )
                self.refused += len(batch)
                return
        for row in batch:
            try:
                with self.engine.begin() as conn:
                    conn.execute(insert(exchanges), [row])
            except SQLAlchemyError as exc:
                self.refused += 1
                log.warning(
                    "storage refused one logged exchange: %s", str(exc).splitlines()[0][:200]
                )

    def _written(self, rows: list[dict]) -> None:
        """Forget rows as unwritten (the caller holds `_unwritten_lock`)."""
        for row in rows:
            waiting = self._unwritten.get(row["conversation_id"])
            if waiting and row in waiting:
                waiting.remove(row)
                if not waiting:
                    del self._unwritten[row["conversation_id"]]

    def record_feedback(self, conversation_id: str, source_id: str | None, helpful: bool):
        return self._write(
            insert(feedback).values(
                conversation_id=conversation_id,
                source_id=source_id,
                helpful=helpful,
                created_at=now(),
            )
        )

    def record_choice(self, conversation_id: str, question: str, source_id: str):
        """Remember that the parent who typed `question` chose `source_id` from the
        options offered; nothing is kept when the clinic stores no message text."""
        if not self.store_messages:
            return None
        return self._write(
            insert(option_choices).values(
                conversation_id=conversation_id,
                created_at=now(),
                question=redact(question),
                source_id=source_id,
            )
        )

    def purge(self, older_than_days: int) -> int:
        """Delete exchanges and feedback older than the given number of days."""
        cutoff = now() - timedelta(days=older_than_days)
        with self.engine.begin() as conn:
            removed = conn.execute(delete(exchanges).where(exchanges.c.created_at < cutoff))
            conn.execute(delete(feedback).where(feedback.c.created_at < cutoff))
            conn.execute(delete(option_choices).where(option_choices.c.created_at < cutoff))
        return removed.rowcount

    def _write(self, statement, rows: list[dict] | None = None) -> int | None:
        try:
            with self.engine.begin() as conn:
                result = conn.execute(statement, rows) if rows else conn.execute(statement)
                if rows:
                    return len(rows)
                return result.inserted_primary_key[0] if result.inserted_primary_key else None
        except SQLAlchemyError as exc:
            log.warning("storage unavailable, dropped a write: %s", str(exc).splitlines()[0][:200])
            return None

    # -- reads -------------------------------------------------------------
    def recent_turns(self, conversation_id: str, limit: int, max_age: float) -> list[dict]:
        """The conversation's last `limit` stored questions younger than `max_age`
        seconds, oldest first, each {"question", "answer", "kind", "reason"} (answer: a
        dict or None)."""
        since = now() - timedelta(seconds=max_age)
        c = exchanges.c
        query = (
            select(c.question, c.answer, c.created_at, c.kind, c.reason)
            .where(c.conversation_id == conversation_id, c.question.is_not(None))
            .where(c.created_at >= since)
            .order_by(c.id.desc())
            .limit(limit)
        )
        # Unwritten rows first: a row committed after this is in what the query reads.
        with self._unwritten_lock:
            waiting = [
                r for r in self._unwritten.get(conversation_id, ()) if r["created_at"] >= since
            ]
        try:
            with self.engine.connect() as conn:
                turns = [dict(row) for row in conn.execute(query).mappings()][::-1]
        except SQLAlchemyError as exc:
            log.warning("storage unavailable, read no history: %s", str(exc).splitlines()[0])
            turns = []
        read = {_moment(t["created_at"]) for t in turns}
        turns += [row for row in waiting if _moment(row["created_at"]) not in read]
        # A batch committed between the two reads puts older unwritten rows after the
        # newest stored ones: the turns in the order they were asked.
        turns.sort(key=lambda t: _moment(t["created_at"]))
        return [
            {
                "question": t["question"],
                "answer": json.loads(t["answer"]) if t["answer"] else None,
                "kind": t["kind"],
                "reason": t["reason"],
            }
            for t in turns[-limit:]
        ]

    def escalation_counts(self, days: int = 30) -> dict[str, int]:
        since = now() - timedelta(days=days)
        query = (
            select(exchanges.c.reason, func.count())
            .where(exchanges.c.kind == "escalate", exchanges.c.created_at >= since)
            .group_by(exchanges.c.reason)
        )
        counts: dict[str, int] = {}
        with self.engine.connect() as conn:
            for reason, count in conn.execute(query):
                # A reason is "category/rule": counted by the category's guidance group.
                group = CATEGORIES.get((reason or "").split("/")[0], reason or "unknown")
                counts[group] = counts.get(group, 0) + count
        return counts

    def ready(self) -> bool:
        try:
            with self.engine.connect() as conn:
                conn.execute(text("SELECT 1"))
            return True
        except SQLAlchemyError:
            return False


def _moment(when: datetime) -> datetime:
    """A stored time as naive UTC: SQLite gives it back without its time zone."""
    return when.astimezone(UTC).replace(tzinfo=None) if when.tzinfo else when


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    # WAL: readers never block the writer, and a killed process loses nothing it
    # committed (the commit is in the WAL file before it returns). NORMAL skips the
    # fsync per commit, so only a power cut could lose the latest commits.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=15000")
    cursor.close()
