"""Normalising one record in fixed settings: the work each worker process does.

>>> Normaliser("wilson")("ЦХСД. Ф. 89. Оп. 2. Д. 5.")[0]
'TsKhSD, F. 89, Op. 2, D. 5.'
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from typing import Any

import attrs

from ..errors import ParseError
from ..model import ArchivalReference, Match, StyleOptions
from ..normalise import rewrite
from ..reading import parse, resolve
from ..styles import format_reference

__all__ = [
    "CACHE_MAX_CHARS",
    "CSV_COLUMNS",
    "DEFAULT_CACHE_SIZE",
    "Normaliser",
    "NormaliserSettings",
    "Outcome",
    "Reading",
    "Unreadable",
    "csv_columns",
    "decode",
    "json_fields",
    "payload",
    "unregistered_archive",
]

#: The columns ``archcite normalise --column`` adds to a CSV, in order.
CSV_COLUMNS: tuple[str, ...] = (
    "archcite_text",
    "archive_id",
    "fond",
    "opis",
    "delo",
    "folios",
    "archcite_error",
)
_REFERENCE_COLUMNS = CSV_COLUMNS[1:-1]

DEFAULT_CACHE_SIZE = 32_768
# Long records (a whole page of prose) almost never recur, and caching them would let
# a handful of them fill memory: only short ones are remembered.
CACHE_MAX_CHARS = 2_000

#: What normalising one text gives: the text, its references (``to_dict()``), an error.
Outcome = tuple[str, tuple[dict[str, str], ...], str | None]


def unregistered_archive(reference: ArchivalReference) -> str | None:
    """The archive ``reference`` cites, if the registry does not know it; else None.

    >>> unregistered_archive(parse("NARA, f. 1, d. 3")), unregistered_archive(parse("f. 1, d. 3"))
    ('NARA', None)
    """
    if reference.archive is not None and reference.archive_id is None:
        return reference.archive
    return None


@attrs.frozen
class Reading:
    """One text normalised, with the matches it found (rewritten or left as cited): what an
    :data:`Outcome` comes from.

    >>> reading = Normaliser("wilson").read("Ibid., l. 15.")
    >>> reading.outcome()[1]
    ({'folios': '15'},)
    >>> reading.resolved(parse("APRF, f. 3, op. 57, d. 73")).outcome()[1][0]["delo"]
    '73'
    """

    text: str
    matches: tuple[Match, ...] = ()
    error: str | None = None

    def outcome(self) -> Outcome:
        """The text, the resolved references (``to_dict()``), and the error or None."""
        return self.text, tuple(match.resolved.to_dict() for match in self.matches), self.error

    def unknown_archives(self) -> tuple[str, ...]:
        """The archives, as cited, that the registry does not know: ``("NARA",)``."""
        found = (unregistered_archive(match.reference) for match in self.matches)
        return tuple(archive for archive in found if archive is not None)

    def resolved(self, antecedent: ArchivalReference | None) -> Reading:
        """This reading with a continuation or ibid form that opens it completed from
        ``antecedent`` (the last reference of the record before it), and what follows."""
        if antecedent is None or not self.matches or self.matches[0].kind == "full":
            return self
        return attrs.evolve(self, matches=tuple(resolve(self.matches, antecedent)))


def json_fields(outcome: Outcome) -> dict[str, Any]:
    """The fields added to a JSON object: the text, the references, the error or None."""
    text, references, error = outcome
    return {
        "archcite_text": text,
        "archcite_references": [dict(r) for r in references],
        "archcite_error": error,
    }


def csv_columns(outcome: Outcome) -> dict[str, str]:
    """The values of :data:`CSV_COLUMNS`; an error is cut to its first line."""
    text, references, error = outcome
    values = {"archcite_text": text}
    for name in _REFERENCE_COLUMNS:
        found = [reference.get(name, "") for reference in references]
        values[name] = "; ".join(found) if any(found) else ""
    values["archcite_error"] = "" if error is None else error.split("\n", 1)[0]
    return values


class Normaliser:
    """Normalises one text at a time in fixed settings, remembering recent results.

    Never raises for a text: what goes wrong is in the outcome's error.

    >>> Normaliser("wilson")("ЦХСД. Ф. 89. Оп. 2. Д. 5.")[0]
    'TsKhSD, F. 89, Op. 2, D. 5.'
    """

    def __init__(
        self,
        style: str = "chicago",
        *,
        modern: bool = False,
        strict: bool = False,
        cache_size: int = DEFAULT_CACHE_SIZE,
        **options: Any,
    ) -> None:
        self.style = style
        self.modern = modern
        self.strict = strict
        self.options = options
        # Fail once, here, on a style or option the style refuses, not once per record.
        format_reference(
            ArchivalReference(archive="TsKhSD", fond="89", opis="2", delo="5"),
            style,
            modern=modern,
            **options,
        )
        # The options are checked once, and every record written with the same value.
        self._options = StyleOptions.of(modern=modern, **options)
        self._cached: Callable[[str], Reading] = (
            functools.lru_cache(maxsize=cache_size)(self._read) if cache_size > 0 else self._read
        )

    def __call__(self, text: str) -> Outcome:
        return self.read(text).outcome()

    def read(self, text: str) -> Reading:
        """``text`` normalised, with its matches; remembered if short."""
        if len(text) > CACHE_MAX_CHARS:
            return self._read(text)
        return self._cached(text)

    def record(self, record: object, field: str | None = None) -> Outcome:
        """The outcome for a record: a string, UTF-8 bytes, or a mapping with ``field``."""
        return self.payload(payload(record, field))

    def payload(self, item: str | bytes | Unreadable) -> Outcome:
        """The outcome for what :func:`payload` took from a record."""
        return self.read_payload(item).outcome()

    def read_payload(self, item: str | bytes | Unreadable) -> Reading:
        """As :meth:`payload`, with the matches."""
        if isinstance(item, str):
            return self.read(item)
        if isinstance(item, bytes):
            text, error = decode(item)
            return Reading(text, (), error) if error else self.read(text)
        return Reading(item.text, (), item.message)

    def compute(self, text: str) -> Outcome:
        """The outcome for ``text``, computed afresh."""
        return self._read(text).outcome()

    def _read(self, text: str) -> Reading:
        try:
            written, matches = rewrite(text, self.style, options=self._options)
            if not matches and self.strict and text.strip():
                return self._whole(text)
        except Exception as error:  # one bad record must not stop a run
            return Reading(text, (), _message(error))
        return Reading(written, tuple(matches))

    def _whole(self, text: str) -> Reading:
        """In strict mode, a record with no reference found is read as one reference."""
        whole = text.strip()
        try:
            reference = parse(whole)
        except ParseError as error:
            return Reading(text, (), str(error))
        written = format_reference(reference, self.style, modern=self.modern, **self.options)
        start = text.index(whole)
        match = Match(reference, reference, "full", (start, start + len(whole)), whole)
        return Reading(written, (match,))


def _message(error: Exception) -> str:
    if isinstance(error, ValueError):  # ParseError, or a style refusing a value
        return str(error)
    return f"{type(error).__name__}: {error}"


def decode(data: bytes) -> tuple[str, str | None]:
    """``data`` as UTF-8 text, and an error where it is not (bad bytes replaced).

    >>> decode(b"F. 89 \\xff")
    ('F. 89 \\ufffd', 'not UTF-8: cannot decode byte 0xff at offset 6')
    """
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as error:
        bad = data[error.start : error.end]
        return data.decode("utf-8", "replace"), (
            f"not UTF-8: cannot decode byte {' '.join(f'0x{b:02x}' for b in bad)} "
            f"at offset {error.start}"
        )


@attrs.frozen(eq=False)
class Unreadable:
    """A record that cannot be normalised, and why; it travels to the workers as is.

    Compared by identity, so that the cache never serves one for another.
    """

    text: str
    message: str


def payload(record: object, field: str | None) -> str | bytes | Unreadable:
    """What of ``record`` is normalised: its text, bytes to decode, or why there is none."""
    if isinstance(record, str):
        return record
    if isinstance(record, (bytes, bytearray)):
        return bytes(record)
    if isinstance(record, Mapping):
        if field is None:
            return Unreadable("", "record is a mapping: say which field holds the text (field=)")
        if field not in record:
            return Unreadable("", f"record has no field {field!r}")
        value = record[field]
        if value is None:
            return ""
        return (
            payload(value, None)
            if isinstance(value, (str, bytes))
            else Unreadable("", f"field {field!r} holds a {type(value).__name__}, not text")
        )
    return Unreadable("", f"record is a {type(record).__name__}, not text")


@attrs.frozen
class NormaliserSettings:
    """Everything a worker process needs to build its :class:`Normaliser`; picklable."""

    style: str
    modern: bool
    strict: bool
    options: tuple[tuple[str, Any], ...]

    def normaliser(self, cache_size: int = 0) -> Normaliser:
        return Normaliser(
            self.style,
            modern=self.modern,
            strict=self.strict,
            cache_size=cache_size,
            **dict(self.options),
        )


class ChunkNormaliser:
    """Turns a list of payloads into outcomes (or readings); one lives in each worker."""

    def __init__(self, settings: NormaliserSettings, readings: bool = False) -> None:
        # The runner's cache sits in front of this one: a second would only cost memory.
        self._normalise = settings.normaliser(cache_size=0)
        self._readings = readings

    def __call__(self, payloads: list[str | bytes | Unreadable]) -> list[Outcome | Reading]:
        if self._readings:
            return [self._normalise.read_payload(item) for item in payloads]
        return [self._normalise.payload(item) for item in payloads]
