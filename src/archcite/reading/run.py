"""A run of labelled levels: how the body of a reference is written.

A level is a label in any spelling of :mod:`.labels`, an optional stop or parenthesised
abbreviation, and an identifier (a folio list for leaves and pages). Levels are separated
by ``,`` ``.`` ``:`` spaces, GOST's dashes or nothing, and come in any order: the
hierarchy's rank only decides what an ambiguous "P." is. A level given a second time
starts the next reference of the run, as a semicolon does.

Some labels read only where the levels before them tell what they are: the one-letter
Baltic labels after a fond or an inventory ("f. 1, n. 4, s. 12"), and a leaf label as OCR
damages it after a file ("d. 1006, 11. 52"). Latvian notes put the number first
("101. f., 1. apr., 12. l."): :func:`number_first_at` reads that order.

>>> run = read_run("f. 07, op. 12, d. 41, p. 9, l. 33, d. 42", 0)
>>> run.segments[0].values(), run.repeat
({'fond': '07', 'opis': '12', 'delo': '41', 'papka': '9', 'folios': '33'}, 35)
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from .._compiled import compiled
from ..levels import LEVEL_RANK
from ..model import Folio, FolioRange, Folios, FolioUnit
from ..translit import has_cyrillic
from .labels import (
    AFTER_FILE_LABELS,
    INNER_LABELS,
    LABELS,
    LEVEL_OF_LABEL,
    NUMBER_FIRST_LABELS,
    NUMBER_FIRST_LEVEL,
    OCR_LEAF_LABELS,
    OCR_OPIS_LABELS,
    PAGE_LABELS,
    PAPKA_OR_PAGE,
    SKIPPED_LABELS,
    SPELLINGS,
    inner_level,
    label_key,
    label_pattern,
    level_of,
)
from .patterns import (
    CAPITALS,
    DASH,
    FOLIO,
    FOLIO_LIST_PATTERN,
    FOND_PREFIXES,
    GLUED_LEVEL_END,
    IDENTIFIER_PATTERN,
    LABEL_HYPHEN,
    LETTER,
    LOWER,
    MORE_FOLIOS,
    NOT_A_DATE,
    NOT_A_DATED_YEAR,
    NOT_A_DAY,
    NUMERO,
    RANGE_DASH,
    SUFFIX,
    VERSO,
    VERSO_MARK,
    VERSO_TOO,
    YEAR_NOTE,
)

__all__ = [
    "LEVEL_TOKEN_PATTERN",
    "Level",
    "Run",
    "Segment",
    "expand_range_end",
    "goes_on_below",
    "is_word",
    "leaves_after_file",
    "more_leaves",
    "note_before_level",
    "number_first_at",
    "parse_folios",
    "read_run",
    "run_ends",
]

# Spellings that are whole words rather than abbreviations.
_WORDS = frozenset(
    label_key(spelling)
    for spelling in (
        *LABELS["fond"],
        *LABELS["opis"],
        *LABELS["delo"],
        *LABELS["korobka"],
        *LABELS["folios"],
        *LABELS["tom"],
        *LABELS["papka"],
        *LABELS["razdel"],
        *LABELS["rolik"],
        *PAGE_LABELS,
    )
    if "." not in spelling and not spelling.endswith(("'", "’"))
)
_ID_LEVELS = tuple(level for level in LABELS if level not in ("folios", "fond"))
_FOND_LABELS = label_pattern(LABELS["fond"])
_FOLIO_LABELS = label_pattern(LABELS["folios"] + PAGE_LABELS + PAPKA_OR_PAGE)
_SKIP_LABELS = label_pattern(SKIPPED_LABELS)
_ID_LABELS = label_pattern(tuple(s for level in _ID_LEVELS for s in LABELS[level]))
_ANY_LABEL = label_pattern(tuple(LEVEL_OF_LABEL))
# A label ends in its full stop (doubled by a careless typist: "Л. . 10", or set apart
# from it: "f . 17"), a comma misprinted for one ("Ф, 17"), or simply where its letters
# end ("F558", "Оп 171"), in a hyphen after a small letter ("ф-5446, оп-1": in capitals,
# "П-1" is a number with its prefix), or, after a word, in a colon ("Архивное дело:
# П-1234", "Fond: 17").
_LABEL_END = rf"(?:\s?\.(?:\s?\.)?|,(?=\s*\d)|{LABEL_HYPHEN}|(?<={LETTER}{{3}}):|(?!{LETTER}))"
# "Fond (F.) 3": a label followed by its own abbreviation in brackets.
_ABBREVIATION = rf"(?:\s?\(\s?{_ANY_LABEL}\.?\s?\))?"
# The words inside a bracket: up to 80 characters, with at most a short bracket of their own
# ("ЦК ВКП(б)").
_IN_BRACKET = r"(?:[^()]|\([^()]{1,12}\))"
_IN_BRACKETS = rf"{_IN_BRACKET}{{1,80}}"
# Such words with a word in small letters among them ("протокол № 12 заседания
# Политбюро"); any number in them then belongs to the words.
_WORDED = rf"(?-i:(?={_IN_BRACKET}*?[a-zа-яёіїєґ]{{2}}))"
# The words of a remark: with a word in small letters, or with no number.
_BRACKETED_WORDS = rf"(?:{_WORDED}{_IN_BRACKETS}|(?:[^()\d]|\([^()\d]{{1,12}}\)){{1,80}})"
# GOST puts a fond's title in brackets after its number: "Ф.223 (С. Д. Полторацкий)".
# A fond's title has small letters, or levels after it and a word ("f. 9401 (NKVD), op. 2",
# "f. 5446 (SNK SSSR, 1923–1991), op. 1"); "(ГАРФ)" after a shelfmark is its archive, and
# "(1930)" a year.
# (A bracket of spaces alone is no title: "f. 14 ( ), op. 3".)
_TITLE = (
    rf"\s?\((?=\s*[^\s)])(?:{_WORDED}|(?={_IN_BRACKETS}\)\s*[,.:;]?\s*{_ANY_LABEL}{_LABEL_END}\s*{NUMERO}\d))"
    rf"(?P<title>{_BRACKETED_WORDS}|(?=[^()]*?[^\W\d_]{{2}}){_IN_BRACKETS})\)"
)
# A year alone between an inventory (or a fond) and the file, as the inventories of the
# imperial archives are kept by year: "AVPRI, f. 133, op. 469, 1859, d. 45", "GARF, f. 102,
# op. 00, 1905, d. 999". A run reads past it and keeps its text.
_BARE_YEAR = rf"(?:1[6-9]\d\d|20[0-4]\d)(?:\s?[{DASH}]\s?\d{{2,4}})?(?![\w/])"
# A remark in brackets between two levels: "op. 3 (Politburo protocols), d. 870",
# "d. 64 («Особая папка»), l. 2", or an old shelfmark, numbers joined by slashes: "оп. 1
# (28/1618), д. 131". A run reads past it and keeps its text.
_REMARK = rf"\((?:{_BRACKETED_WORDS}|\d+(?:/\d+)+)\)"
# A division of the Police Department's fond (GARF's fond 102) in the inventory's place,
# with the year its files were opened: its Special Section, ОО (Особый отдел), or a
# numbered office, делопроизводство ("Ф. 102. ОО. 1905. Д. 999", "ф. 102, 4-е д-во, 1912,
# д. 125", "f. 102, DP OO, 1910, d. 5"); or a numbered expedition of the Third Section's
# fond (GARF's fond 109), экспедиция ("Ф. 109. 2 эксп. 1869. Д. 172"). A run reads past
# it and keeps its text.
_DIVISION = (
    r"(?:(?-i:(?:ДП\s?)?ОО|(?:DP\s?)?OO)(?!\w)"
    rf"|(?:\d{{1,2}}|(?-i:[IVX]{{1,4}}))(?:-?(?:[еоe]|ая|я|ia|ya))?\s?"
    r"(?:д-во|делопроизводство|d-vo|deloproizvodstvo"
    r"|эксп\.|экспедиция|eksp\.|ekspeditsiia|ekspedicija)(?!\w))"
    # (after an abbreviation's stop, a space alone: "2 эксп. 1869")
    rf"(?:(?:\s?[,.]|(?<=\.))\s?(?:{YEAR_NOTE}|{_BARE_YEAR}))?"
)
# Whom a case file of the security services is on, after its number: "АСД № Р-3454 на
# Арватову-Тухачевскую Е. Н., т. 2, л. 61", "… на Тухачевского М. Н. и др."
_ACCUSED = (
    rf"(?-i:на)\s+(?-i:[{CAPITALS}][{LOWER}'’]+(?:[{DASH}][{CAPITALS}]?[{LOWER}'’]+)?)"
    rf"(?:\s+(?-i:[{CAPITALS}])\.(?:\s?(?-i:[{CAPITALS}])\.)?)?(?:\s+и\s+др\.)?"
)
# The notes a run reads past, in the order they are tried (see note_before_level), in one
# pattern.
_NOTE_RE = compiled(
    rf"(?P<note_year>{YEAR_NOTE})|{_REMARK}|(?P<bare_year>{_BARE_YEAR})|(?P<division>{_DIVISION})"
    rf"|(?P<accused>{_ACCUSED})",
    re.IGNORECASE,
)
# The notes read past only before any file (a division not before a fond either), and
# only after one.
_BEFORE_A_FILE = frozenset(("bare_year", "division"))
_AFTER_A_FILE = frozenset(("accused",))

# An inventory right after a fond named in words: past a comma, a stop or a dash, its label
# (with its abbreviation or not) and its number.
_INVENTORY_NEXT = (
    rf"(?=\.?(?:\s?[,.]\s*(?:[{DASH}]\s*)?|\s[{DASH}]\s*)"
    rf"(?:{label_pattern(LABELS['opis'])}{_ABBREVIATION}{_LABEL_END}"
    # or its label as OCR damages it, which reads as one after a fond (see _told_token)
    rf"|{label_pattern(OCR_OPIS_LABELS)}\.)\s*\d)"
)
# A fond named in words rather than numbered, as the Foreign Policy Archive of the Empire
# names many ("АВПРИ. Ф. Канцелярия. Оп. 470", "AVPRI, f. Posol'stvo v Londone, op. 520"):
# up to four words, the first a capital's, and an inventory right after them.
WORD_FOND = (
    rf"(?-i:[{CAPITALS}][{LOWER}'’ʹ-]+(?:\s[{CAPITALS}]?[{LOWER}'’ʹ-]+){{0,3}}){_INVENTORY_NEXT}"
)

# A fond named for a military unit, as the Central Archive of the Ministry of Defence
# names its fonds ("ЦАМО, ф. 3 гв. ТА, оп. 4523", "Ф. 38 А. Оп. 11360", "f. 1 Bel. fronta,
# op. 2"): a number, then up to three short words, and an inventory right after them.
# The unit's words are kept as printed, in the fond's identifier.
UNIT_FOND = (
    rf"\d{{1,4}}(?:-?(?:го|й|ой|я))?(?:\s(?!{_ANY_LABEL}{_LABEL_END}\s*\d)"
    # (not the words an identifier ends in: "2941 пф", "3 доп")
    rf"(?!(?:пф|лс|доп|п|pf|ls|dop|p)(?!{LETTER}))"
    # a word's stop only where another word follows it: the last one's is the separator's
    rf"[{CAPITALS}{LOWER}]{{1,10}}(?:\.(?=\s[{CAPITALS}{LOWER}]))?){{1,3}}{_INVENTORY_NEXT}"
)

_UNIT_FOND_RE = compiled(UNIT_FOND, re.IGNORECASE)

# A fond's letter prefix joined by a stop rather than a hyphen: "Ф. Р.394", "Ф. П. 4".
# Only a fond takes it: elsewhere a capital and its stop are a label ("Д. 12. Л. 5").
DOTTED_FOND = rf"(?-i:[{FOND_PREFIXES}])\.\s?\d+{LETTER}?(?!{LETTER})"

#: One labelled level; which level is told by looking its label up in the table.
LEVEL_TOKEN_PATTERN = (
    rf"(?:(?P<fond_label>{_FOND_LABELS})|(?P<folio_label>{_FOLIO_LABELS})"
    rf"|(?P<skip_label>{_SKIP_LABELS})|(?P<label>{_ID_LABELS}))"
    rf"{_ABBREVIATION}{_LABEL_END}\s*{NUMERO}{NOT_A_DATED_YEAR}"
    rf"(?(folio_label){NOT_A_DAY}(?P<folios>{FOLIO_LIST_PATTERN})"
    rf"|(?P<id>(?(fond_label){UNIT_FOND}|(?!))|{IDENTIFIER_PATTERN}"
    rf"|(?(fond_label){WORD_FOND}|(?!))|(?(fond_label){DOTTED_FOND}|(?!)))"
    rf"(?(fond_label)(?:{_TITLE})?))"
)
_LEVEL_RE = compiled(LEVEL_TOKEN_PATTERN, re.IGNORECASE)
# More of a folio list than one match of FOLIO_LIST_PATTERN takes.
_MORE_FOLIOS_RE = compiled(
    rf"(?:{MORE_FOLIOS}){{1,99}}",
    re.IGNORECASE,
)
# What stands between two levels: punctuation, spaces, GOST's dash, or nothing.
# An abbreviation's stop may come before the comma: "оп. 3 доп., д. 4".
_SEPARATOR_RE = compiled(
    rf"(?:\.(?=\s*[,;:]))?\s*(?P<punct>[,.:;/])?\s*(?:[{DASH}]\s*(?![{DASH}]))?"
)

# A Baltic one-letter label and its number: always with its stop, which prose's "b 1905"
# lacks as often as not.
_INNER_PATTERN = (
    rf"(?P<inner_label>{label_pattern(tuple(INNER_LABELS))})\.\s*{NUMERO}{NOT_A_DATED_YEAR}"
    rf"(?P<inner_id>{IDENTIFIER_PATTERN})"
)
# "Ll." and "l." as scanned books print them (OCR_LEAF_LABELS), a stop, one space and the
# leaves. Only after a file is this no number of its own.
_OCR_LEAVES_PATTERN = (
    rf"(?P<ocr_label>{label_pattern(OCR_LEAF_LABELS)})\.\s(?=\d){NOT_A_DATE}"
    rf"(?P<ocr_folios>{FOLIO_LIST_PATTERN})"
)
# Or with no space, where the hand runs every label into its number: "f.17, op.3, d.74,
# 1.3" (read so only where the level before was written so too: see _told_token).
_OCR_GLUED_LEAVES_PATTERN = (
    rf"(?P<glued_label>{label_pattern(OCR_LEAF_LABELS)})\.(?=\d){NOT_A_DATE}"
    rf"(?P<glued_folios>{FOLIO_LIST_PATTERN})"
)
_GLUED_LEVEL_RE = compiled(GLUED_LEVEL_END)
# "Оп." as scanned books print it (OCR_OPIS_LABELS), its stop and the inventory's number.
# Only after a fond is this no word of prose.
_OCR_OPIS_PATTERN = (
    rf"(?P<ocr_opis_label>{label_pattern(OCR_OPIS_LABELS)})\.\s?{NOT_A_DATED_YEAR}"
    rf"(?P<ocr_opis>{IDENTIFIER_PATTERN})"
)
# A label of AFTER_FILE_LABELS, its stop, and leaves or pages: "k. 32", "f. 9", "S. 12".
# (In small letters or capitals, not mixed; the longest first, "kk" before "k".)
_AFTER_FILE_SPELLINGS = sorted(
    {*AFTER_FILE_LABELS, *(spelling.upper() for spelling in AFTER_FILE_LABELS)},
    key=lambda spelling: (-len(spelling), spelling),
)
_AFTER_FILE_PATTERN = (
    rf"(?P<after_label>(?-i:{'|'.join(_AFTER_FILE_SPELLINGS)}))"
    rf"\.\s*(?=\d){NOT_A_DATE}(?P<after_folios>{FOLIO_LIST_PATTERN})"
)
# A numero sign alone where the file's place is still empty: the storage unit of archives
# that number their files so ("ИРЛИ. Ф. 357. Оп. 1. № 12. Л. 3").
# Or the sign in Latin letters, as English and German notes write it: "op. 1, No. 1234",
# "оп. 1. No 1079" (OCR's "№").
_NUMERO_FILE_PATTERN = (
    rf"(?P<numero>№|(?-i:No|no|Nr|nr)(?:\.|(?=\s\d))|(?-i:N)(?=\s?\d))\s*{NOT_A_DATED_YEAR}"
    rf"(?P<numero_id>{IDENTIFIER_PATTERN})"
)
# A number alone after an inventory, with leaves right after it: the file, its label left
# out ("op. 3, 870, l. 9"); no list of inventories goes on to leaves.
_LEAVES_NEXT = (
    rf"(?=\s?[,.]\s*(?:{label_pattern(LABELS['folios'])}){_ABBREVIATION}{_LABEL_END}\s*\d)"
)
_BARE_FILE_PATTERN = rf"(?=\d)(?P<bare_file>{IDENTIFIER_PATTERN}){_LEAVES_NEXT}"
# Two numbers alone after a fond, with leaves right after them: the inventory and the file,
# their labels left out ("f. 558, 11, 1117, l. 3"). This reads the inventory; the file is
# then a bare file.
_BARE_OPIS_PATTERN = (
    rf"(?=\d)(?!{_BARE_YEAR})(?P<bare_opis>{IDENTIFIER_PATTERN})"
    rf"(?=\s?[,.]\s*(?=\d){IDENTIFIER_PATTERN}{_LEAVES_NEXT})"
)
_INNER_RE = compiled(_INNER_PATTERN, re.IGNORECASE)
_BARE_FILE_RE = compiled(_BARE_FILE_PATTERN, re.IGNORECASE)
_BARE_OPIS_RE = compiled(_BARE_OPIS_PATTERN, re.IGNORECASE)
_OCR_LEAVES_RE = compiled(_OCR_LEAVES_PATTERN, re.IGNORECASE)
_OCR_GLUED_LEAVES_RE = compiled(_OCR_GLUED_LEAVES_PATTERN, re.IGNORECASE)
_OCR_OPIS_RE = compiled(_OCR_OPIS_PATTERN, re.IGNORECASE)
_AFTER_FILE_RE = compiled(_AFTER_FILE_PATTERN, re.IGNORECASE)
_NUMERO_FILE_RE = compiled(_NUMERO_FILE_PATTERN, re.IGNORECASE)
# What the token reader would read on at after the levels the fast path has read: a level
# (_LEVEL_RE), or a level the levels before it tell. (Not one pattern with the levels':
# compiling that again took a seventh of the time of importing archcite.)
_GOES_ON_RE = compiled(
    f"{_INNER_PATTERN}|{_OCR_LEAVES_PATTERN}|{_OCR_GLUED_LEAVES_PATTERN}|{_OCR_OPIS_PATTERN}"
    f"|{_AFTER_FILE_PATTERN}"
    f"|{_NUMERO_FILE_PATTERN}|{_BARE_FILE_PATTERN}|{_BARE_OPIS_PATTERN}",
    re.IGNORECASE,
)
# The characters a note can start with (see note_before_level).
_NOTE_STARTS = frozenset("(0123456789IVXОOДDн")

_FOLIO_RE = compiled(
    rf"(?P<number>\d+)(?P<suffix>{SUFFIX})?(?P<verso>{VERSO})?(?:r(?!{LETTER}))?",
    re.IGNORECASE,
)
_RANGE_RE = compiled(
    rf"(?P<start>{FOLIO})(?:{RANGE_DASH}(?:(?P<end>{FOLIO})|(?P<verso_end>{VERSO_MARK}))"
    rf"|(?P<verso_too>{VERSO_TOO}))?",
    re.IGNORECASE,
)
_PLAIN_RANGE_RE = compiled(rf"(\d+){RANGE_DASH}(\d+)")


def expand_range_end(start: str, end: str) -> str:
    """The end of an abbreviated range written in full: the start's leading digits, then
    the end's (``123-4`` is 123-124, ``40-2`` is 40-42, ``14-9`` is 14-19).

    >>> expand_range_end("123", "4"), expand_range_end("14", "9"), expand_range_end("5", "12")
    ('124', '19', '12')
    """
    if len(end) >= len(start) or int(end) >= int(start):
        return end
    return start[: len(start) - len(end)] + end


def _folio(text: str, after: str | None = None) -> Folio:
    """One folio as printed; ``after`` is the start of its range, to expand an abbreviation."""
    match = _FOLIO_RE.fullmatch(text.strip())
    if match is None:  # pragma: no cover - guarded by the grammar
        raise ValueError(f"not a folio: {text!r}")
    number = match["number"]
    if after is not None:
        number = expand_range_end(after, number)
    return Folio(int(number), match["suffix"] or "", verso=bool(match["verso"]))


@lru_cache(maxsize=16384)
def parse_folios(text: str, unit: FolioUnit = "leaf") -> Folios:
    """Read a folio list as printed into :class:`~archcite.Folios`.

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
        return Folios((FolioRange(Folio(int(text))),), unit=unit)
    plain = _PLAIN_RANGE_RE.fullmatch(text)
    if plain is not None:  # and then a range of two numbers: "13-14", "123–4"
        first, last = plain.groups()
        ends = FolioRange(Folio(int(first)), Folio(int(expand_range_end(first, last))))
        return Folios((ends,), unit=unit)
    ranges = []
    for match in _RANGE_RE.finditer(text):
        start, end = match["start"], match["end"]
        first = _folio(start)
        if match["verso_end"] or match["verso_too"]:  # "12-об.", "12 и об.": the leaf, its verso
            ending: Folio | None = Folio(first.number, first.suffix, verso=True)
        else:
            ending = _folio(end, str(first.number)) if end else None
        ranges.append(FolioRange(first, ending))
    if not ranges:
        raise ValueError(f"no folios in {text!r}")
    return Folios(tuple(ranges), unit=unit)


# The values a run is read into are named tuples: a reader makes several for every
# reference it finds, and a tuple costs a third of a frozen attrs instance to make.
class Level(NamedTuple):
    """One labelled level as read: what it is, its value as printed, and where it stands."""

    level: str  # a level of the model; "page" and "papka_or_page" until assigned
    value: str
    label_start: int
    value_start: int
    end: int
    title: str | None = None
    label: str = ""


class Segment(NamedTuple):
    """The levels of one reference in a run, with where it starts and ends and the spans
    inside it that the model has no place for (a year, a bundle)."""

    levels: tuple[Level, ...]
    start: int
    end: int
    skipped: tuple[tuple[int, int], ...] = ()

    def values(self) -> dict[str, str]:
        """The identifiers by level, as printed (folios too)."""
        return {level.level: level.value for level in self.levels}

    def has(self, *names: str) -> bool:
        """True where any of the levels ``names`` is given."""
        return any(level.level in names for level in self.levels)


class Run(NamedTuple):
    """The references a run of labelled levels holds, and where the run stopped."""

    segments: tuple[Segment, ...]
    end: int
    #: The run stopped at a semicolon: what follows continues the list of references.
    semicolon: bool = False
    #: Where a level given a second time opens the next reference, if one does.
    repeat: int | None = None


def _token(match: re.Match[str]) -> tuple[Level, int]:
    """The level a token match reads, and where its label ends."""
    label = match["fond_label"]
    if label is not None:
        title = match["title"]
        value = match["id"]
        level = Level(
            "fond",
            value.strip(),
            match.start(),
            match.start("id"),
            match.end(),
            title.strip() if title else None,
            label,
        )
        return level, match.end("fond_label")
    label = match["folio_label"]
    if label is not None:
        name, group, label_group = level_of(label) or "skip", "folios", "folio_label"
    else:
        label_group = "skip_label" if match["skip_label"] is not None else "label"
        label = match[label_group]
        name, group = level_of(label) or "skip", "id"
    value = match[group]
    level = Level(name, value.strip(), match.start(), match.start(group), match.end(), None, label)
    return level, match.end(label_group)


def _read_tokens(
    text: str, position: int
) -> tuple[list[Level], list[tuple[int, int]], int, bool, int | None]:
    """The level tokens of one reference from ``position`` on, the skipped spans, where the
    reference ends, whether a semicolon ended it, and where a level given a second time
    opens the next reference, if one does."""
    tokens: list[Level] = []
    slots: set[str] = set()
    skipped: list[tuple[int, int]] = []
    end = position
    while True:
        bracket = _bracketed_leaves(text, position, slots)
        if bracket is not None:
            position = bracket
        after_file = _after_file(text, position, slots)
        match = None if after_file is not None else _LEVEL_RE.match(text, position)
        if after_file is not None:
            token, leaves = after_file, True
        elif match is not None:
            token, label_end = _token(match)
            if text[label_end : label_end + 1] == "." and is_word(token.label):
                break  # "Collection. 1969": a word that ends a sentence is no label
            leaves = match["folio_label"] is not None
        else:
            told = _told_token(text, end, position, slots)
            if told is None:
                break
            token, leaves = told, told.level == "folios"
        if token.level != "skip":
            if "folios" in slots and _latvian_file(tokens, token, slots):
                slots.discard("folios")
                slots.add("delo")
            slot = _slot(token.level, slots)
            if (
                slot in slots
                or (slot == "papka_or_page" and slots & {"papka", "folios"})
                or (slot == "papka_or_page_late" and "folios" in slots)
                # a page after a "P." that only leaves would make a papka: "p. 1, pp. 2"
                or (token.level == "page" and "papka_or_page_late" in slots)
            ):
                return tokens, skipped, end, False, token.label_start
            slots.add(slot)
        if leaves:
            more = _MORE_FOLIOS_RE.match(text, token.end)
            if more is not None and more.end() > more.start():
                token = token._replace(value=text[token.value_start : more.end()], end=more.end())
            if bracket is not None:
                closing = _CLOSING_RE.match(text, token.end)
                if closing is None:
                    break  # "(l. 9 and the note …": no leaves in brackets
                token = token._replace(end=closing.end())
        if token.level == "skip":
            skipped.append((token.label_start, token.end))
        else:
            tokens.append(token)
        end = token.end
        separator = _SEPARATOR_RE.match(text, end)
        assert separator is not None  # it matches the empty string
        if separator["punct"] == ";" and not _goes_down(text, separator.end(), slots):
            return tokens, skipped, end, True, None
        position = separator.end()
        note = note_before_level(text, position, bool(slots & _FILE_SLOTS) or "folios" in slots)
        if note is not None:
            skipped.append(note)
            position = _SEPARATOR_RE.match(text, note[1]).end()  # type: ignore[union-attr]
    return tokens, skipped, end, False, None


def note_before_level(text: str, position: int, filed: bool) -> tuple[int, int] | None:
    """The span of words at ``position`` that a run reads past and keeps (see
    :attr:`Segment.skipped`) because a level follows them, or None: a year with its "г."
    ("Ф. 400, 1916 г. Оп. 2"), a remark in brackets ("op. 3 (Politburo protocols), d. 870"),
    or, before any file (not ``filed``), a year alone ("op. 469, 1859, d. 45") or a division
    of the Police Department ("Ф. 102. ОО. 1905. Д. 999"; not before a fond), or after one,
    whom a case file is on ("АСД № Р-3454 на Иванова И. И., л. 61"). A semicolon after the
    words ends the run there."""
    note = _NOTE_RE.match(text, position)
    if note is None or (filed and note.lastgroup in _BEFORE_A_FILE):
        return None
    if not filed and note.lastgroup in _AFTER_A_FILE:
        return None
    after = _SEPARATOR_RE.match(text, note.end())
    assert after is not None  # it matches the empty string
    if after["punct"] == ";":
        return None
    level = _LEVEL_RE.match(text, after.end())
    if level is None or (note.lastgroup == "division" and level["fond_label"]):
        return None
    return note.span()


_FILE_SLOTS = frozenset(("delo", "ed_khr"))
_OPENERS = frozenset(("fond", "opis"))
_FOND_ONLY = frozenset(("fond",))
# Latvian labels the file "l." (lieta) and its leaves "lp." (lapa), labels before numbers
# as in "LVA, f. 101, apr. 10, l. 26, lp. 4" as well as after them.
_LATVIAN_FILE = frozenset(label_key(spelling) for spelling in NUMBER_FIRST_LABELS["delo"])
_LATVIAN_LEAVES = frozenset(label_key(spelling) for spelling in NUMBER_FIRST_LABELS["folios"])
_ONE_ID_RE = compiled(IDENTIFIER_PATTERN, re.IGNORECASE)


def _latvian_file(tokens: list[Level], token: Level, slots: set[str]) -> bool:
    """Where a Latvian leaf label follows "l." in a run with no file, that "l." names the
    file: the token read as leaves is made the file (in ``tokens``), and True."""
    if token.level != "folios" or slots & _FILE_SLOTS:
        return False
    if label_key(token.label) not in _LATVIAN_LEAVES:
        return False
    for index in range(len(tokens) - 1, -1, -1):
        leaves = tokens[index]
        if leaves.level == "folios":
            if label_key(leaves.label) in _LATVIAN_FILE and _ONE_ID_RE.fullmatch(leaves.value):
                tokens[index] = leaves._replace(level="delo")
                return True
            return False
    return False


def _told_token(text: str, after: int, position: int, slots: set[str]) -> Level | None:
    """A level at ``position`` whose label reads only where the levels before it in the
    run (the last of them ending at ``after``) tell what it is, or None.

    - A leaf label as OCR damages it (:data:`~.labels.OCR_LEAF_LABELS`: "11.", "1l.",
      "1.") before a space and leaves, after a file with no leaves yet, on the same line
      (a line that opens with "1. 12" is a numbered list's): "d. 1006, 11. 52-53". ("Il."
      is a label of the table.) With no space, where the level before ran its label
      into its number too: "d.74, 1.3".
    - An inventory's label as OCR damages it (:data:`~.labels.OCR_OPIS_LABELS`: "On."),
      with its stop, after a fond alone, on the same line: "Ф. 17. On. 3. Д. 5". ("on 3"
      without the stop is English.)
    - A Baltic one-letter label ("b." byla, "n." nimistu, "s." säilik) in a run a fond or
      an inventory opened, where its level's place and those below it are still empty:
      "f. K-1, ap. 10, b. 12", "f. 1, n. 4, s. 12". So "s." after a file and "n." after an
      inventory are not read, and alone they open nothing ("b. 1905", "n. 3").
    - A numero sign alone ("№ 12", "No. 12") in a run a fond or an inventory opened, where the
      file's place and those below it are still empty: the file ("Оп. 1. № 12. Л. 3").
    - A number alone after an inventory, where the file's place is still empty, with leaves
      right after it: the file, its label left out ("op. 3, 870, l. 9"); and two numbers
      alone after a fond alone, with leaves right after them: the first is the inventory
      ("f. 558, 11, 1117, l. 3"), and the second then a file so.
    """
    if slots & _FILE_SLOTS and "folios" not in slots and "\n" not in text[after:position]:
        match = _OCR_LEAVES_RE.match(text, position)
        if match is not None:
            return Level(
                "folios",
                match["ocr_folios"],
                position,
                match.start("ocr_folios"),
                match.end(),
                None,
                match["ocr_label"],
            )
        match = _OCR_GLUED_LEAVES_RE.match(text, position)
        if match is not None and _GLUED_LEVEL_RE.search(text, max(0, after - 24), after):
            return Level(
                "folios",
                match["glued_folios"],
                position,
                match.start("glued_folios"),
                match.end(),
                None,
                match["glued_label"],
            )
    if slots == _FOND_ONLY and "\n" not in text[after:position]:
        match = _OCR_OPIS_RE.match(text, position)
        if match is not None:
            return Level(
                "opis",
                match["ocr_opis"].strip(),
                position,
                match.start("ocr_opis"),
                match.end(),
                None,
                match["ocr_opis_label"],
            )
    if slots == _FOND_ONLY:
        match = _BARE_OPIS_RE.match(text, position)
        if match is not None:
            value = match["bare_opis"]
            return Level("opis", value.strip(), position, position, match.end(), None, "")
    if slots & _OPENERS:
        match = _INNER_RE.match(text, position)
        if match is not None:
            level = inner_level(match["inner_label"])
            if level is not None and all(_slot_rank(slot) < LEVEL_RANK[level] for slot in slots):
                value = match["inner_id"]
                return Level(
                    level,
                    value.strip(),
                    position,
                    match.start("inner_id"),
                    match.end(),
                    None,
                    match["inner_label"],
                )
        if all(_slot_rank(slot) < LEVEL_RANK["delo"] for slot in slots):  # no file yet
            match = _BARE_FILE_RE.match(text, position) if "opis" in slots else None
            if match is not None:
                value = match["bare_file"]
                return Level("delo", value.strip(), position, position, match.end(), None, "")
            match = _NUMERO_FILE_RE.match(text, position)
            if match is not None:
                value = match["numero_id"]
                return Level(
                    "delo",
                    value.strip(),
                    position,
                    match.start("numero_id"),
                    match.end(),
                    None,
                    match["numero"],
                )
    return None


# Leaves in brackets after a file: "д. 505 (л. 12)", "d. 870 (ll. 9–10)".
_BRACKETED_LEAVES_RE = compiled(
    rf"\(\s*(?=(?:{_FOLIO_LABELS}){_ABBREVIATION}{_LABEL_END}\s*\d)", re.IGNORECASE
)
_CLOSING_RE = compiled(r"\s*\)")


def _bracketed_leaves(text: str, position: int, slots: set[str]) -> int | None:
    """Where the leaves' label starts inside a bracket at ``position`` that follows a file
    with no leaves yet ("д. 505 (л. 12)"), or None."""
    if text[position : position + 1] != "(" or not slots & _FILE_SLOTS or "folios" in slots:
        return None
    match = _BRACKETED_LEAVES_RE.match(text, position)
    return None if match is None else match.end()


# A number a fond could have: digits and a letter ("f. 81", "f. 1a", "f. 170v" for "ф. 170в").
_A_FOND_NUMBER_RE = compiled(r"\d+[^\W\d_]?")


def _after_file(text: str, position: int, slots: set[str]) -> Level | None:
    """The leaves or pages a label of :data:`~.labels.AFTER_FILE_LABELS` gives after a file
    with no leaves yet ("d. 1737, k. 32", "d. 870, S. 12"), or None.

    An "f." is the leaf only where the fond is given already and no level follows: before
    the fond it is the fond, written after the file ("d. 5, f. 1"), and with levels after
    it, it opens the next reference, as a fond given a second time does ("d. 870, f. 81,
    op. 3"; a semicolon ends the run before them). Where the level after it is a fond, that
    fond or leaves open the next item and the "f." is the leaf ("b. 43, f. 26, fondo 400",
    "b. 1, f. 351. l. 391"); so it is where its number could be no fond's: a range or a list
    ("f. 26-31", "f. 26, 28"). (A letter after the number may be a fond's as well as a
    verso's: "f. 170v, op. 90" is the fond 170в.)
    """
    if not slots & _FILE_SLOTS or "folios" in slots:
        return None
    match = _AFTER_FILE_RE.match(text, position)
    if match is None:
        return None
    label = match["after_label"]
    if label.lower() == "f":
        if "fond" not in slots:
            return None
        more = _MORE_FOLIOS_RE.match(text, match.end())
        separator = _SEPARATOR_RE.match(text, more.end() if more else match.end())
        assert separator is not None  # it matches the empty string
        after = _LEVEL_RE.match(text, separator.end()) if separator["punct"] != ";" else None
        # (a Baltic label after it too: "f. 26, b. 43" is Lithuanian's fond and file)
        inner = _INNER_RE.match(text, separator.end()) if separator["punct"] != ";" else None
        level_follows = inner is not None or (
            after is not None and not after["fond_label"] and not after["folio_label"]
        )
        if level_follows and _A_FOND_NUMBER_RE.fullmatch(
            text, match.start("after_folios"), more.end() if more else match.end()
        ):
            return None
    return Level(
        AFTER_FILE_LABELS[label.lower()],
        match["after_folios"],
        position,
        match.start("after_folios"),
        match.end(),
        None,
        label,
    )


def leaves_after_file(text: str, position: int, slots: frozenset[str]) -> Run | None:
    """The leaves or pages a label of :data:`~.labels.AFTER_FILE_LABELS` gives at
    ``position``, after a shelfmark whose levels (``slots``) hold a file and no leaves
    ("GARF, 9401/1/4157, f. 201–205", "RGASPI 17/3/870, k. 12"), as a run; or None."""
    level = _after_file(text, position, set(slots))
    if level is None:
        return None
    separator = _SEPARATOR_RE.match(text, level.end)
    assert separator is not None  # it matches the empty string
    return Run((Segment((level,), position, level.end),), level.end, separator["punct"] == ";")


_PAPKA_SLOT = "papka_or_page"


def _goes_down(text: str, position: int, slots: set[str] | frozenset[str]) -> bool:
    """Whether the level at ``position``, after a semicolon, goes on down the hierarchy
    from every level read (``slots``) before any leaves: then the semicolon was only a
    separator between the levels of one reference ("RGASPI: f. 17; op. 3; d. 870; l. 9").
    A level given again or a higher one opens the next reference of a list."""
    if "folios" in slots or not slots or any(slot.startswith(_PAPKA_SLOT) for slot in slots):
        return False  # (a "P." read may yet be a page: what it is, what follows tells)
    match = _LEVEL_RE.match(text, position)
    if match is None:
        return False
    token, label_end = _token(match)
    if token.level in ("skip", "papka_or_page") or (
        text[label_end : label_end + 1] == "." and is_word(token.label)
    ):
        return False
    level = "folios" if token.level == "page" else token.level
    return all(_slot_rank(slot) < LEVEL_RANK[level] for slot in slots)


def goes_on_below(text: str, end: int, slots: frozenset[str]) -> bool:
    """Whether, past the separator after levels ``slots`` that end at ``end``, a level below
    every one of them follows: the same reference, though a line's end stands between
    ("Д. 870.\nЛ. 9"). A level given again or a higher one is the next reference's."""
    separator = _SEPARATOR_RE.match(text, end)
    assert separator is not None  # it matches the empty string
    return separator["punct"] != ";" and _goes_down(text, separator.end(), slots)


def _slot_rank(slot: str) -> int:
    # "P." before a file stands where a papka does; after one, it is a page.
    if slot == "papka_or_page":
        return LEVEL_RANK["papka"]
    return LEVEL_RANK.get(slot, LEVEL_RANK["folios"])


@lru_cache(maxsize=4096)
def is_word(label: str) -> bool:
    """A label written as a whole word, which takes no full stop ("Collection", "Опись")."""
    key = label_key(label)
    return len(key) >= 5 and key in _WORDS


# The levels a papka stands above: after any of them, "P." is a page.
_BELOW_PAPKA = frozenset(("delo", "ed_khr", "tom", "chast"))


def _assign(tokens: list[Level]) -> list[Level]:
    """Tell a papka from a page, and give pages their own mark, by the levels around them.

    "P."/"П." is AVP RF's papka (folder) where leaves follow it in the run, or where no
    file (nor a volume or part of one) has come before it; after a file with no leaves
    after it, it is a page.
    """
    assigned = []
    for index, token in enumerate(tokens):
        if token.level == "papka_or_page":
            later_leaves = any(t.level == "folios" for t in tokens[index + 1 :])
            file_before = any(t.level in _BELOW_PAPKA for t in tokens[:index])
            papka = later_leaves or not file_before
            token = token._replace(level="papka" if papka else "page")
        assigned.append(token)
    return assigned


def _slot(level: str, slots: set[str]) -> str:
    """The field a level fills, given those filled before it: pages fill the folios.

    A "P." after a file (or its volume or part) is a page, unless leaves follow it
    (``papka_or_page_late``: the leaves that follow do not repeat it); after a papka as
    well, it can only be a page.
    """
    if level == "page":
        return "folios"
    if level == "papka_or_page" and slots & _BELOW_PAPKA:
        return "folios" if slots & {"papka", "papka_or_page"} else "papka_or_page_late"
    return level


def read_run(text: str, position: int) -> Run:
    """The levels of the reference that starts at ``position`` (no segment if none does).

    Where a level comes a second time, :attr:`Run.repeat` says where: the next reference
    of a list starts there ("Д. 7. С. 15. Д. 8. С. 16").
    """
    fast = _fast_run(text, position)
    if fast is not None:
        return fast
    tokens, skipped, end, semicolon, repeat = _read_tokens(text, position)
    if not tokens:
        return Run((), end, semicolon)
    levels = _assign(tokens)
    start = levels[0].label_start
    inside = tuple(span for span in skipped if start <= span[0] and span[1] <= end)
    return Run((Segment(tuple(levels), start, end, inside),), end, semicolon, repeat)


# --- the number first: Latvian notes ----------------------------------------------------

# Every spelling of the table and the Latvian ones, each as printed after its number.
_NUMBER_FIRST_SPELLINGS = tuple(
    dict.fromkeys(
        (
            *SPELLINGS,
            *(spelling for spellings in NUMBER_FIRST_LABELS.values() for spelling in spellings),
        )
    )
)
# One pair: the number as an ordinal (its stop), then the label, its stop or a word's end.
# A range of leaves may carry the stop on both numbers: "3.–5. lp.".
# (A label and its hyphen, in small letters, are no number's prefix: "op-1. f. 2065" is an
# inventory and a fond; a prefix is in capitals, "PA-15".)
_NUMBER_FIRST_RE = compiled(
    rf"(?!{LETTER}*{LABEL_HYPHEN})"
    rf"(?P<value>{FOLIO}\.?\s?[{DASH}]\s?{FOLIO}(?=\.)|{IDENTIFIER_PATTERN})\.\s?"
    rf"(?P<label>{label_pattern(_NUMBER_FIRST_SPELLINGS)})(?:\.|(?!{LETTER}))",
    re.IGNORECASE,
)
# A word ("lieta", "fonds") takes no stop: one after it is the sentence's.
_NUMBER_FIRST_WORDS = frozenset(
    label_key(spelling)
    for spellings in NUMBER_FIRST_LABELS.values()
    for spelling in spellings
    if len(label_key(spelling)) >= 4
)
_NUMBER_FIRST_SEPARATOR_RE = compiled(r"\.?(?:,\s*|\s+)")


def number_first_at(text: str, position: int) -> Segment | None:
    """The levels at ``position`` where each number comes before its label, as Latvian
    notes write them after the archive: "101. f., 1. apr., 12. l., 3. lp." (there "l." is
    lieta, the file). A fond labelled in Latin letters opens the run and one more level at
    least follows it; a level given twice ends it. None where no such run starts.

    >>> [(level.level, level.value) for level in number_first_at("101. f., 12. l.", 0).levels]
    [('fond', '101'), ('delo', '12')]
    """
    levels: list[Level] = []
    while True:
        match = _NUMBER_FIRST_RE.match(text, position)
        if match is None:
            break
        level = NUMBER_FIRST_LEVEL.get(label_key(match["label"]))
        if level is None or level == "skip":
            break
        if not levels and (level != "fond" or has_cyrillic(match["label"])):
            # (the Latvian notes' fond is Latin: "2. Ф. 1. Оп. 3" after an archive's name
            # that ends in a number is labelled levels, each number after its label)
            break
        if level in ("page", "papka_or_page"):
            level = "page"
        if any(read.level == level or {read.level, level} <= {"folios", "page"} for read in levels):
            break  # a level given twice: not this run's
        value, label, end = match["value"], match["label"], match.end()
        if level in ("folios", "page"):
            value = value.replace(".", "")
        if text[end - 1] == "." and (label_key(label) in _NUMBER_FIRST_WORDS or is_word(label)):
            end -= 1
        levels.append(
            Level(level, value.strip(), match.start(), match.start("value"), end, None, label)
        )
        separator = _NUMBER_FIRST_SEPARATOR_RE.match(text, end)
        if separator is None:
            break
        position = separator.end()
    if len(levels) < 2:
        return None
    return Segment(tuple(levels), levels[0].label_start, levels[-1].end)


# --- the fast path: the commonest order of levels in one compiled pattern ---------------

#: What stands between two levels in the fast pattern: a separator of the run, but for a
#: semicolon, which ends the reference.
FAST_SEPARATOR = rf"(?:\s*[,.:]?\s*(?:[{DASH}]\s*(?![{DASH}]))?)"
#: The levels of the fast pattern, in the order of the hierarchy.
FAST_LEVELS: tuple[str, ...] = (
    "fond", "opis", "razdel", "korobka", "papka", "delo", "ed_khr", "tom", "chast", "folios",
    "rolik",
)  # fmt: skip


def fast_levels_pattern(*, papka_or_page: bool = True) -> str:
    """Each level of :data:`FAST_LEVELS` in order, optional, its label in a group
    ``L_<level>`` and its value in a group ``<level>``, built from the pieces of
    :data:`LEVEL_TOKEN_PATTERN`; "P."/"П." stands in the papka's place and in the folios'
    unless ``papka_or_page`` is false. Values are atomic, as the run reader takes each
    once and never gives part of it back."""
    either = PAPKA_OR_PAGE if papka_or_page else ()
    slots = {level: LABELS[level] for level in FAST_LEVELS if level != "folios"}
    slots["papka"] += either
    slots["folios"] = LABELS["folios"] + PAGE_LABELS + either
    return "".join(
        rf"(?:(?P<L_{level}>{label_pattern(slots[level])}){_LABEL_END}\s*{NUMERO}"
        rf"{NOT_A_DAY if level == 'folios' else ''}"
        rf"(?P<{level}>(?>{FOLIO_LIST_PATTERN if level == 'folios' else IDENTIFIER_PATTERN}))"
        rf"{f'(?:{_TITLE})?' if level == 'fond' else ''}{FAST_SEPARATOR})?"
        for level in FAST_LEVELS
    )


_FAST_RUN_RE = compiled(fast_levels_pattern(papka_or_page=False), re.IGNORECASE)
# For each level, in order: its name, and the indexes in match.groups() of its value and
# its label.
_FAST_RUN_GROUPS = tuple(
    (level, _FAST_RUN_RE.groupindex[level] - 1, _FAST_RUN_RE.groupindex[f"L_{level}"] - 1)
    for level in FAST_LEVELS
)
_FAST_TITLE_GROUP = _FAST_RUN_RE.groupindex["title"]


@lru_cache(maxsize=4096)
def _label_info(label: str) -> tuple[str | None, bool]:
    """What a label names, and whether it is written as a whole word: asked together."""
    return level_of(label), is_word(label)


_FILE_LEVELS = frozenset(("delo", "ed_khr"))


def _fast_run(text: str, position: int) -> Run | None:
    """The run at ``position`` where its levels come in the order of the hierarchy and the
    token reader would read each just so, read by one pattern; None where the token reader
    must read it (any other order, a P., a bundle, a year or a level given twice)."""
    match = _FAST_RUN_RE.match(text, position)
    if match is None or match.end() == position:
        return None
    groups = match.groups()
    levels: list[Level] = []
    files = 0
    for name, value_index, label_index in _FAST_RUN_GROUPS:
        value = groups[value_index]
        if value is None:
            continue
        label = groups[label_index]
        label_end = match.end(label_index + 1)
        level, word = _label_info(label)
        if word and text[label_end : label_end + 1] == ".":
            return None  # "Collection. 1969": the token reader stops before it
        if name == "fond":
            level = "fond"
        elif level is None or (level != name and not (name == "folios" and level == "page")):
            return None
        end = match.end(value_index + 1)
        value_start = end - len(value)
        title = None
        if name == "fond":
            if text[end : end + 1] == " " and _UNIT_FOND_RE.match(text, value_start):
                return None  # a fond named for a unit: "Ф. 38 А. Оп. 11360"
            title = groups[_FAST_TITLE_GROUP - 1]
            if title is not None:
                title = title.strip()
                end = match.end(_FAST_TITLE_GROUP) + 1  # the closing bracket
        elif name == "folios":
            if more_leaves(text, end):
                return None  # more leaves than one pattern takes
        elif level in _FILE_LEVELS:
            files += 1
        levels.append(
            Level(level, value.strip(), label_end - len(label), value_start, end, title, label)
        )
    if files > 1:
        return None  # one file's place given twice: the next reference starts there
    # Where the token reader would go on: the run ends here only where it would stop.
    end = levels[-1].end
    semicolon = run_ends(text, end, frozenset(level.level for level in levels))
    if semicolon is None:
        return None
    return Run((Segment(tuple(levels), position, end),), end, semicolon)


def more_leaves(text: str, end: int) -> bool:
    """Whether more leaves follow leaves that end at ``end`` ("l. 5, 7", "ll. 3 and 9")."""
    more = _MORE_FOLIOS_RE.match(text, end)
    return more is not None and more.end() > end


def run_ends(text: str, end: int, slots: frozenset[str]) -> bool | None:
    """Whether the token reader ends a run of the levels ``slots`` (one file at most) at
    ``end``: None where it reads on, else whether a semicolon ends the run there."""
    separator = _SEPARATOR_RE.match(text, end)
    assert separator is not None  # it matches the empty string
    if separator["punct"] == ";":
        if _goes_down(text, separator.end(), slots):
            return None  # the token reader reads on across it
        return True
    after = separator.end()
    if _LEVEL_RE.match(text, after) is not None or _GOES_ON_RE.match(text, after) is not None:
        return None
    filed = not slots.isdisjoint(_FILE_LEVELS)
    if filed and text[after : after + 1] == "(" and _BRACKETED_LEAVES_RE.match(text, after):
        return None  # leaves in brackets after the file: "д. 505 (л. 12)"
    if text[after : after + 1] in _NOTE_STARTS:
        placed = filed or "folios" in slots or "page" in slots
        if note_before_level(text, after, placed) is not None:
            return None  # the token reader reads past the note to the level after it
    return False
