"""The parts every import shares: stable keys, tidy values, and building one citation.

>>> citation_key(DocumentCitation(authors=("V. N. Chernukha",), date=PartialDate(1956)))[:13]
'chernukha1956'
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Sequence
from typing import Any

from .. import translit
from ..errors import ParseError
from ..model import ArchivalReference, DocumentCitation, PartialDate
from ._names import split_name
from ._shelfmark import read_locations
from .result import ImportResult, ItemError

__all__ = [
    "as_citations",
    "build",
    "citation_key",
    "collect",
    "partial_date",
    "text",
    "unique_keys",
]

Exportable = ArchivalReference | DocumentCitation


def as_citations(obj: Exportable | Iterable[Exportable]) -> tuple[list[DocumentCitation], bool]:
    """The citations to export, and whether one object (not a list) was given."""
    if isinstance(obj, (ArchivalReference, DocumentCitation)):
        return [_as_citation(obj)], True
    return [_as_citation(item) for item in obj], False


def _as_citation(obj: Exportable) -> DocumentCitation:
    if isinstance(obj, ArchivalReference):
        return DocumentCitation(references=(obj,))
    if isinstance(obj, DocumentCitation):
        return obj
    raise TypeError(
        f"cannot export {type(obj).__name__}; give an ArchivalReference or a DocumentCitation"
    )


def _slug(value: str) -> str:
    latin = translit.to_latin(value) if translit.has_cyrillic(value) else value
    return re.sub(r"[^a-z0-9]", "", latin.lower())[:24]


def citation_key(citation: DocumentCitation) -> str:
    """A key that is the same for the same citation: ``chernukha1956-4f0c2a``."""
    head = ""
    if citation.authors:
        split = split_name(citation.authors[0])
        head = split[0] if split else citation.authors[0]
    elif citation.references and citation.references[0].archive:
        head = citation.references[0].archive
    slug = _slug(head) or "doc"
    year = str(citation.date.year) if citation.date else ""
    digest = hashlib.sha1(
        json.dumps(citation.to_dict(), sort_keys=True, ensure_ascii=False).encode()
    ).hexdigest()[:6]
    return f"{slug}{year}-{digest}"


def unique_keys(citations: Sequence[DocumentCitation]) -> list[str]:
    """One key per citation; a citation repeated gets ``-2``, ``-3`` after its key."""
    seen: dict[str, int] = {}
    keys = []
    for citation in citations:
        key = citation_key(citation)
        seen[key] = seen.get(key, 0) + 1
        keys.append(key if seen[key] == 1 else f"{key}-{seen[key]}")
    return keys


def text(value: Any) -> str | None:
    """A field's value as a stripped string, None where it is missing or blank."""
    if value is None:
        return None
    if isinstance(value, (list, tuple)):
        value = " ".join(str(part) for part in value)
    stripped = str(value).strip()
    return stripped or None


def build(
    index: int,
    key: str | None,
    values: dict[str, Any],
    archive: str | None,
    location: str | None,
    locator: str | None = None,
    failures: Sequence[ParseError] = (),
) -> tuple[DocumentCitation | None, list[ItemError]]:
    """One citation from the values an importer read; a location part unread is kept in notes.

    ``failures`` are errors the importer met already (an unreadable date).
    """
    references, unread = read_locations(archive, location, locator)
    errors = [ItemError(index, key, failure) for failure in failures]
    errors += [ItemError(index, key, failure) for failure in unread]
    notes = list(values.pop("notes", ()))
    notes += [failure.text for failure in unread]
    values = {name: value for name, value in values.items() if value not in (None, ())}
    try:
        return DocumentCitation(references=references, notes=tuple(notes), **values), errors
    except (TypeError, ValueError) as error:
        raw = json.dumps(values, ensure_ascii=False, default=str)
        failure = ParseError(raw, 0, "a citation", f"Unreadable item ({error})")
        return None, [*errors, ItemError(index, key, failure)]


def collect(
    built: Iterable[tuple[DocumentCitation | None, list[ItemError]]], strict: bool
) -> ImportResult:
    """The citations and errors of every item; with ``strict``, raise the first error."""
    citations: list[DocumentCitation] = []
    found: list[ItemError] = []
    for citation, errors in built:
        if errors and strict:
            raise errors[0].error
        if citation is not None:
            citations.append(citation)
        found.extend(errors)
    return ImportResult(citations, found)


def partial_date(
    parts: Sequence[Any], raw: str, old_style: bool = False
) -> tuple[PartialDate | None, list[ParseError]]:
    """A date from ``[year, month, day]`` as far as known (numbers may be strings).

    An unreadable date is reported as a :class:`ParseError` on ``raw``, not raised.
    """
    try:
        numbers = [int(str(part)) for part in parts[:3] if str(part).strip()]
        if not numbers:
            raise ValueError("no year")
        return PartialDate(*numbers, old_style=old_style), []
    except (TypeError, ValueError) as error:
        return None, [ParseError(raw, 0, "a date", f"Unreadable date ({error})")]
