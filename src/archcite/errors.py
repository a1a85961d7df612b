"""The exceptions archcite raises: one base, each also the builtin it refines.

>>> import archcite
>>> try:
...     archcite.parse("F. ?")
... except archcite.ArchciteError as error:
...     isinstance(error, ValueError), error.position
(True, 3)
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["ArchciteError", "ParseError", "RegistryDataError", "UnknownArchive", "UnknownStyle"]


class ArchciteError(Exception):
    """The base of every error archcite raises on purpose."""


class ParseError(ArchciteError, ValueError):
    """A text could not be read as what was asked for.

    Carries the text, the 0-based ``position`` where reading stopped and what was
    ``expected`` there; ``str()`` shows the input with a caret under the position::

        Expected fond number at position 3
          F. ?
             ^
    """

    def __init__(self, text: str, position: int, expected: str, message: str | None = None):
        self.text = text
        self.position = max(0, min(position, len(text)))
        self.expected = expected
        self.reason = message or f"Expected {expected}"
        # The message with its caret is built only when shown: the grammar creates and
        # discards many of these while it tries alternatives on a long text.
        super().__init__(self.reason)

    def __str__(self) -> str:
        return self._render()

    def _render(self) -> str:
        line_start = self.text.rfind("\n", 0, self.position) + 1
        line_end = self.text.find("\n", self.position)
        if line_end == -1:
            line_end = len(self.text)
        column = self.position - line_start
        # Long lines are cut to a window around the position so the caret stays readable.
        window_start = max(line_start, self.position - 60)
        window_end = min(line_end, self.position + 60)
        line = self.text[window_start:window_end]
        prefix = "…" if window_start > line_start else ""
        suffix = "…" if window_end < line_end else ""
        caret = " " * (len(prefix) + self.position - window_start) + "^"
        where = f"position {self.position}"
        if line_start:
            where += f" (line {self.text.count(chr(10), 0, line_start) + 1}, column {column + 1})"
        return f"{self.reason} at {where}\n  {prefix}{line}{suffix}\n  {caret}"

    def __reduce__(self) -> tuple[type[ParseError], tuple[str, int, str, str]]:
        # Worker processes send errors back to the parent; keep them picklable.
        return (type(self), (self.text, self.position, self.expected, self.reason))


class UnknownArchive(ArchciteError, LookupError):
    """No archive in the registry is known by this name.

    ``suggestions`` holds the closest known spellings, best first.
    """

    def __init__(self, name: str, suggestions: Sequence[str] = ()):
        self.name = name
        self.suggestions = tuple(suggestions)
        message = f"Unknown archive {name!r}"
        if self.suggestions:
            message += "; did you mean " + ", ".join(repr(s) for s in self.suggestions) + "?"
        super().__init__(message)

    def __reduce__(self) -> tuple[type[UnknownArchive], tuple[str, tuple[str, ...]]]:
        return (type(self), (self.name, self.suggestions))


class UnknownStyle(ArchciteError, ValueError):
    """No style, export format or style option is known by this name.

    ``known`` lists the names that are, sorted.
    """

    def __init__(self, kind: str, name: str, known: Sequence[str] = ()):
        self.kind = kind
        self.name = name
        self.known = tuple(known)
        message = f"unknown {kind} {name!r}"
        if self.known:
            message += "; known: " + ", ".join(self.known)
        super().__init__(message)

    def __reduce__(self) -> tuple[type[UnknownStyle], tuple[str, str, tuple[str, ...]]]:
        return (type(self), (self.kind, self.name, self.known))


class RegistryDataError(ArchciteError, ValueError):
    """The registry data file is invalid; ``entry`` names the archive entry at fault."""

    def __init__(self, message: str, entry: str | None = None):
        self.entry = entry
        super().__init__(message)
