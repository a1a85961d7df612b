"""RIS, as Zotero's RIS translator reads and writes it: out and back in.

========================  ==============================================================
archcite                  RIS tag (Zotero field)
========================  ==============================================================
(type)                    ``TY  - MANSCPT`` (Manuscript); ``PCOMM`` (Letter) with recipients
title                     ``TI``
authors, recipients       ``AU`` (Author), ``A2`` (Recipient)
contributors              ``A4`` translators (Translator), ``A3`` the others
date                      ``DA`` ``1956/11/27/`` (partial: ``1956/11//``), ``PY`` year
document_type             ``M3`` (Type)
references                ``DB`` archive (Archive), ``AN`` location with folios (Loc. in Archive)
repository                ``DP`` (Library Catalog)
publication               ``T2``, ``IS``, ``SP``
url                       ``UR``
notes, and the rest       ``N1``, one a note; ``archcite-<name>: value`` for what RIS lacks
========================  ==============================================================

>>> import archcite
>>> for line in to_ris(archcite.parse("TsKhSD, F. 89, Op. 2, D. 5, Ll. 13-14")).splitlines():
...     print(line.rstrip())
TY  - MANSCPT
ID  - tskhsd-7f1188
DB  - TsKhSD
AN  - f. 89, op. 2, d. 5, ll. 13–14
ER  -
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

from ..errors import ParseError
from ..model import DocumentCitation, Publication
from ._extra import gather_contributors, place_contributors, read_extra, write_extra
from ._names import join_name, split_name
from ._record import Exportable, as_citations, build, collect, partial_date, text, unique_keys
from ._shelfmark import write_locations
from .result import ImportResult, ItemError

__all__ = ["from_ris", "to_ris"]

_ROLE_TAGS = {"translator": "A4", "contributor": "A3"}
_LINE = re.compile(r"^([A-Z][A-Z0-9])  -(?: (.*))?$")


def _name(name: str) -> str:
    split = split_name(name)
    if split is None or split[2]:
        return name
    family, given, _ = split
    return f"{family}, {given}"


def _read_name(value: str) -> str:
    family, comma, given = value.partition(",")
    return join_name(family.strip(), given.strip(), False) if comma else value.strip()


def _date(citation: DocumentCitation) -> list[tuple[str, str]]:
    if citation.date is None:
        return []
    parts = [f"{part:02d}" if index else f"{part:04d}"
             for index, part in enumerate(citation.date.parts)]
    parts += [""] * (3 - len(parts))
    return [("DA", "/".join(parts) + "/"), ("PY", f"{citation.date.year:04d}")]


def _record(citation: DocumentCitation, key: str) -> str:
    tags: list[tuple[str, str | None]] = [
        ("TY", "PCOMM" if citation.recipients else "MANSCPT"), ("ID", key),
        ("TI", citation.title),
    ]
    tags += [("AU", _name(name)) for name in citation.authors]
    tags += [("A2", _name(name)) for name in citation.recipients]
    lists, roles = place_contributors(citation.contributors, _ROLE_TAGS, "A3")
    tags += [(tag, _name(name)) for tag, names in lists.items() for name in names]
    tags += _date(citation)
    tags.append(("M3", citation.document_type))
    archive, location = write_locations(citation.references)
    tags += [("DB", archive), ("AN", location), ("DP", citation.repository)]
    publication = citation.publication
    if publication:
        tags += [("T2", publication.title), ("IS", publication.issue),
                 ("SP", publication.pages)]
    tags.append(("UR", citation.url))
    extra = {
        "original-title": citation.original_title, "description": citation.description,
        "classification": citation.classification, "collection": citation.collection,
        "roles": roles,
        "old-style": "true" if citation.date and citation.date.old_style else None,
        "publication-year": (str(publication.year)
                             if publication and publication.year is not None else None),
    }
    tags += [("N1", note) for note in (*citation.notes, *write_extra(extra))]
    lines = [f"{tag}  - {value}" for tag, value in tags if value is not None]
    return "\n".join([*lines, "ER  - "]) + "\n"


def to_ris(obj: Exportable | Iterable[Exportable]) -> str:
    """RIS records for a reference, a citation, or a list of them, blank lines between."""
    citations, _ = as_citations(obj)
    return "\n".join(_record(c, k) for c, k in zip(citations, unique_keys(citations), strict=True))


def _records(source: str) -> Iterator[list[tuple[str, str]]]:
    """The ``(tag, value)`` lines of each record; a line without a tag continues the last."""
    record: list[tuple[str, str]] | None = None
    for line in source.lstrip("\ufeff").splitlines():
        match = _LINE.match(line.rstrip())
        if match is None:
            if record and line.strip():
                tag, value = record[-1]
                record[-1] = (tag, f"{value} {line.strip()}")
            continue
        tag, value = match.group(1), (match.group(2) or "").strip()
        if tag == "TY":
            record = [(tag, value)]
        elif tag == "ER":
            if record is not None:
                yield record
            record = None
        elif record is not None:
            record.append((tag, value))
    if record:
        yield record


def _read_record(index: int, record: list[tuple[str, str]]
                 ) -> tuple[DocumentCitation | None, list[ItemError]]:
    def all_of(*tags: str) -> list[str]:
        return [value for tag, value in record if tag in tags and value]

    def one(*tags: str) -> str | None:
        found = all_of(*tags)
        return found[0] if found else None

    extra, notes = read_extra(all_of("N1"))
    values: dict[str, Any] = {
        "title": one("TI", "T1"), "original_title": text(extra.get("original-title")),
        "description": text(extra.get("description")), "document_type": one("M3"),
        "classification": text(extra.get("classification")),
        "authors": tuple(_read_name(name) for name in all_of("AU", "A1")),
        "recipients": tuple(_read_name(name) for name in all_of("A2")),
        "repository": one("DP"), "collection": text(extra.get("collection")),
        "url": one("UR"), "notes": tuple(notes),
    }
    lists = {tag: [_read_name(name) for name in all_of(tag)] for tag in ("A4", "A3")}
    values["contributors"] = gather_contributors(lists, _ROLE_TAGS, "A3", extra.get("roles"))
    failures: list[ParseError] = []
    raw_date = one("DA", "PY", "Y1")
    if raw_date:
        values["date"], failures = partial_date(raw_date.split("/"), raw_date,
                                                extra.get("old-style") == "true")
    container = one("T2", "JO", "JF")
    if container:
        pages = one("SP")
        end = one("EP")
        if pages and end:
            pages = f"{pages}-{end}"
        year = extra.get("publication-year")
        values["publication"] = Publication(container, one("IS"), pages,
                                            year=int(year) if year and year.isdigit() else None)
    return build(index, one("ID"), values, one("DB"), one("AN"), failures=failures)


def from_ris(source: str, *, strict: bool = False) -> ImportResult:
    """The citations in RIS text, such as Zotero's RIS export.

    Returns an :class:`ImportResult` (a list with ``errors``), as
    :func:`~archcite.interop.from_csl_json` does.

    >>> cits = from_ris("TY  - MANSCPT\\nTI  - Informatsiya\\nDA  - 1956/11//\\n"
    ...                 "DB  - TsKhSD\\nAN  - f. 89, op. 2, d. 5, ll. 16-17\\nER  - \\n")
    >>> cits[0].date.iso, str(cits[0].references[0].folios)
    ('1956-11', '16-17')
    """
    return collect(
        (_read_record(index, record) for index, record in enumerate(_records(source))), strict
    )
