"""Text as the grammar reads it: invisible characters out, every decimal digit in ASCII.

Web pages and PDFs put soft hyphens, zero-width spaces and direction marks inside
references (``F.\\u200b89``, ``9401,\\u00ad Op. 1``), and some sources print full-width or
other decimal digits. The readers work on a cleaned copy and map positions back, so that
spans and error positions always index the text the caller gave.

>>> cleaned = Cleaned.of("F.\\u200b８９")
>>> cleaned.text, cleaned.original(3), cleaned.original_end(4)
('F.89', 4, 5)
"""

from __future__ import annotations

import bisect
import functools
import re
import sys
import unicodedata

import attrs

from .patterns import INVISIBLE

__all__ = ["Cleaned"]

_INVISIBLE_RE = re.compile(f"[{INVISIBLE}]")
_OTHER_DIGIT = re.compile(r"[^\D0-9]")


def _neither(allowed: tuple[tuple[int, int], ...], removed: str) -> re.Pattern[str]:
    """A class of every character outside the ``allowed`` ranges, and of ``removed``."""
    holes = sorted(ord(char) for char in removed)
    pieces = []
    for low, high in allowed:
        for hole in (*(h for h in holes if low <= h <= high), high + 1):
            if low < hole:
                pieces.append(f"{re.escape(chr(low))}-{re.escape(chr(hole - 1))}")
            low = hole + 1
    return re.compile(f"[^{''.join(pieces)}]")


# Where a text may hold a character to clean: a decimal digit that is not ASCII (every one
# lies above U+065F and outside the punctuation and letterlike symbols, dashes, quotation
# marks and №, that notes print among Cyrillic and Latin) or an invisible one. One quick
# pass over what most texts are made of finds there is none.
_MAYBE_TO_CLEAN = _neither(((0x00, 0x65F), (0x2000, 0x214F)), INVISIBLE)


@functools.cache
def _digits() -> dict[int, str]:
    """Every decimal digit that is not ASCII, to its ASCII digit (built on first need)."""
    return {
        code: str(unicodedata.decimal(chr(code)))
        for code in range(128, sys.maxunicode + 1)
        if unicodedata.category(chr(code)) == "Nd"
    }


@attrs.frozen(slots=True)
class Cleaned:
    """A text with invisible characters removed and digits made ASCII, and the way back.

    ``removed`` holds, for each character taken out, the position in the cleaned text
    it stood before; it is empty when nothing was taken out, and positions are then the
    same in both texts.
    """

    text: str
    source: str
    removed: tuple[int, ...] = ()

    @classmethod
    def of(cls, source: str) -> Cleaned:
        """``source`` made ready for the grammar."""
        text = source
        maybe = None if text.isascii() else _MAYBE_TO_CLEAN.search(text)
        if maybe is not None:
            if _OTHER_DIGIT.search(text, maybe.start()):
                text = text.translate(_digits())
            if _INVISIBLE_RE.search(text, maybe.start()):
                removed: list[int] = []
                pieces: list[str] = []
                last = 0
                for match in _INVISIBLE_RE.finditer(text):
                    pieces.append(text[last : match.start()])
                    removed.append(match.start() - len(removed))
                    last = match.end()
                pieces.append(text[last:])
                return cls("".join(pieces), source, tuple(removed))
        return cls(text, source)

    def original(self, position: int) -> int:
        """Where the character at ``position`` of the cleaned text stands in the source."""
        if not self.removed:
            return position
        return position + bisect.bisect_right(self.removed, position)

    def original_end(self, end: int) -> int:
        """The source position that ends a span ending at ``end`` in the cleaned text."""
        if not self.removed or end == 0:
            return end
        return self.original(end - 1) + 1
