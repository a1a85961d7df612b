"""Pointers from one note to another: "as cited in Note 187 supra", "см. примеч. 5 выше".

>>> [(x.kind, x.note) for x in find_cross_references("(No. 60, as cited in Note 187 supra)")]
[('supra', '187')]
"""

from __future__ import annotations

import re

import attrs

__all__ = ["CrossReference", "find_cross_references"]


@attrs.frozen(slots=True)
class CrossReference:
    """A pointer to another note: ``CrossReference("supra", "187", (13, 42), "Note 187 supra")``."""

    kind: str
    note: str
    span: tuple[int, int]
    text: str


_CROSS_REFERENCE_PATTERN = (
    r"(?:(?:as\s+)?cited\s+in\s+|see\s+|cf\.\s+)?"
    r"(?:"
    r"(?:[Nn]otes?|nn?\.)\s*(?P<note>\d+)\s*,?\s+(?P<direction>supra|above|infra|below)\b"
    r"|(?P<direction2>supra|infra)\s*,?\s+(?:[Nn]otes?|nn?\.)\s*(?P<note2>\d+)"
    r"|(?:[Сс]м\.\s*)?(?:примеч\.|прим\.|примечани[еяю]|сноск[аиу])\s*(?P<note3>\d+)"
    r"(?:\s+(?P<direction3>выше|ниже))?"
    r")"
)
_CROSS_REFERENCE_RE = re.compile(_CROSS_REFERENCE_PATTERN, flags=re.IGNORECASE)
_INFRA = frozenset({"infra", "below", "ниже"})


def _cross_reference(match: re.Match[str], offset: int = 0) -> CrossReference:
    note = match["note"] or match["note2"] or match["note3"]
    direction = (match["direction"] or match["direction2"] or match["direction3"] or "").lower()
    kind = "infra" if direction in _INFRA else "supra"
    return CrossReference(kind, note, (offset + match.start(), offset + match.end()), match[0])


def find_cross_references(text: str) -> list[CrossReference]:
    """Every pointer to another note in ``text``, in order."""
    return [_cross_reference(match) for match in _CROSS_REFERENCE_RE.finditer(text)]
