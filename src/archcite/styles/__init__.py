"""Styles: pure functions from a model value to a string, registered by name.

Reference styles live in :mod:`archcite.styles.reference`, citation styles in
:mod:`archcite.styles.citation`, one module each. A module registers its function with
:func:`reference_style` or :func:`citation_style`; every module of the two packages is
imported when a style is first asked for, so adding a style means adding one module and
touching nothing else.

Every style function takes the value and one :class:`~archcite.model.StyleOptions`,
built and validated here, once per call: an unknown option or transliteration system is
an :class:`~archcite.errors.UnknownStyle` error whatever the style.

>>> import archcite
>>> archcite.format_reference(archcite.parse("TsKhSD, F. 89, Op. 2, D. 5, Ll. 13-14"), "gost")
'ЦХСД. Ф. 89. Оп. 2. Д. 5. Л. 13–14.'
>>> "gost" in style_names() and "mla" in style_names("citation")
True
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from typing import Any, Literal, TypeVar

from .. import model
from ..errors import UnknownStyle
from ..model import ArchivalReference, DocumentCitation, StyleOptions
from .reference._layout import ReferenceLayout, render

__all__ = [
    "CitationFormatter",
    "ReferenceFormatter",
    "StyleKind",
    "citation_style",
    "format_citation",
    "format_in_text",
    "format_reference",
    "reference_layout",
    "reference_style",
    "style_names",
]

StyleKind = Literal["reference", "citation"]
#: What a reference style registers: ``(reference, options) -> text``.
ReferenceFormatter = Callable[[ArchivalReference, StyleOptions], str]
#: What a citation style registers: ``(citation, options) -> text``.
CitationFormatter = Callable[[DocumentCitation, StyleOptions], str]
_R = TypeVar("_R", bound=ReferenceFormatter)
_C = TypeVar("_C", bound=CitationFormatter)

_REFERENCE: dict[str, ReferenceFormatter] = {}
_CITATION: dict[str, CitationFormatter] = {}
_LAYOUTS: dict[str, ReferenceLayout] = {}
_loaded = False


def reference_style(name: str, layout: ReferenceLayout | None = None) -> Callable[[_R], _R]:
    """Register a function ``(ArchivalReference, StyleOptions) -> str`` as style ``name``.

    ``layout`` is the :class:`~archcite.styles.reference._layout.ReferenceLayout` the
    function renders with, where it has one: :func:`format_in_text` takes the style's
    ibid word and closing stop from it.
    """

    def register(function: _R) -> _R:
        _REFERENCE[name] = function
        if layout is not None:
            _LAYOUTS[name] = layout
        return function

    return register


def citation_style(name: str) -> Callable[[_C], _C]:
    """Register a function ``(DocumentCitation, StyleOptions) -> str`` as style ``name``."""

    def register(function: _C) -> _C:
        _CITATION[name] = function
        return function

    return register


def _load() -> None:
    global _loaded
    if _loaded:
        return
    for kind in ("reference", "citation"):
        package = importlib.import_module(f"{__name__}.{kind}")
        for module in pkgutil.iter_modules(package.__path__):
            if not module.name.startswith("_"):
                importlib.import_module(f"{package.__name__}.{module.name}")
    _loaded = True


def style_names(kind: StyleKind = "reference") -> list[str]:
    """The names of the registered styles of ``kind``, sorted.

    ``"reference"`` styles write an :class:`~archcite.ArchivalReference`,
    ``"citation"`` styles a :class:`~archcite.DocumentCitation`.

    >>> style_names()
    ['chicago', 'dstu', 'gost', 'wilson']
    """
    if kind not in ("reference", "citation"):
        raise UnknownStyle("kind of style", kind, ["citation", "reference"])
    _load()
    return sorted(_REFERENCE if kind == "reference" else _CITATION)


def _reference_formatter(style: str) -> ReferenceFormatter:
    _load()
    try:
        return _REFERENCE[style]
    except KeyError:
        raise UnknownStyle("reference style", style, style_names("reference")) from None


def _citation_formatter(style: str) -> CitationFormatter:
    _load()
    try:
        return _CITATION[style]
    except KeyError:
        raise UnknownStyle("citation style", style, style_names("citation")) from None


def _options(options: StyleOptions | None, values: dict[str, Any]) -> StyleOptions:
    """The one validated value a style receives; built before any style code runs."""
    if options is not None and not isinstance(options, StyleOptions):
        raise TypeError(f"options must be a StyleOptions, not {type(options).__name__}")
    return StyleOptions.of(options, **values)


def format_reference(
    reference: ArchivalReference,
    style: str = "chicago",
    options: StyleOptions | None = None,
    **values: Any,
) -> str:
    """Write ``reference`` in ``style`` (one of :func:`style_names`).

    Options come as keywords (``modern=True``, ``transliteration="bgn"``), as one
    ``options=StyleOptions(...)``, or both (the keywords win).

    >>> import archcite
    >>> format_reference(archcite.parse("ЦХСД. Ф. 89. Д. 5."), "wilson", transliteration="iso9")
    'CHSD, F. 89, D. 5'
    """
    formatter = _reference_formatter(style)
    return formatter(reference, _options(options, values))


def format_citation(
    citation: DocumentCitation,
    style: str = "chicago",
    options: StyleOptions | None = None,
    **values: Any,
) -> str:
    """Write a document citation in ``style`` (one of ``style_names("citation")``).

    >>> from archcite.model import DocumentCitation, PartialDate
    >>> format_citation(DocumentCitation(title="Zapiska", date=PartialDate(1957, 3)), "mla")
    '“Zapiska.” Mar. 1957.'
    """
    formatter = _citation_formatter(style)
    return formatter(citation, _options(options, values))


def reference_layout(style: str) -> ReferenceLayout | None:
    """The layout reference style ``style`` writes with, or None for a style without one.

    >>> reference_layout("gost").ibid
    'Там же'
    """
    _reference_formatter(style)  # an unknown style is an error, not "no layout"
    return _LAYOUTS.get(style)


def format_in_text(
    reference: ArchivalReference,
    style: str,
    options: StyleOptions | None = None,
    *,
    ibid: bool = False,
    closed: bool = True,
) -> str | None:
    """``reference`` as it stands in running text: an ibid form, or without its closing stop.

    ``ibid`` writes the style's own ibid word before the levels; ``closed=False`` leaves
    out the style's closing stop where the text goes on (``Л. 13–14; Д. 6``), and only
    that stop: the one of an abbreviation (``52 об.``) stays. None where ``style`` has no
    layout to say how (a style registered without one); :func:`format_reference` writes
    it whole.

    >>> import archcite
    >>> format_in_text(archcite.parse("L. 4"), "gost", ibid=True)
    'Там же. Л. 4.'
    >>> format_in_text(archcite.parse("Л. 4"), "chicago", ibid=True)
    'Ibid., l. 4'
    >>> format_in_text(archcite.parse("Д. 5. Л. 52 об."), "gost", closed=False)
    'Д. 5. Л. 52 об.'
    """
    layout = reference_layout(style)
    options = options if options is not None else StyleOptions()
    if layout is None:
        return None if ibid or not closed else format_reference(reference, style, options)
    return render(reference, layout, options, ibid=ibid, closed=closed)


model.install_writers(format_reference, format_citation)
