"""What every command shares: its exit codes, the usage error, and running it safely.

A command is a function from parsed arguments to an exit code; :func:`guarded` turns
what can go wrong around it (a usage error, Ctrl-C, SIGTERM, a closed pipe, a disk
that fills up) into one line on standard error and the documented exit code, never a
traceback.
"""

from __future__ import annotations

import argparse
import functools
import os
import signal
import sys
from collections.abc import Callable
from types import FrameType
from typing import Any

__all__ = [
    "EXIT_INTERRUPTED",
    "EXIT_OK",
    "EXIT_RECORD_ERRORS",
    "EXIT_USAGE",
    "UsageError",
    "guarded",
]

EXIT_OK, EXIT_RECORD_ERRORS, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130

Command = Callable[[argparse.Namespace], int]


class UsageError(Exception):
    """The command cannot run as asked (exit code 2); raised before any output is written."""


def guarded(name: str, body: Command) -> Command:
    """``body`` with its failures turned into a message and an exit code.

    >>> def refuse(args: argparse.Namespace) -> int:
    ...     raise UsageError("x.txt: no such file")
    >>> import contextlib, io
    >>> with contextlib.redirect_stderr(io.StringIO()) as err:
    ...     code = guarded("parse", refuse)(argparse.Namespace())
    >>> code, err.getvalue()
    (2, 'archcite parse: x.txt: no such file\\n')
    """

    @functools.wraps(body)
    def run(args: argparse.Namespace) -> int:
        previous = _on_sigterm_exit()
        try:
            return body(args)
        except UsageError as error:
            _say(name, str(error))
            return EXIT_USAGE
        except KeyboardInterrupt:
            written = getattr(args, "output", None) not in (None, "-")
            _say(name, "interrupted" + ("; no output file written" if written else ""))
            return EXIT_INTERRUPTED
        except BrokenPipeError:
            # The reader went away (| head): stop quietly, and keep Python from failing
            # again when it flushes standard output at exit.
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            return EXIT_OK
        except OSError as error:  # a file that fails while it is read, a full disk
            where = f"{error.filename}: " if error.filename else ""
            _say(name, f"{where}{error.strerror or error}")
            return EXIT_USAGE
        finally:
            if previous is not None:
                signal.signal(signal.SIGTERM, previous)

    return run


def _say(name: str, message: str) -> None:
    print(f"archcite {name}: {message}", file=sys.stderr)


def _on_sigterm_exit() -> Any:
    """Turn SIGTERM into SystemExit, so that a temporary output is removed on the way out."""

    def stop(signum: int, frame: FrameType | None) -> None:
        raise SystemExit(128 + signum)

    try:
        return signal.signal(signal.SIGTERM, stop)
    except ValueError:  # not the main thread: leave signals alone
        return None
