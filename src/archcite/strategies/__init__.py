"""Hypothesis strategies for archival references and the texts they are written in.

For people who build catalogues, converters and digital editions and want to throw
thousands of realistic Soviet archival references at their own code::

    from hypothesis import given
    from archcite import strategies as ac

    @given(ac.reference_texts(noise=True))
    def test_my_importer_reads_every_reference(pair):
        text, reference = pair
        assert my_importer(text).fond == reference.fond

Every value is built from archcite's own data: archive names come from the registry,
labels from the styles. Importing this module imports Hypothesis (the ``archcite[hypothesis]``
extra); ``import archcite`` never does.

The strategies, from the smallest piece up:

- :func:`archives` — archive tokens as cited (``"TsKhSD"``, ``"ЦХСД"``, ``"AP RF"``).
- :func:`identifiers` and :func:`folios` — the number of one level, and folio lists.
- :func:`archival_references` — whole :class:`~archcite.ArchivalReference` values.
- :func:`reference_texts` and :func:`noisy` — a reference written out in a style, with or
  without the spacing and punctuation of real sources.
- :func:`document_citations` and :func:`footnotes` — notes with references embedded at
  known spans, continuations and ibid forms, and trap words around them.

:func:`same_reference` compares two references up to the script they were written in.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Collection, Sequence
from typing import Any, Literal, TypeVar

try:
    from hypothesis import strategies as st
    from hypothesis.errors import InvalidArgument
except ImportError as error:  # pragma: no cover - exercised in a subprocess by the tests
    raise ImportError(
        "archcite.strategies needs Hypothesis: pip install 'archcite[hypothesis]'"
    ) from error

from .. import registry, translit
from ..levels import LEVELS, complete
from ..model import ArchivalReference, Folio, FolioRange, Folios, Match, StyleOptions
from ..styles import format_in_text, format_reference, style_names

__all__ = [
    "archival_references",
    "archives",
    "document_citations",
    "folios",
    "footnotes",
    "identifiers",
    "noisy",
    "reference_texts",
    "same_reference",
]

Script = Literal["latin", "cyrillic"]
_T = TypeVar("_T")
_Draw = Callable[[st.SearchStrategy[_T]], _T]

_SCRIPTS = ("latin", "cyrillic")
#: The levels that have an identifier (every level but the folios).
_ID_LEVELS = tuple(level for level in LEVELS if level != "folios")


def _check_script(script: str | None) -> None:
    if script is not None and script not in _SCRIPTS:
        raise InvalidArgument(f"script must be 'latin', 'cyrillic' or None, not {script!r}")


# --- archives ------------------------------------------------------------------------


@functools.cache
def _archive_tokens(script: str | None, system: str | None, historical: bool) -> tuple[str, ...]:
    found: dict[str, None] = {}
    for archive in registry.archives():
        for name in archive.names:
            if name.kind not in ("original", "transliteration", "usage"):
                continue  # translations and other names are not acronyms
            if script is not None and name.script != script:
                continue
            if system is not None and name.script == "latin" and name.system not in (None, system):
                continue
            if system is not None and name.kind == "usage":
                continue  # a spelling found in use belongs to no system
            former = archive.successor is not None or name.former
            if former and not historical:
                continue
            for spelling in name.spellings:
                if _is_acronym(spelling):
                    found.setdefault(spelling)
    return tuple(sorted(found))


def _is_acronym(spelling: str) -> bool:
    """An acronym opens with a word of two capitals or more ("TsKhSD", "AP RF"); the
    archival agencies' names ("Rosarkhiv", "Главархив СССР") are not archives a fond is
    cited in, and the grammar does not read them before a shelfmark."""
    first = spelling.split()[0]
    return sum(char.isupper() for char in first) >= 2


def archives(
    script: Script | None = None, system: str | None = None, historical: bool = True
) -> st.SearchStrategy[str]:
    """Archive tokens as they are cited, drawn from archcite's registry.

    ``script`` narrows them to ``"cyrillic"`` (``"ЦХСД"``) or ``"latin"`` (``"TsKhSD"``);
    ``system`` narrows the Latin ones to one transliteration system of
    :data:`archcite.translit.SYSTEMS` (``"iso9"`` gives ``"CHSD"``; names first written in
    Latin letters, such as ``"SAPMO-BArch"``, belong to every system); ``historical=False``
    leaves out former names and archives since merged away, keeping today's names only.
    Only acronyms are drawn: the agencies' names ("Rosarkhiv") are not archives a shelfmark
    is cited in.

    For example, ``archives(script="latin", historical=False).example()`` may give::

        'RGANI'
    """
    _check_script(script)
    if system is not None and system not in translit.SYSTEMS:
        raise InvalidArgument(
            f"system must be one of {', '.join(translit.SYSTEMS)} or None, not {system!r}"
        )
    tokens = _archive_tokens(script, system, historical)
    if not tokens:  # pragma: no cover - the shipped registry always has some
        raise InvalidArgument("no archive in the registry fits these arguments")
    return st.sampled_from(tokens)


# --- identifiers and folios ----------------------------------------------------------

# Letters archives put after a number (1a, 52а) and before one (GARF's R- and A- fonds),
# as pairs of the Latin and Cyrillic forms that transliterate into each other.
_SUFFIXES = (("a", "а"), ("b", "б"), ("v", "в"), ("g", "г"), ("d", "д"))
_FOLIO_SUFFIXES = (("a", "а"), ("b", "б"))  # "52v" would be a verso
_PREFIXES = (("R", "Р"), ("A", "А"))

# For each level, the largest plain number and the shapes its identifiers come in, as
# many times as they are common.
_SHAPES_OF_LEVEL: dict[str, tuple[int, tuple[str, ...]]] = {
    "fond": (9999, ("plain",) * 4 + ("prefix", "prefix", "zero", "suffix")),
    "opis": (99, ("plain",) * 5 + ("suffix", "large")),
    "razdel": (20, ("plain",)),
    "korobka": (400, ("plain",)),
    "papka": (500, ("plain",) * 3 + ("zero",)),
    "delo": (4999, ("plain",) * 5 + ("suffix", "zero", "large")),
    "ed_khr": (999, ("plain",) * 3 + ("large",)),
    "tom": (12, ("plain",)),
    "chast": (6, ("plain",)),
    "rolik": (9999, ("plain",)),
}


def _pick_script(draw: _Draw[Any], script: str | None) -> str:
    return script if script is not None else draw(st.sampled_from(_SCRIPTS))


@st.composite
def _identifier(draw: _Draw[Any], level: str, script: str | None) -> str:
    largest, shapes = _SHAPES_OF_LEVEL[level]
    shape = draw(st.sampled_from(shapes))
    number = draw(st.integers(1, largest))
    if shape == "plain":
        return str(number)
    if shape == "large":  # TsAMO's inventories, GARF's card files
        return str(draw(st.integers(10_000, 999_999)))
    if shape == "zero":  # AVP RF's ministers' secretariats: "f. 06", kept as written
        return "0" + str(draw(st.integers(1, 99)))
    column = _SCRIPTS.index(_pick_script(draw, script))
    if shape == "prefix":
        return f"{draw(st.sampled_from(_PREFIXES))[column]}-{number}"
    return f"{number}{draw(st.sampled_from(_SUFFIXES))[column]}"


def identifiers(level: str = "delo", *, script: Script | None = None) -> st.SearchStrategy[str]:
    """The identifier of one level of a reference, as cited without its label.

    ``level`` is one of :data:`archcite.model.LEVELS` but ``"folios"`` (see :func:`folios`).
    Mostly plain numbers, with the shapes real archives use at that level: GARF's lettered
    fonds (``"R-5446"``, ``"А-513"``), AVP RF's leading zeros (``"06"``), letter suffixes
    (``"1a"``, ``"12б"``) and six-digit inventories. ``script`` fixes the script of the
    letters (``"latin"``: ``R-5446``, ``"cyrillic"``: ``Р-5446``).

    For example, ``identifiers("fond", script="cyrillic").example()`` may give::

        'Р-5446'
    """
    if level not in _SHAPES_OF_LEVEL:
        raise InvalidArgument(f"level must be one of {', '.join(_ID_LEVELS)}, not {level!r}")
    _check_script(script)
    return _identifier(level, script)


@st.composite
def _folio_list(draw: _Draw[Any], max_items: int, verso: bool, script: str | None) -> Folios:
    column = _SCRIPTS.index(_pick_script(draw, script))
    count = draw(st.integers(1, max_items))
    number = draw(st.integers(1, 400))
    items: list[FolioRange] = []
    for _ in range(count):
        kind = draw(st.sampled_from(("single", "single", "range", "range", "suffix")))
        start_verso = verso and draw(st.booleans())
        if kind == "range":
            # "13-14", "5-7ob.", and a leaf with its back: "52-52ob."
            length = draw(st.integers(0 if verso and not start_verso else 1, 30))
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
    return Folios(tuple(items))


def folios(
    max_items: int = 3, verso: bool = True, *, script: Script | None = None
) -> st.SearchStrategy[Folios]:
    """Folio lists as cited: single leaves, ranges and letter-suffixed leaves, in order.

    Up to ``max_items`` items (``"13-14, 16"`` is two); ``verso=False`` leaves out the
    backs of leaves (``52ob``). ``script`` fixes the script of suffix letters (``41a`` or
    ``41а``).

    For example, ``str(folios(max_items=2).example())`` may give::

        '13-14, 52ob'
    """
    if max_items < 1:
        raise InvalidArgument(f"max_items must be at least 1, not {max_items!r}")
    _check_script(script)
    return _folio_list(max_items, verso, script)


# --- references ----------------------------------------------------------------------

# The shapes references come in, as many times as they are common: the usual
# fond/opis'/delo/list, volumes and parts, AVP RF's papka, the box and storage unit of
# library manuscript departments, the storage unit alone of party archives, a microfilm
# reel after the folios.
_REFERENCE_SHAPES: tuple[tuple[str, ...], ...] = (
    ("fond", "opis", "delo", "folios"),
    ("fond", "opis", "delo", "folios"),
    ("fond", "opis", "delo", "folios"),
    ("fond", "opis", "delo"),
    ("fond", "opis", "delo", "tom", "folios"),
    ("fond", "opis", "delo", "chast", "folios"),
    ("fond", "opis", "delo", "tom", "chast", "folios"),
    ("fond", "opis", "razdel", "delo", "folios"),
    ("fond", "opis", "papka", "delo", "folios"),
    ("fond", "korobka", "ed_khr", "folios"),
    ("fond", "korobka", "delo", "folios"),
    ("fond", "opis", "ed_khr", "folios"),
    ("fond", "ed_khr"),
    ("fond", "opis"),
    ("fond", "opis", "delo", "folios", "rolik"),
)


def _script_of(token: str) -> str:
    return "cyrillic" if translit.has_cyrillic(token) else "latin"


def _choose_levels(
    draw: _Draw[Any], allowed: Collection[str], require: Collection[str]
) -> list[str]:
    shape = draw(st.sampled_from(_REFERENCE_SHAPES))
    chosen = {level for level in shape if level in allowed} | set(require)
    # One level at each rank: ed. khr. or delo, papka or box.
    for one, other in (("delo", "ed_khr"), ("korobka", "papka")):
        if one in chosen and other in chosen:
            chosen.discard(one if one not in require else other)
    if not chosen:
        chosen = {draw(st.sampled_from(sorted(allowed)))}
    return [level for level in LEVELS if level in chosen]


@st.composite
def _references(
    draw: _Draw[Any],
    archive_tokens: st.SearchStrategy[str | None],
    allowed: tuple[str, ...],
    require: tuple[str, ...],
    script: str | None,
) -> ArchivalReference:
    token = draw(archive_tokens)
    # Letters inside numbers follow the archive's script: GARF's R-5446, ГАРФ's Р-5446.
    letters = script or (_script_of(token) if token is not None else None)
    values: dict[str, Any] = {}
    if token is not None:
        values["archive"] = token
        values["archive_id"] = registry.archive_id(token)
    for level in _choose_levels(draw, allowed, require):
        if level == "folios":
            values["folios"] = draw(_folio_list(3, True, letters))
        else:
            values[level] = draw(_identifier(level, letters))
    return ArchivalReference(**values)


def archival_references(
    archives: st.SearchStrategy[str | None] | None = None,
    levels: Collection[str] | None = None,
    require: Collection[str] = (),
    *,
    script: Script | None = None,
) -> st.SearchStrategy[ArchivalReference]:
    """Valid :class:`~archcite.ArchivalReference` values in the shapes real citations have.

    The usual fond / opis' / delo / folios, with volumes, parts, sections, AVP RF's papka,
    the box and storage unit of library manuscript departments, a storage unit alone, a
    microfilm reel; identifiers from :func:`identifiers` and folios from :func:`folios`.

    ``archives`` draws the archive token (default: any from :func:`archives`, or none);
    ``archive_id`` is set from the registry exactly as :func:`archcite.parse` sets it.
    ``levels`` limits the levels that may appear; ``require`` names those that must.
    ``script`` fixes the script of letters inside identifiers; left out, they follow the
    archive's script.

    For example, ``archival_references(require=["folios"]).example().format("wilson")`` may give::

        'GARF, F. R-5446, Op. 1, D. 7, Ll. 13-14'

    A papka with no opis' before it is written ``П. 3`` in GOST, which reads as a page:
    keep ``"opis"`` wherever ``"papka"`` is required.
    """
    allowed = tuple(LEVELS) if levels is None else tuple(levels)
    for name in (*allowed, *require):
        if name not in LEVELS:
            raise InvalidArgument(f"unknown level {name!r}; levels are {', '.join(LEVELS)}")
    if not allowed:
        raise InvalidArgument("levels must allow at least one level")
    if {"delo", "ed_khr"} <= set(require) or {"korobka", "papka"} <= set(require):
        raise InvalidArgument("a reference has a delo or an ed. khr., a box or a papka")
    _check_script(script)
    tokens = archives if archives is not None else st.none() | globals()["archives"]()
    required = tuple(level for level in require)
    return _references(tokens, tuple(dict.fromkeys((*allowed, *required))), required, script)


# --- reference texts -----------------------------------------------------------------


@functools.cache
def _style_script(style: str) -> str:
    probe = format_reference(ArchivalReference(archive="GARF", fond="1"), style)
    return "cyrillic" if translit.has_cyrillic(probe) else "latin"


@functools.cache
def _printed_archives(script: str, system: str) -> tuple[str, ...]:
    """The tokens a style in ``script`` and ``system`` prints as they are."""
    return tuple(
        token
        for token in _archive_tokens(script, None, True)
        if registry.respell(token, script, system) == token
    )


def _check_style(style: str | None) -> None:
    if style is not None and style not in style_names():
        known = ", ".join(style_names())
        raise InvalidArgument(f"style must be one of {known} or None, not {style!r}")


# Where the noise goes. Each site gets one of the forms listed, the first being the text
# as the style wrote it, so that a failing example shrinks towards the clean text.
_LABEL_STOP = re.compile(r"(?<=[^\W\d_])\. (?=\d)")  # "F. 3"
# Before a lettered number the label keeps its stop or its space: "F.R-9478" and
# "F R-9478" are as printed, but "FR-9478" could as well be a word.
_PREFIX_STOP = re.compile(r"(?<=[^\W\d_])\. (?=[^\W\d_]-\d)")  # "F. R-9478"
_SEPARATOR_STOP = re.compile(r"(?<=\d)\.(?= )|(?<=\d[^\W\d_])\.(?= )")  # GOST's "89. Оп."
_RANGE_DASH = re.compile(r"(?<=[\d.])[-–](?=\d)")
_SPACE = re.compile(r" ")
_STOP_FORMS = (". ", ".", " ", "")
_DASH_FORMS = ("-", "–", "—", " – ")
_SPACE_FORMS = (" ", "\u00a0", "\u202f", "  ")


def _vary(draw: _Draw[Any], text: str, pattern: re.Pattern[str], forms: Sequence[str]) -> str:
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
def _noisy(draw: _Draw[Any], text: str, archive: str | None) -> str:
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
    return kept + text


def noisy(text: str, archive: str | None = None) -> st.SearchStrategy[str]:
    """``text``, a reference as a style writes it, with the noise of real sources.

    Labels lose their full stop or the space after it (``F.3``, ``F 3``, ``F3``), GOST's
    separating full stops go (``Ф. 89 Оп. 2``), ranges take a hyphen, an en or em dash or a
    spaced dash, spaces become non-breaking, narrow or doubled, and the text ends with a
    full stop or without one. The reference the text names stays the same. ``archive``,
    the archive's name at the start of ``text``, is left as it is: its spaces are part of
    the name as cited.

    For example, ``noisy("TsKhSD, F. 89, Op. 2, D. 5, Ll. 13-14").example()`` may give::

        'TsKhSD, F.89, Op\\xa02, D. 5,  Ll. 13—14.'
    """
    return _noisy(text, archive)


@st.composite
def _reference_text(
    draw: _Draw[Any],
    style: str | None,
    noise: bool,
    transliteration: str | None,
    references: st.SearchStrategy[ArchivalReference] | None,
) -> tuple[str, ArchivalReference]:
    name = style if style is not None else draw(st.sampled_from(style_names()))
    script = _style_script(name)
    system = transliteration or draw(st.sampled_from(translit.SYSTEMS))
    if references is None:
        token = st.none() | st.sampled_from(_printed_archives(script, system))
        reference = draw(_references(token, LEVELS, (), script))
    else:
        reference = draw(references)
    text = format_reference(reference, name, transliteration=system)
    if noise:
        text = draw(_noisy(text, reference.archive))
    return text, reference


def reference_texts(
    style: str | None = None,
    noise: bool = False,
    *,
    transliteration: str | None = None,
    references: st.SearchStrategy[ArchivalReference] | None = None,
) -> st.SearchStrategy[tuple[str, ArchivalReference]]:
    """Pairs ``(text, reference)``: a reference written out in a registered style.

    ``style`` is one of :func:`archcite.styles` (default: any); ``transliteration`` the
    system Latin styles write Cyrillic names in (default: any of
    :data:`archcite.translit.SYSTEMS`). The reference is drawn in the style's own script,
    with an archive name the style prints as it is, so that ``archcite.parse(text) ==
    reference`` exactly. ``references`` draws the references instead; then the text may
    spell the archive and the letters in identifiers in another script than the reference
    (compare with :func:`same_reference`). ``noise=True`` adds the noise of :func:`noisy`.

    For example, ``reference_texts("gost").example()`` may give::

        ('ЦХСД. Ф. 89. Оп. 2. Д. 5. Л. 13–14.', ArchivalReference(archive='ЦХСД', ...))
    """
    _check_style(style)
    if transliteration is not None and transliteration not in translit.SYSTEMS:
        raise InvalidArgument(f"transliteration must be one of {', '.join(translit.SYSTEMS)}")
    return _reference_text(style, noise, transliteration, references)


# --- footnotes -----------------------------------------------------------------------

_PROSE = {
    "latin": (
        "the",
        "committee",
        "discussed",
        "report",
        "on",
        "harvest",
        "plan",
        "was",
        "sent",
        "to",
        "secretariat",
        "minutes",
        "of",
        "meeting",
        "record",
        "shows",
        "that",
        "draft",
        "with",
        "corrections",
        "by",
        "hand",
        "telegram",
        "ambassador",
        "reply",
        "later",
        "copy",
        "original",
        "not",
        "found",
        "also",
        "memorandum",
        "journal",
    ),
    "cyrillic": (
        "протокол",
        "заседания",
        "бюро",
        "записка",
        "о",
        "ходе",
        "уборки",
        "урожая",
        "была",
        "направлена",
        "в",
        "секретариат",
        "проект",
        "постановления",
        "с",
        "правкой",
        "от",
        "руки",
        "телеграмма",
        "посла",
        "ответ",
        "копия",
        "подлинник",
        "не",
        "обнаружен",
        "также",
        "письмо",
        "докладная",
        "справка",
    ),
}
# Words around references that look like parts of one and are not: a work cited earlier,
# a person's initials, a book's page or volume, a protocol number, a date.
_TRAPS = {
    "latin": (
        "op. cit.",
        "op. cit., p. 52",
        "p. 52",
        "pp. 400–401",
        "vol. 2",
        "vol. 2, p. 17",
        "V. N. Chernukha",
        "F. Kozlov",
        "L. Brezhnev",
        "D. Volkogonov",
        "T. Ivanova",
        "Protocol No. 60",
        "as cited in Note 187 supra",
        "27 November 1956",
        "in 1956",
        "CWIHP Bulletin 8-9, p. 400",
        "Stalin, op. cit., vol. 3, p. 12",
    ),
    "cyrillic": (
        "Указ. соч.",
        "Указ. соч. С. 52",
        "С. 52",
        "С. 400–401",
        "Т. 2",
        "Т. 2. С. 17",
        "И. Н. Розанов",
        "Ф. Р. Козлов",
        "Л. И. Брежнев",
        "Д. А. Волкогонов",
        "протокол № 60",
        "27 ноября 1956 г.",
        "в 1956 г.",
        "Вып. 8. С. 400",
    ),
}
_INTRO = {
    "latin": ("See ", "Cited in ", "The original is in ", "Cf. ", "Published from ", "("),
    "cyrillic": ("См.: ", "Цит. по: ", "Подлинник: ", "См. также: ", "("),
}
_IBID = {"latin": ("Ibid., ", "Ibid. "), "cyrillic": ("Там же. ", "Там же, ")}
_JOINERS = {"latin": ("; ", " and "), "cyrillic": ("; ", " и ")}


def _unclosed(reference: ArchivalReference, style: str, system: str = "ala-lc") -> str:
    """A reference as written, without the closing full stop of a style like GOST.

    The stop of a verso mark (``52ob.``, ``52 об.``, ``52 зв.``) is part of the reference;
    the style's layout tells the two apart.
    """
    options = StyleOptions(transliteration=system)
    written = format_in_text(reference, style, options, closed=False)
    if written is not None:
        return written
    # A style registered without a layout: only the commonest verso marks are known.
    written = format_reference(reference, style, options)
    if written.endswith(".") and not written.endswith(("ob.", "об.", "зв.")):
        return written[:-1]
    return written


class _Note:
    """A note being written, with the matches it holds and where they stand."""

    def __init__(self) -> None:
        self.text = ""
        self.matches: list[Match] = []

    def write(self, text: str) -> None:
        self.text += text

    def add(
        self,
        written: str,
        reference: ArchivalReference,
        resolved: ArchivalReference,
        kind: Literal["full", "continuation", "ibid"],
        start: int | None = None,
    ) -> None:
        begin = len(self.text) if start is None else start
        self.text += written
        span = (begin, len(self.text))
        self.matches.append(Match(reference, resolved, kind, span, self.text[begin:]))

    def end_sentence(self) -> None:
        if not self.text.endswith("."):
            self.text += "."


def _partial(draw: _Draw[Any], antecedent: ArchivalReference, script: str) -> ArchivalReference:
    """New lower levels of ``antecedent``'s shape: ``d. 60, l. 11`` after ``…, d. 73, l. 9``."""
    shape = [level for level in antecedent.levels if level != "rolik"]
    cut = draw(st.integers(0, len(shape) - 1))
    values: dict[str, Any] = {}
    for level in shape[cut:]:
        if level == "folios":
            values["folios"] = draw(_folio_list(2, True, script))
        else:
            values[level] = draw(_identifier(level, script))
    return ArchivalReference(**values)


def _is_standalone(reference: ArchivalReference) -> bool:
    """Enough levels that free text reads it as a reference (not a page or a volume)."""
    has_file = reference.delo is not None or reference.ed_khr is not None
    if reference.archive is None:
        return reference.fond is not None and (
            has_file or reference.opis is not None or reference.korobka is not None
        )
    return reference.fond is not None or has_file


def _prose(draw: _Draw[Any], script: str, traps: bool) -> str:
    words = draw(st.lists(st.sampled_from(_PROSE[script]), min_size=2, max_size=8))
    if traps and draw(st.booleans()):
        # Never first: after a reference, "… d. 7. Vol. 2, p. 17" reads as one reference
        # going on to its volume and page, as GOST separates its levels by full stops.
        where = draw(st.integers(1, len(words)))
        words.insert(where, draw(st.sampled_from(_TRAPS[script])))
    sentence = " ".join(words)
    return sentence[0].upper() + sentence[1:] + ". "


@st.composite
def _footnote(
    draw: _Draw[Any], min_refs: int, max_refs: int, style: str | None, traps: bool
) -> tuple[str, list[Match]]:
    name = style if style is not None else draw(st.sampled_from(style_names()))
    script = _style_script(name)
    system = draw(st.sampled_from(translit.SYSTEMS))
    tokens = st.none() | st.sampled_from(_printed_archives(script, system))
    note = _Note()
    count = draw(st.integers(min_refs, max_refs))
    if draw(st.booleans()):
        note.write(_prose(draw, script, traps))
    previous: Match | None = None
    while len(note.matches) < count:
        if previous is None or draw(st.booleans()):
            # A sentence that cites a reference in full.
            reference = draw(_references(tokens, LEVELS, ("fond",), script))
            if not _is_standalone(reference):
                continue
            intro = draw(st.sampled_from(_INTRO[script]))
            note.write(intro)
            written = _unclosed(reference, name, system)
            note.add(written, reference, reference, "full")
        else:
            partial = _partial(draw, previous.resolved, script)
            intro, start = "", len(note.text)
            note.write(draw(st.sampled_from(_IBID[script])))
            written = _unclosed(partial, name)
            note.add(written, partial, complete(previous.resolved, partial), "ibid", start)
        previous = note.matches[-1]
        # What continues it: "; d. 60, l. 11", " and d. 64".
        while len(note.matches) < count and draw(st.booleans()):
            partial = _partial(draw, previous.resolved, script)
            note.write(draw(st.sampled_from(_JOINERS[script])))
            written = _unclosed(partial, name)
            note.add(written, partial, complete(previous.resolved, partial), "continuation")
            previous = note.matches[-1]
        if intro == "(":
            note.write(")")
        note.end_sentence()
        note.write(" ")
        if draw(st.booleans()):
            note.write(_prose(draw, script, traps))
    return note.text.rstrip(), note.matches


def footnotes(
    min_refs: int = 0, max_refs: int = 5, *, style: str | None = None, traps: bool = True
) -> st.SearchStrategy[tuple[str, list[Match]]]:
    """Pairs ``(text, expected_matches)``: a note with references at known places.

    Between ``min_refs`` and ``max_refs`` references, written in one ``style`` (default:
    any), in sentences of prose in the style's language: references in full, the
    continuations that follow them (``; d. 60, l. 11``), and ibid forms (``Ibid., l. 15``,
    ``Там же. Л. 15``). With ``traps`` (the default) the prose holds words that look like
    parts of a reference and are not: ``op. cit.``, initials (``V. N. Chernukha``), a
    book's ``p. 52`` and ``vol. 2``, ``Protocol No. 60``, dates.

    ``expected_matches`` is the list :func:`archcite.extract` should return, exactly:
    :class:`~archcite.Match` values with the reference as written, the reference resolved
    from its antecedent, the kind and the span.

    For example, ``footnotes(min_refs=2, style="wilson").example()`` may give::

        ('See TsKhSD, F. 89, Op. 2, D. 5, Ll. 13-14; D. 6, L. 2. Minutes of p. 52 was sent.',
         [Match(..., kind='full', span=(4, 41), ...), Match(..., kind='continuation', ...)])
    """
    if min_refs < 0 or max_refs < min_refs:
        raise InvalidArgument(f"need 0 <= min_refs <= max_refs, not {min_refs}, {max_refs}")
    _check_style(style)
    return _footnote(min_refs, max_refs, style, traps)


# --- citations of documents ----------------------------------------------------------

_TITLES = {
    "latin": (
        "Shifrtelegramma",
        "Zapiska",
        "Informatsiya",
        "Postanovlenie Prezidiuma TsK KPSS",
        "Working Notes from the Session of the CPSU CC Presidium",
        "Vypiska iz protokola No. 60 zasedaniya Prezidiuma TsK KPSS",
        "Letter to Stalin",
    ),
    "cyrillic": (
        "Письмо",
        "Записка",
        "Докладная записка о ходе уборки урожая",
        "Справка",
        "Шифртелеграмма",
        "Выписка из протокола № 60 заседания Президиума ЦК КПСС",
    ),
}
_MONTHS = ("January", "March", "May", "July", "September", "November")
_RU_MONTHS = ("января", "марта", "мая", "июля", "сентября", "ноября")
_CLASSIFICATIONS = ("Top Secret", "Strictly Secret", "Secret")
_AUTHORS = ("Розанов И.Н.", "Куфаев М. Н.", "Полторацкий С.Д.")


@st.composite
def _document_citation(draw: _Draw[Any], style: str | None) -> tuple[str, list[Match]]:
    name = style if style is not None else draw(st.sampled_from(style_names()))
    script = _style_script(name)
    system = draw(st.sampled_from(translit.SYSTEMS))
    tokens = st.sampled_from(_printed_archives(script, system))
    title = draw(st.sampled_from(_TITLES[script]))
    day, year = draw(st.integers(1, 28)), draw(st.integers(1945, 1991))
    month = draw(st.integers(0, len(_MONTHS) - 1))
    if script == "latin":
        shape = draw(st.sampled_from(("wilson", "cwihp", "chicago")))
        if shape == "wilson":
            before = f'"{title}", {_MONTHS[month]} {day}, {year}, Wilson Center Digital Archive, '
            after = ", compiled by V. N. Chernukha. Published in CWIHP Bulletin 8-9, p. 400"
        elif shape == "cwihp":
            classification = draw(st.sampled_from(_CLASSIFICATIONS))
            before = f"See “{title},” {day} {_MONTHS[month]} {year} ({classification}), in "
            after = "."
        else:
            before, after = f"“{title},” {_MONTHS[month]} {day}, {year}, ", "."
    else:
        author = draw(st.sampled_from(_AUTHORS))
        date = f"{day} {_RU_MONTHS[month]} {year} г."
        before, after = f"{author} {title} от {date} // ", "."
    note = _Note()
    note.write(before)
    reference = draw(_references(tokens, LEVELS, ("fond",), script))
    written = _unclosed(reference, name, system)
    note.add(written, reference, reference, "full")
    if draw(st.booleans()):
        partial = _partial(draw, reference, script)
        note.write(draw(st.sampled_from(_JOINERS[script])))
        note.add(
            _unclosed(partial, name),
            partial,
            complete(reference, partial),
            "continuation",
        )
    # After a verso mark (52ob.) the citation's closing full stop is already there.
    note.write(after[1:] if after.startswith(".") and note.text.endswith(".") else after)
    return note.text, note.matches


def document_citations(style: str | None = None) -> st.SearchStrategy[tuple[str, list[Match]]]:
    """Pairs ``(text, expected_matches)``: the citation of one archival document.

    The shapes of the Wilson Center Digital Archive (``"Title", November 27, 1956, Wilson
    Center Digital Archive, TsKhSD, F. 3, …, compiled by V. N. Chernukha. Published in
    CWIHP Bulletin 8-9, p. 400``), of the CWIHP Bulletin's notes (``See “Zapiska,” 3 March
    1957 (Top Secret), in …``), of a Chicago note, and of GOST (``Розанов И.Н. Письмо от
    30 июня 1939 г. // ГАРФ. Ф. А-513. …``); the reference in ``style`` (default: any),
    sometimes with a continuation. ``expected_matches`` is what :func:`archcite.extract`
    should return.

    For example, ``document_citations("gost").example()[0]`` may give::

        'Розанов И.Н. Письмо от 30 июня 1939 г. // ГАРФ. Ф. А-513. Оп. 1. Д. 12. Л. 14.'
    """
    _check_style(style)
    return _document_citation(style)


# --- comparing -----------------------------------------------------------------------


def _latin(value: str) -> str:
    return translit.to_latin(value, "ala-lc") if translit.has_cyrillic(value) else value


@functools.cache
def _names_by_key() -> dict[str, tuple[str, int]]:
    """Every spelling's lookup key, and the registry name it spells: (entry id, index)."""
    names: dict[str, tuple[str, int]] = {}
    for archive in registry.archives():
        for name in archive.names:
            for spelling in name.spellings:
                names.setdefault(registry.lookup_key(spelling), (archive.id, name.index))
    return names


def _archive_key(token: str | None) -> object:
    """Which of the registry's names ``token`` spells, in any script or system.

    ``"TsKhSD"``, ``"ЦХСД"`` and ``"CHSD"`` are one name; ``"RGANI"`` another name of the
    same archive. A token the registry does not know is compared by its letters in Cyrillic.
    """
    if token is None:
        return None
    known = _names_by_key().get(registry.lookup_key(token))
    if known is not None:
        return known
    return registry.lookup_key(translit.acronym_to_cyrillic(token))


def _folio_key(folio: Folio | None) -> tuple[int, str, bool] | None:
    return None if folio is None else (folio.number, _latin(folio.suffix), folio.verso)


def same_reference(a: ArchivalReference, b: ArchivalReference) -> bool:
    """True where ``a`` and ``b`` name the same shelfmark, whatever script each is in.

    A reference written in a Latin style and read back has its archive and the letters in
    its identifiers in Latin (``TsKhSD``, ``R-5446``, ``41a``); in GOST, in Cyrillic
    (``ЦХСД``, ``Р-5446``, ``41а``). This compares the registry id, the archive's name
    (the same name in any script or transliteration system), every level with its letters
    transliterated, and the folios. Two spellings of one name (``"ЦА МО РФ"`` and
    ``"TsAMO"``) are the same archive; two names of it (``"TsKhSD"``, ``"RGANI"``) are not.

    >>> from archcite import parse
    >>> same_reference(parse("TsKhSD, F. R-89, D. 5a"), parse("ЦХСД. Ф. Р-89. Д. 5а."))
    True
    >>> same_reference(parse("TsKhSD, F. 89"), parse("RGANI, F. 89"))  # another name
    False
    """
    if a.archive_id != b.archive_id or _archive_key(a.archive) != _archive_key(b.archive):
        return False
    for level in _ID_LEVELS:
        one, other = getattr(a, level), getattr(b, level)
        if (one is None) != (other is None):
            return False
        if one is not None and _latin(one) != _latin(other):
            return False
    if (a.folios is None) != (b.folios is None):
        return False
    if a.folios is None or b.folios is None:
        return True
    keys = [[(_folio_key(r.start), _folio_key(r.end)) for r in f] for f in (a.folios, b.folios)]
    return keys[0] == keys[1]


def _hypothesis_setup_hook() -> None:
    """Called by Hypothesis through the ``hypothesis`` entry point: ``st.from_type`` of
    archcite's values draws from the strategies above."""
    st.register_type_strategy(ArchivalReference, archival_references())
    st.register_type_strategy(Folios, folios())
