"""Archival references written to and read from an archive field and a location field.

Every format here has one field for the archive and one for the place in it (CSL
``archive`` / ``archive_location``, RIS ``DB`` / ``AN``, archcite's BibTeX ``archive`` /
``archivelocation``). The location holds the levels with lowercase labels and the
identifiers exactly as cited; several references are joined by ``; ``, and a reference
kept in another archive than the first names its archive in front.

>>> from archcite import parse
>>> write_locations((parse("TsKhSD, F. 89, Op. 2, D. 5, Ll. 13-14"),))
('TsKhSD', 'f. 89, op. 2, d. 5, ll. 13–14')
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from ..errors import ParseError
from ..levels import LEVELS
from ..model import ArchivalReference, Folio, Folios
from ..reading.reference import parse, parse_folios
from ..registry import archive_id
from ..styles.reference.chicago import LAYOUT

__all__ = [
    "read_locations",
    "write_folios",
    "write_location",
    "write_locations",
    "write_shelfmark",
]


def _folio(folio: Folio) -> str:
    # A letter suffix glued to "ob." would read as one word: "41a ob." keeps them apart.
    verso = (" ob." if folio.suffix else "ob.") if folio.verso else ""
    return f"{folio.number}{folio.suffix}{verso}"


def write_folios(folios: Folios) -> str:
    """``13–14, 52ob.``: the folio numbers without their label."""
    return ", ".join(
        _folio(item.start) + (f"–{_folio(item.end)}" if item.end else "") for item in folios
    )


def write_location(
    reference: ArchivalReference, *, folios: bool = True, archive: bool = False
) -> str:
    """The levels of ``reference`` with Chicago's labels, identifiers untouched."""
    parts = [reference.archive] if archive and reference.archive else []
    for level in LEVELS:
        value = getattr(reference, level)
        if value is None:
            continue
        if isinstance(value, Folios):
            if folios:
                label = LAYOUT.folios if value.is_plural else LAYOUT.folio
                parts.append(f"{label} {write_folios(value)}")
        else:
            parts.append(f"{LAYOUT.labels[level]} {value}")
    return ", ".join(parts)


def write_locations(
    references: Sequence[ArchivalReference], *, folios: bool = True
) -> tuple[str | None, str | None]:
    """``(archive, location)`` for a citation's references; None where there is nothing."""
    if not references:
        return None, None
    archive = references[0].archive
    written = [
        write_location(ref, folios=folios, archive=ref.archive != archive) for ref in references
    ]
    return archive, "; ".join(written) or None


def write_shelfmark(references: Sequence[ArchivalReference]) -> str | None:
    """The references in one line, each with its archive: ``TsKhSD, f. 89, op. 2, d. 5``.

    For a field styles print where no archive field is read (BibTeX ``howpublished``,
    RIS ``PP``); :func:`read_locations` reads it back.
    """
    return "; ".join(write_location(ref, archive=True) for ref in references) or None


def read_locations(
    archive: str | None, location: str | None, locator: str | None = None
) -> tuple[tuple[ArchivalReference, ...], list[ParseError]]:
    """The references an archive and a location hold, and an error for each part unread."""
    archive = archive.strip() if archive and archive.strip() else None
    parts = [part.strip() for part in (location or "").split(";") if part.strip()]
    references: list[ArchivalReference] = []
    errors: list[ParseError] = []
    if archive and not parts:
        references.append(ArchivalReference(archive=archive, archive_id=archive_id(archive)))
    for part in parts:
        try:
            reference = parse(part)
        except ParseError as error:
            errors.append(error)
            continue
        if reference.archive is None and archive:
            reference = attrs.evolve(reference, archive=archive, archive_id=archive_id(archive))
        references.append(reference)
    if locator and locator.strip():
        if len(references) == 1 and references[0].folios is None and not errors:
            try:
                references[0] = attrs.evolve(references[0], folios=parse_folios(locator))
            except ValueError as error:
                errors.append(ParseError(locator, 0, "folio numbers", str(error)))
        else:
            errors.append(
                ParseError(
                    locator,
                    0,
                    "a locator for one reference without folios",
                    "Locator cannot be placed",
                )
            )
    return tuple(references), errors
