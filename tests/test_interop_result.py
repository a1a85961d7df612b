"""ImportResult: a frozen value of the citations read and the errors met, read like a sequence."""

from __future__ import annotations

import attrs
import pytest

import archcite
from archcite.interop import ImportResult, ItemError, from_ris

TEXT = (
    "TY  - MANSCPT\nTI  - A\nDB  - Hoover\nAN  - Series II, drawer Q\nER  - \n\n"
    "TY  - MANSCPT\nTI  - B\nER  - \n\nTY  - MANSCPT\nTI  - C\nER  - \n"
)
CLEAN = "TY  - MANSCPT\nTI  - A\nER  - \n\nTY  - MANSCPT\nTI  - B\nER  - \n"


def test_length_iteration_and_indexing_are_the_items() -> None:
    result = from_ris(TEXT)
    assert len(result) == 3
    assert [c.title for c in result] == ["A", "B", "C"]
    assert result[1].title == "B" and result[-1].title == "C"
    assert result.items == tuple(result)


def test_a_slice_keeps_the_errors() -> None:
    result = from_ris(TEXT)
    [error] = result.errors
    part = result[1:]
    assert isinstance(part, ImportResult)
    assert [c.title for c in part] == ["B", "C"]
    assert part.errors == (error,)


def test_it_is_frozen_and_hashable() -> None:
    result = from_ris(TEXT)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        result.errors = ()  # type: ignore[misc]
    assert hash(from_ris(CLEAN)) == hash(from_ris(CLEAN))


def test_it_equals_a_result_or_a_list_of_the_same_citations() -> None:
    assert from_ris(CLEAN) == from_ris(CLEAN)
    result = from_ris(TEXT)
    assert result == ImportResult(result.items, result.errors)
    assert result == list(result.items) and result == result.items
    assert result != ImportResult(result.items)  # the errors differ
    assert result != "ABC"


def test_an_item_error_says_which_item_failed() -> None:
    error = ItemError(2, "key", archcite.ParseError("Box 3", 0, "fond"))
    assert str(error).startswith("item 3 (key): ")
