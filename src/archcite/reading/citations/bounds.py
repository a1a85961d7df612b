"""Where a citation starts and ends around the references that anchor it.

Walking back from the first reference and forward from the last, a citation stops at a
line end, a semicolon outside brackets, an unmatched bracket, or the end of a sentence
(not an initial or an abbreviation); references joined by "," ";" "and" form one group.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ... import translit
from ...model import Match
from .items import OPENERS

__all__ = ["INTRODUCER", "PREFIX", "WINDOW", "end_of", "groups", "is_cyrillic", "start_of"]

# A citation's text before or after its references is never longer than this; the
# limit keeps the work per citation bounded on long or pathological input.
WINDOW = 1000

PREFIX = re.compile(
    r"^[\s(]*(?:(?:see\s+also|also\s+see|see|cf\.|compare|см\.\s*также|см\.|ср\.)(?:\s*:)?\s+)?",
    flags=re.IGNORECASE,
)
INTRODUCER = re.compile(r"(?:[,:]?\s*\b(?:in|at|в)\s*:?|[,:;]|//)\s*$", flags=re.IGNORECASE)
_GROUP_JOINER = re.compile(r"[\s;,/]*(?:(?:and|и)\s+)?[\s;,/]*", flags=re.IGNORECASE)
_ABBREVIATIONS = frozenset(
    {
        "no",
        "nos",
        "cde",
        "cdes",
        "mr",
        "mrs",
        "ms",
        "dr",
        "st",
        "vs",
        "jan",
        "feb",
        "mar",
        "apr",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "vol",
        "vols",
        "ed",
        "eds",
        "trans",
        "comp",
        "cf",
        "op",
        "f",
        "d",
        "l",
        "ll",
        "ob",
        "g",
        "tov",
        "gen",
        "col",
        "lt",
        "p",
        "pp",
        "ф",
        "оп",
        "д",
        "л",
        "лл",
        "г",
        "гг",
        "т",
        "см",
        "с",
        "им",
        "тов",
    }
)
_CLOSING = {"”": "“", "»": "«", "“": "„"}


def _is_sentence_end(text: str, index: int) -> bool:
    """True where the full stop at ``index`` ends a sentence, not an initial or "No."."""
    if text[index] not in ".!?" or index + 1 >= len(text) or not text[index + 1].isspace():
        return False
    following = text[index + 1 :].lstrip()[:1]
    if not following or not (following.isupper() or following in '"“«('):
        return False
    word = re.search(r"(\w+)$", text[max(0, index - 12) : index])
    if word is None:
        return True
    token = word.group(1)
    return not (len(token) == 1 and token.isupper()) and token.lower() not in _ABBREVIATIONS


def _quote_ends_sentence(text: str, index: int) -> bool:
    """True where the closing quotation mark at ``index`` ends a sentence: 'Yugoslavs.” See'."""
    if index == 0 or text[index - 1] not in ".!?":
        return False
    following = text[index + 1 : index + 3]
    return len(following) == 2 and following[0].isspace() and following[1].isupper()


def start_of(text: str, end: int, floor: int, gost: bool) -> int:
    """Where the citation whose references begin at ``end`` starts, walking back."""
    index = end - 1
    limit = max(floor, end - WINDOW)
    depth = 0
    while index >= limit:
        char = text[index]
        if char == "\n" or (char == ";" and depth == 0):
            return index + 1
        if char == ")":
            depth += 1
        elif char == "(":
            if depth == 0:
                return index + 1
            depth -= 1
        elif char in _CLOSING or char == '"':
            if not gost and depth == 0 and _quote_ends_sentence(text, index):
                return index + 1
            opener = text.rfind(_CLOSING.get(char, '"'), limit, index)
            if opener != -1:
                index = opener
        elif not gost and depth == 0 and _is_sentence_end(text, index):
            return index + 1
        index -= 1
    return limit


_CONTINUES = re.compile(rf"\s*(?:{OPENERS})")


def end_of(text: str, start: int, ceiling: int, in_parentheses: bool, gost: bool) -> int:
    """Where the citation whose references end at ``start`` ends, walking forward."""
    index = start
    limit = min(ceiling, start + WINDOW)
    depth = 0
    while index < limit:
        char = text[index]
        if char == "\n" or (char == ";" and depth == 0):
            return index
        if char == "(":
            depth += 1
        elif char == ")":
            if depth == 0:
                return index
            depth -= 1
        elif char == "<":
            closer = text.find(">", index, limit)
            if closer != -1:
                index = closer
        elif (
            not (in_parentheses or gost)
            and depth == 0
            and _is_sentence_end(text, index)
            and not _CONTINUES.match(text, index + 1)
        ):
            return index + 1
        index += 1
    return limit


def is_cyrillic(match: Match) -> bool:
    return translit.has_cyrillic(match.text)


def groups(text: str, matches: Sequence[Match]) -> list[list[Match]]:
    """References cited together ("…, L. 181; D. 490, L. 3") form one group."""
    groups: list[list[Match]] = []
    for match in matches:
        if groups:
            previous_end = groups[-1][-1].span[1]
            between = text[previous_end : match.span[0]]
            if _GROUP_JOINER.fullmatch(between):
                groups[-1].append(match)
                continue
        groups.append([match])
    return groups
