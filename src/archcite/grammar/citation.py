"""Bibliographic citations of archival documents, read into a :class:`DocumentCitation`.

A citation is found around the archival references :func:`archcite.extract` locates:
the text before them (title, date, classification, senders, repository, or a GOST
description before ``//``) and after them (contributors, publication, URL, a GOST
file title or invented title) is read with the pyparsing elements below.

>>> cit = parse_citation('See "Informatsiya," 27 November 1956 (Top Secret), '
...                      'in TsKhSD, F. 89, Op. 2, D. 5, Ll. 16-17.')
>>> (cit.title, cit.date.iso, cit.classification, cit.references[0].delo)
('Informatsiya', '1956-11-27', 'Top Secret', '5')
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

import attrs
import pyparsing as pp

from .. import translit
from ..errors import ParseError
from ..model import (
    ArchivalReference,
    Contributor,
    DocumentCitation,
    Match,
    PartialDate,
    Publication,
)
from .dates import DATE

__all__ = [
    "CLASSIFICATION",
    "CROSS_REFERENCE",
    "CrossReference",
    "find_citations",
    "find_cross_references",
    "parse_citation",
]

# A citation's text before or after its references is never longer than this; the
# limit keeps the work per citation bounded on long or pathological input.
_WINDOW = 1000


@attrs.frozen(slots=True)
class CrossReference:
    """A pointer to another note: ``CrossReference("supra", "187", (13, 42), "Note 187 supra")``."""

    kind: str
    note: str
    span: tuple[int, int]
    text: str


# --- cross-references -------------------------------------------------------------

_CROSS_REFERENCE_PATTERN = (
    r"(?:(?:as\s+)?cited\s+in\s+|see\s+|cf\.\s+)?"
    r"(?:"
    r"(?:[Nn]otes?|nn?\.)\s*(?P<note>\d+)\s*,?\s+(?P<direction>supra|above|infra|below)\b"
    r"|(?P<direction2>supra|infra)\s*,?\s+(?:[Nn]otes?|nn?\.)\s*(?P<note2>\d+)"
    r"|(?:[Сс]м\.\s*)?(?:примеч\.|прим\.|примечани[еяю]|сноск[аиу])\s*(?P<note3>\d+)"
    r"(?:\s+(?P<direction3>выше|ниже))?"
    r")"
)
_CROSS_REFERENCE_RE = re.compile(_CROSS_REFERENCE_PATTERN, flags=re.IGNORECASE)
_INFRA = frozenset({"infra", "below", "ниже"})


def _cross_reference(match: re.Match[str], offset: int = 0) -> CrossReference:
    note = match["note"] or match["note2"] or match["note3"]
    direction = (match["direction"] or match["direction2"] or match["direction3"] or "").lower()
    kind = "infra" if direction in _INFRA else "supra"
    return CrossReference(kind, note, (offset + match.start(), offset + match.end()), match[0])


#: "as cited in Note 187 supra", "supra note 12", "см. примеч. 5 выше".
CROSS_REFERENCE: pp.ParserElement = (
    pp.Regex(_CROSS_REFERENCE_RE)
    .set_name("cross-reference")
    .set_parse_action(lambda s, loc, t: _cross_reference(_CROSS_REFERENCE_RE.match(s, loc)))  # type: ignore[arg-type]
)


def find_cross_references(text: str) -> list[CrossReference]:
    """Every pointer to another note in ``text``, in order.

    >>> [(x.kind, x.note) for x in find_cross_references("(No. 60, as cited in Note 187 supra)")]
    [('supra', '187')]
    """
    return [_cross_reference(match) for match in _CROSS_REFERENCE_RE.finditer(text)]


# --- the elements of a citation ---------------------------------------------------


@attrs.frozen(slots=True)
class _Field:
    """One piece of a citation read by an element: which attribute, and its value."""

    name: str
    value: Any


def _field(name: str) -> Any:
    return lambda tokens: _Field(name, tokens[0])


_MARKINGS_EN = (
    "Top Secret", "Strictly Secret", "Secret", "Confidential", "Special Dossier",
    "Special File", "Special Folder", "For Official Use Only", "Eyes Only", "Personal",
)
_MARKINGS_RU = (
    "Совершенно секретно", "Сов. секретно", "Сов.секретно", "Строго секретно", "Секретно",
    "Особая папка", "Особой важности", "Для служебного пользования", "Лично",
    "Sovershenno sekretno", "Strogo sekretno", "Sekretno", "Osobaya papka", "Osobaia papka",
)
_MARKING_PATTERN = "|".join(
    re.escape(m).replace(r"\ ", r"\s*") for m in sorted(_MARKINGS_EN + _MARKINGS_RU, key=len,
                                                         reverse=True)
)
#: "Top Secret", "Совершенно секретно (Особая папка)", "Strictly Secret/Special Dossier".
CLASSIFICATION: pp.ParserElement = (
    pp.Regex(
        rf"(?:{_MARKING_PATTERN})(?:\s*(?:[,/—–-]|\(|\s)\s*(?:{_MARKING_PATTERN})\)?)*(?!\w)",
        flags=re.IGNORECASE,
    )
    .set_name("classification marking")
    .set_parse_action(lambda t: _Field("classification", t[0]))
)
_PAREN_CLASSIFICATION = (
    pp.Suppress("(") + CLASSIFICATION + pp.Suppress(")")
).set_name("classification in parentheses")

_SEPARATOR = pp.Suppress(pp.Regex(r"[,;:]|\.(?!\w)")).set_name("separator")
_ITEM_END = pp.FollowedBy(pp.Regex(r"\s*(?:[,;:.()\[<]|$)")).set_name("end of item")

_TITLE = (
    pp.QuotedString('"')
    | pp.QuotedString("“", end_quote_char="”")
    | pp.QuotedString("«", end_quote_char="»")
    | pp.QuotedString("„", end_quote_char="“")
).set_name("quoted title")

_DATE_ITEM = (DATE + _ITEM_END).set_name("date").set_parse_action(lambda t: _Field("date", t[0]))

_CAPITAL = "A-ZА-ЯЁ"
_NAME_PATTERN = (
    rf"(?:[{_CAPITAL}]\.\s*)*[{_CAPITAL}][\w'’-]+(?:\s+(?:[{_CAPITAL}]\.\s*)*[{_CAPITAL}][\w'’-]+)*"
)
_NAME = pp.Regex(_NAME_PATTERN).set_name("person's name")
_NAMES = pp.Group(
    # pyparsing skips the spaces before a delimiter, so "and" is matched without them.
    pp.DelimitedList(_NAME, delim=pp.Regex(r",?\s*(?:and|и)\s+|,\s*|\s*&\s*"),
                     allow_trailing_delim=False)
).set_name("list of names")

_SENDERS = (
    pp.Suppress(pp.CaselessKeyword("from")) + _NAMES("authors")
    + pp.Opt(pp.Suppress(pp.Keyword("to")) + _NAMES("recipients"))
).set_name("senders")
_RECIPIENTS = (pp.Suppress(pp.CaselessKeyword("to")) + _NAMES("recipients")).set_name("recipients")
#: "Stalin to Kirov": a letter's writer and its addressee.
_CORRESPONDENTS = (
    _NAMES("authors") + pp.Suppress(pp.Keyword("to")) + _NAMES("recipients") + _ITEM_END
).set_name("correspondents")


def _people(tokens: pp.ParseResults) -> list[_Field]:
    found = []
    for role in ("authors", "recipients"):
        if role in tokens:
            found.append(_Field(role, tuple(tokens[role])))
    return found


for _element in (_SENDERS, _RECIPIENTS, _CORRESPONDENTS):
    _element.set_parse_action(_people)

_ROLES = {
    "compiled": "compiler", "translated": "translator", "edited": "editor",
    "obtained": "contributor", "contributed": "contributor", "transcribed": "transcriber",
    "selected": "compiler", "annotated": "annotator", "introduced": "contributor",
}
_VERB = "|".join(_ROLES)
_CONTRIBUTORS = (
    pp.Regex(
        rf"(?P<verbs>(?:{_VERB})(?:(?:\s*,\s*and\s+|\s*,\s*|\s+and\s+)(?:{_VERB}))*)"
        r"(?:\s+for(?:\s+\S+){1,6}?)?\s+by(?!\w)",
        flags=re.IGNORECASE,
    )
    + _NAMES("names")
).set_name("contributors")


def _contributors(tokens: pp.ParseResults) -> _Field:
    verbs = re.findall(_VERB, tokens["verbs"], flags=re.IGNORECASE)
    roles = dict.fromkeys(_ROLES[verb.lower()] for verb in verbs)
    return _Field(
        "contributors", tuple(Contributor(name, role) for role in roles for name in tokens["names"])
    )


_CONTRIBUTORS.set_parse_action(_contributors)

#: "Published in CWIHP Bulletin 8-9, p. 400".
_PUBLICATION = (
    pp.Regex(
        r"Published\s+in\s+(?P<serial>[^,<\d]+?)"
        r"(?:\s*,?\s*(?:(?:Issue|Nos?\.|Vol\.|vyp\.|вып\.|№)\s*)?(?P<issue>\d+(?:\s*[-–/]\s*\d+)*))?"
        r"(?:\s*,\s*(?:pp?\.|[Сс]\.)\s*(?P<pages>\d+(?:\s*[-–]\s*\d+)?))?"
        r"(?=\s*(?:[,;.<(]|$))",
        flags=re.IGNORECASE,
    )
    .set_name("publication")
    .set_parse_action(
        lambda t: _Field(
            "publication", Publication(t["serial"].strip(), t["issue"] or None, t["pages"] or None)
        )
    )
)
_URL = (
    pp.Regex(r"<(?P<url>https?://[^\s<>]+)>|(?P<bare>https?://[^\s<>()]*[^\s<>().,;])")
    .set_name("URL")
    .set_parse_action(lambda t: _Field("url", t["url"] or t["bare"]))
)
#: A title the citer formulated (GOST R 7.0.5 §11.8): "[Фомин А.Г. Материалы …]".
_BRACKETED = (
    pp.Regex(r"\[(?P<content>[^\[\]]+)\]")
    .set_name("title in square brackets")
    .set_parse_action(lambda t: _Field("bracketed", t["content"].strip()))
)
_PARENTHETICAL = (
    pp.Regex(r"\((?P<content>[^()]+)\)")
    .set_name("parenthetical")
    .set_parse_action(lambda t: _Field("parenthetical", t["content"].strip()))
)
_REPOSITORY = (
    pp.Regex(rf"(?:[{_CAPITAL}][\w.&'’-]*\s+)+(?:Archives?|Library|Institution)(?=\s*(?:[,;.]|$))")
    .set_name("repository")
    .set_parse_action(_field("repository"))
)
_COLLECTION = (
    pp.Regex(rf"(?:[{_CAPITAL}][\w.&'’-]*\s+)+(?:Collection|Papers|[Ff]onds?)(?=\s*(?:[,;.]|$))")
    .set_name("collection")
    .set_parse_action(_field("collection"))
)
# Text that is none of the above: a description in the head, a note in the tail. It
# stops before a sentence that opens a known element ("… Chernukha. Published in").
_OPENERS = r"Published|Translated|Compiled|Edited|Obtained|Contributed|<|https?:"
_DESCRIPTION = (
    pp.Regex(rf"(?:(?!\.\s+(?:{_OPENERS}))[^,;()\[\]\"“”«»<]|\([^()]*\))+")
    .set_name("description")
    .set_parse_action(lambda t: _Field("description", t[0].strip()))
)
_QUOTED = _TITLE.copy().set_parse_action(lambda t: _Field("quoted", t[0].strip()))
# A character nothing else reads (a stray quote or bracket) is passed over, never fatal.
_STRAY = pp.Suppress(pp.Regex(r"\S")).set_name("stray character")

_ITEM = (
    _DATE_ITEM
    | _PAREN_CLASSIFICATION
    | CLASSIFICATION + _ITEM_END
    | _CONTRIBUTORS
    | _PUBLICATION
    | _URL
    | _SENDERS
    | _RECIPIENTS
    | _CORRESPONDENTS
    | _BRACKETED
    | _REPOSITORY
    | _COLLECTION
    | _PARENTHETICAL
    | _DESCRIPTION
    | _QUOTED
    | _STRAY
).set_name("citation item")

# Chicago notes may open with the author: "V. N. Chernukha, “Working Notes …,” 1956".
_LEADING_AUTHORS = (
    _NAMES("authors") + pp.Suppress(",") + pp.FollowedBy(_TITLE)
).set_name("authors before the title").set_parse_action(
    lambda t: _Field("authors", tuple(t["authors"]))
)

#: The text around a citation's references: optional authors and a quoted title, then items.
_PARTS = (
    pp.Opt(_LEADING_AUTHORS)
    + pp.Opt(_TITLE.copy().set_parse_action(lambda t: _Field("title", t[0])))
    + pp.ZeroOrMore(_SEPARATOR | _ITEM)
    + pp.StringEnd()
).set_name("citation")

# GOST R 7.0.5 descriptions open with the author, surname first: "Розанов И.Н. Как …".
# Document types that can stand before a person's initials are not surnames.
_NOT_SURNAMES = frozenset({
    "письмо", "записка", "телеграмма", "доклад", "заявление", "рапорт", "донесение",
    "справка", "приказ", "дело", "протокол", "letter", "memorandum", "report", "telegram",
})
_GOST_AUTHOR = re.compile(
    rf"(?P<author>(?P<surname>[{_CAPITAL}][\w'’-]+)\s+[{_CAPITAL}]\.\s?(?:[{_CAPITAL}]\.?)?)\s+"
)


# --- finding the citations around the references ---------------------------------

_PREFIX = re.compile(
    r"^[\s(]*(?:(?:see\s+also|also\s+see|see|cf\.|compare|см\.\s*также|см\.|ср\.)(?:\s*:)?\s+)?",
    flags=re.IGNORECASE,
)
_INTRODUCER = re.compile(r"(?:[,:]?\s*\b(?:in|at|в)\s*:?|[,:;]|//)\s*$", flags=re.IGNORECASE)
_GROUP_JOINER = re.compile(r"[\s;,/]*(?:(?:and|и)\s+)?[\s;,/]*", flags=re.IGNORECASE)
_ABBREVIATIONS = frozenset({
    "no", "nos", "cde", "cdes", "mr", "mrs", "ms", "dr", "st", "vs", "jan", "feb", "mar", "apr",
    "aug", "sep", "sept", "oct", "nov", "dec", "vol", "vols", "ed", "eds", "trans", "comp",
    "cf", "op", "f", "d", "l", "ll", "ob", "g", "tov", "gen", "col", "lt", "p", "pp",
    "ф", "оп", "д", "л", "лл", "г", "гг", "т", "см", "с", "им", "тов",
})
_CLOSING = {"”": "“", "»": "«", "“": "„"}


def _is_sentence_end(text: str, index: int) -> bool:
    """True where the full stop at ``index`` ends a sentence, not an initial or "No."."""
    if text[index] not in ".!?" or index + 1 >= len(text) or not text[index + 1].isspace():
        return False
    following = text[index + 1 :].lstrip()[:1]
    if not following or not (following.isupper() or following in "\"“«("):
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


def _start_of(text: str, end: int, floor: int, gost: bool) -> int:
    """Where the citation whose references begin at ``end`` starts, walking back."""
    index = end - 1
    limit = max(floor, end - _WINDOW)
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


_CONTINUES = re.compile(rf"\s*(?:{_OPENERS})")


def _end_of(text: str, start: int, ceiling: int, in_parentheses: bool, gost: bool) -> int:
    """Where the citation whose references end at ``start`` ends, walking forward."""
    index = start
    limit = min(ceiling, start + _WINDOW)
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


def _is_cyrillic(match: Match) -> bool:
    return translit.has_cyrillic(match.text)


def _groups(text: str, matches: Sequence[Match]) -> list[list[Match]]:
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


def _references_in(text: str, excluded: Iterable[tuple[int, int]]) -> list[Match]:
    from ..find import extract

    spans = list(excluded)
    return [
        match
        for match in extract(text)
        if not any(start < match.span[1] and match.span[0] < end for start, end in spans)
    ]


def find_citations(text: str) -> list[DocumentCitation]:
    """Every citation of a document in ``text`` (a note, a citation block), in order.

    >>> note = ('See "Shifrtelogramma," 26 November 1956, in TsKhSD, F. 89, Op. 2, D. 5, '
    ...         'Ll. 13-14. See also "Informatsiya," 27 November 1956, in TsKhSD, F. 89, '
    ...         'Op. 2, D. 5, Ll. 16-17.')
    >>> [c.title for c in find_citations(note)]
    ['Shifrtelogramma', 'Informatsiya']
    """
    return list(_iter_citations(text))


def _iter_citations(text: str) -> Iterator[DocumentCitation]:
    cross_references = find_cross_references(text)
    groups = _groups(text, _references_in(text, (x.span for x in cross_references)))
    for number, group in enumerate(groups):
        first, last = group[0].span[0], group[-1].span[1]
        floor = groups[number - 1][-1].span[1] if number else 0
        ceiling = groups[number + 1][0].span[0] if number + 1 < len(groups) else len(text)
        gost = text[max(floor, first - 4) : first].rstrip().endswith("//")
        start = _start_of(text, first, floor, gost)
        in_parentheses = start > 0 and text[start - 1] == "("
        # GOST search data runs on in ". "-separated elements to the file title in
        # parentheses or the invented title in brackets; a sentence end means nothing there.
        end = _end_of(text, last, ceiling, in_parentheses, gost or _is_cyrillic(group[-1]))
        references = tuple(match.resolved for match in group)
        yield _citation(text, (start, first), references, (last, end), gost, cross_references)
    if not groups:
        unreferenced = _unreferenced(text, cross_references)
        if unreferenced is not None:
            yield unreferenced


def parse_citation(text: str) -> DocumentCitation:
    """Read the citation of a document that ``text`` holds (the first, if several).

    Raises :class:`~archcite.errors.ParseError` where there is none, such as a
    cross-reference alone or prose.

    >>> cit = parse_citation("Розанов И.Н. Письмо // ГАРФ. Ф. А-513. Оп. 1. Д. 12. Л. 14.")
    >>> (cit.authors, cit.title, cit.references[0].fond)
    (('Розанов И.Н.',), 'Письмо', 'А-513')
    """
    first_citation = next(_iter_citations(text), None)
    if first_citation is not None:
        return first_citation
    cross_references = find_cross_references(text)
    if cross_references:
        first = cross_references[0]
        raise ParseError(
            text,
            first.span[0],
            "a citation",
            f"A cross-reference to note {first.note} {first.kind} is not a citation",
        )
    raise ParseError(text, 0, "a citation", "No citation of a document found")


# --- reading the parts -------------------------------------------------------------


def _read_parts(text: str) -> list[_Field]:
    try:
        parsed = _PARTS.parse_string(text, parse_all=True)
    except pp.ParseBaseException:
        # Every character is readable as a stray one, so this is a safety net only.
        return [_Field("description", text.strip())] if text.strip() else []
    fields: list[_Field] = []
    for token in parsed:
        if isinstance(token, _Field):
            fields.append(token)
    return fields


def _read_gost_description(text: str) -> list[_Field]:
    """The part of a GOST note before ``//``: author (surname first), title, date."""
    text = text.strip()
    fields: list[_Field] = []
    author = _GOST_AUTHOR.match(text)
    if author and author["surname"].lower() not in _NOT_SURNAMES:
        fields.append(_Field("authors", (author["author"].strip(),)))
        text = text[author.end() :]
    if text:
        fields.append(_Field("title", text))
    return fields


def _trailing_date(text: str) -> tuple[str, PartialDate] | None:
    """A date that ends ``text`` ("… ot 27 noyabrya 1956 g."): the text before it and the date."""
    stripped = text.rstrip(" ,;")
    tail_start = max(0, len(stripped) - 40)
    for index in range(tail_start, len(stripped)):
        char = stripped[index]
        before = stripped[index - 1] if index else " "
        if not char.isalnum() or (before.isalnum() and before.isdigit() == char.isdigit()):
            continue
        try:
            date = (DATE + pp.StringEnd()).parse_string(stripped[index:])[0]
        except pp.ParseBaseException:
            continue
        return stripped[:index], date
    return None


_PREPOSITION = re.compile(r"\s*\b(?:on|of|dated|ot|от)\s*$", flags=re.IGNORECASE)


def _tidy_title(title: str) -> str:
    title = title.strip().rstrip(",").rstrip()
    # A full stop the quotation marks took in is punctuation ("Prospectus."), except
    # after an abbreviation that needs it ("1956 g.").
    if title.endswith(".") and not re.search(r"(?:^|\s)\w{1,3}\.$", title):
        title = title[:-1].rstrip()
    return title


def _citation(
    text: str,
    head_span: tuple[int, int],
    references: tuple[ArchivalReference, ...],
    tail_span: tuple[int, int],
    gost: bool,
    cross_references: Sequence[CrossReference],
) -> DocumentCitation:
    head = text[head_span[0] : head_span[1]]
    head = head[_PREFIX.match(head).end() :]  # type: ignore[union-attr]
    head = _INTRODUCER.sub("", head)
    tail = text[tail_span[0] : tail_span[1]]
    fields = _read_gost_description(head) if gost else _read_parts(head)
    fields += _read_parts(tail)
    notes = [
        x.text for x in cross_references if head_span[0] <= x.span[0] and x.span[1] <= tail_span[1]
    ]
    return _assemble(text, head_span[0], fields, references, notes, gost)


def _unreferenced(text: str, cross_references: Sequence[CrossReference]) -> DocumentCitation | None:
    """A citation with no archival reference: a quoted title with a date or a repository."""
    window = text[:_WINDOW * 4]
    body = window[_PREFIX.match(window).end() :].rstrip(" .)")  # type: ignore[union-attr]
    if body[:1] not in ('"', "“", "«", "„"):
        return None
    fields = _read_parts(body)
    names = {field.name for field in fields}
    if "title" not in names or not names & {"date", "repository", "publication", "url"}:
        return None
    notes = [x.text for x in cross_references]
    return _assemble(text, 0, fields, (), notes, gost=False)


def _assemble(
    text: str,
    position: int,
    fields: Sequence[_Field],
    references: tuple[ArchivalReference, ...],
    notes: list[str],
    gost: bool,
) -> DocumentCitation:
    values: dict[str, Any] = {}
    descriptions: list[str] = []
    lists: dict[str, list[Any]] = {"authors": [], "recipients": [], "contributors": []}
    for field in fields:
        name, value = field.name, field.value
        if name in lists:
            lists[name].extend(value)
        elif name == "title":
            values.setdefault("title", _tidy_title(value))
        elif name == "bracketed":
            invented = _read_gost_description(value)
            for part in invented:
                if part.name == "authors":
                    lists["authors"].extend(part.value)
                else:
                    descriptions.append(part.value)
        elif name == "parenthetical":
            if gost:
                values.setdefault("collection", value)
            else:
                notes.append(value)
        elif name == "quoted":
            notes.append(value)
        elif name == "description":
            if value:
                descriptions.append(value)
        elif name in values:
            notes.append(str(value))
        else:
            values[name] = value
    if "title" in values and "date" not in values:
        found = _trailing_date(values["title"])
        if found:
            values["date"] = found[1]
    if descriptions and "date" not in values:
        found = _trailing_date(descriptions[-1])
        if found:
            values["date"] = found[1]
            rest = _PREPOSITION.sub("", found[0]).strip(" ,;")
            descriptions[-1] = rest
    description = ", ".join(d for d in descriptions if d)
    if description:
        values["description"] = description
    for name, items in lists.items():
        values[name] = tuple(dict.fromkeys(items))
    try:
        return DocumentCitation(
            references=references, notes=tuple(n for n in notes if n.strip()), **values
        )
    except (TypeError, ValueError) as error:
        # The model refuses a value the elements let through: report it as unreadable.
        raise ParseError(text, position, "a citation", f"Unreadable citation ({error})") from None
