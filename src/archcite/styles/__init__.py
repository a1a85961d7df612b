"""Citation styles: pure functions from a model value to a string, registered by name.

A style module registers its functions with :func:`reference_style` and
:func:`citation_style`; every module in this package is imported when a style is first
asked for, so adding a style means adding one module here and touching nothing else.

>>> import archcite
>>> archcite.format_reference(archcite.parse("TsKhSD, F. 89, Op. 2, D. 5, Ll. 13-14"), "gost")
'ЦХСД. Ф. 89. Оп. 2. Д. 5. Л. 13–14.'
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from typing import Any, TypeVar

from ..model import ArchivalReference, DocumentCitation

__all__ = [
    "citation_style",
    "citation_styles",
    "format_citation",
    "format_reference",
    "reference_style",
    "styles",
]

ReferenceFormatter = Callable[..., str]
CitationFormatter = Callable[..., str]
_F = TypeVar("_F", bound=Callable[..., str])

_REFERENCE_STYLES: dict[str, ReferenceFormatter] = {}
_CITATION_STYLES: dict[str, CitationFormatter] = {}
_loaded = False


def reference_style(name: str) -> Callable[[_F], _F]:
    """Register a function ``(ArchivalReference, **options) -> str`` as style ``name``."""

    def register(function: _F) -> _F:
        _REFERENCE_STYLES[name] = function
        return function

    return register


def citation_style(name: str) -> Callable[[_F], _F]:
    """Register a function ``(DocumentCitation, **options) -> str`` as style ``name``."""

    def register(function: _F) -> _F:
        _CITATION_STYLES[name] = function
        return function

    return register


def _load() -> None:
    global _loaded
    if _loaded:
        return
    for module in pkgutil.iter_modules(__path__):
        if not module.name.startswith("_"):
            importlib.import_module(f"{__name__}.{module.name}")
    _loaded = True


def styles() -> list[str]:
    """The names of the styles archival references can be written in, sorted."""
    _load()
    return sorted(_REFERENCE_STYLES)


def citation_styles() -> list[str]:
    """The names of the styles document citations can be written in, sorted."""
    _load()
    return sorted(_CITATION_STYLES)


def _unknown(kind: str, name: str, known: list[str]) -> ValueError:
    return ValueError(f"unknown {kind} style {name!r}; known styles: {', '.join(known)}")


def format_reference(reference: ArchivalReference, style: str = "chicago", **options: Any) -> str:
    """Write ``reference`` in ``style`` (one of :func:`styles`)."""
    _load()
    try:
        formatter = _REFERENCE_STYLES[style]
    except KeyError:
        raise _unknown("reference", style, styles()) from None
    return formatter(reference, **options)


def format_citation(citation: DocumentCitation, style: str = "chicago", **options: Any) -> str:
    """Write a document citation in ``style`` (one of :func:`citation_styles`)."""
    _load()
    try:
        formatter = _CITATION_STYLES[style]
    except KeyError:
        raise _unknown("citation", style, citation_styles()) from None
    return formatter(citation, **options)
