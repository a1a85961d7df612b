"""Annotate: every archival reference in a text marked up in HTML or TEI, the rest untouched.

The step after normalising, for editors of digital editions: notes in plain text, HTML
or TEI come back with each reference wrapped in markup that carries its resolved levels,
and every other character as it was.

>>> print(annotate("See TsKhSD, F. 89, Op. 2, D. 5, Ll. 13-14.", "html"))
... # doctest: +ELLIPSIS
See <cite class="archcite" data-kind="full" ...>TsKhSD, F. 89, Op. 2, D. 5, Ll. 13-14</cite>.

- :mod:`.html`: ``<cite class="archcite" data-…>``, optionally a link inside.
- :mod:`.tei`: ``<bibl type="archival">`` with ``<msIdentifier>`` and ``<citedRange>``,
  and a ``<listOrg>`` of the archives the references point at.
- :mod:`.align`: the text of an HTML or XML source, and the way back from each character
  to the source, so that markup is inserted in place with its nesting kept.
- :mod:`.parts`: where the archive, the fond, the levels and the folios stand in a match.
"""

from __future__ import annotations

from typing import Literal

from ..errors import UnknownStyle
from ..reading import extract
from ..styles import style_names
from . import html, tei
from .html import Link

__all__ = ["DEFAULT_STYLE", "Format", "Link", "Source", "annotate"]

Format = Literal["html", "tei"]
Source = Literal["text", "html", "tei"]

#: The style of the normalised form in ``title`` (HTML) and ``n`` (TEI) when none is given.
DEFAULT_STYLE = "chicago"


def annotate(
    text: str,
    format: Format = "html",
    *,
    source: Source = "text",
    style: str | None = None,
    link: Link | None = None,
) -> str:
    """``text`` with every archival reference marked up in ``format``, all else kept.

    ``source`` says what ``text`` is: plain text (an HTML fragment or a whole TEI
    document comes back), an HTML page or fragment (annotated in place, HTML out), or a
    TEI document (annotated inside its ``<text>``, TEI out). ``style`` names the style of
    the normalised form each reference carries (default: chicago). ``link``, for HTML,
    gives the address a resolved reference links to, or None.

    >>> annotate("F. 3, op. 12, d. 1006", "html", link=lambda ref: f"/fond/{ref.fond}")
    ... # doctest: +ELLIPSIS
    '<cite class="archcite" ...><a href="/fond/3">F. 3, op. 12, d. 1006</a></cite>'
    """
    if not isinstance(text, str):
        raise TypeError(f"annotate() takes a string, not {type(text).__name__}")
    if format not in ("html", "tei"):
        raise ValueError(f"format must be 'html' or 'tei', not {format!r}")
    if source not in ("text", "html", "tei"):
        raise ValueError(f"source must be 'text', 'html' or 'tei', not {source!r}")
    if source != "text" and source != format:
        raise ValueError(f"a {source} source is annotated as {source}, not {format}")
    if link is not None and format != "html":
        raise ValueError("link= is for HTML output")
    style = DEFAULT_STYLE if style is None else style
    if style not in style_names():
        raise UnknownStyle("style", style, style_names())
    if source == "html":
        return html.from_html(text, style, link)
    if source == "tei":
        return tei.from_tei(text, style)
    matches = extract(text)
    if format == "html":
        return html.from_text(text, matches, style, link)
    return tei.from_text(text, matches, style)
