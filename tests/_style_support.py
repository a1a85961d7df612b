"""What the style tests share: an example with a fond's title, and what the grammar reads yet.

The styles write pages (``p. 14``, ``С. 34``) and a fond's title (``Ф. 223 (С. Д.
Полторацкий)``); the grammar is taught to read them back on its own branch. Round-trip
tests of these run as soon as it does, and are skipped until then.
"""

from __future__ import annotations

from archcite import ArchivalReference, ParseError, parse

#: GOST R 7.0.5's own example of a fond's title: ОР РГБ. Ф. 223 (С. Д. Полторацкий). …
POLTORATSKII = ArchivalReference(
    archive="ОР РГБ",
    archive_id="ORRGB",
    fond="223",
    title="С. Д. Полторацкий",
    korobka="79",
    ed_khr="122",
)


def reads_pages() -> bool:
    """True once ``parse`` gives ``Folios(unit="page")`` for ``С. 4`` and ``pp. 4-5``."""
    try:
        cyrillic = parse("ГАРФ. Ф. 1. Оп. 2. Д. 3. С. 4.")
        latin = parse("GARF, f. 1, op. 2, d. 3, pp. 4-5")
    except ParseError:
        return False
    return all(ref.folios is not None and ref.folios.unit == "page" for ref in (cyrillic, latin))


def reads_titles() -> bool:
    """True once ``parse`` keeps a fond's bracketed title: ``Ф. 223 (С. Д. Полторацкий)``."""
    try:
        reference = parse("ОР РГБ. Ф. 223 (С. Д. Полторацкий). Картон 79. Ед. хр. 122.")
    except ParseError:
        return False
    return reference.title == "С. Д. Полторацкий"
