"""BibTeX and biblatex: ``@unpublished`` (``@letter`` with recipients) entries, out and back in.

biblatex has no fields for a physical archive, and neither pandoc nor Zotero's BibTeX
import reads archcite's ``archive`` fields, so the entry carries the archival reference
twice: in ``howpublished``, which pandoc reads as the CSL ``publisher`` that Chicago, APA
and MLA print for a manuscript or letter (and Zotero keeps in Extra as ``Published:``),
and in archcite's own fields, which Better BibTeX users keep and archcite reads back:

======================  ===============================================================
field                   holds
======================  ===============================================================
``howpublished``        every reference with its archive: ``TsKhSD, f. 89, op. 2, d. 5``
``archive``             the archive as cited (``TsKhSD``)
``archivelocation``     the levels down to the folios (``f. 89, op. 2, d. 5, ll. 13–14``);
                        several references joined by ``; ``
``archivecollection``   a named collection (``Malin Collection``)
``langid``              the title's language for biblatex and pandoc (``russian``)
``recipient``, ``compiler``, ``contributor``, ``contributorroles``  people and roles
``description``, ``documenttype``, ``classification``, ``calendar`` (``julian``)
``publication``, ``publicationissue``, ``publicationpages``, ``publicationyear``
======================  ===============================================================

Standard fields: ``title`` (words with capitals braced where no ``langid`` says the title
is not English, so that pandoc and biblatex keep its case), ``origtitle``, ``author``,
``translator``, ``editor`` (beside an author), ``type`` (the description, else the
document type: what pandoc makes the CSL ``genre``), ``date`` (ISO 8601, partial dates
stay partial) with ``year`` and ``month``, ``library`` (the repository), ``url``, and
``annote`` (the notes, one a line; biblatex's alias of ``annotation``, which is read too).

>>> import archcite
>>> print(to_bibtex(archcite.parse("TsKhSD, F. 89, Op. 2, D. 5, Ll. 13-14")))
@unpublished{tskhsd-7f1188,
  howpublished = {TsKhSD, f. 89, op. 2, d. 5, ll. 13–14},
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
from ..model import Contributor, DocumentCitation, Publication
from ._extra import gather_contributors, place_contributors, printed_roles, write_genre
from ._formats import Format, register
from ._language import BABEL_NAMES, language
from ._names import join_name, split_name
from ._record import Exportable, as_citations, build, collect, partial_date, text, unique_keys
from ._shelfmark import write_locations, write_shelfmark
from .result import ImportResult, ItemError

__all__ = ["from_bibtex", "to_bibtex"]

_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")

# LaTeX's special characters, and how a value writes them (in one pass, so that the
# braces of \textbackslash{} are not escaped again).
_ESCAPES = (
    ("\\", r"\textbackslash{}"),
    ("{", r"\{"),
    ("}", r"\}"),
    ("&", r"\&"),
    ("%", r"\%"),
    ("$", r"\$"),
    ("#", r"\#"),
    ("_", r"\_"),
    ("~", r"\textasciitilde{}"),
    ("^", r"\textasciicircum{}"),
)
_ESCAPE = re.compile("|".join(re.escape(char) for char, _ in _ESCAPES))
_ESCAPED = dict(_ESCAPES)
# Reading: an escape gives its character back, a bare brace (case protection) goes, and
# any run of white space (a line wrapped by the writer) is one space.
_PLAIN = re.compile("|".join(re.escape(written) for _, written in _ESCAPES) + r"|[{}]|\s+")
_UNESCAPED = {written: char for char, written in _ESCAPES}


def _escape(value: str) -> str:
    return _ESCAPE.sub(lambda match: _ESCAPED[match.group(0)], value)


def _plain(value: str) -> str:
    """A field's text: escapes read, protective braces dropped, white space collapsed."""

    def one(match: re.Match[str]) -> str:
        token = match.group(0)
        if token in _UNESCAPED:
            return _UNESCAPED[token]
        return " " if token.isspace() else ""

    return _PLAIN.sub(one, value).strip()


def _protect(title: str) -> str:
    """``Working {Notes} from the {Session}``: the words whose capitals must stay.

    pandoc and biblatex sentence-case a title that is not marked as in another language
    than English; braces keep each word with a capital as written (the first word's
    leading capital survives sentence case anyway).
    """
    words = title.split(" ")
    return " ".join(
        f"{{{word}}}" if any(c.isupper() for c in (word[1:] if index == 0 else word)) else word
        for index, word in enumerate(words)
    )


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
    found = language(citation)
    title = None
    if citation.title:
        title = _escape(citation.title) if found else _protect(_escape(citation.title))
    genre, _ = write_genre(citation)
    lists, roles = place_contributors(
        citation.contributors, _slots(bool(citation.authors)), "contributor"
    )
    date = citation.date
    archive, location = write_locations(citation.references)
    publication = citation.publication
    # (name, value, whether to escape it): names, protected titles and months are ready.
    fields: list[tuple[str, str | None, bool]] = [
        ("title", title, False),
        ("origtitle", citation.original_title, True),
        ("author", _names(citation.authors) or None, False),
        ("recipient", _names(citation.recipients) or None, False),
        *((field, _names(names), False) for field, names in lists.items()),
        ("contributorroles", roles, True),
        ("type", genre, True),
        ("description", citation.description, True),
        ("documenttype", citation.document_type if citation.description else None, True),
        ("date", date.iso if date else None, True),
        ("year", str(date.year) if date else None, True),
        ("month", _MONTHS[date.month - 1] if date and date.month else None, False),
        ("calendar", "julian" if date and date.old_style else None, True),
        ("classification", citation.classification, True),
        ("langid", BABEL_NAMES.get(found, found) if found else None, True),
        ("howpublished", write_shelfmark(citation.references), True),
        ("archive", archive, True),
        ("archivelocation", location, True),
        ("archivecollection", citation.collection, True),
        ("library", citation.repository, True),
        ("publication", publication.title if publication else None, True),
        ("publicationissue", publication.issue if publication else None, True),
        ("publicationpages", publication.pages if publication else None, True),
        (
            "publicationyear",
            str(publication.year) if publication and publication.year is not None else None,
            True,
        ),
        ("url", citation.url, False),
        # annote, biblatex's alias of annotation: Zotero's import reads this one only.
        ("annote", "\n".join(citation.notes) or None, True),
    ]
    return [
        (name, _escape(value) if escape else value)
        for name, value, escape in fields
        if value is not None
    ]


def _slots(has_authors: bool) -> dict[str, str]:
    """The field of each role: those styles print, and archcite's ``compiler``."""
    return {**{role: role for role in printed_roles(has_authors)}, "compiler": "compiler"}


def _entry(citation: DocumentCitation, key: str) -> str:
    kind = "letter" if citation.recipients else "unpublished"
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
_KEY_END = {"}": re.compile(r"[,}]"), ")": re.compile(r"[,)]")}


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


def _key(source: str, index: int, close: str) -> tuple[str, int]:
    """An entry's key and the index after it: up to a comma, or the entry's end if none.

    ``@misc{a}`` has no fields; its key ends at its closing brace, not at the comma of
    the next entry.
    """
    end = _KEY_END[close].search(source, index)
    if end is None:
        return source[index:].strip(), len(source)
    if end.group(0) == ",":
        return source[index : end.start()].strip(), end.end()
    return source[index : end.start()].strip(), end.start()


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
            key, index = _key(source, index, close)
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
        return _plain(name[1:-1])
    family, comma, given = name.partition(",")
    if comma:
        return join_name(_plain(family), _plain(given), False)
    return _plain(name)


def _date(fields: dict[str, str]) -> tuple[list[str], str]:
    if text(fields.get("date")):
        raw = fields["date"].strip()
        return raw.split("/")[0].split("-"), raw
    month = text(fields.get("month")) or ""
    if month.lower()[:3] in _MONTHS:
        month = str(_MONTHS.index(month.lower()[:3]) + 1)
    return [fields.get("year", ""), month], f"{fields.get('year', '')} {month}".strip()


def _read_entry(
    index: int, key: str, fields: dict[str, str]
) -> tuple[DocumentCitation | None, list[ItemError]]:
    def field(name: str) -> str | None:
        return text(_plain(fields.get(name, "")))

    description = field("description")
    genre = field("type")
    document_type = field("documenttype") or (genre if genre != description else None)
    values: dict[str, Any] = {
        "title": field("title"),
        "original_title": field("origtitle"),
        "description": description,
        "document_type": document_type,
        "classification": field("classification"),
        "authors": tuple(_split_names(fields.get("author", ""))),
        "recipients": tuple(_split_names(fields.get("recipient", ""))),
        "repository": field("library"),
        "collection": field("archivecollection"),
        "url": text(fields.get("url")),
        "notes": tuple(
            note
            for note in (
                _plain(line)
                for line in (fields.get("annote") or fields.get("annotation") or "").splitlines()
            )
            if note
        ),
    }
    slots = _slots(bool(values["authors"]))
    lists = {
        name: _split_names(fields.get(name, ""))
        for name in ("translator", "editor", "compiler", "contributor")
    }
    contributors = gather_contributors(lists, slots, "contributor", field("contributorroles"))
    if "editor" not in slots:  # an editor beside no author, in a hand-written entry
        contributors += tuple(Contributor(name, "editor") for name in lists["editor"])
    values["contributors"] = contributors
    failures: list[ParseError] = []
    if text(fields.get("date")) or text(fields.get("year")):
        parts, raw = _date(fields)
        values["date"], failures = partial_date(parts, raw, field("calendar") == "julian")
    journal = field("publication") or field("journaltitle") or field("journal")
    if journal:
        year = field("publicationyear")
        values["publication"] = Publication(
            journal,
            field("publicationissue") or field("number") or field("issue"),
            field("publicationpages") or field("pages"),
            year=int(year) if year and year.isdigit() else None,
        )
    return build(
        index, key or None, values, field("archive"), field("archivelocation"), failures=failures
    )


def from_bibtex(source: str, *, strict: bool = False) -> ImportResult:
    """The citations in BibTeX/biblatex text, read from archcite's archive fields.

    Returns an :class:`ImportResult`, as :func:`~archcite.interop.from_csl_json` does.
    ``@string`` abbreviations and month macros are expanded; ``@comment`` and
    ``@preamble`` are skipped; braces that protect case go and a value wrapped over
    several lines is one line again.

    >>> cits = from_bibtex("@misc{a, title = {Working {Notes}}, date = {1956-11-27}, "
    ...                    "archive = {TsKhSD}, archivelocation = {f. 89, op. 2, d. 5}}")
    >>> cits[0].title, cits[0].date.iso, cits[0].references[0].delo
    ('Working Notes', '1956-11-27', '5')
    """
    return collect(
        (
            _read_entry(index, key, fields)
            for index, (_, key, fields) in enumerate(_entries(source))
        ),
        strict,
    )


register(Format("bibtex", to_bibtex, from_bibtex, "BibTeX and biblatex (pandoc, Zotero, LaTeX)"))
