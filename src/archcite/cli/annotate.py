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
from typing import Any

from ..markup import DEFAULT_STYLE, Format, Source, html, tei
from ..reading import extract
from ..styles import style_names
from .command import EXIT_OK, EXIT_RECORD_ERRORS, UsageError, guarded
from .inputs import Inputs
from .options import add_command
from .outputs import Output
from .report import Progress, Report

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
    sub = add_command(
        subparsers,
        "annotate",
        "Mark every reference up in HTML or TEI, leaving the rest of the text as it is.",
        (
            "archcite annotate notes.txt --format html -o notes.html",
            "archcite annotate edition.xml --format tei -o annotated.xml",
            "archcite annotate notes/*.txt --format tei -o tei/",
        ),
        details="Exit code 0 when every input was annotated, 1 when some could not be read "
        "(reported, the others written), 2 for a usage error.",
    )
    sub.add_argument(
        "files",
        nargs="*",
        metavar="FILE",
        help="input files (UTF-8, a byte order mark is fine), or - for standard input",
    )
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
    sub.set_defaults(run=guarded("annotate", run_annotate))
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


def _targets(inputs: Inputs, output: str | None, format: Format) -> list[Output]:
    """Where each input's output goes, each checked before any work."""
    if len(inputs.paths) == 1:
        if output is not None and os.path.isdir(output):
            output = _in_directory(output, inputs.paths[0], format)
        return [Output(output, inputs, in_place=False)]
    if output is None or output == "-":
        raise UsageError("several inputs need -o DIR, a directory for their outputs")
    if os.path.exists(output) and not os.path.isdir(output):
        raise UsageError(f"-o {output}: several inputs need a directory, not a file")
    paths = [_in_directory(output, path, format) for path in inputs.paths]
    if len(set(paths)) < len(paths):
        raise UsageError("two inputs would write the same output file: give them other names")
    os.makedirs(output, exist_ok=True)
    return [Output(path, inputs, in_place=False) for path in paths]


def _in_directory(directory: str, path: str, format: Format) -> str:
    if path == "-":
        raise UsageError("standard input has no name to write it under: give -o FILE")
    stem = os.path.splitext(os.path.basename(path))[0]
    return os.path.join(directory, stem + _OUTPUT_SUFFIX[format])


def run_annotate(args: argparse.Namespace) -> int:
    """Run ``archcite annotate`` with parsed arguments; return the exit code."""
    started = time.perf_counter()
    inputs = Inputs(args.files)
    format: Format = args.format
    targets = _targets(inputs, args.output, format)
    failures = references = 0
    files = len(inputs.paths)
    with Progress(args.quiet or files == 1, lambda: files, " files") as progress:
        report = Report(progress)
        for text, target in zip(inputs.texts(), targets, strict=True):
            if text.errors:
                # Markup cannot be put around bytes that are no text: the input is reported
                # and its output not written.
                for line, message in text.errors:
                    report.error(text.name, line, message)
                failures += 1
                progress.update(1)
                continue
            written, found = annotate_document(
                text.text,
                _source_of(text.name, args.source),
                format,
                args.style,
                title=os.path.basename(text.name),
                fragment=args.fragment,
            )
            with target as out:
                out.write(written.encode("utf-8"))
            references += found
            progress.update(1)
    if not args.quiet:
        seconds = time.perf_counter() - started
        said = f"{files:,} input{'' if files == 1 else 's'}"
        print(
            f"archcite annotate: {said}, {references:,} references, "
            f"{failures:,} errors, {seconds:.1f} s",
            file=sys.stderr,
        )
    return EXIT_RECORD_ERRORS if failures else EXIT_OK
