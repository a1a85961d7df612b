"""Normalising many records at once: ordered, cached, on as many cores as asked.

>>> [r.text for r in normalise_many(["ЦХСД. Ф. 89. Оп. 2. Д. 5. Л. 13.", "no reference"])]
['TsKhSD, f. 89, op. 2, d. 5, l. 13.', 'no reference']
"""

from __future__ import annotations

import functools
import os
import signal
from collections import OrderedDict, deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from itertools import islice
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import attrs

from .errors import ParseError
from .grammar.reference import parse
from .model import ArchivalReference
from .normalise import rewrite
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

    def payload(self, item: str | bytes | Unreadable) -> Outcome:
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


@attrs.frozen(eq=False)
class Unreadable:
    """A record that cannot be normalised, and why; it travels to the workers as is.

    Compared by identity, so that the cache never serves one for another.
    """

    text: str
    message: str


def _payload(record: object, field: str | None) -> str | bytes | Unreadable:
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
        return _payload(value, None) if isinstance(value, (str, bytes)) else Unreadable(
            "", f"field {field!r} holds a {type(value).__name__}, not text")
    return Unreadable("", f"record is a {type(record).__name__}, not text")


@attrs.frozen
class NormaliserSettings:
    """Everything a worker process needs to build its :class:`Normaliser`; picklable."""

    style: str
    modern: bool
    strict: bool
    options: tuple[tuple[str, Any], ...]

    def normaliser(self, cache_size: int = 0) -> Normaliser:
        return Normaliser(self.style, modern=self.modern, strict=self.strict,
                          cache_size=cache_size, **dict(self.options))


class _ChunkNormaliser:
    """Turns a list of payloads into outcomes; one lives in each worker process."""

    def __init__(self, settings: NormaliserSettings) -> None:
        # The runner's cache sits in front of this one: a second would only cost memory.
        self._normalise = settings.normaliser(cache_size=0)

    def __call__(self, payloads: list[str | bytes | Unreadable]) -> list[Outcome]:
        return [self._normalise.payload(item) for item in payloads]


_Key = TypeVar("_Key")
_Value = TypeVar("_Value")
_Meta = TypeVar("_Meta")

_worker: Callable[[Any], Any] | None = None


def _start_worker(factory: Callable[..., Callable[[Any], Any]], args: tuple[Any, ...]) -> None:
    global _worker
    # Ctrl-C is the parent's to handle: it stops feeding chunks and cleans up; a worker
    # dying of it mid-chunk would only add a second traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _worker = factory(*args)


def _run_in_worker(keys: Any) -> Any:
    assert _worker is not None, "worker not started"
    return _worker(keys)


class _Slot:
    """Where the value for one key will be, once its chunk comes back."""

    __slots__ = ("value",)

    def __init__(self) -> None:
        self.value: Any = None


class ChunkRunner(Generic[_Key, _Value]):
    """Maps ``factory(*args)`` over chunks of keys, remembering values, on ``jobs`` cores.

    Each chunk's keys not already known (the last ``cache_size`` of them, strings and
    bytes up to 2,000 long) go in one list to the function, in a worker process when
    ``jobs > 1``; a key in a chunk still in flight is not sent twice. Chunks come back
    in order, and only a few are in flight at once, so memory stays flat.

    >>> import operator
    >>> with ChunkRunner(operator.methodcaller, ("copy",), jobs=2) as run:
    ...     [values for meta, values in run.map([("a", ["x", "y"]), ("b", ["y"])])]
    [['x', 'y'], ['y']]
    """

    def __init__(self, factory: Callable[..., Callable[[list[_Key]], list[_Value]]],
                 args: tuple[Any, ...], jobs: int = 1,
                 cache_size: int = DEFAULT_CACHE_SIZE) -> None:
        if jobs < 1:
            raise ValueError(f"jobs must be at least 1, got {jobs}")
        self.jobs = jobs
        self.cache_size = cache_size
        self._factory = factory
        self._args = args
        self._local: Callable[[list[_Key]], list[_Value]] | None = None
        self._pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> ChunkRunner[_Key, _Value]:
        if self.jobs == 1:
            self._local = self._factory(*self._args)
        else:
            from concurrent.futures import ProcessPoolExecutor

            self._pool = ProcessPoolExecutor(self.jobs, initializer=_start_worker,
                                             initargs=(self._factory, self._args))
            # Start the workers now, before the caller starts threads of its own (a
            # progress bar's monitor): forking a process with other threads is unsafe.
            for started in [self._pool.submit(int) for _ in range(self.jobs)]:
                started.result()
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def map(self, chunks: Iterable[tuple[_Meta, Sequence[_Key]]]
            ) -> Iterator[tuple[_Meta, list[_Value]]]:
        """Each chunk's ``meta`` and the value for each of its keys, in order."""
        if self._local is None and self._pool is None:
            raise RuntimeError("ChunkRunner.map() outside its with block")
        cache: OrderedDict[Any, _Slot] = OrderedDict()
        waiting: deque[tuple[_Meta, list[_Slot], list[_Slot], Future[list[_Value]] | None]]
        waiting = deque()
        submitted = 0
        for meta, keys in chunks:
            slots, todo, todo_slots = self._look_up(cache, keys)
            future = None
            if todo and self._local is not None:
                for slot, value in zip(todo_slots, self._local(todo), strict=True):
                    slot.value = value
            elif todo and self._pool is not None:
                future = self._pool.submit(_run_in_worker, todo)
                submitted += 1
            waiting.append((meta, slots, todo_slots, future))
            # Wait once enough work is queued to keep every worker busy; chunks all
            # found in the cache cost nothing to hold, but a few hundred would.
            while waiting and (submitted >= 2 * self.jobs or len(waiting) >= 64
                               or waiting[0][3] is None):
                submitted -= waiting[0][3] is not None
                yield self._resolve(waiting.popleft())
        while waiting:
            yield self._resolve(waiting.popleft())

    def _look_up(self, cache: OrderedDict[Any, _Slot], keys: Sequence[_Key]
                 ) -> tuple[list[_Slot], list[_Key], list[_Slot]]:
        """The slot of every key, and the keys (with their new slots) to compute."""
        size = self.cache_size
        slots: list[_Slot] = []
        todo: list[_Key] = []
        todo_slots: list[_Slot] = []
        for key in keys:
            cacheable = size > 0 and isinstance(key, (str, bytes)) and (
                len(key) <= _CACHE_MAX_CHARS)
            slot = cache.get(key) if cacheable else None
            if slot is None:
                slot = _Slot()
                todo.append(key)
                todo_slots.append(slot)
                if cacheable:
                    cache[key] = slot
                    if len(cache) > size:
                        cache.popitem(last=False)
            else:
                cache.move_to_end(key)
            slots.append(slot)
        return slots, todo, todo_slots

    @staticmethod
    def _resolve(entry: tuple[_Meta, list[_Slot], list[_Slot], Future[list[_Value]] | None]
                 ) -> tuple[_Meta, list[_Value]]:
        meta, slots, todo_slots, future = entry
        if future is not None:
            for slot, value in zip(todo_slots, future.result(), strict=True):
                slot.value = value
        return meta, [slot.value for slot in slots]


def _chunks(items: Iterable[_Key], size: int) -> Iterator[list[_Key]]:
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
    ``jobs`` worker processes share the work (``None``: every core); the results of the
    last ``cache_size`` distinct texts are remembered; ``strict`` makes a record with no
    reference in it an error. Options go to the style, as in :func:`archcite.normalise`.

    >>> rows = [{"note": "GARF, f. 9401, op. 1, d. 5"}, {"note": 42}]
    >>> [(r.text, r.error) for r in normalise_many(rows, "gost", field="note")]
    [('ГАРФ. Ф. 9401. Оп. 1. Д. 5.', None), ('', "field 'note' holds a int, not text")]
    """
    if chunk_size < 1:
        raise ValueError(f"chunk_size must be at least 1, got {chunk_size}")
    settings = NormaliserSettings(style, modern, strict, tuple(sorted(options.items())))
    settings.normaliser()  # an unknown style or option fails here, before any record
    workers = cpu_count() if jobs is None else jobs
    runner = ChunkRunner(_ChunkNormaliser, (settings,), workers, cache_size)
    return _normalise_many(records, runner, field, chunk_size)


def _normalise_many(records: Iterable[Any], runner: ChunkRunner[Any, Outcome],
                    field: str | None, chunk_size: int) -> Iterator[BulkResult]:
    # The records stay in this process; only the text to normalise goes to the workers.
    chunks = ((chunk, [_payload(record, field) for record in chunk])
              for chunk in _chunks(records, chunk_size))
    index = 0
    with runner:
        for chunk, outcomes in runner.map(chunks):
            for record, (text, references, error) in zip(chunk, outcomes, strict=True):
                yield BulkResult(index, text, [dict(r) for r in references], error, record)
                index += 1
