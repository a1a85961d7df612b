"""Labels as print writes them, from the one table of spellings in archcite.reading.labels."""

from __future__ import annotations

import functools

from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from .. import translit
from ..reading.labels import (
    LABELS,
    LOOK_ALIKES,
    MARKED_ONLY,
    PAGE_LABELS,
    PAPKA_OR_PAGE,
    label_key,
)
from ._base import Script, check_script

__all__ = ["LABEL_LEVELS", "labels"]

#: The levels :func:`labels` writes labels for: the model's levels and ``"page"``.
LABEL_LEVELS: tuple[str, ...] = (*LABELS, "page")

# Spellings in the table that are damage rather than a way of writing: capital I for
# small l ("LI.", "I."), and a folio label given twice ("L. L. 88").
_DAMAGED = frozenset(label_key(s) for s in ("li", "il", "i", "l. l", "л. л"))
# How the damaged spellings are printed: the capital I stands for a small l.
_DAMAGED_PRINTED = {"li": ("LI",), "il": ("Il",), "i": ("I",), "ll": ("L. L",), "лл": ("Л. Л",)}
_LOOK_ALIKES_BOTH = {**LOOK_ALIKES, **{cyr: lat for lat, cyr in LOOK_ALIKES.items()}}
# A whole word, which takes no full stop: the grammar reads "Listy. 5" as a word ending a
# sentence (see archcite.reading.run).
_WORD_LENGTH = 5


def _spellings_of(level: str) -> tuple[str, ...]:
    if level == "page":
        return PAGE_LABELS
    return LABELS[level]


@functools.cache
def spellings(level: str, script: str, damaged: bool) -> tuple[str, ...]:
    """The table's spellings of ``level`` in ``script``, the damaged ones only if asked."""
    found = []
    for spelling in _spellings_of(level):
        if (script == "cyrillic") != translit.has_cyrillic(spelling):
            continue
        if (label_key(spelling) in _DAMAGED) != damaged:
            continue
        found.append(spelling)
    return tuple(found)


def is_word(spelling: str) -> bool:
    """A whole word ("Listy", "record series") rather than an abbreviation ("ed. khr")."""
    return "." not in spelling and len(label_key(spelling)) >= _WORD_LENGTH


@functools.cache
def _bracket_pairs(level: str, script: str) -> tuple[tuple[str, str], ...]:
    """(word, abbreviation) pairs for "Fond (F.) 3": a spelling of four letters or more,
    and one of three or fewer that starts with the same letter."""
    words = [s for s in spellings(level, script, False) if len(label_key(s)) >= 4]
    shorts = [s for s in spellings(level, script, False) if len(label_key(s)) <= 3]
    return tuple(
        (word, short)
        for word in words
        for short in shorts
        if label_key(short)[0] == label_key(word)[0] and " " not in word
    )


def _cased(draw: st.DrawFn, spelling: str) -> str:
    case = draw(st.sampled_from(("title", "lower", "upper")))
    if case == "lower":
        return spelling
    if case == "upper" and len(label_key(spelling)) <= 3:
        return spelling.upper()
    return spelling[0].upper() + spelling[1:]


def _look_alike(draw: st.DrawFn, spelling: str) -> str:
    """One letter written with its look-alike of the other script: "oп" with a Latin o.
    One-letter labels keep their script: a Latin "c." is a case, a Cyrillic "с." a page."""
    places = [i for i, char in enumerate(spelling) if char.lower() in _LOOK_ALIKES_BOTH]
    if len(label_key(spelling)) < 2 or not places:
        return spelling
    where = draw(st.sampled_from(places))
    char = spelling[where]
    other = _LOOK_ALIKES_BOTH[char.lower()]
    other = other.upper() if char.isupper() else other
    return spelling[:where] + other + spelling[where + 1 :]


@st.composite
def label(
    draw: st.DrawFn, level: str, script: str, look_alikes: bool, damaged: bool, stop: bool | None
) -> str:
    """A label of ``level`` as printed, with its full stop if it has one."""
    if damaged and spellings(level, script, True) and draw(st.booleans()):
        spelling = draw(st.sampled_from(spellings(level, script, True)))
        key = label_key(spelling)
        printed = draw(st.sampled_from(_DAMAGED_PRINTED.get(key, (spelling,))))
        return printed + "."
    pairs = _bracket_pairs(level, script)
    if pairs and draw(st.integers(0, 5)) == 0:  # "Fond (F.) 3", "Опись (Оп.) 45"
        word, short = draw(st.sampled_from(pairs))
        short = short[0].upper() + short[1:]
        return f"{word[0].upper()}{word[1:]} ({short}.)"
    spelling = draw(st.sampled_from(spellings(level, script, False)))
    # Spaces inside a label are kept or closed up: "Ed. khr.", "ed.khr."
    if ". " in spelling and draw(st.booleans()):
        spelling = spelling.replace(". ", ".")
    spelling = _cased(draw, spelling)
    if look_alikes and draw(st.integers(0, 3)) == 0:
        spelling = _look_alike(draw, spelling)
    if is_word(spelling):
        return spelling
    if spelling in MARKED_ONLY:  # "о." labels an inventory; "о" alone is the preposition
        return spelling + "."
    with_stop = draw(st.booleans()) if stop is None else stop
    return spelling + "." if with_stop else spelling


def labels(
    level: str,
    *,
    script: Script | None = None,
    look_alikes: bool = True,
    damaged: bool = False,
) -> st.SearchStrategy[str]:
    """A label of one level as print writes it, from archcite's table of spellings.

    ``level`` is one of :data:`LABEL_LEVELS`: a level of the model, or ``"page"`` for the
    pages of a file. Every spelling of the table (:data:`archcite.reading.labels.LABELS`)
    in ``script`` (default: either), abbreviations and whole words, in lower case, title
    case or capitals, abbreviations with or without their full stop, a whole word with
    its abbreviation in brackets (``"Fond (F.)"``), and with ``look_alikes`` (the default)
    a letter of a two-letter label sometimes written in the other script (``"oп."`` with a
    Latin o). ``damaged=True`` adds the damage of OCR and typists where the level has any:
    ``"LI."`` and ``"I."`` for ``"Ll."`` and ``"l."``, ``"L. L."``.

    For example, ``labels("opis", script="cyrillic").example()`` may give::

        'Оп.'
    """
    if level not in LABEL_LEVELS:
        raise InvalidArgument(f"level must be one of {', '.join(LABEL_LEVELS)}, not {level!r}")
    check_script(script)
    return st.sampled_from(("latin", "cyrillic") if script is None else (script,)).flatmap(
        lambda chosen: label(level, chosen, look_alikes, damaged, None)
    )


def papka_or_page(script: str) -> str:
    """The one-letter label of a papka and of a page: "p" / "п"."""
    return next(s for s in PAPKA_OR_PAGE if (script == "cyrillic") == translit.has_cyrillic(s))
