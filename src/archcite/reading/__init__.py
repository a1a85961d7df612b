"""Reading: text into values.

The reference grammar (:mod:`.reference`), the scanner that finds references in free
text (:mod:`.scanner`), resolution of short forms (:mod:`.resolve`), dates
(:mod:`.dates`) and the citations around references (:mod:`.citations`). Nothing here
imports the styles, interop, bulk or the command line.
"""

from __future__ import annotations

from .citations import CrossReference, find_citations, find_cross_references, parse_citation
from .dates import parse_date
from .reference import parse, parse_folios
from .resolve import resolve
from .scanner import extract, iter_matches

__all__ = [
    "CrossReference",
    "extract",
    "find_citations",
    "find_cross_references",
    "iter_matches",
    "parse",
    "parse_citation",
    "parse_date",
    "parse_folios",
    "resolve",
]
