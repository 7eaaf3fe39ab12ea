"""Counsellor accounts: scrypt password hashes (werkzeug), stored in the database."""

from __future__ import annotations

from sqlalchemy import insert, select, update
from werkzeug.security import check_password_hash, generate_password_hash

from .storage import Storage, now, users

MIN_PASSWORD = 10
MIN_STRENGTH = 3  # zxcvbn's score, 0-4: 3 is "safely unguessable" online


class AccountError(ValueError):
    pass


def add_user(storage: Storage, name: str, password: str, *, admin: bool = False) -> None:
    name = name.strip()
    if not name or len(name) > 80:
        raise AccountError("the name must be 1 to 80 characters")
    if len(password) < MIN_PASSWORD:
        raise AccountError(f"the password must have at least {MIN_PASSWORD} characters")
    weakness = password_weakness(password, name)
    if weakness:
        raise AccountError(weakness)
    with storage.engine.begin() as conn:
        if conn.execute(select(users.c.id).where(users.c.name == name)).first():
            raise AccountError(f"there is already a user '{name}'")
        conn.execute(
            insert(users).values(
                name=name,
                password_hash=generate_password_hash(password, method="scrypt"),
                is_admin=admin,
                disabled=False,
                session_version=0,
                created_at=now(),
            )
        )


def password_weakness(password: str, name: str = "") -> str | None:
    """Why the password is too easy to guess (zxcvbn: common passwords, repeats,
    keyboard runs, the user's own name), or None when it is strong enough."""
    from zxcvbn import zxcvbn

    verdict = zxcvbn(password[:100], user_inputs=[name])
    if verdict["score"] >= MIN_STRENGTH:
        return None
    feedback = verdict["feedback"]
    reasons = [feedback.get("warning") or "", *feedback.get("suggestions", [])]
    return "the password is too easy to guess: " + " ".join(r for r in reasons if r).strip()


def list_users(storage: Storage) -> list[dict]:
    with storage.engine.connect() as conn:
        rows = conn.execute(
            select(users.c.name, users.c.is_admin, users.c.disabled, users.c.created_at).order_by(
                users.c.name
            )
        ).mappings()
        return [dict(r) for r in rows]


def disable_user(storage: Storage, name: str) -> None:
    with storage.engine.begin() as conn:
        result = conn.execute(update(users).where(users.c.name == name).values(disabled=True))
    if result.rowcount == 0:
        raise AccountError(f"there is no user '{name}'")


def verify(storage: Storage, name: str, password: str) -> bool:
    """True for an enabled user with this password (always hashes, found or not)."""
    with storage.engine.connect() as conn:
        row = conn.execute(
            select(users.c.password_hash, users.c.disabled).where(users.c.name == name)
        ).first()
    # Hash even for unknown names, so timing does not tell which names exist.
    stored = row.password_hash if row else _DUMMY_HASH
    ok = check_password_hash(stored, password)
    return bool(row) and ok and not row.disabled


def session_version(storage: Storage, name: str) -> int | None:
    """The account's session version (None when it does not exist or is disabled): a
    session signed in under another version has ended."""
    with storage.engine.connect() as conn:
        row = conn.execute(
            select(users.c.disabled, users.c.session_version).where(users.c.name == name)
        ).first()
    return row.session_version if row and not row.disabled else None


def end_sessions(storage: Storage, name: str) -> None:
    """End every session of the account (logging out ends saved cookies too)."""
    with storage.engine.begin() as conn:
        conn.execute(
            update(users)
            .where(users.c.name == name)
            .values(session_version=users.c.session_version + 1)
        )


_DUMMY_HASH = generate_password_hash("not a real password", method="scrypt")
