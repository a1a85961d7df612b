"""Archives written out for people (a table) and for programs (JSON-able dicts)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .. import translit
from ._model import Archive, ArchiveName

__all__ = ["format_table", "to_json"]

_HEADER = ("id", "today's name", "former names", "city")


def _former(archive: Archive) -> str:
    """``TsKhSD (1991–1999)``: former names in LC romanisation, with their years."""
    parts = []
    for name in archive.former_names:
        label = archive.form(name, "latin").acronym or archive.form(name, "latin").full or ""
        parts.append(f"{label} ({name.years})" if name.years else label)
    return "; ".join(dict.fromkeys(parts))


def _today(archive: Archive) -> str:
    acronym = archive.acronym("latin")
    english = archive.english
    name = f"{acronym} — {english}" if english and english != acronym else acronym
    if archive.successor is not None:
        name += f" (merged into {archive.successor})"
    return name


def format_table(archives: Iterable[Archive]) -> str:
    """A plain-text table: id, today's name, former names with years, city.

    >>> from archcite.registry import lookup
    >>> print(format_table([lookup("RGANI")]))  # doctest: +NORMALIZE_WHITESPACE
    id     today's name                                           former names        city
    RGANI  RGANI — Russian State Archive of Contemporary History  TsKhSD (1991–1999)  Moscow
    """
    rows = [_HEADER, *((a.id, _today(a), _former(a), a.city) for a in archives)]
    widths = [max(len(row[column]) for row in rows) for column in range(len(_HEADER))]
    return "\n".join(
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
        for row in rows
    )


def _name_json(archive: Archive, name: ArchiveName) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "acronym": name.acronym,
        "full": name.full,
        "language": name.language,
        "from": name.valid_from,
        "to": name.valid_to,
    }
    if name.script == "cyrillic":
        entry["latin"] = {
            system: archive.form(name, "latin", system).acronym for system in translit.SYSTEMS
        }
    english = next(
        (n.full for n in archive.names if n.kind == "translation" and n.index == name.index), None
    )
    if english is not None:
        entry["english"] = english
    return entry


def to_json(archives: Iterable[Archive]) -> list[dict[str, Any]]:
    """The archives as JSON-able dicts, for ``archcite archives --json``.

    >>> from archcite.registry import lookup
    >>> to_json([lookup("RGANI")])[0]["former_names"][0]["acronym"]
    'ЦХСД'
    """
    return [
        {
            "id": archive.id,
            "name": _name_json(archive, archive.current),
            "former_names": [_name_json(archive, name) for name in archive.former_names],
            "city": archive.city,
            "country": archive.country,
            "successor": archive.successor,
            "predecessors": list(archive.predecessors),
            "transfers": [
                {"to": t.to, "holdings": t.holdings, "year": t.year} for t in archive.transfers
            ],
            "transferred_from": list(archive.transferred_from),
        }
        for archive in archives
    ]
