"""MLA 9 (MLA Style Center, citing materials from physical archives).

``Author. “Title.” Description. Date. Archive, location, Repository, URL.`` — dates
day-month-year with abbreviated months, the archive and its shelfmark as the location
(lowercase labels), a URL without its scheme.

>>> from archcite.model import DocumentCitation, PartialDate, StyleOptions
>>> mla(DocumentCitation(title="Shifrtelogramma", date=PartialDate(1956, 11, 26)), StyleOptions())
'“Shifrtelogramma.” 26 Nov. 1956.'
"""

from __future__ import annotations

import re

from ...model import DocumentCitation, StyleOptions
from .. import citation_style, format_reference
from ..dates import date_to_write, write_date
from .chicago import join_names

_ROLES = {"compiler": "Compiled by", "translator": "Translated by", "editor": "Edited by"}


def _sentence(text: str) -> str:
    return text if text.endswith((".", "”")) else text + "."


@citation_style("mla")
def mla(citation: DocumentCitation, options: StyleOptions) -> str:
    """``Malenkov, Suslov, and Aristov. “Telefonogramma.” … APRF, f. 3, op. 64, d. 488.``"""
    sentences = [join_names(citation.authors)]
    if citation.title:
        sentences.append(f"“{_sentence(citation.title)}”")
    sentences.append(citation.description or "")
    if citation.classification:
        sentences.append(citation.classification)
    by_role: dict[str, list[str]] = {}
    for contributor in citation.contributors:
        by_role.setdefault(contributor.role, []).append(contributor.name)
    for role, names in by_role.items():
        sentences.append(f"{_ROLES.get(role, role.capitalize() + ' by')} {join_names(names)}")
    date = date_to_write(citation)
    if date:
        sentences.append(write_date(date, "mla"))
    location = [citation.collection or ""]
    location += [format_reference(ref, "chicago", options) for ref in citation.references]
    location.append(citation.repository or "")
    if citation.publication:
        publication = citation.publication
        location.append(publication.title)
        if publication.issue:
            location.append(f"no. {publication.issue}")
        if publication.pages:
            label = "pp." if re.search("[-–]", publication.pages) else "p."
            location.append(f"{label} {publication.pages}")
    if citation.url:
        location.append(re.sub(r"^https?://", "", citation.url))
    sentences.append(", ".join(part for part in location if part))
    return " ".join(_sentence(sentence) for sentence in sentences if sentence)
