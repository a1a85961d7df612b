"""``archcite normalise``: text, JSON Lines or CSV in, the same format out, on every core.

The parent process reads the inputs in chunks, looks each record up among those it has
seen, and writes the output; only records not seen before go to the worker processes,
which decode, normalise and re-encode them, so what crosses between them is bytes.

    $ archcite normalise notes.txt --style gost
    $ archcite normalise shelfmarks.csv --column shelfmark -o normalised.csv --errors bad.jsonl
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import io
import json
import operator
import re
import sys
import time
from collections.abc import Callable, Generator, Iterator
from typing import IO, Any, Final, Literal

import attrs

from ..bulk.normaliser import (
    CSV_COLUMNS,
    DEFAULT_CACHE_SIZE,
    NormaliserSettings,
    Reading,
    Unreadable,
    csv_columns,
    decode,
    json_fields,
    payload,
)
from ..bulk.runner import ChunkRunner, cpu_count
from ..model import ArchivalReference, Match
from .command import EXIT_OK, EXIT_RECORD_ERRORS, UsageError, guarded
from .inputs import BOM, Inputs, split_ending
from .options import add_command, add_io_options, add_style_options
from .outputs import Output
from .report import Progress, Report, unknown_archive_warning

__all__ = ["add_normalise_command", "run_normalise"]

Format = Literal["text", "jsonl", "csv"]

_CHUNK_BYTES = 1 << 19  # about 5,000 short records: few round trips, little memory
_CHUNK_ROWS = 2_000
_SMALL_INPUT = 1 << 20  # below this, starting worker processes costs more than it saves
# The records the parent remembers. Exports repeat their shelfmarks with a long tail, and a
# record read again costs a hundred times one looked up; at about 500 bytes a record this
# is some 33 MB at most.
_RUNNER_CACHE = 1 << 16
_DELIMITERS = ",\t;|"
_UNDECODED = re.compile("[\udc80-\udcff]")  # where surrogateescape kept a bad byte


def add_normalise_command(subparsers: Any) -> argparse.ArgumentParser:
    """Add ``normalise`` (also spelt ``normalize``) to the ``archcite`` subcommands."""
    sub = add_command(
        subparsers,
        "normalise",
        "Rewrite every reference in one style: text lines, JSON Lines or CSV.",
        [
            "archcite normalise notes.txt --style gost",
            "archcite normalise export.csv --column shelfmark -o out.csv --errors bad.jsonl",
            "archcite normalise notes.jsonl --field note --jobs 4 > normalised.jsonl",
        ],
        aliases=["normalize"],
        details="Every record is kept, in order: one that cannot be read is reported "
        "(FILE:LINE, or in --errors) and written as it was. -o may name the input: it "
        "is then rewritten in place, replaced only when the run is complete.",
    )
    add_io_options(sub, quiet_help="no progress bar and no summary line")
    add_style_options(sub, "chicago")
    shape = sub.add_mutually_exclusive_group()
    shape.add_argument(
        "--field", metavar="NAME", help="read JSON Lines and normalise this field of each object"
    )
    shape.add_argument(
        "--column",
        metavar="NAME",
        help="read CSV or TSV (dialect sniffed) and normalise this column",
    )
    sub.add_argument("--delimiter", metavar="CHAR", help="CSV: the delimiter, if not sniffed")
    sub.add_argument(
        "--strict", action="store_true", help="a record with no reference in it is an error"
    )
    sub.add_argument(
        "--errors",
        metavar="FILE",
        help="write the failing records here (JSON Lines) instead of standard error",
    )
    sub.add_argument(
        "--warn-unknown",
        action="store_true",
        help="warn (FILE:LINE on standard error) of each reference to an archive "
        "the registry does not know",
    )
    sub.add_argument(
        "--carry-antecedent",
        action="store_true",
        help="records follow one another (one footnote a line): complete an ibid form "
        "or a continuation that opens a record from the last reference before it, in the "
        "fields --field and --column add (the text is written as it stands either way)",
    )
    sub.add_argument(
        "-j",
        "--jobs",
        type=_positive,
        metavar="N",
        help="worker processes, at most one per core (default: every core, one for inputs "
        "under 1 MB)",
    )
    sub.set_defaults(run=run_normalise)
    return sub


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, got {value!r}")
    return number


@attrs.frozen
class _CsvLayout:
    """How one CSV file is read and written: dialect, and where each column sits."""

    delimiter: str
    quotechar: str
    lineterminator: str
    column: int
    width: int  # of the input header
    out_width: int  # of the output header
    added: tuple[int, ...]  # where each of CSV_COLUMNS sits in an output row


@attrs.frozen
class _Chunk:
    """Some consecutive records of one input, as the parent keeps them.

    ``prefix`` is written before them (a CSV header, a newline between two files).
    """

    name: str
    first_line: int
    prefix: bytes
    lines: list[bytes] = attrs.field(factory=list)
    rows: list[tuple[int, list[str]]] = attrs.field(factory=list)
    layout: _CsvLayout | None = None


# What a worker gives back for one record: a plain tuple, read through the names below. Up
# to one in five records crosses between processes, and a named tuple costs a call of
# Python each way (its ``__new__`` on loading) where a tuple costs none: five times as long.
_Done = tuple[Any, int, "str | None", tuple[str, ...], tuple[Match, ...]]
# the line's bytes (or the values of the added CSV columns), the references found, the
# error; --warn-unknown: archives the registry does not know; --carry-antecedent: the
# matches, for the parent to resolve
_OUTPUT: Final = 0
_REFERENCES: Final = 1
_ERROR: Final = 2
_UNKNOWN: Final = 3
_MATCHES: Final = 4
_outputs = operator.itemgetter(_OUTPUT)
_references = operator.itemgetter(_REFERENCES)
_errors_of = operator.itemgetter(_ERROR)


def _as_it_was(raw: bytes, error: str | None = None) -> _Done:
    """A record given back as it came, with no reference and the error or none."""
    return raw, 0, error, (), ()


@attrs.frozen
class _Job:
    """What a worker needs: the format, the field to read, the settings, what to send back."""

    format: Format
    field: str | None
    settings: NormaliserSettings
    warn_unknown: bool = False
    carry: bool = False  # changes the added fields only: nothing to carry in plain text


class _Worker:
    """Normalises the distinct records of a chunk; one lives in each worker process."""

    def __init__(self, job: _Job) -> None:
        self._job = job
        # Whole lines are cached by the runner; inside JSON objects that differ (an id,
        # a page) the same note recurs, so JSON Lines cache the field's text here too.
        self._normalise = job.settings.normaliser(
            DEFAULT_CACHE_SIZE if job.format == "jsonl" else 0
        )
        one: dict[str, Callable[[Any], _Done]] = {
            "text": self._text,
            "jsonl": self._json,
            "csv": self._cell,
        }
        self._one = one[job.format]

    def __call__(self, keys: list[Any]) -> list[_Done]:
        return [self._one(key) for key in keys]

    def _done(self, output: Any, reading: Reading) -> _Done:
        return (
            output,
            len(reading.matches),
            reading.error,
            reading.unknown_archives() if self._job.warn_unknown else (),
            reading.matches if self._job.carry else (),
        )

    def _text(self, raw: bytes) -> _Done:
        """A text line normalised; an undecodable one as it was."""
        body, ending = split_ending(raw)
        text, error = decode(body)
        if error is not None:
            return _as_it_was(raw, error)
        reading = self._normalise.read(text)
        return self._done(raw if reading.error else reading.text.encode() + ending, reading)

    def _json(self, raw: bytes) -> _Done:
        """A JSON line with the fields added; an unreadable one as it was."""
        body, ending = split_ending(raw)
        text, error = decode(body)
        if error is not None:
            return _as_it_was(raw, error)
        if not text.strip():
            return _as_it_was(raw)
        try:
            record = json.loads(text)
        except ValueError as problem:
            return _as_it_was(raw, f"not JSON: {problem}")
        if not isinstance(record, dict):
            return _as_it_was(raw, f"not a JSON object but a {type(record).__name__}")
        reading = self._normalise.read_payload(payload(record, self._job.field))
        record.update(json_fields(reading.outcome()))
        return self._done(json.dumps(record, ensure_ascii=False).encode() + ending, reading)

    def _cell(self, cell: str | Unreadable) -> _Done:
        """The added columns for one CSV cell."""
        if isinstance(cell, Unreadable):
            reading = Reading(cell.text, (), cell.message)
        else:
            reading = self._normalise.read(cell)
        return self._done(_columns(reading), reading)


def _columns(reading: Reading) -> list[str]:
    """The values of the columns added to a CSV row, in order."""
    columns = csv_columns(reading.outcome())
    return [columns[name] for name in CSV_COLUMNS]


class _Carry:
    """Completes the records that open with a short form from the records before them.

    The workers see only their own chunks; the chunks come back here in order, so this
    is where the last reference of each record is known when the next one needs it.
    An input's first record has nothing before it.
    """

    def __init__(self, fmt: Format) -> None:
        self._format = fmt
        self._name: str | None = None
        self._antecedent: ArchivalReference | None = None

    def __call__(self, chunk: _Chunk, done: list[_Done]) -> list[_Done]:
        if chunk.name != self._name:
            self._name, self._antecedent = chunk.name, None
        carried = []
        for record in done:
            matches = record[_MATCHES]
            if matches:
                reading = Reading("", matches).resolved(self._antecedent)
                if reading.matches != matches:
                    record = (self._rewritten(record[_OUTPUT], reading), *record[1:])
                self._antecedent = reading.matches[-1].resolved
            carried.append(record)
        return carried

    def _rewritten(self, output: Any, reading: Reading) -> Any:
        """A record's output with the added fields of its resolved references."""
        references = [match.resolved.to_dict() for match in reading.matches]
        if self._format == "csv":
            values = list(output)
            text, error = values[0], values[-1] or None
            return _columns(attrs.evolve(reading, text=text, error=error))
        body, ending = split_ending(output)
        fields = json.loads(body)
        fields["archcite_references"] = references
        return json.dumps(fields, ensure_ascii=False).encode() + ending


_Pair = tuple[_Chunk, list[Any]]  # a chunk, and the keys its values are computed from


def _line_chunks(inputs: Inputs) -> Iterator[_Pair]:
    """Text and JSON Lines: chunks of raw lines; files run into each other by a newline.

    The output starts with a byte order mark where the first input did.
    """
    ended = True
    for index, source in enumerate(inputs.open()):
        number = 1
        prefix = b"" if ended else b"\n"
        if index == 0 and source.bom:
            prefix = BOM
        while lines := source.handle.readlines(_CHUNK_BYTES):
            yield _Chunk(source.name, number, prefix, lines=lines), lines
            prefix = b""
            number += len(lines)
            ended = lines[-1].endswith(b"\n")
        if prefix:  # an input that is only a byte order mark
            yield _Chunk(source.name, number, prefix), []


def _csv_dialects(inputs: Inputs, column: str, delimiter: str | None) -> list[_Dialect]:
    """The dialect of each CSV input, all checked to make one valid file, before any work.

    Each header must hold ``column``; and since the output has one header, every
    input must come to the same one, in the same delimiter and quote.
    """
    dialects: list[_Dialect] = []
    first: tuple[str, _Dialect, list[str]] | None = None
    for name, head in inputs.heads(1 << 16):
        sample = head.decode("utf-8", "surrogateescape")
        dialect = _sniff(sample, delimiter)
        dialects.append(dialect)
        reader = csv.reader(
            io.StringIO(sample, newline=""),
            delimiter=dialect.delimiter,
            quotechar=dialect.quotechar,
        )
        header = next(reader, None)
        if header is None:  # an empty file: nothing to write
            continue
        if column not in header:
            raise UsageError(f"{name}: no column {column!r} in the header: {', '.join(header)}")
        out_header = _out_header(header)
        if first is None:
            first = name, dialect, out_header
            continue
        first_name, first_dialect, first_header = first
        if out_header != first_header:
            differs = f"its header ({', '.join(header)}) is not that of {first_name}"
        elif (dialect.delimiter, dialect.quotechar) != (
            first_dialect.delimiter,
            first_dialect.quotechar,
        ):
            differs = (
                f"its delimiter and quote ({dialect.delimiter!r}, {dialect.quotechar!r}) are "
                f"not those of {first_name} ({first_dialect.delimiter!r}, "
                f"{first_dialect.quotechar!r})"
            )
        else:
            continue
        raise UsageError(
            f"{name}: {differs}; their rows cannot make one CSV file: normalise each on its own"
        )
    return dialects


def _out_header(header: list[str]) -> list[str]:
    """The output's header: the input's, with the added columns it lacks at the end."""
    return header + [added for added in CSV_COLUMNS if added not in header]


def _csv_chunks(inputs: Inputs, column: str, dialects: list[_Dialect]) -> Iterator[_Pair]:
    """CSV: chunks of parsed rows; each file's header goes first, unless it repeats."""
    header: list[str] | None = None
    for index, source in enumerate(inputs.open()):
        name, handle = source.name, source.handle
        if index == 0 and source.bom:
            yield _Chunk(name, 1, BOM), []
        text = io.TextIOWrapper(handle, encoding="utf-8", errors="surrogateescape", newline="")
        try:
            header = yield from _csv_file(name, text, dialects[index], column, header)
        finally:
            text.detach()  # the binary handle is closed by whoever opened it


def _csv_file(
    name: str,
    text: IO[str],
    dialect: _Dialect,
    column: str,
    written_header: list[str] | None,
) -> Generator[_Pair, None, list[str] | None]:
    """The chunks of one CSV file; returns the header written last."""
    reader = csv.reader(text, delimiter=dialect.delimiter, quotechar=dialect.quotechar)
    header = next(reader, None)
    if header is None:
        return written_header
    if column not in header:  # a header longer than the part checked
        raise UsageError(f"{name}: no column {column!r} in the header: {', '.join(header)}")
    out_header = _out_header(header)
    layout = _CsvLayout(
        dialect.delimiter,
        dialect.quotechar,
        dialect.lineterminator,
        header.index(column),
        len(header),
        len(out_header),
        tuple(out_header.index(added) for added in CSV_COLUMNS),
    )
    prefix = _csv_line(layout, out_header) if out_header != written_header else b""
    rows: list[tuple[int, list[str]]] = []
    keys: list[Any] = []
    size = 0
    line = first = reader.line_num + 1
    for row in reader:
        rows.append((line, row))
        keys.append(_cell_key(layout, row))
        size += sum(map(len, row))
        line = reader.line_num + 1
        if len(rows) >= _CHUNK_ROWS or size >= _CHUNK_BYTES:
            yield _Chunk(name, first, prefix, rows=rows, layout=layout), keys
            rows, keys, size, prefix, first = [], [], 0, b"", line
    if rows or prefix:
        yield _Chunk(name, first, prefix, rows=rows, layout=layout), keys
    return out_header


def _cell_key(layout: _CsvLayout, row: list[str]) -> str | Unreadable:
    """What to normalise in a row: the cell, or why the row cannot be read."""
    if not row:
        return ""
    cell = row[layout.column] if layout.column < len(row) else ""
    bad = _UNDECODED.search(layout.delimiter.join(row))
    if bad is not None:
        byte = ord(bad.group()) - 0xDC00
        return Unreadable(_readable(cell), f"not UTF-8: cannot decode byte 0x{byte:02x}")
    if len(row) > layout.width or layout.column >= len(row):
        return Unreadable(cell, f"row has {len(row)} fields, the header {layout.width}")
    return cell


def _readable(text: str) -> str:
    """``text`` with each undecodable byte kept by surrogateescape shown as U+FFFD."""
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _csv_line(layout: _CsvLayout, row: list[str]) -> bytes:
    buffer = io.StringIO()
    csv.writer(
        buffer,
        delimiter=layout.delimiter,
        quotechar=layout.quotechar,
        lineterminator=layout.lineterminator,
    ).writerow(row)
    return buffer.getvalue().encode("utf-8", "surrogateescape")


def _csv_output(chunk: _Chunk, done: list[_Done]) -> bytes:
    """The rows of a CSV chunk with the added columns filled in."""
    layout = chunk.layout
    assert layout is not None
    buffer = io.StringIO()
    writer = csv.writer(
        buffer,
        delimiter=layout.delimiter,
        quotechar=layout.quotechar,
        lineterminator=layout.lineterminator,
    )
    for (_, row), values in zip(chunk.rows, map(_outputs, done), strict=True):
        if not row:  # a blank line stays blank
            buffer.write(layout.lineterminator)
        elif len(row) > layout.width:  # ragged: the added columns would overwrite cells
            writer.writerow(row)
        else:
            written = row + [""] * (layout.out_width - len(row))
            for index, value in zip(layout.added, values, strict=True):
                written[index] = value
            writer.writerow(written)
    return buffer.getvalue().encode("utf-8", "surrogateescape")


def _errors(chunk: _Chunk, done: list[_Done]) -> Iterator[tuple[str, int, str, str]]:
    """Each failed record of a chunk: input, line number, message, the record as text."""
    for offset, error in enumerate(map(_errors_of, done)):
        if error is None:
            continue
        if chunk.layout is None:
            record = decode(split_ending(chunk.lines[offset])[0])[0]
        else:
            record = _readable(chunk.layout.delimiter.join(chunk.rows[offset][1]))
        yield chunk.name, _line(chunk, offset), error, record


def _line(chunk: _Chunk, offset: int) -> int:
    """The line number where the record at ``offset`` in a chunk starts."""
    return chunk.first_line + offset if chunk.layout is None else chunk.rows[offset][0]


def _warn_unknown(chunk: _Chunk, done: list[_Done], report: Report) -> None:
    for offset, result in enumerate(done):
        for archive in result[_UNKNOWN]:
            report.warn(chunk.name, _line(chunk, offset), unknown_archive_warning(archive))


@attrs.frozen
class _Dialect:
    delimiter: str
    quotechar: str
    lineterminator: str


def _sniff(sample: str, delimiter: str | None) -> _Dialect:
    """The delimiter and quote of a CSV sample, checked against its header line."""
    header = sample.split("\n", 1)[0]
    terminator = "\r\n" if header.endswith("\r") else "\n"
    if delimiter is not None:
        return _Dialect(delimiter, '"', terminator)
    quotechar = '"'
    found: str | None = None
    try:
        sniffed = csv.Sniffer().sniff(sample[: sample.rfind("\n") + 1] or sample, _DELIMITERS)
        found, quotechar = sniffed.delimiter, sniffed.quotechar or '"'
    except csv.Error:
        pass
    # The Sniffer counts delimiters in the rows, and a column of references is full of
    # ";" and ",": a header line is rarely so, so the header has the last word.
    if found is None or found not in header:
        counts = [(header.count(candidate), candidate) for candidate in _DELIMITERS]
        best = max(counts, key=lambda pair: pair[0])
        found = best[1] if best[0] else ","
    return _Dialect(found, quotechar, terminator)


def _options(args: argparse.Namespace) -> tuple[tuple[str, Any], ...]:
    options: dict[str, Any] = {}
    if args.transliteration:
        options["transliteration"] = args.transliteration
    return tuple(sorted(options.items()))


def _records_in(inputs: Inputs, fmt: Format) -> int | None:
    """How many records the inputs hold, where all are files: the progress bar's total."""
    lines = inputs.count_lines()
    if lines is None or fmt != "csv":
        return lines
    return lines - len(inputs.paths)  # the headers


def _run(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    fmt: Format = "jsonl" if args.field else "csv" if args.column else "text"
    inputs = Inputs(args.files)
    # -o may name an input: the file is rewritten in place, replaced once wholly read.
    target = Output(args.output, inputs, in_place=True)
    if args.errors == "-":
        raise UsageError(
            "--errors -: standard output is for the output; leave --errors out "
            "to report on standard error"
        )
    error_log = (
        Output(args.errors, inputs, in_place=False, option="--errors", others=[args.output])
        if args.errors
        else None
    )
    job = _Job(
        fmt,
        args.field,
        NormaliserSettings(args.style, args.modern, args.strict, _options(args)),
        warn_unknown=args.warn_unknown,
        carry=args.carry_antecedent and fmt != "text",
    )
    carry = _Carry(fmt) if job.carry else None
    try:
        job.settings.normaliser()
    except (ValueError, TypeError) as error:
        raise UsageError(str(error)) from None
    if fmt == "csv":
        csv.field_size_limit(sys.maxsize)  # a cell may hold a whole page of notes
    jobs = args.jobs
    if jobs is None:
        size = inputs.size()
        jobs = 1 if size is not None and size < _SMALL_INPUT else cpu_count()
    elif jobs > cpu_count():
        # More workers than cores only take turns, each costing a process and memory.
        if not args.quiet:
            print(
                f"archcite normalise: --jobs {jobs} is more than the {cpu_count()} cores "
                f"here; using {cpu_count()}",
                file=sys.stderr,
            )
        jobs = cpu_count()
    if fmt == "csv":
        dialects = _csv_dialects(inputs, args.column, args.delimiter)
        chunks = _csv_chunks(inputs, args.column, dialects)
    else:
        chunks = _line_chunks(inputs)
    records = references = 0
    with contextlib.ExitStack() as stack:
        out = stack.enter_context(target)
        log = stack.enter_context(error_log) if error_log is not None else None
        runner: ChunkRunner[Any, _Done] = stack.enter_context(
            ChunkRunner(_Worker, (job,), jobs, _RUNNER_CACHE)
        )
        progress = stack.enter_context(Progress(args.quiet, lambda: _records_in(inputs, fmt)))
        sink = Report(progress, log)
        for chunk, done in runner.map(chunks):
            if carry is not None:
                done = carry(chunk, done)
            out.write(chunk.prefix)
            if chunk.layout is None:
                out.write(b"".join(map(_outputs, done)))
            else:
                out.write(_csv_output(chunk, done))
            records += len(done)
            references += sum(map(_references, done))
            for failure in _errors(chunk, done):
                sink.error(*failure)
            if job.warn_unknown:
                _warn_unknown(chunk, done, sink)
            progress.update(len(done))
    seconds = time.perf_counter() - started
    if not args.quiet:
        rate = records / seconds if seconds else 0.0
        print(
            f"archcite normalise: {records:,} records, {references:,} references, "
            f"{sink.count:,} errors, {seconds:.1f} s ({rate:,.0f} records/s)",
            file=sys.stderr,
        )
    return EXIT_RECORD_ERRORS if sink.count else EXIT_OK


#: Run ``archcite normalise`` with parsed arguments; return the exit code.
run_normalise = guarded("normalise", _run)
