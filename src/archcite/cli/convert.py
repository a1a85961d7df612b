"""``archcite convert``: citations from one format to another, or into a style.

    archcite convert --from text --to csl-json notes.txt > zotero.json
    archcite convert --from ris --to chicago export.ris
    archcite convert --from csl-json --to csl:chicago-notes-bibliography zotero.json

``--from text`` reads one citation per line (``--paragraphs``: per blank-line-separated
paragraph) with :func:`archcite.parse_citation`, or a bare reference with
:func:`archcite.parse`. ``--to`` is a format (``csl-json``, ``ris``, ``bibtex``), one of
archcite's citation styles, or ``csl:<name>`` for any CSL style (needs ``archcite[csl]``).
Inputs and ``-o`` as the other commands (:mod:`.inputs`, :mod:`.outputs`). Exit codes:
0 all read; 1 some records or items had errors, or a file had no readable item (each
reported on standard error); 2 the command cannot run as asked; 130 interrupted.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Iterator
from typing import Any

from ..errors import ParseError
from ..interop.bibtex import from_bibtex, to_bibtex
from ..interop.csl import from_csl_json, to_csl_json
from ..interop.result import ImportResult
from ..interop.ris import from_ris, to_ris
from ..model import DocumentCitation
from ..reading import parse, parse_citation
from ..styles import format_citation, style_names
from .command import EXIT_OK, EXIT_RECORD_ERRORS, UsageError, guarded
from .inputs import Inputs, Text
from .options import (
    add_command,
    add_io_options,
    add_style_options,
    check_style,
    style_options,
)
from .outputs import Output
from .report import Progress, Report

__all__ = ["add_convert_command", "read_text"]

_READERS: dict[str, Callable[[str], ImportResult]] = {
    "csl-json": from_csl_json,
    "ris": from_ris,
    "bibtex": from_bibtex,
}
_FORMATS = ("csl-json", "ris", "bibtex")
_LABELS = {"csl-json": "CSL-JSON", "ris": "RIS", "bibtex": "BibTeX"}


def _records(source: str, paragraphs: bool) -> Iterator[tuple[int, str]]:
    """``(line number, text)`` of each record: a line, or a paragraph joined into one line."""
    lines = source.splitlines()
    if not paragraphs:
        yield from ((number, line) for number, line in enumerate(lines, start=1) if line.strip())
        return
    start, block = 0, []
    for number, line in enumerate([*lines, ""], start=1):
        if line.strip():
            start = start or number
            block.append(line.strip())
        elif block:
            yield start, " ".join(block)
            start, block = 0, []


def read_text(
    source: str, paragraphs: bool = False
) -> tuple[list[DocumentCitation], list[tuple[int, ParseError]]]:
    """The citations in plain text, one a record, and ``(line, error)`` for records unread.

    >>> cits, errors = read_text("TsKhSD, F. 89, Op. 2, D. 5, Ll. 13-14\\nnot a citation")
    >>> cits[0].references[0].delo, errors[0][0]
    ('5', 2)
    """
    citations, errors = [], []
    for number, record in _records(source, paragraphs):
        try:
            citations.append(DocumentCitation(references=(parse(record),)))
            continue
        except ParseError:
            pass  # not a bare reference: read it as a citation
        try:
            citations.append(parse_citation(record))
        except ParseError as error:
            errors.append((number, error))
    return citations, errors


def _write(citations: list[DocumentCitation], target: str, options: dict[str, Any]) -> str:
    if target == "csl-json":
        items = to_csl_json(citations, modern=options["modern"], zotero=True)
        return json.dumps(items, ensure_ascii=False, indent=2) + "\n"
    if target == "ris":
        return to_ris(citations)
    if target == "bibtex":
        return to_bibtex(citations)
    if target.startswith("csl:"):
        from ..interop.render import render_csl

        rendered = render_csl(citations, target.removeprefix("csl:"))
        return "".join(note + "\n" for note in rendered.notes)
    return "".join(format_citation(c, target, **options) + "\n" for c in citations)


def _read(text: Text, source: str, paragraphs: bool, report: Report) -> list[DocumentCitation]:
    """The citations of one input; each record or item not read is reported."""
    for number, message in text.errors:
        report.error(text.name, number, message)
    if source == "text":
        found, text_errors = read_text(text.text, paragraphs)
        for number, error in text_errors:
            report.error(text.name, number, str(error))
        if not found:
            report.error(text.name, 1, "no citation found in it")
        return found
    try:
        imported = _READERS[source](text.text)
    except (ParseError, ValueError) as error:  # not JSON, an unclosed brace
        report.error(text.name, 1, f"not {_LABELS[source]}: {error}")
        return []
    for item_error in imported.errors:
        report.error(text.name, 1, str(item_error))
    if not imported and not imported.errors:
        report.error(
            text.name, 1, f"no {_LABELS[source]} item found in it; is it {_LABELS[source]}?"
        )
    return list(imported)


class _Refused(Exception):
    """A style refused a value of the citations read."""


def _run_convert(args: argparse.Namespace) -> int:
    inputs = Inputs(args.files)
    target = Output(args.output, inputs, in_place=False)
    options = style_options(args)
    if args.target in _FORMATS or args.target.startswith("csl:"):
        if args.transliteration:
            raise UsageError(f"--transliteration is for archcite's styles, not {args.target}")
    else:
        check_style("chicago", options)
    try:
        _write([], args.target, options)  # an unknown CSL style fails here, before any work
    except (ImportError, ValueError) as error:
        raise UsageError(str(error)) from None
    citations: list[DocumentCitation] = []
    try:
        files = len(inputs.paths)
        with target as out, Progress(args.quiet, lambda: files, " files") as progress:
            report = Report(progress)
            for text in inputs.texts():
                citations.extend(_read(text, args.source, args.paragraphs, report))
                progress.update(1)
            # Written whole at the end: the exports are documents, not lines. A style
            # refusing a value fails them all, and leaves an earlier output as it was.
            try:
                written = _write(citations, args.target, options)
            except ValueError as error:
                raise _Refused(str(error)) from None
            out.write(written.encode())
    except _Refused as error:
        report.say(f"archcite convert: {error}")
        return EXIT_RECORD_ERRORS
    return EXIT_RECORD_ERRORS if report.count else EXIT_OK


def _target(value: str) -> str:
    if value in _FORMATS or value in style_names("citation") or value.startswith("csl:"):
        return value
    known = ", ".join([*_FORMATS, *style_names("citation"), "csl:<style>"])
    raise argparse.ArgumentTypeError(f"unknown target {value!r}; choose from {known}")


def add_convert_command(subparsers: Any) -> argparse.ArgumentParser:
    """Add ``convert`` to an ``argparse`` subparsers object; return its parser.

    >>> parser = argparse.ArgumentParser(prog="archcite")
    >>> _ = add_convert_command(parser.add_subparsers(dest="command"))
    >>> parser.parse_args(["convert", "--from", "ris", "--to", "bibtex", "x.ris"]).target
    'bibtex'
    """
    sub = add_command(
        subparsers,
        "convert",
        "Convert citations between text, CSL-JSON, RIS, BibTeX and styles.",
        [
            "archcite convert --from text --to csl-json notes.txt -o zotero.json",
            "archcite convert --from ris --to chicago export.ris",
            "archcite convert --from csl-json --to csl:chicago-fullnote-bibliography zotero.json",
        ],
        details="--from text reads one citation per line (--paragraphs: per paragraph). "
        "A record or item that cannot be read is reported (FILE:LINE) and left out; a "
        "file with no readable item at all (the wrong --from?) is reported too.",
    )
    add_io_options(sub)
    sub.add_argument(
        "--from", dest="source", required=True, choices=("text", *_FORMATS), help="input format"
    )
    sub.add_argument(
        "--to",
        dest="target",
        required=True,
        type=_target,
        metavar="TARGET",
        help=f"{', '.join(_FORMATS)}; an archcite citation style "
        f"({', '.join(style_names('citation'))}); or csl:<style>, any CSL style "
        "(needs archcite[csl])",
    )
    sub.add_argument(
        "--paragraphs",
        action="store_true",
        help="text input: one citation per paragraph rather than per line",
    )
    add_style_options(sub, None)
    sub.set_defaults(run=guarded("convert", _run_convert))
    return sub
