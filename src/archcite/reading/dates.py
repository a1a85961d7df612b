"""Dates as citations write them, read into a :class:`~archcite.model.PartialDate`.

English, Russian and transliterated Russian forms, numeric forms with Arabic or Roman
months, and dates known only to the month or the year. The written text is kept:

>>> d = parse_date("27 noyabrya 1956 g.")
>>> (d.iso, d.text)
('1956-11-27', '27 noyabrya 1956 g.')
"""

from __future__ import annotations

import re

import pyparsing as pp

from ..errors import ParseError
from ..model import PartialDate

__all__ = [
    "DATE",
    "ENGLISH_MONTHS",
    "ENGLISH_MONTHS_ABBREVIATED",
    "RUSSIAN_MONTHS_GENITIVE",
    "RUSSIAN_MONTHS_NOMINATIVE",
    "parse_date",
]

ENGLISH_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
ENGLISH_MONTHS_ABBREVIATED = (
    "Jan.",
    "Feb.",
    "Mar.",
    "Apr.",
    "May",
    "June",
    "July",
    "Aug.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
)
#: Russian month names in the genitive, which a day-month-year date uses ("27 ноября").
RUSSIAN_MONTHS_GENITIVE = (
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
)
#: Russian month names in the nominative, which a month-year date uses ("ноябрь 1956 г.").
RUSSIAN_MONTHS_NOMINATIVE = (
    "январь",
    "февраль",
    "март",
    "апрель",
    "май",
    "июнь",
    "июль",
    "август",
    "сентябрь",
    "октябрь",
    "ноябрь",
    "декабрь",
)

# Other spellings a month is read from, by month number. CWIHP writes BGN-like "noyabrya",
# US scholarship LC "noiabria", German and ISO-like systems "nojabrja"; Russian
# bibliographies abbreviate ("нояб.").
_OTHER_SPELLINGS: dict[int, tuple[str, ...]] = {
    1: ("jan", "янв", "yanvarya", "ianvaria", "janvarja"),
    2: ("feb", "февр", "fevralya", "fevralia", "fevralja"),
    3: ("mar", "marta"),
    4: ("apr", "апр", "aprelya", "aprelia", "aprelja"),
    5: ("maya", "maia", "maja"),
    6: ("jun", "iyunya", "iiunia", "ijunja"),
    7: ("jul", "iyulya", "iiulia", "ijulja"),
    8: ("aug", "авг", "avgusta"),
    9: ("sept", "sep", "сент", "sentyabrya", "sentiabria", "sentjabrja"),
    10: ("oct", "окт", "oktyabrya", "oktiabria", "oktjabrja"),
    11: ("nov", "нояб", "noyabrya", "noiabria", "nojabrja"),
    12: ("dec", "дек", "dekabrya", "dekabria", "dekabrja"),
}
_MONTH_NUMBER: dict[str, int] = {
    spelling.lower(): number
    for names in (ENGLISH_MONTHS, RUSSIAN_MONTHS_GENITIVE, RUSSIAN_MONTHS_NOMINATIVE)
    for number, spelling in enumerate(names, start=1)
}
_MONTH_NUMBER.update(
    (spelling, number) for number, spellings in _OTHER_SPELLINGS.items() for spelling in spellings
)

_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
_ROMAN_NUMBER = {numeral: number for number, numeral in enumerate(_ROMAN, start=1)}


def _alternation(words: list[str]) -> str:
    # Longest first, so that "November" is not read as "Nov" followed by "ember".
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


def _month_from_name(tokens: pp.ParseResults) -> int:
    return _MONTH_NUMBER[str(tokens[0]).rstrip(".").lower()]


_MONTH_NAME = (
    pp.Regex(rf"(?:{_alternation(list(_MONTH_NUMBER))})\.?(?!\w)", flags=re.IGNORECASE)
    .set_name("month name")
    .set_parse_action(_month_from_name)
)
_DAY = (
    pp.Regex(r"(?:0?[1-9]|[12]\d|3[01])(?!\d)")
    .set_name("day")
    .set_parse_action(lambda t: int(t[0]))
)
_YEAR = pp.Regex(r"[12]\d{3}(?!\d)").set_name("year").set_parse_action(lambda t: int(t[0]))
#: "1956 g.", "1956 г.", "1956 года" — the Russian "year" after the number.
_YEAR_WORD = pp.Suppress(
    pp.Regex(r"(?:г\.|g\.|года(?!\w)|goda(?!\w)|г(?!\w)|g(?!\w))").set_name("year word")
)
_OLD_STYLE = pp.Regex(
    r"\(?(?:O\.\s?S\.|Old Style|ст\.\s?ст\.|по ст\.\s?ст\.)\)?", flags=re.IGNORECASE
).set_name("Old Style marker")("old_style")

_ROMAN_PATTERN = _alternation(list(_ROMAN))
# Numeric forms are single regular expressions: no space may sit inside "27.11.1956".
_NUMERIC = pp.Regex(
    rf"(?P<day>0?[1-9]|[12]\d|3[01])\.(?P<month>{_ROMAN_PATTERN}|0?[1-9]|1[0-2])"
    r"\.(?P<year>[12]\d{3})(?!\d)"
).set_name("numeric date") + pp.Opt(_YEAR_WORD)
_ROMAN_MONTH_YEAR = pp.Regex(rf"(?P<month>{_ROMAN_PATTERN})\.(?P<year>[12]\d{{3}})(?!\d)").set_name(
    "Roman month and year"
) + pp.Opt(_YEAR_WORD)
_ISO = pp.Regex(
    r"(?P<year>[12]\d{3})-(?P<month>0[1-9]|1[0-2])(?:-(?P<day>0[1-9]|[12]\d|3[01]))?(?!\d)"
).set_name("ISO date")
_US = _MONTH_NAME("month") + _DAY("day") + pp.Suppress(",") + _YEAR("year")
_DAY_MONTH_YEAR = _DAY("day") + _MONTH_NAME("month") + _YEAR("year") + pp.Opt(_YEAR_WORD)
_MONTH_YEAR = _MONTH_NAME("month") + _YEAR("year") + pp.Opt(_YEAR_WORD)
_YEAR_ONLY = _YEAR("year") + pp.Opt(_YEAR_WORD)


def _build_date(text: str, location: int, tokens: pp.ParseResults) -> PartialDate:
    start, value, end = tokens[0], tokens[1], tokens[2]
    try:
        return PartialDate(
            int(value["year"]),
            _as_number(value.get("month")),
            _as_number(value.get("day")),
            # An optional element tried at the end has skipped the spaces after the date.
            text=text[start:end].rstrip(),
            old_style="old_style" in value,
        )
    except ValueError as error:  # a day the month does not have: 31 February
        raise pp.ParseException(text, start, f"{_INVALID}{error}") from None


_INVALID = "a date that exists: "


def _as_number(value: int | str | None) -> int | None:
    # Regex-built forms give their groups as strings; Roman months are looked up.
    if value is None or isinstance(value, int):
        return value
    return _ROMAN_NUMBER.get(value) or int(value)


#: A date in any of the written forms, as a ``PartialDate`` whose ``text`` is the match.
DATE: pp.ParserElement = (
    pp.Located(
        (_US | _DAY_MONTH_YEAR | _MONTH_YEAR | _NUMERIC | _ROMAN_MONTH_YEAR | _ISO | _YEAR_ONLY)
        + pp.Opt(_OLD_STYLE)
    )
    .set_name("date")
    .set_parse_action(_build_date)
)

# Positions and the text kept must index what was written: no tab expanded to spaces.
_WHOLE_DATE = (DATE + pp.StringEnd()).parse_with_tabs()


def parse_date(text: str) -> PartialDate:
    """Read one whole date, else raise :class:`~archcite.errors.ParseError`.

    >>> parse_date("28.IV.1992")
    PartialDate(year=1992, month=4, day=28, text='28.IV.1992', old_style=False)
    """
    stripped = text.strip()
    offset = len(text) - len(text.lstrip())
    try:
        result = _WHOLE_DATE.parse_string(stripped, parse_all=True)
    except pp.ParseBaseException as error:
        reason = str(error.msg)
        if reason.startswith(_INVALID):
            problem = reason.removeprefix(_INVALID)
            raise ParseError(
                text, offset + error.loc, "date", problem[:1].upper() + problem[1:]
            ) from None
        raise ParseError(text, offset + error.loc, "date") from None
    date = result[0]
    assert isinstance(date, PartialDate)
    return date
