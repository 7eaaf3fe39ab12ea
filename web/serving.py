"""Serve the web app on stock servers, through their public APIs only.

One process (`--workers 1`, any OS): waitress, as it comes. Several (`--workers N`,
Linux and macOS): gunicorn's own pre-fork model. The master builds the app once
(`preload_app`): it checks the knowledge, loads the search index and migrates the
database, then freezes what it built out of the garbage collector's scans
(`gc.freeze()`), so the forked workers share those pages instead of copying them
when a collection touches them. Each worker starts its own database connections
(SQLAlchemy's documented `dispose(close=False)` after a fork). The safety patterns
compile on their first use (a quicker start): the master compiles them all before
forking, and one process in the background once it listens.

gunicorn's `reuse_port` stays off: its workers share the master's one listening
socket, so the option spreads nothing, and it would let a second server started on
the same port join this one silently instead of failing (tests/test_serving.py).
"""

from __future__ import annotations

import gc
import os
import signal
import sys
import threading

LOOPBACK = ("127.0.0.1", "localhost", "::1")


def serve(config: dict, *, host: str, port: int, workers: int, threads: int | None) -> None:
    if host not in LOOPBACK and "PARENTFAQ_SESSION_COOKIE_SECURE" not in os.environ:
        config = {**config, "SESSION_COOKIE_SECURE": True}  # beyond loopback: HTTPS cookies
    if workers == 1:
        serve_waitress(config, host=host, port=port, threads=threads or 4)
    else:
        # Several threads a worker: a slow request (a login's password hash, ~0.1-0.2 s
        # of scrypt, which releases the GIL) never holds up a parent's question.
        serve_gunicorn(config, host=host, port=port, workers=workers, threads=threads or 4)


def built_app(config: dict, *, forking: bool = False):
    """The app, built once for the life of the process; it and its index are kept out
    of the garbage collector's scans (they are never freed). `forking`: workers will
    be forked from this process."""
    from .app import create_app

    app = create_app(config)
    assistant = app.extensions["assistant"]
    if assistant.speaks_chinese:
        # Built now, not on a parent's first Chinese question, and before gunicorn forks
        # so its workers share them: the Chinese retriever and the triage's converter.
        assistant.chinese  # noqa: B018
        assistant.triage.prepare_chinese()
    if forking:
        # The safety patterns compile on first use; before forking, all of them, so
        # the workers share them instead of each compiling its own.
        assistant.triage.compile_patterns()
    gc.freeze()
    return app


def compile_meanwhile(app) -> threading.Thread:
    """Compile the safety patterns not yet compiled (each compiles on its first use)
    in the background: the server answers at once, and within a second or so of CPU
    no parent's message waits for a pattern to compile."""
    triage = app.extensions["assistant"].triage
    thread = threading.Thread(target=triage.compile_patterns, name="compile", daemon=True)
    thread.start()
    return thread


def serve_waitress(config: dict, *, host: str, port: int, threads: int) -> None:
    import waitress

    refuse_a_port_in_use(host, port)  # before the app's few seconds of building
    app = built_app(config)
    compile_meanwhile(app)
    # SIGTERM (systemd's stop, a container's) ends the process as Ctrl-C does, so the
    # exit handlers write what is still queued for the database.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    announce(host, port, "waitress, 1 process", app)
    waitress.serve(app, host=host, port=port, threads=threads, ident="parentfaq")


def serve_gunicorn(config: dict, *, host: str, port: int, workers: int, threads: int) -> None:
    if sys.platform == "win32":
        raise SystemExit("parentfaq: --workers needs gunicorn, which runs on Linux and macOS")
    # gunicorn itself would retry a port in use for a while and then exit without
    # saying why to the caller.
    refuse_a_port_in_use(host, port)
    from .prefork import PreforkServer

    announce(host, port, f"gunicorn, {workers} worker processes")
    PreforkServer(config, host=host, port=port, workers=workers, threads=threads).run()


def refuse_a_port_in_use(host: str, port: int) -> None:
    """Bind once and let go, so a port in use is reported (an OSError) at once,
    before any knowledge is read."""
    import socket

    family = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0][0]  # "::1" too
    socket.create_server((host, port), family=family).close()


def announce(host: str, port: int, how: str, app=None) -> None:
    shown = f"[{host}]" if ":" in host else host
    print(f"parentfaq serving on http://{shown}:{port}/ ({how})", file=sys.stderr, flush=True)
    for line in setup_notes(app, several="gunicorn" in how):
        print(f"parentfaq: {line}", file=sys.stderr, flush=True)


def setup_notes(app, *, several: bool) -> list[str]:
    """What an operator should know about how sessions and limits are kept."""
    if app is None:
        return []
    notes = [
        "sessions are signed with PARENTFAQ_SECRET_KEY"
        if app.config.get("SECRET_KEY_FROM_SETTINGS")
        else f"sessions are signed with the key kept in {app.instance_path}/secret_key "
        "(set PARENTFAQ_SECRET_KEY when several machines serve counsellors)"
    ]
    if several and app.config["RATELIMIT_STORAGE_URI"].startswith("memory://"):
        notes.append(
            "warning: rate limits are counted by each worker on its own (memory://), so a "
            "client gets the limits once per worker; set RATELIMIT_STORAGE_URI=redis://... "
            "to share them"
        )
    return notes
