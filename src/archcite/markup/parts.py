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

import functools
import itertools
import re
from typing import Literal

import attrs

from ..levels import LEVELS
from ..model import Match
from ..reading.labels import LABELS, PAGE_LABELS, PAPKA_OR_PAGE, label_pattern
from ..reading.patterns import LETTER
from ..reading.scanner import IBID_PREFIX_RE

__all__ = ["Part", "PartKind", "parts"]

#: ``words``: what an ibid form says before its levels ("Ibid., "); ``levels``: the
#: levels between the fond and the folios, written as one run; ``other``: a level
#: written out of the order TEI keeps (a reel after the folios).
PartKind = Literal["words", "archive", "fond", "levels", "folios", "other"]

_ID_LEVELS = tuple(level for level in LEVELS if level != "folios")
_TRIM = " \t\r\n\u00a0.,;:/(–—-"


@attrs.frozen
class Part:
    """One written part of a reference: ``text[start:end]`` of the match."""

    kind: PartKind
    start: int
    end: int


@functools.cache
def _label_before(level: str) -> re.Pattern[str]:
    """A level's label, its stop and a numero sign, ending where the identifier starts."""
    spellings = LABELS[level] + (PAPKA_OR_PAGE if level == "papka" else ())
    return re.compile(
        rf"(?<!{LETTER}){label_pattern(spellings)}[.,]?\s*(?:(?:№|No\.?|N)\s?)?\s*\Z",
        re.IGNORECASE,
    )


_FOLIO_LABEL = re.compile(
    rf"(?<!{LETTER}){label_pattern(LABELS['folios'] + PAGE_LABELS + PAPKA_OR_PAGE)}(?!{LETTER})|\d",
    re.IGNORECASE,
)


def _value(text: str, value: str, start: int) -> re.Match[str] | None:
    """The identifier ``value`` standing as a whole word at or after ``start``."""
    return re.compile(rf"(?<![^\W_]){re.escape(value)}(?![^\W_])").search(text, start)


def _trimmed(text: str, start: int, end: int) -> int:
    """``end`` moved back over spaces and the punctuation that joins parts."""
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return end


def parts(match: Match) -> tuple[Part, ...] | None:
    """The written parts of ``match`` in text order, or None where they cannot be told.

    Gaps between parts (", ", ". ") belong to no part.
    """
    text, reference = match.text, match.reference
    found: list[Part] = []
    cursor = 0
    if match.kind == "ibid":
        words = IBID_PREFIX_RE.match(text)
        if words is not None and words.end() > 0:
            found.append(Part("words", 0, words.end()))
            cursor = words.end()
    body_start = cursor
    folios_start: int | None = None
    last_end = cursor
    for level in _ID_LEVELS:
        value = getattr(reference, level)
        if value is None:
            continue
        if level == "rolik" and reference.folios is not None:
            continue  # read after the folios, below
        located = _value(text, value, cursor)
        if located is None:
            return None
        label = _label_before(level).search(text, cursor, located.start())
        start = label.start() if label is not None else located.start()
        kind: PartKind = "fond" if level == "fond" else "levels"
        found.append(Part(kind, start, located.end()))
        cursor = last_end = located.end()
    if reference.folios is not None:
        label = _FOLIO_LABEL.search(text, cursor)
        if label is None:
            return None
        folios_start = label.start()
        end = len(text)
        if reference.rolik is not None:
            located = _value(text, reference.rolik, folios_start)
            if located is None:
                return None
            reel = _label_before("rolik").search(text, folios_start, located.start())
            reel_start = reel.start() if reel is not None else located.start()
            end = _trimmed(text, folios_start, reel_start)
            found.append(Part("folios", folios_start, end))
            found.append(Part("other", reel_start, located.end()))
            end = located.end()
        else:
            found.append(Part("folios", folios_start, end))
        last_end = end
    levels = [part for part in found if part.kind != "words"]
    if not levels:
        return None
    first = levels[0].start
    if reference.archive is not None:
        if _trimmed(text, body_start, first) > body_start:
            found.insert(
                len(found) - len(levels),
                Part("archive", body_start, _trimmed(text, body_start, first)),
            )
        elif last_end < len(text):
            # Named after the shelfmark: "Ф. 1, оп. 2, д. 3 (ГАРФ)", "… / ГА Винницкой обл.".
            tail = _archive_after(text, reference.archive, last_end, found)
            if tail is None:
                return None
            found.append(tail)
    return _merged(tuple(found), text)


def _archive_after(text: str, archive: str, after: int, found: list[Part]) -> Part | None:
    """The archive named after the shelfmark; the part before it gives up the text."""
    at = text.find(archive, after if found[-1].kind != "folios" else found[-1].start)
    if at < 0:
        return None
    previous = found[-1]
    if previous.end > at:
        found[-1] = attrs.evolve(previous, end=_trimmed(text, previous.start, at))
    return Part("archive", at, at + len(archive))


def _merged(found: tuple[Part, ...], text: str) -> tuple[Part, ...] | None:
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
