"""References written in a registered style, and the noise of real sources."""

from __future__ import annotations

import re
from collections.abc import Sequence

from hypothesis import strategies as st

from .. import translit
from ..levels import LEVELS
from ..model import ArchivalReference
from ..reading.patterns import DASHES
from ..styles import format_reference, style_names
from ._archives import printed_archives
from ._base import check_style, check_system, style_script
from ._references import references as reference_values
from ._written import damaged

__all__ = ["noisy", "reference_texts"]

# Where the noise goes. Each site gets one of the forms listed, the first being the text
# as the style wrote it, so that a failing example shrinks towards the clean text.
_LABEL_STOP = re.compile(r"(?<=[^\W\d_])\. (?=\d)")  # "F. 3"
# Before a lettered number the label keeps its stop or its space: "F.R-9478" and
# "F R-9478" are as printed, but "FR-9478" could as well be a word.
_PREFIX_STOP = re.compile(r"(?<=[^\W\d_])\. (?=[^\W\d_]-\d)")  # "F. R-9478"
_SEPARATOR_STOP = re.compile(r"(?<=\d)\.(?= )|(?<=\d[^\W\d_])\.(?= )")  # GOST's "89. Оп."
_RANGE_DASH = re.compile(r"(?<=[\d.])[-–](?=\d)")
_ALL_DASHES = tuple(DASHES)
_SPACE = re.compile(r" ")
_STOP_FORMS = (". ", ".", " ", "")
_DASH_FORMS = ("-", "–", "—", " – ")
_SPACE_FORMS = (" ", "\u00a0", "\u202f", "  ")


def _vary(draw: st.DrawFn, text: str, pattern: re.Pattern[str], forms: Sequence[str]) -> str:
    pieces: list[str] = []
    position = 0
    for match in pattern.finditer(text):
        pieces.append(text[position : match.start()])
        options = [match.group(0), *(form for form in forms if form != match.group(0))]
        pieces.append(draw(st.sampled_from(options)))
        position = match.end()
    pieces.append(text[position:])
    return "".join(pieces)


@st.composite
def _noisy(draw: st.DrawFn, text: str, archive: str | None, damage: bool = False) -> str:
    # The archive is kept as cited, spaces and all ("GA RF" is not "GA\u00a0RF"), so the
    # noise goes after it.
    kept = archive if archive is not None and text.startswith(archive) else ""
    text = text[len(kept) :]
    text = _vary(draw, text, _LABEL_STOP, _STOP_FORMS)
    text = _vary(draw, text, _PREFIX_STOP, _STOP_FORMS[:3])
    text = _vary(draw, text, _SEPARATOR_STOP, ("",))
    text = _vary(draw, text, _RANGE_DASH, _DASH_FORMS)
    text = _vary(draw, text, _SPACE, _SPACE_FORMS)
    ending = draw(st.sampled_from(("as written", "no full stop", "full stop")))
    if ending == "no full stop":
        text = text.removesuffix(".")
    elif ending == "full stop" and not text.endswith("."):
        text += "."
    if damage:
        text = _vary(draw, text, _RANGE_DASH, _ALL_DASHES)
        return draw(damaged(kept + text))
    return kept + text


def noisy(text: str, archive: str | None = None, *, damage: bool = False) -> st.SearchStrategy[str]:
    """``text``, a reference as a style writes it, with the noise of real sources.

    Labels lose their full stop or the space after it (``F.3``, ``F 3``, ``F3``), GOST's
    separating full stops go (``Ф. 89 Оп. 2``), ranges take a hyphen, an en or em dash or a
    spaced dash, spaces become non-breaking, narrow or doubled, and the text ends with a
    full stop or without one. The reference the text names stays the same. ``archive``,
    the archive's name at the start of ``text``, is left as it is: its spaces are part of
    the name as cited. ``damage=True`` adds the damage of web pages and PDFs: ranges
    with any dash code point (U+2010 to U+2212), characters that print nothing (U+200B,
    U+00AD, U+FEFF, …) inside the text, and digits of other scripts (``１３``).

    For example, ``noisy("TsKhSD, F. 89, Op. 2, D. 5, Ll. 13-14").example()`` may give::

        'TsKhSD, F.89, Op\\xa02, D. 5,  Ll. 13—14.'
    """
    return _noisy(text, archive, damage)


@st.composite
def _reference_text(
    draw: st.DrawFn,
    style: str | None,
    noise: bool,
    transliteration: str | None,
    references: st.SearchStrategy[ArchivalReference] | None,
    damage: bool,
) -> tuple[str, ArchivalReference]:
    name = style if style is not None else draw(st.sampled_from(style_names()))
    script = style_script(name)
    system = transliteration or draw(st.sampled_from(translit.SYSTEMS))
    if references is None:
        token = st.none() | st.sampled_from(printed_archives(script, system))
        reference = draw(reference_values(token, LEVELS, (), script))
    else:
        reference = draw(references)
    text = format_reference(reference, name, transliteration=system)
    if noise or damage:
        text = draw(_noisy(text, reference.archive, damage))
    return text, reference


def reference_texts(
    style: str | None = None,
    noise: bool = False,
    *,
    transliteration: str | None = None,
    references: st.SearchStrategy[ArchivalReference] | None = None,
    damage: bool = False,
) -> st.SearchStrategy[tuple[str, ArchivalReference]]:
    """Pairs ``(text, reference)``: a reference written out in a registered style.

    ``style`` is one of :func:`archcite.style_names` (default: any); ``transliteration`` the
    system Latin styles write Cyrillic names in (default: any of
    :data:`archcite.translit.SYSTEMS`). The reference is drawn in the style's own script,
    with an archive name the style prints as it is, so that ``archcite.parse(text) ==
    reference`` exactly. ``references`` draws the references instead; then the text may
    spell the archive and the letters in identifiers in another script than the reference
    (compare with :func:`same_reference`). ``noise=True`` adds the noise of :func:`noisy`,
    ``damage=True`` its damage. For references written beyond any style, see
    :func:`reference_variants`.

    For example, ``reference_texts("gost").example()`` may give::

        ('ЦХСД. Ф. 89. Оп. 2. Д. 5. Л. 13–14.', ArchivalReference(archive='ЦХСД', ...))
    """
    check_style(style)
    check_system(transliteration, "transliteration")
    return _reference_text(style, noise, transliteration, references, damage)
