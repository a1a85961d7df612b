"""Rewriting every reference in a text in one style, leaving the rest as it was."""

from __future__ import annotations

import functools
import re
from typing import Any

import attrs

from .errors import UnknownStyle
from .model import ArchivalReference, Match, StyleOptions
from .reading.scanner import IBID_PREFIX_RE, iter_matches
from .styles import format_in_text, format_reference, reference_layout, style_names

__all__ = ["normalise", "rewrite"]

_GOES_ON = re.compile(r"\s*(?:[.;,:/]|(?:and|и)\b)", re.IGNORECASE)
# The layouts written with, kept so that the identity each stands for in the memory of
# what was written is never taken by another: a style registered anew is never served
# the old writing.
_LAYOUTS: dict[int, object] = {}


def normalise(
    text: str, style: str = "chicago", *, options: StyleOptions | None = None, **values: Any
) -> str:
    """``text`` with every archival reference written in ``style``.

    Continuations are written as they stand (their levels only), so the prose around
    them still reads, and ibid forms in the style's own words ("Ibid., l. 4" is "Там же.
    Л. 4." in GOST); everything that is not a reference is kept to the character.
    ``normalise(normalise(t)) == normalise(t)``. Options are those of
    :func:`archcite.format_reference` (``modern=True``, ``transliteration="bgn"`` or
    ``options=StyleOptions(...)``), checked once, before any reference is written.

    >>> normalise("See ЦХСД. Ф. 89. Оп. 2. Д. 5. Л. 13–14. Then more.", "wilson")
    'See TsKhSD, F. 89, Op. 2, D. 5, Ll. 13-14. Then more.'

    Raises :class:`~archcite.ParseError` for a reference whose folio range runs backwards
    once expanded ("Л. 140-39"): it cannot be written, and must not pass for written.
    """
    if not isinstance(text, str):
        raise TypeError(f"normalise() argument 'text' must be a string, not {type(text).__name__}")
    return rewrite(text, style, options=options, **values)[0]


def rewrite(
    text: str, style: str = "chicago", *, options: StyleOptions | None = None, **values: Any
) -> tuple[str, list[Match]]:
    """``text`` normalised as :func:`normalise` does it, with the matches it found: those it
    rewrote, and those it left as cited because words inside them have no field to be
    written from (their :attr:`~archcite.Match.skipped` is not empty).

    >>> written, matches = rewrite("See TsKhSD, F. 89, Op. 2, D. 5.", "gost")
    >>> written, matches[0].span
    ('See ЦХСД. Ф. 89. Оп. 2. Д. 5.', (4, 30))
    >>> rewrite("GARF, f. 102, OO, 1905, d. 999.", "gost")[1][0].skipped
    ((14, 22),)
    """
    # A bad style or option is an error even in a text with no reference in it.
    if style not in style_names():
        raise UnknownStyle("reference style", style, style_names())
    # Options built once by the caller come as they are (the bulk normaliser's).
    settings = options if options is not None and not values else StyleOptions.of(options, **values)
    pieces: list[str] = []
    matches: list[Match] = []
    position = 0
    # A reference the grammar reads but the model refuses ("Л. 140-39") is an error here:
    # left as it was, it would pass for normalised.
    for match in iter_matches(text, strict=True):
        matches.append(match)
        if match.skipped:
            # A year or a bundle inside the reference has no field to be written from:
            # the reference stays as cited rather than lose it.
            continue
        start, written = _written(text, match, style, settings)
        pieces.append(text[position:start])
        pieces.append(written)
        position = match.span[1]
    if not pieces:
        return text, matches
    pieces.append(text[position:])
    return "".join(pieces), matches


def _written(text: str, match: Match, style: str, options: StyleOptions) -> tuple[int, str]:
    """Where the rewriting of ``match`` starts, and what replaces the text from there.

    An ibid form is written whole in the style's own words, so that no note mixes two
    languages ("Ibid., Л. 4"): "Ibid., l. 4" becomes "Там же. Л. 4." in GOST. Its first
    letter keeps the author's case ("see ibid., l. 4").
    """
    start, end = match.span
    reference = match.reference
    if reference.archive is not None and reference.archive not in match.text:
        # An archive named outside the span ("… (RGASPI), f. 17") stays where it is.
        reference = attrs.evolve(reference, archive=None, archive_id=None)
    ibid = match.kind == "ibid"
    # A style that closes with a full stop (GOST) must not double the text's own, nor
    # put one before what goes on with the list: "Л. 13–14; Д. 6", "Д. 552 and 64". Only
    # that stop gives way: "Л. 52 об.; Д. 6" keeps the stop of its abbreviation.
    goes_on = _GOES_ON.match(text, end) is not None
    written = _in_text(reference, style, options, ibid, not goes_on)
    if written is None:
        # A style registered without a layout has no ibid word: the author's words stay.
        # Its closing stop cannot be told from an abbreviation's, so any final stop gives
        # way to what goes on, as it always has.
        prefix = IBID_PREFIX_RE.match(text, start) if ibid else None
        start = prefix.end() if prefix is not None else start
        written = format_reference(reference, style, options)
        if goes_on and written.endswith("."):
            written = written[:-1]
    elif ibid and match.text[:1].islower():
        written = written[:1].lower() + written[1:]
    return start, written


def _in_text(
    reference: ArchivalReference, style: str, options: StyleOptions, ibid: bool, closed: bool
) -> str | None:
    """:func:`~archcite.styles.format_in_text`, remembered for styles with a layout."""
    layout = reference_layout(style)
    if layout is None:
        return format_in_text(reference, style, options, ibid=ibid, closed=closed)
    _LAYOUTS.setdefault(id(layout), layout)
    return _remembered(reference, style, options, ibid, closed, id(layout))


# Writing a reference costs more than reading it, and notes cite the same references
# again and again.
@functools.lru_cache(maxsize=16384)
def _remembered(
    reference: ArchivalReference,
    style: str,
    options: StyleOptions,
    ibid: bool,
    closed: bool,
    layout: int,
) -> str | None:
    return format_in_text(reference, style, options, ibid=ibid, closed=closed)
