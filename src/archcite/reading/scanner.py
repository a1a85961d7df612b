"""Finding archival references in free text: a cheap scan, then the grammar where it can start.

A reference holds a number after a level label ("F. 89", "Оп. 2", "спр. 45") or after an
archive's acronym ("RGASPI 558.11.1121"); numbers after anything else ("in 1956", "p. 52",
"vol. 2") open none. One pass of a compiled pattern over the reversed text finds every
number with the word before it; a look-up of that word (the last words of the labels of
the one table in :mod:`.labels`, acronyms) tells the few where a reference can start,
and only there, and only outside a reference already read, the pattern that decides is
tried and the readers of :mod:`.run`, :mod:`.archives` and :mod:`.reference` run.
After each reference the scanner looks for what
continues it ("; d. 60, l. 11", "Д. 34, 41", "Оп. 6, 7", "and 9401/12/319", a folio range
after a description of the document) and for short forms ("Ibid., l. 15", "Там же").

>>> [m.text for m in extract("See TsKhSD, F. 89, Op. 2, D. 5, Ll. 13-14; d. 6, l. 2.")]
['TsKhSD, F. 89, Op. 2, D. 5, Ll. 13-14', 'd. 6, l. 2']
"""

from __future__ import annotations

import itertools
import operator
import re
from collections.abc import Iterable, Iterator
from typing import Any, NamedTuple

import attrs

from .._compiled import compiled
from ..errors import ParseError
from ..levels import complete, lowest_level
from ..model import ArchivalReference, Match, MatchKind
from ..registry import archive_id, spellings
from .archives import (
    CITY_ENDS,
    LOOK_BACK,
    SENTENCE_BREAK,
    ArchiveFound,
    archive_after,
    archive_before,
    archive_described_before,
    between_archive_and_levels,
)
from .clean import Cleaned
from .labels import (
    AFTER_FILE_LABELS,
    ANCHOR_LEVELS,
    ENGLISH_FILE_WORDS,
    IBID,
    LABELS,
    MARKED_ONLY,
    MONTHS,
    PAPKA_OR_PAGE,
    ROMAN_LEAF_LABELS,
    label_key,
    label_pattern,
    level_of,
    word_pattern,
)
from .patterns import (
    CAPITALS,
    DASH,
    FOND_PREFIXES,
    FOREIGN_ARCHIVES,
    GENITIVE_ENDINGS,
    IDENTIFIER_PATTERN,
    LABEL_HYPHEN,
    LETTER,
    LOWER,
    NAME_ABBREVIATIONS,
    NAME_END_WORDS,
    NAME_LETTER,
    NOT_A_DATE,
    REGION,
)
from .reference import (
    CASE_FILE_WORDS,
    PLAIN_ARCHIVE,
    PLAIN_CAPITALS,
    PLAIN_COMPACT,
    PLAIN_LETTERS,
    PLAIN_LEVELS,
    ParsedReference,
    build,
    compact_at,
    number_first_at,
    plain_reference,
    read_body,
)
from .run import (
    LEVEL_TOKEN_PATTERN,
    Segment,
    goes_on_below,
    more_leaves,
    note_before_level,
    parse_folios,
    read_run,
    run_ends,
)

__all__ = ["IBID_PREFIX_RE", "extract", "iter_matches"]

_ANCHOR_LABELS = tuple(s for level in ANCHOR_LEVELS for s in LABELS[level])
# The scan stops at a label of MARKED_ONLY only with a mark after it ("о. 3", "о-3", not
# "о 1937"; see _verdict and the candidate pattern).
_GUARDED = MARKED_ONLY
_UNGUARDED = tuple(s for s in _ANCHOR_LABELS if s not in _GUARDED)
_REVERSED_ANCHOR = label_pattern(_UNGUARDED, reverse=True)
_REVERSED_ABBREVIATION = label_pattern(
    LABELS["fond"] + LABELS["opis"] + LABELS["delo"], reverse=True
)
# The words an archive's name ends in before a compact shelfmark: a region, a country, a
# city, and the last word of every name the registry holds that ends in a small letter,
# which no rule for capitals finds ("SAPMO-BArch 1/1", "Rosarkhiv").
_NAME_ENDS = tuple(
    dict.fromkeys(
        (
            *NAME_END_WORDS,
            *CITY_ENDS,
            *(
                re.split(r"[\s-]", spelling)[-1]
                for spelling in spellings()
                if spelling[-1:].islower()
            ),
        )
    )
)
_REVERSED_NAME_END = word_pattern(word[::-1] for word in _NAME_ENDS)
_REVERSED_GENITIVE = "|".join(ending[::-1] for ending in GENITIVE_ENDINGS)
_REVERSED_NAME_ABBREVIATION = "|".join(re.escape(word[::-1]) for word in NAME_ABBREVIATIONS)
# The scan runs over the text reversed, so that each candidate begins with its number:
# the engine skips in C to the next digit and reads backwards from there the word before
# it. "F. 89" is "98 .F" reversed; "Fond (F.) 3" is "3 ).F( dnoF"; "GARF, 9401" is
# "1049 ,FRAG"; "ф. р4808" is "8084р .ф".
_CANDIDATE_RE = compiled(
    # The number, from its first digit in the reversed text (which sre finds fast, the
    # pattern opening with a digit) and the letters of a prefix glued to it.
    rf"(?P<number>\d(?<!\d\d)\d*+(?:\s?[{DASH}]\s?\.?{LETTER}{{1,3}}|{LETTER}"
    # a fond's letter prefix joined by a stop: "Ф. Р.5446" ("6445.Р .Ф"; only a fond's
    # label reads it so, see DOTTED_FOND)
    rf"|\s?\.(?-i:[{FOND_PREFIXES}]))??)"
    rf"\s*+(?:(?:№|N|\.?oN|\.?rN)\s*)?"
    rf"(?:"
    rf"(?:\)\.?\s?{_REVERSED_ABBREVIATION}\(\s*)?(?:(?:\.\s?){{0,2}}[,:]?\s*|-(?-i:(?=[{LOWER}])))"
    # (the Cyrillic "о" only with a mark after it: "о. 3", "о .3", not the preposition,
    # "о 1937")
    rf"(?P<label>{_REVERSED_ANCHOR}|(?:(?<![\d\s])|(?<=\.\s))[оО])(?!{NAME_LETTER})"
    # An acronym: capitals are capitals here, though labels are read in any case. Read
    # backwards it starts with the capital that ends it ("TsKhSD", "ГАРФ").
    # An acronym transliterated may end in a digraph's small letter: "TsGANKh". One in
    # brackets after the archive's name is its own: "… History (RGASPI), 17/3/870"; a
    # place in brackets may follow it: "RGASPI (Moscow), 17/3/870".
    # (A stop alone may join them, as in Estonian reference codes: "ERAF.1.4.12".)
    rf"|(?:\.|\s*[,:]?\s*)(?:\)[^()\d]{{1,40}}\(\s*|\))?(?-i:(?P<archive>(?:[{CAPITALS}]|h(?=[KZSC])|s(?=T))"
    rf"(?:{NAME_LETTER})*?[{CAPITALS}])"
    rf"(?!{NAME_LETTER})"
    # or ends in a name in guillemets, an abbreviation, a region, a country or a city:
    # "ЦА ФСБ «Лубянка» 1/2/3", "ГА Винницкой обл. 40/32/1", "TsDAVO Ukrainy 1/2/3",
    # "ЦГА Москвы 1/2/3" ("»", ".лбо", "yniarkU", "ыввксоМ" read backwards)
    rf"|(?P<name_end>»|\.(?:{_REVERSED_NAME_ABBREVIATION})(?!{NAME_LETTER})"
    rf"|(?:{_REVERSED_NAME_END}|(?-i:(?:{_REVERSED_GENITIVE})[a-zа-яё]{{2,}}[{CAPITALS}]))"
    rf"(?!{NAME_LETTER})))"
    rf")",
    re.IGNORECASE,
)
# Most numbers in prose open no reference ("in 1956", "p. 52"), and trying the pattern
# above at each costs more than reading the whole text: one cheaper pass finds every
# number with the word before it (and what stands between), and the pattern is tried
# only after a word that can end an anchor's label or its abbreviation (the last words
# of the table's spellings: "khr", "edkhr" for "ed. khr"), with "No", "N" or German "Nr"
# after it or not, after a word that ends in a capital (an acronym), or where a letter
# prefix may be glued or hyphened to the number ("ф. р4808", "Р-33538").
# (The word's letters are read as runs joined by the tie bar of strict ALA-LC, which a
# class of letters cannot hold; a tie bar just before the number stays in the gap.)
# A number with marks alone up to the end of what is read is found too (its word None), so
# that a block read only a little past its end tells the number whose word may lie beyond.
# (The gap and the word are also one group, "tail", which the filter looks up: a string
# is no object the collector must walk, as a tuple of the two would be.)
# (The scanner reads the cleaned text, whose digits are all ASCII: the engine skips to a
# class of ten faster than to any decimal digit.)
_WORD = rf"{LETTER}++(?:\u0361{LETTER}*+)*+"
_TAIL = rf"(?P<tail>(?P<gap>\W*+)(?:(?P<word>{_WORD})|\Z))"
_NUMBER_WORD_RE = compiled(rf"[0-9](?<![0-9][0-9])[0-9]*+{_TAIL}")
# A numero sign in letters ("No. 262", "Nr 5", "n. 3") lets a number through only where
# what stands before it would: the pattern reads past the sign to a label or an archive
# ("F. No. 5", "GARF No 5"), and prose's "the report No. 262" opens nothing. (Reversed;
# not "NO" or "NR", which may end an acronym.)
# (the marks and the word before the sign, or the marks alone up to a digit or the start)
_BEFORE_NUMERO_RE = compiled(rf"(?P<gap>\W*+)(?P<word>{_WORD})?")
_NUMEROS = frozenset(("oN", "on", "N", "n", "rN", "rn"))
_ANCHOR_WORD_RE = compiled(
    rf"(?:{label_pattern(_UNGUARDED, last_words=True)}"
    rf"|.+(?-i:[{CAPITALS}])"
    # and the words an archive's name ends in before a compact shelfmark (see above): an
    # acronym ending in a digraph, a region, a country, a city, an abbreviation
    rf"|.*(?-i:[KZSC]h|Ts)|{'|'.join(map(re.escape, _NAME_ENDS + NAME_ABBREVIATIONS))}"
    rf"|(?-i:[{CAPITALS}][a-zа-яё]{{2,}}(?:{'|'.join(GENITIVE_ENDINGS)})))?"
    # each with a numero sign in letters glued to it or not ("TsGANKhNo.1"), or a guarded
    # label with one ("оNo. 5")
    rf"(?:no?|nr)?|[оО](?:no?|nr)",
    re.IGNORECASE,
)
_DASH_RE = compiled(f"[{DASH}]")
_FOND_PREFIX_LETTERS = frozenset(FOND_PREFIXES)
# What the gap and the word before a number told (see _verdict), by the two together: prose
# repeats its words, and a look-up for every number of a block is made in C (map, compress).
_VERDICTS: dict[str, bool] = {}
_MAX_VERDICTS = 1 << 16
_GET_TAIL = operator.itemgetter("tail")
_GET_WORD = operator.itemgetter("word")
# The gap is the marks before the word's first letter.
_GAP_WORD_RE = compiled(r"(\W*+)(.*)", re.DOTALL)


# The reversed text is read a block at a time, from its end (the start of the text): a
# match object for every number of a long text at once would only keep the collector busy.
# A block is small enough (about 200 numbers of prose) that its matches are gone before
# the collector's youngest generation fills, which would move them on to older ones and
# set off full collections (12% of the time of 10 MB of prose with blocks eight times as
# long). Each block is read a little past its end, so that a number near the end finds
# its word (one whose word runs on past that is read again whole).
_BLOCK = 1 << 13
_MARGIN = 1 << 7


def _number_blocks(reversed_text: str) -> Iterator[list[re.Match[str]]]:
    """Every number of a reversed text with the word before it, in the order of the text,
    a block at a time: the matches one pass over the whole reversed text finds.

    A match holds one number, at its start, and no digit after it, so no block's first
    match begins inside one before it; the last match of a block, where it reaches the
    end of what is read (a word cut short, or marks that may lead to one), is read again
    whole. (A number with marks alone to the very end of the text has no word: None.)
    """
    size = len(reversed_text)
    if size <= _BLOCK:  # a note, a line: one block, read to its end
        block = list(_NUMBER_WORD_RE.finditer(reversed_text))
        block.reverse()
        yield block
        return
    for start in range((size - 1) // _BLOCK * _BLOCK, -1, -_BLOCK):
        top = start + _BLOCK
        stop = min(size, top + _MARGIN)
        block = list(_NUMBER_WORD_RE.finditer(reversed_text, start, stop))
        while block and block[-1].start() >= top:
            block.pop()  # the next block's
        if block and block[-1].end() == stop < size:
            again = _NUMBER_WORD_RE.match(reversed_text, block[-1].start())
            if again is None:
                block.pop()  # marks, then no word: no match in the whole text either
            else:
                block[-1] = again
        block.reverse()
        yield block


def _hopeful(block: list[re.Match[str]]) -> list[re.Match[str]]:
    """The numbers of a block after whose word or gap a reference can start (see
    :func:`_verdict`), looked up in C for each number and worked out once for each new
    word and gap."""
    tails = list(map(_GET_TAIL, block))
    _learn(tails)
    hopeful = list(itertools.compress(block, map(_VERDICTS.__getitem__, tails)))
    if _NUMEROS.isdisjoint(map(_GET_WORD, hopeful)):
        return hopeful
    return [number for number in hopeful if _past_numero(number)]


def _past_numero(number: re.Match[str]) -> bool:
    """Whether the pattern can start at a number whose word is no numero sign in letters,
    or is one and what stands before the sign lets a number through."""
    if number["word"] not in _NUMEROS or _gap_opens(number["gap"]):
        return True
    before = _BEFORE_NUMERO_RE.match(number.string, number.end())
    assert before is not None  # it matches the empty string
    if before["word"] is None:  # marks alone, up to a digit or the text's start
        return _gap_opens(before["gap"])
    tail = before.group()
    _learn((tail,))
    return _VERDICTS[tail]


def _learn(tails: Iterable[str]) -> None:
    """What each gap and word not seen before tells (see _verdict), remembered."""
    new = set(tails).difference(_VERDICTS)
    if new:
        if len(_VERDICTS) + len(new) > _MAX_VERDICTS:
            _VERDICTS.clear()
            new = set(tails)
        for tail in new:
            gap, word = _GAP_WORD_RE.fullmatch(tail).groups()  # type: ignore[union-attr]
            _VERDICTS[tail] = _verdict(gap, word or None)


def _verdict(gap: str, reversed_word: str | None) -> bool:
    """Whether the pattern must be tried at a number with this gap and word (reversed)
    before it: after a word that can end a label (one of _GUARDED only with a mark after
    it) or an archive's name, where a letter prefix may stand between the word and the
    number, glued or hyphened ("р4808", "Р - 2"), where a name in guillemets ends
    ("«Лубянка» 1/2"), or where a bracket closes (an acronym or a place in brackets:
    "(RGASPI), 17/3/870"), or after a fond's letter prefix and its stop ("Ф. Р.5446").
    A number after marks alone (no word) opens nothing."""
    if reversed_word is None:
        return False
    if reversed_word in _GUARDED:
        return gap.strip() != "" or not gap  # (glued, it may be a prefix: "F.о5")
    if reversed_word in _FOND_PREFIX_LETTERS and gap.strip() == ".":
        return True  # a fond's letter prefix and its stop: "Ф. Р.5446"
    if _ANCHOR_WORD_RE.fullmatch(reversed_word[::-1]) is not None:
        return True
    return _gap_opens(gap)


def _gap_opens(gap: str) -> bool:
    """Whether the marks before a number let it through whatever word stands before them:
    none (a letter prefix glued to it), a dash, a guillemet or a closing bracket."""
    return not gap or _DASH_RE.search(gap) is not None or "»" in gap or ")" in gap


#: The words of a short form up to its levels: "Ibid., ", "Там же. ", DSTU's "Там само. – ".
IBID_PREFIX_RE = compiled(
    rf"{label_pattern(IBID)}(?!{LETTER})\.?,?\s*(?:[,.:]\s*)?(?:[{DASH}]\s*)?", re.IGNORECASE
)
# The letters every short form holds, whatever its case: "ibid", "Там же", "tam zhe", "Там само".
_IBID_HINTS = ("bid", "BID", "bíd", "же", "ЖЕ", "zhe", "само", "samo", "bd", "BD", "benda", "że")
# All of them in one pass (none overlaps another or itself, so every one is found). A
# pattern that asks for the "м" of "там" before "же" finds fewer, but takes longer to run.
_IBID_HINT_RE = compiled("|".join(_IBID_HINTS))
# The hints that come after "там" or "tam": prose's own "же" is passed over unless its "м"
# (in either script, either case) stands before it.
_AFTER_TAM = frozenset(("же", "ЖЕ", "zhe", "само", "samo", "że"))
_TAM_END = frozenset("мМmM")
_IBID_RE = compiled(rf"(?<!{LETTER}){label_pattern(IBID)}(?!{LETTER})", re.IGNORECASE)
_LEVEL_RE = compiled(LEVEL_TOKEN_PATTERN, re.IGNORECASE)
_SEPARATOR_RE = compiled(rf"\s*[,.:]?\s*(?:[{DASH}]\s*)?")
# (with the comma before the last item of a list: "dd. 235, 237, and 240")
_JOINER_RE = compiled(
    r"\s*(?:;|,(?:\s*(?:and|и|та|і)\b)?|/|&|\band\b|\bи\b|\bта\b|\bі\b)\s*", re.IGNORECASE
)
# The rest of a list of fonds after one of its numbers: more numbers, then its end.
_FONDS_END_RE = compiled(rf"(?:\s*,\s*{IDENTIFIER_PATTERN})*\s*(?:[.;)\]]|\Z)")
_BARE_ID_RE = compiled(
    rf"(?P<id>{IDENTIFIER_PATTERN})(?![\w/.-]*\d)"
    # nor a day or days of a month ("12 June", "12–14 June"), nor a year ("1937 г.")
    rf"(?!\s*(?:[{DASH}]\s*\d+\s*)?(?:{'|'.join(MONTHS)}|г\.|g\.|gg\.|гг\.|р\.))"
    # nor a count of what the level holds: "op. 2, 120 files", "оп. 2, 101 дело" (a word in
    # small letters after it, neither a conjunction nor a label with its number)
    rf"(?!\s+(?!(?:and|и|та|і)\s)(?-i:[a-zа-яёіїєґ]{{2,}})(?![\w.]*\s*\d))",
    re.IGNORECASE,
)
_YEAR_RE = compiled(r"1[5-9]\d\d|20[0-4]\d")
# Years a file or an inventory covers, not another of them: "op. 2, 1837–1847".
_YEARS_RE = compiled(rf"(?:{_YEAR_RE.pattern})\s?[{DASH}]\s?(?:{_YEAR_RE.pattern})")
# (or a stop right before the numbers, as Estonian reference codes join them: "ERAF.1.4.12")
_ARCHIVE_SEPARATOR_RE = compiled(r"\.(?=\w)|\s*[,:]?\s*")
_BRACKET_CLOSE_RE = compiled(r"\)\s*[,:]?\s*")
# A case file's number with its letter prefix: "Р-33538" (the scan starts at the prefix).
_CASE_FILE_START_RE = compiled(rf"[{CAPITALS}]{{1,2}}[{DASH}]\d")
# A number or a range after a file: "d. 381, 51", "d. 505, 12–14", "d. 870: 9–10".
# (and the list of them that the first begins: "спр. 344, 28, 38–41, 51–54")
_RANGE_END = rf"(?:\s*[{DASH}]\s*\d+)?"
_BARE_FOLIO_RE = compiled(
    rf"(?P<sep>[,:])\s*(?P<n>(?P<first>\d+){_RANGE_END}"
    # (no date among them, as in a labelled list: patterns.MORE_FOLIOS)
    rf"(?:(?:,\s*|\s+(?:and|и|та|і)\s+){NOT_A_DATE}\d+{_RANGE_END}(?![\w/.-]*\d))*)"
    rf"(?![\w/.-]*\d)(?!\s*[,;]?\s*\d)"
)
# Between a reference and a folio range that continues it after a description of the
# document ("… L. 4. Original. Typewritten. L. 5–11."): words and stops, no number.
_DESCRIPTION_RE = compiled(
    rf"[^\d;()\[\]\n]{{1,80}}?(?=(?<!{LETTER}){label_pattern(LABELS['folios'])}(?:\.|{LABEL_HYPHEN}))",
    re.IGNORECASE,
)
_ENGLISH_FILE = frozenset(ENGLISH_FILE_WORDS)
_BACK_LEVELS = frozenset(("korobka", "papka", "razdel", "papka_or_page"))
# Their labels and the leaves' at the start of a word: where none stands before a run, it
# begins where its first label does. (The leaves only link a box or a folder to the levels
# after them, in a reference that gives its levels in any order: "Папка 1, Л. 3, Оп. 2".)
# (The look-behind takes only letters, of which a word starts after none, so that it keeps
# every place the look-back below tries.)
_BACK_LABEL_RE = compiled(
    "(?<![A-Za-zА-яЁё])"
    + label_pattern(
        LABELS["korobka"] + LABELS["papka"] + LABELS["razdel"] + PAPKA_OR_PAGE + LABELS["folios"]
    ),
    re.IGNORECASE,
)
_BACK_WINDOW = 40
# A fond's label at the start of a word, where a fond named in words may begin.
_FOND_LABEL_RE = compiled(rf"(?<![A-Za-zА-яЁё]){label_pattern(LABELS['fond'])}", re.IGNORECASE)
# Western archives and their series, which cite by compact numbers too ("FO 371/12345/6",
# "PREM 4/30/8", "BArch NS 19/1234"): not Soviet archives, whatever their letters.
_FOREIGN = frozenset(FOREIGN_ARCHIVES)
# An archive that cites by compact numbers only with a letter of "archive" in it: the
# acronyms of Soviet archives hold А or Х (ГАРФ, ЦХСД, TsDAVO, GASPI).
_ARCHIVE_LETTER_RE = compiled(r"[AАXХ]|Kh")
# or a department's archive in a region: "UFSB po Tambovskoi oblasti 5/2/77".
_REGION_RE = compiled(REGION)


def extract(text: str) -> list[Match]:
    """Every archival reference in ``text``, in order, with exact spans.

    >>> [m.kind for m in extract("APRF, f. 3, op. 57, d. 73, l. 9; d. 60, l. 11. Ibid., l. 15.")]
    ['full', 'continuation', 'ibid']
    """
    return list(iter_matches(text))


def iter_matches(text: str, *, strict: bool = False) -> Iterator[Match]:
    """Like :func:`extract`, one match at a time.

    A reference the grammar reads but the model refuses (a folio range that runs
    backwards, "Л. 140-39") is passed over; with ``strict`` it raises :class:`ParseError`
    instead, so that a rewriter never leaves it silently as it was.
    """
    if not isinstance(text, str):
        raise TypeError(f"extract() takes a string, not {type(text).__name__}")
    cleaned = Cleaned.of(text)
    scanner = _Scanner(cleaned.text, strict)
    try:
        yield from _mapped(scanner, cleaned, text)
    except ParseError as error:
        raise ParseError(
            text, cleaned.original(error.position), error.expected, error.reason
        ) from None


def _mapped(scanner: _Scanner, cleaned: Cleaned, text: str) -> Iterator[Match]:
    for match in scanner.matches():
        if cleaned.text is text:
            yield match
            continue
        start = cleaned.original(match.span[0])
        end = cleaned.original_end(match.span[1])
        skipped = tuple((cleaned.original(a), cleaned.original_end(b)) for a, b in match.skipped)
        yield attrs.evolve(match, span=(start, end), text=text[start:end], skipped=skipped)


class _PlainArchive(NamedTuple):
    """The archive of a plain reference, where it starts, and whether archive_before found
    it (else the registry must know it: see _Scanner._plain_archive)."""

    token: str
    start: int
    found: bool


class _Scanner:
    """One pass over a text: candidates in order, each read where it can start."""

    def __init__(self, text: str, strict: bool = False) -> None:
        self.text = text
        self.strict = strict
        self.consumed = 0
        self.previous: Match | None = None
        self._pending: int | None = None
        self._reversed: str | None = None

    def _refuse(self, error: ValueError) -> None:
        """A reference the model refuses: passed over, or in strict mode the error."""
        if self.strict:
            raise error

    def _candidates(self) -> Iterator[tuple[int, str]]:
        """(position, kind) of every place a reference can start, in order.

        Numbers are found in one pass, and the word before each is looked at only when
        it comes to its turn: a number inside a reference already read opens none.
        """
        text = self.text
        size = len(text)
        reversed_text = self._reversed = text[::-1]
        ibids = self._ibid_starts()
        waiting = 0
        for block in _number_blocks(reversed_text):
            for number in _hopeful(block):
                if size - number.start("gap") < self.consumed:
                    continue  # a number inside a reference already read
                candidate = _CANDIDATE_RE.match(reversed_text, number.start())
                if candidate is None:
                    continue
                if candidate["label"] is not None:
                    found = (size - candidate.end(), "label")
                else:
                    found = (size - candidate.end("number"), "archive")
                while waiting < len(ibids) and ibids[waiting] < found:
                    yield ibids[waiting]
                    waiting += 1
                yield found
        yield from ibids[waiting:]

    def _ibid_starts(self) -> list[tuple[int, str]]:
        """Where "Ibid." or "Там же" stands: each word's last letters are looked for in one
        quick pass, and the pattern tried only around them."""
        text = self.text
        starts: set[int] = set()
        for hint in _IBID_HINT_RE.finditer(text):
            # Every one around the letters ("Ibid,Ibid" holds two), each read again in the
            # whole text, where the end of the window is no end of a word ("Ibidemx").
            # (back past any spaces before the letters: "Там      же")
            low = hint.start()
            while low > 0 and text[low - 1].isspace():
                low -= 1
            if low == 0 or (text[low - 1] not in _TAM_END and hint.group() in _AFTER_TAM):
                continue
            for found in _IBID_RE.finditer(text, max(0, low - 8), hint.end() + 3):
                if _IBID_RE.match(text, found.start()) is not None:
                    starts.add(found.start())
        return [(start, "ibid") for start in sorted(starts)]

    def matches(self) -> Iterator[Match]:
        for position, kind in self._candidates():
            if position < self.consumed:
                continue
            if kind == "label":
                found = self._labelled(position)
            elif kind == "archive":
                found = self._compact(position)
            else:
                found = self._ibid(position)
            for match in found:
                if match.span[0] >= self.consumed:  # a list's next item, unless already read
                    yield from self._emit(match)

    def _emit(self, match: Match) -> Iterator[Match]:
        yield match
        self.previous = match
        self.consumed = match.span[1]
        for continuation in self._continuations(match):
            yield continuation
            self.previous = continuation
            self.consumed = continuation.span[1]

    # --- a run of labelled levels ------------------------------------------------------

    def _extend_back(self, position: int) -> int:
        """Where a run that holds the label at ``position`` begins: a box, a folder or a
        section may stand before its first fond, opis' or delo label, and leaves between
        them ("Папка 1, Л. 3, Оп. 2"); a run begins at no leaves of their own."""
        text = self.text
        begins = position
        while True:
            low = max(self.consumed, position - _BACK_WINDOW)
            best = best_level = None
            # Only where such a label starts (one made of letters hides no other start).
            for back in _BACK_LABEL_RE.finditer(text, low, position):
                start = back.start()
                if not text[start].isalpha() or (start > 0 and text[start - 1].isalpha()):
                    continue
                token = _LEVEL_RE.match(text, start)
                if token is None or token.end() > position:
                    continue
                separator = _SEPARATOR_RE.match(text, token.end())
                assert separator is not None  # it matches the empty string
                after = separator.end()
                # (a remark or a year may stand between: "Коробка 1 (протоколы), Ф. 1")
                note = note_before_level(text, after, filed=False) if after < position else None
                if note is not None:
                    after = _SEPARATOR_RE.match(text, note[1]).end()  # type: ignore[union-attr]
                if after == position:
                    level = level_of(token["label"] or token["folio_label"] or "")
                    if level in _BACK_LEVELS or level == "folios":
                        best, best_level = start, level
            if best is None:
                return begins
            position = best
            if best_level != "folios":
                begins = position

    def _word_fond_before(self, position: int) -> int:
        """Where a run begins whose fond is named in words before its inventory at
        ``position`` ("АВПРИ. Ф. Канцелярия. Оп. 470"), after an archive (an initial and a
        name, "Ф. Раскольникова", is not one), or ``position``."""
        text = self.text
        low = max(self.consumed, position - _BACK_WINDOW * 2)
        before = text[low:position].rstrip(" ,.")
        if not before or not before[-1].islower():
            return position  # a word fond ends in a small letter
        for label in _FOND_LABEL_RE.finditer(text, low, position):
            token = _LEVEL_RE.match(text, label.start())
            if token is None or token["fond_label"] is None or token.end() > position:
                continue
            separator = _SEPARATOR_RE.match(text, token.end())
            if (
                separator is not None
                and separator.end() == position
                and archive_before(text, label.start(), self.consumed) is not None
            ):
                return label.start()
        return position

    def _plain_note(self, position: int, compact: bool = False) -> Match | None:
        """A reference in the commonest whole shapes, read by one small pattern: "12. GARF,
        F. 286, Op. 30, D. 3, Ll. 228-229.", the fond's label at ``position``, or with
        ``compact`` "12. RGASPI 17.3.870.5.", the fond's number there. It stands alone on
        its line, its note's number before it or not, or in a sentence after a sentence's
        end or an opening bracket ("… in 1937. See GARF, F. 286, Op. 30, D. 3. The …"),
        and nothing after it continues it. None for anything else, which the general way
        reads; where it is not None, it is the match that way makes (tests/test_plain_paths.py
        holds the two to that)."""
        text = self.text
        levels = (_PLAIN_COMPACT_RE if compact else _PLAIN_LEVELS_RE).match(text, position)
        if levels is None:
            return None
        line_end = _LINE_END_RE.match(text, levels.end())
        if line_end is None:
            if not _plain_ends(text, levels, compact):
                return None
        elif line_end.group().endswith("\n") and _next_line_goes_on(text, levels):
            return None  # a reference broken across lines: "Д. 870.\nЛ. 9"
        archive = self._plain_archive(position, compact)
        if archive is None or (compact and not _cites_compactly(archive.token)):
            return None
        reference = plain_reference(archive.token, levels, found=archive.found)
        if reference is None:
            return None
        start, end = archive.start, levels.end()
        return Match(reference, reference, "full", (start, end), text[start:end])

    def _plain_archive(self, position: int, compact: bool) -> _PlainArchive | None:
        """The archive before the levels at ``position``: an acronym that opens its line
        (its note's number before it or not) or follows a sentence's end or an opening
        bracket, a word that introduces it between or none, so that no words before it
        can be taken for the archive's name (see archives.archive_before); or else what
        archive_before finds."""
        text = self.text
        # (the line's start is near: a note's number and an acronym are short)
        low = max(0, position - _PLAIN_HEAD_MOST)
        line = text.rfind("\n", low, position) + 1
        if line >= self.consumed and (line > 0 or low == 0):
            head = (_PLAIN_COMPACT_HEAD_RE if compact else _PLAIN_HEAD_RE).fullmatch(
                text, line, position
            )
            if head is not None and archive_id(head["archive"]) is not None:
                return _PlainArchive(head["archive"], head.start("archive"), False)
        # In a sentence: the head is read backwards from the levels. Where what stands
        # before it ends a sentence by the rule archive_before follows, no words before it
        # can be taken for the archive's name; elsewhere archive_before is asked.
        if self._reversed is None:
            self._reversed = text[::-1]
        size = len(text)
        head = (_REVERSED_COMPACT_HEAD_RE if compact else _REVERSED_HEAD_RE).match(
            self._reversed, size - position
        )
        if head is None:
            return None
        if head["bare"] is None:
            group = "one" if head["one"] else "two"
            archive, start = head[group][::-1], size - head.end(group)
            if start < self.consumed:
                return None
            proven = _PlainArchive(archive, start, False)
            if head["bracket"] is not None:
                # (no bracket closes before it: every phrase across it is unbalanced)
                bracket = size - head.end()
                if text.rfind(")", max(self.consumed, position - LOOK_BACK), bracket) < 0:
                    return proven
            elif head["space"] is None or head["digit"] is not None:
                return proven  # no phrase starts before the text, nor before a digit
            else:
                stop = _SENTENCE_BREAK_RE.match(text, size - head.end())
                if stop is not None and stop.end() == size - head.start("space"):
                    return proven
        # Elsewhere the archive is what archive_before finds, if a box or a section before
        # the levels does not begin them ("Раздел II. Ф. 5").
        found = archive_before(text, position, self.consumed)
        if found is None or not found.inside or self._extend_back(position) != position:
            return None
        return _PlainArchive(found.token, found.start, True)

    def _labelled(self, position: int) -> list[Match]:
        plain = self._plain_note(position)
        if plain is not None:
            return [plain]
        text = self.text
        start = self._extend_back(position)
        run = read_run(text, start)
        if not run.segments:
            return []
        first = run.segments[0]
        if first.levels[0].level == "opis":
            fond = self._word_fond_before(first.start)  # "АВПРИ. Ф. Канцелярия. Оп. 470"
            widened = read_run(text, fond) if fond != first.start else run
            if widened.segments:
                run, first = widened, widened.segments[0]
        if not first.has("fond", "delo", "ed_khr") and not self._continues(first, run):
            return []  # no archive could make it stand alone (see _standalone): "on 2160"
        archive = archive_before(text, first.start, self.consumed)
        head, skipped = first.start, first.skipped
        if archive is None:
            # The words that make the file a case file are read past and kept, and the
            # archive may stand before them: "Архивное дело: П-1234", "Архив УФСБ по
            # Томской обл., арх. уголовное дело № П-5678".
            words = _case_file_words(text, first, self.consumed)
            if words is not None:
                head = words.start()
                skipped = ((head, head + len(words.group().rstrip())), *skipped)
                archive = archive_before(text, head, self.consumed)
        if archive is None and _standalone(first, None, text):
            archive = archive_described_before(text, first.start, self.consumed)
        end = first.end
        if archive is None and len(run.segments) == 1:
            after = archive_after(text, first.end)
            if after is not None:
                archive, end = after, after.end
        matches: list[Match] = []
        kind: MatchKind = "full"
        if not _standalone(first, archive, text):
            if not self._continues(first, run):
                return []
            kind = "continuation"
        token = archive.token if archive is not None else None
        try:
            reference = build(text, first, token)
        except ValueError as error:
            self._refuse(error)
            return []
        span_start = archive.start if archive is not None and archive.inside else head
        if archive is not None and archive.inside and archive.start > first.start:
            span_start = head  # an archive named after the levels
        parsed = ParsedReference(reference, span_start, end, skipped=skipped)
        parsed = self._bare_folios(parsed, first)
        if kind == "full":
            matches.append(_match(text, parsed, "full", parsed.reference))
        else:
            assert self.previous is not None
            resolved = complete(self.previous.resolved, parsed.reference)
            matches.append(_match(text, parsed, "continuation", resolved))
        matches.extend(self._repeats(run.repeat, matches[-1]))
        return matches

    def _repeats(self, position: int | None, antecedent: Match) -> list[Match]:
        """The references a list opens by giving a level again: "Д. 7. С. 15. Д. 8. С. 16"."""
        found = []
        while position is not None:
            run = read_run(self.text, position)
            if not run.segments:
                break
            if len(run.segments) == 1 and archive_after(self.text, run.segments[0].end):
                break  # a reference of its own, its archive after it
            following = self._following(run.segments[0], antecedent)
            if following is None:
                break
            antecedent = following
            found.append(antecedent)
            position = run.repeat
        return found

    def _continues(self, segment: Segment, run: object) -> bool:
        """True where an archive-less run that cannot stand alone continues the reference
        before it in the same note: "…, 14 (d. 5, l. 6)" after "(APRF, f. 3, …, d. 2, l. 3)"."""
        previous = self.previous
        if previous is None or segment.start - previous.span[1] > 300:
            return False
        between = self.text[previous.span[1] : segment.start]
        if "\n" in between:
            return False
        return len(segment.levels) >= 2 and segment.has("delo", "ed_khr", "opis")

    def _bare_folios(self, parsed: ParsedReference, segment: Segment) -> ParsedReference:
        """A number or a range after a file that starts below it is the file's folios, their
        label left out as English notes do: "d. 381, 51", "d. 505, 12–14" (a list of files
        runs upwards); after a colon, any number is: "d. 870: 9–10"."""
        reference = parsed.reference
        if reference.folios is not None or lowest_level(reference) not in ("delo", "ed_khr"):
            return parsed
        value = reference.delo or reference.ed_khr or ""
        found = _BARE_FOLIO_RE.match(self.text, parsed.end)
        if found is None or not value.isdigit():
            return parsed
        number, first = found["n"], found["first"]
        if (found["sep"] == "," and int(first) >= int(value)) or _YEAR_RE.fullmatch(first):
            return parsed
        after = self.text[found.end() : found.end() + 12].lstrip()
        if after[:1].isalpha() and not after.lower().startswith(("and", "и ", "see")):
            return parsed
        try:
            folios = parse_folios(number)
        except ValueError:  # a range that runs backwards: no folios
            return parsed
        reference = attrs.evolve(reference, folios=folios)
        return parsed._replace(reference=reference, end=found.end())

    # --- compact shelfmarks after an archive --------------------------------------------

    def _compact(self, number: int) -> list[Match]:
        plain = self._plain_note(number, compact=True)
        if plain is not None:
            return [plain]
        text = self.text
        # Most capitals before a number are no archive ("CPSU 1936"): look for the numbers
        # of a shelfmark first, which costs one match, and for the archive only then.
        if (
            compact_at(text, number) is None
            and _CASE_FILE_START_RE.match(text, number) is None
            and number_first_at(text, number) is None  # Latvian: "LVA, 101. f., 1. apr."
        ):
            return []
        archive = archive_before(text, number, self.consumed)
        if archive is None or not _cites_compactly(archive.token):
            return []
        if archive.inside:
            separator = _ARCHIVE_SEPARATOR_RE.match(text, archive.end)
            start = separator.end() if separator else archive.end
            if start < number and between_archive_and_levels(text, archive.end, number):
                start = number  # a city between: "RGASPI, Moscow, 17/3/870"
        elif _BRACKET_CLOSE_RE.fullmatch(text, archive.end, number):
            # an acronym in brackets after the name: "… History (RGASPI), 17/3/870"
            start = number
        else:
            return []
        try:
            body = read_body(text, start, allow_compact=True)
        except ParseError as error:  # a folio range that runs backwards
            self._refuse(error)
            return []
        if body is None or not body.values:
            return []
        segment = body.segments[0] if body.segments else None
        try:
            reference = build(text, segment, archive.token, body.values)
        except ValueError as error:
            self._refuse(error)
            return []
        if reference.fond is None and reference.delo is None:
            return []
        span_start = archive.start if archive.inside else start
        parsed = ParsedReference(reference, span_start, body.end, body.compact, body.skipped)
        matches = [_match(text, parsed, "full", reference)]
        matches.extend(self._repeats(body.repeat, matches[0]))
        return matches

    # --- short forms ----------------------------------------------------------------------

    def _ibid(self, position: int) -> list[Match]:
        """``Ibid., l. 15`` / ``Там же. Оп. 3. Д. 5.`` resolved against the previous reference."""
        text = self.text
        prefix = IBID_PREFIX_RE.match(text, position)
        if prefix is None:
            return []
        run = read_run(text, prefix.end())
        if not run.segments or run.segments[0].start != prefix.end():
            return []
        segment = run.segments[0]
        if self.previous is not None:
            segment = _lone_page(segment, self.previous)  # "Ibid., p. 5"
        try:
            partial = build(text, segment, None)
        except ValueError as error:
            self._refuse(error)
            return []
        previous = self.previous
        if previous is None and not _archival(segment):
            return []  # "Там же, с. 6": a page alone may be a book's
        resolved = partial if previous is None else complete(previous.resolved, partial)
        parsed = ParsedReference(partial, position, segment.end, skipped=segment.skipped)
        match = _match(text, parsed, "ibid", resolved)
        return [match, *self._repeats(run.repeat, match)]

    # --- what continues a reference ------------------------------------------------------

    def _continuations(self, antecedent: Match) -> Iterator[Match]:
        """What continues a reference: "; d. 60, l. 11", "and 64", "and 9401/12/319"."""
        text = self.text
        while True:
            joiner = _JOINER_RE.match(text, antecedent.span[1])
            self._pending = None
            found = self._continuation_at(joiner.end(), antecedent) if joiner else None
            if found is None:
                found = self._after_description(antecedent)
            if found is None:
                found = self._level_again(antecedent)
            if found is None:
                return
            yield found
            antecedent = found
            for repeated in self._repeats(self._pending, antecedent):
                yield repeated
                antecedent = repeated

    def _continuation_at(self, position: int, antecedent: Match) -> Match | None:
        text = self.text
        run = read_run(text, position)
        if run.segments and run.segments[0].start == position:
            segment = run.segments[0]
            if archive_after(text, segment.end) is not None and len(run.segments) == 1:
                return None  # a reference of its own, its archive after it
            repeat = run.repeat
            page_then_pages = _page_then_pages(segment, antecedent)
            if page_then_pages is not None:
                segment, repeat = page_then_pages
            following = self._following(segment, antecedent)
            if following is not None:
                self._pending = repeat
            return following
        body = read_body(text, position, allow_compact=True)
        if body is not None and body.compact and not _more_items(text, position, antecedent):
            levels = body.segments[0] if body.segments else None
            try:
                partial = build(text, levels, None, body.values)
            except ValueError as error:
                self._refuse(error)
                return None
            resolved = complete(antecedent.resolved, partial)
            parsed = ParsedReference(partial, position, body.end, True, body.skipped)
            return _match(text, parsed, "continuation", resolved)
        return self._bare_identifier(position, antecedent)

    def _bare_identifier(self, position: int, antecedent: Match) -> Match | None:
        """A number alone after a reference that ends in a file or an inventory: "Д. 174,
        194" (another file), "Оп. 6, 7" (another inventory); or after a fond alone, where
        the list of numbers ends the citation: "ГАРФ. Ф. 63, 102." (another fond; with
        leaves after them, "f. 558, 11, 1117, l. 3", they are no fonds)."""
        last = list(antecedent.reference.levels)
        level = last[-1] if last else None
        if level not in ("delo", "ed_khr", "opis", "fond"):
            return None
        found = _BARE_ID_RE.match(self.text, position)
        if found is None:
            return None
        if level == "fond" and _FONDS_END_RE.match(self.text, found.end()) is None:
            return None
        value = found["id"]
        previous = getattr(antecedent.resolved, level)
        # "d. 5, 1956" is a year, not file 1956; "Д. 1766, 1767" are two files.
        if _YEARS_RE.fullmatch(value) or (_YEAR_RE.fullmatch(value) and not _near(previous, value)):
            return None
        values: dict[str, Any] = {level: value}
        partial = ArchivalReference(**values)
        resolved = complete(antecedent.resolved, partial)
        parsed = ParsedReference(partial, position, found.end())
        return _match(self.text, parsed, "continuation", resolved)

    def _level_again(self, antecedent: Match) -> Match | None:
        """A level the reference before gave, given again on the same line after a stop:
        the next reference of the list, as inside a run ("Д. 174, 194. Д. 200. Л. 3",
        where the bare "194" ended the run). Only a continuation can end so: a full
        reference's run would have read the level itself."""
        if antecedent.kind != "continuation":
            return None
        text = self.text
        separator = _SEPARATOR_RE.match(text, antecedent.span[1])
        if separator is None or "\n" in separator.group():
            return None
        run = read_run(text, separator.end())
        if not run.segments or run.segments[0].start != separator.end():
            return None
        segment = run.segments[0]
        if segment.levels[0].level not in antecedent.reference.levels:
            return None
        following = self._following(segment, antecedent)
        if following is not None:
            self._pending = run.repeat
        return following

    def _after_description(self, antecedent: Match) -> Match | None:
        """Leaves cited after a description of the document: "RGANI. F. 3. Op. 16. D. 9.
        L. 4. Original. Typewritten. L. 5–11. Copy." (the second is a continuation)."""
        if antecedent.resolved.folios is None:
            return None
        text = self.text
        between = _DESCRIPTION_RE.match(text, antecedent.span[1])
        # The description is a sentence or more: a stop ends what stands before it (the
        # reference's own, as in "237 об.", counts).
        if (
            between is None
            or not re.search(r"\.\s", text[antecedent.span[1] - 1 : between.end()])
            or _IBID_RE.search(between.group())
            # a level inside is no description: "vol. 3 vol. I Il. 146a" is a list's next item
            or _LEVEL_RE.search(between.group())
        ):
            return None
        run = read_run(text, between.end())
        if not run.segments:
            return None
        segment = run.segments[0]
        if [level.level for level in segment.levels] != ["folios"]:
            return None
        if label_key(segment.levels[0].label) in ROMAN_LEAF_LABELS:
            return None  # a numeral: "… to Nicholas I. 1826–1838."
        return self._following(segment, antecedent)

    def _following(self, segment: Segment, antecedent: Match) -> Match | None:
        """The continuation a segment of levels makes after ``antecedent``, completed from
        it (None where the model refuses it). A lone "P." after a file is its page
        (:func:`_lone_page`), whether a joiner, a stop or the run's repeat led here."""
        segment = _lone_page(segment, antecedent)
        try:
            partial = build(self.text, segment, None)
        except ValueError as error:
            self._refuse(error)
            return None
        resolved = complete(antecedent.resolved, partial)
        parsed = ParsedReference(partial, segment.start, segment.end, skipped=segment.skipped)
        return _match(self.text, parsed, "continuation", resolved)


_PAPKA_OR_PAGE = frozenset(label_key(spelling) for spelling in PAPKA_OR_PAGE)


def _has_file(antecedent: Match) -> bool:
    return antecedent.resolved.delo is not None or antecedent.resolved.ed_khr is not None


def _lone_page(segment: Segment, antecedent: Match) -> Segment:
    """A continuation or a short form that is one level alone after a reference with a
    file, whose label names the file's pages or leaves there: a "P." ("d. 1, p. 1, p. 3";
    a run on its own reads a papka, with no file before it), or a letter of
    :data:`~.labels.AFTER_FILE_LABELS` ("Tamże, k. 12", "Ibid., f. 9"; on its own a box
    or a fond)."""
    if len(segment.levels) != 1 or not _has_file(antecedent):
        return segment
    (level,) = segment.levels
    key = label_key(level.label)
    if level.level == "papka" and key in _PAPKA_OR_PAGE:
        named = "page"
    elif level.level in ("korobka", "fond") and level.label.lower() in AFTER_FILE_LABELS:
        named = AFTER_FILE_LABELS[level.label.lower()]
    else:
        return segment
    try:
        parse_folios(level.value, "page" if named == "page" else "leaf")
    except ValueError:
        return segment  # no page's number: "p. IV"
    return segment._replace(levels=(level._replace(level=named),))


def _page_then_pages(segment: Segment, antecedent: Match) -> tuple[Segment, int] | None:
    """A continuation that opens with a "P." and pages after it, after a reference with a
    file: the "P." is a page of that file, and the pages after it the next item of the
    list ("pp. 343–347; p. 185. – pp. 393a"), not a papka and its pages. The segment cut
    to the "P.", and where the next item starts; None for any other segment."""
    levels = segment.levels
    if (
        len(levels) < 2
        or levels[0].level != "papka"
        or levels[1].level != "page"
        or label_key(levels[0].label) not in _PAPKA_OR_PAGE
        or not _has_file(antecedent)
    ):
        return None
    first = levels[0]
    return segment._replace(levels=(first,), end=first.end, skipped=()), levels[1].label_start


def _match(
    text: str, parsed: ParsedReference, kind: MatchKind, resolved: ArchivalReference
) -> Match:
    start, end = parsed.start, parsed.end
    return Match(
        parsed.reference, resolved, kind, (start, end), text[start:end], skipped=parsed.skipped
    )


# A line that holds nothing but a reference of the plain shape (see reference.PLAIN_LEVELS):
# its note's number, the archive, then the levels, and the line's end after them.
_PLAIN_HEAD_MOST = 64
# (the number run into the archive, as a superscript loses its space: "36РЦХИДНИ. Ф. 77")
_PLAIN_HEAD = rf"[ \t]*(?:\d+(?:\.\s|(?=[{CAPITALS}])))?{PLAIN_ARCHIVE}"
_PLAIN_HEAD_RE = compiled(rf"{_PLAIN_HEAD}[,.] ")
_LINE_END_RE = compiled(r"\.{0,2}[ \t]*(?:\n|\Z)")
# The levels, and where the last one ends: the line's end, a stop that ends a verso's mark,
# or a mark and a space or a bracket (what the token reader does next, see _plain_ends).
_PLAIN_STOP = r"[ \t]*(?:\n|\Z)|\.\.?(?:\s|\Z)|\)"
_PLAIN_LEVELS_RE = compiled(rf"{PLAIN_LEVELS}(?:(?<=\.)(?=\s|\Z)|(?={_PLAIN_STOP}|[,;:](?:\s|\Z)))")
# (before a compact shelfmark, the archive's comma or a space alone)
_PLAIN_COMPACT_HEAD_RE = compiled(rf"{_PLAIN_HEAD}(?:, | )")
_PLAIN_COMPACT_RE = compiled(rf"{PLAIN_COMPACT}(?={_PLAIN_STOP})")
# A sentence after a compact shelfmark: its stop, a word in small letters after a capital.
_COMPACT_SENTENCE_RE = compiled(r"\)|\.[ \t]+[A-ZА-ЯЁ][a-zа-яё]+\s")
_PLAIN_SLOTS = frozenset(("fond", "opis", "delo"))
_PLAIN_LEAF_SLOTS = _PLAIN_SLOTS | {"folios"}
# The head of a plain reference in a sentence, read backwards from its levels (so the
# engine tries it at one place): the separator, the acronym (one word, or two), a word that
# introduces it or none, then an opening bracket or the end of a sentence, whose rule
# _plain_archive checks forwards ("(See GARF, ", ". См. ГАРФ. ").
# (each one of labels.INTRODUCERS, which the archive's reader passes over)
_INTRODUCERS = (
    "See", "see", "Cf.", "cf.", "См.:", "См.", "см.:", "см.", "Ср.", "ср.", "Див.:", "Див.",
    "див.:", "див.",
)  # fmt: skip
_REVERSED_INTRODUCER = "|".join(re.escape(word[::-1]) for word in _INTRODUCERS)
_REVERSED_HEAD = (
    rf"(?:(?:(?P<one>[{PLAIN_LETTERS}]+[{PLAIN_CAPITALS}])"
    rf"|(?P<two>[{PLAIN_LETTERS}]*[{PLAIN_CAPITALS}] [{PLAIN_LETTERS}]+[{PLAIN_CAPITALS}]))"
    rf"(?: (?:{_REVERSED_INTRODUCER}))?"
    r"(?:(?P<bracket>\()|\Z|(?P<space>\s+)(?:\.?(?P<digit>\d)|\.[^\W\d_]{3,}|[;!?]))"
    # or a word, which archive_before is asked about
    r"|(?P<bare>(?=[^\W\d_])))"
)
_REVERSED_HEAD_RE = compiled(rf" [,.]{_REVERSED_HEAD}")
_REVERSED_COMPACT_HEAD_RE = compiled(rf" ,?{_REVERSED_HEAD}")
_SENTENCE_BREAK_RE = compiled(SENTENCE_BREAK)


def _next_line_goes_on(text: str, levels: re.Match[str]) -> bool:
    """Whether the line after plain ``levels`` opens with a level below them, as where a
    copied page broke the reference: "Д. 870.\nЛ. 9". (A line that opens with a note's
    number, an archive or a fond is a note of its own; nothing goes on below leaves.)"""
    return levels["folios"] is None and goes_on_below(text, levels.end(), _PLAIN_SLOTS)


def _plain_ends(text: str, levels: re.Match[str], compact: bool) -> bool:
    """Whether a plain reference ends where ``levels`` end in a sentence, as the general
    readers end it: nothing after it is a level, more leaves or a note the token reader
    reads on to, nor the leaves of a file without them ("d. 381, 51")."""
    end = levels.end()
    leaves = levels["folios"] is not None
    if compact:
        found = _COMPACT_SENTENCE_RE.match(text, end)
        return found is not None and run_ends(text, end, _PLAIN_LEAF_SLOTS) is not None
    if run_ends(text, end, _PLAIN_LEAF_SLOTS if leaves else _PLAIN_SLOTS) is None:
        return False
    if leaves:
        return not more_leaves(text, end)
    return _BARE_FOLIO_RE.match(text, end) is None


# The words that call a file an archive's case file, just before its label (see
# reference.CASE_FILE_WORDS).
_CASE_FILE_WORDS_RE = compiled(rf"(?<!\w){CASE_FILE_WORDS}\Z", re.IGNORECASE)


def _case_file_words(text: str, segment: Segment, floor: int) -> re.Match[str] | None:
    """The words just before ``segment``, not before ``floor``, that call the file it opens
    with an archival case file, or None."""
    if segment.levels[0].level != "delo":
        return None
    return _CASE_FILE_WORDS_RE.search(text, max(floor, segment.start - 40), segment.start)


def _standalone(segment: Segment, archive: ArchiveFound | None, text: str = "") -> bool:
    """Enough levels to be an archival reference and not a book's page or a name."""
    if text and _case_file_words(text, segment, 0) is not None:
        return True  # "Архивное уголовное дело № П-7869": a case file, by its words
    if archive is not None:
        # "Hoover Institution Archives, Box 3, File 14": an English word for a file is no
        # shelfmark without a fond.
        return segment.has("fond") or any(
            level.level in ("delo", "ed_khr") and label_key(level.label) not in _ENGLISH_FILE
            for level in segment.levels
        )
    if segment.has("fond") and segment.has("delo", "ed_khr", "opis", "korobka"):
        return True
    # "(Senat i ego učreždenija, f. 248)": a fond cited by its number after its title,
    # alone in brackets.
    if text and [level.level for level in segment.levels] == ["fond"]:
        return (
            text[segment.end : segment.end + 1] == ")"
            and "(" in text[max(0, segment.start - 120) : segment.start]
        )
    return False


def _archival(segment: Segment) -> bool:
    """Levels no book has: a leaf, a file, an inventory (not a page or a volume alone)."""
    return any(level.level not in ("page", "tom", "chast") for level in segment.levels)


def _more_items(text: str, position: int, antecedent: Match) -> bool:
    """Whether the numbers at ``position``, apart by commas or spaces, go on a list of the
    reference before them after a comma alone ("спр. 230, 1359, 2050, 5453": more files),
    not a compact shelfmark of their own, which a semicolon or a word sets apart ("GASPI 17,
    3, 410; 17, 3, 411", "…, and 17, 3, 411")."""
    match = compact_at(text, position)
    if match is None or not (match["c_opis"] or match["s_opis"]):
        return False
    return text[antecedent.span[1] : position].strip() == ","


def _cites_compactly(token: str) -> bool:
    """Whether numbers after ``token`` can be a compact shelfmark: a known archive, or one
    with the letters of a Soviet archive's name that is no Western archive or series."""
    if archive_id(token) is not None:
        return True
    first = token.split()[0]
    if first in _FOREIGN:
        return False
    return bool(_ARCHIVE_LETTER_RE.search(token) or _REGION_RE.search(token))


def _near(previous: str | None, value: str) -> bool:
    return bool(previous and previous.isdigit() and abs(int(previous) - int(value)) < 100)
