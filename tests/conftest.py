"""Hypothesis profiles for the whole suite, chosen by ``HYPOTHESIS_PROFILE``.

``dev`` (the default) draws new examples on every run and keeps the failing ones in the
example database, so a run on a developer's machine explores; ``ci`` is derandomised and
keeps no database, so CI gives the same verdict on every run of the same code.

The suite keeps its compiled patterns (``archcite._compiled``) in a directory of its own,
removed at the end, so that what the tests compile never reaches the user's cache; the
commands the tests run inherit it. Set before archcite is first imported.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile

if "ARCHCITE_CACHE_DIR" not in os.environ:
    _CACHE = tempfile.mkdtemp(prefix="archcite-tests-")
    os.environ["ARCHCITE_CACHE_DIR"] = _CACHE
    # Registered before archcite's own handler, so it runs after the file is written.
    atexit.register(shutil.rmtree, _CACHE, ignore_errors=True)

from hypothesis import HealthCheck, settings

settings.register_profile(
    "dev",
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "ci",
    deadline=None,
    derandomize=True,
    database=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))
