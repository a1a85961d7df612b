"""Archive phrases: how a citation names the archive a shelfmark belongs to.

An archive is named by its acronym in either script (``TsKhSD``, ``ЦА ФСБ``, ``УФСБ по
Тверской области``), by any name the registry holds (``State Archive of the Russian
Federation``, ``Российский государственный архив новейшей истории``), or by a phrase
built around the word "archive" for the many regional archives no registry lists one by
one (``Госархив Тверской обл.``, ``Держархів Харківської області``, ``State Archive of
Kursk Oblast``). It stands before the levels, in brackets after a full name ("…
(hereafter RGASPI)"), before the levels in brackets ("AVP RF (F. 0129 …)"), or after them
("… д. 5 / ГА Житомирской обл.", "… д. 5 (ГАРФ)").

>>> is_archive_phrase("Госархив Тверской обл."), is_archive_phrase("Stalin wrote to")
('Госархив Тверской обл.', None)
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from .. import registry
from .._compiled import compiled
from ..registry import archive_id
from .labels import INTRODUCERS
from .patterns import (
    ACRONYM,
    ARCHIVE_ABBREVIATIONS,
    ARCHIVE_PATTERN,
    CAPITALS,
    DASH,
    DASHES,
    FORMERLY,
    GENERIC_ARCHIVE,
    LETTER,
    LEVEL_IN_CAPITALS,
    LOWER,
    NAME_ABBREVIATIONS,
    NOW,
    ONE_ARCHIVE,
    TOWN_ABBREVIATION,
    YEAR_NOTE,
    archive_pattern,
    cited_archive,
)

__all__ = [
    "CITY_AFTER",
    "CITY_ENDS",
    "LOOK_BACK",
    "SENTENCE_BREAK",
    "ArchiveFound",
    "archive_after",
    "archive_before",
    "archive_described_before",
    "between_archive_and_levels",
    "is_archive_phrase",
    "with_stop",
]

_ACRONYM_PHRASE_RE = compiled(ARCHIVE_PATTERN)
# Both of the patterns that read an acronym open with one: where none opens the phrase
# (most phrases of prose), neither is tried.
_OPENS_WITH_ACRONYM_RE = compiled(ONE_ARCHIVE)
_GENERIC_RE = compiled(GENERIC_ARCHIVE)
_LEVEL_IN_CAPITALS_RE = compiled(LEVEL_IN_CAPITALS)
_INTRODUCERS = frozenset(INTRODUCERS)
# Where a sentence may end inside a phrase: the stop of a word of three letters or more
# that no name abbreviates ("… the CPSU. See Госархив …", "… of the NKVD. Архив УФСБ …"),
# or a semicolon, before a capital. (Not an initial's stop, "имени В. И. Ленина", nor an
# abbreviation's, "Gos. Arkhiv", "St. Petersburg".)
_NAME_SHORT_WORDS = (
    *NAME_ABBREVIATIONS,
    *ARCHIVE_ABBREVIATIONS,
    *("гос", "рос", "парт", "gos", "ros", "part", "derzh"),  # "Гос. архив", "Derzh. arkhiv"
)
#: (No phrase that holds one, and after it an archive's name, is a name: see
#: :func:`_names_after_a_sentence`.)
SENTENCE_BREAK = (
    rf"(?:(?<![\w.])(?!(?i:{'|'.join(_NAME_SHORT_WORDS)})\.)[^\W\d_]{{3,}}\.|[;!?])"
    rf"\s+(?=[{CAPITALS}])"
)
_SENTENCE_BREAK_RE = compiled(SENTENCE_BREAK)
# No archive's name holds a digit: a name before a level starts after the last one.
_TO_LAST_DIGIT_RE = compiled(r".*\d", re.DOTALL)
# A word of two capitals or more: an acronym, which a name spelt out holds none of.
_ACRONYM_WORD_RE = compiled(rf"(?<![\w-])[{CAPITALS}]\w*[{CAPITALS}]")
# A word in small letters, as a name spelt out holds ("… of the KGB of the USSR"); not one
# that says when a name was the archive's ("formerly TsKhSD", "now RGANI").
_SMALL_WORD_RE = compiled(rf"(?<![\w-])(?!{FORMERLY}|{NOW})(?-i:[a-zа-яёіїєґ]{{2,}})(?![\w-])")


def _spells_out(name: str) -> bool:
    """Whether ``name``, in brackets after an acronym, spells a name out ("State Archive of
    Omsk Oblast", "Пушкинский Дом") rather than naming the archive by an acronym ("TsGA
    RT", "formerly TsKhSD")."""
    return _SMALL_WORD_RE.search(name) is not None or _ACRONYM_WORD_RE.search(name) is None


# (or in square brackets, as English notes gloss a name: "APRF [Archive of the President …]")
_EXPLAINED_RE = compiled(
    rf"(?P<acronym>{ONE_ARCHIVE})\s?(?:\((?P<name>[{CAPITALS}][^()]{{2,120}})\)"
    rf"|\[(?P<gloss>[{CAPITALS}][^\[\]]{{2,160}})\])"
)
# Or with a remark in brackets that opens with a small letter: "GARF (the former TsGAOR)",
# "CRCEDHC (centre d'archives …, aujourd'hui RGASPI)", "ЦГА (бывш. партархив)"; not its
# town, which belongs to its name: "ЦА ФСБ (г. Тверь)".
_REMARKED_RE = compiled(
    rf"(?P<acronym>{ONE_ARCHIVE})\s?\((?!{TOWN_ABBREVIATION})(?-i:[{LOWER}])[^()]{{2,160}}\)"
)
_INTRODUCED_RE = compiled(
    rf"(?P<name>[^()]{{3,160}}?)\s?\((?:(?i:hereafter|henceforth|далее|далі)\s*[{DASH}]?\s*)?"
    rf"(?P<acronym>{ARCHIVE_PATTERN})\)"
)
_ACRONYM_AT_END_RE = compiled(rf"(?<![\w-])(?P<archive>{ONE_ARCHIVE})\Z")
# The place of an archive in brackets after its name: "Arkhiv Memoriala (Moscow)",
# "Госархив Тверской обл. (Тверь)", "(Moscow, Russia)". Words in capitals there are an
# acronym (see _INTRODUCED_RE), not a place.
# (A city's abbreviation may have two capitals: "(СПб.)", "(SPb.)".)
_PLACE_WORD = rf"(?-i:[{CAPITALS}]{{1,2}}[{LOWER}'’-]+\.?)"
_PLACE_IN_BRACKETS_RE = compiled(
    rf"\s?\((?:г\.\s?|g\.\s?|м\.\s?)?{_PLACE_WORD}(?:[ -]{_PLACE_WORD}){{0,2}}"
    rf"(?:,\s?{_PLACE_WORD}){{0,2}}\)\Z"
)
# Or the name in its own language, in small letters, as English notes give it: "National
# Archives of Georgia (sakartvelos erovnuli arkivi)" (two words at least; see _gloss).
_GLOSS_IN_BRACKETS_RE = compiled(r"\s?\((?P<gloss>[^\W\d_][^()\d;:]{2,80}\s[^()\d;:]+)\)\Z")
# (after digits too: a note's number run into the name, as a superscript loses its space
# when a page is copied, "36РЦХИДНИ. Ф. 77")
_CAPITAL_START_RE = compiled(rf"(?<![^\W\d]|[_'’-])[{CAPITALS}]")
# The city a citation names after the archive: "TsKhSD, Moscow, f. 89", "AVP RF, Москва".
_CITIES = (
    "Moscow", "Moskva", "Москва", "St\\.? Petersburg", "Saint Petersburg", "Sankt-Peterburg",
    "Санкт-Петербург", "Kyiv", "Kiev", "Київ", "Киев", "Podolsk", "Podol'sk", "Подольск",
    "Minsk", "Минск", "Мінск", "Almaty", "Tbilisi", "Vilnius", "Riga", "Tallinn", "Tashkent",
    "Krasnogorsk", "Красногорск", "Lviv", "Львів", "Perm", "Пермь",
    # as French and German notes write them: "RGASPI, Moscou, 495 270 1234"
    "Moscou", "Moskau", "Kiew",
)  # fmt: skip
#: The city a citation may name after an archive, with the comma before it: ", Moscow".
CITY_AFTER = rf",\s*(?:{'|'.join(_CITIES)})(?!{LETTER})"
# What stands between an archive and its first level: punctuation, a city, a dash, a year.
_SEPARATOR_TAIL_RE = compiled(
    rf"(?P<city>{CITY_AFTER})?"
    rf"(?:\s*[,.:]\s*|\s+)(?:[{DASH}]\s*)?(?:{YEAR_NOTE}\s*[,.]?\s*)?\Z"
)
# The separator's pattern ends the text, so a search tries it at every place of the window
# before a level; what can end it is known, though. Its marks and spaces come last, and
# before them only a year's note (which ends in ")" or in "г.", "g.", "р.") or a city (which
# ends in its last word) can stand: elsewhere it starts among those marks.
_SEPARATOR_MARKS = (
    "".join(char for char in map(chr, range(0x3001)) if re.match(r"\s", char)) + f",.:{DASHES}"
)
_YEAR_NOTE_ENDS = frozenset(")гgр")
#: The last words of the cities a citation may name after an archive.
CITY_ENDS = tuple(re.split(r"[\s-]", city)[-1] for city in _CITIES)
# The acronym a first citation introduces in brackets after the full name:
# "Russian State Archive of Socio-Political History (hereafter RGASPI), f. 17, …".
# (The full name in its own language may come first: "(Rossiiskii gosudarstvennyi arkhiv
# noveishei istorii, RGANI)".)
# (Or in square brackets, as an author's own insertion: "… voennyi arkhiv [RGVA], f. 4".)
_IN_BRACKETS_RE = compiled(
    rf"[(\[](?:(?i:hereafter|henceforth|далее|далі)\s*[{DASH}]?\s*|[^()\[\]]{{3,160}}?,\s*)?"
    rf"(?P<archive>{ARCHIVE_PATTERN}|{GENERIC_ARCHIVE})[)\]]\s*[,.:]?\s*\Z"
)
_AFTER_RE = compiled(
    rf"\s*//?\s*(?P<slash>{archive_pattern(None)}|(?=[{CAPITALS}]){GENERIC_ARCHIVE})"
    rf"|\s*\((?P<bracket>{archive_pattern(None)}|(?=[{CAPITALS}]){GENERIC_ARCHIVE})\)"
    # after a comma, an acronym the registry knows that ends the citation: "…, l. 12,
    # RGASPI." (a city may follow it: "RGASPI, Moscow.")
    rf"|,\s(?P<comma>{ACRONYM})(?=\s*(?:[.;)\]]|\Z|{CITY_AFTER}\s*(?:[.;)\]]|\Z)))"
)
# An archive named before a short description of the document: "RGASPI, Politburo
# protocol of 5 May 1932, f. 17, …". The description holds no sentence end and no bracket.
_DESCRIBED_RE = compiled(rf"(?<![\w-])(?P<archive>{ACRONYM}),\s")
_DESCRIPTION_BREAK_RE = compiled(r"[;()\[\]\n«»“”\"]|\.\s+[A-ZА-ЯЁ]")
# A short word in small letters at the end of a name is an abbreviation: "обл", "gub".
# The abbreviations a name ends in, whose stop is the name's: "обл.", "gub.", "р-на".
# A whole word keeps its stop for the separator: "Архив Российской академии наук. Ф. 1".
_ABBREVIATION_END_RE = compiled(
    rf"(?<![^\W\d_])(?:{'|'.join(NAME_ABBREVIATIONS)}|им|im)\Z", re.IGNORECASE
)
LOOK_BACK = 160
_SEPARATOR_LOOK_BACK = 48


# A named tuple, as the run reader's values are: one is made for most references read.
class ArchiveFound(NamedTuple):
    """An archive as cited, where it stands, and whether a reference's span takes it in."""

    token: str
    start: int
    end: int
    #: False where the archive stays outside the reference's span: named in brackets
    #: after its full name, or before a description or an opening bracket.
    inside: bool = True


@functools.cache
def _first_words() -> frozenset[str]:
    """The first word of every name and acronym the registry holds, as lookup keys."""
    words = set()
    for archive in registry.archives():
        for name in archive.names:
            for spelling in (*name.spellings, name.full or ""):
                first = spelling.split(maxsplit=1)[0] if spelling.strip() else ""
                words.add(registry.lookup_key(first))
    # and the spellings the registry derives from those ("РГБ НИОР" from "НИОР РГБ")
    words.update(registry.lookup_key(spelling.split()[0]) for spelling in registry.spellings())
    return frozenset(words)


def _may_be_registered(phrase: str) -> bool:
    """False where no registry name begins with the phrase's first word: the full look-up,
    which normalises the whole phrase, is left for the few phrases that might be one."""
    return registry.lookup_key(phrase.split(maxsplit=1)[0]) in _first_words()


# What a name may end in besides a letter or a digit: a stop, a bracket, a guillemet, and
# the soft sign of a transliteration ("Natsional'nyi arkhiv Respubliki Belarus'").
_ENDS = ".)]»'’ʹ"


@functools.lru_cache(maxsize=8192)  # notes name the same few archives again and again
def is_archive_phrase(phrase: str) -> str | None:
    """The archive token ``phrase`` names (the cited name inside "X (formerly Y)"), or None.

    >>> is_archive_phrase("RGANI (formerly TsKhSD)")
    'TsKhSD'
    >>> is_archive_phrase("State Archive of Kursk Oblast")
    'State Archive of Kursk Oblast'
    """
    if not phrase or len(phrase) > 200 or not phrase[0].isalpha():
        return None
    if phrase.count("(") != phrase.count(")") or phrase.count("[") != phrase.count("]"):
        return None
    if not (phrase[-1].isalnum() or phrase[-1] in _ENDS):
        return None
    if phrase.split(maxsplit=1)[0].rstrip(".:,").lower() in _INTRODUCERS:
        return None  # "See GARF": the archive's name starts after the word that introduces it
    if _LEVEL_IN_CAPITALS_RE.match(phrase) is not None:
        return None  # a level: "ТОМ VI. Ф. 1014"
    registered = _registered(phrase)
    if _names_after_a_sentence(phrase) and not (registered or _registered(_placeless(phrase))):
        # The name is the sentence's after the stop: "… NKVD. Архив УФСБ …". (A name the
        # registry holds whole keeps its stop: "РГБ. НИОР", a library and its department,
        # "РГБ. НИОР (Москва)" with its city.)
        return None
    if _OPENS_WITH_ACRONYM_RE.match(phrase) is not None:
        found = _ACRONYM_PHRASE_RE.fullmatch(phrase)
        if found is not None:
            return cited_archive(phrase, found["former"])
        # An acronym with its name spelt out in brackets: "GAOO (State Archive of Omsk
        # Oblast)", "ИРЛИ (Пушкинский Дом)", "APRF [Archive of the President …]".
        explained = _EXPLAINED_RE.fullmatch(phrase)
        if explained is not None and _spells_out(explained["name"] or explained["gloss"]):
            return explained["acronym"]
        remarked = _REMARKED_RE.fullmatch(phrase)
        if remarked is not None:
            return remarked["acronym"]
    # A name with its acronym: "Tsentral'nyi gosudarstvennyi arkhiv … (TsGA RT)".
    introduced = _INTRODUCED_RE.fullmatch(phrase)
    if introduced is not None and is_archive_phrase(introduced["name"]) is not None:
        return cited_archive(introduced["acronym"], introduced["former"])
    if registered:
        return phrase
    place = (_PLACE_IN_BRACKETS_RE.search(phrase) or _gloss(phrase)) if phrase[-1] == ")" else None
    if place is not None and place.start() > 0:
        return is_archive_phrase(phrase[: place.start()])
    if _GENERIC_RE.fullmatch(phrase):
        # "Presidential Archive APRF": a known acronym at the end is the archive's name.
        acronym = _ACRONYM_AT_END_RE.search(phrase)
        if acronym is not None and acronym.start() > 0 and archive_id(acronym["archive"]):
            return acronym["archive"]
        return phrase
    return None


def _registered(phrase: str) -> bool:
    """Whether the registry holds ``phrase`` whole as a name."""
    return bool(phrase.strip()) and _may_be_registered(phrase) and archive_id(phrase) is not None


def _placeless(phrase: str) -> str:
    """``phrase`` without a place in brackets at its end: "Arkhiv Memoriala (Moscow)"."""
    place = _PLACE_IN_BRACKETS_RE.search(phrase) if phrase.endswith(")") else None
    return phrase[: place.start()] if place is not None else phrase


def _gloss(phrase: str) -> re.Match[str] | None:
    """The name in its own language in brackets at the end of ``phrase``, all in small
    letters (a place or an acronym has capitals), or None."""
    gloss = _GLOSS_IN_BRACKETS_RE.search(phrase)
    return gloss if gloss is not None and gloss["gloss"].islower() else None


def _names_after_a_sentence(phrase: str) -> bool:
    """True where a sentence ends inside ``phrase`` and what follows it, after a word that
    introduces it ("See", "Cf."), names an archive by itself: the archive is that one.
    Where it does not, the stop was the name's own ("Архив РАН. Санкт-Петербургский
    филиал")."""
    for stop in _SENTENCE_BREAK_RE.finditer(phrase):
        rest = phrase[stop.end() :]
        first, _, after = rest.partition(" ")
        if first.rstrip(".:,").lower() in _INTRODUCERS:
            rest = after.lstrip(" :")
        if rest and is_archive_phrase(rest) is not None:
            return True
    return False


def archive_before(text: str, end: int, floor: int) -> ArchiveFound | None:
    """The archive named just before ``end`` (the first level), not before ``floor``."""
    low = max(floor, end - LOOK_BACK)
    # The separator is short (a stop, a city, a year): it is looked for near ``end`` only.
    near = max(low, end - _SEPARATOR_LOOK_BACK)
    if text[near:end].rstrip().endswith("("):
        phrase_end, inside = near + len(text[near:end].rstrip()) - 1, False
        phrase_end = len(text[:phrase_end].rstrip())
    else:
        separator = _separator_tail(text, near, end)
        if separator is None:
            return None
        phrase_end, inside = separator.start(), True
        if separator["city"] is not None:
            # The city may be part of a registered name: "Central State Historical Archive
            # of Ukraine, Kyiv" is not the one in Lviv.
            registered = _registered_before(text, low, separator.end("city"))
            if registered is not None:
                return registered
    if phrase_end <= low:
        return None
    if text[phrase_end - 1] in ")]":
        # The name is measured before its bracket (a place, the name in its own language):
        # "Central Archive of the Federal Counterintelligence Service … (tsentral'nyi …)".
        opening = max(text.rfind("(", low, phrase_end), text.rfind("[", low, phrase_end))
        if opening >= 0:
            low = max(floor, min(low, opening - LOOK_BACK))
        named = _IN_BRACKETS_RE.search(text, low, phrase_end)
        if (
            named is not None
            and _ACRONYM_AT_END_RE.search(text[low : named.start()].rstrip())
            and _spells_out(named["archive"])
        ):
            # "GAOO (State Archive of Omsk Oblast)": words spelling a name out explain the
            # acronym before them, which is the archive (see is_archive_phrase).
            named = None
        elif named is not None and named["archive"].islower():
            named = None  # the name before it in its own language: see _gloss
        if named is not None:
            cited = cited_archive(named["archive"], named["former"])
            return ArchiveFound(cited, named.start("archive"), named.end("archive"), False)
    phrase_end = with_stop(text, phrase_end)
    digits = _TO_LAST_DIGIT_RE.match(text, low, phrase_end)
    for capital in _CAPITAL_START_RE.finditer(text, digits.end() if digits else low, phrase_end):
        phrase = text[capital.start() : phrase_end]
        token = is_archive_phrase(phrase)
        if token is not None:
            # A remark in brackets after the acronym is the author's words, which a
            # rewriter keeps: the reference's span starts at the levels. ("RGANI (formerly
            # TsKhSD)", "TsKhSD (now RGANI)" are names, which the styles write.)
            remarked = (
                token != phrase
                and _ACRONYM_PHRASE_RE.fullmatch(phrase) is None
                and _REMARKED_RE.fullmatch(phrase) is not None
            )
            return ArchiveFound(token, capital.start(), phrase_end, inside and not remarked)
    return None


def _separator_tail(text: str, near: int, end: int) -> re.Match[str] | None:
    """The separator between an archive and its first level at ``end``, looked for from
    ``near``: where it can start, as the leftmost match would."""
    window = text[near:end]
    before = window.rstrip(_SEPARATOR_MARKS)
    if before and before[-1] not in _YEAR_NOTE_ENDS and not before.endswith(CITY_ENDS):
        near += len(before)
    return _SEPARATOR_TAIL_RE.search(text, near, end)


def between_archive_and_levels(text: str, start: int, end: int) -> bool:
    """Whether the text from ``start`` to ``end`` can stand between an archive and its
    first level: punctuation, a city, a dash, a year ("RGASPI, Moscow, 17/3/870")."""
    return _SEPARATOR_TAIL_RE.match(text, start, end) is not None


def _registered_before(text: str, low: int, end: int) -> ArchiveFound | None:
    """A name the registry holds that ends at ``end``, from the first capital on."""
    for capital in _CAPITAL_START_RE.finditer(text, low, end):
        phrase = text[capital.start() : end]
        if _may_be_registered(phrase) and archive_id(phrase) is not None:
            return ArchiveFound(phrase, capital.start(), end)
    return None


def with_stop(text: str, end: int) -> int:
    """``end`` moved past the stop of an abbreviation that ends a name there ("обл.",
    "gub."), which a separator would otherwise take for its own."""
    if text[end : end + 1] == "." and _ABBREVIATION_END_RE.search(text, max(0, end - 6), end):
        return end + 1
    return end


def archive_described_before(text: str, end: int, floor: int) -> ArchiveFound | None:
    """A known archive named before a short description that comes before ``end``."""
    low = max(floor, end - 100)
    found = None
    for match in _DESCRIBED_RE.finditer(text, low, end):
        if archive_id(match["archive"]) is None:
            continue
        if _DESCRIPTION_BREAK_RE.search(text, match.end(), end):
            continue
        found = match
    if found is None:
        return None
    return ArchiveFound(found["archive"], found.start(), found.end("archive"), inside=False)


def archive_after(text: str, position: int) -> ArchiveFound | None:
    """An archive named after a shelfmark: "… д.7711 / ГА Винницкой обл.", "… д. 5 (ГАРФ)",
    "… № П-7869 // Архив УФСБ по Новосибирской обл.",
    or after a comma where it ends the citation and the registry knows it: "…, l. 12,
    RGASPI."."""
    match = _AFTER_RE.match(text, position)
    if match is None:
        return None
    if match["comma"] is not None:
        if archive_id(match["comma"]) is None:
            return None
        return ArchiveFound(match["comma"], match.start("comma"), match.end(), inside=True)
    group = "slash" if match["slash"] is not None else "bracket"
    return ArchiveFound(match[group], match.start(group), match.end(), inside=True)
