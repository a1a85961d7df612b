"""The numbers of a reference: each level's identifier, and the folio list."""

from __future__ import annotations

import re
from collections.abc import Collection

from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from ..levels import LEVELS
from ..model import Folio, FolioRange, Folios, FolioUnit
from ._base import SCRIPTS, Script, check_choices, check_script, pick_script

__all__ = ["IDENTIFIER_SHAPES", "folios", "identifiers"]

#: The levels that have an identifier (every level but the folios).
ID_LEVELS = tuple(level for level in LEVELS if level != "folios")

# Letters archives put after a number (1a, 52а) and before one (GARF's R- and A- fonds),
# as pairs of the Latin and Cyrillic forms that transliterate into each other.
_SUFFIXES = (("a", "а"), ("b", "б"), ("v", "в"), ("g", "г"), ("d", "д"))
_FOLIO_SUFFIXES = (("a", "а"), ("b", "б"))  # "52v" would be a verso
# The numbers a dated year takes (archcite.reading.patterns.NOT_A_DATED_YEAR).
_YEAR_LIKE = re.compile(r"1[5-9]\d\d|20[0-4]\d")
_PREFIXES = (("R", "Р"), ("A", "А"))
# Party archives' fonds with a spaced prefix: "П - 2".
_SPACED_PREFIXES = (("P", "П"), ("R", "Р"))
# Letters some archives put after an inventory's or a file's number, with a hyphen
# (ЦА ФСБ's "3-ос"), a slash ("1/п", "4С/П") or in brackets ("1(п)").
_TAILS = (("r", "р"), ("p", "п"), ("s", "с"), ("os", "ос"))
# Words after a number that say what it numbers: a personal fond ("17761 пф"), an
# inventory of personnel files ("5 лс") or of permanent keeping ("3 п"), an additional
# inventory ("3 доп"). They are written in Russian notes only.
_WORD_SUFFIXES = {"fond": ("пф",), "opis": ("п", "лс", "доп")}
_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XII", "XIV")

#: The shapes :func:`identifiers` draws from. The first five are common to every style
#: and the default; the others are how archives write numbers in their own finding aids.
IDENTIFIER_SHAPES = (
    "plain",
    "large",
    "zero",
    "prefix",
    "suffix",
    "dotted_prefix",
    "spaced_prefix",
    "word_suffix",
    "slash",
    "hyphen_suffix",
    "bracket",
    "roman",
    "stop_prefix",
)
_COMMON = IDENTIFIER_SHAPES[:5]

# For each level, the largest plain number and the shapes its identifiers come in, as
# many times as they are common.
_SHAPES_OF_LEVEL: dict[str, tuple[int, tuple[str, ...]]] = {
    "fond": (
        9999,
        ("plain",) * 4
        + ("prefix", "prefix", "zero", "suffix", "dotted_prefix", "spaced_prefix", "word_suffix")
        + ("stop_prefix",),
    ),
    "opis": (
        99,
        ("plain",) * 5
        + ("suffix", "large", "word_suffix", "slash", "hyphen_suffix", "bracket", "slash"),
    ),
    "razdel": (20, ("plain", "roman")),
    "korobka": (400, ("plain",)),
    "papka": (500, ("plain",) * 3 + ("zero",)),
    "delo": (4999, ("plain",) * 5 + ("suffix", "zero", "large", "slash")),
    "ed_khr": (999, ("plain",) * 3 + ("large",)),
    "tom": (12, ("plain", "plain", "roman")),
    "chast": (6, ("plain",)),
    "rolik": (9999, ("plain",)),
}


def shapes_of(level: str, allowed: tuple[str, ...]) -> tuple[str, ...]:
    shapes = tuple(shape for shape in _SHAPES_OF_LEVEL[level][1] if shape in allowed)
    return shapes or ("plain",)


@st.composite
def identifier(draw: st.DrawFn, level: str, script: str | None, allowed: tuple[str, ...]) -> str:
    largest = _SHAPES_OF_LEVEL[level][0]
    shape = draw(st.sampled_from(shapes_of(level, allowed)))
    number = draw(st.integers(1, largest))
    if shape == "plain":
        return str(number)
    if shape == "large":  # TsAMO's inventories, GARF's card files
        return str(draw(st.integers(10_000, 999_999)))
    if shape == "zero":  # AVP RF's ministers' secretariats: "f. 06", kept as written
        return "0" + str(draw(st.integers(1, 99)))
    if shape == "roman":  # sections and volumes: "razd. IV", "т. II"
        return draw(st.sampled_from(_ROMAN))
    chosen = pick_script(draw, script)
    column = SCRIPTS.index(chosen)
    prefix = draw(st.sampled_from(_PREFIXES))[column]
    tail = draw(st.sampled_from(_TAILS))[column]
    if shape == "prefix":
        return f"{prefix}-{number}"
    if shape == "dotted_prefix":  # "Р.-1235"
        return f"{prefix}.-{number}"
    if shape == "spaced_prefix":  # "П - 2"
        return f"{draw(st.sampled_from(_SPACED_PREFIXES))[column]} - {number}"
    if shape == "stop_prefix":  # "Р.712", "П. 27": a fond's prefix and a stop alone
        letter = draw(st.sampled_from(_PREFIXES + _SPACED_PREFIXES))[column]
        return f"{letter}.{draw(st.sampled_from(('', ' ')))}{number}"
    if shape == "slash":  # "1/п", "641/1"
        return f"{number}/{draw(st.sampled_from((tail, str(draw(st.integers(1, 9))))))}"
    if shape == "hyphen_suffix":  # "2-р"
        return f"{number}-{tail}"
    if shape == "bracket":  # "1(п)"
        return f"{number}({tail})"
    if shape == "word_suffix" and chosen == "cyrillic":  # "17761 пф", "3 п"
        return f"{number} {draw(st.sampled_from(_WORD_SUFFIXES[level]))}"
    if shape == "word_suffix":
        return str(number)
    suffixes: tuple[tuple[str, str], ...] = _SUFFIXES
    if _YEAR_LIKE.fullmatch(str(number)):
        # "1918г." is a year however it is spaced (the reader's rule): a file "1500г" reads
        # as one before a stop, so a year's number takes another letter.
        suffixes = tuple(pair for pair in _SUFFIXES if pair[0] != "g")
    return f"{number}{draw(st.sampled_from(suffixes))[column]}"


def identifiers(
    level: str = "delo",
    *,
    script: Script | None = None,
    shapes: Collection[str] | None = _COMMON,
) -> st.SearchStrategy[str]:
    """The identifier of one level of a reference, as cited without its label.

    ``level`` is one of :data:`archcite.model.LEVELS` but ``"folios"`` (see :func:`folios`).
    Mostly plain numbers, with the shapes real archives use at that level: GARF's lettered
    fonds (``"R-5446"``, ``"А-513"``), AVP RF's leading zeros (``"06"``), letter suffixes
    (``"1a"``, ``"12б"``) and six-digit inventories. ``script`` fixes the script of the
    letters (``"latin"``: ``R-5446``, ``"cyrillic"``: ``Р-5446``).

    ``shapes`` chooses among :data:`IDENTIFIER_SHAPES`; ``None`` allows all of them, the
    shapes of the archives' own finding aids too: ``"Р.-1235"``, ``"П - 2"``, ``"П. 27"``,
    ``"17761 пф"``, ``"3 п"``, ``"1/п"``, ``"2-р"``, ``"1(п)"`` and Roman numerals for
    sections and volumes (``"IV"``). Word suffixes are Russian and only drawn in Cyrillic.
    A level that has none of the shapes asked for gets plain numbers.

    For example, ``identifiers("fond", script="cyrillic").example()`` may give::

        'Р-5446'
    """
    if level not in _SHAPES_OF_LEVEL:
        raise InvalidArgument(f"level must be one of {', '.join(ID_LEVELS)}, not {level!r}")
    check_script(script)
    allowed = check_choices("shapes", shapes, IDENTIFIER_SHAPES)
    return identifier(level, script, allowed)


@st.composite
def folio_list(
    draw: st.DrawFn, max_items: int, verso: bool, script: str | None, unit: FolioUnit = "leaf"
) -> Folios:
    column = SCRIPTS.index(pick_script(draw, script))
    verso = verso and unit == "leaf"  # a page has no back
    count = draw(st.integers(1, max_items))
    number = draw(st.integers(1, 400))
    items: list[FolioRange] = []
    for _ in range(count):
        kind = draw(st.sampled_from(("single", "single", "range", "range", "suffix")))
        start_verso = verso and draw(st.booleans())
        if kind == "range":
            # "13-14", "5-7ob.", and a leaf with its back (one range in four where it can
            # be one): "52-52ob.", "52-об.", "52 и об."
            back = verso and not start_verso and draw(st.integers(0, 3)) == 0
            length = 0 if back else draw(st.integers(1, 30))
            end_verso = verso and (length == 0 or draw(st.booleans()))
            end = Folio(number + length, verso=end_verso)
            items.append(FolioRange(Folio(number, verso=start_verso), end))
            number += length
        elif kind == "suffix":  # "41a", "52б"
            suffix = draw(st.sampled_from(_FOLIO_SUFFIXES))[column]
            items.append(FolioRange(Folio(number, suffix, verso=start_verso)))
        else:
            items.append(FolioRange(Folio(number, verso=start_verso)))
        number += draw(st.integers(1, 40))
    return Folios(tuple(items), unit=unit)


def folios(
    max_items: int = 3,
    verso: bool = True,
    *,
    script: Script | None = None,
    unit: FolioUnit = "leaf",
) -> st.SearchStrategy[Folios]:
    """Folio lists as cited: single leaves, ranges and letter-suffixed leaves, in order.

    Up to ``max_items`` items (``"13-14, 16"`` is two); ``verso=False`` leaves out the
    backs of leaves (``52ob``). ``script`` fixes the script of suffix letters (``41a`` or
    ``41а``). ``unit="page"`` gives the pages of a file (``С. 15``, ``p. 15``), which have
    no back.

    For example, ``str(folios(max_items=2).example())`` may give::

        '13-14, 52ob'
    """
    if max_items < 1:
        raise InvalidArgument(f"max_items must be at least 1, not {max_items!r}")
    check_script(script)
    if unit not in ("leaf", "page"):
        raise InvalidArgument(f"unit must be 'leaf' or 'page', not {unit!r}")
    return folio_list(max_items, verso, script, unit)
