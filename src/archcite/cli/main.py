"""The ``archcite`` command line: parse, format, extract, normalise, convert, archives.

Each command reads files or standard input (``-``) and writes to standard output, or
with ``-o FILE`` to a file replaced only when the run is complete. Exit codes: 0 when
every record was read, 1 when some had errors (each reported on standard error as
``FILE:LINE: message`` and kept in the output, none dropped), 2 when the command cannot
run as asked (nothing is written), 130 when interrupted.
"""

from __future__ import annotations

import argparse
import bisect
import json
import sys
from collections.abc import Sequence
from typing import Any

from .. import registry
from ..bulk.normaliser import unregistered_archive
from ..errors import ParseError, UnknownArchive
from ..model import ArchivalReference, Match
from ..reading import iter_matches, parse
from ..styles import format_reference
from .annotate import add_annotate_command
from .command import EXIT_OK, EXIT_RECORD_ERRORS, guarded
from .convert import add_convert_command
from .inputs import Inputs, Line
from .normalise import add_normalise_command
from .options import (
    add_command,
    add_io_options,
    add_style_options,
    check_style,
    style_options,
)
from .outputs import Output
from .report import Progress, Report, unknown_archive_warning

__all__ = ["main"]


def _warn_unknown(report: Report, name: str, line: int, reference: ArchivalReference) -> None:
    archive = unregistered_archive(reference)
    if archive is not None:
        report.warn(name, line, unknown_archive_warning(archive))


def _run_parse(args: argparse.Namespace) -> int:
    """``parse`` and ``format``: one reference per line, written in a style or as JSON."""
    inputs = Inputs(args.files)
    # Written in a style, the output is the input rewritten line for line; as JSON it is not.
    target = Output(args.output, inputs, in_place=not args.json)
    options = style_options(args)
    check_style(args.style, options)
    with target as out, Progress(args.quiet, inputs.count_lines, " lines") as progress:
        report = Report(progress)
        interactive = target.interactive
        for line in inputs.lines():
            out.write(_parsed(line, args, options, report) + b"\n")
            if interactive:  # typed at a terminal: answer each line at once
                out.flush()
            progress.update(1)
    return EXIT_RECORD_ERRORS if report.count else EXIT_OK


def _parsed(line: Line, args: argparse.Namespace, options: dict[str, Any], report: Report) -> bytes:
    """What ``parse`` writes for one line; a line it cannot read is reported and kept."""
    if line.error is not None:
        report.error(line.name, line.number, line.error)
        failed: dict[str, Any] = {"input": line.text, "error": line.error, "position": None}
        return _json(failed) if args.json else line.raw
    if not line.text.strip():
        return b"{}" if args.json else b""
    try:
        reference = parse(line.text)
        written = None if args.json else format_reference(reference, args.style, **options)
    except ParseError as error:
        report.error(line.name, line.number, str(error))
        failed = {"input": line.text, "error": error.reason, "position": error.position}
        return _json(failed) if args.json else line.raw
    except ValueError as error:  # a style refusing a value
        report.error(line.name, line.number, str(error))
        return line.raw
    if args.warn_unknown:
        _warn_unknown(report, line.name, line.number, reference)
    return _json(reference.to_dict()) if written is None else written.encode()


def _json(value: object) -> bytes:
    return json.dumps(value, ensure_ascii=False).encode()


class _LineIndex:
    """The line number of a character offset in a text, and how many lines it has."""

    def __init__(self, text: str) -> None:
        self._starts = [0]
        position = text.find("\n")
        while position != -1:
            self._starts.append(position + 1)
            position = text.find("\n", position + 1)
        # As a file's lines are counted: a last line is one only if something is on it.
        self.count = len(self._starts) - (not text or text.endswith("\n"))

    def line(self, offset: int) -> int:
        return bisect.bisect_right(self._starts, offset)


def _run_extract(args: argparse.Namespace) -> int:
    """``extract``: every reference in free text, one line (or JSON object) each."""
    inputs = Inputs(args.files)
    target = Output(args.output, inputs, in_place=False)
    options = style_options(args)
    check_style(args.style, options)
    several = len(inputs.paths) > 1
    with target as out, Progress(args.quiet, inputs.count_lines, " lines") as progress:
        report = Report(progress)
        for text in inputs.texts():
            for number, message in text.errors:
                report.error(text.name, number, message)
            lines = _LineIndex(text.text)
            done = 0
            for match in iter_matches(text.text):
                line = lines.line(match.span[0])
                if args.warn_unknown:
                    _warn_unknown(report, text.name, line, match.reference)
                name = text.name if several else None
                out.write(_extracted(match, name, line, args, options, report) + b"\n")
                progress.update(line - 1 - done)
                done = line - 1
            progress.update(lines.count - done)
    return EXIT_RECORD_ERRORS if report.count else EXIT_OK


def _extracted(
    match: Match,
    name: str | None,
    line: int,
    args: argparse.Namespace,
    options: dict[str, Any],
    report: Report,
) -> bytes:
    """What ``extract`` writes for one match: a JSON object, or a line of tab-separated fields."""
    if args.json:
        record = match.to_dict()
        if name is not None:
            record["file"] = name
        return _json(record)
    try:
        written = format_reference(match.resolved, args.style, **options)
    except ValueError as error:  # a style refusing a value: the match is still listed
        report.error(name or "", line, str(error))
        written = ""
    # A reference may run over a line break; the output keeps one line per reference.
    fields = [f"{match.span[0]}-{match.span[1]}", match.kind, " ".join(match.text.split())]
    if name is not None:
        fields.insert(0, name)
    return "\t".join([*fields, written]).encode()


def _run_archives(args: argparse.Namespace) -> int:
    found = registry.search(args.query) if args.query else list(registry.archives())
    if found or not args.query:
        if args.json:
            print(json.dumps(registry.to_json(found), ensure_ascii=False, indent=2))
        else:
            print(registry.format_table(found))
        return EXIT_OK
    message = f"no archive matches {args.query!r}"
    try:
        registry.lookup(args.query)
    except UnknownArchive as error:
        if error.suggestions:
            message += "; did you mean " + ", ".join(map(repr, error.suggestions)) + "?"
    print(f"archcite archives: {message}", file=sys.stderr)
    if args.json:
        print("[]")
    return EXIT_RECORD_ERRORS


def _add_warn_unknown(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--warn-unknown",
        action="store_true",
        help="warn (FILE:LINE on standard error) of each reference to an archive "
        "the registry does not know",
    )


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="archcite",
        description="Read, normalise and format citations of Soviet and post-Soviet archives.",
        epilog="Exit codes: 0 every record read; 1 some records had errors (each reported "
        "on standard error as FILE:LINE: message, and kept in the output); 2 the command "
        "cannot run as asked (nothing written); 130 interrupted.",
    )
    parser.add_argument("--version", action="version", version=f"archcite {_version()}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    sub = add_command(
        commands,
        "parse",
        "Read one reference per line; write it in a style, or its fields as JSON Lines.",
        [
            "archcite parse refs.txt",
            "archcite parse refs.txt --json > refs.jsonl",
            "printf 'TsKhSD, F. 89, Op. 2, D. 5\\n' | archcite parse - --style gost",
        ],
        details="Each line is one whole reference. A line that is not one is reported "
        "(FILE:LINE) and written as it was; --json writes "
        '{"input", "error", "position"} for it.',
    )
    add_io_options(sub)
    sub.add_argument(
        "--json",
        action="store_true",
        help="write each reference's fields as a JSON object, one a line",
    )
    add_style_options(sub, "chicago")
    _add_warn_unknown(sub)
    sub.set_defaults(run=guarded("parse", _run_parse))

    sub = add_command(
        commands,
        "format",
        "Write one reference per line in a style.",
        [
            "archcite format refs.txt --style gost",
            "archcite format refs.txt --style chicago --modern -o refs.chicago.txt",
            "archcite format refs.txt --style wilson -o refs.txt   # in place",
        ],
        details="As parse, without --json. A line that is not a reference is reported "
        "(FILE:LINE) and written as it was.",
    )
    add_io_options(sub)
    add_style_options(sub, "chicago")
    _add_warn_unknown(sub)
    sub.set_defaults(run=guarded("format", _run_parse), json=False)

    sub = add_command(
        commands,
        "extract",
        "Find every reference in free text.",
        [
            "archcite extract chapter.txt",
            "archcite extract chapter.txt --json > references.jsonl",
            "archcite extract notes/*.txt --style gost --warn-unknown",
        ],
        details="Without --json, one line per reference: START-END, kind, the text as "
        "found, and the reference (completed from what came before it) in the style; "
        "with several files, the file's name first. START and END are character offsets "
        "into the file (after any byte order mark).",
    )
    add_io_options(sub)
    sub.add_argument(
        "--json",
        action="store_true",
        help='write one object per reference: {"span": [START, END], "text", "kind" '
        '(full, continuation or ibid), "reference" (the levels as written), "resolved" '
        '(completed from what came before it)}, and "file" when there are several',
    )
    add_style_options(sub, "chicago")
    _add_warn_unknown(sub)
    sub.set_defaults(run=guarded("extract", _run_extract))

    add_normalise_command(commands)
    add_annotate_command(commands)

    add_convert_command(commands)

    sub = add_command(
        commands,
        "archives",
        "List the archives archcite knows, or those whose name contains QUERY.",
        ["archcite archives", "archcite archives ЦХСД", "archcite archives military --json"],
    )
    sub.add_argument("query", nargs="?", help="part of a name, in any script")
    sub.add_argument("--json", action="store_true", help="print JSON")
    sub.set_defaults(run=_run_archives)
    return parser


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("archcite")
    except PackageNotFoundError:  # running from a source tree
        return "unknown"


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    args = _parser().parse_args(argv)
    return int(args.run(args))


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
