"""``archcite annotate``: every reference in text, HTML or TEI files marked up in place.

One input goes to standard output or to ``-o FILE``; several go to ``-o DIR``, one
output each, named after the input. Every output is written atomically. What each
input is (text, HTML, TEI) is told by its name (``.html``, ``.xml``/``.tei``) unless
``--source`` says it.

    $ archcite annotate notes.txt --format html -o notes.html
    $ archcite annotate notes/*.txt --format tei -o tei/
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from typing import Any, BinaryIO

from ..markup import DEFAULT_STYLE, Format, Source, html, tei
from ..reading import extract
from ..styles import style_names

# The plumbing `normalise` has today; one shared module is coming for both.
from .normalise import (
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_RECORD_ERRORS,
    EXIT_USAGE,
    UsageError,
    _AtomicFile,
    _Inputs,
    _Progress,
    _stderr_is_terminal,
    _Stdout,
)

__all__ = ["add_annotate_command", "run_annotate"]

_SUFFIXES: dict[str, Source] = {
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".xml": "tei",
    ".tei": "tei",
}
_OUTPUT_SUFFIX = {"html": ".html", "tei": ".xml"}


def add_annotate_command(subparsers: Any) -> argparse.ArgumentParser:
    """Add ``annotate`` to the subparsers of the ``archcite`` command line."""
    help_text = "Mark every reference up in HTML or TEI, leaving the rest of the text as it is."
    sub: argparse.ArgumentParser = subparsers.add_parser(
        "annotate",
        help=help_text,
        description=help_text + " Exit code 0 when every input was annotated, 1 when some "
        "could not be read (reported, the others written), 2 for a usage error.",
    )
    sub.add_argument("files", nargs="*", metavar="FILE", help="input files, or - for stdin")
    sub.add_argument(
        "--format", choices=("html", "tei"), default="html", help="output (default: html)"
    )
    sub.add_argument(
        "--source",
        choices=("text", "html", "tei"),
        help="what the inputs are (default: by name: .html HTML, .xml/.tei TEI, else text)",
    )
    sub.add_argument(
        "--style",
        default=DEFAULT_STYLE,
        choices=style_names(),
        help=f"style of the normalised form each reference carries (default: {DEFAULT_STYLE})",
    )
    sub.add_argument(
        "--fragment",
        action="store_true",
        help="text to HTML: only the marked text, without a page around it",
    )
    sub.add_argument(
        "-o",
        "--output",
        metavar="PATH",
        help="write here, atomically: a file for one input, a directory for several",
    )
    sub.add_argument(
        "-q", "--quiet", action="store_true", help="no progress bar and no summary line"
    )
    sub.set_defaults(run=run_annotate)
    return sub


def _source_of(path: str, given: Source | None) -> Source:
    if given is not None:
        return given
    return _SUFFIXES.get(os.path.splitext(path)[1].lower(), "text")


def annotate_document(
    text: str, source: Source, format: Format, style: str, *, title: str, fragment: bool
) -> tuple[str, int]:
    """One input annotated as the command writes it, and how many references it holds.

    A plain text becomes a whole page or TEI document titled ``title``; HTML and TEI
    inputs are annotated in place.
    """
    if source != "text" and source != format:
        raise UsageError(f"a {source} input is annotated as {source}: use --format {source}")
    if source == "html":
        written = html.from_html(text, style)
        return written, _added(written, text, '<cite class="archcite"')
    if source == "tei":
        written = tei.from_tei(text, style)
        return written, _added(written, text, '<bibl type="archival"')
    matches = extract(text)
    if format == "tei":
        return tei.from_text(text, matches, style, title), len(matches)
    fragment_html = html.from_text(text, matches, style)
    return (fragment_html if fragment else html.page(fragment_html, title)), len(matches)


def _added(written: str, text: str, start_tag: str) -> int:
    """How many elements annotating added: markup is only ever inserted."""
    return written.count(start_tag) - text.count(start_tag)


def _targets(inputs: _Inputs, output: str | None, format: Format) -> list[str | None]:
    """Where each input's output goes: a path, or None for standard output."""
    if len(inputs.paths) == 1:
        if output is not None and os.path.isdir(output):
            return [_in_directory(output, inputs.paths[0], format)]
        return [output]
    if output is None:
        raise UsageError("several inputs need -o DIR, a directory for their outputs")
    if os.path.exists(output) and not os.path.isdir(output):
        raise UsageError(f"-o {output}: several inputs need a directory, not a file")
    os.makedirs(output, exist_ok=True)
    targets = [_in_directory(output, path, format) for path in inputs.paths]
    if len(set(targets)) < len(targets):
        raise UsageError("two inputs would write the same output file: give them other names")
    return targets  # type: ignore[return-value]


def _in_directory(directory: str, path: str, format: Format) -> str:
    if path == "-":
        raise UsageError("standard input has no name to write it under: give -o FILE")
    stem = os.path.splitext(os.path.basename(path))[0]
    return os.path.join(directory, stem + _OUTPUT_SUFFIX[format])


def run_annotate(args: argparse.Namespace) -> int:
    """Run ``archcite annotate`` with parsed arguments; return the exit code."""
    started = time.perf_counter()
    try:
        return _run(args, started)
    except UsageError as error:
        print(f"archcite annotate: {error}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("archcite annotate: interrupted; no output half written", file=sys.stderr)
        return EXIT_INTERRUPTED


def _run(args: argparse.Namespace, started: float) -> int:
    inputs = _Inputs(args.files)
    format: Format = args.format
    targets = _targets(inputs, args.output, format)
    show = not args.quiet and _stderr_is_terminal() and len(inputs.paths) > 1
    failures = references = 0
    with _Progress(show, len(inputs.paths)) as progress:
        for (name, handle), target in zip(inputs.open(), targets, strict=True):
            try:
                text = _read(handle)
                written, found = annotate_document(
                    text,
                    _source_of(name, args.source),
                    format,
                    args.style,
                    title=os.path.basename(name),
                    fragment=args.fragment,
                )
            except UnicodeDecodeError as error:
                failures += 1
                byte = error.object[error.start]
                progress.say(f"{name}: not UTF-8: cannot decode byte 0x{byte:02x}")
                progress.update(1)
                continue
            with _AtomicFile(target) if target else _Stdout() as out:
                out.write(written.encode("utf-8"))
            references += found
            progress.update(1)
    if not args.quiet:
        seconds = time.perf_counter() - started
        inputs_said = f"{len(inputs.paths):,} input{'' if len(inputs.paths) == 1 else 's'}"
        print(
            f"archcite annotate: {inputs_said}, {references:,} references, "
            f"{failures:,} errors, {seconds:.1f} s",
            file=sys.stderr,
        )
    return EXIT_RECORD_ERRORS if failures else EXIT_OK


def _read(handle: BinaryIO) -> str:
    """The whole input as text; a byte order mark is not text."""
    return handle.read().decode("utf-8").removeprefix("\ufeff")
