"""What an import returns: the citations read, and an error for each item that was not all read.

>>> result = ImportResult([], errors=[])
>>> result == [] and result.errors == []
True
"""

from __future__ import annotations

from collections.abc import Iterable

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


class ImportResult(list[DocumentCitation]):
    """A list of the citations read, with ``errors`` listing the items not read in full.

    It is a plain list for every other purpose, so ``from_ris(text) == [cit]`` holds.
    """

    def __init__(self, citations: Iterable[DocumentCitation] = (),
                 errors: Iterable[ItemError] = ()) -> None:
        super().__init__(citations)
        self.errors: list[ItemError] = list(errors)
