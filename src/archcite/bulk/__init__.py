"""Normalising many records at once: ordered, cached, on as many cores as asked.

>>> [r.text for r in normalise_many(["ЦХСД. Ф. 89. Оп. 2. Д. 5. Л. 13.", "no reference"])]
['TsKhSD, f. 89, op. 2, d. 5, l. 13.', 'no reference']
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import attrs

from ..model import ArchivalReference
from .normaliser import (
    CSV_COLUMNS,
    DEFAULT_CACHE_SIZE,
    ChunkNormaliser,
    Normaliser,
    NormaliserSettings,
    Reading,
    csv_columns,
    json_fields,
    payload,
)
from .runner import ChunkRunner, chunks, cpu_count

__all__ = [
    "CSV_COLUMNS",
    "BulkResult",
    "ChunkRunner",
    "Normaliser",
    "cpu_count",
    "normalise_many",
]

DEFAULT_CHUNK_SIZE = 1000


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


def normalise_many(
    records: Iterable[Any],
    style: str = "chicago",
    jobs: int | None = 1,
    *,
    field: str | None = None,
    modern: bool = False,
    strict: bool = False,
    carry_antecedent: bool = False,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    cache_size: int = DEFAULT_CACHE_SIZE,
    **options: Any,
) -> Iterator[BulkResult]:
    """One :class:`BulkResult` per record, in input order, never raising for a record.

    Records are strings, UTF-8 bytes, or mappings whose ``field`` holds the text.
    ``jobs`` worker processes share the work (``None``: every core; never more than
    there are cores, where they would only take turns); the results of the
    last ``cache_size`` distinct texts are remembered; ``strict`` makes a record with no
    reference in it an error. Options go to the style, as in :func:`archcite.normalise`.

    ``carry_antecedent`` is for records that follow one another, such as one footnote a
    line: a record that opens with an ibid form or a continuation (``Ibid., l. 15``,
    ``D. 6, l. 3``) has it completed from the last reference of the records before it,
    in its ``references`` (its text is written as it stands either way). Records run in
    order for this whatever ``jobs`` is: the workers read, and this process resolves.

    >>> notes = ["APRF, f. 3, op. 57, d. 73, l. 9.", "No reference.", "Ibid., l. 15."]
    >>> last = list(normalise_many(notes, carry_antecedent=True))[-1]
    >>> last.text, last.references[0]["delo"]
    ('Ibid., l. 15.', '73')

    >>> rows = [{"note": "GARF, f. 9401, op. 1, d. 5"}, {"note": 42}]
    >>> [(r.text, r.error) for r in normalise_many(rows, "gost", field="note")]
    [('ГАРФ. Ф. 9401. Оп. 1. Д. 5.', None), ('', "field 'note' holds a int, not text")]
    """
    if isinstance(records, (str, bytes, bytearray)):
        # Iterating a string gives its characters: one "record" each, surely not meant.
        raise TypeError(
            f"normalise_many() argument 'records' must be an iterable of records, "
            f"not a single {type(records).__name__}; wrap one record in a list"
        )
    if chunk_size < 1:
        raise ValueError(f"chunk_size must be at least 1, got {chunk_size}")
    settings = NormaliserSettings(style, modern, strict, tuple(sorted(options.items())))
    settings.normaliser()  # an unknown style or option fails here, before any record
    # More workers than cores only take turns: never start hundreds of processes.
    workers = cpu_count() if jobs is None else min(jobs, cpu_count())
    runner: ChunkRunner[Any, Any] = ChunkRunner(
        ChunkNormaliser, (settings, carry_antecedent), workers, cache_size
    )
    return _normalise_many(records, runner, field, chunk_size, carry_antecedent)


def _normalise_many(
    records: Iterable[Any],
    runner: ChunkRunner[Any, Any],
    field: str | None,
    chunk_size: int,
    carry: bool,
) -> Iterator[BulkResult]:
    # The records stay in this process; only the text to normalise goes to the workers.
    work = (
        (chunk, [payload(record, field) for record in chunk])
        for chunk in chunks(records, chunk_size)
    )
    index = 0
    antecedent: ArchivalReference | None = None
    with runner:
        for chunk, values in runner.map(work):
            for record, value in zip(chunk, values, strict=True):
                if carry:
                    # Resolved here, in order: a worker sees only its own chunk's records.
                    reading: Reading = value.resolved(antecedent)
                    if reading.matches:
                        antecedent = reading.matches[-1].resolved
                    value = reading.outcome()
                text, references, error = value
                yield BulkResult(index, text, [dict(r) for r in references], error, record)
                index += 1
