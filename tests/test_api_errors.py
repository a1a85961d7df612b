"""The public functions say which argument was wrong, and how, when given the wrong type."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

import archcite


@pytest.mark.parametrize(
    ("function", "name"),
    [
        (archcite.normalise, "text"),
        (archcite.parse_citation, "text"),
        (archcite.registry.lookup, "name"),
    ],
)
def test_none_is_a_type_error_naming_the_argument(
    function: Callable[[Any], object], name: str
) -> None:
    with pytest.raises(TypeError, match=f"argument '{name}' must be a string, not NoneType"):
        function(None)


@pytest.mark.parametrize("records", ["TsKhSD, F. 89, Op. 2, D. 5", b"F. 89", bytearray(b"F. 1")])
def test_normalise_many_refuses_a_single_string(records: Any) -> None:
    with pytest.raises(TypeError, match="argument 'records' must be an iterable of records"):
        archcite.normalise_many(records)


def test_normalise_many_still_takes_a_list_of_one() -> None:
    (result,) = archcite.normalise_many(["TsKhSD, F. 89, Op. 2, D. 5"], "wilson")
    assert result.text == "TsKhSD, F. 89, Op. 2, D. 5"
