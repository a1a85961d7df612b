"""Citations in and out of the formats citation software speaks: CSL-JSON, BibTeX, RIS.

Every export is read back by its importer (``from_X(to_X(c)) == [c]``); imports return
an :class:`ImportResult`: the citations read, and ``errors`` for each item whose archive
location did not parse. Each format is a module that registers itself: :func:`formats`
names them, :func:`reader` and :func:`writer` give their functions. :func:`render_csl`
renders any CSL style through citeproc-py (the ``archcite[csl]`` extra). What each field
becomes in Zotero, citeproc-js, pandoc and citeproc-py is measured in docs/interop.md.

>>> import archcite
>>> cit = archcite.parse_citation('"Informatsiya," 27 November 1956, '
...                               'TsKhSD, F. 89, Op. 2, D. 5, Ll. 16-17.')
>>> from_ris(to_ris(cit)) == from_bibtex(to_bibtex(cit)) == from_csl_json(to_csl_json([cit]))
True
>>> formats(), reader("ris")(writer("ris")([cit])).items == (cit,)
(['bibtex', 'csl-json', 'ris'], True)
"""

from ._formats import Format, formats, reader, writer
from .bibtex import from_bibtex, to_bibtex
from .csl import CSL_VARIABLES, from_csl_json, to_csl_json
from .render import RenderedCSL, render_csl
from .result import ImportResult, ItemError
from .ris import from_ris, to_ris

__all__ = [
    "CSL_VARIABLES",
    "Format",
    "ImportResult",
    "ItemError",
    "RenderedCSL",
    "formats",
    "from_bibtex",
    "from_csl_json",
    "from_ris",
    "reader",
    "render_csl",
    "to_bibtex",
    "to_csl_json",
    "to_ris",
    "writer",
]
