"""The pieces of a citation around its references, each read by a named pyparsing element.

Title, date, classification, senders and recipients, contributors, publication, URL,
repository, collection, and what is left as a description; the GOST description before
``//`` is read on its own.

>>> [field.name for field in read_parts('"Informatsiya," 27 November 1956 (Top Secret)')]
['title', 'date', 'classification']
"""

from __future__ import annotations

import re
from typing import Any

import attrs
import pyparsing as pp

from ...model import Contributor, PartialDate, Publication
from ..dates import DATE
from ..patterns import CAPITALS

__all__ = [
    "CLASSIFICATION",
    "OPENERS",
    "PREPOSITION",
    "Field",
    "read_gost_description",
    "read_parts",
    "tidy_title",
    "trailing_date",
]


@attrs.frozen(slots=True)
class Field:
    """One piece of a citation read by an element: which attribute, and its value."""

    name: str
    value: Any


def _field(name: str) -> Any:
    return lambda tokens: Field(name, tokens[0])


_MARKINGS_EN = (
    "Top Secret",
    "Strictly Secret",
    "Secret",
    "Confidential",
    "Special Dossier",
    "Special File",
    "Special Folder",
    "For Official Use Only",
    "Eyes Only",
    "Personal",
)
_MARKINGS_RU = (
    "Совершенно секретно",
    "Сов. секретно",
    "Сов.секретно",
    "Строго секретно",
    "Секретно",
    "Особая папка",
    "Особой важности",
    "Для служебного пользования",
    "Лично",
    "Sovershenno sekretno",
    "Strogo sekretno",
    "Sekretno",
    "Osobaya papka",
    "Osobaia papka",
)
_MARKING_PATTERN = "|".join(
    re.escape(m).replace(r"\ ", r"\s*")
    for m in sorted(_MARKINGS_EN + _MARKINGS_RU, key=len, reverse=True)
)
#: "Top Secret", "Совершенно секретно (Особая папка)", "Strictly Secret/Special Dossier".
CLASSIFICATION: pp.ParserElement = (
    pp.Regex(
        rf"(?:{_MARKING_PATTERN})(?:\s*(?:[,/—–-]|\(|\s)\s*(?:{_MARKING_PATTERN})\)?)*(?!\w)",
        flags=re.IGNORECASE,
    )
    .set_name("classification marking")
    .set_parse_action(lambda t: Field("classification", t[0]))
)
_PAREN_CLASSIFICATION = (pp.Suppress("(") + CLASSIFICATION + pp.Suppress(")")).set_name(
    "classification in parentheses"
)

_ROLES = {
    "compiled": "compiler",
    "translated": "translator",
    "edited": "editor",
    "obtained": "contributor",
    "contributed": "contributor",
    "transcribed": "transcriber",
    "selected": "compiler",
    "annotated": "annotator",
    "introduced": "contributor",
}
_ROLE_VERBS = tuple(_ROLES)

# "and" joins two contributions: "obtained by X and translated by Y".
_SEPARATOR = pp.Suppress(
    pp.Regex(r"[,;:]|\.(?!\w)|and(?=\s+(?:" + "|".join(_ROLE_VERBS) + r")\b)", re.IGNORECASE)
).set_name("separator")
_ITEM_END = pp.FollowedBy(pp.Regex(r"\s*(?:[,;:.()\[<]|$)")).set_name("end of item")

_TITLE = (
    pp.QuotedString('"')
    | pp.QuotedString("“", end_quote_char="”")
    | pp.QuotedString("«", end_quote_char="»")
    | pp.QuotedString("„", end_quote_char="“")
).set_name("quoted title")

_DATE_ITEM = (DATE + _ITEM_END).set_name("date").set_parse_action(lambda t: Field("date", t[0]))

# Document types, which open a description ("Letter, Khrushchev to Mao", "Письмо Б. С.
# Боднарскому"): never a person's name, nor a surname before initials in a GOST note.
_DOCUMENT_TYPES = (
    "письмо",
    "записка",
    "телеграмма",
    "доклад",
    "заявление",
    "рапорт",
    "донесение",
    "справка",
    "приказ",
    "дело",
    "протокол",
    "letter",
    "memorandum",
    "report",
    "telegram",
)
_NOT_SURNAMES = frozenset(_DOCUMENT_TYPES)

_NAME_PATTERN = (
    rf"(?!(?i:{'|'.join(_DOCUMENT_TYPES)})(?![\w'’-]))"
    rf"(?:[{CAPITALS}]\.\s*)*[{CAPITALS}][\w'’-]+(?:\s+(?:[{CAPITALS}]\.\s*)*[{CAPITALS}][\w'’-]+)*"
)
_NAME = pp.Regex(_NAME_PATTERN).set_name("person's name")
_NAMES = pp.Group(
    # pyparsing skips the spaces before a delimiter, so "and" is matched without them.
    pp.DelimitedList(
        _NAME,
        # An "and" before a verb of contribution opens the next contribution instead.
        delim=pp.Regex(
            r",?\s*(?:and|и)\s+(?!(?:" + "|".join(_ROLE_VERBS) + r")\b)|,\s*|\s*&\s*",
            re.IGNORECASE,
        ),
        allow_trailing_delim=False,
    )
).set_name("list of names")

_SENDERS = (
    pp.Suppress(pp.CaselessKeyword("from"))
    + _NAMES("authors")
    + pp.Opt(pp.Suppress(pp.Keyword("to")) + _NAMES("recipients"))
).set_name("senders")
_RECIPIENTS = (pp.Suppress(pp.CaselessKeyword("to")) + _NAMES("recipients")).set_name("recipients")
#: "Stalin to Kirov": a letter's writer and its addressee.
_CORRESPONDENTS = (
    _NAMES("authors") + pp.Suppress(pp.Keyword("to")) + _NAMES("recipients") + _ITEM_END
).set_name("correspondents")


def _people(tokens: pp.ParseResults) -> list[Field]:
    found = []
    for role in ("authors", "recipients"):
        if role in tokens:
            found.append(Field(role, tuple(tokens[role])))
    return found


for _element in (_SENDERS, _RECIPIENTS, _CORRESPONDENTS):
    _element.set_parse_action(_people)

_VERB = "|".join(_ROLES)
_CONTRIBUTORS = (
    pp.Regex(
        rf"(?P<verbs>(?:{_VERB})(?:(?:\s*,\s*and\s+|\s*,\s*|\s+and\s+)(?:{_VERB}))*)"
        r"(?:\s+for(?:\s+\S+){1,6}?)?\s+by(?!\w)",
        flags=re.IGNORECASE,
    )
    + _NAMES("names")
).set_name("contributors")


def _contributors(tokens: pp.ParseResults) -> Field:
    verbs = re.findall(_VERB, tokens["verbs"], flags=re.IGNORECASE)
    roles = dict.fromkeys(_ROLES[verb.lower()] for verb in verbs)
    return Field(
        "contributors", tuple(Contributor(name, role) for role in roles for name in tokens["names"])
    )


_CONTRIBUTORS.set_parse_action(_contributors)

#: "Published in CWIHP Bulletin 8-9, p. 400".
_PUBLICATION = (
    pp.Regex(
        r"Published\s+in\s+(?P<serial>[^,<\d\s][^,<\d]*?)"
        r"(?:\s*,?\s*(?:(?:Issue|Nos?\.|Vol\.|vyp\.|вып\.|№)\s*)?(?P<issue>\d+(?:\s*[-–/]\s*\d+)*))?"
        r"(?:\s*,\s*(?:pp?\.|[Сс]\.)\s*(?P<pages>\d+(?:\s*[-–]\s*\d+)?))?"
        r"(?=\s*(?:[,;.<(]|$))",
        flags=re.IGNORECASE,
    )
    .set_name("publication")
    .set_parse_action(
        lambda t: Field(
            "publication", Publication(t["serial"].strip(), t["issue"] or None, t["pages"] or None)
        )
    )
)
_URL = (
    pp.Regex(r"<(?P<url>https?://[^\s<>]+)>|(?P<bare>https?://[^\s<>()]*[^\s<>().,;])")
    .set_name("URL")
    .set_parse_action(lambda t: Field("url", t["url"] or t["bare"]))
)
#: A title the citer formulated (GOST R 7.0.5 §11.8): "[Фомин А.Г. Материалы …]".
_BRACKETED = (
    pp.Regex(r"\[(?P<content>[^\[\]]+)\]")
    .set_name("title in square brackets")
    .set_parse_action(lambda t: Field("bracketed", t["content"].strip()))
)
_PARENTHETICAL = (
    pp.Regex(r"\((?P<content>[^()]+)\)")
    .set_name("parenthetical")
    .set_parse_action(lambda t: Field("parenthetical", t["content"].strip()))
)
# A repository's name may hold small words: "History and Public Policy Program Digital Archive".
_REPOSITORY = (
    pp.Regex(
        rf"[{CAPITALS}][\w.&'’-]*\s+(?:(?:[{CAPITALS}][\w.&'’-]*|and|of|for|the)\s+)*"
        r"(?:Archives?|Library|Institution)(?=\s*(?:[,;.]|$))"
    )
    .set_name("repository")
    .set_parse_action(_field("repository"))
)
_COLLECTION = (
    pp.Regex(rf"(?:[{CAPITALS}][\w.&'’-]*\s+)+(?:Collection|Papers|[Ff]onds?)(?=\s*(?:[,;.]|$))")
    .set_name("collection")
    .set_parse_action(_field("collection"))
)
# Text that is none of the above: a description in the head, a note in the tail. It
# stops before a sentence that opens a known element ("… Chernukha. Published in").
OPENERS = r"Published|Translated|Compiled|Edited|Obtained|Contributed|<|https?:"
_DESCRIPTION = (
    pp.Regex(rf"(?:(?!\.\s+(?:{OPENERS}))[^,;()\[\]\"“”«»<]|\([^()]*\))+")
    .set_name("description")
    .set_parse_action(lambda t: Field("description", t[0].strip()))
)
_QUOTED = _TITLE.copy().set_parse_action(lambda t: Field("quoted", t[0].strip()))
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
    (_NAMES("authors") + pp.Suppress(",") + pp.FollowedBy(_TITLE))
    .set_name("authors before the title")
    .set_parse_action(lambda t: Field("authors", tuple(t["authors"])))
)

#: The text around a citation's references: optional authors and a quoted title, then items.
_PARTS = (
    pp.Opt(_LEADING_AUTHORS)
    + pp.Opt(_TITLE.copy().set_parse_action(lambda t: Field("title", t[0])))
    + pp.ZeroOrMore(_SEPARATOR | _ITEM)
    + pp.StringEnd()
).set_name("citation")

_GOST_AUTHOR = re.compile(
    rf"(?P<author>(?P<surname>[{CAPITALS}][\w'’-]+)\s+[{CAPITALS}]\.\s?(?:[{CAPITALS}]\.?)?)\s+"
)


def read_parts(text: str) -> list[Field]:
    try:
        parsed = _PARTS.parse_string(text, parse_all=True)
    except pp.ParseBaseException:
        # Every character is readable as a stray one, so this is a safety net only.
        return [Field("description", text.strip())] if text.strip() else []
    fields: list[Field] = []
    for token in parsed:
        if isinstance(token, Field):
            fields.append(token)
    return fields


_QUOTED_TITLE = re.compile(r"[\"“«„](?P<title>[^\"“”«»„]+?)[,.]?[\"”»“][,.]?\s*")


def read_gost_description(text: str) -> list[Field]:
    """The part of a GOST note before ``//``: author (surname first), title, date."""
    text = text.strip()
    fields: list[Field] = []
    author = _GOST_AUTHOR.match(text)
    if author and author["surname"].lower() not in _NOT_SURNAMES:
        fields.append(Field("authors", (author["author"].strip(),)))
        text = text[author.end() :]
    quoted = _QUOTED_TITLE.match(text)
    if quoted is not None:
        # "«Записка отдела ЦК», 5 мая 1956 г. // …": the title in quotation marks, and
        # after it what the rest of a note holds (a date).
        fields.append(Field("title", quoted["title"]))
        return fields + read_parts(text[quoted.end() :])
    if text:
        fields.append(Field("title", text))
    return fields


def trailing_date(text: str) -> tuple[str, PartialDate] | None:
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


PREPOSITION = re.compile(r"\s*\b(?:on|of|dated|ot|от)\s*$", flags=re.IGNORECASE)


def tidy_title(title: str) -> str:
    title = title.strip().rstrip(",").rstrip()
    # A full stop the quotation marks took in is punctuation ("Prospectus."), except
    # after an abbreviation that needs it ("1956 g.").
    if title.endswith(".") and not re.search(r"(?:^|\s)\w{1,3}\.$", title):
        title = title[:-1].rstrip()
    return title
