"""DSTU: DSTU 8302:2015, the Ukrainian standard for bibliographic references.

Search data as in GOST — elements separated by a full stop and a space, one at the end,
an en dash in ranges — with the labels of Ukrainian archival practice: ``Ф.``, ``Оп.``,
``Спр.`` (справа) for the file, ``Арк.`` (аркуш) for leaves, ``зв.`` (зворот) for a
verso, ``Од. зб.`` (одиниця зберігання) for a storage unit, ``Розд.`` (розділ), ``С.``
(сторінка) for pages, and ``Там само`` for an ibid form. Archive names follow the
registry as in GOST: a Ukrainian archive under the Ukrainian name it wrote
(``ЦДАВО України``), an acronym the registry does not know as cited.

>>> import archcite
>>> archcite.parse("TsDAVO, f. 1, op. 20, spr. 6277, ark. 233-235").format("dstu")
'ЦДАВО України. Ф. 1. Оп. 20. Спр. 6277. Арк. 233–235.'
"""

from __future__ import annotations

from ...model import ArchivalReference, StyleOptions
from .. import reference_style
from ._layout import ReferenceLayout, render

LAYOUT = ReferenceLayout(
    labels={
        "fond": "Ф.",
        "opis": "Оп.",
        "razdel": "Розд.",
        "korobka": "Кор.",
        # Spelled out: a bare "П." would read as a page between opis' and file.
        "papka": "Папка",
        "delo": "Спр.",
        "ed_khr": "Од. зб.",
        "tom": "Т.",
        "chast": "Ч.",
        "rolik": "Ролик",
    },
    # As in GOST, one label for one leaf and for several: "Арк. 233–235".
    folio="Арк.",
    folios="Арк.",
    page="С.",
    pages="С.",
    separator=". ",
    dash="–",
    verso=" зв.",
    script="cyrillic",
    ibid="Там само",
    final=".",
    # In full: the standard gives no abbreviation for it. An archive is masculine
    # ("архів"), so the word agrees with any archive's name.
    formerly="колишній",
)


@reference_style("dstu", LAYOUT)
def dstu(reference: ArchivalReference, options: StyleOptions) -> str:
    """``ЦДАВО України. Ф. 1. Оп. 20. Спр. 6277. Арк. 233–235.``; a verso is ``Арк. 5 зв.``.

    The transliteration option has nothing to do in a Cyrillic style and is ignored.
    """
    return render(reference, LAYOUT, options)
