"""archcite: read, normalise and format citations of Soviet and post-Soviet archives.

>>> import archcite
>>> ref = archcite.parse("TsKhSD, F. 89, Op. 2, D. 5, Ll. 13-14")
>>> ref.format("gost")
'ЦХСД. Ф. 89. Оп. 2. Д. 5. Л. 13–14.'
"""

from . import registry
from .bulk import BulkResult, normalise_many
from .errors import ParseError, UnknownArchive
from .find import extract
from .grammar.citation import CrossReference, find_citations, find_cross_references, parse_citation
from .grammar.dates import parse_date
from .grammar.reference import parse
from .interop import (
    ImportResult,
    ItemError,
    from_bibtex,
    from_csl_json,
    from_ris,
    render_csl,
    to_bibtex,
    to_csl_json,
    to_ris,
)
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
)
from .normalise import normalise
from .styles import citation_styles, format_citation, format_reference, styles

__version__ = "0.1.0.dev0"

__all__ = [
    "ArchivalReference",
    "BulkResult",
    "Contributor",
    "CrossReference",
    "DocumentCitation",
    "Folio",
    "FolioRange",
    "Folios",
    "ImportResult",
    "ItemError",
    "Match",
    "ParseError",
    "PartialDate",
    "Publication",
    "UnknownArchive",
    "__version__",
    "citation_styles",
    "extract",
    "find_citations",
    "find_cross_references",
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
    "render_csl",
    "styles",
    "to_bibtex",
    "to_csl_json",
    "to_ris",
]
