"""The values archcite reads and writes: folios, archival references, dates, citations.

Every class here is a frozen attrs value that validates itself at construction, so any
object that exists is a valid one. Reading text into these values is the job of
:mod:`archcite.reading`, writing them out the job of :mod:`archcite.styles`; nothing here
parses or formats beyond ``str()`` of the folio normal form. This module imports only
the layers below it (errors, levels, the registry); ``format()`` reaches the styles
through the writers they install when they are imported.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable, Iterable, Iterator
from typing import Any, Literal

import attrs

from . import registry, translit
from .errors import UnknownStyle
from .levels import LEVELS

__all__ = [
    "LEVELS",
    "ArchivalReference",
    "Contributor",
    "DocumentCitation",
    "Folio",
    "FolioRange",
    "FolioUnit",
    "Folios",
    "Match",
    "MatchKind",
    "PartialDate",
    "Publication",
    "StyleOptions",
]


def _identifier(instance: object, attribute: attrs.Attribute[Any], value: str | None) -> None:
    """An identifier is absent or a non-empty string with no outer whitespace."""
    if value is not None and (type(value) is not str or not value or value != value.strip()):
        _check_identifier(attribute.name, value)


def _check_identifier(name: str, value: object) -> None:
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a string, not {type(value).__name__}")
    if not value or value != value.strip():
        raise ValueError(
            f"{name} must be a non-empty identifier without outer spaces, got {value!r}"
        )


def _positive_number(instance: object, attribute: attrs.Attribute[Any], value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"{attribute.name} must be a whole number >= 0, got {value!r}")


@attrs.frozen(slots=True)
class Folio:
    """One leaf of a file: ``Folio(52, verso=True)`` is written ``52ob``.

    ``suffix`` is a letter that some archives add to a folio number (``41a``, ``52а``),
    kept in the script it was cited in.
    """

    number: int
    suffix: str = ""
    verso: bool = False

    # Readers make several folios for every reference they find: the fields are checked
    # in one call rather than one a field.
    def __attrs_post_init__(self) -> None:
        number = self.number
        if type(number) is not int or number < 0:
            _positive_number(self, _FOLIO_NUMBER, number)
        if not isinstance(self.suffix, str):
            raise TypeError(f"suffix must be a string, not {type(self.suffix).__name__}")
        if not isinstance(self.verso, bool):
            raise TypeError(f"verso must be True or False, not {type(self.verso).__name__}")

    def __str__(self) -> str:
        return f"{self.number}{self.suffix}{'ob' if self.verso else ''}"


_FOLIO_NUMBER = attrs.fields(Folio).number


@attrs.frozen(slots=True)
class FolioRange:
    """A folio or a run of folios: ``FolioRange(Folio(13), Folio(14))`` is ``13-14``."""

    start: Folio
    end: Folio | None = None

    def __attrs_post_init__(self) -> None:
        start, end = self.start, self.end
        if not isinstance(start, Folio):
            raise TypeError(f"start must be a Folio, not {type(start).__name__}")
        if end is None:
            return
        if not isinstance(end, Folio):
            raise TypeError(f"end must be a Folio or None, not {type(end).__name__}")
        # Abbreviated ranges ("123-4", "40-2") are expanded by the reader before they get
        # here, so every range holds both ends in full and must run forwards.
        if (end.number, end.verso) < (start.number, start.verso):
            raise ValueError(f"folio range {start}-{end} ends before it starts")

    @property
    def is_range(self) -> bool:
        return self.end is not None

    def __str__(self) -> str:
        return str(self.start) if self.end is None else f"{self.start}-{self.end}"


def _to_ranges(items: Iterable[FolioRange | Folio]) -> tuple[FolioRange, ...]:
    ranges = tuple(items)
    for item in ranges:
        if isinstance(item, Folio):  # a folio alone is a range of one
            return tuple(FolioRange(one) if isinstance(one, Folio) else one for one in ranges)
    return ranges  # type: ignore[return-value]


#: What the numbers of a :class:`Folios` count: leaves of a file (``l.``, ``Л.``, ``арк.``)
#: or pages (``p.``, ``С.``, ``стр.``). A page is never silently made a leaf.
FolioUnit = Literal["leaf", "page"]


@attrs.frozen(slots=True)
class Folios:
    """The folios (or pages) a reference points to, in the order cited.

    ``str()`` gives the normal form: ranges with ``-``, items joined by ``, ``, verso as
    ``ob``:

    >>> str(Folios((FolioRange(Folio(1), Folio(3)), FolioRange(Folio(52, verso=True)))))
    '1-3, 52ob'
    >>> Folios((FolioRange(Folio(14)),), unit="page").unit
    'page'
    """

    items: tuple[FolioRange, ...] = attrs.field(converter=_to_ranges)
    unit: FolioUnit = attrs.field(default="leaf", kw_only=True)

    def __attrs_post_init__(self) -> None:
        if not self.items:
            raise ValueError("items must hold at least one folio or range")
        for item in self.items:
            if not isinstance(item, FolioRange):
                raise TypeError(f"items must be folios or ranges, not {type(item).__name__}")
        if self.unit not in ("leaf", "page"):
            raise ValueError(f"unit must be 'leaf' or 'page', got {self.unit!r}")

    @property
    def is_plural(self) -> bool:
        """True where more than one leaf is cited (``Ll.`` rather than ``L.``)."""
        return len(self.items) > 1 or self.items[0].is_range

    def __iter__(self) -> Iterator[FolioRange]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def __str__(self) -> str:
        return ", ".join(str(item) for item in self.items)


def _level() -> Any:
    return attrs.field(default=None, validator=_identifier, kw_only=True)


@attrs.frozen(slots=True)
class ArchivalReference:
    """A shelfmark: an archive and the levels down to the folios.

    Each level holds its identifier as cited, without its label (``"R-5446"``, ``"06"``,
    ``"1a"``). ``archive`` is the archive's token as cited (``"TsKhSD"``); ``archive_id``
    is the registry id of the institution today (``"RGANI"``), or None when unknown.

    >>> ArchivalReference(archive="TsKhSD", fond="89", opis="2", delo="5").to_dict()
    {'archive': 'TsKhSD', 'fond': '89', 'opis': '2', 'delo': '5'}
    """

    archive: str | None = _level()
    archive_id: str | None = _level()
    fond: str | None = _level()
    opis: str | None = _level()
    razdel: str | None = _level()
    korobka: str | None = _level()
    papka: str | None = _level()
    delo: str | None = _level()
    ed_khr: str | None = _level()
    tom: str | None = _level()
    chast: str | None = _level()
    folios: Folios | None = attrs.field(
        default=None,
        kw_only=True,
        validator=attrs.validators.optional(attrs.validators.instance_of(Folios)),
    )
    rolik: str | None = _level()
    #: The fond's title where the citation gives it: GOST's "Ф. 223 (С. Д. Полторацкий)".
    title: str | None = _level()

    @property
    def levels(self) -> dict[str, str | Folios]:
        """The levels present, highest first, without the archive."""
        found: dict[str, str | Folios] = {}
        for name in LEVELS:
            value = getattr(self, name)
            if value is not None:
                found[name] = value
        return found

    @property
    def is_empty(self) -> bool:
        """True where no level at all is given (an archive alone is not a shelfmark)."""
        return not self.levels

    def to_dict(self) -> dict[str, str]:
        """The flat JSON-able form, only the keys present, folios in normal form.

        Pages (``p. 14``, ``С. 34``) add ``"folio_unit": "page"``.
        """
        result: dict[str, str] = {}
        if self.archive is not None:
            result["archive"] = self.archive
        if self.archive_id is not None:
            result["archive_id"] = self.archive_id
        for name, value in self.levels.items():
            result[name] = str(value)
        if self.folios is not None and self.folios.unit == "page":
            result["folio_unit"] = "page"
        if self.title is not None:
            result["title"] = self.title
        return result

    @property
    def archive_entry(self) -> registry.Archive | None:
        """The registry entry of the archive, where it is known."""
        if self.archive_id is None:
            return None
        return registry.lookup(self.archive_id)

    def format(self, style: str = "chicago", **options: Any) -> str:
        """This reference written in a registered style; see :func:`archcite.style_names`."""
        return _writers.reference(self, style, **options)

    def __str__(self) -> str:
        return self.format("chicago")


MONTHS_IN_YEAR = 12


def _month(instance: PartialDate, attribute: attrs.Attribute[Any], value: int | None) -> None:
    if value is not None and not 1 <= value <= MONTHS_IN_YEAR:
        raise ValueError(f"month must be 1-12, got {value}")


def _day(instance: PartialDate, attribute: attrs.Attribute[Any], value: int | None) -> None:
    if value is None:
        return
    if instance.month is None:
        raise ValueError("a day needs a month")
    # February has 29 days in every fourth year of either calendar.
    last = calendar.monthrange(max(instance.year, 1), instance.month)[1]
    if instance.old_style and instance.month == 2 and instance.year % 4 == 0:
        last = 29  # the Julian calendar has no exception for 1700, 1800 and 1900
    if not 1 <= value <= last:
        month = calendar.month_name[instance.month]
        raise ValueError(f"day {value} is out of range: {month} {instance.year} has {last} days")


@attrs.frozen(slots=True)
class PartialDate:
    """A date known to the year, the month or the day, with the way it was written.

    ``text`` keeps the written form ("27 ноября 1956 г.") and takes no part in equality;
    ``old_style`` marks a Julian-calendar date.

    >>> PartialDate(1956, 11).iso
    '1956-11'
    """

    year: int = attrs.field(validator=_positive_number)
    month: int | None = attrs.field(default=None, validator=_month)
    day: int | None = attrs.field(default=None, validator=_day)
    text: str | None = attrs.field(default=None, eq=False, kw_only=True)
    old_style: bool = attrs.field(default=False, kw_only=True)

    @property
    def parts(self) -> tuple[int, ...]:
        """Year, month and day as far as they are known (CSL's ``date-parts``)."""
        found = [self.year]
        if self.month is not None:
            found.append(self.month)
            if self.day is not None:
                found.append(self.day)
        return tuple(found)

    @property
    def iso(self) -> str:
        """The ISO 8601 form to the precision known: ``1956``, ``1956-11``, ``1956-11-27``."""
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
            if self.day is not None:
                text += f"-{self.day:02d}"
        return text

    def __str__(self) -> str:
        return self.text if self.text is not None else self.iso


@attrs.frozen(slots=True)
class Contributor:
    """A person who worked on a document or its edition.

    >>> Contributor("V. N. Chernukha", "compiler").role
    'compiler'
    """

    name: str = attrs.field(validator=_identifier)
    role: str = attrs.field(default="contributor", validator=_identifier)


@attrs.frozen(slots=True)
class Publication:
    """Where a document was published: ``Publication("CWIHP Bulletin", "8-9", "400")``."""

    title: str = attrs.field(validator=_identifier)
    issue: str | None = attrs.field(default=None, validator=_identifier)
    pages: str | None = attrs.field(default=None, validator=_identifier)
    year: int | None = attrs.field(default=None, kw_only=True)


def _tuple_of(kind: type) -> Any:
    return attrs.field(
        factory=tuple,
        converter=tuple,
        validator=attrs.validators.deep_iterable(attrs.validators.instance_of(kind)),
        kw_only=True,
    )


def _optional_text() -> Any:
    return attrs.field(default=None, validator=_identifier, kw_only=True)


@attrs.frozen(slots=True)
class DocumentCitation:
    """A bibliographic citation of one archival document.

    >>> cit = DocumentCitation(title="Shifrtelogramma", date=PartialDate(1956, 11, 26),
    ...     classification="Strictly Secret",
    ...     references=(ArchivalReference(archive="TsKhSD", fond="89", opis="2", delo="5"),))
    >>> cit.references[0].fond
    '89'
    """

    title: str | None = _optional_text()
    original_title: str | None = _optional_text()
    #: A description that is not a title, such as "Secure High-Frequency Transmission".
    description: str | None = _optional_text()
    date: PartialDate | None = attrs.field(
        default=None,
        kw_only=True,
        validator=attrs.validators.optional(attrs.validators.instance_of(PartialDate)),
    )
    document_type: str | None = _optional_text()
    classification: str | None = _optional_text()
    authors: tuple[str, ...] = _tuple_of(str)
    recipients: tuple[str, ...] = _tuple_of(str)
    contributors: tuple[Contributor, ...] = _tuple_of(Contributor)
    repository: str | None = _optional_text()
    collection: str | None = _optional_text()
    references: tuple[ArchivalReference, ...] = _tuple_of(ArchivalReference)
    publication: Publication | None = attrs.field(
        default=None,
        kw_only=True,
        validator=attrs.validators.optional(attrs.validators.instance_of(Publication)),
    )
    url: str | None = _optional_text()
    notes: tuple[str, ...] = _tuple_of(str)

    def format(self, style: str = "chicago", **options: Any) -> str:
        """This citation written in a registered citation style."""
        return _writers.citation(self, style, **options)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-able form with only the fields present."""
        result: dict[str, Any] = {}
        for field in attrs.fields(DocumentCitation):
            value = getattr(self, field.name)
            if value is None or value == ():
                continue
            if isinstance(value, PartialDate):
                result[field.name] = value.iso
            elif isinstance(value, Publication):
                result[field.name] = attrs.asdict(value, filter=lambda a, v: v is not None)
            elif field.name == "references":
                result[field.name] = [ref.to_dict() for ref in value]
            elif field.name == "contributors":
                result[field.name] = [{"name": c.name, "role": c.role} for c in value]
            elif isinstance(value, tuple):
                result[field.name] = list(value)
            else:
                result[field.name] = value
        return result


MatchKind = Literal["full", "continuation", "ibid"]


def _spans(value: Iterable[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    if value == ():
        return ()
    return tuple((int(start), int(end)) for start, end in value)


_KINDS = ("full", "continuation", "ibid")


def _whole_numbers(*values: object) -> bool:
    return all(
        type(value) is int or (isinstance(value, int) and not isinstance(value, bool))
        for value in values
    )


@attrs.frozen(slots=True)
class Match:
    """One archival reference found in free text.

    ``reference`` holds the levels as written in ``text``; ``resolved`` is the same
    reference completed from its antecedent (for a continuation such as ``d. 60, l. 11``
    after ``APRF, f. 3, op. 57, d. 73``, or an ``Ibid., l. 15``). ``span`` is the
    ``(start, end)`` of ``text`` in the searched string.
    """

    reference: ArchivalReference
    resolved: ArchivalReference
    kind: MatchKind
    span: tuple[int, int]
    text: str
    #: Spans inside ``span`` that belong to no level: a year between levels ("Ф. 400,
    #: 1916 г. Оп. 2"), a bundle's number. A rewriter keeps them.
    skipped: tuple[tuple[int, int], ...] = attrs.field(default=(), kw_only=True, converter=_spans)

    # The scanner makes one for every reference it finds: the fields are checked in one
    # call rather than one a field.
    def __attrs_post_init__(self) -> None:
        for name, value in (("reference", self.reference), ("resolved", self.resolved)):
            if type(value) is not ArchivalReference and not isinstance(value, ArchivalReference):
                raise TypeError(f"{name} must be an ArchivalReference, not {type(value).__name__}")
        if self.kind not in _KINDS:
            raise ValueError(f"kind must be one of {', '.join(_KINDS)}, got {self.kind!r}")
        if type(self.text) is not str and not isinstance(self.text, str):
            raise TypeError(f"text must be a string, not {type(self.text).__name__}")
        span = self.span
        if type(span) is not tuple or len(span) != 2 or not _whole_numbers(*span):
            raise ValueError(f"span must be (start, end) with 0 <= start <= end, got {span!r}")
        start, end = span
        if not 0 <= start <= end:
            raise ValueError(f"span must be (start, end) with 0 <= start <= end, got {span!r}")
        if end - start != len(self.text):
            raise ValueError(f"span {span} does not fit the text {self.text!r}")

    def to_dict(self) -> dict[str, Any]:
        """The JSON form ``archcite extract --json`` writes."""
        return {
            "span": list(self.span),
            "text": self.text,
            "kind": self.kind,
            "reference": self.reference.to_dict(),
            "resolved": self.resolved.to_dict(),
        }


def _transliteration(instance: object, attribute: attrs.Attribute[Any], value: str) -> None:
    if value not in translit.SYSTEMS:
        raise UnknownStyle("transliteration system", value, translit.SYSTEMS)


@attrs.frozen(slots=True)
class StyleOptions:
    """How a style writes: the settings every style takes, validated once.

    ``modern`` names an archive by today's name with the cited one in brackets;
    ``transliteration`` is the system a Latin style romanises Cyrillic with.

    >>> StyleOptions(modern=True).transliteration
    'ala-lc'
    >>> StyleOptions(transliteration="xx")
    Traceback (most recent call last):
    ...
    archcite.errors.UnknownStyle: unknown transliteration system 'xx'; known: ala-lc, ...
    """

    modern: bool = attrs.field(default=False, validator=attrs.validators.instance_of(bool))
    transliteration: str = attrs.field(default="ala-lc", validator=_transliteration)

    @classmethod
    def of(cls, options: StyleOptions | None = None, **values: Any) -> StyleOptions:
        """Options from keywords (``modern=True``), an unknown keyword being an error.

        >>> StyleOptions.of(colour="red")
        Traceback (most recent call last):
        ...
        archcite.errors.UnknownStyle: unknown style option 'colour'; known: modern, transliteration
        """
        known = tuple(field.name for field in attrs.fields(cls))
        for name in values:
            if name not in known:
                raise UnknownStyle("style option", name, known)
        base = options if options is not None else cls()
        return attrs.evolve(base, **values) if values else base


class _Writers:
    """The functions ``format()`` calls; :mod:`archcite.styles` installs them on import."""

    reference: Callable[..., str]
    citation: Callable[..., str]


_writers = _Writers()


def install_writers(reference: Callable[..., str], citation: Callable[..., str]) -> None:
    """Let ``format()`` reach the styles, which sit above this module and register here."""
    _writers.reference = reference
    _writers.citation = citation
