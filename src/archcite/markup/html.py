"""HTML: each reference in a ``<cite class="archcite">`` that carries its resolved levels.

>>> from archcite import extract
>>> text = "See TsKhSD, F. 89, Op. 2, D. 5, Ll. 13-14 & more."
>>> print(from_text(text, extract(text), "gost"))  # doctest: +NORMALIZE_WHITESPACE
See <cite class="archcite" data-kind="full" data-archive="TsKhSD" data-archive-id="RGANI"
data-fond="89" data-opis="2" data-delo="5" data-folios="13-14"
title="ЦХСД. Ф. 89. Оп. 2. Д. 5. Л. 13–14.">TsKhSD, F. 89, Op. 2, D. 5, Ll. 13-14</cite> &amp; more.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence

from ..model import ArchivalReference, Match
from ..reading import extract
from ..styles import format_reference
from .align import HTML_RULES, Markup, insert

__all__ = ["Link", "attributes", "from_html", "from_text", "page"]

#: Gives the address a reference links to, or None for no link.
Link = Callable[[ArchivalReference], "str | None"]

# The keys of ArchivalReference.to_dict() as data attributes; "title" is the fond's.
_ATTRIBUTE_OF = {"archive_id": "archive-id", "ed_khr": "ed-khr", "folio_unit": "folio-unit"}
_ATTRIBUTE_OF["title"] = "fond-title"


def attributes(match: Match, style: str) -> dict[str, str]:
    """The attributes of a match's ``<cite>``: its kind, its resolved levels, its title.

    >>> from archcite import extract
    >>> attributes(extract("Ibid., l. 15.")[0], "chicago")
    {'data-kind': 'ibid', 'data-folios': '15', 'title': 'l. 15'}
    """
    values: dict[str, str] = {"data-kind": match.kind}
    for key, value in match.resolved.to_dict().items():
        values[f"data-{_ATTRIBUTE_OF.get(key, key)}"] = value
    values["title"] = format_reference(match.resolved, style)
    return values


def _start_tag(name: str, values: dict[str, str]) -> str:
    written = "".join(f' {key}="{html.escape(value, quote=True)}"' for key, value in values.items())
    return f"<{name}{written}>"


def _cite(match: Match, style: str, *, first: bool = True) -> str:
    """The start tag of a ``<cite>``; a piece after the first of a split reference is an
    ``archcite-part``, so that ``cite.archcite`` counts references, not pieces."""
    return _start_tag(
        "cite", {"class": "archcite" if first else "archcite-part"} | attributes(match, style)
    )


def _link(link: Link | None, match: Match) -> str | None:
    return None if link is None else link(match.resolved)


def from_text(text: str, matches: Sequence[Match], style: str, link: Link | None = None) -> str:
    """Plain ``text`` as an HTML fragment: escaped, each match in a ``<cite>``."""
    out: list[str] = []
    position = 0
    for match in matches:
        start, end = match.span
        out.append(html.escape(text[position:start], quote=False))
        out.append(_cite(match, style))
        url = _link(link, match)
        inner = html.escape(text[start:end], quote=False)
        if url is not None:
            inner = f'<a href="{html.escape(url, quote=True)}">{inner}</a>'
        out.append(inner)
        out.append("</cite>")
        position = end
    out.append(html.escape(text[position:], quote=False))
    return "".join(out)


def from_html(source: str, style: str, link: Link | None = None) -> str:
    """An HTML page or fragment with each reference in its text marked where it stands.

    Text in ``script``, ``style``, ``textarea`` and the like is not read; attributes are
    never touched; a reference already marked is left as it is.

    >>> print(from_html("<p><i>TsKhSD</i>, F. 89, Op. 2, D. 5</p>", "chicago"))
    ... # doctest: +ELLIPSIS
    <p><cite class="archcite" ...><i>TsKhSD</i>, F. 89, Op. 2, D. 5</cite></p>
    """
    markup = Markup.read(source, HTML_RULES)
    edits: list[tuple[int, str]] = []
    for match in extract(markup.text):
        pieces = markup.pieces(*match.span)
        url = _link(link, match)
        for number, (begin, finish) in enumerate(pieces):
            # A link inside a link is not HTML: a piece in or around an <a> gets none.
            linked = url is not None and not markup.has_element("a", begin, finish)
            edits.append((begin, _cite(match, style, first=number == 0)))
            if linked:
                edits.append((begin, f'<a href="{html.escape(str(url), quote=True)}">'))
                edits.append((finish, "</a>"))
            edits.append((finish, "</cite>"))
    return insert(source, edits)


_PAGE = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{title}</title>
<style>
.archcite-text {{ white-space: pre-wrap; font: 17px/1.55 Georgia, serif; max-width: 46em;
  margin: 2em auto; padding: 0 1em; color: #222; }}
cite.archcite, cite.archcite-part {{ font-style: normal; background: #fdf1c7;
  border-bottom: 2px solid #d4a72c; }}
cite.archcite a, cite.archcite-part a {{ color: inherit; text-decoration: none; }}
</style>
</head>
<body>
<div class="archcite-text">{body}</div>
</body>
</html>
"""


def page(fragment: str, title: str = "Annotated text") -> str:
    """A whole HTML page around a fragment from :func:`from_text`, its lines kept.

    >>> "<title>Notes</title>" in page("F. 1", "Notes")
    True
    """
    return _PAGE.format(title=html.escape(title, quote=False), body=fragment)
