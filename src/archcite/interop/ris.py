"""RIS, as Zotero's RIS translator reads and writes it: out and back in.

========================  ==============================================================
archcite                  RIS tag (what Zotero makes of it)
========================  ==============================================================
(type)                    ``TY  - MANSCPT`` (Manuscript); ``PCOMM`` (Letter) with recipients
title                     ``TI``
authors, recipients       ``AU`` (Author), ``A2`` (Recipient: on a Letter only)
contributors              ``A4`` translators (Translator); the others in ``N1``
date                      ``DA`` ``1956/11/27/`` (partial: ``1956/11//``), ``PY`` year
description, document_type  ``M3`` (Type): the description, else the document type
(the title's language)    ``LA`` (Language)
references                ``DB`` archive (Archive), ``AN`` location with folios
                          (Loc. in Archive); ``PP`` both in one line, for pandoc
repository                ``DP`` (Library Catalog)
url                       ``UR``
notes, and the rest       ``N1``, one a note; ``archcite-<name>: value`` for what Zotero
                          drops: compilers, editors, the publication, the original title
========================  ==============================================================

Zotero's RIS import drops ``A3`` on a Manuscript, takes ``SP`` for its number of pages
and ``A2`` for a recipient only on a Letter, and makes each ``N1`` a child note (which it
exports again wrapped in ``<p>``); pandoc reads neither ``DB`` nor ``AN`` but prints
``PP``, which Zotero ignores. ``from_ris`` also reads ``AV`` and ``CN`` as the location.

>>> import archcite
>>> for line in to_ris(archcite.parse("TsKhSD, F. 89, Op. 2, D. 5, Ll. 13-14")).splitlines():
...     print(line.rstrip())
TY  - MANSCPT
ID  - tskhsd-7f1188
DB  - TsKhSD
AN  - f. 89, op. 2, d. 5, ll. 13–14
PP  - TsKhSD, f. 89, op. 2, d. 5, ll. 13–14
ER  -
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

from ..errors import ParseError
from ..model import DocumentCitation, Publication
from ._extra import (
    HIDDEN,
    gather_contributors,
    join_list,
    place_contributors,
    read_extra,
    read_genre,
    read_publication,
    split_list,
    write_extra,
    write_genre,
    write_publication,
)
from ._formats import Format, register
from ._language import language
from ._names import join_name, split_name
from ._record import Exportable, as_citations, build, collect, partial_date, text, unique_keys
from ._shelfmark import write_locations, write_shelfmark
from .result import ImportResult, ItemError

__all__ = ["from_ris", "to_ris"]

# Zotero keeps a translator (A4) on a Manuscript and a Letter; other roles go in N1.
_ROLE_TAGS = {"translator": "A4"}
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
    parts = [
        f"{part:02d}" if index else f"{part:04d}" for index, part in enumerate(citation.date.parts)
    ]
    parts += [""] * (3 - len(parts))
    return [("DA", "/".join(parts) + "/"), ("PY", f"{citation.date.year:04d}")]


def _record(citation: DocumentCitation, key: str) -> str:
    tags: list[tuple[str, str | None]] = [
        ("TY", "PCOMM" if citation.recipients else "MANSCPT"),
        ("ID", key),
        ("TI", citation.title),
    ]
    tags += [("AU", _name(name)) for name in citation.authors]
    tags += [("A2", _name(name)) for name in citation.recipients]
    lists, roles = place_contributors(citation.contributors, _ROLE_TAGS, HIDDEN)
    tags += [("A4", _name(name)) for name in lists.get("A4", ())]
    tags += _date(citation)
    genre, extra = write_genre(citation)
    tags += [("M3", genre), ("LA", language(citation))]
    archive, location = write_locations(citation.references)
    tags += [
        ("DB", archive),
        ("AN", location),
        ("PP", write_shelfmark(citation.references)),
        ("DP", citation.repository),
        ("UR", citation.url),
    ]
    extra.update(
        {
            "original-title": citation.original_title,
            "classification": citation.classification,
            "collection": citation.collection,
            "contributors": join_list(lists[HIDDEN]) if HIDDEN in lists else None,
            "roles": roles,
            "old-style": "true" if citation.date and citation.date.old_style else None,
            **write_publication(citation.publication),
        }
    )
    tags += [("N1", note) for note in (*write_extra(extra), *citation.notes)]
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


def _read_record(
    index: int, record: list[tuple[str, str]]
) -> tuple[DocumentCitation | None, list[ItemError]]:
    def all_of(*tags: str) -> list[str]:
        return [value for tag, value in record if tag in tags and value]

    def one(*tags: str) -> str | None:
        found = all_of(*tags)
        return found[0] if found else None

    extra, notes = read_extra(all_of("N1"))
    description, document_type = read_genre(one("M3"), extra)
    values: dict[str, Any] = {
        "title": one("TI", "T1"),
        "original_title": text(extra.get("original-title")),
        "description": description,
        "document_type": document_type,
        "classification": text(extra.get("classification")),
        "authors": tuple(_read_name(name) for name in all_of("AU", "A1")),
        "recipients": tuple(_read_name(name) for name in all_of("A2")),
        "repository": one("DP"),
        "collection": text(extra.get("collection")),
        "url": one("UR"),
        "notes": tuple(notes),
        "publication": read_publication(extra) or _container(one),
    }
    # archcite 0.1 wrote the other contributors in A3.
    lists = {
        "A4": [_read_name(name) for name in all_of("A4")],
        HIDDEN: [
            *(_read_name(name) for name in all_of("A3")),
            *split_list(extra.get("contributors", "")),
        ],
    }
    values["contributors"] = gather_contributors(lists, _ROLE_TAGS, HIDDEN, extra.get("roles"))
    failures: list[ParseError] = []
    raw_date = one("DA", "PY", "Y1")
    if raw_date:
        values["date"], failures = partial_date(
            raw_date.split("/"), raw_date, extra.get("old-style") == "true"
        )
    return build(index, one("ID"), values, one("DB"), one("AN", "AV", "CN"), failures=failures)


def _container(one: Any) -> Publication | None:
    """A publication in ``T2``/``IS``/``SP``, as archcite 0.1 and other software write it."""
    container = one("T2", "JO", "JF")
    if not container:
        return None
    pages, end = one("SP"), one("EP")
    if pages and end:
        pages = f"{pages}-{end}"
    return Publication(container, one("IS"), pages)


def from_ris(source: str, *, strict: bool = False) -> ImportResult:
    """The citations in RIS text, such as Zotero's RIS export.

    Returns an :class:`ImportResult`, as :func:`~archcite.interop.from_csl_json` does.
    The location is read from ``AN``, else ``AV`` or ``CN``; notes wrapped in HTML (as
    Zotero exports them) are read as the text they hold.

    >>> cits = from_ris("TY  - MANSCPT\\nTI  - Informatsiya\\nDA  - 1956/11//\\n"
    ...                 "DB  - TsKhSD\\nAV  - f. 89, op. 2, d. 5, ll. 16-17\\nER  - \\n")
    >>> cits[0].date.iso, str(cits[0].references[0].folios)
    ('1956-11', '16-17')
    """
    return collect(
        (_read_record(index, record) for index, record in enumerate(_records(source))), strict
    )


register(Format("ris", to_ris, from_ris, "RIS (Zotero, EndNote, pandoc)"))
