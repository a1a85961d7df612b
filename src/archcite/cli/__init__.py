"""The ``archcite`` command line: one module per command, ``main`` in :mod:`.main`."""

from __future__ import annotations

from .main import main

__all__ = ["main"]
