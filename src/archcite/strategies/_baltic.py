"""References as the notes of the Baltic archives write them: Lithuanian and Estonian
labels in the order of the hierarchy, and the Latvian order with the number first."""

from __future__ import annotations

import functools
from typing import Any

from hypothesis import strategies as st

from .. import registry
from ..model import ArchivalReference, Folio, FolioRange, Folios
from ..reading.labels import BALTIC_LABELS, NUMBER_FIRST_LABELS
from ._archives import archive_tokens

__all__ = ["BALTIC_LANGUAGES", "NUMBER_FIRST_LANGUAGE"]

#: The language whose notes put the number before its label: "LVA, 101. f., 1. apr.".
NUMBER_FIRST_LANGUAGE = "latvian"
#: The languages whose notes :func:`archcite.strategies.reference_variants` writes with
#: the ``"baltic"`` form.
BALTIC_LANGUAGES: tuple[str, ...] = (*BALTIC_LABELS, NUMBER_FIRST_LANGUAGE)

_COUNTRIES = {"lithuanian": "Lithuania", "estonian": "Estonia", "latvian": "Latvia"}
# The letters before a fond's number: LYA's KGB fonds (K-1), the Soviet state fonds of
# LCVA and ERA, LVA's party fonds (PA-101).
_FOND_PREFIXES = {"lithuanian": ("K-", "R-"), "estonian": ("R-",), "latvian": ("PA-",)}
_LEVELS = ("fond", "opis", "delo", "folios")


@functools.cache
def baltic_archives(language: str) -> tuple[str, ...]:
    """The registry's acronyms of the archives of the country whose language it is."""
    country = _COUNTRIES[language]
    return tuple(
        token
        for token in archive_tokens("latin", None, True)
        if (archive := registry.find(token)) is not None and archive.country == country
    )


@st.composite
def baltic_reference(draw: st.DrawFn, language: str, archive: str | None) -> ArchivalReference:
    """A reference of a Baltic archive: a fond, often an inventory, a file, often leaves."""
    values: dict[str, Any] = {}
    if archive is not None:
        values.update(archive=archive, archive_id=registry.archive_id(archive))
    number = draw(st.integers(1, 9999))
    prefix = draw(st.sampled_from(("", "", *_FOND_PREFIXES[language])))
    values["fond"] = f"{prefix}{number}"
    if draw(st.integers(0, 3)):
        values["opis"] = str(draw(st.integers(1, 99)))
    values["delo"] = str(draw(st.integers(1, 4999)))
    if draw(st.booleans()):
        start = draw(st.integers(1, 400))
        end = draw(st.none() | st.integers(start + 1, start + 30))
        values["folios"] = Folios((FolioRange(Folio(start), None if end is None else Folio(end)),))
    return ArchivalReference(**values)


@st.composite
def baltic_labels(draw: st.DrawFn, language: str) -> dict[str, str]:
    """The labels of a Lithuanian, Estonian or Latvian note, with their stops, in one case
    (Latvian "f.", "apr.", "l." for the file, "lp." for its leaves)."""
    title = draw(st.booleans())
    table = BALTIC_LABELS.get(language) or {
        level: spellings[0] for level, spellings in NUMBER_FIRST_LABELS.items()
    }
    return {
        level: (spelling[0].upper() + spelling[1:] if title else spelling) + "."
        for level, spelling in table.items()
    }


@st.composite
def number_first_text(draw: st.DrawFn, reference: ArchivalReference, dash: str) -> str:
    """The levels of ``reference`` with each number before its Latvian label, an ordinal:
    "101. f., 1. apr., 12. l., 3.–5. lp." (a word takes no stop: "159. lieta")."""
    separator = draw(st.sampled_from((", ", " ")))
    pairs = []
    for level in _LEVELS:
        if level not in reference.levels:
            continue
        spellings = NUMBER_FIRST_LABELS[level]
        label = draw(st.sampled_from((spellings[0],) * 3 + spellings[1:]))
        label += "." if len(label) <= 3 else ""
        if level == "folios":
            assert reference.folios is not None
            (leaves,) = reference.folios
            number = str(leaves.start.number)
            if leaves.end is not None:
                stop = draw(st.sampled_from((".", "")))
                number += f"{stop}{dash}{leaves.end.number}"
        else:
            number = str(getattr(reference, level))
        pairs.append(f"{number}. {label}")
    return separator.join(pairs)
