"""Styles: pure functions from a model value to a string, registered by name.

Reference styles live in :mod:`archcite.styles.reference`, citation styles in
:mod:`archcite.styles.citation`, one module each. A module registers its function with
:func:`reference_style` or :func:`citation_style`; every module of the two packages is
imported when a style is first asked for, so adding a style means adding one module and
touching nothing else.

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
from ..model import ArchivalReference, DocumentCitation

__all__ = [
    "StyleKind",
    "citation_style",
    "format_citation",
    "format_reference",
    "reference_style",
    "style_names",
]

StyleKind = Literal["reference", "citation"]
ReferenceFormatter = Callable[..., str]
CitationFormatter = Callable[..., str]
_F = TypeVar("_F", bound=Callable[..., str])

_REGISTERED: dict[StyleKind, dict[str, Callable[..., str]]] = {"reference": {}, "citation": {}}
_loaded = False


def reference_style(name: str) -> Callable[[_F], _F]:
    """Register a function ``(ArchivalReference, **options) -> str`` as style ``name``."""

    def register(function: _F) -> _F:
        _REGISTERED["reference"][name] = function
        return function

    return register


def citation_style(name: str) -> Callable[[_F], _F]:
    """Register a function ``(DocumentCitation, **options) -> str`` as style ``name``."""

    def register(function: _F) -> _F:
        _REGISTERED["citation"][name] = function
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
    """
    if kind not in _REGISTERED:
        raise UnknownStyle("kind of style", kind, sorted(_REGISTERED))
    _load()
    return sorted(_REGISTERED[kind])


def _formatter(kind: StyleKind, style: str) -> Callable[..., str]:
    _load()
    try:
        return _REGISTERED[kind][style]
    except KeyError:
        raise UnknownStyle(f"{kind} style", style, style_names(kind)) from None


def format_reference(reference: ArchivalReference, style: str = "chicago", **options: Any) -> str:
    """Write ``reference`` in ``style`` (one of :func:`style_names`)."""
    return _formatter("reference", style)(reference, **options)


def format_citation(citation: DocumentCitation, style: str = "chicago", **options: Any) -> str:
    """Write a document citation in ``style`` (one of ``style_names("citation")``)."""
    return _formatter("citation", style)(citation, **options)


model.install_writers(format_reference, format_citation)
