"""Chicago: common US practice under the Chicago Manual of Style for Russian archives.

Lowercase labels, commas between elements, an en dash in ranges, Library of Congress
transliteration of Cyrillic archive names (``transliteration=`` picks another system).
Pages, where a citation counts pages rather than leaves, are ``p. 14`` and ``pp. 211–212``.

A fond's title goes in parentheses after the fond's number, romanised like the archive:
``OR RGB, f. 223 (S. D. Poltoratskii), kor. 79``. CMOS has no rule for fonds; this is
how US historians gloss a fond in a note, and it keeps the shelfmark one run of labelled
elements, where a separate collection element would split it.

>>> import archcite
>>> archcite.parse("ЦХСД. Ф. 89. Оп. 2. Д. 5. Л. 13–14.").format("chicago")
'TsKhSD, f. 89, op. 2, d. 5, ll. 13–14'
"""

from __future__ import annotations

from ...model import ArchivalReference, StyleOptions
from .. import reference_style
from ._layout import ReferenceLayout, render

LAYOUT = ReferenceLayout(
    labels={
        "fond": "f.",
        "opis": "op.",
        "razdel": "razd.",
        "korobka": "kor.",
        "papka": "papka",
        "delo": "d.",
        "ed_khr": "ed. khr.",
        "tom": "t.",
        "chast": "ch.",
        "rolik": "reel",
    },
    folio="l.",
    folios="ll.",
    page="p.",
    pages="pp.",
    separator=", ",
    dash="–",
    verso="ob.",
    script="latin",
    ibid="Ibid.",
)


@reference_style("chicago", LAYOUT)
def chicago(reference: ArchivalReference, options: StyleOptions) -> str:
    """``TsKhSD, f. 89, op. 2, d. 5, ll. 13–14``; a verso is ``l. 52ob.``."""
    return render(reference, LAYOUT, options)
