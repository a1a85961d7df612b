"""One archival reference: an optional archive phrase, then a body, and :func:`parse`.

The body is a run of labelled levels in any order (:mod:`.run`), a compact shelfmark
after an archive (``558/11/1121``, ``558.11.702.6–12``, ``17, 3, 410, 22–24``), a case
file's number (``ЦА ФСБ Р-33538``), or levels with their numbers first after an archive,
as Latvian notes write them (``LVA, 101. f., 1. apr., 12. l.``). The archive is an
acronym, a registry name or an archive phrase (:mod:`.archives`), before the body or after
it.

The same pattern pieces make a pyparsing grammar, :func:`grammar`, whose named elements
explain where a text stops being a reference and what was expected there; the readers
use the compiled patterns directly, so no pyparsing call is made for a text that reads.

>>> parse("TsKhSD, F. 89, Op. 2, D. 5, Ll. 13-14").to_dict()["folios"]
'13-14'
>>> parse("ф. 5, т. 2, оп. 1, д. 7").to_dict()
{'fond': '5', 'opis': '1', 'delo': '7', 'tom': '2'}
"""

from __future__ import annotations

import functools
import re
from typing import Any, NamedTuple

import pyparsing as pp

from .._compiled import compiled
from ..errors import ParseError
from ..levels import LEVEL_RANK
from ..model import ArchivalReference
from ..registry import archive_id
from .archives import CITY_AFTER, ArchiveFound, archive_after, is_archive_phrase, with_stop
from .clean import Cleaned
from .labels import LABELS, PAGE_LABELS, PAPKA_OR_PAGE, SPELLINGS, label_pattern, level_of
from .patterns import (
    ACRONYM,
    ARCHIVE_PATTERN,
    CAPITALS,
    DASH,
    FOLIO_LIST_PATTERN,
    IDENTIFIER_PATTERN,
    LABEL_HYPHEN,
    LETTER,
    LEVEL_IN_CAPITALS,
    LOWER,
    NAME_LETTER,
    NOT_A_DATE,
    NOT_A_DAY,
    NUMERO,
    WHITESPACE,
    YEAR_NOTE,
    archive_pattern,
    cited_archive,
)
from .run import (
    LEVEL_TOKEN_PATTERN,
    Level,
    Segment,
    expand_range_end,
    is_word,
    leaves_after_file,
    number_first_at,
    parse_folios,
    read_run,
)

__all__ = [
    "CASE_FILE_WORDS",
    "PLAIN_ARCHIVE",
    "PLAIN_CAPITALS",
    "PLAIN_COMPACT",
    "PLAIN_LETTERS",
    "PLAIN_LEVELS",
    "ParsedReference",
    "build",
    "compact_at",
    "expand_range_end",
    "grammar",
    "number_first_at",
    "parse",
    "parse_folios",
    "plain_reference",
    "spans",
]


# A named tuple, as the run reader's values are: one is made for every reference read.
class ParsedReference(NamedTuple):
    """A reference read from text, with where it starts and ends.

    ``skipped`` are spans inside it the model has no place for (a year between levels,
    a bundle's number): text a rewriter must not drop.
    """

    reference: ArchivalReference
    start: int
    end: int
    #: Read from a compact shelfmark (558/11/1121) rather than from labels.
    compact: bool = False
    skipped: tuple[tuple[int, int], ...] = ()


def build(
    text: str, segment: Segment | None, archive: str | None, extra: dict[str, Any] | None = None
) -> ArchivalReference:
    """The reference a segment of levels and an archive token make.

    Raises :class:`ParseError` at a folio range that runs backwards.
    """
    values: dict[str, Any] = dict(extra or {})
    if archive is not None:
        values["archive"] = archive
        values["archive_id"] = archive_id(archive)
    if segment is not None:
        values.update(segment_values(text, segment))
    return ArchivalReference(**values)


def segment_values(text: str, segment: Segment) -> dict[str, Any]:
    """The model's values of a segment's levels: folios read into :class:`Folios`.

    Raises :class:`ParseError` at a folio range that runs backwards.
    """
    values: dict[str, Any] = {}
    for level in segment.levels:
        if level.level in ("folios", "page"):
            values["folios"] = _folios_at(
                text, level.value, level.value_start, "page" if level.level == "page" else "leaf"
            )
        else:
            value = level.value
            if "\n" in value:  # broken at a line's end: "R-\n5446" is R-5446
                value = _LINE_BREAK_RE.sub(lambda found: found[1] or " ", value)
            values[level.level] = value
            if level.title is not None:
                values["title"] = level.title
    return values


# A line break inside an identifier, with the hyphen before it, if any.
_LINE_BREAK_RE = compiled(r"(-?)[^\S\n]*\n\s*")


def _folios_at(text: str, value: str, position: int, unit: Any = "leaf") -> Any:
    try:
        return parse_folios(value, unit)
    except ValueError as error:
        raise ParseError(
            text, position, "a folio range that runs forwards", str(error).capitalize()
        ) from None


# --- compact shelfmarks and case files ---------------------------------------------

# (A label in small letters with its hyphen is no prefix: "ф-5446, оп-1, д-70" is labelled.)
_LABELLED = label_pattern(LABELS["fond"] + LABELS["opis"] + LABELS["delo"] + LABELS["folios"])
_CID = rf"(?:(?!{_LABELLED}{LABEL_HYPHEN})[{CAPITALS}]{{1,2}}-)?\d+[{CAPITALS}{LOWER}]?(?!{LETTER})"
# Pages after a compact shelfmark and a comma ("APRF, 3/63/223, 1–3") are not a year alone
# ("RGASPI 558.11.1668, 1941 was …").
_NOT_A_YEAR = rf"(?!(?:1[89]\d\d|20[0-4]\d)(?![\d\w])(?!\s*[{DASH}]\s*\d))"
_COMPACT_PATTERN = (
    rf"(?:[,:]\s*)?(?P<fond>{_CID})(?:"
    # 558/11/1121, 558.11.702.6–12, 7523c-149a-2.1–6, 17:3:870: one separator throughout;
    # a stop and a space, as GOST separates levels, too: "РГИА. 468. 43. 7. Л. 60"
    rf"(?P<sep>[./:{DASH}]|\.\x20)(?P<opis>{_CID})(?P=sep)"
    rf"(?P<delo>{_CID}|[{CAPITALS}]{{2,8}}(?!{LETTER}))"
    # "17, 3, 410, 22–24": commas, three numbers at least
    # (the last no day before its month: "Спр. 301, 321, 322, 2 июля 1918 г." is a list)
    rf"|,\s?(?P<c_opis>{_CID}),\s?{NOT_A_DAY}(?P<c_delo>{_CID})(?!\s*[./]\d)"
    # 17/3: fond and opis alone
    rf"|/(?P<opis2>{_CID})(?![./{DASH}]\d)"
    # "495 270 1234", as French notes (the Maitron) write them: spaces, three numbers
    rf"|\x20(?P<s_opis>{_CID})\x20(?P<s_delo>{_CID})(?![./:{DASH}]?\d))"
    # a year the file covers: "337/1/5 (1922)"
    rf"(?:\s?(?P<year>\((?:1[5-9]\d\d|20[0-4]\d)\)))?"
    # the folios after the separator, a stop, a comma or a colon ("5446/1/70: 3"), on the
    # same line (the next note's number is none: "3.06.1918.\n2) …")
    rf"(?:(?:(?P=sep)|\.[^\S\n]?|(?:,[^\S\n]*|:[^\S\n]?){_NOT_A_YEAR}{NOT_A_DATE}(?!\d+[./]\d))"
    rf"(?P<folios>{FOLIO_LIST_PATTERN}))?"
)
_COMPACT_RE = compiled(_COMPACT_PATTERN, re.IGNORECASE)
#: The words that call a file an archive's case file just before its label: "Архивное
#: дело: П-1234", "Арх. уголовное дело № 5678", "Архивно-следственное дело 12345",
#: "archival criminal case no. 5678". They make a file alone a reference, and are read past.
CASE_FILE_WORDS = (
    r"(?:архивн\w*(?:-следственн\w*)?|арх\.|archival)\s*"
    r"(?:(?:уголовн|следственн|criminal|investigat)\w*\s*)?"
)
_CASE_FILE_WORDS_AT_RE = compiled(CASE_FILE_WORDS, re.IGNORECASE)
# The same words at the end of an archive's phrase, and the marks before them.
_CASE_FILE_WORDS_END_RE = compiled(rf"[\s,.:;]*(?<!\w){CASE_FILE_WORDS}\Z", re.IGNORECASE)
# An investigation file cited by its number alone: "ЦА ФСБ Р-33538, Л. 43об.".
_CASE_FILE_RE = compiled(rf"(?:[,:]\s*)?(?P<id>[{CAPITALS}]{{1,2}}[{DASH}]\d+)(?![\w/.{DASH}]*\d)")


def compact_at(text: str, position: int) -> re.Match[str] | None:
    """A compact shelfmark at ``position`` (after an archive), or None."""
    match = _COMPACT_RE.match(text, position)
    return match if match is not None and _inventory(match) else None


# The groups of the compact pattern an inventory may stand in, one for each shape.
_INVENTORY_GROUPS = ("opis", "c_opis", "opis2", "s_opis")


def _inventory(match: re.Match[str]) -> str | None:
    """The inventory a match of the compact pattern gives: none where it read a number
    alone."""
    return next((match[group] for group in _INVENTORY_GROUPS if match[group]), None)


def compact_values(text: str, match: re.Match[str]) -> dict[str, Any]:
    """The levels a compact shelfmark gives."""
    values: dict[str, Any] = {"fond": match["fond"]}
    values["opis"] = _inventory(match)
    delo = match["delo"] or match["c_delo"] or match["s_delo"]
    if delo:
        values["delo"] = delo
    if match["folios"]:
        values["folios"] = _folios_at(text, match["folios"], match.start("folios"))
    return values


# --- one whole reference --------------------------------------------------------------

_SEPARATOR_RE = compiled(
    rf"\s*\(\s*|(?:\s*[,.:]\s*|\s+)(?:[{DASH}]\s*)?(?:{YEAR_NOTE}\s*[,.]?\s*)?"
)
_END_RE = compiled(r"\s?[.;]?\s*\Z")
# The year of a file after its reference, which the model has no place for: "Д. 7. 1931 г.",
# "Д. 7 (1931 г.)".
_TRAILING_YEAR_RE = compiled(rf"\s*[,.]?\s*{YEAR_NOTE}")
_ACRONYM_AT_RE = compiled(ARCHIVE_PATTERN)
_DIVISION_AT_RE = compiled(rf"[.,]\s?{ACRONYM}")
_CITY_AFTER_RE = compiled(CITY_AFTER)
_LEVEL_IN_CAPITALS_RE = compiled(LEVEL_IN_CAPITALS)
_CITY_AT_END_RE = compiled(rf"{CITY_AFTER}\Z")
# What stands between an archive's name and its first level (see _SEPARATOR_RE).
_HEAD_END_RE = compiled(rf"(?:\s*[,.:(]\s*|\s+)(?:[{DASH}]\s*)?(?:{YEAR_NOTE}\s*[,.]?\s*)?\Z")
_LEVEL_RE = compiled(LEVEL_TOKEN_PATTERN, re.IGNORECASE)


@functools.cache
def _first_level_re() -> re.Pattern[str]:
    """The first level in a text, at the start of a word (compiled on first need: only
    parse() and the markup's spans ask for it, see _fast_re)."""
    return compiled(rf"(?<![^\W\d_])(?:{LEVEL_TOKEN_PATTERN})", re.IGNORECASE)


# Every spelling of every label (the table's keys are spellings without their stops and
# spaces, which "ed. khr." is not).
_EVERY_LABEL = SPELLINGS + PAPKA_OR_PAGE
_LABEL_ONLY_RE = compiled(
    rf"(?P<label>{label_pattern(_EVERY_LABEL)})(?:\.|(?!{LETTER}))\s*", re.IGNORECASE
)
# What the messages call each level.
_LEVEL_NAMES = {
    "fond": "The fond",
    "opis": "The opis'",
    "razdel": "The section (razdel)",
    "korobka": "The box (korobka)",
    "papka": "The folder (papka)",
    "papka_or_page": "The folder or page (P.)",
    "delo": "The file (delo)",
    "ed_khr": "The storage unit (ed. khr.)",
    "tom": "The volume (tom)",
    "chast": "The part (chast')",
    "folios": "The folios",
    "page": "The pages",
    "rolik": "The reel (rolik)",
}


class _Body(NamedTuple):
    """What follows an archive: the levels, where they end, spans the model skips."""

    values: dict[str, Any]
    segments: tuple[Segment, ...]
    end: int
    compact: bool
    skipped: tuple[tuple[int, int], ...]
    #: Where a level given a second time opens the next reference, if one does.
    repeat: int | None = None


def read_body(text: str, position: int, *, allow_compact: bool) -> _Body | None:
    """The levels at ``position``: a compact shelfmark or case file (after an archive,
    with labelled levels after it or not), levels with their numbers first (after an
    archive) or a run of labelled levels."""
    values: dict[str, Any] = {}
    compact = False
    skipped: list[tuple[int, int]] = []
    end = position
    if allow_compact:
        match = compact_at(text, position)
        if match is not None:
            values = compact_values(text, match)
            if match["year"]:
                skipped.append(match.span("year"))
            compact, end = True, match.end()
        else:
            # The number first before a case file: "LVA, PA-15. f." is a fond.
            first = number_first_at(text, position)
            if first is not None:
                values, end = segment_values(text, first), first.end
            else:
                case = _CASE_FILE_RE.match(text, position)
                if case is not None:
                    values, end = {"delo": case["id"]}, case.end()
        if values:
            separator = _SEPARATOR_RE.match(text, end)
            after = separator.end() if separator else end
            run = read_run(text, after)
            if "folios" not in values:
                # "GARF, 9401/1/4157, f. 201–205": the letter names the file's leaves
                leaves = leaves_after_file(text, after, frozenset(values))
                if leaves is not None:
                    run = leaves
            if run.segments:
                if not any(level.level in values for level in run.segments[0].levels):
                    return _Body(
                        values,
                        run.segments,
                        run.end,
                        compact,
                        tuple(skipped) + run.segments[0].skipped,
                        run.repeat,
                    )
                below = _below(values, run.segments[0])
                if below is not None:
                    head, repeat = below
                    return _Body(
                        values, (head,), head.end, compact, tuple(skipped) + head.skipped, repeat
                    )
                # A level given again opens the next reference of a list; one in brackets
                # is a reference of its own: "LVA, 1. f., 2. l. (f. 3, b. 4)".
                again = None if "(" in text[end:after] else run.segments[0].start
                return _Body(values, (), end, compact, tuple(skipped), again)
            return _Body(values, (), end, compact, tuple(skipped))
    run = read_run(text, position)
    if not run.segments or run.segments[0].start != position:
        return None
    return _Body({}, run.segments, run.end, False, run.segments[0].skipped, run.repeat)


def _below(values: dict[str, Any], segment: Segment) -> tuple[Segment, int] | None:
    """The levels of ``segment`` that a shelfmark read before it (``values``) lacks, up to
    the first it has, where they all lie below its lowest: "CGAIPD: 32, 12, 95, ll. 102. –
    D. 1293" is the file's leaves, and then the next file. With them, where that first
    level given again starts (the next reference of a list); None where there are none."""
    levels = sorted(segment.levels, key=lambda level: level.label_start)
    lowest = max(LEVEL_RANK.get(level, -1) for level in values)
    head: list[Level] = []
    for level in levels:
        if level.level in values:
            break
        if LEVEL_RANK.get(level.level, LEVEL_RANK["folios"]) <= lowest:
            return None
        head.append(level)
    if not head or len(head) == len(levels):
        return None
    end = head[-1].end
    skipped = tuple(span for span in segment.skipped if span[1] <= end)
    return Segment(tuple(head), segment.start, end, skipped), levels[len(head)].label_start


def _after_archive(text: str, end: int) -> int:
    """Where the levels start after an archive that ends at ``end``: past a separator and a
    city, if one is named ("RGASPI, Moscow, 17/3/870")."""
    city = _CITY_AFTER_RE.match(text, end)
    if city is not None:
        end = city.end()
    separator = _SEPARATOR_RE.match(text, end)
    return separator.end() if separator else end


def _leading_archive(text: str, position: int) -> ArchiveFound | None:
    """The archive a whole reference opens with: an acronym, or a phrase up to its levels."""
    acronym = _ACRONYM_AT_RE.match(text, position)
    if acronym is not None and _LEVEL_IN_CAPITALS_RE.match(text, position) is not None:
        acronym = None  # a level: "ТОМ VI. Ф. 1014"
    found = None if acronym is None else _acronym_found(text, position, acronym)
    if found is not None:
        after = _after_archive(text, found.end)
        if (
            compact_at(text, after)
            or _CASE_FILE_RE.match(text, after)
            or _LEVEL_RE.match(text, after)
            or after >= len(text.rstrip())
        ):
            return found
    first = _first_level_re().search(text, position)
    if first is not None:
        head = text[position : first.start()]
        # (and the words of a case file: "Архив УФСБ по Омской обл., арх. уголовное дело …")
        head = _HEAD_END_RE.sub("", _CASE_FILE_WORDS_END_RE.sub("", head))
        # (a city after the name may be part of it: "Central State Historical Archive of
        # Ukraine, Kyiv" is not the one in Lviv)
        for name in (head, _CITY_AT_END_RE.sub("", head)):
            end = with_stop(text, position + len(name))
            phrase = is_archive_phrase(text[position:end])
            if phrase is not None:
                return ArchiveFound(phrase, position, end)
    return found


def _acronym_found(text: str, position: int, acronym: re.Match[str]) -> ArchiveFound:
    """The archive an acronym at ``position`` names, with a division after it where the two
    are a name the registry holds: "IRLI, RO 39/2/8", "РГБ. НИОР 218/1/5"."""
    division = _DIVISION_AT_RE.match(text, acronym.end())
    if division is not None and archive_id(text[position : division.end()]) is not None:
        return ArchiveFound(text[position : division.end()], position, division.end())
    return ArchiveFound(cited_archive(acronym.group(), acronym["former"]), position, acronym.end())


# --- where each part of a reference stands ------------------------------------------------


def spans(text: str) -> list[tuple[str, int, int]] | None:
    """``(part, start, end)`` for the archive and each level of the one reference ``text``
    holds, in text order: what a markup of its parts (TEI's ``<msIdentifier>``) needs.

    Parts are ``"archive"``, the levels of the model (``"fond"``, ``"folios"`` …) and
    ``"skipped"`` for words read past. None where ``text`` is no whole reference.

    >>> text = "TsKhSD, F. 89, Ll. 13-14"
    >>> [(part, text[start:end]) for part, start, end in spans(text)]
    [('archive', 'TsKhSD'), ('fond', 'F. 89'), ('folios', 'Ll. 13-14')]
    """
    position = len(text) - len(text.lstrip(WHITESPACE))
    found: list[tuple[str, int, int]] = []
    body = read_body(text, position, allow_compact=False)
    if body is None:
        archive = _leading_archive(text, position)
        if archive is not None:
            found.append(("archive", archive.start, archive.end))
            separator = _SEPARATOR_RE.match(text, archive.end)
            after = separator.end() if separator else archive.end
        elif compact_at(text, position) is not None:  # a compact continuation: "9401/12/319"
            after = position
        else:
            return None
        compact = compact_at(text, after)
        if compact is not None:
            for group, name in _COMPACT_GROUPS:
                if compact[group]:
                    found.append((name, compact.start(group), compact.end(group)))
        else:
            first = number_first_at(text, after)
            for read in first.levels if first is not None else ():
                name = "folios" if read.level == "page" else read.level
                found.append((name, read.label_start, read.end))
        body = read_body(text, after, allow_compact=True)
        if body is None:
            return None
    for segment in body.segments[:1]:
        for read in segment.levels:
            name = "folios" if read.level == "page" else read.level
            found.append((name, read.label_start, read.end))
    found.extend(("skipped", start, end) for start, end in body.skipped)
    if not any(part == "archive" for part, _, _ in found):
        trailing = archive_after(text, body.end)
        if trailing is not None:
            found.append(("archive", trailing.start, trailing.start + len(trailing.token)))
    return sorted(found, key=lambda item: item[1])


_COMPACT_GROUPS = (
    ("fond", "fond"), ("opis", "opis"), ("c_opis", "opis"), ("opis2", "opis"),
    ("s_opis", "opis"), ("delo", "delo"), ("c_delo", "delo"), ("s_delo", "delo"),
    ("folios", "folios"),
)  # fmt: skip


# --- the fast path: the commonest order of levels in one compiled pattern ---------------

_FAST_LABEL_END = rf"(?:\.(?:\s?\.)?|,(?=\s*\d)|{LABEL_HYPHEN}|(?!{LETTER}))"
_FAST_TITLE = r"(?:\s?\((?-i:(?=[^()]*[a-zа-яёіїєґ]))(?P<title>[^()\d]{1,80})\))?"

# Each level in the order of the hierarchy, optional, with its label in a group of its own;
# "P."/"П." stands in the papka's place before a file and in the folios' place after it,
# as the run reader tells them apart. Built from the same tables and pieces as the run.
_FAST_SEPARATOR = rf"(?:\s*[,.:]?\s*(?:[{DASH}]\s*(?![{DASH}]))?)"
_FAST_SLOTS = (
    ("fond", LABELS["fond"], IDENTIFIER_PATTERN),
    ("opis", LABELS["opis"], IDENTIFIER_PATTERN),
    ("razdel", LABELS["razdel"], IDENTIFIER_PATTERN),
    ("korobka", LABELS["korobka"], IDENTIFIER_PATTERN),
    ("papka", LABELS["papka"] + PAPKA_OR_PAGE, IDENTIFIER_PATTERN),
    ("delo", LABELS["delo"], IDENTIFIER_PATTERN),
    ("ed_khr", LABELS["ed_khr"], IDENTIFIER_PATTERN),
    ("tom", LABELS["tom"], IDENTIFIER_PATTERN),
    ("chast", LABELS["chast"], IDENTIFIER_PATTERN),
    ("folios", LABELS["folios"] + PAGE_LABELS + PAPKA_OR_PAGE, FOLIO_LIST_PATTERN),
    ("rolik", LABELS["rolik"], IDENTIFIER_PATTERN),
)
_FAST_LEVELS = "".join(
    rf"(?:(?P<L_{level}>{label_pattern(labels)}){_FAST_LABEL_END}\s*{NUMERO}"
    # Atomic, as the run reader takes each value once and never gives part of it back.
    rf"(?P<{level}>(?>{value})){_FAST_TITLE if level == 'fond' else ''}{_FAST_SEPARATOR})?"
    for level, labels, value in _FAST_SLOTS
)
# These patterns are the largest archcite compiles (a few tenths of a second together),
# and only parse() uses them: each is compiled when it is first asked for, so that a
# program that only finds references in text (extract, the normalise command) does not
# wait for them at import.


@functools.cache
def _fast_re() -> re.Pattern[str]:
    return compiled(
        rf"\s*(?:(?!{LEVEL_IN_CAPITALS})(?-i:(?P<archive>{ARCHIVE_PATTERN}))(?:\s*[,.:]\s*|\s+)"
        rf"(?:[{DASH}]\s*)?)?{_FAST_LEVELS}[.;]?\s*",
        re.IGNORECASE,
    )


@functools.cache
def _fast_compact_re() -> re.Pattern[str]:
    return compiled(
        rf"\s*(?P<archive>{ARCHIVE_PATTERN})\s*{_COMPACT_PATTERN}[.;]?\s*", re.IGNORECASE
    )


# What an acronym opens with, in the case it is written in: a word with two capitals.
# The case-blind pattern above tries every split of any opening word before it fails.
_TWO_CAPITALS_RE = compiled(rf"\s*[{CAPITALS}]{NAME_LETTER}*?[{CAPITALS}]")


@functools.cache
def _fast_body_re() -> re.Pattern[str]:
    """The levels of :func:`_fast_re` after an archive named by a phrase, which the run
    reader's look-up finds."""
    return compiled(rf"{_FAST_LEVELS}[.;]?\s*", re.IGNORECASE)


_FILE = frozenset(("delo", "ed_khr"))


def _level_groups(pattern: re.Pattern[str]) -> tuple[tuple[str, int, int], ...]:
    """Each level's name and the numbers of its value's and its label's groups, in order."""
    index = pattern.groupindex
    return tuple((level, index[level], index[f"L_{level}"]) for level, _, _ in _FAST_SLOTS)


# (Worked out once for each pattern. A look-up keyed by the pattern itself would hash its
# whole compiled code at every call.)
@functools.cache
def _fast_groups() -> tuple[tuple[str, int, int], ...]:
    return _level_groups(_fast_re())


@functools.cache
def _fast_body_groups() -> tuple[tuple[str, int, int], ...]:
    return _level_groups(_fast_body_re())


def _fast(text: str) -> ArchivalReference | None:
    """The reference a text in the commonest order of levels holds, read by one pattern;
    None where the text needs the run reader (any other order, a compact shelfmark with
    levels after it) or holds an error it must explain."""
    match = _fast_re().fullmatch(text)
    if match is None:
        # A phrase is looked for as the run reader looks for it, through the whole text:
        # in a long one, whatever it is, that is left to the run reader alone.
        return _fast_compact(text) or (_fast_phrase(text) if len(text) <= 300 else None)
    values = _fast_values(text, match, _fast_groups())
    if values is None:
        return None
    archive = match["archive"]
    if archive is not None:
        token = cited_archive(archive, match["former"])
        values["archive"] = token
        values["archive_id"] = archive_id(token)
    return ArchivalReference(**values)


def _fast_values(
    text: str,
    match: re.Match[str],
    level_groups: tuple[tuple[str, int, int], ...],
    *,
    slots: bool = False,
) -> dict[str, Any] | None:
    """The levels a match of the fast pattern read, as the run reader would read them;
    None where it would read them otherwise or explain an error. ``slots`` leaves to
    the run reader also the levels it reads as one given twice or tells apart by the
    levels around them: "P." with no file before it or after a papka, a delo with an
    ed. khr. (:func:`_fast` reads these in its own way, which parse() has kept.)"""
    groups = (None, *match.groups())  # by group number, read once
    values: dict[str, Any] = {}
    last = 0
    for level, value_group, label_group in level_groups:
        value = groups[value_group]
        if value is None:
            continue
        last = match.end(value_group)  # the levels come in order
        label = groups[label_group]
        assert label is not None
        if level == "papka" and level_of(label) == "papka_or_page" and not value.isdigit():
            return None  # the run reader reads a P.'s number as a folio list
        label_end = match.end(label_group)
        if text[label_end : label_end + 1] == "." and is_word(label):
            return None  # "Collection. 1969": the run reader says why that is no label
        if level == "folios":
            kind = level_of(label)
            if (
                slots
                and kind == "papka_or_page"
                and ("papka" in values or not _FILE.intersection(values))
            ):
                return None
            unit = "page" if kind in ("page", "papka_or_page") else "leaf"
            try:
                values["folios"] = parse_folios(value, unit)
            except ValueError:
                return None
        else:
            values[level] = value.strip()
    if not values or (slots and _FILE.issubset(values)):
        return None
    title_group = match.re.groupindex["title"]
    title = groups[title_group]
    if title:
        last = max(last, match.end(title_group))
        values["title"] = title.strip()
    if _END_RE.match(text, last) is None:
        return None  # a stray mark after the last level: the run reader explains it
    return values


def _fast_phrase(text: str) -> ArchivalReference | None:
    """An archive named by a phrase, then levels in the commonest order: "Госархив
    Тверской обл. Ф. Р-93. Оп. 4. Д. 4615." The archive is found as :func:`_parse` finds
    it; only the run of levels is read by one pattern."""
    position = len(text) - len(text.lstrip(WHITESPACE))
    if _LEVEL_RE.match(text, position) is not None:
        return None  # a level first: the run reader reads from there
    archive = _leading_archive(text, position)
    if archive is None:
        return None
    separator = _SEPARATOR_RE.match(text, archive.end)
    after = separator.end() if separator else archive.end
    if compact_at(text, after) is not None or _CASE_FILE_RE.match(text, after) is not None:
        return None
    match = _fast_body_re().fullmatch(text, after)
    if match is None:
        return None
    values = _fast_values(text, match, _fast_body_groups(), slots=True)
    if values is None:
        return None
    return ArchivalReference(archive=archive.token, archive_id=archive_id(archive.token), **values)


def _fast_compact(text: str) -> ArchivalReference | None:
    """An archive and a compact shelfmark alone: "RGASPI 17.3.1001.4", "GARF, 9401/1a/64"."""
    if _TWO_CAPITALS_RE.match(text) is None and "(" not in text:
        return None  # no acronym can open it (nor a former name in brackets)
    match = _fast_compact_re().fullmatch(text)
    if match is None or not _inventory(match):
        return None
    archive = cited_archive(match["archive"], match["former"])
    if _ACRONYM_AT_RE.fullmatch(archive) is None:
        return None  # capitals the case-blind pattern took for an archive
    try:
        values = compact_values(text, match)
    except ParseError:
        return None
    return ArchivalReference(archive=archive, archive_id=archive_id(archive), **values)


# The commonest whole shapes in small patterns: an acronym, then a fond, an inventory and
# a file, and leaves or none, each a short label with its stop and a plain number, joined
# by a comma or a stop and a space ("GARF, F. 286, Op. 30, D. 3, Ll. 228-229", "РГВА. Ф. 4.
# Оп. 54. Д. 637. Л. 129."), or the same numbers as a compact shelfmark. The engine matches
# them in a fraction of the time the fast pattern takes, whose every level may come in
# many spellings and shapes.
#: The capitals and the letters of its words (class bodies).
PLAIN_CAPITALS = "A-ZА-ЯЁІЄ"
PLAIN_LETTERS = "A-Za-zА-ЯЁа-яёІЇЄҐіїєґ"
#: The acronym of :data:`PLAIN_LEVELS`' shape: a word or two, each with a capital first
#: (a comma or a stop and a space join it to the levels).
PLAIN_ARCHIVE = (
    rf"(?P<archive>[{PLAIN_CAPITALS}][{PLAIN_LETTERS}]+(?: [{PLAIN_CAPITALS}][{PLAIN_LETTERS}]*)?)"
)
# A leaf in the plain shape: its number and a verso's mark or none.
_PLAIN_LEAF = r"\d+(?: ?(?:об|ob)\.)?"
#: Its levels, each a short label with its stop (Ukrainian "спр." and "арк." too) and a
#: plain number, a fond's with GARF's or a party archive's prefix, leaves with versos.
PLAIN_LEVELS = (
    r"[FfФф]\. ?(?P<fond>(?:[RPРП]-)?\d+)[,.] (?:[Oo]p|[Оо]п)\. ?(?P<opis>\d+)[,.] "
    r"(?:[DdДд]|[Сс]пр)\. ?(?P<delo>\d+)"
    rf"(?:[,.] (?:[Ll]l?|[Лл]л?|[Аа]рк)\. ?(?P<folios>{_PLAIN_LEAF}(?:[-–]{_PLAIN_LEAF})?))?"
)
#: A compact shelfmark of the same shape: plain numbers joined by stops or by slashes, the
#: inventory's with a small letter or not, and the leaves or none: "17.3.870.5", "98/7a/122".
PLAIN_COMPACT = (
    r"(?P<fond>\d+)(?P<joint>[./])(?P<opis>\d+[a-zа-я]?)(?P=joint)(?P<delo>\d+)"
    r"(?:(?P=joint)(?P<folios>\d+(?:[-–]\d+)?))?"
)
_PLAIN_RE = compiled(rf"\s*{PLAIN_ARCHIVE}[,.] {PLAIN_LEVELS}\.?\s*")


def plain_reference(
    token: str, match: re.Match[str], *, found: bool = False
) -> ArchivalReference | None:
    """The reference of the archive ``token`` and a match of :data:`PLAIN_LEVELS`, where
    the registry knows the archive or the archive's reader ``found`` it; None where the
    general readers must read it."""
    known = archive_id(token)
    if known is None and not found:
        return None  # a word or an acronym the registry does not hold: the general way
    folios = match["folios"]
    try:
        leaves = parse_folios(folios, "leaf") if folios is not None else None
    except ValueError:
        return None  # a range that runs backwards: the run reader explains it
    return ArchivalReference(
        archive=token,
        archive_id=known,
        fond=match["fond"],
        opis=match["opis"],
        delo=match["delo"],
        folios=leaves,
    )


def _plain(text: str) -> ArchivalReference | None:
    """The reference a text in the commonest whole shape holds, its archive one the registry
    knows; None for anything else, which the fast pattern or the run reader reads. It is
    the reference they would read (tests/test_plain_paths.py holds them to that)."""
    match = _PLAIN_RE.fullmatch(text)
    return None if match is None else plain_reference(match["archive"], match)


def parse(text: str) -> ArchivalReference:
    """Read one whole archival reference, else raise :class:`ParseError`.

    >>> parse("РГАНИ. Ф. 3. Оп. 12. Д. 1006. Л. 52.").delo
    '1006'
    >>> parse("RGASPI 558.11.702.6–12, 41a, 69").to_dict()["folios"]
    '6-12, 41a, 69'
    """
    if not isinstance(text, str):
        raise TypeError(f"parse() takes a string, not {type(text).__name__}")
    cleaned = Cleaned.of(text)
    fast = _plain(cleaned.text) or _fast(cleaned.text)
    if fast is not None:
        return fast
    try:
        return _parse(cleaned.text)
    except ParseError as error:
        if cleaned.text is text:
            raise
        raise ParseError(
            text, cleaned.original(error.position), error.expected, error.reason
        ) from None


def _case_file_body(text: str, position: int) -> _Body | None:
    """The file after the words that call it an archive's case file, at ``position``:
    "Архивное дело: П-4512", "Archival criminal case no. 2209, vol. 3"; None elsewhere."""
    words = _CASE_FILE_WORDS_AT_RE.match(text, position)
    if words is None or words.end() == position:
        return None
    body = read_body(text, words.end(), allow_compact=False)
    if body is None or body.segments[0].levels[0].level != "delo":
        return None
    return body


def _parse(text: str) -> ArchivalReference:
    if not text.strip():
        raise ParseError(
            text, 0, "an archival reference", "Expected an archival reference, got empty text"
        )
    position = len(text) - len(text.lstrip(WHITESPACE))
    archive: ArchiveFound | None = None
    body = read_body(text, position, allow_compact=False) or _case_file_body(text, position)
    if body is None:
        archive = _leading_archive(text, position)
        if archive is None:
            raise _explain(text)
        after = _after_archive(text, archive.end)
        body = read_body(text, after, allow_compact=True) or _case_file_body(text, after)
        if body is None:
            expected = (
                "fond, opis, delo or another labelled level"
                if archive.end >= len(text.rstrip())
                else "fond, opis, delo or a compact shelfmark"
            )
            raise ParseError(text, archive.end, expected)
    if body.repeat is not None:
        label = _LABEL_ONLY_RE.match(text, body.repeat)
        level = level_of(label["label"]) if label else None
        level = level or "folios"
        verb = "are" if level in ("folios", "page") else "is"
        name = _LEVEL_NAMES.get(level, "A level")
        raise ParseError(
            text, body.repeat, "a level not given before", f"{name} {verb} given twice"
        )
    end = body.end
    if archive is None:
        trailing = archive_after(text, end)
        if trailing is not None:
            archive, end = trailing, trailing.end
    year = _TRAILING_YEAR_RE.match(text, end)
    if year is not None and _END_RE.match(text, year.end()):
        end = year.end()
    closing = _END_RE.match(text, end)
    if closing is None and text[end:].strip().startswith(")"):
        closing = _END_RE.match(text, text.index(")", end) + 1)
    if closing is None:
        raise _unread(text, end)
    segment = body.segments[0] if body.segments else None
    reference = build(text, segment, archive.token if archive else None, body.values)
    if reference.is_empty:
        raise ParseError(text, end, "fond, opis, delo or another labelled level")
    return reference


def _unread(text: str, end: int) -> ParseError:
    """What is wrong just after the levels read: a label with no number after it, or
    something that is not part of a reference."""
    separator = _SEPARATOR_RE.match(text, end)
    after = separator.end() if separator else end
    label = _LABEL_ONLY_RE.match(text, after)
    if label is not None and not _LEVEL_RE.match(text, after):
        level = level_of(label["label"]) or "level"
        expected = "folio numbers" if level in ("folios", "page") else f"{level} number"
        return ParseError(text, label.end(), expected)
    return ParseError(text, end, "end of reference")


def _explain(text: str) -> ParseError:
    """Why a text opens with no archive and no level: pyparsing's furthest failure, with
    a label missing its number named as such."""
    position = len(text) - len(text.lstrip(WHITESPACE))
    label = _LABEL_ONLY_RE.match(text, position)
    if label is not None:
        level = level_of(label["label"]) or "level"
        expected = "folio numbers" if level in ("folios", "page") else f"{level} number"
        return ParseError(text, label.end(), expected)
    try:
        grammar().parse_string(text)
    except pp.ParseBaseException as error:
        return ParseError(text, error.loc, str(error.msg).removeprefix("Expected "))
    return ParseError(text, position, "an archival reference")  # pragma: no cover


# --- the grammar as pyparsing elements: named, for errors and the railroad diagram ------


def _regex(pattern: str, name: str, flags: int = 0) -> pp.Regex:
    element = pp.Regex(pattern, flags=flags)  # compiled by pyparsing when first used
    element.set_name(name)
    element.set_whitespace_chars(WHITESPACE)
    return element


@functools.cache
def grammar() -> pp.ParserElement:
    """A whole reference as pyparsing reads it (tabs kept, so positions index the text).

    Built when first asked for (a text that does not read, or the railroad diagram):
    pyparsing compiles each pattern as it joins the elements, and these are the
    largest archcite has, a third of a second that a program reading references never
    needs to wait for.
    """
    archive = _regex(ARCHIVE_PATTERN, "archive name")
    level = _regex(LEVEL_TOKEN_PATTERN, "fond, opis, delo or another labelled level", re.IGNORECASE)
    separator = _regex(rf"[,.:]?(?:\s*[{DASH}])?", "separator")
    compact = _regex(_COMPACT_PATTERN, "compact shelfmark such as 558/11/1121", re.IGNORECASE)
    case_file = _regex(_CASE_FILE_RE.pattern, "file number such as Р-33538")
    levels = (level + pp.ZeroOrMore(separator + level)).set_name("labelled levels")
    any_archive = archive_pattern(None)  # a pattern with no group names, to be used twice
    trailing_archive = _regex(
        rf"(?:\s*/\s*{any_archive}|\s*\({any_archive}\))?", "archive after the levels"
    )
    after_archive = (
        (compact + pp.Opt(separator + levels))
        | (case_file + pp.Opt(separator + levels))
        | (pp.Opt(separator) + levels)
    ).set_name("fond, opis, delo or a compact shelfmark")
    reference = ((archive + after_archive) | (levels + trailing_archive)).set_name(
        "archival reference"
    )
    end = _regex(r"[.;]?\s*\Z", "end of reference")
    return (reference + end).streamline().parse_with_tabs()
