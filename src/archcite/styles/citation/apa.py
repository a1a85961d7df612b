"""APA 7 (APA Style "Archival Documents and Collections").

``Author. (Year, Month Day). Title [Description]. Archive (shelfmark), Repository. URL``
— an untitled document is described in square brackets; the shelfmark, with lowercase
labels, in parentheses after the archive.

>>> from archcite.model import DocumentCitation, PartialDate, StyleOptions
>>> apa(DocumentCitation(authors=("Malenkov",), description="Telephone message",
...     date=PartialDate(1956, 11, 23)), StyleOptions())
'Malenkov. (1956, November 23). [Telephone message].'
"""

from __future__ import annotations

import attrs

from ...model import ArchivalReference, DocumentCitation, StyleOptions
from .. import citation_style, format_reference
from ..dates import write_date
from .chicago import join_names


def _located(reference: ArchivalReference, options: StyleOptions) -> str:
    """``TsKhSD (f. 89, op. 2, d. 5, ll. 13–14)``: the archive, then its shelfmark."""
    full = format_reference(reference, "chicago", options)
    if reference.archive is None:
        return f"({full})"
    shelfmark = format_reference(
        attrs.evolve(reference, archive=None, archive_id=None), "chicago", options
    )
    if not full.endswith(shelfmark):
        return full
    return f"{full[: len(full) - len(shelfmark)].rstrip(', ')} ({shelfmark})"


def _sentence(text: str) -> str:
    return text if text.endswith(".") else text + "."


@citation_style("apa")
def apa(citation: DocumentCitation, options: StyleOptions) -> str:
    """``Malenkov, Suslov, & Aristov. (1956, November 23). Telefonogramma [Secure …]. APRF (…).``"""
    bracket = "; ".join(part for part in (citation.description, citation.classification) if part)
    title = " ".join(
        part for part in (citation.title or "", f"[{bracket}]" if bracket else "") if part
    )
    date = f"({write_date(citation.date, 'apa')})" if citation.date else "(n.d.)"
    authors = join_names(citation.authors, "&")
    sentences = [authors, date, title] if authors else [title, date]
    where = ", ".join(
        [
            *(_located(ref, options) for ref in citation.references),
            *(part for part in (citation.collection, citation.repository) if part),
        ]
    )
    sentences.append(where)
    if citation.publication:
        publication = citation.publication
        published = ", ".join(
            part for part in (publication.title, publication.issue, publication.pages) if part
        )
        sentences.append(f"Published in {published}")
    text = " ".join(_sentence(sentence) for sentence in sentences if sentence)
    return f"{text} {citation.url}" if citation.url else text
