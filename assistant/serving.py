"""Run the web app on waitress, in one process or several sharing one port.

Python runs one thread at a time per process, so on a machine with several cores
`--workers N` forks N processes, each accepting on a listening socket of its own on
the same port (SO_REUSEPORT: the kernel picks a worker for each connection by a
hash of its addresses); with `--pin`, each is kept on a core of its own when there
are enough. Each worker builds its own app after the fork and loads the saved index
(fast); the parent builds and saves that index first, so workers never race to
build it.

With `--threads 1` (the default) a worker answers each request on its own I/O loop
(`InlineDispatcher`) instead of handing it to a thread and back: one request at a
time, as with one waitress thread, without three thread wake-ups a request. The loop
answers what a poll read as soon as the poll is over, sends each answer in one
piece at once, and polls briefly after answering before it sleeps (`run_loop`).
"""

from __future__ import annotations

import gc
import logging
import os
import signal
import socket
import sys
import time
from collections import deque

from waitress.server import create_server
from waitress.wasyncore import poll, write

log = logging.getLogger("parentfaq")


def serve_forever(
    config: dict, *, host: str, port: int, workers: int, threads: int, pin: bool = False
) -> None:
    from web import prepare

    if (
        host not in ("127.0.0.1", "localhost", "::1")
        and "PARENTFAQ_SESSION_COOKIE_SECURE" not in os.environ
    ):
        config = {**config, "SESSION_COOKIE_SECURE": True}  # beyond loopback: HTTPS cookies
    if workers == 1:
        app = serving_app(config)
        _announce(host, port, workers)
        run_waitress(app, threads, host=host, port=port)
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
            run_waitress(serving_app(config), threads, sockets=[listener])
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


def serving_app(config: dict):
    """The app of one serving process. It and its index live as long as the process,
    so they are kept out of the garbage collector's scans."""
    from web import create_app

    app = create_app(config)
    gc.freeze()
    return app


def run_waitress(app, threads: int, **listen) -> None:
    """Serve `app` on waitress until stopped; `listen` is host and port, or sockets."""
    if threads > 1:
        create_server(app, threads=threads, ident="parentfaq", **listen).run()
        return
    socket_map: dict = {}
    dispatcher = InlineDispatcher()
    # A response bigger than waitress's high watermark makes the answering thread wait
    # for the I/O loop to send some: on the loop itself that wait would never end.
    # Without the mark a big response spills to a temporary file and is sent from there.
    server = create_server(
        app,
        map=socket_map,
        _dispatcher=dispatcher,
        threads=1,
        ident="parentfaq",
        outbuf_high_watermark=sys.maxsize,
        **listen,
    )
    # waitress pulls its trigger to wake the loop from an answering thread; here the
    # loop itself answers and polls again next, so a pull would only cost two system
    # calls and a turn of the loop.
    server.pull_trigger = lambda: None
    # waitress sends each write at once (send_bytes 1): a response's head and body
    # went as two packets, waking the client twice. The loop sends what an answer
    # wrote as soon as it is done, so writes gather up to SEND_BYTES first (set here,
    # not as the deprecated option; tests/test_serving.py counts the sends).
    server.adj.send_bytes = SEND_BYTES
    try:
        run_loop(socket_map, dispatcher, server.adj.asyncore_loop_timeout)
    except (SystemExit, KeyboardInterrupt):
        server.close()


SEND_BYTES = 18000  # waitress's own default before 3.0
SPIN_AFTER_ANSWER = 0.0003  # seconds


def run_loop(socket_map: dict, dispatcher: InlineDispatcher, timeout: float) -> None:
    """waitress's I/O loop, except that for SPIN_AFTER_ANSWER after an answer it polls
    without sleeping. A request that arrives on a core gone idle costs the worker about
    a quarter more CPU than one that finds it busy (waking a virtual core and its cold
    caches), and under steady load the next question often comes within that time.
    Paced at 70% of saturation for 20 s, side by side, the p99 was under 50 ms in 5 of
    6 runs with the spin and in 2 of 6 without (bench/README.md). An idle worker
    sleeps as before: the spin follows answers only."""
    clock = time.perf_counter
    while socket_map:
        spinning = clock() - dispatcher.answered_at < SPIN_AFTER_ANSWER
        poll(0.0 if spinning else timeout, socket_map)
        if dispatcher.pending:
            dispatcher.answer_pending()


class InlineDispatcher:
    """waitress's task dispatcher, answering requests on the I/O loop's own thread.

    waitress hands each parsed request to a pool thread, which wakes the loop again to
    finish: at least three thread wake-ups a request. On a virtual machine whose idle
    cores are slow to wake, requests arriving one by one (as parents' do) cost about a
    third more CPU that way than requests arriving back to back. Answered on the loop,
    2 workers paced at 1,000 requests/s on 2 cores answered with a p99 of 5-23 ms
    against 77-329 ms with a pool, and wrk's saturation rose about a fifth; paced
    requests still cost about a quarter more than under wrk (bench/README.md). waitress
    offers the dispatcher only as a test hook (`_dispatcher`), so pyproject.toml keeps
    waitress below 4 and tests/test_serving.py covers what this relies on.
    """

    def __init__(self):
        self.pending: deque = deque()  # channels with a request read, in arrival order
        self.answered_at = 0.0  # perf_counter of the last answer, for run_loop

    def add_task(self, channel) -> None:
        # waitress calls this holding the channel's request lock, which answering takes
        # again: so run_loop answers once the poll that read the request is over.
        self.pending.append(channel)

    def answer_pending(self) -> None:
        while self.pending:  # including requests pipelined behind those answered
            channel = self.pending.popleft()
            try:
                channel.service()
            except Exception:
                log.exception("answering %r failed", channel)
            if channel.connected and channel.writable():  # send now, not a poll later
                write(channel)
        self.answered_at = time.perf_counter()

    def shutdown(self, cancel_pending: bool = True, timeout: float = 5) -> bool:
        self.pending.clear()
        return True


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
