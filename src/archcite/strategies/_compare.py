"""Comparing references up to the script they were written in."""

from __future__ import annotations

import functools

from .. import registry, translit
from ..model import ArchivalReference, Folio
from ._numbers import ID_LEVELS

__all__ = ["same_reference"]


def _latin(value: str) -> str:
    return translit.to_latin(value, "ala-lc") if translit.has_cyrillic(value) else value


@functools.cache
def _names_by_key() -> dict[str, tuple[str, int]]:
    """Every spelling's lookup key, and the registry name it spells: (entry id, index)."""
    names: dict[str, tuple[str, int]] = {}
    for archive in registry.archives():
        for name in archive.names:
            for spelling in name.spellings:
                names.setdefault(registry.lookup_key(spelling), (archive.id, name.index))
                turned = registry.institution_first(spelling)  # "РГБ НИОР", the same name
                if turned is not None:
                    names.setdefault(registry.lookup_key(turned), (archive.id, name.index))
    return names


def _archive_key(token: str | None) -> object:
    """Which of the registry's names ``token`` spells, in any script or system.

    ``"TsKhSD"``, ``"ЦХСД"`` and ``"CHSD"`` are one name; ``"RGANI"`` another name of the
    same archive. A token the registry does not know is compared by its letters in Cyrillic.
    """
    if token is None:
        return None
    known = _names_by_key().get(registry.lookup_key(token))
    if known is not None:
        return known
    return registry.lookup_key(translit.acronym_to_cyrillic(token))


def _folio_key(folio: Folio | None) -> tuple[int, str, bool] | None:
    return None if folio is None else (folio.number, _latin(folio.suffix), folio.verso)


def same_reference(a: ArchivalReference, b: ArchivalReference) -> bool:
    """True where ``a`` and ``b`` name the same shelfmark, whatever script each is in.

    A reference written in a Latin style and read back has its archive and the letters in
    its identifiers in Latin (``TsKhSD``, ``R-5446``, ``41a``); in GOST, in Cyrillic
    (``ЦХСД``, ``Р-5446``, ``41а``). This compares the registry id, the archive's name
    (the same name in any script or transliteration system), every level with its letters
    transliterated, and the folios. Two spellings of one name (``"ЦА МО РФ"`` and
    ``"TsAMO"``) are the same archive; two names of it (``"TsKhSD"``, ``"RGANI"``) are not.

    >>> from archcite import parse
    >>> same_reference(parse("TsKhSD, F. R-89, D. 5a"), parse("ЦХСД. Ф. Р-89. Д. 5а."))
    True
    >>> same_reference(parse("TsKhSD, F. 89"), parse("RGANI, F. 89"))  # another name
    False
    """
    if a.archive_id != b.archive_id or _archive_key(a.archive) != _archive_key(b.archive):
        return False
    for level in ID_LEVELS:
        one, other = getattr(a, level), getattr(b, level)
        if (one is None) != (other is None):
            return False
        if one is not None and _latin(one) != _latin(other):
            return False
    if (a.folios is None) != (b.folios is None):
        return False
    if a.folios is None or b.folios is None:
        return True
    keys = [[(_folio_key(r.start), _folio_key(r.end)) for r in f] for f in (a.folios, b.folios)]
    return keys[0] == keys[1]
