"""Normalising many records at once: ordered, cached, on as many cores as asked.

>>> [r.text for r in normalise_many(["ЦХСД. Ф. 89. Оп. 2. Д. 5. Л. 13.", "no reference"])]
['TsKhSD, f. 89, op. 2, d. 5, l. 13.', 'no reference']
"""

from __future__ import annotations

import functools
import os
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from itertools import islice
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import attrs

from .errors import ParseError
from .find import iter_matches
from .grammar.reference import parse
from .model import ArchivalReference, Match
from .styles import format_reference

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor

__all__ = [
    "CSV_COLUMNS",
    "BulkResult",
    "ChunkRunner",
    "Normaliser",
    "cpu_count",
    "csv_columns",
    "decode",
    "json_fields",
    "normalise_many",
    "rewrite",
]

#: The columns ``archcite normalise --column`` adds to a CSV, in order.
CSV_COLUMNS: tuple[str, ...] = (
    "archcite_text", "archive_id", "fond", "opis", "delo", "folios", "archcite_error",
)
_REFERENCE_COLUMNS = CSV_COLUMNS[1:-1]

DEFAULT_CHUNK_SIZE = 1000
DEFAULT_CACHE_SIZE = 32_768
# Long records (a whole page of prose) almost never recur, and caching them would let
# a handful of them fill memory: only short ones are remembered.
_CACHE_MAX_CHARS = 2_000

#: What normalising one text gives: the text, its references (``to_dict()``), an error.
Outcome = tuple[str, tuple[dict[str, str], ...], str | None]


@attrs.frozen(slots=True)
class BulkResult:
    """One record normalised: its position, new text, references found, and any error.

    ``references`` are the resolved references (a continuation such as ``D. 6, L. 3``
    completed from the one before it) in :meth:`ArchivalReference.to_dict` form. Where
    the record could not be read, ``error`` says why and ``text`` is the input as it was.

    >>> next(normalise_many([b"F. 89, Op. 2, D. 5 \\xff"])).error
    'not UTF-8: cannot decode byte 0xff at offset 19'
    """

    index: int
    text: str
    references: list[dict[str, str]]
    error: str | None = None
    record: Any = attrs.field(default=None, repr=False)

    @property
    def ok(self) -> bool:
        """True when the record was read without error."""
        return self.error is None

    def to_dict(self) -> dict[str, Any]:
        """The JSON-able form: ``text``, ``references`` and ``error``."""
        return {"text": self.text, "references": self.references, "error": self.error}

    def fields(self) -> dict[str, Any]:
        """The fields ``archcite normalise --field`` adds to a JSON object."""
        return json_fields((self.text, tuple(self.references), self.error))

    def columns(self) -> dict[str, str]:
        """The values of :data:`CSV_COLUMNS`; several references are joined with ``"; "``.

        >>> next(normalise_many(["GARF, f. 9401, op. 1, d. 5; d. 6"])).columns()["delo"]
        '5; 6'
        """
        return csv_columns((self.text, tuple(self.references), self.error))


def json_fields(outcome: Outcome) -> dict[str, Any]:
    """The fields added to a JSON object: the text, the references, the error or None."""
    text, references, error = outcome
    return {"archcite_text": text, "archcite_references": [dict(r) for r in references],
            "archcite_error": error}


def csv_columns(outcome: Outcome) -> dict[str, str]:
    """The values of :data:`CSV_COLUMNS`; an error is cut to its first line."""
    text, references, error = outcome
    values = {"archcite_text": text}
    for name in _REFERENCE_COLUMNS:
        found = [reference.get(name, "") for reference in references]
        values[name] = "; ".join(found) if any(found) else ""
    values["archcite_error"] = "" if error is None else error.split("\n", 1)[0]
    return values


def cpu_count() -> int:
    """The cores this process may run on (all of them, unless it is pinned)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def rewrite(text: str, style: str, *, modern: bool = False,
            **options: Any) -> tuple[str, list[Match]]:
    """``text`` normalised as :func:`archcite.normalise` does, with the matches found.

    >>> rewrite("See TsKhSD, F. 89, Op. 2, D. 5.", "gost")[0]
    'See ЦХСД. Ф. 89. Оп. 2. Д. 5.'
    """
    # The same walk as archcite.normalise, kept here because bulk needs the matches as
    # well and a second pass would double the cost; tests hold the two texts equal.
    pieces: list[str] = []
    matches: list[Match] = []
    position = 0
    for match in iter_matches(text):
        start, end = match.span
        written = format_reference(match.reference, style, modern=modern, **options)
        if written.endswith(".") and text.startswith(".", end):
            written = written[:-1]
        pieces.append(text[position:start])
        pieces.append(written)
        position = end
        matches.append(match)
    if not matches:
        return text, matches
    pieces.append(text[position:])
    return "".join(pieces), matches


class Normaliser:
    """Normalises one text at a time in fixed settings, remembering recent results.

    Never raises for a text: what goes wrong is in the outcome's error.

    >>> Normaliser("wilson")("ЦХСД. Ф. 89. Оп. 2. Д. 5.")[0]
    'TsKhSD, F. 89, Op. 2, D. 5.'
    """

    def __init__(self, style: str = "chicago", *, modern: bool = False, strict: bool = False,
                 cache_size: int = DEFAULT_CACHE_SIZE, **options: Any) -> None:
        self.style = style
        self.modern = modern
        self.strict = strict
        self.options = options
        # Fail once, here, on a style or option the style refuses, not once per record.
        format_reference(ArchivalReference(archive="TsKhSD", fond="89", opis="2", delo="5"),
                         style, modern=modern, **options)
        self._cached: Callable[[str], Outcome] = (
            functools.lru_cache(maxsize=cache_size)(self.compute) if cache_size > 0
            else self.compute
        )

    def __call__(self, text: str) -> Outcome:
        if len(text) > _CACHE_MAX_CHARS:
            return self.compute(text)
        return self._cached(text)

    def record(self, record: object, field: str | None = None) -> Outcome:
        """The outcome for a record: a string, UTF-8 bytes, or a mapping with ``field``."""
        return self.payload(_payload(record, field))

    def payload(self, item: str | bytes | _Invalid) -> Outcome:
        """The outcome for what :func:`_payload` took from a record."""
        if isinstance(item, str):
            return self(item)
        if isinstance(item, bytes):
            text, error = decode(item)
            return (text, (), error) if error else self(text)
        return item.text, (), item.message

    def compute(self, text: str) -> Outcome:
        """The outcome for ``text``, computed afresh."""
        try:
            written, matches = rewrite(text, self.style, modern=self.modern, **self.options)
            if not matches and self.strict and text.strip():
                return self._whole(text)
        except Exception as error:  # one bad record must not stop a run
            return text, (), _message(error)
        return written, tuple(match.resolved.to_dict() for match in matches), None

    def _whole(self, text: str) -> Outcome:
        """In strict mode, a record with no reference found is read as one reference."""
        try:
            reference = parse(text.strip())
        except ParseError as error:
            return text, (), str(error)
        written = format_reference(reference, self.style, modern=self.modern, **self.options)
        return written, (reference.to_dict(),), None


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
        bad = data[error.start:error.end]
        return data.decode("utf-8", "replace"), (
            f"not UTF-8: cannot decode byte {' '.join(f'0x{b:02x}' for b in bad)} "
            f"at offset {error.start}"
        )


class _Invalid:
    """A record that cannot be normalised, and why; it travels to the workers as is."""

    __slots__ = ("message", "text")

    def __init__(self, text: str, message: str) -> None:
        self.text = text
        self.message = message

    def __reduce__(self) -> tuple[type[_Invalid], tuple[str, str]]:
        return (type(self), (self.text, self.message))


def _payload(record: object, field: str | None) -> str | bytes | _Invalid:
    """What of ``record`` is normalised: its text, bytes to decode, or why there is none."""
    if isinstance(record, str):
        return record
    if isinstance(record, (bytes, bytearray)):
        return bytes(record)
    if isinstance(record, Mapping):
        if field is None:
            return _Invalid("", "record is a mapping: say which field holds the text (field=)")
        if field not in record:
            return _Invalid("", f"record has no field {field!r}")
        value = record[field]
        if value is None:
            return ""
        return _payload(value, None) if isinstance(value, (str, bytes)) else _Invalid(
            "", f"field {field!r} holds a {type(value).__name__}, not text")
    return _Invalid("", f"record is a {type(record).__name__}, not text")


@attrs.frozen
class _Settings:
    """Everything a worker needs to build its :class:`Normaliser`; picklable."""

    style: str
    modern: bool
    strict: bool
    cache_size: int
    options: tuple[tuple[str, Any], ...]

    def normaliser(self) -> Normaliser:
        return Normaliser(self.style, modern=self.modern, strict=self.strict,
                          cache_size=self.cache_size, **dict(self.options))


class _ChunkNormaliser:
    """Turns a chunk of payloads into outcomes; one lives in each worker process."""

    def __init__(self, settings: _Settings) -> None:
        self._normalise = settings.normaliser()

    def __call__(self, chunk: list[str | bytes | _Invalid]) -> list[Outcome]:
        return [self._normalise.payload(item) for item in chunk]


_In = TypeVar("_In")
_Out = TypeVar("_Out")

_worker: Callable[[Any], Any] | None = None


def _start_worker(factory: Callable[..., Callable[[Any], Any]], args: tuple[Any, ...]) -> None:
    global _worker
    # Ctrl-C is the parent's to handle: it stops feeding chunks and cleans up; a worker
    # dying of it mid-chunk would only add a second traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _worker = factory(*args)


def _run_in_worker(chunk: Any) -> Any:
    assert _worker is not None, "worker not started"
    return _worker(chunk)


class ChunkRunner(Generic[_In, _Out]):
    """Runs ``factory(*args)`` over chunks, in worker processes when ``jobs > 1``.

    Results come back in the order of the chunks, and at most ``2 * jobs`` chunks are in
    flight at once, so memory stays flat however long the input is.

    >>> import operator
    >>> with ChunkRunner(operator.itemgetter, (0,), jobs=2) as run:
    ...     list(run.map(["ab", "cd", "ef"]))
    ['a', 'c', 'e']
    """

    def __init__(self, factory: Callable[..., Callable[[_In], _Out]], args: tuple[Any, ...],
                 jobs: int = 1) -> None:
        if jobs < 1:
            raise ValueError(f"jobs must be at least 1, got {jobs}")
        self.jobs = jobs
        self._factory = factory
        self._args = args
        self._local: Callable[[_In], _Out] | None = None
        self._pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> ChunkRunner[_In, _Out]:
        if self.jobs == 1:
            self._local = self._factory(*self._args)
        else:
            from concurrent.futures import ProcessPoolExecutor

            self._pool = ProcessPoolExecutor(self.jobs, initializer=_start_worker,
                                             initargs=(self._factory, self._args))
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def map(self, chunks: Iterable[_In]) -> Iterator[_Out]:
        """Each chunk's result, in order."""
        if self._local is not None:
            yield from map(self._local, chunks)
            return
        if self._pool is None:
            raise RuntimeError("ChunkRunner.map() outside its with block")
        pending: deque[Future[_Out]] = deque()
        for chunk in chunks:
            pending.append(self._pool.submit(_run_in_worker, chunk))
            if len(pending) >= 2 * self.jobs:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


def _chunks(items: Iterable[_In], size: int) -> Iterator[list[_In]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def normalise_many(
    records: Iterable[Any],
    style: str = "chicago",
    jobs: int | None = 1,
    *,
    field: str | None = None,
    modern: bool = False,
    strict: bool = False,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    cache_size: int = DEFAULT_CACHE_SIZE,
    **options: Any,
) -> Iterator[BulkResult]:
    """One :class:`BulkResult` per record, in input order, never raising for a record.

    Records are strings, UTF-8 bytes, or mappings whose ``field`` holds the text.
    ``jobs`` worker processes share the work (``None``: every core); ``strict`` makes a
    record with no reference in it an error. Options go to the style, as in
    :func:`archcite.normalise`.

    >>> rows = [{"note": "GARF, f. 9401, op. 1, d. 5"}, {"note": 42}]
    >>> [(r.text, r.error) for r in normalise_many(rows, "gost", field="note")]
    [('ГАРФ. Ф. 9401. Оп. 1. Д. 5.', None), ('', "field 'note' holds a int, not text")]
    """
    if chunk_size < 1:
        raise ValueError(f"chunk_size must be at least 1, got {chunk_size}")
    settings = _Settings(style, modern, strict, cache_size, tuple(sorted(options.items())))
    settings.normaliser()  # an unknown style or option fails here, before any record
    workers = cpu_count() if jobs is None else jobs
    return _normalise_many(records, settings, workers, field, chunk_size)


def _normalise_many(records: Iterable[Any], settings: _Settings, jobs: int,
                    field: str | None, chunk_size: int) -> Iterator[BulkResult]:
    index = 0
    kept: deque[list[Any]] = deque()

    def payloads() -> Iterator[list[str | bytes | _Invalid]]:
        # The records themselves stay here; only their text goes to the workers.
        for chunk in _chunks(records, chunk_size):
            kept.append(chunk)
            yield [_payload(record, field) for record in chunk]

    with ChunkRunner(_ChunkNormaliser, (settings,), jobs) as runner:
        for outcomes in runner.map(payloads()):
            for record, (text, references, error) in zip(kept.popleft(), outcomes, strict=True):
                yield BulkResult(index, text, [dict(r) for r in references], error, record)
                index += 1
