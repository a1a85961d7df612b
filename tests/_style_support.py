"""What the style tests share: GOST R 7.0.5's example of a fond with its title."""

from __future__ import annotations

from archcite import ArchivalReference

#: GOST R 7.0.5's own example of a fond's title: ОР РГБ. Ф. 223 (С. Д. Полторацкий). …
POLTORATSKII = ArchivalReference(
    archive="ОР РГБ",
    archive_id="ORRGB",
    fond="223",
    title="С. Д. Полторацкий",
    korobka="79",
    ed_khr="122",
)
