"""archcite: read, normalise and format citations of Soviet and post-Soviet archives.

>>> import archcite
>>> ref = archcite.parse("TsKhSD, F. 89, Op. 2, D. 5, Ll. 13-14")
>>> ref.format("gost")
'ЦХСД. Ф. 89. Оп. 2. Д. 5. Л. 13–14.'

The package is layered along the flow of the work: :mod:`~archcite.reading` turns text
into the values of :mod:`~archcite.model`, :mod:`~archcite.styles` writes them out,
:mod:`~archcite.interop` exchanges them with citation software, and
:mod:`~archcite.bulk` and :mod:`~archcite.cli` run all of it over many records. This
module re-exports the public API and nothing else.
"""

from __future__ import annotations

import importlib
import sys
import types
import warnings
from typing import Any

from . import registry
from .bulk import normalise_many
from .errors import ArchciteError, ParseError, UnknownArchive, UnknownStyle
from .interop import (
    ImportResult,
    from_bibtex,
    from_csl_json,
    from_ris,
    to_bibtex,
    to_csl_json,
    to_ris,
)
from .markup import annotate
from .model import (
    ArchivalReference,
    Contributor,
    DocumentCitation,
    Folio,
    FolioRange,
    Folios,
    Match,
    PartialDate,
    Publication,
    StyleOptions,
)
from .normalise import normalise
from .reading import extract, parse, parse_citation, parse_date, resolve
from .styles import format_citation, format_reference, style_names

#: The installed release, read from the package's metadata on first use (importing
#: :mod:`importlib.metadata` costs a seventh of the time of importing archcite).
__version__: str

__all__ = [
    "ArchciteError",
    "ArchivalReference",
    "Contributor",
    "DocumentCitation",
    "Folio",
    "FolioRange",
    "Folios",
    "ImportResult",
    "Match",
    "ParseError",
    "PartialDate",
    "Publication",
    "StyleOptions",
    "UnknownArchive",
    "UnknownStyle",
    "__version__",
    "annotate",
    "extract",
    "format_citation",
    "format_reference",
    "from_bibtex",
    "from_csl_json",
    "from_ris",
    "normalise",
    "normalise_many",
    "parse",
    "parse_citation",
    "parse_date",
    "registry",
    "resolve",
    "style_names",
    "to_bibtex",
    "to_csl_json",
    "to_ris",
]


def _citation_styles() -> list[str]:
    return style_names("citation")


# Names of 0.1.0.dev0 that moved: importable from here for one release, with a warning.
_MOVED: dict[str, tuple[str, str]] = {
    "citation_styles": ("archcite.style_names('citation')", "archcite:_citation_styles"),
    "find_citations": ("archcite.reading.find_citations", "archcite.reading:find_citations"),
    "find_cross_references": (
        "archcite.reading.find_cross_references",
        "archcite.reading:find_cross_references",
    ),
    "CrossReference": ("archcite.reading.CrossReference", "archcite.reading:CrossReference"),
    "render_csl": ("archcite.interop.render_csl", "archcite.interop:render_csl"),
    "ItemError": ("archcite.interop.ItemError", "archcite.interop:ItemError"),
    "BulkResult": ("archcite.bulk.BulkResult", "archcite.bulk:BulkResult"),
}


def __getattr__(name: str) -> Any:
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            found = version("archcite")
        except PackageNotFoundError:  # pragma: no cover - running from a source tree
            found = "0.0.0"
        globals()["__version__"] = found
        return found
    if name in _MOVED:
        new, where = _MOVED[name]
        warnings.warn(f"archcite.{name} is deprecated; use {new}", DeprecationWarning, stacklevel=2)
        module, attribute = where.split(":")
        return getattr(importlib.import_module(module), attribute)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class _StylesModule(types.ModuleType):
    """``archcite.styles`` is the package of styles; calling it, as 0.1.0.dev0's function
    ``archcite.styles()`` was called, still lists the reference styles for one release."""

    def __call__(self) -> list[str]:
        warnings.warn(
            "archcite.styles() is deprecated; use archcite.style_names()",
            DeprecationWarning,
            stacklevel=2,
        )
        return style_names()


sys.modules[f"{__name__}.styles"].__class__ = _StylesModule
