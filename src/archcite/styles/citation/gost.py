"""GOST R 7.0.5-2008 §11: the description of a document, ``//``, then its search data.

``Author Title. Date // Archive. Ф. n. Оп. n. Д. n. Л. n.`` — search elements
separated by ". "; a title the citer formulated goes after the search data in square
brackets (§11.8), the title of the file in parentheses (§11.9).

>>> import archcite
>>> from archcite.model import DocumentCitation, StyleOptions
>>> print(gost(DocumentCitation(authors=("Фомин А.Г.",),
...     description="Материалы по истории русской библиографии",
...     references=(archcite.parse("РО ИРЛИ. Ф. 568. Оп. 1. Д. 1."),)), StyleOptions()))
РО ИРЛИ. Ф. 568. Оп. 1. Д. 1. [Фомин А.Г. Материалы по истории русской библиографии].
"""

from __future__ import annotations

from ...model import DocumentCitation, StyleOptions
from .. import citation_style
from ..dates import date_to_write, write_date
from ..reference._layout import render
from ..reference.gost import LAYOUT


def _description(citation: DocumentCitation) -> str:
    """``Розанов И.Н. Как создавалась …``: author, title, other title information, date."""
    authors = ", ".join(citation.authors)
    # Initials end the author element with their own stop ("Розанов И.Н."); bare surnames
    # need one before the title.
    if authors and not authors.endswith("."):
        authors += "."
    text = " ".join([authors, citation.title or ""]).strip()
    if citation.title and citation.description:
        text += f" : {citation.description}"
    if citation.classification:
        text += f" ({citation.classification})"
    date = date_to_write(citation)
    if date is not None:
        text += f". {write_date(date, 'ru')}"
    return text


def _search_data(citation: DocumentCitation, options: StyleOptions) -> str:
    """``ГАРФ. Ф. 1. Д. 1. Л. 5 об.; ГАРФ. Ф. 1. Д. 2.``: joined by semicolons, one stop.

    A reference gives way with its closing stop only, never with the stop of ``об.``.
    """
    written = [render(ref, LAYOUT, options, closed=False) for ref in citation.references]
    text = "; ".join(written)
    return text if not text or text.endswith(".") else text + "."


@citation_style("gost")
def gost(citation: DocumentCitation, options: StyleOptions) -> str:
    """``Розанов И.Н. Как создавалась … // ГАРФ. Ф. А-513. Оп. 1. Д. 12. Л. 14.``"""
    search = _search_data(citation, options)
    parts = []
    if citation.title:
        described = _description(citation)
        parts.append(f"{described} // {search}" if search else described)
    else:
        parts.append(search)
        invented = " ".join([", ".join(citation.authors), citation.description or ""]).strip()
        if invented:
            parts.append(f"[{invented}].")
    if citation.collection:
        parts.append(f"({citation.collection}).")
    if citation.publication:
        publication = citation.publication
        published = f"Опубл.: {publication.title}"
        if publication.issue:
            published += f". {publication.issue}"
        if publication.pages:
            published += f". С. {publication.pages}"
        parts.append(published + ".")
    if citation.url:
        parts.append(f"URL: {citation.url}")
    return " ".join(part for part in parts if part)
