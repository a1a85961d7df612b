"""Rewriting every reference in a text in one style, leaving the rest as it was."""

from __future__ import annotations

from typing import Any

import attrs

from .find import iter_matches
from .styles import format_reference

__all__ = ["normalise"]


def normalise(text: str, style: str = "chicago", *, modern: bool = False, **options: Any) -> str:
    """``text`` with every archival reference written in ``style``.

    Continuations and ibid forms are written as they stand (their levels only), so
    the prose around them still reads; everything that is not a reference is kept to
    the character. ``normalise(normalise(t)) == normalise(t)``.

    >>> normalise("See ЦХСД. Ф. 89. Оп. 2. Д. 5. Л. 13–14. Then more.", "wilson")
    'See TsKhSD, F. 89, Op. 2, D. 5, Ll. 13-14. Then more.'
    """
    pieces: list[str] = []
    position = 0
    for match in iter_matches(text):
        start, end = match.span
        reference = match.reference
        if reference.archive is not None and reference.archive not in match.text:
            # An archive named outside the span ("… (RGASPI), f. 17") stays where it is.
            reference = attrs.evolve(reference, archive=None, archive_id=None)
        written = format_reference(reference, style, modern=modern, **options)
        # A style that closes with a full stop (GOST) must not double the one in the text.
        if written.endswith(".") and text.startswith(".", end):
            written = written[:-1]
        pieces.append(text[position:start])
        pieces.append(written)
        position = end
    pieces.append(text[position:])
    return "".join(pieces)
