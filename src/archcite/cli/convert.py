"""``archcite convert``: citations from one format to another, or into a style.

    archcite convert --from text --to csl-json notes.txt > zotero.json
    archcite convert --from ris --to chicago export.ris
    archcite convert --from csl-json --to csl:chicago-notes-bibliography zotero.json

``--from text`` reads one citation per line (``--paragraphs``: per blank-line-separated
paragraph) with :func:`archcite.parse_citation`, or a bare reference with
:func:`archcite.parse`. ``--to`` is a format (``csl-json``, ``ris``, ``bibtex``), one of
archcite's citation styles, or ``csl:<name>`` for any CSL style (needs ``archcite[csl]``).
Exit codes as the other commands: 0 all read, 1 some records had errors (each
reported on standard error), 2 usage error.
"""

from __future__ import annotations

import argparse
import json
import sys
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

__all__ = ["add_convert_command", "read_text"]

EXIT_OK, EXIT_RECORD_ERRORS, EXIT_USAGE = 0, 1, 2

_READERS: dict[str, Callable[[str], ImportResult]] = {
    "csl-json": from_csl_json,
    "ris": from_ris,
    "bibtex": from_bibtex,
}
_FORMATS = ("csl-json", "ris", "bibtex")


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


def _write(citations: list[DocumentCitation], target: str, modern: bool) -> str:
    if target == "csl-json":
        items = to_csl_json(citations, modern=modern, zotero=True)
        return json.dumps(items, ensure_ascii=False, indent=2) + "\n"
    if target == "ris":
        return to_ris(citations)
    if target == "bibtex":
        return to_bibtex(citations)
    if target.startswith("csl:"):
        from ..interop.render import render_csl

        rendered = render_csl(citations, target.removeprefix("csl:"))
        return "".join(note + "\n" for note in rendered.notes)
    return "".join(format_citation(c, target, modern=modern) + "\n" for c in citations)


def _read(path: str) -> tuple[str, str]:
    if path == "-":
        return "<stdin>", sys.stdin.read()
    with open(path, encoding="utf-8-sig") as handle:
        return path, handle.read()


def _cmd_convert(args: argparse.Namespace) -> int:
    status = EXIT_OK
    citations: list[DocumentCitation] = []
    for path in args.files or ["-"]:
        name, source = _read(path)
        if args.source == "text":
            found, text_errors = read_text(source, args.paragraphs)
            for number, error in text_errors:
                print(f"{name}:{number}: {error}", file=sys.stderr)
        else:
            try:
                result = _READERS[args.source](source)
            except (ParseError, ValueError) as error:  # not JSON, an unclosed brace
                print(f"{name}: {error}", file=sys.stderr)
                status = EXIT_RECORD_ERRORS
                continue
            found = list(result)
            text_errors = result.errors  # type: ignore[assignment]
            for item_error in result.errors:
                print(f"{name}: {item_error}", file=sys.stderr)
        citations.extend(found)
        if text_errors:
            status = EXIT_RECORD_ERRORS
    try:
        sys.stdout.write(_write(citations, args.target, args.modern))
    except ImportError as error:
        print(f"archcite: {error}", file=sys.stderr)
        return EXIT_USAGE
    except ValueError as error:  # an unknown CSL style, or a style refusing a value
        print(f"archcite: {error}", file=sys.stderr)
        return EXIT_USAGE if args.target.startswith("csl:") else EXIT_RECORD_ERRORS
    return status


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
    help_text = "Convert citations between text, CSL-JSON, RIS, BibTeX and styles."
    sub: argparse.ArgumentParser = subparsers.add_parser(
        "convert", help=help_text, description=help_text
    )
    sub.add_argument("files", nargs="*", metavar="FILE", help="input files, or - for stdin")
    sub.add_argument(
        "--from", dest="source", required=True, choices=("text", *_FORMATS), help="input format"
    )
    sub.add_argument(
        "--to",
        dest="target",
        required=True,
        type=_target,
        metavar="TARGET",
        help="csl-json, ris, bibtex, an archcite citation style, or csl:<style>",
    )
    sub.add_argument(
        "--paragraphs",
        action="store_true",
        help="text input: one citation per paragraph rather than per line",
    )
    sub.add_argument("--modern", action="store_true", help="name archives by today's name")
    sub.set_defaults(run=_cmd_convert)
    return sub
