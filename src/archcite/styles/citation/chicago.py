"""Chicago (CMOS 14.127-14.128): a document in a note and in a bibliography entry.

A note runs from the most specific element to the most general: author, title in
quotation marks (a description without them), date, archival references with
lowercase labels, collection, repository. The bibliography entry puts the same
elements in sentences.

>>> from archcite.model import DocumentCitation, PartialDate, StyleOptions
>>> cit = DocumentCitation(title="Shifrtelogramma", date=PartialDate(1956, 11, 26),
...     classification="Strictly Secret")
>>> chicago_note(cit, StyleOptions())
'“Shifrtelogramma,” November 26, 1956 (Strictly Secret).'
>>> chicago_bibliography(cit, StyleOptions())
'“Shifrtelogramma.” November 26, 1956 (Strictly Secret).'
"""

from __future__ import annotations

from collections.abc import Sequence

from ...model import Contributor, DocumentCitation, StyleOptions
from .. import citation_style, format_reference
from ..dates import date_to_write, write_date

_NOTE_ROLES = {"compiler": "comp.", "translator": "trans.", "editor": "ed."}
_BIBLIOGRAPHY_ROLES = {
    "compiler": "Compiled by",
    "translator": "Translated by",
    "editor": "Edited by",
}


def join_names(names: Sequence[str], conjunction: str = "and") -> str:
    """``Malenkov, Suslov, and Aristov``: a serial comma before the last of three or more."""
    if len(names) <= 2:
        return f" {conjunction} ".join(names)
    return f"{', '.join(names[:-1])}, {conjunction} {names[-1]}"


def _roles(contributors: Sequence[Contributor], words: dict[str, str]) -> list[str]:
    by_role: dict[str, list[str]] = {}
    for contributor in contributors:
        by_role.setdefault(contributor.role, []).append(contributor.name)
    return [f"{words.get(role, role)} {join_names(names)}" for role, names in by_role.items()]


def _dated(citation: DocumentCitation) -> str | None:
    dated = date_to_write(citation)
    date = write_date(dated, "us") if dated else None
    if citation.classification:
        return f"{date} ({citation.classification})" if date else f"({citation.classification})"
    return date


def _published(citation: DocumentCitation) -> str | None:
    publication = citation.publication
    if publication is None:
        return None
    text = f"published in {publication.title}"
    if publication.issue:
        text += f" {publication.issue}"
    if publication.pages:
        text += f", {publication.pages}"
    return text


def _references(citation: DocumentCitation, options: StyleOptions) -> str | None:
    written = [format_reference(ref, "chicago", options) for ref in citation.references]
    return "; ".join(written) or None


def _close(text: str) -> str:
    return text if text.endswith(".") else text + "."


@citation_style("chicago")
def chicago_note(citation: DocumentCitation, options: StyleOptions) -> str:
    """A note: ``Malenkov, Suslov, and Aristov, “Telefonogramma,” … ll. 95–96.``"""
    rest = [
        part
        for part in (
            citation.description,
            _dated(citation),
            *_roles(citation.contributors, _NOTE_ROLES),
            _references(citation, options),
            citation.collection,
            citation.repository,
            _published(citation),
            citation.url,
        )
        if part
    ]
    text = join_names(citation.authors)
    if citation.title:
        # The comma or the final full stop goes inside the closing quotation mark.
        quoted = f"“{citation.title},”" if rest else f"“{_close(citation.title)}”"
        text = f"{text}, {quoted}" if text else quoted
        return _close(f"{text} {', '.join(rest)}") if rest else text
    text = ", ".join([text, *rest]) if text else ", ".join(rest)
    return _close(text) if text else ""


@citation_style("chicago-bib")
def chicago_bibliography(citation: DocumentCitation, options: StyleOptions) -> str:
    """A bibliography entry: ``“Telefonogramma.” Secure High-Frequency Transmission. …``"""
    sentences = [
        join_names(citation.authors) or None,
        f"“{_close(citation.title)}”" if citation.title else None,
        citation.description,
        _dated(citation),
        *_roles(citation.contributors, _BIBLIOGRAPHY_ROLES),
        _references(citation, options),
        citation.collection,
        citation.repository,
    ]
    published = _published(citation)
    if published:
        sentences.append(published[0].upper() + published[1:])
    sentences.append(citation.url)
    return " ".join(
        sentence if sentence.endswith("”") else _close(sentence)
        for sentence in sentences
        if sentence
    )
