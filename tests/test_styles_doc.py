"""The examples in docs/styles.md run as written."""

from __future__ import annotations

import doctest
from pathlib import Path

DOC = Path(__file__).parent.parent / "docs" / "styles.md"


def test_the_examples_in_the_styles_guide_hold() -> None:
    flags = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE
    failed, attempted = doctest.testfile(str(DOC), module_relative=False, optionflags=flags)
    assert attempted > 10
    assert failed == 0
