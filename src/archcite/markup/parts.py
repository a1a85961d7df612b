"""Where the archive, each level and the folios stand in the text of a match.

The grammar reads a reference into values; TEI wants the written text cut at the same
places (``<repository>`` for the archive, ``<collection>`` for the fond, ``<citedRange>``
for the folios). The values are found again in the text, in the order they are written,
with the label before each from the grammar's own label table.

>>> from archcite import extract
>>> match = extract("TsKhSD, F. 89, Op. 2, D. 5, Ll. 13-14")[0]
>>> [(part.kind, match.text[part.start : part.end]) for part in parts(match)]
[('archive', 'TsKhSD'), ('fond', 'F. 89'), ('levels', 'Op. 2, D. 5'), ('folios', 'Ll. 13-14')]
"""

from __future__ import annotations

import itertools
from typing import Literal

import attrs

from ..model import Match
from ..reading.reference import spans
from ..reading.scanner import IBID_PREFIX_RE

__all__ = ["Part", "PartKind", "parts"]

#: ``words``: what an ibid form says before its levels ("Ibid., "); ``levels``: the
#: levels between the fond and the folios, written as one run; ``other``: a level
#: written out of the order TEI keeps (a reel after the folios).
PartKind = Literal["words", "archive", "fond", "levels", "folios", "other"]

_KINDS: dict[str, PartKind] = {"archive": "archive", "fond": "fond", "folios": "folios"}


@attrs.frozen
class Part:
    """One written part of a reference: ``text[start:end]`` of the match."""

    kind: PartKind
    start: int
    end: int


def parts(match: Match) -> tuple[Part, ...] | None:
    """The written parts of ``match`` in text order, or None where they cannot be told.

    The grammar says where each level stands (:func:`archcite.reading.reference.spans`);
    gaps between parts (", ", ". ") belong to no part.
    """
    text = match.text
    found: list[Part] = []
    offset = 0
    if match.kind == "ibid":
        words = IBID_PREFIX_RE.match(text)
        if words is not None and words.end() > 0:
            found.append(Part("words", 0, words.end()))
            offset = words.end()
    located = spans(text[offset:])
    if located is None:
        located = _bare(match, text[offset:])
        if located is None:
            return None
    after_folios = False
    for name, start, end in located:
        kind = _KINDS.get(name, "levels")
        if name == "rolik" and after_folios:
            kind = "other"  # a reel cited after the folios
        after_folios = after_folios or name == "folios"
        found.append(Part(kind, offset + start, offset + end))
    if not any(part.kind != "words" for part in found):
        return None
    return _merged(tuple(found))


def _bare(match: Match, text: str) -> list[tuple[str, int, int]] | None:
    """A number alone that continues a list ("41" after "Д. 34,"): its level, whole."""
    levels = match.reference.levels
    if len(levels) == 1:
        ((level, value),) = levels.items()
        if str(value) == text.strip():
            start = len(text) - len(text.lstrip())
            return [(level, start, start + len(text.strip()))]
    return None


def _merged(found: tuple[Part, ...]) -> tuple[Part, ...] | None:
    """Consecutive levels below the fond joined into one run, as TEI's ``<idno>`` holds them."""
    merged: list[Part] = []
    for part in found:
        if merged and part.kind == "levels" and merged[-1].kind == "levels":
            merged[-1] = attrs.evolve(merged[-1], end=part.end)
        else:
            merged.append(part)
    for before, after in itertools.pairwise(merged):
        if after.start < before.end or before.start >= before.end:
            return None
    return tuple(merged)
