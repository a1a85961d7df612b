"""Whole archival references, in the shapes real citations have."""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from .. import registry
from ..levels import LEVELS
from ..model import ArchivalReference, FolioUnit
from ._archives import archives as archive_tokens_strategy
from ._base import Script, check_choices, check_script, script_of
from ._numbers import _COMMON, IDENTIFIER_SHAPES, folio_list, identifier

__all__ = ["archival_references"]

# The shapes references come in, as many times as they are common: the usual
# fond/opis'/delo/list, volumes and parts, AVP RF's papka, the box and storage unit of
# library manuscript departments, the storage unit alone of party archives, a microfilm
# reel after the folios.
REFERENCE_SHAPES: tuple[tuple[str, ...], ...] = (
    ("fond", "opis", "delo", "folios"),
    ("fond", "opis", "delo", "folios"),
    ("fond", "opis", "delo", "folios"),
    ("fond", "opis", "delo"),
    ("fond", "opis", "delo", "tom", "folios"),
    ("fond", "opis", "delo", "chast", "folios"),
    ("fond", "opis", "delo", "tom", "chast", "folios"),
    ("fond", "opis", "razdel", "delo", "folios"),
    ("fond", "opis", "papka", "delo", "folios"),
    ("fond", "korobka", "ed_khr", "folios"),
    ("fond", "korobka", "delo", "folios"),
    ("fond", "opis", "ed_khr", "folios"),
    ("fond", "ed_khr"),
    ("fond", "opis"),
    ("fond", "opis", "delo", "folios", "rolik"),
)


def _choose_levels(
    draw: st.DrawFn, allowed: Collection[str], require: Collection[str]
) -> list[str]:
    shape = draw(st.sampled_from(REFERENCE_SHAPES))
    chosen = {level for level in shape if level in allowed} | set(require)
    # One level at each rank: ed. khr. or delo, papka or box.
    for one, other in (("delo", "ed_khr"), ("korobka", "papka")):
        if one in chosen and other in chosen:
            chosen.discard(one if one not in require else other)
    if not chosen:
        chosen = {draw(st.sampled_from(sorted(allowed)))}
    return [level for level in LEVELS if level in chosen]


@st.composite
def references(
    draw: st.DrawFn,
    archive_tokens: st.SearchStrategy[str | None],
    allowed: tuple[str, ...],
    require: tuple[str, ...],
    script: str | None,
    shapes: tuple[str, ...] = _COMMON,
    pages: bool = False,
) -> ArchivalReference:
    token = draw(archive_tokens)
    # Letters inside numbers follow the archive's script: GARF's R-5446, ГАРФ's Р-5446.
    letters = script or (script_of(token) if token is not None else None)
    values: dict[str, Any] = {}
    if token is not None:
        values["archive"] = token
        values["archive_id"] = registry.archive_id(token)
    chosen = _choose_levels(draw, allowed, require)
    for level in chosen:
        if level == "folios":
            # Pages are cited of a file: "Д. 7. С. 15".
            has_file = "delo" in chosen or "ed_khr" in chosen
            unit: FolioUnit = "page" if pages and has_file and draw(st.booleans()) else "leaf"
            values["folios"] = draw(folio_list(3, True, letters, unit))
        else:
            values[level] = draw(identifier(level, letters, shapes))
    return ArchivalReference(**values)


def archival_references(
    archives: st.SearchStrategy[str | None] | None = None,
    levels: Collection[str] | None = None,
    require: Collection[str] = (),
    *,
    script: Script | None = None,
    shapes: Collection[str] | None = _COMMON,
    pages: bool = False,
) -> st.SearchStrategy[ArchivalReference]:
    """Valid :class:`~archcite.ArchivalReference` values in the shapes real citations have.

    The usual fond / opis' / delo / folios, with volumes, parts, sections, AVP RF's papka,
    the box and storage unit of library manuscript departments, a storage unit alone, a
    microfilm reel; identifiers from :func:`identifiers` and folios from :func:`folios`.

    ``archives`` draws the archive token (default: any from :func:`archives`, or none);
    ``archive_id`` is set from the registry exactly as :func:`archcite.parse` sets it.
    ``levels`` limits the levels that may appear; ``require`` names those that must.
    ``script`` fixes the script of letters inside identifiers; left out, they follow the
    archive's script. ``shapes`` are the identifier shapes of :func:`identifiers` (None:
    all of them, ``"17761 пф"`` and ``"1(п)"`` too). ``pages=True`` lets a file's folios be
    pages (``Folios.unit == "page"``).

    For example, ``archival_references(require=["folios"]).example().format("wilson")`` may give::

        'GARF, F. R-5446, Op. 1, D. 7, Ll. 13-14'

    A papka with no opis' before it is written ``П. 3`` in GOST, which reads as a page:
    keep ``"opis"`` wherever ``"papka"`` is required.
    """
    allowed = tuple(LEVELS) if levels is None else tuple(levels)
    for name in (*allowed, *require):
        if name not in LEVELS:
            raise InvalidArgument(f"unknown level {name!r}; levels are {', '.join(LEVELS)}")
    if not allowed:
        raise InvalidArgument("levels must allow at least one level")
    if {"delo", "ed_khr"} <= set(require) or {"korobka", "papka"} <= set(require):
        raise InvalidArgument("a reference has a delo or an ed. khr., a box or a papka")
    check_script(script)
    allowed_shapes = check_choices("shapes", shapes, IDENTIFIER_SHAPES)
    tokens = archives if archives is not None else st.none() | archive_tokens_strategy()
    required = tuple(require)
    return references(
        tokens,
        tuple(dict.fromkeys((*allowed, *required))),
        required,
        script,
        allowed_shapes,
        pages,
    )
