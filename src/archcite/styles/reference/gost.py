"""GOST: GOST R 7.0.5-2008 §11, the Russian standard for references to archival documents.

The archive's Cyrillic acronym where the registry knows it (an acronym it does not know
is written as cited: ``NARA``), the labels Ф. Оп. Д. Л., ``С.`` for pages, a full stop and
a space between elements and one at the end, an en dash in ranges, ``об.`` for a verso,
prefixes in Cyrillic (``Ф. Р-5446``), and a fond's title in parentheses after its
number, as the standard's example has it: ``ОР РГБ. Ф. 223 (С. Д. Полторацкий). Кор. 79.``

>>> import archcite
>>> archcite.parse("TsKhSD, F. 89, Op. 2, D. 5, Ll. 13-14").format("gost")
'ЦХСД. Ф. 89. Оп. 2. Д. 5. Л. 13–14.'
"""

from __future__ import annotations

from ...model import ArchivalReference, StyleOptions
from .. import reference_style
from ._layout import ReferenceLayout, render

LAYOUT = ReferenceLayout(
    labels={
        "fond": "Ф.",
        "opis": "Оп.",
        "razdel": "Разд.",
        "korobka": "Кор.",
        "papka": "П.",
        "delo": "Д.",
        "ed_khr": "Ед. хр.",
        "tom": "Т.",
        "chast": "Ч.",
        "rolik": "Ролик",
    },
    # The standard's examples write "Л." for one leaf and for several.
    folio="Л.",
    folios="Л.",
    # "С." for one page and for several, as GOST's references to publications write it.
    page="С.",
    pages="С.",
    separator=". ",
    dash="–",
    verso=" об.",
    script="cyrillic",
    ibid="Там же",
    final=".",
    formerly="бывш.",
)


@reference_style("gost", LAYOUT)
def gost(reference: ArchivalReference, options: StyleOptions) -> str:
    """``ЦХСД. Ф. 89. Оп. 2. Д. 5. Л. 13–14.``; a verso is ``Л. 52 об.``.

    The transliteration option has nothing to do in a Cyrillic style and is ignored.
    """
    return render(reference, LAYOUT, options)
