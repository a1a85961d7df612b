"""What a format has no field for, kept in ``archcite-<name>: value`` lines, and contributors.

Zotero keeps ``name: value`` lines in its Extra field (CSL ``note``), RIS ``N1`` and
BibTeX carry them as well, and pandoc lifts them out of ``note`` into variables of their
own; so the values below travel through those tools and come back: a classification
marking, a Julian date, the publication a document was printed in, and the contributors
whose roles a format cannot say. Each name is written once per item (pandoc keeps only
the last line of a name), so a list of names is one line: ``Mark Kramer; Vera Tolz``.

>>> read_extra(["Sent by courier", "archcite-classification: Top Secret"])
({'classification': 'Top Secret'}, ['Sent by courier'])
>>> extra_lines("<p>archcite-old-style: true</p><p>Sent &amp; received</p>")
['archcite-old-style: true', 'Sent & received']
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Mapping, Sequence

from ..model import Contributor, DocumentCitation, Publication

__all__ = [
    "HIDDEN",
    "PREFIX",
    "extra_lines",
    "gather_contributors",
    "join_list",
    "place_contributors",
    "printed_roles",
    "read_extra",
    "read_genre",
    "read_publication",
    "split_list",
    "write_extra",
    "write_genre",
    "write_publication",
]

PREFIX = "archcite-"

#: The slot of contributors a format has no field for: ``archcite-contributors``.
HIDDEN = "contributors"

_BREAK = re.compile(r"<br\s*/?>|</p>\s*<p(?:\s[^>]*)?>|</div>\s*<div(?:\s[^>]*)?>", re.I)
_WRAPPER = re.compile(r"</?(?:p|div)(?:\s[^>]*)?>", re.I)


def extra_lines(text: str) -> list[str]:
    """The lines of an Extra field or a note, without the HTML Zotero wraps notes in."""
    if _WRAPPER.search(text) or _BREAK.search(text):
        text = html.unescape(_WRAPPER.sub("", _BREAK.sub("\n", text)))
    return text.splitlines()


def write_extra(values: Mapping[str, str | None]) -> list[str]:
    """``archcite-<name>: value`` lines for the values given."""
    return [f"{PREFIX}{name}: {value}" for name, value in values.items() if value is not None]


def read_extra(lines: Iterable[str]) -> tuple[dict[str, str], list[str]]:
    """The ``archcite-`` values, and the other lines as they are.

    A line may be a note as Zotero exports it, in HTML:

    >>> read_extra(["<p>archcite-classification: Top Secret</p>"])
    ({'classification': 'Top Secret'}, [])
    """
    values: dict[str, str] = {}
    others: list[str] = []
    for line in (part for given in lines for part in extra_lines(given)):
        name, colon, value = line.partition(":")
        if colon and name.startswith(PREFIX) and " " not in name:
            values[name.removeprefix(PREFIX)] = value.strip()
        elif line.strip():
            others.append(line.strip())
    return values, others


def join_list(items: Iterable[str]) -> str:
    r"""Items on one line, ``; `` between them (``\;`` in an item): ``A; B\; C``."""
    return "; ".join(item.replace("\\", "\\\\").replace(";", "\\;") for item in items)


def split_list(text: str) -> list[str]:
    r"""The items :func:`join_list` wrote: ``split_list("A; B\; C") == ["A", "B; C"]``."""
    items, current, escaped = [], "", False
    for char in text:
        if escaped:
            current += char
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == ";":
            items.append(current.strip())
            current = ""
        else:
            current += char
    items.append(current.strip())
    return [item for item in items if item]


def write_genre(citation: DocumentCitation) -> tuple[str | None, dict[str, str | None]]:
    """The genre to write, and the lines that say what it holds.

    A description (``Secure High-Frequency Transmission``; for an untitled document, what
    stands in for its title) is what styles print unquoted after a title or in its place
    (CSL ``genre``, CMOS 14.121; APA puts it in brackets), so it takes the genre; a
    document type then waits in ``archcite-document-type``.
    """
    if citation.description:
        return citation.description, {
            "genre": "description",
            "document-type": citation.document_type,
        }
    return citation.document_type, {}


def read_genre(genre: str | None, values: Mapping[str, str]) -> tuple[str | None, str | None]:
    """``(description, document_type)`` from a genre and the lines :func:`write_genre` wrote."""
    if values.get("genre") == "description":
        return genre, values.get("document-type") or None
    return values.get("description") or None, genre


def write_publication(publication: Publication | None) -> dict[str, str | None]:
    """The lines for where a document was printed: CSL styles would make it the container."""
    if publication is None:
        return {}
    return {
        "publication": publication.title,
        "publication-issue": publication.issue,
        "publication-pages": publication.pages,
        "publication-year": None if publication.year is None else str(publication.year),
    }


def read_publication(values: Mapping[str, str]) -> Publication | None:
    """The publication :func:`write_publication` wrote, or None."""
    title = values.get("publication")
    if not title:
        return None
    year = values.get("publication-year")
    return Publication(
        title,
        values.get("publication-issue") or None,
        values.get("publication-pages") or None,
        year=int(year) if year and year.isdigit() else None,
    )


def place_contributors(
    contributors: Sequence[Contributor], slots: Mapping[str, str], fallback: str
) -> tuple[dict[str, list[str]], str | None]:
    """Names by the format's field (``slots`` maps a role to one), and a roles line if needed.

    The roles line (``"translator, compiler"``) is written only where reading the fields
    back would not give the same roles in the same order.
    """
    lists: dict[str, list[str]] = {}
    for contributor in contributors:
        lists.setdefault(slots.get(contributor.role, fallback), []).append(contributor.name)
    if gather_contributors(lists, slots, fallback, None) == tuple(contributors):
        return lists, None
    return lists, ", ".join(contributor.role for contributor in contributors)


def gather_contributors(
    lists: Mapping[str, Sequence[str]],
    slots: Mapping[str, str],
    fallback: str,
    roles: str | None,
) -> tuple[Contributor, ...]:
    """The contributors from the format's fields, in the order of ``roles`` where it fits.

    A role whose field has no name left was dropped on the way (pandoc drops compilers):
    the others keep their roles. A name the roles line does not account for was added
    since it was written: then the fields alone say the roles.
    """
    if roles:
        queues = {slot: list(names) for slot, names in lists.items()}
        found: list[Contributor] = []
        for role in (part.strip() for part in roles.split(",")):
            queue = queues.get(slots.get(role, fallback))
            if queue:
                found.append(Contributor(queue.pop(0), role))
        if not any(queues.values()):
            return tuple(found)
    role_of: dict[str, str] = {}
    for role, slot in slots.items():
        role_of.setdefault(slot, role)
    return tuple(
        Contributor(name, role_of.get(slot, "contributor"))
        for slot in dict.fromkeys([*slots.values(), fallback])
        for name in lists.get(slot, ())
    )


def printed_roles(has_authors: bool) -> tuple[str, ...]:
    """The roles written where citation styles print them ("trans.", "comp.", "ed.").

    Without an author, CSL styles list a work under its first editor, translator or
    compiler (CMOS 14.6; APA and MLA alike). The editor of an edition is not whom an
    archival document is by, so an editor is written for styles only beside an author;
    otherwise the editor waits with the roles styles do not print (CMOS would print
    ``contributor`` as "with").
    """
    return ("translator", "compiler", "editor") if has_authors else ("translator", "compiler")
