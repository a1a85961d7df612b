"""How every command opens what it reads: files or ``-``, checked first, BOM stripped.

All inputs are checked before any work is done, so ``archcite parse good.txt missing.txt``
fails at once and writes nothing. Each is read as bytes; a UTF-8 byte order mark at the
start is dropped, and a line that is not UTF-8 is reported with its number and kept.

>>> import tempfile, os
>>> path = os.path.join(tempfile.mkdtemp(), "refs.txt")
>>> with open(path, "wb") as handle:
...     _ = handle.write(b"\\xef\\xbb\\xbfF. 89, Op. 2\\nbad \\xff\\n")
>>> [(line.number, line.text, line.error) for line in Inputs([path]).lines()]
[(1, 'F. 89, Op. 2', None), (2, 'bad \\ufffd', 'not UTF-8: cannot decode byte 0xff at offset 4')]
"""

from __future__ import annotations

import io
import os
import stat
import sys
from collections.abc import Iterator, Sequence
from typing import BinaryIO

import attrs

from ..bulk.normaliser import decode
from .command import UsageError

__all__ = ["BOM", "STDIN", "Inputs", "Line", "Source", "Text", "decode_text", "split_ending"]

BOM = b"\xef\xbb\xbf"
STDIN = "<stdin>"  # how standard input is named in messages


@attrs.frozen
class Source:
    """One input, open: its name in messages, the bytes after any BOM, and whether it had one."""

    name: str
    handle: BinaryIO
    bom: bool


@attrs.frozen
class Line:
    """One line of an input: ``raw`` bytes and ``ending`` as read, ``text`` decoded.

    Where the line is not UTF-8, ``error`` says so and ``text`` has U+FFFD for each bad byte.
    """

    name: str
    number: int
    raw: bytes
    ending: bytes
    text: str
    error: str | None


@attrs.frozen
class Text:
    """A whole input decoded, and ``(line, message)`` for each line that is not UTF-8."""

    name: str
    text: str
    errors: tuple[tuple[int, str], ...]


class Inputs:
    """The inputs of a command, every one checked to be readable when this is made.

    ``-`` (also the default, when no path is given) is standard input. Pipes and other
    special files (``<(zcat notes.gz)``) are opened once and read as they come; only
    regular files are opened more than once (to check them, to count their lines for a
    progress bar, to look at a CSV header).
    """

    def __init__(self, paths: Sequence[str]) -> None:
        self.paths = list(paths) or ["-"]
        for path in self.paths:
            if path != "-":
                _check_readable(path)
        self._stdin: Source | None = None
        # Pipes whose first bytes were looked at: they cannot be opened a second time.
        self._held: dict[str, tuple[Source, BinaryIO]] = {}  # and the file to close

    def files(self) -> list[str]:
        """The inputs that are paths, standard input left out."""
        return [path for path in self.paths if path != "-"]

    def open(self) -> Iterator[Source]:
        """Each input in turn, open for binary reading past its BOM."""
        for path in self.paths:
            if path == "-":
                yield self.stdin()
            elif path in self._held:
                held, opened = self._held.pop(path)
                with opened:
                    yield held
            else:
                with open(path, "rb", buffering=1 << 16) as handle:
                    yield _past_bom(path, handle)

    def stdin(self) -> Source:
        """Standard input, opened once: its first bytes may be looked at before it is read."""
        if self._stdin is None:
            stream = getattr(sys.stdin, "buffer", None)
            if stream is None:  # replaced by a text stream, as some hosts and tests do
                stream = io.BytesIO(sys.stdin.read().encode("utf-8", "surrogateescape"))
            self._stdin = _past_bom(STDIN, stream)
        return self._stdin

    def heads(self, size: int) -> Iterator[tuple[str, bytes]]:
        """The name and first bytes (past any BOM) of each input, left in it to be read.

        Up to ``size`` bytes of a file; of a pipe, what came first, at least its first
        line (or ``size`` bytes).
        """
        for path in self.paths:
            if path != "-" and os.path.isfile(path):
                with open(path, "rb") as handle:
                    yield path, _past_bom(path, handle).handle.read(size)
                continue
            if path == "-":
                source, opened = self.stdin(), None
            elif path in self._held:
                source, opened = self._held[path]
            else:
                opened = open(path, "rb")  # noqa: SIM115 - closed when read, in open()
                source = _past_bom(path, opened)
            head = b""
            while len(head) < size and b"\n" not in head and (more := _read1(source, size)):
                head += more
            # Put the bytes back in front of what is still to come.
            source = attrs.evolve(source, handle=_prefixed(head, source.handle))
            if opened is None:
                self._stdin = source
            else:
                self._held[path] = (source, opened)
            yield source.name, head

    def lines(self) -> Iterator[Line]:
        """Every line of every input, in order, decoded; one that is not UTF-8 says so."""
        for source in self.open():
            for number, raw in enumerate(source.handle, start=1):
                body, ending = split_ending(raw)
                text, error = decode(body)
                yield Line(source.name, number, body, ending, text, error)

    def texts(self) -> Iterator[Text]:
        """Each input read whole and decoded, with the lines that are not UTF-8."""
        for source in self.open():
            text, errors = decode_text(source.handle.read())
            yield Text(source.name, text, errors)

    def regular(self) -> bool:
        """True when every input is a regular file, whose size is known before reading."""
        return all(path != "-" and os.path.isfile(path) for path in self.paths)

    def size(self) -> int | None:
        """Total bytes, when every input is a regular file."""
        if not self.regular():
            return None
        return sum(os.path.getsize(path) for path in self.paths)

    def count_lines(self) -> int | None:
        """Lines in all inputs, when every input is a regular file: a progress bar's total."""
        if not self.regular():
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


def _check_readable(path: str) -> None:
    """Refuse, naming ``path``, an input that is missing, a directory, or unreadable."""
    try:
        status = os.stat(path)
    except FileNotFoundError:
        raise UsageError(f"{path}: no such file") from None
    except OSError as error:
        raise UsageError(f"{path}: {_reason(error)}") from None
    if stat.S_ISDIR(status.st_mode):
        raise UsageError(f"{path}: is a directory; name the files in it, e.g. {path}/*.txt")
    if not stat.S_ISREG(status.st_mode):
        # A pipe or a device: opening it here could take data meant for the real read.
        if not os.access(path, os.R_OK):
            raise UsageError(f"{path}: permission denied")
        return
    try:
        with open(path, "rb"):
            pass
    except OSError as error:
        raise UsageError(f"{path}: cannot be read: {_reason(error)}") from None


def _reason(error: OSError) -> str:
    return (error.strerror or str(error)).lower()


def _past_bom(name: str, handle: BinaryIO) -> Source:
    """``handle`` with a UTF-8 byte order mark at its start skipped."""
    if handle.seekable():
        start = handle.tell()
        if handle.read(3) == BOM:
            return Source(name, handle, True)
        handle.seek(start)
        return Source(name, handle, False)
    head = b""
    while len(head) < 3 and (more := handle.read(3 - len(head))):
        head += more
    if head == BOM:
        return Source(name, handle, True)
    return Source(name, _prefixed(head, handle), False)


def _prefixed(head: bytes, handle: BinaryIO) -> BinaryIO:
    """A stream that gives ``head`` and then the rest of ``handle``."""
    return io.BufferedReader(_Prefixed(head, handle), 1 << 16)


def _read1(source: Source, size: int) -> bytes:
    read1 = getattr(source.handle, "read1", None)
    data: bytes = read1(size) if read1 is not None else source.handle.read(size)
    return data


class _Prefixed(io.RawIOBase):
    """A stream that gives ``prefix`` first, then what ``rest`` gives: bytes put back."""

    def __init__(self, prefix: bytes, rest: BinaryIO) -> None:
        super().__init__()
        self._prefix = prefix
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        view = memoryview(buffer).cast("B")
        if self._prefix:
            count = min(len(view), len(self._prefix))
            view[:count] = self._prefix[:count]
            self._prefix = self._prefix[count:]
            return count
        read1 = getattr(self._rest, "read1", None)
        data = read1(len(view)) if read1 is not None else self._rest.read(len(view))
        view[: len(data)] = data
        return len(data)


def split_ending(raw: bytes) -> tuple[bytes, bytes]:
    """A line's bytes and its ending: ``b"\\r\\n"``, ``b"\\n"`` or none."""
    if raw.endswith(b"\r\n"):
        return raw[:-2], b"\r\n"
    if raw.endswith(b"\n"):
        return raw[:-1], b"\n"
    return raw, b""


def decode_text(data: bytes) -> tuple[str, tuple[tuple[int, str], ...]]:
    """``data`` as text, U+FFFD for each bad byte, and ``(line, message)`` for each bad line.

    >>> decode_text(b"ok\\nbad \\xff\\n")
    ('ok\\nbad \\ufffd\\n', ((2, 'not UTF-8: cannot decode byte 0xff at offset 4'),))
    """
    try:
        return data.decode("utf-8"), ()
    except UnicodeDecodeError:
        pass
    # A newline byte is never inside a UTF-8 sequence, so lines can be decoded one by one.
    pieces, errors = [], []
    for number, line in enumerate(data.split(b"\n"), start=1):
        text, error = decode(line)
        pieces.append(text)
        if error is not None:
            errors.append((number, error))
    return "\n".join(pieces), tuple(errors)
