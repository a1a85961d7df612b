"""The pieces every reader is built from: letters, capitals, dashes, identifiers, folios,
archive phrases.

This module is the one copy of each character class and pattern piece; the reference
grammar, the scanner and the citation reader import them from here.

>>> import re
>>> [bool(re.fullmatch(IDENTIFIER_PATTERN, shape)) for shape in ("R-5446", "П - 2", "1(п)")]
[True, True, True]
>>> bool(re.fullmatch(FOLIO_LIST_PATTERN, "13-14, 52ob"))
True
>>> bool(re.fullmatch(GENERIC_ARCHIVE, "Госархив Тверской обл."))
True
"""

from __future__ import annotations

import re

from ..registry import ATTACHED_TO
from .labels import MONTHS, SPELLINGS, label_pattern

__all__ = [
    "ACRONYM",
    "ARCHIVE_ABBREVIATIONS",
    "ARCHIVE_PATTERN",
    "CAPITALS",
    "DASH",
    "DASHES",
    "FOLIO",
    "FOLIO_LIST_PATTERN",
    "FOLIO_RANGE",
    "FOND_PREFIXES",
    "FOREIGN_ARCHIVES",
    "FORMERLY",
    "GENERIC_ARCHIVE",
    "GENITIVE_ENDINGS",
    "GLUED_LEVEL_END",
    "IDENTIFIER_PATTERN",
    "INVISIBLE",
    "LABEL_HYPHEN",
    "LETTER",
    "LEVEL_IN_CAPITALS",
    "LOWER",
    "MORE_FOLIOS",
    "NAME_ABBREVIATIONS",
    "NAME_END_WORDS",
    "NAME_LETTER",
    "NON_ARCHIVES",
    "NOT_A_DATE",
    "NOT_A_DATED_YEAR",
    "NOT_A_DAY",
    "NOW",
    "NUMERO",
    "ONE_ARCHIVE",
    "QUOTED_NAME",
    "REGION",
    "ROMAN",
    "SUFFIX",
    "VERSO",
    "VERSO_MARK",
    "VERSO_TOO",
    "WHITESPACE",
    "YEAR_NOTE",
    "archive_pattern",
    "cited_archive",
]

#: Spaces that print often puts between elements and pyparsing should skip.
WHITESPACE = " \t\r\n\u00a0\u2002\u2003\u2007\u2009\u200a\u202f\u3000"
#: Characters web pages and PDFs carry that print nothing: they never break a reference.
INVISIBLE = "\u200b\u200c\u200d\u00ad\u200e\u200f\u2060\ufeff"

LETTER = r"[^\W\d_]"
#: Capitals of both scripts, with those of the Ukrainian alphabet and of the scholarly
#: transliterations (ŠČŽ of ISO 9 and DIN 1460, Ŭ of ALA-LC), as a regex class body.
CAPITALS = "A-ZА-ЯЁІЇЄҐЎŠČŽŜÂÛÈËĖĬÌÏŬǓ"
LOWER = "a-zа-яёіїєґў"
#: The number sign a level's number may have after its label: "Д. № 5", "d. No. 5", "N 6530",
#: German "Nr. 5" (only where a number follows).
NUMERO = r"(?:(?:№|Nr\.?|N|No\.?)\s?(?=\S*\d))?"
#: A hyphen that ends a label in small letters before its number: "ф-5446", "оп-1". (In
#: capitals it joins a prefix to the number: "П-1", "Р-5446".)
LABEL_HYPHEN = rf"(?-i:(?<=[{LOWER}])-)(?=\d)"
#: Every hyphen and dash a range or a prefix is printed with (a class body): hyphen-minus,
#: hyphen, non-breaking hyphen, figure dash, en dash, em dash, minus sign.
DASH = "\\-\u2010\u2011\u2012\u2013\u2014\u2212"
#: The same characters themselves, for code that is no regular expression.
DASHES = DASH.replace("\\", "")

#: Not a year the note dates by ("1918 г.", "1937 gg."), which is no level's number.
NOT_A_DATED_YEAR = r"(?!(?:1[5-9]\d\d|20[0-4]\d)\s*(?:гг?|gg?|рр?)\.)"
# An identifier: an optional letter prefix with a hyphen (R-5446, Р- 467, р-4808, Р.-1235,
# П - 2) or glued to the digits (р4808), digits, a short letter suffix (1a, 65а, 2v, and
# GARF's secret part 8131сч, romanised "8131sch") or a bracketed one (1(п)), and
# slash-joined parts (641/1, 4С/П, 1/п).
# (A stop, a space and a dash are GOST's separator, not a prefix's: "Т. V. – 11. 9".)
_ID_PREFIX = rf"(?:{LETTER}{{1,3}}(?:\.|\s)?[{DASH}]\s?(?=\d)|{LETTER}(?=\d))"
_ID_CORE = (
    rf"\d+(?:\.\d+)?(?:{LETTER}{{1,3}}(?!{LETTER}))?(?:\({LETTER}{{1,3}}\))?"
    # a slash-joined part that is no label with its number ("f.3/op.12/d.5" is three levels;
    # "813/ос. 1951 г." and "367/с. 1921 г." are one file each)
    rf"(?:/(?!{label_pattern(SPELLINGS)}\.?\s?{NOT_A_DATED_YEAR}\d)[\d{CAPITALS}{LOWER}]+)*"
)
#: The letters fonds are prefixed with, in both scripts (a class body): GARF's Р (R) and
#: А (A), the party archives' П (P).
FOND_PREFIXES = "РАПRAP"
#: A Roman numeral, as sections and volumes are numbered ("razd. IV", "т. II").
ROMAN = r"(?-i:[IVXLC]{1,6}(?![^\W\d_]))"
# After the number: a range of files (504–692), a hyphenated suffix (ЦА ФСБ's "3-ос",
# "2-р"), an additional inventory ("Оп. 1 доп."), or a suffix word ("17761 пф", "3 п")
# that is not a label with a number after it ("3 п. 5").
#: Not a day, its month and a year ("С 1 января 1918 г.", "l. 3 March 1956"), which no
#: leaf is. The year's four digits tell a Ukrainian month from a Russian leaves' label
#: ("5 лист. 1941" is 5 November; "1 Листы 1" a number and leaf 1).
# (The months are folded into a tree, as labels are: a list of them costs a try of each.)
NOT_A_DAY = rf"(?!\d+\s*(?i:{label_pattern(MONTHS)})[^\W\d_]*\.?\s*(?:1[5-9]|20)\d\d(?!\d))"
IDENTIFIER_PATTERN = (
    rf"(?:{_ID_PREFIX}?{_ID_CORE}"
    # (not a year the file was opened in: "№ 302-1832 г." is file 302 of 1832)
    rf"(?:\s?[{DASH}]\s?{NOT_A_DATED_YEAR}\d+{LETTER}?(?!{LETTER})|[{DASH}][{LOWER}]{{1,3}}(?!{LETTER}))?"
    rf"(?:\s?(?:доп|dop)(?!{LETTER}))?"
    # "3 п" is an opis' suffix, unless "п." labels the number after it (a folder or a
    # page), its stop doubled, set apart or misprinted as a comma, left out or made a
    # hyphen ("п. . 5", "п . 5", "п, 5", "п-5"), which a dated year or a day is not: "Оп. 1
    # п. 1918 г.", "Оп. 1 п, 3 января". ("пф" and "лс" label nothing, so whatever follows
    # them: "1 пф, 11. 2".)
    rf"(?:\s(?:(?:пф|лс|pf|ls)(?!{LETTER})"
    rf"|(?:п|p)(?!{LETTER}|{LABEL_HYPHEN})(?!\s?(?:\.\s?)?[.,]?\s*{NOT_A_DATED_YEAR}{NOT_A_DAY}\d)))?"
    # An identifier ends where a word does: "0A" in "F0A0Д" is no fond.
    rf"(?![^\W_])"
    rf"|{ROMAN})"
)

# A folio: digits, a letter suffix (41a, 52а) that is not the start of a verso mark,
# then a verso mark (52ob, 52 ob., 52об., 4 об., 52v) or a recto mark (1r).
# "зв." (зворот) is the Ukrainian verso, "адв." (адваротны бок) the Belarusian; English
# notes write the word out or "rev." (reverse): "l. 12 verso", "l. 4 rev."; German ones
# "Rs." (Rückseite): "Bl. 3Rs.". A mark is a whole word: "l. 5 obviously", "Л. 5
# обращение", "l. 4 reveals" hold none.
VERSO_MARK = r"(?:ob|об|зв|zv|адв|adv|verso|rev|rs)(?![^\W\d_])\.?"
VERSO = rf"(?:\s*{VERSO_MARK}|v(?!{LETTER}))"
# A suffix letter stands alone or runs straight into a verso mark ("52aob.").
# "r" after a folio is its recto (1r), "v" its verso (1v): neither is a suffix letter.
# (Nor is a conjunction run into the next leaf: "Л.1и1об.", leaf 1 and its verso.)
SUFFIX = rf"[a-qs-uw-zа-яё](?:(?!{LETTER}|(?<=[иі])\d)|(?={VERSO_MARK}(?!{LETTER})))"
FOLIO = rf"\d+(?!\d)(?:{SUFFIX})?(?:{VERSO}|r(?!{LETTER}))?"
# A range may end in the verso mark alone: "л. 12-об." is leaf 12 and its verso; so is
# "л. 12 и об.", "l. 9 and verso" (the leaf and its verso).
VERSO_TOO = rf"\s+(?:and|и|&|та|і)\s+{VERSO_MARK}"
#: The dash between a range's ends, with spaces or none; typed as two hyphens too: "л. 2--2
#: об.".
RANGE_DASH = rf"\s*[{DASH}]{{1,2}}\s*"
FOLIO_RANGE = rf"{FOLIO}(?:{RANGE_DASH}(?:{FOLIO}|{VERSO_MARK})|{VERSO_TOO})?"
# A number followed by a month, or a year followed by "г.", is a date: "Ll. 13-14, 16
# November 1956", "Л. 5, 1956 г.".
NOT_A_DATE = (
    # a year after a comma, not the start of a range: "l. 3, 1956"
    rf"(?!(?:1[89]\d\d|20[0-4]\d)(?!\d)(?!\s*[{DASH}]\s*\d))"
    rf"{NOT_A_DAY}"
    r"(?!\d{4}\s*(?:гг?\.|gg?\.|р\.|рр\.)|\d{4}(?!\d)\s*[–—-]\s*\d{2,4}\s*(?:гг?\.|gg?\.))"
)
# Repetitions are bounded so that a run of "1, 1, 1, …" costs the same at every start;
# the reader goes on from where a full run of them stops (see reading.run). A number with a
# slash or a colon after it opens a compact shelfmark, no leaf: "4372/92/50: 12 and
# 4372/92/51: 3".
#: A level whose label runs into its number, at the end of the text looked at: "d.74". Where
#: the hand writes levels so, OCR's "1." for "l." runs into the leaves too ("d.74, 1.3").
GLUED_LEVEL_END = r"[^\W\d_]\.\d[^\s,.;:]*\Z"
#: One more leaf or range of a list, with what joins it to the one before.
# (A conjunction may run into the numbers: "Л. 1и1об.")
_AND = r"(?:\s*,\s*|\s+(?:and|и|&|та|і)\s+|(?<=\d)[иі])"
MORE_FOLIOS = rf"{_AND}(?=\d)(?!\d+\s?[/:]\s?\d|\d+\.\d+\.\d){NOT_A_DATE}{FOLIO_RANGE}"
FOLIO_LIST_PATTERN = rf"{FOLIO_RANGE}(?:{MORE_FOLIOS}){{0,99}}"

#: A year a citation puts between the levels: "Ф. 400, 1916 г. Оп. 263", "5 (1922)".
YEAR_NOTE = (
    rf"(?:\(\s*(?:1[5-9]\d\d|20[0-4]\d)(?:\s*[{DASH}]\s*\d{{2,4}})?\s*(?:гг?\.|gg?\.)?\s*\)"
    rf"|(?:1[5-9]\d\d|20[0-4]\d)(?:\s*[{DASH}]\s*\d{{2,4}})?\s*(?:гг?\.|gg?\.|рр?\.))"
)

# An archive as cited: acronyms of two or more capitals (TsKhSD, ПермГАСПИ, SPb),
# joined where one of them is short (AP RF, ЦА ФСБ, ГУ ОГАЧО, TsGAIPD SPb), and the
# regional forms "УФСБ по Рязанской области", "ГА Винницкой обл.".
# Letters of an archive's name, with the tie bar of strict ALA-LC (T͡sKhSD).
NAME_LETTER = r"(?:[^\W\d_]|\u0361)"
#: Words of capitals that are never an archive: the state, the party and its organs, and
#: Roman numerals ("Ekateriny II").
NON_ARCHIVES: tuple[str, ...] = (
    "SSSR", "USSR", "RSFSR", "KPSS", "CPSU", "VKP", "TsK", "CC", "SNK", "ASSR",
    "СССР", "РСФСР", "КПСС", "ВКП", "ЦК", "СНК", "АССР", "УССР", "УРСР", "БССР",
    "II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "XIII", "XIV", "XV", "XVI",
    "XVII", "XVIII", "XIX", "XX", "XXI",
)  # fmt: skip
#: Western archives and their series, which cite by compact numbers too ("FO 371/12345/6",
#: "PREM 4/30/8", "BArch NS 19/1234", "NARA, RG 59"): never a Soviet shelfmark.
FOREIGN_ARCHIVES: tuple[str, ...] = (
    "FO", "PREM", "CAB", "WO", "HO", "ADM", "AIR", "KV", "HS", "DO", "CO", "NARA", "TNA",
    "PRO", "RG", "NS", "BArch", "AAN", "SAPMO", "PA", "AA", "HIA", "LC", "UN", "MfS",
    "BStU", "IfZ", "FRUS", "CWIHP", "NSA",
)  # fmt: skip
_NOT_AN_ARCHIVE = rf"(?!(?:{'|'.join(NON_ARCHIVES)})(?!{NAME_LETTER}))"
ACRONYM = (
    rf"{_NOT_AN_ARCHIVE}(?=[{CAPITALS}]{NAME_LETTER}*[{CAPITALS}])[{CAPITALS}]{NAME_LETTER}{{1,11}}"
    rf"(?:-[{CAPITALS}]{NAME_LETTER}{{1,8}}){{0,3}}(?!{NAME_LETTER})"
)
# A second word of capitals that belongs to the name: "TsGAOR SSSR", "TsPA ITIS"; or a
# Soviet republic's short name: "ЦГИА КазССР", "TsGA UzSSR".
_CAPITALS_WORD = (
    rf"(?:[{CAPITALS}]{{2,5}}|[{CAPITALS}][{LOWER}]{{1,5}}(?:ССР|SSR))(?!{NAME_LETTER})"
)
_SHORT = rf"(?:[{CAPITALS}][{CAPITALS}]{LETTER}?|[{CAPITALS}]{LETTER}[{CAPITALS}])(?!{LETTER})"
_COUNTRY = (
    r"(?:\s(?:Rossii|России|Ukra[iïjy]{1,2}n[yi]|України|Украины|Belarusi|Беларуси|Беларусі"
    r"|Respubliki\s+Kazakhstan|Республики\s+Казахстан)"
    # (a whole word: "Rossii" opens "GA Rossiiskoi Federatsii", a region's adjective)
    rf"(?!{NAME_LETTER}))"
)
# A republic of the Federation in the genitive: "Удмуртской Республики", "Respubliki Komi".
_REPUBLIC = r"(?:[Рр]еспублики|[Рр]еспубліки|[Rr]espubliki)"
#: A region after a departmental archive: "по Тверской области", "в Харьковской обл.",
#: or after any archive: "ЦГА Удмуртской Республики", "ЦГА Республики Татарстан".
_REGION_WORD = rf"[{CAPITALS}](?:{NAME_LETTER}|['’ʹ])+"
REGION = (
    rf"(?:\s+(?:по|po|в|v|у|u)\s+{_REGION_WORD}\s+"
    rf"(?:области|обл\.|краю|края|республике|області|oblasti|obl\.|kraiu|krayu|respublike)"
    # or by its acronym: "УФСБ по ТО" (Томской области), "УФСБ РФ по НСО"
    rf"|\s+(?:по|po)\s+(?-i:[{CAPITALS}]{{2,4}})(?![\w-])"
    rf"|\s+{_REGION_WORD}(?:ой|ого|ий|ый|ої|ого|oi|oĭ|oj|oy|ogo|ii|iĭ|yi|yĭ|ij)\s+"
    rf"(?:обл\.|области|області|края|краю|губ\.|губернии|obl\.|oblasti|kraia|kraya|gub\.|gubernii"
    # or the Federation itself: "ГА Российской Федерации"
    # (romanised by any of the systems: "Federatsii", "Federat͡sii", "Federacii")
    rf"|{_REPUBLIC}|Федерации|Federa(?:t\u0361?s|c)ii)"
    # a republic named after the noun: "ЦГА Республики Татарстан", "TsGA Respubliki Komi"
    rf"|\s+{_REPUBLIC}\s+{_REGION_WORD})"
)
#: The words an archive's name can end in before a compact shelfmark: a region's noun, a
#: country or a city ("УФСБ по Рязанской области 1/2/3", "TsDAVO Ukrainy 1/2/3",
#: "TsGAIPD SPb 1/2/3"). A city in the genitive ("ЦГА Москвы") is read by its ending.
#: The abbreviations a name can end in, whose stop is the name's: "ГА Винницкой обл.",
#: "Тверской губ.", "Кировского р-на".
NAME_ABBREVIATIONS: tuple[str, ...] = (
    "обл", "obl", "губ", "gub", "окр", "okr", "респ", "resp", "р-на", "r-na",
)  # fmt: skip
NAME_END_WORDS: tuple[str, ...] = (
    "области", "області", "oblasti", "края", "краю", "kraia", "kraya", "kraiu", "krayu",
    "республике", "respublike", "губернии", "gubernii", "России", "Rossii", "України",
    "Украины", "Belarusi", "Беларуси", "Беларусі", "Kazakhstan", "Казахстан", "SPb", "СПб",
    *(f"Ukra{a}{b}n{c}" for a in "iïjy" for b in ("", *"iïjy") for c in "yi"),
)  # fmt: skip
#: The endings of a city's or a country's name in the genitive after an archive's acronym:
#: "ЦГА Москвы", "ЦГИА Грузии", "ЦГА Туркменистана", "ЦГАОР Ленинграда", "ГА Оренбурга"
#: (a masculine name in "а" only where the ending tells it from a nominative, "Москва").
GENITIVE_ENDINGS: tuple[str, ...] = (
    "ы", "и", "стана", "града", "бурга", "y", "i", "stana", "grada", "burga",
)  # fmt: skip
# (greedy letters, then the ending looked back at: one pass over the word)
_GENITIVE_LETTERS = "".join(ending for ending in GENITIVE_ENDINGS if len(ending) == 1)
_GENITIVE_A = "|".join(ending[:-1] for ending in GENITIVE_ENDINGS if len(ending) > 1)
# (not a label written as a word: "ГАРФ Листы 57, 58" names no city)
_CITY = (
    rf"(?:\s(?!(?i:{label_pattern(SPELLINGS)})(?!{NAME_LETTER}))"
    rf"[{CAPITALS}][a-zа-яё]+(?:[{_GENITIVE_LETTERS}]|(?<={_GENITIVE_A})[aа])"
    rf"(?!{NAME_LETTER}))"
)
# A name in guillemets after the acronym: "НИПЦ «Мемориал»" (English quotation marks
# after an archive open a document's title instead).
QUOTED_NAME = r"(?:\s?«[^»\n]{1,40}»)"
# Capitals hyphened to a number are the number's prefix, not the archive's last word:
# "LVA PA-101. f.", "GARF PA-1, op. 2".
_NOT_A_PREFIX = rf"(?![{DASH}]\d)"
# A label in capitals with its number is the first level, not the name's last word:
# "ЦГАВМФ СССР ТОМ III", "TsGAOR FOND 5". (Looked for only before two letters, the first
# a capital, and a number after them: most words after an acronym are a one-letter label,
# "f. 17", or the name's.)
_A_NUMBER_AFTER = rf"(?:\.\s?|\s)(?:\d|(?-i:[IVXLC]+)(?!{LETTER}))"
#: A label in capitals with its number, which opens no archive's name: "ТОМ VI. Ф. 1014"
#: (a pattern to match where a name would start, as looking for it at every start of one
#: costs too much).
LEVEL_IN_CAPITALS = (
    rf"(?-i:{label_pattern(tuple(spelling.upper() for spelling in SPELLINGS))}){_A_NUMBER_AFTER}"
)
_NOT_A_LEVEL = (
    rf"(?!(?=\S{{2,12}}?{_A_NUMBER_AFTER})"
    rf"{LEVEL_IN_CAPITALS})"
)
# The body an archive was attached to, after "при": "ЦПА ИМЛ при ЦК КПСС", "TsGA pri SM
# SSSR", "Партархив … при ЦК КП Украины".
_ATTACHED = (
    rf"(?:\s(?:{'|'.join(ATTACHED_TO)})\s[{CAPITALS}]{NAME_LETTER}{{1,11}}"
    rf"(?:\s[{CAPITALS}]{NAME_LETTER}{{1,11}}){{0,3}}(?!{NAME_LETTER}))"
)
# A small letter of any alphabet (in the transliterations, "ĭ", "ë"): not a capital.
_SMALL = rf"(?:(?![{CAPITALS}]){NAME_LETTER})"
# The town of a city's archive or a regional one, with its abbreviation, "г." (город), "м."
# (місто): "ЦГА г. Алматы РК", "ГА г. Семей", "ДА м. Києва", "TsGA g. Almaty". Capitals
# after it are the name's: "РК" (Республики Казахстан).
#: The abbreviation before a town's name: "г." (город), "м." (місто), romanised or not.
TOWN_ABBREVIATION = r"(?-i:г|g|м|m)\."
_TOWN = (
    rf"(?:\s{TOWN_ABBREVIATION}\s?(?-i:[{CAPITALS}]{_SMALL}+(?:-[{CAPITALS}]?{_SMALL}+)?)"
    rf"(?:\s(?=[{CAPITALS}]{NAME_LETTER}){_NOT_A_LEVEL}(?:{_SHORT}|{_CAPITALS_WORD}){_NOT_A_PREFIX})"
    rf"{{0,2}})"
)
ONE_ARCHIVE = (
    rf"(?:{_SHORT}\s){{0,3}}{ACRONYM}{_NOT_A_PREFIX}"
    rf"(?:\s(?=[{CAPITALS}]{NAME_LETTER}){_NOT_A_LEVEL}(?:{_SHORT}|{_CAPITALS_WORD}){_NOT_A_PREFIX})"
    rf"{{0,3}}{_TOWN}?{_ATTACHED}?{_COUNTRY}?"
    rf"(?:{REGION}|{QUOTED_NAME}|{_CITY})?"
)

# An archive named in words rather than by its acronym, when the registry does not know
# it: a phrase built around the word "archive" in any of the languages, with the words
# of its name before and after it. "Госархив Тверской обл.", "Гос. архив Курской
# области", "Архив УФСБ по Тверской обл.", "Держархів Харківської області", "State
# Archive of Kursk Oblast", "Derzhavnyi arkhiv Poltavs'koi oblasti".
# The noun, not the adjective: "Архив", not "Архивное дело" (an archival file).
#: The word for "archive" abbreviated: "Арх.", "Arkh.", ISO 9's "Arh.", DIN 1460's "Arch.".
ARCHIVE_ABBREVIATIONS: tuple[str, ...] = ("арх", "arkh", "arh", "arch")
_ARCHIVE_WORD = (
    r"(?:(?:Гос|Обл|Парт|Гос\.\s?|Облгос|Рос)?[Аа]рхив(?:а|е|у)?|[Дд]ержархів|[Аа]рхів(?:у|і)?"
    r"|(?:Gos|Part|Obl|Oblgos|Derzh)?[Aa]rkhiv(?:a|e|u)?|[Aa]rch[iì]v(?:es|e|um|o)?"
    r"|(?:Derž)?[Aa]rh[iì]v(?:a|u)?|ARCHIVES?"
    # and abbreviated (ARCHIVE_ABBREVIATIONS): "Арх. УФСБ по Тверской обл."
    rf"|(?i:{'|'.join(ARCHIVE_ABBREVIATIONS)})\.)"
    r"(?![^\W\d_])"
)
_NAME_WORD = rf"(?:[{CAPITALS}](?:{LETTER}|['’ʹ.\u0361-])*)"
_ADJECTIVE = (
    r"(?:[а-яёіїєґ]+(?:ый|ий|ой|ній|ний|ая|ое)|[a-z'’ʹ]+(?:yi|ii|yy|iy|nyi|nyy|nij|ij|yj)"
    r"|central|state|regional|national|special)"
)
_FUNCTION_WORD = r"(?:of|the|for|and|at|in|de|des|du|der|di|по|в|при|и|та|і|у|po|v|pri|i)"
# (not the words that make a file a case file: "Арх. уголовное дело 5678")
_TAIL_WORD = (
    rf"(?!(?i:уголовн|следственн))(?:{_NAME_WORD}|{_FUNCTION_WORD}|(?:{LETTER}|['’ʹ-])+\.?)"
)
GENERIC_ARCHIVE = (
    rf"(?:(?:{_NAME_WORD}|{_ADJECTIVE})\s+){{0,5}}{_ARCHIVE_WORD}(?:\s+{_TAIL_WORD}){{0,9}}"
    # a name in guillemets at the end: "Архив Международного общества «Мемориал»"
    rf"{QUOTED_NAME}?"
)


#: The words that put the name an archive had after today's: "RGANI (formerly TsKhSD)",
#: "РГАНИ (бывш. ЦХСД)", DSTU's "ЦДАГО (колишній ЦДАЖР)".
FORMERLY = (
    r"(?:formerly|former|previously|earlier|then|ehemals|бывш\.|бывший|ранее|прежде"
    r"|колишній|колишн\.|раніше)"
)


#: The words that put today's name after the cited one: "TsKhSD (now RGANI)".
NOW = r"(?:now|today|currently|ныне|сейчас|теперь|нині|тепер|heute)"


def archive_pattern(former: str | None) -> str:
    """An archive as cited; today's name may carry the cited one in brackets, as the styles
    write it with modern=True: "RGANI (formerly TsKhSD)", "РГАНИ (бывш. ЦХСД)"; or the
    cited name today's: "TsKhSD (now RGANI)"."""
    inner = f"(?P<{former}>{ONE_ARCHIVE})" if former else f"(?:{ONE_ARCHIVE})"
    return rf"(?:{ONE_ARCHIVE}(?:\s\((?:{FORMERLY}\s{inner}|{NOW}\s{ONE_ARCHIVE})\))?)"


ARCHIVE_PATTERN = archive_pattern("former")
_TODAY_IN_BRACKETS_RE = re.compile(rf"\s\({NOW}\s[^()]+\)\Z")


def cited_archive(archive: str, former: str | None = None) -> str:
    """The archive as cited of a phrase :data:`ARCHIVE_PATTERN` matched: its former name
    in brackets where one is given (``former``), else the phrase without today's name in
    brackets after it.

    >>> cited_archive("TsKhSD (now RGANI)"), cited_archive("RGANI (formerly TsKhSD)", "TsKhSD")
    ('TsKhSD', 'TsKhSD')
    """
    if former:
        return former
    today = _TODAY_IN_BRACKETS_RE.search(archive)
    return archive[: today.start()] if today else archive
