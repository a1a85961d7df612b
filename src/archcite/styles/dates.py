"""Dates written the ways citation styles write them.

>>> from archcite.model import PartialDate
>>> write_date(PartialDate(1956, 11, 27), "ru")
'27 ноября 1956 г.'
"""

from __future__ import annotations

from typing import Literal

from ..model import DocumentCitation, PartialDate
from ..reading.dates import (
    ENGLISH_MONTHS,
    ENGLISH_MONTHS_ABBREVIATED,
    RUSSIAN_MONTHS_GENITIVE,
    RUSSIAN_MONTHS_NOMINATIVE,
)

__all__ = ["DateForm", "date_to_write", "write_date"]


DateForm = Literal["us", "dmy", "mla", "apa", "ru", "numeric"]


def write_date(date: PartialDate, form: DateForm) -> str:
    """Write ``date`` in one of the forms citation styles use, to the precision known.

    ``us`` "November 27, 1956" (Chicago, Wilson Center); ``dmy`` "27 November 1956"
    (CWIHP notes); ``mla`` "27 Nov. 1956"; ``apa`` "1956, November 27";
    ``ru`` "27 ноября 1956 г."; ``numeric`` "27.11.1956".

    >>> write_date(PartialDate(1956, 11, 27), "mla")
    '27 Nov. 1956'
    """
    year, month, day = date.year, date.month, date.day
    if month is None:
        return f"{year} г." if form == "ru" else str(year)
    if form == "numeric":
        return f"{day:02d}.{month:02d}.{year}" if day is not None else f"{month:02d}.{year}"
    if form == "ru":
        if day is None:
            return f"{RUSSIAN_MONTHS_NOMINATIVE[month - 1]} {year} г."
        return f"{day} {RUSSIAN_MONTHS_GENITIVE[month - 1]} {year} г."
    name = ENGLISH_MONTHS_ABBREVIATED[month - 1] if form == "mla" else ENGLISH_MONTHS[month - 1]
    if day is None:
        return f"{year}, {name}" if form == "apa" else f"{name} {year}"
    if form == "us":
        return f"{name} {day}, {year}"
    if form == "apa":
        return f"{year}, {name} {day}"
    return f"{day} {name} {year}"


def date_to_write(citation: DocumentCitation) -> PartialDate | None:
    """The citation's date, unless its title or description already carries it as written
    ("Письмо Б. С. Боднарскому от 20 октября 1925 г.", as GOST notes title a document): a
    style does not write a date twice.

    >>> from archcite.model import DocumentCitation
    >>> date = PartialDate(1945, 5, 12, text="12 мая 1945 г.")
    >>> date_to_write(DocumentCitation(title="Записка, 12 мая 1945 г.", date=date)) is None
    True
    >>> date_to_write(DocumentCitation(title="Записка", date=date)) is date
    True
    """
    date = citation.date
    if date is None or not date.text:
        return date
    carried = (citation.title or "", citation.description or "")
    return None if any(date.text in part for part in carried) else date
