"""Run the web app on waitress, in one process or several sharing one port.

Waitress serves with threads; Python runs one thread at a time per process, so
on a machine with several cores `--workers N` forks N processes, each accepting on a
listening socket of its own on the same port (SO_REUSEPORT: the kernel picks a
worker for each connection by a hash of its addresses); with `--pin`, each is kept
on a core of its own when there are enough. Each worker builds its own app after
the fork and loads the saved index (fast); the parent builds and saves that index
first, so workers never race to build it.
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
    listeners = worker_listeners(host, port, workers)
    _announce(host, port, workers)
    children = []
    cores = worker_cores(workers) if pin else [None] * workers
    for listener, core in zip(listeners, cores, strict=True):
        pid = os.fork()
        if pid == 0:  # worker
            for other in listeners:
                if other is not listener:
                    other.close()
            signal.signal(signal.SIGTERM, signal.SIG_DFL)
            signal.signal(signal.SIGINT, signal.SIG_DFL)
            if core is not None:  # before its threads start: they inherit it
                os.sched_setaffinity(0, {core})
            app = create_app(config)
            gc.freeze()  # the index and app live for the process: keep them out of GC scans
            serve(app, sockets=[listener], threads=threads, ident="parentfaq")
            os._exit(0)
        children.append(pid)
    for listener in listeners:  # each worker holds its own
        listener.close()

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


def worker_listeners(host: str, port: int, workers: int) -> list[socket.socket]:
    """A listening socket for each worker, all on one port. With one socket shared,
    every idle worker wakes for a new connection and the first to run takes it: a
    burst of keep-alive connections (a balancer's pool, a browser's) went 3 to 29 or
    0 to 32, and the worker holding most of them did most of the work while the other
    idled. With a socket each, the kernel assigns each connection by a hash of its
    addresses: from 11/21 to 16/16 in ten bursts of 32."""
    # A plain bind first fails if anything holds the port: without it a second server
    # (or anything else using SO_REUSEPORT as this user) would quietly share it.
    socket.create_server((host, port)).close()
    return [
        socket.create_server((host, port), backlog=2048, reuse_port=True) for _ in range(workers)
    ]


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
