"""The Wilson Center Digital Archive "Citation" block for a document.

``"Title", Month D, YYYY, <repository>, <references>, <role> by <names>. Published in
<serial> <issue>, p. <pages> <URL>`` — the title in straight quotes with the comma
outside, a US date, references in the CWIHP form with capitalised labels.

>>> from archcite.model import DocumentCitation, PartialDate, Publication, StyleOptions
>>> cit = DocumentCitation(title="Informatsiya", date=PartialDate(1956, 11, 27),
...     repository="Wilson Center Digital Archive", publication=Publication("CWIHP", "8", "5"))
>>> print(wilson(cit, StyleOptions()))
"Informatsiya", November 27, 1956, Wilson Center Digital Archive. Published in CWIHP 8, p. 5
"""

from __future__ import annotations

from ...model import Contributor, DocumentCitation, Publication, StyleOptions
from .. import citation_style, format_reference
from ..dates import date_to_write, write_date

_VERBS = {
    "compiler": "compiled by",
    "translator": "translated by",
    "editor": "edited by",
    "transcriber": "transcribed by",
    "annotator": "annotated by",
    "contributor": "contributed by",
}


def _contributions(contributors: tuple[Contributor, ...]) -> list[str]:
    """``compiled by V. N. Chernukha``, one phrase per role, names joined with "and"."""
    by_role: dict[str, list[str]] = {}
    for contributor in contributors:
        by_role.setdefault(contributor.role, []).append(contributor.name)
    return [
        f"{_VERBS.get(role, role + ' by' if role.endswith('ed') else 'by')} {' and '.join(names)}"
        for role, names in by_role.items()
    ]


def _published(publication: Publication) -> str:
    text = f"Published in {publication.title}"
    if publication.issue:
        text += f" {publication.issue}"
    if publication.pages:
        label = "pp." if any(dash in publication.pages for dash in "-–") else "p."
        text += f", {label} {publication.pages}"
    return text


@citation_style("wilson")
def wilson(citation: DocumentCitation, options: StyleOptions) -> str:
    """The Digital Archive block; authors and classification have no place in it."""
    parts = []
    if citation.title:
        parts.append(f'"{citation.title}"')
    if citation.description:
        parts.append(citation.description)
    date = date_to_write(citation)
    if date:
        parts.append(write_date(date, "us"))
    if citation.repository:
        parts.append(citation.repository)
    parts.extend(format_reference(ref, "wilson", options) for ref in citation.references)
    parts.extend(_contributions(citation.contributors))
    text = ", ".join(parts)
    if citation.publication:
        text += (". " if text else "") + _published(citation.publication)
    if citation.url:
        text += f" <{citation.url}>"
    return text
