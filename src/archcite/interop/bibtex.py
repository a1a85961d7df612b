"""BibTeX and biblatex: ``@unpublished`` (or ``@misc``) entries, out and back in.

biblatex has no fields for a physical archive, so the entry carries the archival
reference twice: written out in ``note`` for any style to print, and in archcite's own
fields, which BibTeX and biber pass over and archcite reads back:

==================  ===================================================================
field               holds
==================  ===================================================================
``archive``         the archive as cited (``TsKhSD``)
``archivelocation`` the levels down to the folios (``f. 89, op. 2, d. 5, ll. 13–14``);
                    several references joined by ``; ``
``archivecollection``  a named collection (``Malin Collection``)
``recipient``, ``compiler``, ``contributor``, ``contributorroles``  people and roles
``description``, ``classification``, ``calendar`` (``julian``), ``publicationyear``
==================  ===================================================================

Standard fields: ``title``, ``origtitle``, ``author``, ``editor``, ``translator``,
``date`` (ISO 8601, partial dates stay partial) with ``year`` and ``month``, ``type``,
``library`` (the repository), ``journaltitle``/``number``/``pages`` (the publication),
``url``, and ``annotation`` (the notes, one a line).

>>> import archcite
>>> print(to_bibtex(archcite.parse("TsKhSD, F. 89, Op. 2, D. 5, Ll. 13-14")))
@misc{tskhsd-7f1188,
  note = {TsKhSD, f. 89, op. 2, d. 5, ll. 13–14},
  archive = {TsKhSD},
  archivelocation = {f. 89, op. 2, d. 5, ll. 13–14},
}
<BLANKLINE>
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

from ..errors import ParseError
from ..model import DocumentCitation, Publication
from ..styles import format_reference
from ._extra import gather_contributors, place_contributors
from ._names import join_name, split_name
from ._record import Exportable, as_citations, build, collect, partial_date, text, unique_keys
from ._shelfmark import write_locations
from .result import ImportResult, ItemError

__all__ = ["from_bibtex", "to_bibtex"]

_ROLE_FIELDS = {"editor": "editor", "translator": "translator", "compiler": "compiler",
                "contributor": "contributor"}
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")

# LaTeX's special characters, and how a value writes them (in one pass, so that the
# braces of \textbackslash{} are not escaped again).
_ESCAPES = (
    ("\\", r"\textbackslash{}"), ("{", r"\{"), ("}", r"\}"), ("&", r"\&"), ("%", r"\%"),
    ("$", r"\$"), ("#", r"\#"), ("_", r"\_"), ("~", r"\textasciitilde{}"),
    ("^", r"\textasciicircum{}"),
)
_ESCAPE = re.compile("|".join(re.escape(char) for char, _ in _ESCAPES))
_ESCAPED = dict(_ESCAPES)
_UNESCAPE = re.compile("|".join(re.escape(written) for _, written in _ESCAPES))
_UNESCAPED = {written: char for char, written in _ESCAPES}


def _escape(value: str) -> str:
    return _ESCAPE.sub(lambda match: _ESCAPED[match.group(0)], value)


def _unescape(value: str) -> str:
    return _UNESCAPE.sub(lambda match: _UNESCAPED[match.group(0)], value)


def _name(name: str) -> str:
    split = split_name(name)
    if split is None or split[2]:
        # Braces keep a name BibTeX would misread ("Розанов И.Н.", "CC CPSU") as it is.
        return "{" + _escape(name) + "}"
    family, given, _ = split
    return f"{_escape(family)}, {_escape(given)}"


def _names(names: Iterable[str]) -> str:
    return " and ".join(_name(name) for name in names)


def _fields(citation: DocumentCitation) -> list[tuple[str, str]]:
    fields: list[tuple[str, str | None]] = [
        ("title", citation.title),
        ("origtitle", citation.original_title),
        ("description", citation.description),
    ]
    if citation.authors:
        fields.append(("author", _names(citation.authors)))
    if citation.recipients:
        fields.append(("recipient", _names(citation.recipients)))
    lists, roles = place_contributors(citation.contributors, _ROLE_FIELDS, "contributor")
    fields += [(field, _names(names)) for field, names in lists.items()]
    fields.append(("contributorroles", roles))
    if citation.date:
        fields += [("date", citation.date.iso), ("year", str(citation.date.year))]
        if citation.date.month:
            fields.append(("month", _MONTHS[citation.date.month - 1]))
        if citation.date.old_style:
            fields.append(("calendar", "julian"))
    fields += [("type", citation.document_type), ("classification", citation.classification)]
    written = "; ".join(format_reference(ref, "chicago") for ref in citation.references)
    archive, location = write_locations(citation.references)
    fields += [
        ("note", written or None),
        ("archive", archive),
        ("archivelocation", location),
        ("archivecollection", citation.collection),
        ("library", citation.repository),
    ]
    publication = citation.publication
    if publication:
        fields += [("journaltitle", publication.title), ("number", publication.issue),
                   ("pages", publication.pages)]
        if publication.year is not None:
            fields.append(("publicationyear", str(publication.year)))
    fields += [("url", citation.url), ("annotation", "\n".join(citation.notes) or None)]
    raw = {"author", "recipient", *_ROLE_FIELDS.values(), "url", "month"}
    return [(name, value if name in raw else _escape(value))
            for name, value in fields if value is not None]


def _entry(citation: DocumentCitation, key: str) -> str:
    kind = "unpublished" if citation.authors and citation.title else "misc"
    lines = [f"@{kind}{{{key},"]
    for name, value in _fields(citation):
        value = value if name == "month" else "{" + value + "}"
        lines.append(f"  {name} = {value},")
    return "\n".join(lines) + "\n}\n"


def to_bibtex(obj: Exportable | Iterable[Exportable]) -> str:
    """BibTeX/biblatex entries for a reference, a citation, or a list of them.

    The citation key is stable: the same citation gets the same key on every run.
    """
    citations, _ = as_citations(obj)
    return "\n".join(_entry(c, k) for c, k in zip(citations, unique_keys(citations), strict=True))


# --- reading ------------------------------------------------------------------------

_AT = re.compile(r"@\s*([A-Za-z]+)\s*([{(])")
_FIELD = re.compile(r"\s*([A-Za-z][\w:.+-]*)\s*=\s*")
_BARE = re.compile(r"[\w:.+/-]+")


def _braced(source: str, start: int, close: str = "}") -> int:
    """The index just past the brace or quote that closes the value opened at ``start``."""
    depth, index = 0, start + 1
    while index < len(source):
        char = source[index]
        if char == "\\":
            index += 2
            continue
        if char == "{":
            depth += 1
        elif char == "}" and (depth or close == "}"):
            if depth == 0:
                return index + 1
            depth -= 1
        elif char == close and depth == 0:
            return index + 1
        index += 1
    raise ParseError(source, start, "a closing brace")


def _value(source: str, index: int, macros: dict[str, str]) -> tuple[str, int]:
    """A field's value (pieces joined by ``#``) and the index after it."""
    pieces = []
    while True:
        while index < len(source) and source[index].isspace():
            index += 1
        char = source[index : index + 1]
        if char in ("{", '"'):
            end = _braced(source, index, "}" if char == "{" else '"')
            pieces.append(source[index + 1 : end - 1])
        else:
            match = _BARE.match(source, index)
            if match is None:
                raise ParseError(source, index, "a field value")
            word = match.group(0)
            pieces.append(macros.get(word.lower(), word))
            end = match.end()
        index = end
        while index < len(source) and source[index].isspace():
            index += 1
        if source[index : index + 1] != "#":
            return "".join(pieces), index
        index += 1


def _entries(source: str) -> Iterator[tuple[str, str, dict[str, str]]]:
    """``(type, key, fields)`` for every entry; fields by lowercase name, values raw."""
    macros = {month: str(number) for number, month in enumerate(_MONTHS, start=1)}
    index = 0
    while (found := _AT.search(source, index)) is not None:
        kind = found.group(1).lower()
        close = "}" if found.group(2) == "{" else ")"
        index = found.end()
        if kind in ("comment", "preamble"):
            index = _braced(source, found.end() - 1, close)
            continue
        key = ""
        if kind != "string":
            comma = source.find(",", index)
            key = source[index:comma].strip()
            index = comma + 1
        fields: dict[str, str] = {}
        while (field := _FIELD.match(source, index)) is not None:
            value, index = _value(source, field.end(), macros)
            fields[field.group(1).lower()] = value
            index = source.find(",", index, index + 1) + 1 or index
        end = source.find(close, index)
        index = len(source) if end == -1 else end + 1
        if kind == "string":
            macros.update((name, value) for name, value in fields.items())
        else:
            yield kind, key, fields


def _split_names(value: str) -> list[str]:
    names, depth, start = [], 0, 0
    for match in re.finditer(r"\\.|[{}]|\s+and\s+", value):
        token = match.group(0)
        if token == "{":
            depth += 1
        elif token == "}":
            depth -= 1
        elif not token.startswith("\\") and depth == 0:
            names.append(value[start : match.start()])
            start = match.end()
    names.append(value[start:])
    return [name for name in (_read_name(name.strip()) for name in names) if name]


def _read_name(name: str) -> str:
    if name.startswith("{") and name.endswith("}") and _braced(name, 0) == len(name):
        return _unescape(name[1:-1]).strip()
    family, comma, given = name.partition(",")
    if comma:
        return join_name(_unescape(family.strip()), _unescape(given.strip()), False)
    return _unescape(name)


def _date(fields: dict[str, str]) -> tuple[list[str], str]:
    if text(fields.get("date")):
        raw = fields["date"].strip()
        return raw.split("/")[0].split("-"), raw
    month = text(fields.get("month")) or ""
    if month.lower()[:3] in _MONTHS:
        month = str(_MONTHS.index(month.lower()[:3]) + 1)
    return [fields.get("year", ""), month], f"{fields.get('year', '')} {month}".strip()


def _read_entry(index: int, key: str, fields: dict[str, str]
                ) -> tuple[DocumentCitation | None, list[ItemError]]:
    def field(name: str) -> str | None:
        value = text(fields.get(name))
        return None if value is None else _unescape(value)

    values: dict[str, Any] = {
        "title": field("title"), "original_title": field("origtitle"),
        "description": field("description"), "document_type": field("type"),
        "classification": field("classification"),
        "authors": tuple(_split_names(fields.get("author", ""))),
        "recipients": tuple(_split_names(fields.get("recipient", ""))),
        "repository": field("library"), "collection": field("archivecollection"),
        "url": text(fields.get("url")),
        "notes": tuple(line for line in (field("annotation") or "").splitlines() if line.strip()),
    }
    lists = {name: _split_names(fields.get(name, "")) for name in _ROLE_FIELDS.values()}
    values["contributors"] = gather_contributors(lists, _ROLE_FIELDS, "contributor",
                                                 field("contributorroles"))
    failures: list[ParseError] = []
    if text(fields.get("date")) or text(fields.get("year")):
        parts, raw = _date(fields)
        values["date"], failures = partial_date(parts, raw, field("calendar") == "julian")
    journal = field("journaltitle") or field("journal")
    if journal:
        year = field("publicationyear")
        values["publication"] = Publication(journal, field("number") or field("issue"),
                                            field("pages"),
                                            year=int(year) if year and year.isdigit() else None)
    return build(index, key or None, values, field("archive"), field("archivelocation"),
                 failures=failures)


def from_bibtex(source: str, *, strict: bool = False) -> ImportResult:
    """The citations in BibTeX/biblatex text, read from archcite's archive fields.

    Returns an :class:`ImportResult` (a list with ``errors``), as
    :func:`~archcite.interop.from_csl_json` does. ``@string`` abbreviations and month
    macros are expanded; ``@comment`` and ``@preamble`` are skipped.

    >>> cits = from_bibtex("@misc{a, title = {Informatsiya}, date = {1956-11-27}, "
    ...                    "archive = {TsKhSD}, archivelocation = {f. 89, op. 2, d. 5}}")
    >>> cits[0].date.iso, cits[0].references[0].delo
    ('1956-11-27', '5')
    """
    return collect(
        (_read_entry(index, key, fields)
         for index, (_, key, fields) in enumerate(_entries(source))),
        strict,
    )
