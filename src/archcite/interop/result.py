"""What an import returns: the citations read, and an error for each item that was not all read.

>>> from archcite.model import DocumentCitation
>>> result = ImportResult((DocumentCitation(title="A"), DocumentCitation(title="B")))
>>> len(result), result[0].title, [c.title for c in result[1:]], result[1:].errors
(2, 'A', ['B'], ())
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import overload

import attrs

from ..errors import ParseError
from ..model import DocumentCitation

__all__ = ["ImportResult", "ItemError"]


@attrs.frozen
class ItemError:
    """One item of an imported file that could not be read in full.

    ``index`` is the item's 0-based position in the file, ``key`` its id or citation
    key where it has one, ``error`` the :class:`~archcite.ParseError` (its ``text`` is
    the value that failed, such as the archive location).
    """

    index: int
    key: str | None
    error: ParseError

    def __str__(self) -> str:
        where = f"item {self.index + 1}" + (f" ({self.key})" if self.key else "")
        return f"{where}: {self.error.reason}: {self.error.text!r}"


def _citations(items: Iterable[DocumentCitation]) -> tuple[DocumentCitation, ...]:
    return tuple(items)


def _errors(items: Iterable[ItemError]) -> tuple[ItemError, ...]:
    return tuple(items)


@attrs.frozen(eq=False)
class ImportResult(Sequence[DocumentCitation]):
    """The citations read (``items``) and the items of the file not read in full (``errors``).

    It reads like the sequence of its items: ``len()``, iteration and indexing work, and a
    slice is an ``ImportResult`` that keeps every error of the import (an error names its
    item by its position in the file, which a slice does not change). It equals another
    result with the same items and errors, and a list or tuple of the same citations, so
    ``from_ris(text) == [cit]`` holds.
    """

    items: tuple[DocumentCitation, ...] = attrs.field(default=(), converter=_citations)
    errors: tuple[ItemError, ...] = attrs.field(default=(), converter=_errors)

    @overload
    def __getitem__(self, index: int) -> DocumentCitation: ...
    @overload
    def __getitem__(self, index: slice) -> ImportResult: ...
    def __getitem__(self, index: int | slice) -> DocumentCitation | ImportResult:
        if isinstance(index, slice):
            return ImportResult(self.items[index], self.errors)
        return self.items[index]

    def __len__(self) -> int:
        return len(self.items)

    def __iter__(self) -> Iterator[DocumentCitation]:
        return iter(self.items)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, ImportResult):
            return (self.items, self.errors) == (other.items, other.errors)
        if isinstance(other, (list, tuple)):
            return list(self.items) == list(other)
        return NotImplemented

    def __hash__(self) -> int:
        return hash((self.items, self.errors))
