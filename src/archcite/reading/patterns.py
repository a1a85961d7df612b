"""The pieces every reader is built from: letters, capitals, identifiers, folios, archives.

This module is the one copy of each character class and pattern piece; the reference
grammar, the scanner and the citation reader import them from here.

>>> import re
>>> bool(re.fullmatch(IDENTIFIER_PATTERN, "R-5446"))
True
>>> bool(re.fullmatch(FOLIO_LIST_PATTERN, "13-14, 52ob"))
True
"""

from __future__ import annotations

from .labels import MONTHS

__all__ = [
    "ACRONYM",
    "ARCHIVE_PATTERN",
    "CAPITALS",
    "CAPITALS_WORD",
    "COUNTRY",
    "FOLIO",
    "FOLIO_LIST_PATTERN",
    "FOLIO_RANGE",
    "IDENTIFIER_PATTERN",
    "LETTER",
    "LOWER",
    "NAME_LETTER",
    "NOT_A_DATE",
    "ONE_ARCHIVE",
    "QUOTED_NAME",
    "REGION",
    "SHORT",
    "SUFFIX",
    "VERSO",
    "VERSO_MARK",
    "WHITESPACE",
    "archive_pattern",
]

#: Spaces that print often puts between elements and pyparsing should skip.
WHITESPACE = " \t\r\n\u00a0\u2002\u2003\u2007\u2009\u200a\u202f\u3000"

LETTER = r"[^\W\d_]"
#: Capitals of both scripts, with those of the Ukrainian alphabet and of the scholarly
#: transliterations (ŠČŽ of ISO 9 and DIN 1460, Ŭ of ALA-LC), as a regex class body.
CAPITALS = "A-ZА-ЯЁІЇЄҐЎŠČŽŜÂÛÈËĖĬÌÏŬǓ"
LOWER = "a-zа-яёіїєґў"

# An identifier: an optional letter prefix with a hyphen (R-5446, Р- 467, р-4808) or
# glued to the digits (р4808), digits, a short letter suffix (1a, 65а, 2v), and
# slash-joined parts (641/1, 4С/П). A range of files is one identifier (504–692).
_ID_PREFIX = rf"(?:{LETTER}{{1,3}}-\s?|{LETTER}(?=\d))"
_ID_CORE = rf"\d+(?:\.\d+)?(?:{LETTER}{{1,2}}(?!{LETTER}))?(?:/[\d{CAPITALS}{LOWER}]+)*"
# After the number: a range of files (504–692), a hyphenated suffix (ЦА ФСБ's "3-ос"), or
# an additional inventory ("Оп. 1 доп.").
IDENTIFIER_PATTERN = (
    rf"{_ID_PREFIX}?{_ID_CORE}(?:\s?[-–—]\s?\d+{LETTER}?(?!{LETTER})|-[{LOWER}]{{1,3}}(?!{LETTER}))?"
    rf"(?:\s?(?:доп|dop)(?!{LETTER}))?"
)

# A folio: digits, a letter suffix (41a, 52а) that is not the start of a verso mark,
# then a verso mark (52ob, 52 ob., 52об., 4 об., 52v) or a recto mark (1r).
# "зв." (зворот) is the Ukrainian verso.
VERSO_MARK = r"(?:ob|об|зв|zv)\.?"
VERSO = rf"(?:\s*{VERSO_MARK}|v(?!{LETTER}))"
# A suffix letter stands alone or runs straight into a verso mark ("52aob.").
SUFFIX = rf"[a-uw-zа-яё](?:(?!{LETTER})|(?={VERSO_MARK}(?!{LETTER})))"
FOLIO = rf"\d+(?!\d)(?:{SUFFIX})?(?:{VERSO}|r(?!{LETTER}))?"
FOLIO_RANGE = rf"{FOLIO}(?:\s*[-–—]\s*{FOLIO})?"
# A number followed by a month and a year is a date: "Ll. 13-14, 16 November 1956".
NOT_A_DATE = r"(?!\d+\s*(?i:" + "|".join(MONTHS) + r")[^\W\d_]*\.?\s*\d)"
# Repetitions are bounded so that a run of "1, 1, 1, …" costs the same at every start.
FOLIO_LIST_PATTERN = (
    rf"{FOLIO_RANGE}(?:(?:\s*,\s*|\s+(?:and|и|&)\s+)(?=\d){NOT_A_DATE}{FOLIO_RANGE}){{0,99}}"
)

# An archive as cited: acronyms of two or more capitals (TsKhSD, ПермГАСПИ, SPb),
# joined where one of them is short (AP RF, ЦА ФСБ, ГУ ОГАЧО, TsGAIPD SPb), and the
# regional forms "УФСБ по Рязанской области", "ГА Винницкой обл.".
# Letters of an archive's name, with the tie bar of strict ALA-LC (T͡sKhSD).
NAME_LETTER = r"(?:[^\W\d_]|\u0361)"
ACRONYM = (
    rf"(?=[{CAPITALS}]{NAME_LETTER}*[{CAPITALS}])[{CAPITALS}]{NAME_LETTER}{{1,11}}"
    rf"(?:-[{CAPITALS}]{NAME_LETTER}{{1,8}}){{0,3}}(?!{NAME_LETTER})"
)
# A second word of capitals that belongs to the name: "TsGAOR SSSR", "TsPA ITIS".
CAPITALS_WORD = rf"[{CAPITALS}]{{2,5}}(?!{NAME_LETTER})"
SHORT = rf"(?:[{CAPITALS}][{CAPITALS}]{LETTER}?|[{CAPITALS}]{LETTER}[{CAPITALS}])(?!{LETTER})"
COUNTRY = r"(?:\s(?:Rossii|России|Ukra[iïjy]{1,2}n[yi]|України|Украины|Belarusi|Беларуси|Беларусі))"
REGION = (
    rf"(?:\s+(?:по|po)\s+[{CAPITALS}]{NAME_LETTER}+\s+"
    rf"(?:области|обл\.|краю|края|республике|oblasti|obl\.|kraiu|krayu|respublike)"
    rf"|\s+[{CAPITALS}]{NAME_LETTER}+(?:ой|ого|ий|ый|oi|oĭ|oj|oy|ogo|ii|iĭ|yi|yĭ|ij)\s+"
    rf"(?:обл\.|области|края|губ\.|губернии|obl\.|oblasti|kraia|kraya|gub\.|gubernii))"
)
# A name in guillemets after the acronym: "НИПЦ «Мемориал»" (English quotation marks
# after an archive open a document's title instead).
QUOTED_NAME = r"(?:\s?«[^»\n]{1,40}»)"
ONE_ARCHIVE = (
    rf"(?:{SHORT}\s){{0,3}}{ACRONYM}(?:\s(?:{SHORT}|{CAPITALS_WORD})){{0,3}}{COUNTRY}?"
    rf"(?:{REGION}|{QUOTED_NAME})?"
)


def archive_pattern(former: str | None) -> str:
    """An archive as cited; today's name may carry the cited one in brackets, as the styles
    write it with modern=True: "RGANI (formerly TsKhSD)", "РГАНИ (бывш. ЦХСД)"."""
    inner = f"(?P<{former}>{ONE_ARCHIVE})" if former else f"(?:{ONE_ARCHIVE})"
    return rf"(?:{ONE_ARCHIVE}(?:\s\((?:formerly|бывш\.)\s{inner}\))?)"


ARCHIVE_PATTERN = archive_pattern("former")
