"""What a command tells its user while it runs: a progress bar, errors, warnings.

Each record that cannot be read is reported as ``FILE:LINE: message`` on standard error
(or, for ``normalise --errors FILE``, as a JSON line in that file) and counted; the bar
is drawn only on a terminal, and messages leave it whole.
"""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import Callable
from typing import Any, BinaryIO

from .. import registry
from ..errors import UnknownArchive

__all__ = ["Progress", "Report", "stderr_is_terminal", "unknown_archive_warning"]


def stderr_is_terminal() -> bool:
    """True when standard error is a terminal: the only place a progress bar is drawn."""
    return sys.stderr.isatty()


class Progress:
    """A tqdm bar on a terminal (unless ``quiet``), nothing otherwise."""

    def __init__(
        self,
        quiet: bool,
        total: Callable[[], int | None] | None = None,
        unit: str = " records",
    ) -> None:
        """``total`` is asked for only when a bar is drawn (counting lines costs a read)."""
        self._bar: Any = None
        self.shown = not quiet and stderr_is_terminal()
        if self.shown:
            from tqdm import tqdm

            self._bar = tqdm(
                total=None if total is None else total(),
                unit=unit,
                unit_scale=True,
                file=sys.stderr,
                dynamic_ncols=True,
                mininterval=0.25,
                smoothing=0.1,
            )

    def say(self, message: str) -> None:
        """A line on standard error that leaves the bar whole."""
        if self._bar is None:
            print(message, file=sys.stderr)
        else:
            self._bar.write(message, file=sys.stderr)

    def update(self, done: int) -> None:
        if self._bar is not None and done:
            self._bar.update(done)

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self._bar is not None:
            self._bar.close()


class Report:
    """Counts and reports the records that had errors, and warns about others.

    Errors go to ``errors`` (a binary file, as JSON Lines) when one is given, else to
    standard error through ``progress``; warnings always go to standard error.
    """

    def __init__(self, progress: Progress, errors: BinaryIO | None = None) -> None:
        self._progress = progress
        self._errors = errors
        self.count = 0

    def error(self, name: str, line: int, message: str, record: str = "") -> None:
        self.count += 1
        if self._errors is None:
            self._progress.say(f"{name}:{line}: {message}")
            return
        entry = {"file": name, "line": line, "error": message, "record": record}
        self._errors.write(json.dumps(entry, ensure_ascii=False).encode() + b"\n")

    def warn(self, name: str, line: int, message: str) -> None:
        self._progress.say(f"{name}:{line}: warning: {message}")

    def say(self, message: str) -> None:
        self._progress.say(message)


@functools.lru_cache(maxsize=1024)
def unknown_archive_warning(token: str) -> str:
    """The warning for an archive the registry does not know, with names close to it.

    >>> unknown_archive_warning("NARA")
    "archive 'NARA' is not in the registry; did you mean 'NARB', 'ARAN', 'NA'?"
    """
    try:
        registry.lookup(token)
    except UnknownArchive as error:
        if error.suggestions:
            close = ", ".join(repr(name) for name in error.suggestions)
            return f"archive {token!r} is not in the registry; did you mean {close}?"
    return f"archive {token!r} is not in the registry"
