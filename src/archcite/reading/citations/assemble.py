"""Turning the pieces read around a citation's references into a :class:`DocumentCitation`."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from ...errors import ParseError
from ...model import ArchivalReference, DocumentCitation
from ...registry import archive_id
from ..archives import is_archive_phrase
from .bounds import INTRODUCER, PREFIX, WINDOW
from .crossrefs import CrossReference
from .items import PREPOSITION, Field, read_gost_description, read_parts, tidy_title, trailing_date

__all__ = ["citation", "unreferenced"]


def citation(
    text: str,
    head_span: tuple[int, int],
    references: tuple[ArchivalReference, ...],
    tail_span: tuple[int, int],
    gost: bool,
    cross_references: Sequence[CrossReference],
) -> DocumentCitation:
    head = text[head_span[0] : head_span[1]]
    head = head[PREFIX.match(head).end() :]  # type: ignore[union-attr]
    head = INTRODUCER.sub("", head)
    tail = text[tail_span[0] : tail_span[1]]
    fields = read_gost_description(head) if gost else read_parts(head)
    fields += read_parts(tail)
    notes = [
        x.text for x in cross_references if head_span[0] <= x.span[0] and x.span[1] <= tail_span[1]
    ]
    return _assemble(text, head_span[0], fields, references, notes, gost)


def unreferenced(text: str, cross_references: Sequence[CrossReference]) -> DocumentCitation | None:
    """A citation with no archival reference: a quoted title with a date or a repository."""
    window = text[: WINDOW * 4]
    body = window[PREFIX.match(window).end() :].rstrip(" .)")  # type: ignore[union-attr]
    if body[:1] not in ('"', "“", "«", "„"):
        return None
    fields = read_parts(body)
    names = {field.name for field in fields}
    if "title" not in names or not names & {"date", "repository", "publication", "url"}:
        return None
    notes = [x.text for x in cross_references]
    return _assemble(text, 0, fields, (), notes, gost=False)


def _assemble(
    text: str,
    position: int,
    fields: Sequence[Field],
    references: tuple[ArchivalReference, ...],
    notes: list[str],
    gost: bool,
) -> DocumentCitation:
    values: dict[str, Any] = {}
    descriptions: list[str] = []
    lists: dict[str, list[Any]] = {"authors": [], "recipients": [], "contributors": []}
    for field in fields:
        name, value = field.name, field.value
        if name in lists:
            lists[name].extend(value)
        elif name == "title":
            values.setdefault("title", tidy_title(value))
        elif name == "bracketed":
            invented = read_gost_description(value)
            for part in invented:
                if part.name == "authors":
                    lists["authors"].extend(part.value)
                else:
                    descriptions.append(part.value)
        elif name == "parenthetical":
            if gost:
                values.setdefault("collection", value)
            else:
                notes.append(value)
        elif name == "quoted":
            notes.append(value)
        elif name == "description":
            if value:
                descriptions.append(value)
        elif name in values:
            notes.append(str(value))
        else:
            values[name] = value
    if "title" in values and "date" not in values:
        found = trailing_date(values["title"])
        if found:
            values["date"] = found[1]
    if descriptions and "date" not in values:
        found = trailing_date(descriptions[-1])
        if found:
            values["date"] = found[1]
            rest = PREPOSITION.sub("", found[0]).strip(" ,;")
            descriptions[-1] = rest
    if not references:
        references, descriptions = _archive_alone(descriptions)
    description = ", ".join(d for d in descriptions if d)
    if description:
        values["description"] = description
    for name, items in lists.items():
        values[name] = tuple(dict.fromkeys(items))
    try:
        return DocumentCitation(
            references=references, notes=tuple(n for n in notes if n.strip()), **values
        )
    except (TypeError, ValueError) as error:
        # The model refuses a value the elements let through: report it as unreadable.
        raise ParseError(text, position, "a citation", f"Unreadable citation ({error})") from None


_IN = re.compile(r"^(?:in|at|в|у)\s+", re.IGNORECASE)


def _archive_alone(
    descriptions: list[str],
) -> tuple[tuple[ArchivalReference, ...], list[str]]:
    """A known archive named with no shelfmark is still the document's archive:
    "…, Digital Archive, AVP RF; obtained by …", "… in APRF, Prot. No. 38"."""
    for index, piece in enumerate(descriptions):
        token = is_archive_phrase(_IN.sub("", piece.strip()))
        if token is not None and archive_id(token) is not None:
            reference = ArchivalReference(archive=token, archive_id=archive_id(token))
            return (reference,), descriptions[:index] + descriptions[index + 1 :]
    return (), descriptions
