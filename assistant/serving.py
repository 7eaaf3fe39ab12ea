"""Run the web app on waitress, in one process or several sharing one socket.

Waitress serves with threads; Python runs one thread at a time per process, so
on a machine with several cores `--workers N` forks N processes that accept on
the same listening socket (the kernel spreads connections between them); with
`--pin`, each is kept on a core of its own when there are enough. Each
worker builds its own app after the fork and loads the saved index (fast); the
parent builds and saves that index first, so workers never race to build it.
"""

from __future__ import annotations

import gc
import os
import signal
import socket
import sys


def serve_forever(
    config: dict, *, host: str, port: int, workers: int, threads: int, pin: bool = False
) -> None:
    from waitress import serve

    from web import create_app, prepare

    if (
        host not in ("127.0.0.1", "localhost", "::1")
        and "PARENTFAQ_SESSION_COOKIE_SECURE" not in os.environ
    ):
        config = {**config, "SESSION_COOKIE_SECURE": True}  # beyond loopback: HTTPS cookies
    if workers == 1:
        app = create_app(config)
        gc.freeze()  # the index and app live for the process: keep them out of GC scans
        _announce(host, port, workers)
        serve(app, host=host, port=port, threads=threads, ident="parentfaq")
        return
    # Before forking: check the knowledge, save a fresh index and migrate the database
    # once, keeping no connection or thread that the workers would inherit.
    prepare(config)
    listener = socket.create_server((host, port), backlog=2048, reuse_port=False)
    _announce(host, port, workers)
    children = []
    cores = worker_cores(workers) if pin else [None] * workers
    for core in cores:
        pid = os.fork()
        if pid == 0:  # worker
            signal.signal(signal.SIGTERM, signal.SIG_DFL)
            signal.signal(signal.SIGINT, signal.SIG_DFL)
            if core is not None:  # before its threads start: they inherit it
                os.sched_setaffinity(0, {core})
            app = create_app(config)
            gc.freeze()  # the index and app live for the process: keep them out of GC scans
            serve(app, sockets=[listener], threads=threads, ident="parentfaq")
            os._exit(0)
        children.append(pid)

    def stop(signum, _frame):
        for child in children:
            try:
                os.kill(child, signal.SIGTERM)
            except ProcessLookupError:
                pass

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    for child in children:
        try:
            os.waitpid(child, 0)
        except ChildProcessError:
            pass


def worker_cores(workers: int) -> list[int | None]:
    """A core of its own for each worker, when there are enough (else None: the kernel
    places them). A worker kept on one core finds its caches warm when a request wakes
    it: on a 2-core virtual machine it cut the paced p99 in 6 of 8 short side-by-side
    runs, but it cannot move off a core the host slows down, and one 10-minute run
    pinned did far worse than one without (bench/README.md); so it is opt-in."""
    if not hasattr(os, "sched_getaffinity"):
        return [None] * workers
    cores = sorted(os.sched_getaffinity(0))
    return cores[:workers] if workers <= len(cores) else [None] * workers


def _announce(host: str, port: int, workers: int) -> None:
    print(
        f"parentfaq serving on http://{host}:{port}/ ({workers} worker(s))",
        file=sys.stderr,
        flush=True,
    )
