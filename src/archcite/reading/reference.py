"""The grammar of one archival reference, and :func:`parse`.

Each terminal is a coarse regular expression built from the label table in
:mod:`archcite.reading.labels`; pyparsing combines them, skips the spaces (the
non-breaking ones too), and names every element so that an error reads "Expected
fond, opis, delo …" rather than a regular expression.

>>> parse("TsKhSD, F. 89, Op. 2, D. 5, Ll. 13-14").to_dict()["folios"]
'13-14'
"""

from __future__ import annotations

import re
from functools import lru_cache

import attrs
import pyparsing as pp

from ..errors import ParseError
from ..levels import LEVEL_RANK
from ..model import ArchivalReference, Folio, FolioRange, Folios
from ..registry import archive_id
from .labels import AMBIGUOUS_PAGE, LABELS, LEVEL_OF_LABEL, label_key, label_pattern
from .patterns import (
    ARCHIVE_PATTERN,
    CAPITALS,
    FOLIO,
    FOLIO_LIST_PATTERN,
    IDENTIFIER_PATTERN,
    LETTER,
    LOWER,
    NOT_A_DATE,
    SUFFIX,
    VERSO,
    WHITESPACE,
    archive_pattern,
)

__all__ = [
    "ParsedReference",
    "expand_range_end",
    "parse",
    "parse_compact_at",
    "parse_folios",
    "parse_reference_at",
]

_ID_LEVELS = tuple(level for level in LABELS if level != "folios")
_ID_LABELS = label_pattern(tuple(s for level in _ID_LEVELS for s in LABELS[level]))
_FOLIO_LABELS = label_pattern(LABELS["folios"] + AMBIGUOUS_PAGE)
# A label ends in its full stop, or a comma misprinted for one ("Ф, 17"), or simply
# where the letters end ("F558", "Оп 171").
_LABEL_END = rf"(?:\.|,(?=\s*\d)|(?!{LETTER}))"
_NUMERO = r"(?:(?:№|N|No\.?)\s?(?=\S*\d))?"
# GOST puts a fond's title in brackets after its number: "Ф.223 (С. Д. Полторацкий)".
# A fond's title has small letters; "(ГАРФ)" after a shelfmark is its archive (_trailing).
_TITLE = r"(?:\s?\((?=[^()]*[a-zа-яё])[^()\d]{1,80}\))?"
# One labelled level; which level is told by looking the label up in LEVEL_OF_LABEL.
_LEVEL_PATTERN = (
    rf"\s*(?:[,.:](?!\d)\s*)?(?:(?P<folio_label>{_FOLIO_LABELS})|(?P<label>{_ID_LABELS}))"
    rf"{_LABEL_END}\s*{_NUMERO}"
    rf"(?(folio_label)(?P<folios>{FOLIO_LIST_PATTERN})|(?P<id>{IDENTIFIER_PATTERN}){_TITLE})"
)


def _slot(level: str, labels: str, value: str) -> str:
    """One optional labelled level, its label and its value in named groups."""
    return (
        rf"\s*(?:[,.:](?!\d)\s*)?(?P<L_{level}>{labels}){_LABEL_END}\s*{_NUMERO}"
        rf"(?P<{level}>{value}){_TITLE if level == 'fond' else ''}"
    )


def _labels(*levels: str) -> str:
    return label_pattern(tuple(s for level in levels for s in LABELS[level]))


_ID = IDENTIFIER_PATTERN
# A delo or ed. khr. label next: what makes a "P." before it a papka and not a page.
_FILE_AHEAD = (
    rf"\s*(?:[,.:](?!\d)\s*)?(?:{label_pattern(LABELS['delo'] + LABELS['ed_khr'])}){_LABEL_END}"
)
_PAGE = label_pattern(AMBIGUOUS_PAGE)
# The levels in the order they are written, each optional: one regular expression call
# reads a whole run of them, with every level in a group of its own. A level out of
# order ends the run, and the error names it (see _parse_error). "P." is AVP RF's papka
# between opis' and delo, and a page anywhere else.
_LEVEL_SEQUENCE_PATTERN = "".join(
    [
        rf"(?:{_slot('fond', _labels('fond'), _ID)})?",
        rf"(?:{_slot('opis', _labels('opis'), _ID)})?",
        rf"(?:{_slot('razdel', _labels('razdel'), _ID)})?",
        rf"(?:{_slot('korobka', _labels('korobka'), _ID)})?",
        # Group names cannot repeat: "papka_" is a papka named in full, without an opis',
        # and "papka__" a "P." with no opis' before it but a delo after it.
        rf"(?:(?(opis){_slot('papka', _labels('papka') + '|' + _PAGE, _ID)}"
        rf"|(?:{_slot('papka_', _labels('papka'), _ID)}"
        rf"|{_slot('papka__', _PAGE, _ID)}(?={_FILE_AHEAD}))))?",
        rf"(?:{_slot('delo', _labels('delo'), _ID)}|{_slot('ed_khr', _labels('ed_khr'), _ID)})?",
        rf"(?:{_slot('tom', _labels('tom'), _ID)})?",
        rf"(?:{_slot('chast', _labels('chast'), _ID)})?",
        rf"(?:{_slot('folios', _labels('folios') + '|' + _PAGE, FOLIO_LIST_PATTERN)})?",
        rf"(?:{_slot('rolik', _labels('rolik'), _ID)})?",
    ]
)

# Compact shelfmarks after an archive: 558/11/1121, 558.11.702.6–12, 7523c-149a-2.1–6,
# and the slash form of fond and opis alone (17/3).
_CID = rf"\d+[{CAPITALS}{LOWER}]?(?!{LETTER})"
# Pages after a compact shelfmark and a comma ("APRF, 3/63/223, 1–3") are not a year alone
# ("RGASPI 558.11.1668, 1941 was …").
_NOT_A_YEAR = r"(?!(?:1[89]\d\d|20[0-4]\d)(?![\d\w])(?!\s*[-–—]\s*\d))"


def _compact_pattern(prefix: str = "") -> str:
    """Compact shelfmarks after an archive: 558/11/1121, 558.11.702.6–12, 7523c-149a-2.1–6,
    and the slash form of fond and opis alone (17/3); groups named with ``prefix``."""
    p = prefix
    return (
        rf"(?:[,:]\s*)?(?P<{p}fond>{_CID})(?:"
        rf"(?P<{p}sep>[./-])(?P<{p}opis>{_CID})(?P={p}sep)"
        rf"(?P<{p}delo>{_CID}|[{CAPITALS}]{{2,8}}(?!{LETTER}))"
        rf"(?:(?:(?P={p}sep)|\.\s?|,\s*{_NOT_A_YEAR}{NOT_A_DATE}(?!\d+[./]\d))"
        rf"(?P<{p}folios>{FOLIO_LIST_PATTERN}))?"
        rf"|/(?P<{p}opis2>{_CID})(?![./-]\d))"
    )


# An investigation file cited by its number alone: "ЦА ФСБ Р-33538, Л. 43об.".
def _case_file_pattern(group: str = "id") -> str:
    return rf"(?:[,:]\s*)?(?P<{group}>[{CAPITALS}]{{1,2}}-\d+)"


_COMPACT_PATTERN = _compact_pattern()
_CASE_FILE_PATTERN = _case_file_pattern()


def _trailing(group: str) -> str:
    """An archive named after the shelfmark: "… д.7711 / ГА Винницкой обл.", "… д. 5 (ГАРФ)"."""
    archive = archive_pattern(None)
    return rf"(?:\s*/\s*(?P<{group}>{archive})|\s*\((?P<{group}_b>{archive})\))"


# All of a reference in one coarse terminal, for the scanner and for parse(): an archive,
# then a compact shelfmark or a file number, then labelled levels, then an archive after
# "/". Its parts are the patterns of the named elements below, which read the same
# language one step at a time and so can say where a text stops being a reference.
_REFERENCE_PATTERN = (
    rf"(?:(?-i:(?P<archive>{ARCHIVE_PATTERN}))"
    rf"(?:\s*(?-i:(?P<compact>{_compact_pattern('c_')}))"
    rf"|\s*(?-i:{_case_file_pattern('case_file')}))?)?"
    rf"(?P<sequence>{_LEVEL_SEQUENCE_PATTERN})"
    rf"(?-i:{_trailing('trailing')})?"
)


def _regex(pattern: str, name: str, flags: int = 0) -> pp.Regex:
    element = pp.Regex(pattern, flags=flags, as_match=True)
    element.set_name(name)
    element.set_whitespace_chars(WHITESPACE)
    return element


ARCHIVE = _regex(ARCHIVE_PATTERN, "archive name")
LEVEL = _regex(_LEVEL_SEQUENCE_PATTERN, "fond, opis, delo or another labelled level", re.IGNORECASE)
# The sequence matches the empty string too; an empty match is no level at all.
LEVEL.add_condition(lambda tokens: tokens[0].end() > tokens[0].start())
COMPACT = _regex(_COMPACT_PATTERN, "compact shelfmark such as 558/11/1121")
CASE_FILE = _regex(_CASE_FILE_PATTERN, "file number such as Р-33538")
# Optional by its pattern rather than by pyparsing's Opt, which would raise and catch
# an exception for every reference that has no archive after it.
TRAILING_ARCHIVE = _regex(rf"(?:{_trailing('name')})?", "archive after '/'")
FULL_STOP = _regex(r"\.(?!\d)", "full stop")
FAST_REFERENCE = _regex(_REFERENCE_PATTERN, "archival reference", re.IGNORECASE)

_LEVELS = LEVEL
# A compact shelfmark may go on with labels: "RGASPI 17/162/9, l. 54".
_AFTER_ARCHIVE = (_LEVELS | (COMPACT + pp.Opt(LEVEL)) | (CASE_FILE + pp.Opt(LEVEL))).set_name(
    "fond, opis, delo or a compact shelfmark"
)
WITH_ARCHIVE = (ARCHIVE + _AFTER_ARCHIVE).streamline()
LABELLED = (_LEVELS + TRAILING_ARCHIVE).streamline()
REFERENCE = (WITH_ARCHIVE | LABELLED).set_name("archival reference")
# The end of a whole reference: its closing full stop, if any, then nothing else.
END = _regex(r"\.?\s*\Z", "end of reference")
WHOLE = (REFERENCE + END).streamline()
_FAST_WHOLE = (FAST_REFERENCE + END).streamline()

# Which terminal matched, told by the compiled pattern the match came from.
_ARCHIVE_RE, _LEVEL_SEQUENCE_RE, _COMPACT_RE = ARCHIVE.re, LEVEL.re, COMPACT.re
_LEVEL_RE = re.compile(_LEVEL_PATTERN, re.IGNORECASE)
_CASE_FILE_RE, _TRAILING_RE = CASE_FILE.re, TRAILING_ARCHIVE.re
_FAST_RE = FAST_REFERENCE.re
# A label with nothing readable after it, to say which number is missing.
_LABEL_ONLY_RE = re.compile(
    rf"(?:[,.:]\s*)?(?P<label>{_FOLIO_LABELS}|{_ID_LABELS}){_LABEL_END}\s*", re.IGNORECASE
)

_FOLIO_RE = re.compile(
    rf"(?P<number>\d+)(?P<suffix>{SUFFIX})?(?P<verso>{VERSO})?(?:r(?!{LETTER}))?",
    re.IGNORECASE,
)
_RANGE_RE = re.compile(rf"(?P<start>{FOLIO})(?:\s*[-–—]\s*(?P<end>{FOLIO}))?", re.IGNORECASE)


def _folio(text: str, after: str | None = None) -> Folio:
    """One folio as printed; ``after`` is the start of its range, to expand an abbreviation."""
    match = _FOLIO_RE.fullmatch(text.strip())
    if match is None:  # pragma: no cover - guarded by the grammar
        raise ValueError(f"not a folio: {text!r}")
    number = match["number"]
    if after is not None:
        number = expand_range_end(after, number)
    return Folio(int(number), match["suffix"] or "", verso=bool(match["verso"]))


def expand_range_end(start: str, end: str) -> str:
    """The end of an abbreviated range written in full: the start's leading digits, then
    the end's (``123-4`` is 123-124, ``40-2`` is 40-42, ``14-9`` is 14-19).

    >>> expand_range_end("123", "4"), expand_range_end("14", "9"), expand_range_end("5", "12")
    ('124', '19', '12')
    """
    if len(end) >= len(start) or int(end) >= int(start):
        return end
    return start[: len(start) - len(end)] + end


@lru_cache(maxsize=16384)
def parse_folios(text: str) -> Folios:
    """Read a folio list as printed into :class:`Folios`.

    >>> str(parse_folios("6–12, 41a and 69"))
    '6-12, 41a, 69'
    >>> str(parse_folios("13 ob.-14"))
    '13ob-14'
    >>> str(parse_folios("123–4"))
    '123-124'

    An abbreviated range is expanded (:func:`expand_range_end`); :class:`ValueError` for a
    range that still ends before it starts (``5-3``, ``140-39``).
    """
    if text.isdigit():  # the commonest case by far: one leaf
        return Folios((FolioRange(Folio(int(text))),))
    ranges = []
    for match in _RANGE_RE.finditer(text):
        start, end = match["start"], match["end"]
        first = _folio(start)
        last = _folio(end, str(first.number)) if end else None
        ranges.append(FolioRange(first, last))
    if not ranges:
        raise ValueError(f"no folios in {text!r}")
    return Folios(tuple(ranges))


@attrs.frozen(slots=True)
class ParsedReference:
    """A reference read from text, with where it starts and ends."""

    reference: ArchivalReference
    start: int
    end: int
    #: Read from a compact shelfmark (558/11/1121) rather than from labels.
    compact: bool = False


# (group of the value, group of the label, the level it fills) for each slot.
_SEQUENCE_GROUPS = tuple(
    (group, f"L_{group}", group.rstrip("_"))
    for group in (
        "fond",
        "opis",
        "razdel",
        "korobka",
        "papka",
        "papka_",
        "papka__",
        "delo",
        "ed_khr",
        "tom",
        "chast",
        "folios",
        "rolik",
    )
)
_SEQUENCE_VALUE_GROUPS = tuple(group for group, _, _ in _SEQUENCE_GROUPS)


class _Assembly:
    """The parts of one reference as the terminals read them, checked as they come."""

    __slots__ = ("_lowest", "_lowest_rank", "compact", "end", "start", "text", "values")

    def __init__(self, text: str) -> None:
        self.text = text
        self.values: dict[str, object] = {}
        self.start: int | None = None
        self.end = 0
        self.compact = False
        self._lowest_rank, self._lowest = -1, ""  # the lowest level given so far

    def archive(self, token: str, position: int) -> None:
        self.values["archive"] = token
        if self.start is None:
            self.start = position

    def put(self, level: str, value: object, position: int) -> None:
        """Add one level; a level given twice or after a lower one is an error."""
        if level in self.values:
            raise ParseError(
                self.text,
                position,
                "a level not given before",
                f"{level.capitalize()} is given twice",
            )
        rank = LEVEL_RANK[level]
        if level != "rolik":  # a reel is cited before or after the rest
            if rank < self._lowest_rank:
                raise ParseError(
                    self.text,
                    position,
                    f"{level} before {self._lowest}",
                    f"Levels out of order: {level} after {self._lowest}",
                )
            self._lowest_rank, self._lowest = rank, level
        self.values[level] = value

    def compact_shelfmark(self, match: re.Match[str], prefix: str = "") -> None:
        """558/11/1121, 558.11.702.6–12: groups named fond, opis, opis2, delo, folios."""
        self.compact = True
        for level, group in (
            ("fond", "fond"),
            ("opis", "opis"),
            ("opis", "opis2"),
            ("delo", "delo"),
        ):
            value = match[prefix + group]
            if value:
                self.put(level, value, match.start(prefix + group))
        folios = match[prefix + "folios"]
        if folios:
            at = match.start(prefix + "folios")
            self.put("folios", _folios_at(folios, at, self.text), at)

    def sequence(self, match: re.Match[str]) -> None:
        """The labelled levels of a match of the level sequence."""
        for (group, label_group, level), value in zip(
            _SEQUENCE_GROUPS, match.group(*_SEQUENCE_VALUE_GROUPS), strict=True
        ):
            if value is None:
                continue
            label_at = match.start(label_group)
            if self.start is None:
                self.start = label_at
            if level == "folios":
                self.put(level, _folios_at(value, match.start(group), self.text), label_at)
            else:
                self.put(level, value.strip(), label_at)

    def whole(self, match: re.Match[str]) -> None:
        """A match of the one coarse terminal for a whole reference."""
        archive = match["archive"]
        if archive is not None:
            self.archive(match["former"] or archive, match.start("archive"))
        if match["compact"] is not None:
            self.compact_shelfmark(match, "c_")
        elif match["case_file"] is not None:
            self.put("delo", match["case_file"], match.start("case_file"))
        self.sequence(match)
        self.end = match.end("sequence")
        trailing = "trailing" if match["trailing"] is not None else "trailing_b"
        if match[trailing] is not None and archive is None:
            self.archive(match[trailing], match.start(trailing))
            self.end = match.end()
        if len(self.values) == (archive is not None):
            raise ParseError(self.text, self.end, "fond, opis, delo or another labelled level")

    def result(self) -> ParsedReference:
        token = self.values.get("archive")
        if isinstance(token, str):
            self.values["archive_id"] = archive_id(token)
        reference = ArchivalReference(**self.values)  # type: ignore[arg-type]
        start = self.start if self.start is not None else 0
        return ParsedReference(reference, start, self.end, self.compact)


def _build(tokens: pp.ParseResults, text: str) -> ParsedReference:
    """Turn the matched terminals into a reference, checking the order of the levels."""
    assembly = _Assembly(text)
    for match in tokens:
        pattern = match.re
        if pattern is _FAST_RE:
            assembly.whole(match)
            continue
        if pattern is _ARCHIVE_RE:
            assembly.archive(match["former"] or match.group(0), match.start())
        elif pattern is _COMPACT_RE:
            assembly.compact_shelfmark(match)
        elif pattern is _CASE_FILE_RE:
            assembly.put("delo", match["id"], match.start("id"))
        elif pattern is _LEVEL_SEQUENCE_RE:
            assembly.sequence(match)
        elif pattern is _TRAILING_RE:
            group = "name" if match["name"] is not None else "name_b"
            if match[group] is None:
                continue
            assembly.archive(match[group], match.start(group))
        else:  # the closing full stop is not part of the reference
            continue
        assembly.end = match.end()
    return assembly.result()


def _folios_at(value: str, position: int, text: str) -> Folios:
    try:
        return parse_folios(value)
    except ValueError as error:
        raise ParseError(
            text, position, "a folio range that runs forwards", str(error).capitalize()
        ) from None


def _parse_error(text: str, error: pp.ParseBaseException) -> ParseError:
    """Say what went wrong where pyparsing stopped: a level out of order or repeated, a
    label with no number after it, or something that is not a reference at all."""
    position = error.loc
    expected = str(error.msg).removeprefix("Expected ")
    level_match = _LEVEL_RE.match(text, position)
    label = _LABEL_ONLY_RE.match(text, position)
    if level_match is not None:
        level = _level_of(level_match["folio_label"] or level_match["label"])
        label_at = level_match.start("folio_label" if level_match["folio_label"] else "label")
        before = {_level_of(m["label"]) for m in _LABEL_ONLY_RE.finditer(text, 0, position)}
        if level in before:
            return ParseError(
                text, label_at, "a level not given before", f"{level.capitalize()} is given twice"
            )
        rank = LEVEL_RANK.get(level, -1)
        later = [other for other in before if LEVEL_RANK.get(other, -1) > rank]
        if later:
            lowest = max(later, key=LEVEL_RANK.__getitem__)
            return ParseError(
                text,
                label_at,
                f"{level} before {lowest}",
                f"Levels out of order: {level} after {lowest}",
            )
    elif label is not None:
        # A label was read but no identifier follows it: point past the label.
        level = _level_of(label["label"])
        position = label.end()
        expected = "folio numbers" if level == "folios" else f"{level} number"
    elif position >= len(text.rstrip()):
        expected = "fond, opis, delo or another labelled level"
    return ParseError(text, position, expected)


def _level_of(label: str) -> str:
    level = LEVEL_OF_LABEL[label_key(label)]
    return "folios" if level == "page" else level


def parse(text: str) -> ArchivalReference:
    """Read one whole archival reference, else raise :class:`ParseError`.

    >>> parse("РГАНИ. Ф. 3. Оп. 12. Д. 1006. Л. 52.").delo
    '1006'
    >>> parse("RGASPI 558.11.702.6–12, 41a, 69").to_dict()["folios"]
    '6-12, 41a, 69'
    """
    if not isinstance(text, str):
        raise TypeError(f"parse() takes a string, not {type(text).__name__}")
    if not text.strip():
        raise ParseError(
            text, 0, "an archival reference", "Expected an archival reference, got empty text"
        )
    try:
        tokens = _FAST_WHOLE.parse_string(text)
        return _build(tokens, text).reference
    except (pp.ParseBaseException, ParseError):
        try:  # the whole grammar, for the error that names the furthest position
            tokens = WHOLE.parse_string(text)
        except pp.ParseBaseException as error:
            raise _parse_error(text, error) from None
    parsed = _build(tokens, text)
    if parsed.reference.is_empty:
        raise ParseError(text, parsed.end, "fond, opis, delo or another labelled level")
    return parsed.reference


def parse_compact_at(text: str, position: int) -> ParsedReference | None:
    """A compact shelfmark with no archive before it, as in "GARF, 9401/1a/64 and 9401/12/319"."""
    while position < len(text) and text[position] in WHITESPACE:
        position += 1
    match = _COMPACT_RE.match(text, position)
    if match is None or match["sep"] is None:
        return None
    try:
        return _build([match], text)  # type: ignore[arg-type]
    except (ParseError, ValueError):
        return None


def parse_reference_at(text: str, position: int) -> ParsedReference | None:
    """The reference that starts exactly at ``position`` in ``text``, or None.

    Used by the extraction scanner, which knows where a reference can start.
    """
    try:
        _end, tokens = FAST_REFERENCE._parse(text, position)
        return _build(tokens, text)
    except (pp.ParseBaseException, IndexError, ParseError, ValueError):
        pass
    # Capitals that are not an archive here ("OP. 5, D. 3"): read the labels alone.
    try:
        _end, tokens = LABELLED._parse(text, position)
        return _build(tokens, text)
    except (pp.ParseBaseException, IndexError, ParseError, ValueError):
        return None
