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
import os
import re
import signal
import sys
import tempfile
import time
from collections.abc import Callable, Generator, Iterator, Sequence
from types import FrameType, TracebackType
from typing import IO, Any, BinaryIO, Literal

import attrs

from ..bulk.normaliser import (
    CSV_COLUMNS,
    DEFAULT_CACHE_SIZE,
    NormaliserSettings,
    Outcome,
    Unreadable,
    csv_columns,
    decode,
    json_fields,
)
from ..bulk.runner import ChunkRunner, cpu_count
from ..styles import style_names

__all__ = ["add_normalise_command", "run_normalise"]

EXIT_OK, EXIT_RECORD_ERRORS, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130

Format = Literal["text", "jsonl", "csv"]

_CHUNK_BYTES = 1 << 17  # about 2,000 short records: few round trips, little memory
_CHUNK_ROWS = 2_000
_SMALL_INPUT = 1 << 20  # below this, starting worker processes costs more than it saves
_DELIMITERS = ",\t;|"
_UNDECODED = re.compile("[\udc80-\udcff]")  # where surrogateescape kept a bad byte


class UsageError(Exception):
    """The command cannot run as asked (exit code 2)."""


def add_normalise_command(subparsers: Any) -> argparse.ArgumentParser:
    """Add ``normalise`` to the subparsers of the ``archcite`` command line."""
    help_text = "Rewrite every reference in one style: text lines, JSON Lines or CSV."
    sub: argparse.ArgumentParser = subparsers.add_parser(
        "normalise",
        help=help_text,
        description=help_text + " Exit code 0 when every record "
        "was read, 1 when some had errors (reported, kept in the output), 2 for a usage error.",
    )
    sub.add_argument("files", nargs="*", metavar="FILE", help="input files, or - for stdin")
    sub.add_argument(
        "--style",
        default="chicago",
        choices=style_names(),
        help="citation style (default: chicago)",
    )
    sub.add_argument(
        "--modern",
        action="store_true",
        help="name archives by today's name, the cited one in brackets",
    )
    sub.add_argument(
        "--transliteration",
        metavar="SYSTEM",
        help="for Latin styles: ala-lc (default), bgn, iso9, din1460",
    )
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
        "-o", "--output", metavar="FILE", help="write here, atomically, instead of standard output"
    )
    sub.add_argument(
        "--errors",
        metavar="FILE",
        help="write the failing records here (JSON Lines) instead of stderr",
    )
    sub.add_argument(
        "-j",
        "--jobs",
        type=_positive,
        metavar="N",
        help="worker processes (default: every core, one for small inputs)",
    )
    sub.add_argument(
        "-q", "--quiet", action="store_true", help="no progress bar and no summary line"
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


#: What a worker gives back for one record: the output (line bytes, or the values of
#: the added CSV columns), how many references, and the error or None.
_Done = tuple[Any, int, str | None]


@attrs.frozen
class _Job:
    """What a worker needs: the format, the field to read, and the normaliser's settings."""

    format: Format
    field: str | None
    settings: NormaliserSettings


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

    def _text(self, raw: bytes) -> _Done:
        """A text line normalised; an undecodable one as it was."""
        body, ending = _split_ending(raw)
        text, error = decode(body)
        if error is not None:
            return raw, 0, error
        new, references, error = self._normalise(text)
        return (raw if error else new.encode() + ending), len(references), error

    def _json(self, raw: bytes) -> _Done:
        """A JSON line with the fields added; an unreadable one as it was."""
        body, ending = _split_ending(raw)
        text, error = decode(body)
        if error is not None:
            return raw, 0, error
        if not text.strip():
            return raw, 0, None
        try:
            record = json.loads(text)
        except ValueError as problem:
            return raw, 0, f"not JSON: {problem}"
        if not isinstance(record, dict):
            return raw, 0, f"not a JSON object but a {type(record).__name__}"
        outcome = self._normalise.record(record, self._job.field)
        record.update(json_fields(outcome))
        return json.dumps(record, ensure_ascii=False).encode() + ending, len(outcome[1]), outcome[2]

    def _cell(self, cell: str | Unreadable) -> _Done:
        """The added columns for one CSV cell."""
        if isinstance(cell, Unreadable):
            outcome: Outcome = (cell.text, (), cell.message)
        else:
            outcome = self._normalise(cell)
        columns = csv_columns(outcome)
        return [columns[name] for name in CSV_COLUMNS], len(outcome[1]), outcome[2]


def _split_ending(raw: bytes) -> tuple[bytes, bytes]:
    if raw.endswith(b"\r\n"):
        return raw[:-2], b"\r\n"
    if raw.endswith(b"\n"):
        return raw[:-1], b"\n"
    return raw, b""


class _Inputs:
    """Opens each input in binary, standard input for ``-``."""

    def __init__(self, paths: Sequence[str]) -> None:
        self.paths = list(paths) or ["-"]
        for path in self.paths:
            if path != "-" and not os.path.isfile(path):
                raise UsageError(
                    f"{path}: " + ("not a file" if os.path.exists(path) else "no such file")
                )

    def open(self) -> Iterator[tuple[str, BinaryIO]]:
        for path in self.paths:
            if path == "-":
                yield "<stdin>", sys.stdin.buffer
            else:
                with open(path, "rb", buffering=1 << 16) as handle:
                    yield path, handle

    def size(self) -> int | None:
        """Total bytes, when every input is a file."""
        if "-" in self.paths:
            return None
        return sum(os.path.getsize(path) for path in self.paths)

    def count_lines(self) -> int | None:
        """Lines in all inputs, when every input is a file: the progress bar's total."""
        if "-" in self.paths:
            return None
        total = 0
        for path in self.paths:
            with open(path, "rb") as handle:
                last = b"\n"
                while block := handle.read(1 << 20):
                    total += block.count(b"\n")
                    last = block[-1:]
                total += last != b"\n"
        return total


_Pair = tuple[_Chunk, list[Any]]  # a chunk, and the keys its values are computed from


def _line_chunks(inputs: _Inputs) -> Iterator[_Pair]:
    """Text and JSON Lines: chunks of raw lines; files run into each other by a newline."""
    ended = True
    for name, handle in inputs.open():
        number = 1
        prefix = b"" if ended else b"\n"
        while lines := handle.readlines(_CHUNK_BYTES):
            yield _Chunk(name, number, prefix, lines=lines), lines
            prefix = b""
            number += len(lines)
            ended = lines[-1].endswith(b"\n")


def _csv_chunks(inputs: _Inputs, column: str, delimiter: str | None) -> Iterator[_Pair]:
    """CSV: chunks of parsed rows; each file's header goes first, unless it repeats."""
    header: list[str] | None = None
    for name, handle in inputs.open():
        sample = handle.peek(1 << 16)[: 1 << 16] if hasattr(handle, "peek") else b""
        text = io.TextIOWrapper(handle, encoding="utf-8", errors="surrogateescape", newline="")
        try:
            header = yield from _csv_file(name, text, sample, column, delimiter, header)
        finally:
            text.detach()  # the binary handle is closed by whoever opened it


def _csv_file(
    name: str,
    text: IO[str],
    sample: bytes,
    column: str,
    delimiter: str | None,
    written_header: list[str] | None,
) -> Generator[_Pair, None, list[str] | None]:
    """The chunks of one CSV file; returns the header written last."""
    dialect = _sniff(sample.decode("utf-8", "surrogateescape"), delimiter)
    reader = csv.reader(text, delimiter=dialect.delimiter, quotechar=dialect.quotechar)
    header = next(reader, None)
    if header is None:
        return written_header
    if column not in header:
        raise UsageError(f"{name}: no column {column!r} in the header: {', '.join(header)}")
    out_header = header + [added for added in CSV_COLUMNS if added not in header]
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
    for (_, row), (values, _, _) in zip(chunk.rows, done, strict=True):
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
    for offset, (_, _, error) in enumerate(done):
        if error is None:
            continue
        if chunk.layout is None:
            line, record = (
                chunk.first_line + offset,
                decode(_split_ending(chunk.lines[offset])[0])[0],
            )
        else:
            line, row = chunk.rows[offset]
            record = _readable(chunk.layout.delimiter.join(row))
        yield chunk.name, line, error, record


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


class _AtomicFile:
    """A file written under a temporary name in its directory, renamed when complete."""

    def __init__(self, path: str) -> None:
        self.path = path

    def __enter__(self) -> BinaryIO:
        directory, base = os.path.split(os.path.abspath(self.path))
        descriptor, self._temporary = tempfile.mkstemp(
            prefix=f".{base}.", suffix=".tmp", dir=directory
        )
        self._handle: BinaryIO = os.fdopen(descriptor, "wb", buffering=1 << 20)
        return self._handle

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        try:
            if kind is None:
                self._handle.flush()
                os.fsync(self._handle.fileno())
            self._handle.close()
            if kind is None:
                os.chmod(self._temporary, _mode_for(self.path))
                os.replace(self._temporary, self.path)
        finally:
            if os.path.exists(self._temporary):
                os.unlink(self._temporary)


def _mode_for(path: str) -> int:
    """The target's mode if it exists, else what a new file would get."""
    try:
        return os.stat(path).st_mode & 0o7777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


class _Stdout:
    def __enter__(self) -> BinaryIO:
        return sys.stdout.buffer

    def __exit__(self, *exc_info: object) -> None:
        sys.stdout.buffer.flush()


def _print_error(message: str) -> None:
    print(message, file=sys.stderr)


class _ErrorSink:
    """Where failing records go: a JSON Lines file, or one line each on stderr."""

    def __init__(self, handle: BinaryIO | None) -> None:
        self._handle = handle
        self.count = 0
        self.say: Callable[[str], None] = _print_error

    def write(self, name: str, line: int, message: str, record: str) -> None:
        self.count += 1
        if self._handle is None:
            self.say(f"{name}:{line}: {message}")
            return
        entry = {"file": name, "line": line, "error": message, "record": record}
        self._handle.write(json.dumps(entry, ensure_ascii=False).encode() + b"\n")


class _Progress:
    """A tqdm bar on a terminal, nothing otherwise."""

    def __init__(self, show: bool, total: int | None) -> None:
        self._bar: Any = None
        if show:
            from tqdm import tqdm

            self._bar = tqdm(
                total=total,
                unit=" records",
                unit_scale=True,
                file=sys.stderr,
                dynamic_ncols=True,
                mininterval=0.25,
                smoothing=0.1,
            )

    def say(self, message: str) -> None:
        """A line on stderr that leaves the bar whole."""
        if self._bar is None:
            _print_error(message)
        else:
            self._bar.write(message, file=sys.stderr)

    def update(self, records: int) -> None:
        if self._bar is not None:
            self._bar.update(records)

    def __enter__(self) -> _Progress:
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self._bar is not None:
            self._bar.close()


def _stderr_is_terminal() -> bool:
    return sys.stderr.isatty()


def _options(args: argparse.Namespace) -> tuple[tuple[str, Any], ...]:
    options: dict[str, Any] = {}
    if args.transliteration:
        options["transliteration"] = args.transliteration
    return tuple(sorted(options.items()))


def run_normalise(args: argparse.Namespace) -> int:
    """Run ``archcite normalise`` with parsed arguments; return the exit code."""
    started = time.perf_counter()
    previous = _on_sigterm_exit()
    try:
        return _run(args, started)
    except UsageError as error:
        print(f"archcite normalise: {error}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("archcite normalise: interrupted; no output file written", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader went away (| head): stop quietly, and keep Python from failing
        # again when it flushes stdout at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


def _on_sigterm_exit() -> Any:
    """Turn SIGTERM into SystemExit so the temporary output is removed on the way out."""

    def stop(signum: int, frame: FrameType | None) -> None:
        raise SystemExit(128 + signum)

    try:
        return signal.signal(signal.SIGTERM, stop)
    except ValueError:  # not the main thread: leave signals alone
        return None


def _same_file(first: str, second: str) -> bool:
    """True where two paths name one file (through links, or spelt differently)."""
    try:
        return os.path.samefile(first, second)
    except OSError:
        return os.path.realpath(first) == os.path.realpath(second)


def _check_targets(inputs: _Inputs, output: str | None, errors: str | None) -> None:
    """Refuse a run that would write over an input or over its own output.

    ``-o`` may name an input (the file is rewritten in place, atomically); the error
    log may not, and it may not share a file with the output.
    """
    if errors is None:
        return
    for path in inputs.paths:
        if path != "-" and _same_file(errors, path):
            raise UsageError(f"--errors {errors}: is an input file; it would be overwritten")
    if output is not None and output != "-" and _same_file(errors, output):
        raise UsageError(f"--errors {errors}: is also the output file; give each its own")


def _run(args: argparse.Namespace, started: float) -> int:
    fmt: Format = "jsonl" if args.field else "csv" if args.column else "text"
    inputs = _Inputs(args.files)
    _check_targets(inputs, args.output, args.errors)
    job = _Job(
        fmt, args.field, NormaliserSettings(args.style, args.modern, args.strict, _options(args))
    )
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
    show = not args.quiet and _stderr_is_terminal()
    chunks = (
        _csv_chunks(inputs, args.column, args.delimiter) if fmt == "csv" else _line_chunks(inputs)
    )
    records = references = 0
    with contextlib.ExitStack() as stack:
        out = stack.enter_context(_AtomicFile(args.output) if args.output else _Stdout())
        sink = _ErrorSink(stack.enter_context(_AtomicFile(args.errors)) if args.errors else None)
        runner: ChunkRunner[Any, _Done] = stack.enter_context(ChunkRunner(_Worker, (job,), jobs))
        total = inputs.count_lines() if show else None
        if total is not None and fmt == "csv":
            total -= len(inputs.paths)  # the headers
        progress = stack.enter_context(_Progress(show, total))
        sink.say = progress.say
        for chunk, done in runner.map(chunks):
            out.write(chunk.prefix)
            if chunk.layout is None:
                out.write(b"".join([output for output, _, _ in done]))
            else:
                out.write(_csv_output(chunk, done))
            records += len(done)
            references += sum([found for _, found, _ in done])
            for failure in _errors(chunk, done):
                sink.write(*failure)
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
