"""The levels of the archival hierarchy: their order, their rank, and completing short forms.

Reading, resolution, the styles, the strategies and the tests all take the levels from here.

>>> LEVELS[:3]
('fond', 'opis', 'razdel')
>>> rank("ed_khr") == rank("delo")
True
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol, TypeVar

__all__ = ["LEVELS", "LEVEL_RANK", "complete", "lowest_level", "rank"]

#: The levels in the order they are written, highest first. ``korobka`` (box, karton)
#: sits beside ``papka`` (folder) between opis' and delo; ``rolik`` (a microfilm reel) is
#: cited after the folios.
LEVELS: tuple[str, ...] = (
    "fond",
    "opis",
    "razdel",
    "korobka",
    "papka",
    "delo",
    "ed_khr",
    "tom",
    "chast",
    "folios",
    "rolik",
)

#: Where each level stands in the hierarchy; levels of equal rank name the same step
#: (an ed. khr. is the delo of a fond that numbers storage units; a papka and a korobka
#: are both containers between opis' and file).
LEVEL_RANK: dict[str, int] = {level: position for position, level in enumerate(LEVELS)}
LEVEL_RANK["ed_khr"] = LEVEL_RANK["delo"]
LEVEL_RANK["papka"] = LEVEL_RANK["korobka"]


def rank(level: str) -> int:
    """The rank of ``level``: smaller is higher in the hierarchy.

    >>> rank("fond") < rank("opis") < rank("delo") < rank("folios")
    True
    """
    return LEVEL_RANK[level]


class _Reference(Protocol):
    @property
    def archive(self) -> str | None: ...

    @property
    def archive_id(self) -> str | None: ...

    @property
    def levels(self) -> Mapping[str, Any]: ...


_R = TypeVar("_R", bound=_Reference)


def lowest_level(reference: _Reference) -> str | None:
    """The lowest level ``reference`` gives, or None for an archive alone."""
    levels = list(reference.levels)
    return levels[-1] if levels else None


def complete(antecedent: _R, partial: _Reference) -> _R:
    """``partial`` with the archive and the higher levels taken from ``antecedent``.

    Levels of the antecedent at or below the highest level ``partial`` gives are dropped:
    after "f. 3, op. 57, d. 73, l. 9", "d. 60" means file 60 of the same opis', not
    folio 9 of file 60.

    >>> from archcite import parse
    >>> str(complete(parse("APRF, f. 3, op. 57, d. 73, l. 9"), parse("d. 60, l. 11")))
    'APRF, f. 3, op. 57, d. 60, l. 11'
    """
    own = partial.levels
    if not own:
        return antecedent
    top = min(LEVEL_RANK[level] for level in own)
    values: dict[str, Any] = {
        level: value for level, value in antecedent.levels.items() if LEVEL_RANK[level] < top
    }
    values.update(own)
    # A fond's title goes with the fond it names.
    if "fond" in values and "fond" not in own and getattr(antecedent, "title", None):
        values["title"] = getattr(antecedent, "title", None)
    elif getattr(partial, "title", None):
        values["title"] = getattr(partial, "title", None)
    source = partial if partial.archive is not None else antecedent
    values["archive"] = source.archive
    values["archive_id"] = source.archive_id
    # The antecedent's own class: this module sits below the model and names no value type.
    return type(antecedent)(**values)
