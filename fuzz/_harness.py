"""What the fuzz targets share: reading bytes as text and telling a finding from a refusal.

A target calls :func:`run` with the function under test. An exception other than
``archcite.ParseError`` is a finding (atheris stops and writes the input to ``crash-*``);
so is a call that takes longer than ``SLOW_SECONDS`` on an input of at most ``max_len``
bytes, which is how a regular expression that backtracks shows itself.

A regular expression that backtracks for ever holds the interpreter, so neither a Python
timer nor libFuzzer's ``-timeout`` can stop it: :mod:`faulthandler` (a C thread) prints
the stack and ends the process after ``HANG_SECONDS``, and the input being run is always
in ``<artifact_prefix>running-input`` (written with ``os.pwrite``, so it is on disk
however the process ends). ``run_all.sh`` keeps it as ``hang-*``.
"""

from __future__ import annotations

import contextlib
import faulthandler
import os
import sys
import time
from collections.abc import Callable
from typing import Any

import atheris

with atheris.instrument_imports():
    import archcite

SLOW_SECONDS = 2.0
HANG_SECONDS = 20.0


def _running_input_file() -> int:
    prefix = next((a.split("=", 1)[1] for a in sys.argv if a.startswith("-artifact_prefix=")), "./")
    return os.open(prefix + "running-input", os.O_WRONLY | os.O_CREAT, 0o644)


class Hang(Exception):
    """The target took far longer on one input than its length allows."""


def text_of(data: bytes) -> str:
    """Inputs are UTF-8, with invalid bytes replaced: the targets take text."""
    return data.decode("utf-8", errors="replace")


def checked(function: Callable[[str], Any]) -> Callable[[bytes], None]:
    running = _running_input_file()

    def one_input(data: bytes) -> None:
        text = text_of(data)
        os.ftruncate(running, 0)
        os.pwrite(running, data, 0)
        faulthandler.dump_traceback_later(HANG_SECONDS, exit=True)
        started = time.perf_counter()
        with contextlib.suppress(archcite.ParseError):
            function(text)
        elapsed = time.perf_counter() - started
        faulthandler.cancel_dump_traceback_later()
        if elapsed > SLOW_SECONDS:
            raise Hang(f"{elapsed:.1f} s on {len(text)} characters: {text[:80]!r}")

    return one_input


def run(function: Callable[[str], Any]) -> None:
    atheris.Setup(sys.argv, checked(function))
    atheris.Fuzz()
