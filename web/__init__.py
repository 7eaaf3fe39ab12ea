"""How people reach the assistant: chat page, JSON API, widget, counsellor pages.

The app itself is in `web.app`; its names are offered here too and imported on
first use, so that the command line's engine-only commands (`parentfaq ask`,
`index`, `check`, ...) start without loading Flask and SQLAlchemy.
"""

from __future__ import annotations

_APP_NAMES = (
    "create_app",
    "prepare",
    "cli_storage",
    "default_database_url",
    "instance_secret_key",
    "SetupError",
)
__all__ = list(_APP_NAMES)


def __getattr__(name: str):
    if name in _APP_NAMES:
        from . import app

        return getattr(app, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
