"""Wilson: as the Wilson Center Digital Archive and the CWIHP Bulletin print references.

Capitalised labels, commas between elements, ``L.`` for one folio and ``Ll.`` for
several, a hyphen in ranges; pages ``p. 14`` and ``pp. 211-212``, in lower case as the
Digital Archive prints them. A fond's title, romanised, in parentheses after the fond's
number as in Chicago: ``F. 223 (S. D. Poltoratskii)``.

>>> import archcite
>>> archcite.parse("ЦХСД. Ф. 89. Оп. 2. Д. 5. Л. 13–14.").format("wilson")
'TsKhSD, F. 89, Op. 2, D. 5, Ll. 13-14'
"""

from __future__ import annotations

from ...model import ArchivalReference, StyleOptions
from .. import reference_style
from ._layout import ReferenceLayout, render

LAYOUT = ReferenceLayout(
    labels={
        "fond": "F.",
        "opis": "Op.",
        "razdel": "Razd.",
        "korobka": "Kor.",
        "papka": "Papka",
        "delo": "D.",
        "ed_khr": "Ed. khr.",
        "tom": "T.",
        "chast": "Ch.",
        "rolik": "Reel",
    },
    folio="L.",
    folios="Ll.",
    # The Digital Archive prints pages in lower case ("Published in CWIHP Bulletin 8-9,
    # p. 400"), its one attested page label.
    page="p.",
    pages="pp.",
    separator=", ",
    dash="-",
    verso="ob.",
    script="latin",
    ibid="Ibid.",
)


@reference_style("wilson", LAYOUT)
def wilson(reference: ArchivalReference, options: StyleOptions) -> str:
    """``TsKhSD, F. 89, Op. 2, D. 5, Ll. 13-14``."""
    return render(reference, LAYOUT, options)
