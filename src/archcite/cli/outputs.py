"""Where a command writes: standard output, or a file replaced only when the run is whole.

Every target is checked before any work is done: a directory, a missing or read-only
folder, a read-only file, or a file that is one of the inputs (unless the command
rewrites its input in place) is refused with a message that names it. A file is written
under a temporary name beside it, ``.NAME.PID.XXXXXXXX.tmp``, and renamed over it at
the end, so an interrupted run leaves the earlier file as it was; a temporary file left
by a run that was killed (its process is gone) is removed by the next run to the same
target. A symbolic link is written through: the link stays, its target is replaced.
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
import sys
import tempfile
from collections.abc import Sequence
from types import TracebackType
from typing import BinaryIO

from .command import UsageError
from .inputs import Inputs

__all__ = ["Output", "same_file"]


def same_file(first: str, second: str) -> bool:
    """True where two paths name one file (through links, or spelt differently)."""
    try:
        return os.path.samefile(first, second)
    except OSError:
        return os.path.realpath(first) == os.path.realpath(second)


class Output:
    """A command's output: standard output for ``None`` or ``-``, else the file ``path``.

    Checked when made. ``in_place`` allows ``path`` to be an input: the command then
    rewrites it, record for record, and it is replaced only once wholly read. ``option``
    names the option in messages; ``others`` are outputs this one must not coincide with.
    """

    def __init__(
        self,
        path: str | None,
        inputs: Inputs,
        *,
        in_place: bool,
        option: str = "-o",
        others: Sequence[str | None] = (),
    ) -> None:
        self.path = None if path in (None, "-") else path
        self._inputs = inputs
        self._handle: BinaryIO | None = None
        self._temporary: str | None = None
        if self.path is None:
            _check_stdout(inputs)
            self.target = None
            return
        self.target = _check_target(self.path, option)
        for other in others:
            if other not in (None, "-") and same_file(self.path, other):
                raise UsageError(
                    f"{option} {self.path}: is also the output file; give each its own"
                )
        for input_path in inputs.files():
            if same_file(self.path, input_path) and not in_place:
                raise UsageError(f"{option} {self.path}: is an input file; it would be overwritten")

    @property
    def interactive(self) -> bool:
        """True when writing to a terminal, where each line should show as it is written."""
        return self.target is None and sys.stdout.isatty()

    def __enter__(self) -> BinaryIO:
        if self.target is None:
            return sys.stdout.buffer
        if not _is_regular_or_missing(self.target):  # /dev/null, a named pipe: write to it
            self._handle = open(self.target, "wb")  # closed in __exit__
            return self._handle
        directory, base = os.path.split(self.target)
        _remove_stale(directory, base, self._inputs)
        descriptor, self._temporary = tempfile.mkstemp(
            prefix=f".{base}.{os.getpid()}.", suffix=".tmp", dir=directory
        )
        self._handle = os.fdopen(descriptor, "wb", buffering=1 << 20)
        return self._handle

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if self._handle is None:
            if kind is None:  # after a failure, a second one from the flush would hide it
                sys.stdout.flush()
                sys.stdout.buffer.flush()
            return
        temporary, self._temporary = self._temporary, None
        try:
            if kind is None and temporary is not None:
                self._handle.flush()
                os.fsync(self._handle.fileno())
            self._handle.close()
            if kind is None and temporary is not None and self.target is not None:
                os.chmod(temporary, _mode_for(self.target))
                os.replace(temporary, self.target)
        finally:
            self._handle = None
            if temporary is not None and os.path.exists(temporary):
                os.unlink(temporary)


def _check_stdout(inputs: Inputs) -> None:
    """Refuse to run with standard output redirected onto an input (``> in.txt``, ``>>``)."""
    try:
        out = os.fstat(sys.stdout.fileno())
    except (OSError, AttributeError, ValueError):  # no real file behind it (a test, a GUI)
        return
    if not stat.S_ISREG(out.st_mode):
        return
    for path in inputs.files():
        try:
            held = os.stat(path)
        except OSError:
            continue
        if (held.st_dev, held.st_ino) == (out.st_dev, out.st_ino):
            raise UsageError(
                f"standard output is {path}, an input file; write elsewhere, or use -o {path}"
                " where the command can rewrite it in place"
            )


def _check_target(path: str, option: str) -> str:
    """The file to write for ``path`` (a link's target), or UsageError saying why not."""
    if os.path.isdir(path):
        raise UsageError(f"{option} {path}: is a directory; name a file to write")
    if os.path.exists(path) and not os.path.isfile(path):
        return path  # /dev/null, a pipe: written to as it is
    target = os.path.realpath(path)
    directory = os.path.dirname(target)
    if not os.path.isdir(directory):
        raise UsageError(f"{option} {path}: no such directory: {directory}")
    if not os.access(directory, os.W_OK | os.X_OK):
        raise UsageError(f"{option} {path}: cannot write in {directory}: permission denied")
    if os.path.exists(target):
        mode = os.stat(target).st_mode
        # Renaming over a read-only file would succeed, and defeat what read-only means.
        if not mode & 0o222 or not os.access(target, os.W_OK):
            raise UsageError(f"{option} {path}: is read-only; not replacing it")
    return target


def _is_regular_or_missing(path: str) -> bool:
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except FileNotFoundError:
        return True


def _mode_for(path: str) -> int:
    """The target's mode if it exists, else what a new file would get."""
    try:
        return os.stat(path).st_mode & 0o7777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _remove_stale(directory: str, base: str, inputs: Inputs) -> None:
    """Remove the temporary files for ``base`` that runs now dead left behind.

    Only names of the form this module gives, of a process that no longer exists, and
    never an input, whatever its name.
    """
    if os.name != "posix":  # os.kill(pid, 0) is not a harmless probe everywhere
        return
    pattern = re.compile(rf"\.{re.escape(base)}\.(\d+)\.[a-z0-9_]{{8}}\.tmp")
    try:
        names = os.listdir(directory)
    except OSError:
        return
    for name in names:
        found = pattern.fullmatch(name)
        if found is None or _alive(int(found.group(1))):
            continue
        path = os.path.join(directory, name)
        if not os.path.isfile(path) or os.path.islink(path):
            continue
        if any(same_file(path, held) for held in inputs.files()):
            continue
        with contextlib.suppress(OSError):
            os.unlink(path)


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # PermissionError: it exists, and belongs to someone else
        return True
    return True
