"""CSL-JSON, the input of every CSL processor and Zotero's exchange format: out and back in.

One item per citation, of type ``manuscript`` (``letter`` where it has recipients):

========================  ===========================================================
archcite                  CSL-JSON
========================  ===========================================================
title, original_title     ``title``, ``original-title``
date                      ``issued`` date-parts, as far as known
authors, recipients       ``author``, ``recipient``
contributors              ``compiler``, ``translator``, ``editor``, ``contributor``
document_type             ``genre`` (Zotero's Type)
repository, collection    ``source`` (Zotero's Library Catalog), ``archive_collection``
references                ``archive``, ``archive-place``, ``archive_location``
folios (one reference)    ``locator`` (``folios="locator"``) or in ``archive_location``
publication               ``container-title``, ``issue``, ``page``
url, notes                ``URL``, ``note`` (Zotero's Extra)
========================  ===========================================================

>>> import archcite
>>> item = to_csl_json(archcite.parse("TsKhSD, F. 89, Op. 2, D. 5, Ll. 13-14"))
>>> item["archive"], item["archive_location"], item["locator"]
('TsKhSD', 'f. 89, op. 2, d. 5', '13–14')
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any, Literal, overload

from .. import registry, translit
from ..errors import ParseError
from ..model import ArchivalReference, DocumentCitation, Publication
from ._extra import gather_contributors, place_contributors, read_extra, write_extra
from ._names import join_name, split_name
from ._record import Exportable, as_citations, build, collect, partial_date, text, unique_keys
from ._shelfmark import write_folios, write_locations
from .result import ImportResult, ItemError

__all__ = ["CSL_ITEM_KEYS", "CSL_NAME_KEYS", "CSL_VARIABLES", "from_csl_json", "to_csl_json"]

#: The variables of CSL 1.0.2 (specification, appendix IV): standard, date and name.
CSL_VARIABLES: frozenset[str] = frozenset({
    "abstract", "annote", "archive", "archive_collection", "archive_location", "archive-place",
    "authority", "call-number", "chapter-number", "citation-key", "citation-label",
    "citation-number", "collection-number", "collection-title", "container-title",
    "container-title-short", "dimensions", "division", "DOI", "edition", "event", "event-title",
    "event-place", "first-reference-note-number", "genre", "ISBN", "ISSN", "issue",
    "jurisdiction", "keyword", "language", "locator", "medium", "note", "number",
    "number-of-pages", "number-of-volumes", "original-publisher", "original-publisher-place",
    "original-title", "page", "page-first", "part-number", "part-title", "PMCID", "PMID",
    "printing-number", "publisher", "publisher-place", "references", "reviewed-genre",
    "reviewed-title", "scale", "section", "source", "status", "supplement-number", "title",
    "title-short", "URL", "version", "volume", "volume-title", "volume-title-short",
    "year-suffix",
    # dates
    "accessed", "available-date", "event-date", "issued", "original-date", "submitted",
    # names
    "author", "chair", "collection-editor", "compiler", "composer", "container-author",
    "contributor", "curator", "director", "editor", "editor-translator", "editorial-director",
    "executive-producer", "guest", "host", "illustrator", "interviewer", "narrator",
    "organizer", "original-author", "performer", "producer", "recipient", "reviewed-author",
    "script-writer", "series-creator", "translator",
})
#: The keys of an item that are not variables: its id and its type.
CSL_ITEM_KEYS: frozenset[str] = CSL_VARIABLES | {"id", "type"}
#: The keys of a name object in CSL-JSON (csl-data.json).
CSL_NAME_KEYS: frozenset[str] = frozenset({
    "family", "given", "dropping-particle", "non-dropping-particle", "suffix", "comma-suffix",
    "static-ordering", "literal", "parse-names",
})

_ROLE_VARIABLES = {"compiler": "compiler", "translator": "translator", "editor": "editor",
                   "contributor": "contributor"}

FolioPlacement = Literal["locator", "location"]

# Zotero has no field for these; written as "name: value" lines in Extra (CSL ``note``)
# Zotero passes them to its CSL processor and exports them as the variables again.
_EXTRA_VARIABLES = ("archive-place", "archive_collection")
_ARCHIVE_VARIABLES = ("archive", "archive_location", *_EXTRA_VARIABLES)


def _name(name: str) -> dict[str, Any]:
    split = split_name(name)
    if split is None:
        return {"literal": name}
    family, given, family_first = split
    # static-ordering keeps a name cited surname first ("Розанов И.Н.") in that order.
    return {"family": family, "given": given, **({"static-ordering": True} if family_first else {})}


def _name_text(data: Any) -> str | None:
    if not isinstance(data, Mapping):
        return text(data)
    if text(data.get("literal")):
        return text(data["literal"])
    family = " ".join(
        part for part in (text(data.get(key)) for key in
                          ("dropping-particle", "non-dropping-particle", "family", "suffix"))
        if part
    )
    given = text(data.get("given")) or ""
    return join_name(family, given, bool(data.get("static-ordering"))) or None


def _names(items: Any) -> list[str]:
    if not isinstance(items, list):
        return []
    return [name for name in (_name_text(item) for item in items) if name]


def _archive(token: str, modern: bool) -> str:
    if modern:
        script = "cyrillic" if translit.has_cyrillic(token) else "latin"
        return registry.modern(token, script) or token
    return token


def _item(citation: DocumentCitation, key: str, modern: bool, folios: FolioPlacement,
          zotero: bool) -> dict[str, Any]:
    item: dict[str, Any] = {"id": key, "type": "letter" if citation.recipients else "manuscript"}
    extra: dict[str, str | None] = {}
    if citation.title:
        item["title"] = citation.title
        extra["description"] = citation.description
    elif citation.description:
        # A document without a title is known by its description; CSL has one place for both.
        item["title"] = citation.description
        extra["untitled"] = "true"
    if citation.original_title:
        item["original-title"] = citation.original_title
    if citation.date:
        item["issued"] = {"date-parts": [list(citation.date.parts)]}
        extra["old-style"] = "true" if citation.date.old_style else None
    if citation.authors:
        item["author"] = [_name(name) for name in citation.authors]
    if citation.recipients:
        item["recipient"] = [_name(name) for name in citation.recipients]
    lists, roles = place_contributors(citation.contributors, _ROLE_VARIABLES, "contributor")
    for variable, names in lists.items():
        item[variable] = [_name(name) for name in names]
    extra["roles"] = roles
    if citation.document_type:
        item["genre"] = citation.document_type
    extra["classification"] = citation.classification
    if citation.repository:
        item["source"] = citation.repository
    if citation.collection:
        item["archive_collection"] = citation.collection
    _put_references(item, citation.references, modern, folios)
    if citation.publication:
        item["container-title"] = citation.publication.title
        if citation.publication.issue:
            item["issue"] = citation.publication.issue
        if citation.publication.pages:
            item["page"] = citation.publication.pages
        year = citation.publication.year
        extra["publication-year"] = None if year is None else str(year)
    if citation.url:
        item["URL"] = citation.url
    lines = [*citation.notes, *write_extra(extra)]
    if zotero:
        lines += [f"{name}: {item[name]}" for name in _EXTRA_VARIABLES if name in item]
    if lines:
        item["note"] = "\n".join(lines)
    return item


def _put_references(item: dict[str, Any], references: tuple[ArchivalReference, ...],
                    modern: bool, folios: FolioPlacement) -> None:
    single = len(references) == 1 and references[0].folios is not None and folios == "locator"
    archive, location = write_locations(references, folios=not single)
    if archive:
        item["archive"] = _archive(archive, modern)
        entry = references[0].archive_entry or registry.find(archive)
        if entry is not None:
            item["archive-place"] = entry.city
    if location:
        item["archive_location"] = location
    if single and references[0].folios is not None:
        item["locator"] = write_folios(references[0].folios)


@overload
def to_csl_json(obj: Exportable, *, modern: bool = ..., folios: FolioPlacement = ...,
                zotero: bool = ...) -> dict[str, Any]: ...
@overload
def to_csl_json(obj: Iterable[Exportable], *, modern: bool = ..., folios: FolioPlacement = ...,
                zotero: bool = ...) -> list[dict[str, Any]]: ...
def to_csl_json(obj: Exportable | Iterable[Exportable], *, modern: bool = False,
                folios: FolioPlacement = "locator", zotero: bool = False
                ) -> dict[str, Any] | list[dict[str, Any]]:
    """CSL-JSON for a reference or citation (a dict), or for a list of them (a list).

    ``modern=True`` names the archive by today's name; ``folios="location"`` keeps the
    folios in ``archive_location`` (for Zotero, which has no locator field) instead of
    the ``locator`` variable. ``zotero=True`` is the form to import into Zotero: folios
    in the location, and ``archive-place`` and ``archive_collection`` (which Zotero has
    no field for) repeated as lines of Extra, where Zotero's citation processor reads them.

    >>> import archcite
    >>> to_csl_json(archcite.parse("ЦХСД. Ф. 89. Оп. 2. Д. 5."), modern=True)["archive"]
    'РГАНИ'
    """
    if folios not in ("locator", "location"):
        raise ValueError(f"folios must be 'locator' or 'location', not {folios!r}")
    citations, single = as_citations(obj)
    keys = unique_keys(citations)
    folios = "location" if zotero else folios
    items = [_item(c, k, modern, folios, zotero) for c, k in zip(citations, keys, strict=True)]
    return items[0] if single else items


def _read_item(index: int, item: Any) -> tuple[DocumentCitation | None, list[ItemError]]:
    if not isinstance(item, Mapping):
        raw = json.dumps(item, ensure_ascii=False, default=str)
        return None, [ItemError(index, None, ParseError(raw, 0, "a CSL-JSON item (an object)"))]
    key = text(item.get("id"))
    extra, lines = read_extra(str(item.get("note") or "").splitlines())
    notes = []
    item = dict(item)
    for line in lines:
        name, colon, value = line.partition(": ")
        if colon and name in _ARCHIVE_VARIABLES:
            item.setdefault(name, value)  # Zotero's Extra field, as zotero=True writes it
        else:
            notes.append(line)
    values: dict[str, Any] = {
        "title": text(item.get("title")),
        "original_title": text(item.get("original-title")),
        "description": text(extra.get("description")),
        "document_type": text(item.get("genre")),
        "classification": text(extra.get("classification")),
        "authors": tuple(_names(item.get("author"))),
        "recipients": tuple(_names(item.get("recipient"))),
        "repository": text(item.get("source")),
        "collection": text(item.get("archive_collection")),
        "url": text(item.get("URL")),
        "notes": tuple(notes),
    }
    if extra.get("untitled") == "true":
        values["description"], values["title"] = values["title"], None
    lists = {variable: _names(item.get(variable)) for variable in dict.fromkeys(
        _ROLE_VARIABLES.values())}
    values["contributors"] = gather_contributors(lists, _ROLE_VARIABLES, "contributor",
                                                 extra.get("roles"))
    failures: list[ParseError] = []
    issued = item.get("issued")
    if isinstance(issued, Mapping) and issued.get("date-parts"):
        parts = issued["date-parts"][0]
        values["date"], failures = partial_date(parts, json.dumps(issued),
                                                extra.get("old-style") == "true")
    container = text(item.get("container-title"))
    if container:
        year = extra.get("publication-year")
        values["publication"] = Publication(
            container, text(item.get("issue")), text(item.get("page")),
            year=int(year) if year and year.isdigit() else None,
        )
    return build(index, key, values, text(item.get("archive")),
                 text(item.get("archive_location")), text(item.get("locator")), failures)


def from_csl_json(items: str | Mapping[str, Any] | Iterable[Mapping[str, Any]], *,
                  strict: bool = False) -> ImportResult:
    """The citations in CSL-JSON (text, one item, or a list of items), such as a Zotero export.

    Returns an :class:`ImportResult`: a list of :class:`~archcite.DocumentCitation` whose
    ``errors`` name each item with an archive location that did not parse (its text is
    kept in the citation's notes). ``strict=True`` raises the first such error instead.

    >>> cits = from_csl_json('[{"id": "a", "title": "Informatsiya", "archive": "TsKhSD", '
    ...                      '"archive_location": "f. 89, op. 2, d. 5, ll. 16-17"}]')
    >>> cits[0].references[0].archive_id, str(cits[0].references[0].folios), cits.errors
    ('RGANI', '16-17', [])
    """
    data: Any = json.loads(items) if isinstance(items, str) else items
    if isinstance(data, Mapping):
        data = [data]
    return collect((_read_item(index, item) for index, item in enumerate(data)), strict)
