"""What counsellors read: the queue of asked questions, reviews, unanswered groups."""

from __future__ import annotations

import logging
import threading
import time
from datetime import datetime

from sqlalchemy import and_, case, func, insert, select, update

from .storage import Storage, exchanges, feedback, now, option_choices, reviews

log = logging.getLogger("parentfaq")
LOW_CONFIDENCE = 0.6
FILTERS = {
    "all": None,
    "low": exchanges.c.confidence < LOW_CONFIDENCE,
    "abstained": exchanges.c.kind == "abstain",
    "escalated": exchanges.c.kind == "escalate",
    # What parents said they were looking for, after "Not helpful".
    "comments": exchanges.c.kind == "feedback",
}


def queue(storage: Storage, which: str = "all", limit: int = 100, offset: int = 0) -> list[dict]:
    """Asked questions, newest first (from the `offset`-th), with their answer outline,
    feedback and review."""
    helpful = func.sum(case((feedback.c.helpful.is_(True), 1), else_=0))
    unhelpful = func.sum(case((feedback.c.helpful.is_(False), 1), else_=0))
    votes = (
        select(
            feedback.c.conversation_id,
            feedback.c.source_id,
            helpful.label("helpful"),
            unhelpful.label("unhelpful"),
        )
        .group_by(feedback.c.conversation_id, feedback.c.source_id)
        .subquery()
    )
    latest_review = (
        select(reviews.c.exchange_id, func.max(reviews.c.id).label("id"))
        .group_by(reviews.c.exchange_id)
        .subquery()
    )
    query = (
        select(
            exchanges,
            votes.c.helpful,
            votes.c.unhelpful,
            reviews.c.verdict,
            reviews.c.better_source_id,
            reviews.c.reviewer,
        )
        .outerjoin(
            votes,
            and_(
                votes.c.conversation_id == exchanges.c.conversation_id,
                votes.c.source_id == exchanges.c.source_id,
            ),
        )
        .outerjoin(latest_review, latest_review.c.exchange_id == exchanges.c.id)
        .outerjoin(reviews, reviews.c.id == latest_review.c.id)
        .order_by(exchanges.c.id.desc())
        .limit(limit)
        .offset(offset)
    )
    if which == "unhelpful":
        query = query.where(votes.c.unhelpful > 0)
    elif FILTERS.get(which) is not None:
        query = query.where(FILTERS[which])
    with storage.engine.connect() as conn:
        return [dict(row) for row in conn.execute(query).mappings()]


def exchange(storage: Storage, exchange_id: int) -> dict | None:
    with storage.engine.connect() as conn:
        row = (
            conn.execute(select(exchanges).where(exchanges.c.id == exchange_id)).mappings().first()
        )
    return dict(row) if row else None


def add_review(
    storage: Storage,
    exchange_id: int,
    verdict: str,
    reviewer: str,
    better_source_id: str | None = None,
) -> None:
    with storage.engine.begin() as conn:
        conn.execute(
            insert(reviews).values(
                exchange_id=exchange_id,
                verdict=verdict,
                better_source_id=better_source_id or None,
                reviewer=reviewer,
                created_at=now(),
            )
        )


def suggested_alternates(storage: Storage, limit: int = 100) -> list[dict]:
    """Parents' words behind a "did you mean" and the entry they then chose, waiting
    for a counsellor to add them as an alternate or dismiss them; newest first."""
    c = option_choices.c
    query = select(option_choices).where(c.decision.is_(None)).order_by(c.id.desc()).limit(limit)
    with storage.engine.connect() as conn:
        return [dict(row) for row in conn.execute(query).mappings()]


def choice(storage: Storage, choice_id: int) -> dict | None:
    with storage.engine.connect() as conn:
        row = (
            conn.execute(select(option_choices).where(option_choices.c.id == choice_id))
            .mappings()
            .first()
        )
    return dict(row) if row else None


def decide_choice(storage: Storage, choice_id: int, decision: str, counsellor: str) -> None:
    """Mark a suggested alternate "added" or "dismissed", so it leaves the list."""
    with storage.engine.begin() as conn:
        conn.execute(
            update(option_choices)
            .where(option_choices.c.id == choice_id)
            .values(decision=decision, decided_by=counsellor)
        )


# Grouping is quadratic in the questions: it runs on the newest MAX_GROUPED abstained
# questions, each cut to GROUPED_CHARS, in a background thread, never on a request.
MAX_GROUPED = 500
GROUPED_CHARS = 300
REGROUP_EVERY = 300.0  # seconds a grouping is shown before it is made again


def unanswered_groups(storage: Storage, limit: int = MAX_GROUPED) -> list[list[str]]:
    """Abstained questions grouped by similarity (TF-IDF + agglomerative clustering),
    largest groups first: what the clinic might write about next."""
    with storage.engine.connect() as conn:
        questions = [
            r[0]
            for r in conn.execute(
                select(exchanges.c.question)
                .where(exchanges.c.kind == "abstain", exchanges.c.question.is_not(None))
                .order_by(exchanges.c.id.desc())
                .limit(limit)
            )
        ]
    if len(questions) < 2:
        return [questions] if questions else []
    from sklearn.cluster import AgglomerativeClustering
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.metrics.pairwise import cosine_distances

    try:
        vectors = TfidfVectorizer(
            analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True
        ).fit_transform(q[:GROUPED_CHARS] for q in questions)
    except ValueError:
        return [questions]
    # Distances from the sparse vectors: memory grows with the questions squared,
    # never with questions times n-grams.
    labels = AgglomerativeClustering(
        n_clusters=None, metric="precomputed", linkage="average", distance_threshold=0.75
    ).fit_predict(cosine_distances(vectors))
    groups: dict[int, list[str]] = {}
    for label, question in zip(labels, questions, strict=True):
        groups.setdefault(int(label), []).append(question)
    return sorted(groups.values(), key=len, reverse=True)


class UnansweredGroups:
    """The latest grouping of unanswered questions, made again in the background when
    it is older than REGROUP_EVERY seconds; the page shows what is there."""

    def __init__(self, storage: Storage):
        self.storage = storage
        self.groups: list[list[str]] | None = None
        self.made_at: datetime | None = None
        self._made = float("-inf")
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None

    def latest(self) -> list[list[str]] | None:
        """The last grouping (None before the first is made); starts a new one if stale."""
        if time.monotonic() - self._made > REGROUP_EVERY:
            self.refresh()
        return self.groups

    def refresh(self, *, wait: bool = False) -> None:
        with self._lock:
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(
                    target=self._make, name="parentfaq-unanswered", daemon=True
                )
                self._thread.start()
            thread = self._thread
        if wait:
            thread.join()

    def _make(self) -> None:
        try:
            self.groups = unanswered_groups(self.storage)
            self.made_at = now()
        except Exception:  # noqa: BLE001 - a failed grouping is retried later
            log.exception("grouping the unanswered questions failed")
        self._made = time.monotonic()
