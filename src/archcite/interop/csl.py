"""CSL-JSON, the input of every CSL processor and Zotero's exchange format: out and back in.

One item per citation, of type ``manuscript`` (``personal_communication``, Zotero's
Letter, where it has recipients); every item is valid against the CSL-JSON schema:

========================  ===========================================================
archcite                  CSL-JSON
========================  ===========================================================
title, original_title     ``title``, ``original-title``
description               ``genre`` (printed unquoted after the title or in its place)
document_type             ``genre`` when there is no description (Zotero's Type)
date                      ``issued`` date-parts, as far as known
authors, recipients       ``author``, ``recipient``
contributors              ``translator``, ``compiler``, ``editor`` (beside an author)
(the title's language)    ``language`` (``ru``, ``uk``, …; none for English)
repository, collection    ``source`` (Zotero's Library Catalog), ``archive_collection``
references                ``archive``, ``archive-place``, ``archive_location`` with folios
(key)                     ``id`` and ``citation-key``
url, notes                ``URL``, ``note`` (Zotero's Extra)
========================  ===========================================================

What CSL has no variable for, or styles would print wrongly (the publication a document
was printed in, which a style would make its container), goes in ``note`` as
``archcite-<name>: value`` lines; see :mod:`archcite.interop._extra`.

>>> import archcite
>>> item = to_csl_json(archcite.parse("TsKhSD, F. 89, Op. 2, D. 5, Ll. 13-14"))
>>> item["type"], item["archive"], item["archive_location"]
('manuscript', 'TsKhSD', 'f. 89, op. 2, d. 5, ll. 13–14')
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any, Literal, overload

from .. import registry, translit
from ..errors import ParseError
from ..model import ArchivalReference, Contributor, DocumentCitation
from ._extra import (
    HIDDEN,
    PREFIX,
    gather_contributors,
    join_list,
    place_contributors,
    printed_roles,
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
from ._shelfmark import read_locations, write_folios, write_locations
from .result import ImportResult, ItemError

__all__ = [
    "CSL_ITEM_KEYS",
    "CSL_NAME_KEYS",
    "CSL_VARIABLES",
    "ZOTERO_VARIABLES",
    "from_csl_json",
    "to_csl_json",
]

#: The variables of CSL 1.0.2 (specification, appendix IV): standard, date and name.
CSL_VARIABLES: frozenset[str] = frozenset(
    {
        "abstract",
        "annote",
        "archive",
        "archive_collection",
        "archive_location",
        "archive-place",
        "authority",
        "call-number",
        "chapter-number",
        "citation-key",
        "citation-label",
        "citation-number",
        "collection-number",
        "collection-title",
        "container-title",
        "container-title-short",
        "dimensions",
        "division",
        "DOI",
        "edition",
        "event",
        "event-title",
        "event-place",
        "first-reference-note-number",
        "genre",
        "ISBN",
        "ISSN",
        "issue",
        "jurisdiction",
        "keyword",
        "language",
        "locator",
        "medium",
        "note",
        "number",
        "number-of-pages",
        "number-of-volumes",
        "original-publisher",
        "original-publisher-place",
        "original-title",
        "page",
        "page-first",
        "part-number",
        "part-title",
        "PMCID",
        "PMID",
        "printing-number",
        "publisher",
        "publisher-place",
        "references",
        "reviewed-genre",
        "reviewed-title",
        "scale",
        "section",
        "source",
        "status",
        "supplement-number",
        "title",
        "title-short",
        "URL",
        "version",
        "volume",
        "volume-title",
        "volume-title-short",
        "year-suffix",
        # dates
        "accessed",
        "available-date",
        "event-date",
        "issued",
        "original-date",
        "submitted",
        # names
        "author",
        "chair",
        "collection-editor",
        "compiler",
        "composer",
        "container-author",
        "contributor",
        "curator",
        "director",
        "editor",
        "editor-translator",
        "editorial-director",
        "executive-producer",
        "guest",
        "host",
        "illustrator",
        "interviewer",
        "narrator",
        "organizer",
        "original-author",
        "performer",
        "producer",
        "recipient",
        "reviewed-author",
        "script-writer",
        "series-creator",
        "translator",
    }
)
#: The keys of an item that are not variables: its id and its type.
CSL_ITEM_KEYS: frozenset[str] = CSL_VARIABLES | {"id", "type"}
#: The keys of a name object in CSL-JSON (csl-data.json).
CSL_NAME_KEYS: frozenset[str] = frozenset(
    {
        "family",
        "given",
        "dropping-particle",
        "non-dropping-particle",
        "suffix",
        "comma-suffix",
        "static-ordering",
        "literal",
        "parse-names",
    }
)

#: The CSL variables Zotero keeps for the two item types archcite writes: the fields and
#: creator types of Zotero's Manuscript and Letter and their CSL names, from Zotero's
#: schema (zotero-schema ``schema.json``, version 41; tests/data/zotero-schema.json holds
#: the extract a test checks this against). Zotero drops any other variable on import.
ZOTERO_VARIABLES: dict[str, frozenset[str]] = {
    "manuscript": frozenset(
        {
            "title",
            "abstract",
            "genre",
            "publisher",
            "publisher-place",
            "issued",
            "number-of-pages",
            "number",
            "DOI",
            "citation-key",
            "URL",
            "accessed",
            "archive",
            "archive_location",
            "title-short",
            "language",
            "source",
            "call-number",
            "note",
            "author",
            "contributor",
            "translator",
        }
    ),
    "personal_communication": frozenset(
        {
            "title",
            "abstract",
            "genre",
            "issued",
            "event-place",
            "DOI",
            "citation-key",
            "URL",
            "accessed",
            "archive",
            "archive_location",
            "title-short",
            "language",
            "source",
            "call-number",
            "note",
            "author",
            "recipient",
            "contributor",
            "translator",
        }
    ),
}

FolioPlacement = Literal["locator", "location"]

# What a Zotero item holds in Extra for archcite and reads back: the variables Zotero has
# no field for on a Manuscript or Letter (written by zotero=True) and names.
_EXTRA_VARIABLES = frozenset(
    {
        "original-title",
        "archive-place",
        "archive_collection",
        "author",
        "recipient",
        "compiler",
        "editor",
        "translator",
    }
)
_NAME_VARIABLES = frozenset({"author", "recipient", "compiler", "editor", "translator"})


def _name(name: str) -> dict[str, Any]:
    split = split_name(name)
    if split is None:
        return {"literal": name}
    family, given, family_first = split
    # static-ordering keeps a name cited surname first ("Розанов И.Н.") in that order.
    return {"family": family, "given": given, **({"static-ordering": True} if family_first else {})}


def _extra_name(name: Mapping[str, Any]) -> str:
    """A name as Zotero and citeproc-js read it in Extra: ``Family || Given`` or one string.

    A name cited surname first stays one string, in its order: Extra has no
    ``static-ordering``.
    """
    if "literal" in name or name.get("static-ordering"):
        return _name_text(name) or ""
    return f"{name['family']} || {name['given']}"


def _read_extra_name(value: str) -> dict[str, Any]:
    family, bars, given = value.partition("||")
    if bars:
        return {"family": family.strip(), "given": given.strip()}
    return {"literal": value.strip()}


def _name_text(data: Any) -> str | None:
    if not isinstance(data, Mapping):
        return text(data)
    if text(data.get("literal")):
        return text(data["literal"])
    family = " ".join(
        part
        for part in (
            text(data.get(key))
            for key in ("dropping-particle", "non-dropping-particle", "family", "suffix")
        )
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


def _item(
    citation: DocumentCitation, key: str, modern: bool, folios: FolioPlacement, zotero: bool
) -> dict[str, Any]:
    kind = "personal_communication" if citation.recipients else "manuscript"
    item: dict[str, Any] = {"id": key, "type": kind, "citation-key": key}
    if citation.title:
        item["title"] = citation.title
    genre, extra = write_genre(citation)
    if genre:
        item["genre"] = genre
    if citation.original_title:
        item["original-title"] = citation.original_title
    found = language(citation)
    if found:
        item["language"] = found
    if citation.date:
        item["issued"] = {"date-parts": [list(citation.date.parts)]}
        extra["old-style"] = "true" if citation.date.old_style else None
    if citation.authors:
        item["author"] = [_name(name) for name in citation.authors]
    if citation.recipients:
        item["recipient"] = [_name(name) for name in citation.recipients]
    slots = {role: role for role in printed_roles(bool(citation.authors))}
    lists, roles = place_contributors(citation.contributors, slots, HIDDEN)
    for variable, names in lists.items():
        if variable == HIDDEN:
            extra["contributors"] = join_list(names)
        else:
            item[variable] = [_name(name) for name in names]
    extra["roles"] = roles
    extra["classification"] = citation.classification
    if citation.repository:
        item["source"] = citation.repository
    if citation.collection:
        item["archive_collection"] = citation.collection
    _put_references(item, citation.references, modern, folios)
    extra.update(write_publication(citation.publication))
    if citation.url:
        item["URL"] = citation.url
    # Lines Zotero and citeproc-js read as variables come first: citeproc-js stops
    # reading them at the first line of another kind.
    lines = [*(_to_extra(item) if zotero else []), *write_extra(extra), *citation.notes]
    if lines:
        item["note"] = "\n".join(lines)
    return item


def _to_extra(item: dict[str, Any]) -> list[str]:
    """Take out of ``item`` what Zotero drops for its type, as the Extra lines Zotero reads."""
    kept = ZOTERO_VARIABLES[item["type"]] | {"id", "type"}
    lines: list[str] = []
    for variable in [key for key in item if key not in kept]:
        value = item.pop(variable)
        if isinstance(value, list):
            lines += [f"{variable}: {_extra_name(name)}" for name in value]
        else:
            lines.append(f"{variable}: {value}")
    return lines


def _put_references(
    item: dict[str, Any],
    references: tuple[ArchivalReference, ...],
    modern: bool,
    folios: FolioPlacement,
) -> None:
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
def to_csl_json(
    obj: Exportable, *, modern: bool = ..., folios: FolioPlacement = ..., zotero: bool = ...
) -> dict[str, Any]: ...
@overload
def to_csl_json(
    obj: Iterable[Exportable],
    *,
    modern: bool = ...,
    folios: FolioPlacement = ...,
    zotero: bool = ...,
) -> list[dict[str, Any]]: ...
def to_csl_json(
    obj: Exportable | Iterable[Exportable],
    *,
    modern: bool = False,
    folios: FolioPlacement = "location",
    zotero: bool = False,
) -> dict[str, Any] | list[dict[str, Any]]:
    """CSL-JSON for a reference or citation (a dict), or for a list of them (a list).

    ``modern=True`` names the archive by today's name. The folios stay in
    ``archive_location``, where every style prints them; ``folios="locator"`` puts the
    folios of a citation with one reference in an item ``locator`` instead, for a caller
    that passes it on as the citation's locator (:func:`~archcite.interop.render_csl`
    does; Zotero, pandoc and citeproc-js read no item locator). ``zotero=True`` is the
    form to import into Zotero: what Zotero has no field for on a Manuscript or Letter
    (``original-title``, ``archive-place``, ``archive_collection``, compilers, editors) is
    written as lines of Extra (``compiler: Chernukha || V. N.``), which Zotero keeps and
    its citation processor reads.

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


def _read_note(item: dict[str, Any]) -> tuple[dict[str, str], list[str]]:
    """The archcite values and the notes of an item; Zotero's Extra variables go into it.

    pandoc lifts ``name: value`` lines out of ``note`` into variables of their own, so an
    ``archcite-`` value may come as a key of the item as well as a line of its note.
    """
    # biblatex's annotation reaches CSL-JSON as annote (pandoc): notes as well.
    extra, lines = read_extra([str(item.get("note") or ""), str(item.get("annote") or "")])
    for key, value in item.items():
        if key.startswith(PREFIX) and isinstance(value, str):
            extra.setdefault(key.removeprefix(PREFIX), value.strip())
    notes: list[str] = []
    names: dict[str, list[dict[str, Any]]] = {}
    for line in lines:
        name, colon, value = line.partition(": ")
        if not colon or name not in _EXTRA_VARIABLES or not value.strip():
            notes.append(line)
        elif name in _NAME_VARIABLES:
            names.setdefault(name, []).append(_read_extra_name(value))
        else:
            item.setdefault(name, value.strip())
    for name, found in names.items():
        if not _names(item.get(name)):
            item[name] = found
    return extra, notes


def _references_in_publisher(item: Mapping[str, Any]) -> str | None:
    """A publisher that is a shelfmark, as a BibTeX ``howpublished`` becomes in pandoc."""
    publisher = text(item.get("publisher"))
    if publisher is None or item.get("archive") or item.get("archive_location"):
        return None
    references, errors = read_locations(None, publisher)
    return publisher if references and not errors and all(r.archive for r in references) else None


def _read_item(index: int, item: Any) -> tuple[DocumentCitation | None, list[ItemError]]:
    if not isinstance(item, Mapping):
        raw = json.dumps(item, ensure_ascii=False, default=str)
        return None, [ItemError(index, None, ParseError(raw, 0, "a CSL-JSON item (an object)"))]
    key = text(item.get("id"))
    item = dict(item)
    extra, notes = _read_note(item)
    description, document_type = read_genre(text(item.get("genre")), extra)
    values: dict[str, Any] = {
        "title": text(item.get("title")),
        "original_title": text(item.get("original-title")),
        "description": description,
        "document_type": document_type,
        "classification": text(extra.get("classification")),
        "authors": tuple(_names(item.get("author"))),
        "recipients": tuple(_names(item.get("recipient"))),
        "repository": text(item.get("source")),
        "collection": text(item.get("archive_collection")),
        "url": text(item.get("URL")),
        "publication": read_publication(extra),
        "notes": tuple(notes),
    }
    if extra.get("untitled") == "true":  # how archcite 0.1 wrote an untitled document
        values["description"], values["title"] = values["title"], None
    slots = {role: role for role in printed_roles(bool(values["authors"]))}
    # A Zotero Contributor is a contributor archcite has no better role for.
    lists = {variable: _names(item.get(variable)) for variable in slots}
    lists[HIDDEN] = [*_names(item.get("contributor")), *split_list(extra.get("contributors", ""))]
    contributors = gather_contributors(lists, slots, HIDDEN, extra.get("roles"))
    if "editor" not in slots:  # an editor of an unsigned item another program wrote
        contributors += tuple(Contributor(name, "editor") for name in _names(item.get("editor")))
    values["contributors"] = contributors
    failures: list[ParseError] = []
    issued = item.get("issued")
    if isinstance(issued, Mapping) and issued.get("date-parts"):
        parts = issued["date-parts"][0]
        values["date"], failures = partial_date(
            parts, json.dumps(issued), extra.get("old-style") == "true"
        )
    archive, location = text(item.get("archive")), text(item.get("archive_location"))
    location = location or _references_in_publisher(item)
    return build(index, key, values, archive, location, text(item.get("locator")), failures)


def from_csl_json(
    items: str | Mapping[str, Any] | Iterable[Mapping[str, Any]], *, strict: bool = False
) -> ImportResult:
    """The citations in CSL-JSON (text, one item, or a list of items), such as a Zotero export.

    Returns an :class:`ImportResult`: the :class:`~archcite.DocumentCitation` read, and
    ``errors`` naming each item with an archive location that did not parse (its text is
    kept in the citation's notes). ``strict=True`` raises the first such error instead.
    Extra lines Zotero writes (``compiler: Chernukha || V. N.``, ``archive-place: Moscow``)
    and ``archcite-`` values pandoc lifts out of ``note`` are read as well.

    >>> cits = from_csl_json('[{"id": "a", "title": "Informatsiya", "archive": "TsKhSD", '
    ...                      '"archive_location": "f. 89, op. 2, d. 5, ll. 16-17"}]')
    >>> cits[0].references[0].archive_id, str(cits[0].references[0].folios), cits.errors
    ('RGANI', '16-17', ())
    """
    data: Any = json.loads(items) if isinstance(items, str) else items
    if isinstance(data, Mapping):
        data = [data]
    return collect((_read_item(index, item) for index, item in enumerate(data)), strict)


def _write(citations: Iterable[Exportable], **options: Any) -> str:
    return json.dumps(to_csl_json(list(citations), **options), ensure_ascii=False, indent=2) + "\n"


register(Format("csl-json", _write, from_csl_json, "CSL-JSON (Zotero, citeproc-js, pandoc)"))
