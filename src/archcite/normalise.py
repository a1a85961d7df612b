"""Rewriting every reference in a text in one style, leaving the rest as it was."""

from __future__ import annotations

import re
from typing import Any

import attrs

from .model import Match
from .reading.scanner import IBID_PREFIX_RE, iter_matches
from .styles import format_reference

__all__ = ["normalise", "rewrite"]

_GOES_ON = re.compile(r"\s*(?:[.;,:/]|(?:and|и)\b)", re.IGNORECASE)


def normalise(text: str, style: str = "chicago", *, modern: bool = False, **options: Any) -> str:
    """``text`` with every archival reference written in ``style``.

    Continuations and ibid forms are written as they stand (their levels only), so
    the prose around them still reads; everything that is not a reference is kept to
    the character. ``normalise(normalise(t)) == normalise(t)``.

    >>> normalise("See ЦХСД. Ф. 89. Оп. 2. Д. 5. Л. 13–14. Then more.", "wilson")
    'See TsKhSD, F. 89, Op. 2, D. 5, Ll. 13-14. Then more.'
    """
    if not isinstance(text, str):
        raise TypeError(f"normalise() argument 'text' must be a string, not {type(text).__name__}")
    return rewrite(text, style, modern=modern, **options)[0]


def rewrite(
    text: str, style: str = "chicago", *, modern: bool = False, **options: Any
) -> tuple[str, list[Match]]:
    """``text`` normalised as :func:`normalise` does it, with the matches it rewrote.

    >>> written, matches = rewrite("See TsKhSD, F. 89, Op. 2, D. 5.", "gost")
    >>> written, matches[0].span
    ('See ЦХСД. Ф. 89. Оп. 2. Д. 5.', (4, 30))
    """
    pieces: list[str] = []
    matches: list[Match] = []
    position = 0
    for match in iter_matches(text):
        start, end = match.span
        if match.kind == "ibid":
            # "Ibid., " and "Там же. " are the author's words; only the levels are rewritten.
            prefix = IBID_PREFIX_RE.match(text, start)
            if prefix is not None:
                start = prefix.end()
        reference = match.reference
        if reference.archive is not None and reference.archive not in match.text:
            # An archive named outside the span ("… (RGASPI), f. 17") stays where it is.
            reference = attrs.evolve(reference, archive=None, archive_id=None)
        written = format_reference(reference, style, modern=modern, **options)
        # A style that closes with a full stop (GOST) must not double the text's own, nor
        # put one before what goes on with the list: "Л. 13–14; Д. 6", "Д. 552 and 64".
        if written.endswith(".") and _GOES_ON.match(text, end):
            written = written[:-1]
        pieces.append(text[position:start])
        pieces.append(written)
        position = end
        matches.append(match)
    if not matches:
        return text, matches
    pieces.append(text[position:])
    return "".join(pieces), matches
