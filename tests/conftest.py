"""Hypothesis profiles for the whole suite, chosen by ``HYPOTHESIS_PROFILE``.

``dev`` (the default) draws new examples on every run and keeps the failing ones in the
example database, so a run on a developer's machine explores; ``ci`` is derandomised and
keeps no database, so CI gives the same verdict on every run of the same code.
"""

from __future__ import annotations

import os

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
