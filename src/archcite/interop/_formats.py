"""The registry of formats: each format module registers one :class:`Format` by name.

Every module of this package is imported when a format is first asked for, so adding a
format means adding one module that calls :func:`register`, and touching nothing else.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from typing import TYPE_CHECKING

import attrs

if TYPE_CHECKING:
    from .result import ImportResult

__all__ = ["Format", "formats", "get", "reader", "register", "writer"]


@attrs.frozen
class Format:
    """A format citations are written in and read from.

    ``write(citations, **options)`` gives the text of a reference, a citation or a list of
    them; ``read(text, strict=False)`` gives an :class:`~archcite.interop.ImportResult`.
    """

    name: str
    write: Callable[..., str]
    read: Callable[..., ImportResult]
    description: str = ""


_FORMATS: dict[str, Format] = {}
_loaded = False


def register(format_: Format) -> Format:
    """Register ``format_`` under its name (a later registration replaces an earlier one)."""
    _FORMATS[format_.name] = format_
    return format_


def _load() -> None:
    global _loaded
    if _loaded:
        return
    package = __name__.rpartition(".")[0]
    for module in pkgutil.iter_modules(importlib.import_module(package).__path__):
        if not module.name.startswith("_"):
            importlib.import_module(f"{package}.{module.name}")
    _loaded = True


def formats() -> list[str]:
    """The names of the formats citations can be written in and read from, sorted."""
    _load()
    return sorted(_FORMATS)


def get(name: str) -> Format:
    """The format called ``name``; a ValueError lists the known names."""
    _load()
    try:
        return _FORMATS[name]
    except KeyError:
        raise ValueError(
            f"unknown format {name!r}; known formats: {', '.join(formats())}"
        ) from None


def reader(name: str) -> Callable[..., ImportResult]:
    """The function reading format ``name``: ``reader("ris")(text).items``."""
    return get(name).read


def writer(name: str) -> Callable[..., str]:
    """The function writing format ``name``: ``writer("bibtex")([cit])``."""
    return get(name).write
