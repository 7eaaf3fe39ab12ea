"""gunicorn's arbiter and pre-forked workers around the app, through gunicorn's
documented custom-application API (`gunicorn.app.base.BaseApplication`). Imported
only by `parentfaq serve --workers N` (N > 1), on Linux and macOS."""

from __future__ import annotations

import sys

from gunicorn.app.base import BaseApplication

from .serving import built_app, setup_notes
from .storage import EXIT_WAIT


class PreforkServer(BaseApplication):
    def __init__(self, config: dict, *, host: str, port: int, workers: int, threads: int):
        self.app_config = config
        self.flask_app = None
        self.options = {
            "bind": f"[{host}]:{port}" if ":" in host else f"{host}:{port}",
            "workers": workers,
            # gthread keeps connections alive (a balancer's pool, a browser's); its pool
            # of `threads` answers the requests, one at a time with 1.
            "worker_class": "gthread",
            "threads": threads,
            "preload_app": True,
            "post_fork": lambda _server, _worker: self.forked(),
            "worker_exit": lambda _server, _worker: self.exiting(),
            "proc_name": "parentfaq",
            "backlog": 2048,
            "errorlog": "-",
        }
        super().__init__()

    def load_config(self) -> None:
        for name, value in self.options.items():
            self.cfg.set(name, value)
        if "control_socket_disable" in self.cfg.settings:
            # gunicorn >= 25 opens a control socket at one fixed path per user: two
            # servers would contend for it, and nothing here uses it.
            self.cfg.set("control_socket_disable", True)

    def load(self):
        """In the master, once, before forking (preload_app)."""
        self.flask_app = built_app(self.app_config, forking=True)
        for line in setup_notes(self.flask_app, several=True):
            print(f"parentfaq: {line}", file=sys.stderr, flush=True)
        return self.flask_app

    def forked(self) -> None:
        """In each new worker: let go of the database connections inherited from the
        master (without closing them: they are the master's), so it opens its own."""
        self.flask_app.extensions["storage"].engine.dispose(close=False)

    def exiting(self) -> None:
        """In a worker that stops (SIGTERM, a restart): write the questions it answered
        that are still queued for the database."""
        self.flask_app.extensions["storage"].flush(EXIT_WAIT)
