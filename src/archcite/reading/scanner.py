"""Finding archival references in free text: a cheap scan, then the grammar.

Every reference has a number in it, and numbers are rare in prose. The scan finds
numbers, then reads the few characters before each with regular expressions built
from the same label table and archive pattern as the grammar: a fond, opis' or delo
label, an archive acronym, or "Ibid."/"Там же" before a label. The pyparsing grammar
runs only there. After each reference the scanner looks for what continues it
("; d. 60, l. 11", "and 64", "Д. 34, 41").

>>> [m.text for m in extract("See TsKhSD, F. 89, Op. 2, D. 5, Ll. 13-14; d. 6, l. 2.")]
['TsKhSD, F. 89, Op. 2, D. 5, Ll. 13-14', 'd. 6, l. 2']
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import attrs

from ..levels import complete, lowest_level
from ..model import ArchivalReference, Match
from ..registry import archive_id
from .labels import ANCHOR_LEVELS, IBID, LEVEL_OF_LABEL, MONTHS, label_pattern
from .patterns import ARCHIVE_PATTERN, CAPITALS, IDENTIFIER_PATTERN, LETTER
from .reference import ParsedReference, parse_compact_at, parse_reference_at

__all__ = ["IBID_PREFIX_RE", "extract", "iter_matches"]

_LOOK_BEHIND = 26  # the longest label, its stop and spaces, a numero sign and a prefix

# The scan runs over the text reversed, so that each candidate begins with its number:
# the regex engine skips in C to the next digit and reads backwards from there the word
# before it ("F. 89" is "98 .F" reversed; "GARF, 9401" is "1049 ,FRAG"). Which word it
# is, a label or an archive's capitals, is then one dictionary look-up.
_CANDIDATE_RE = re.compile(
    rf"(?P<number>\d+)(?:\s?-{LETTER}{{1,3}}|{LETTER})??\s*(?:\s?(?:№|N|\.?oN))?"
    rf"\s*[.,:]?['’ʹ]?(?P<word>{LETTER}+)(?![^\W\d_]|/)"
    rf"(?:\s?\.?\s?(?P<word2>{LETTER}+)(?![^\W\d_]|/))?"
)
_CAPITALS = re.compile(r"[A-ZА-ЯЁ]")


#: The words of a short form up to its levels: "Ibid., ", "Там же. ".
IBID_PREFIX_RE = re.compile(
    rf"{label_pattern(IBID)}(?!{LETTER})\.?,?\s*(?:[,.:]\s*)?", re.IGNORECASE
)
_IBID_BEFORE_RE = re.compile(
    rf"(?<!{LETTER})(?P<ibid>{label_pattern(IBID)})(?!{LETTER})\.?,?\s*(?:[,.:]\s*)?\Z",
    re.IGNORECASE,
)
# "Ibid.", "Там же" and "Там само" are looked for in full only where one of these stands.
_IBID_HINT = re.compile(r"bid|же|zhe|само|samo", re.IGNORECASE)
_CAPITAL_START_RE = re.compile(rf"(?<![\w-])[{CAPITALS}]")
_ARCHIVE_LOOK_BEHIND = 64
_ARCHIVE_NUMBER_BEFORE_RE = re.compile(
    rf"(?<![\w-])(?P<archive>{ARCHIVE_PATTERN})[,:]?\s+(?:[A-ZА-ЯЁ]{{1,2}}-)?\Z"
)
_ARCHIVE_BEFORE_RE = re.compile(rf"(?<![\w-])(?P<archive>{ARCHIVE_PATTERN})\s*[,.:]?\s*\Z")
# The acronym a first citation introduces in brackets after the full name:
# "Russian State Archive of Socio-Political History (hereafter RGASPI), f. 17, …".
_ARCHIVE_IN_BRACKETS_RE = re.compile(
    rf"\((?:(?:hereafter|henceforth|далее)\s*[–—-]?\s*)?(?P<archive>{ARCHIVE_PATTERN})\)"
    rf"\s*[,.:]?\s*\Z",
    re.IGNORECASE,
)
_JOINER_RE = re.compile(r"\s*(?:;|,|/|&|\band\b|\bи\b)\s*", re.IGNORECASE)
_BARE_ID_RE = re.compile(
    rf"(?P<id>{IDENTIFIER_PATTERN})(?![\w/.-]*\d)(?!\s*(?:{'|'.join(MONTHS)}|г\.|g\.|gg\.))",
    re.IGNORECASE,
)
_YEAR_RE = re.compile(r"1[5-9]\d\d|20[0-4]\d")
_LOOK_BACK = 48  # how far before a label its archive may begin: "УФСБ по Ленинградской области"


def extract(text: str) -> list[Match]:
    """Every archival reference in ``text``, in order, with exact spans.

    >>> [m.kind for m in extract("APRF, f. 3, op. 57, d. 73, l. 9; d. 60, l. 11. Ibid., l. 15.")]
    ['full', 'continuation', 'ibid']
    """
    return list(iter_matches(text))


def iter_matches(text: str) -> Iterator[Match]:
    """Like :func:`extract`, one match at a time."""
    if not isinstance(text, str):
        raise TypeError(f"extract() takes a string, not {type(text).__name__}")
    size = len(text)
    consumed = 0
    previous: Match | None = None
    reversed_text = text[::-1]
    # Where each candidate starts in the reversed text, as plain integers: a long text has
    # many, and match objects would weigh on memory and on the garbage collector. A
    # candidate is matched again only where it is needed.
    starts = [candidate.start() for candidate in _CANDIDATE_RE.finditer(reversed_text)]
    for start in reversed(starts):
        if size - 1 - start < consumed:
            continue  # the number's last digit, and so all of it, is in a reference read
        candidate = _CANDIDATE_RE.match(reversed_text, start)
        assert candidate is not None  # it matched there before
        found = _candidate(candidate, size)
        if found is None:
            continue
        match = _match_at(text, *found, previous, consumed)
        if match is None:
            continue
        yield match
        previous = match
        consumed = match.span[1]
        for continuation in _continuations(text, match):
            yield continuation
            previous = continuation
            consumed = continuation.span[1]


def _candidate(candidate: re.Match[str], size: int) -> tuple[str, int, int] | None:
    """What a number and the word before it may open, as (kind, start, number start).

    The kind is "anchor" (a fond, opis' or delo label), "other" (another label) or
    "archive" (capitals just before the number); None for anything else ("in 1956").
    """
    word = candidate["word"][::-1]
    second = candidate["word2"]
    level = LEVEL_OF_LABEL.get(word.lower())
    word_end = candidate.end("word")
    if second is not None:
        second = second[::-1]
        pair = LEVEL_OF_LABEL.get(f"{second}{word}".lower())
        if pair is not None:
            level, word_end = pair, candidate.end("word2")
        elif level is None and len(word) <= 3:
            # "ф. р4808": the letters glued to the number are a prefix.
            level, word_end = LEVEL_OF_LABEL.get(second.lower()), candidate.end("word2")
    number = size - candidate.end("number")
    if level is not None:
        if level in ANCHOR_LEVELS:
            return "anchor", size - word_end, number
        return "other", size - word_end, number
    if _CAPITALS.match(word, len(word) - 1) or word.endswith(("SPb", "СПб")):
        return "archive", size - word_end, number
    return None


def _match_at(
    text: str, kind: str, start: int, number: int, previous: Match | None, consumed: int
) -> Match | None:
    """The reference that a candidate from :func:`_candidates` opens, if any."""
    if kind != "archive":
        low = max(consumed, start - _LOOK_BEHIND)
        ibid = (
            _IBID_BEFORE_RE.search(text, low, start)
            if _IBID_HINT.search(text, low, start)
            else None
        )
        if ibid is not None:
            return _ibid(text, ibid.start(), start, previous)
        if kind == "other":
            return None  # "p. 52", "vol. 2": a book's page or volume
    if kind == "archive":
        archive = _ending_at(
            _ARCHIVE_NUMBER_BEFORE_RE, text, max(consumed, number - _ARCHIVE_LOOK_BEHIND), number
        )
        if archive is None:
            return None
        return _full(text, parse_reference_at(text, archive.start("archive")))
    # The archive, if any, stands just before the first label.
    window = max(consumed, start - _LOOK_BACK)
    before = _ending_at(_ARCHIVE_BEFORE_RE, text, window, start)
    if before is not None:
        match = _full(text, parse_reference_at(text, before.start("archive")))
        if match is not None:
            return match
    parsed = parse_reference_at(text, start)
    bracketed = _ARCHIVE_IN_BRACKETS_RE.search(text, window, start)
    if parsed is not None and bracketed is not None and parsed.reference.archive is None:
        # The archive stays outside the span: the brackets are the author's prose.
        token = bracketed["archive"]
        reference = attrs.evolve(parsed.reference, archive=token, archive_id=archive_id(token))
        parsed = attrs.evolve(parsed, reference=reference)
    return _full(text, parsed)


def _ending_at(pattern: re.Pattern[str], text: str, low: int, high: int) -> re.Match[str] | None:
    """The first match of an archive ``pattern`` anchored at ``high``, in ``text[low:high]``.

    An archive's name begins with a capital at the start of a word, so only those places
    are tried: a search would try every position of the window.
    """
    for capital in _CAPITAL_START_RE.finditer(text, low, high):
        found = pattern.match(text, capital.start(), high)
        if found is not None:
            return found
    return None


def _full(text: str, parsed: ParsedReference | None) -> Match | None:
    """A reference that stands on its own, if ``parsed`` is one."""
    if parsed is None or not _is_shelfmark(parsed):
        return None
    reference = parsed.reference
    return Match(
        reference, reference, "full", (parsed.start, parsed.end), text[parsed.start : parsed.end]
    )


def _is_shelfmark(parsed: ParsedReference) -> bool:
    """Enough levels to be an archival reference and not a book's page or a name."""
    reference = parsed.reference
    has_file = reference.delo is not None or reference.ed_khr is not None
    if reference.archive is None:
        return reference.fond is not None and (
            has_file or reference.opis is not None or reference.korobka is not None
        )
    if reference.fond is None and not has_file:
        return False
    # Compact numbers (558/11/1121) are only taken after an archive the registry knows:
    # "FO 371/12345/6" and "PREM 4/30/8" are British.
    return reference.archive_id is not None or not parsed.compact


def _ibid(text: str, start: int, levels_at: int, previous: Match | None) -> Match | None:
    """``Ibid., l. 15`` / ``Там же. Оп. 3. Д. 5.`` resolved against the previous reference."""
    parsed = parse_reference_at(text, levels_at)
    if parsed is None or parsed.reference.archive is not None:
        return None
    # With nothing before it in this text, an ibid waits for an antecedent from outside
    # (see archcite.resolve); until then it stands for its own levels.
    resolved = (
        parsed.reference if previous is None else complete(previous.resolved, parsed.reference)
    )
    return Match(parsed.reference, resolved, "ibid", (start, parsed.end), text[start : parsed.end])


def _continuations(text: str, antecedent: Match) -> Iterator[Match]:
    """What continues a reference: "; d. 60, l. 11", "and 64", "and 9401/12/319"."""
    while True:
        joiner = _JOINER_RE.match(text, antecedent.span[1])
        if joiner is None:
            return
        position = joiner.end()
        parsed = parse_reference_at(text, position) or parse_compact_at(text, position)
        if parsed is not None and parsed.reference.archive is None:
            partial = parsed.reference
            end = parsed.end
        else:
            bare = _bare_identifier(text, position, antecedent.resolved)
            if bare is None:
                return
            partial, end = bare
        resolved = complete(antecedent.resolved, partial)
        match = Match(partial, resolved, "continuation", (position, end), text[position:end])
        yield match
        antecedent = match


def _bare_identifier(
    text: str, position: int, antecedent: ArchivalReference
) -> tuple[ArchivalReference, int] | None:
    """A number alone after a reference that ends in a file: "Д. 174, 194"."""
    lowest = lowest_level(antecedent)
    if lowest not in ("delo", "ed_khr"):
        return None
    found = _BARE_ID_RE.match(text, position)
    if found is None:
        return None
    value = found["id"]
    previous = getattr(antecedent, lowest)
    # "d. 5, 1956" is a year, not file 1956; "Д. 1766, 1767" are two files.
    if _YEAR_RE.fullmatch(value) and not _near(previous, value):
        return None
    partial = ArchivalReference(delo=value) if lowest == "delo" else ArchivalReference(ed_khr=value)
    return partial, found.end()


def _near(previous: str | None, value: str) -> bool:
    return bool(previous and previous.isdigit() and abs(int(previous) - int(value)) < 100)
