"""Compiled regular expressions kept between runs, as Python keeps compiled bytecode.

Python compiles a regular expression in Python code, a few microseconds a character,
and the reading's patterns run to some 200,000 characters: compiling them was three
quarters of ``import archcite`` (0.75 s of 1.0 s), paid by every command before it
reads a line. What the compiler makes is a list of numbers, which the engine takes as
it is and checks before use. :func:`compiled` keeps those lists in one file in the
user's cache directory (:func:`default_path`; ``ARCHCITE_CACHE_DIR`` moves it, or set
empty turns it off) and builds the pattern from the file on the next start, in
microseconds: as Python keeps bytecode, but apart from the package, which may be
read-only or kept free of bytecode (``PYTHONDONTWRITEBYTECODE``).

The file's name holds the interpreter and its release and the engine's version, so
another Python never reads it; an entry is found only by the whole pattern and its
flags, so a changed pattern is compiled afresh; the file is written (whole, then renamed
into place) when the process exits, and only if it learnt a pattern. Anything amiss (no
file, a damaged one, a directory it cannot write, an engine that refuses the code,
another Python's internals) means the pattern is compiled by :func:`re.compile` as it
would have been.

>>> compiled(r"[Ff]\\. (\\d+)").match("F. 89")[1]
'89'
"""

from __future__ import annotations

import atexit
import contextlib
import marshal
import os
import re
import sys
import zlib
from array import array
from pathlib import Path

__all__ = ["PatternStore", "compiled", "default_path"]

# (flags, the code as array("I") bytes compressed, groups, name to group, group to
# name): the code compresses to a sixteenth, so the file is small and so is what it holds
_Entry = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]
_Key = tuple[str, int]

try:  # the engine and compiler behind re.compile, in CPython 3.11 and later
    import _sre  # type: ignore[import-not-found]
    from re import _compiler, _parser  # type: ignore[attr-defined]

    # The interpreter to its patch release (a fix to the compiler need not change the
    # engine's version), and the engine's version and word size.
    _ENGINE: str | None = (
        f"{sys.implementation.cache_tag}-{sys.version.split()[0]}-{_sre.MAGIC}-{_sre.CODESIZE}"
    )
except (ImportError, AttributeError):  # pragma: no cover - another implementation
    _ENGINE = None

# Past half again as many entries as the process writing it asked for, a file is rewritten
# with only the patterns that process used: a new release's patterns, or a developer's
# edits, would otherwise leave the old versions in it, and every process holds what it
# reads (some 4 MB a version, in each worker of a bulk run).
_MOST_TIMES_ASKED = 1.5


class PatternStore:
    """Compiled patterns read from, and written back to, one file."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._stored: dict[_Key, _Entry] | None = None  # read, not yet asked for
        self._patterns: dict[_Key, re.Pattern[str]] = {}  # asked for in this process
        self._learnt: dict[_Key, _Entry] = {}  # compiled here, not in the file

    def compile(self, pattern: str, flags: int = 0) -> re.Pattern[str]:
        """``re.compile(pattern, flags)``, from the file where it holds the pattern."""
        key = (pattern, int(flags))
        built = self._patterns.get(key)
        if built is None:
            built = self._patterns[key] = self._build(*key)
        return built

    def _build(self, pattern: str, flags: int) -> re.Pattern[str]:
        """The pattern from the file's entry, else compiled here (and learnt)."""
        if _ENGINE is None or self.path is None:
            return re.compile(pattern, flags)
        # An entry read is let go once built: the file's code is held once, by the engine.
        entry = self._read().pop((pattern, flags), None)
        if entry is not None:
            with contextlib.suppress(
                TypeError, ValueError, RuntimeError, OverflowError, zlib.error
            ):
                return _built(pattern, entry)
        try:
            entry = _entry(pattern, flags)
            built = _built(pattern, entry)
        except (TypeError, ValueError, RuntimeError, AttributeError):
            return re.compile(pattern, flags)  # the internals are not what they were
        self._learnt[(pattern, flags)] = entry
        return built

    def save(self) -> bool:
        """Write the file if this process compiled a pattern it lacked; True if written.

        What the file holds now is kept (another process may have added to it since it
        was read, patterns this one did not need), unless it holds half again as many
        patterns as this process asked for: then only those it asked for are kept, and
        the old versions of a pattern go.
        """
        if not self._learnt or self.path is None:
            return False
        entries = {**_load(self.path), **self._learnt}
        if len(entries) > len(self._patterns) * _MOST_TIMES_ASKED:
            entries = {key: entries[key] for key in self._patterns if key in entries}
        partial = self.path.with_name(f"{self.path.name}.{os.getpid()}.tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            partial.write_bytes(marshal.dumps(entries))
            partial.replace(self.path)
        except OSError:  # a directory it may not write: the next run compiles again
            with contextlib.suppress(OSError):
                partial.unlink()
            return False
        self._learnt = {}
        return True

    def _read(self) -> dict[_Key, _Entry]:
        if self._stored is None:
            assert self.path is not None
            self._stored = _load(self.path)
        return self._stored


def _load(path: Path) -> dict[_Key, _Entry]:
    """The entries of the file at ``path``; none if it is missing or damaged."""
    with contextlib.suppress(OSError, ValueError, EOFError, TypeError):
        loaded = marshal.loads(path.read_bytes())
        if isinstance(loaded, dict):
            return loaded
    return {}


def _entry(pattern: str, flags: int) -> _Entry:
    """What re.compile would give the engine for ``pattern``, in a form to store."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groups = parsed.state.groupdict
    names: list[str | None] = [None] * parsed.state.groups
    for name, index in groups.items():
        names[index] = name
    return (
        flags | parsed.state.flags,
        zlib.compress(array("I", code).tobytes()),
        parsed.state.groups - 1,
        dict(groups),
        tuple(names),
    )


def _built(pattern: str, entry: _Entry) -> re.Pattern[str]:
    flags, code, groups, names, indexes = entry
    words = array("I")
    words.frombytes(zlib.decompress(code))
    built: re.Pattern[str] = _sre.compile(pattern, flags, words.tolist(), groups, names, indexes)
    return built


def default_path() -> Path | None:
    """The file of compiled patterns: in ``ARCHCITE_CACHE_DIR`` if set (set and empty, no
    file at all), else in the user's cache directory (``~/.cache/archcite`` on Linux)."""
    if _ENGINE is None:
        return None  # pragma: no cover - another implementation
    chosen = os.environ.get("ARCHCITE_CACHE_DIR")
    if chosen is not None:
        directory = Path(chosen) if chosen else None
    elif sys.platform == "win32":  # pragma: no cover - tested where it runs
        local = os.environ.get("LOCALAPPDATA")
        directory = Path(local) / "archcite" / "Cache" if local else None
    elif sys.platform == "darwin":  # pragma: no cover - tested where it runs
        directory = Path.home() / "Library" / "Caches" / "archcite"
    else:
        base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
        directory = Path(base) / "archcite"
    return None if directory is None else directory / f"patterns-{_ENGINE}.bin"


_STORE = PatternStore(default_path())
atexit.register(_STORE.save)


def compiled(pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, read from the file of compiled patterns if there."""
    return _STORE.compile(pattern, flags)
