"""The ``archcite`` command line: parse, format, extract, normalise, archives.

Each command reads files or standard input (``-``) and writes to standard output.
Exit codes: 0 when every record was read, 1 when some had errors (each reported on
standard error and kept in the output, none dropped), 2 for a usage error.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from typing import Any, TextIO

from .. import registry
from ..errors import ParseError
from ..reading import iter_matches, parse
from ..styles import format_reference, style_names
from .annotate import add_annotate_command
from .convert import add_convert_command
from .normalise import add_normalise_command

__all__ = ["main"]

EXIT_OK, EXIT_RECORD_ERRORS, EXIT_USAGE = 0, 1, 2


def _open_inputs(paths: Sequence[str]) -> Iterator[tuple[str, TextIO]]:
    for path in paths or ["-"]:
        if path == "-":
            yield "<stdin>", sys.stdin
        else:
            with open(path, encoding="utf-8", newline="") as handle:
                yield path, handle


def _lines(paths: Sequence[str]) -> Iterator[tuple[str, int, str]]:
    """Every line of every input as (name, line number, text without its newline)."""
    for name, handle in _open_inputs(paths):
        for number, line in enumerate(handle, start=1):
            yield name, number, line.rstrip("\r\n")


def _report(name: str, number: int, error: Exception) -> None:
    print(f"{name}:{number}: {error}", file=sys.stderr)


def _style_options(args: argparse.Namespace) -> dict[str, Any]:
    options: dict[str, Any] = {"modern": args.modern}
    if args.transliteration:
        options["transliteration"] = args.transliteration
    return options


def _cmd_parse(args: argparse.Namespace) -> int:
    status = EXIT_OK
    for name, number, line in _lines(args.files):
        if not line.strip():
            print("{}" if args.json else "")
            continue
        try:
            reference = parse(line)
        except ParseError as error:
            _report(name, number, error)
            status = EXIT_RECORD_ERRORS
            print(
                json.dumps(
                    {"input": line, "error": error.reason, "position": error.position},
                    ensure_ascii=False,
                )
                if args.json
                else line
            )
            continue
        if args.json:
            print(json.dumps(reference.to_dict(), ensure_ascii=False))
        else:
            print(format_reference(reference, args.style, **_style_options(args)))
    return status


def _cmd_extract(args: argparse.Namespace) -> int:
    for name, handle in _open_inputs(args.files):
        text = handle.read()
        for match in iter_matches(text):
            if args.json:
                record = {
                    "span": list(match.span),
                    "text": match.text,
                    "kind": match.kind,
                    "reference": match.reference.to_dict(),
                    "resolved": match.resolved.to_dict(),
                }
                if len(args.files) > 1:
                    record["file"] = name
                print(json.dumps(record, ensure_ascii=False))
            else:
                written = format_reference(match.resolved, args.style, **_style_options(args))
                print(f"{match.span[0]}-{match.span[1]}\t{match.kind}\t{match.text}\t{written}")
    return EXIT_OK


def _cmd_archives(args: argparse.Namespace) -> int:
    found = registry.search(args.query) if args.query else list(registry.archives())
    if args.json:
        print(json.dumps(registry.to_json(found), ensure_ascii=False, indent=2))
    else:
        print(registry.format_table(found))
    return EXIT_OK if found else EXIT_RECORD_ERRORS


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="archcite",
        description="Read, normalise and format citations of Soviet and post-Soviet archives.",
    )
    parser.add_argument("--version", action="version", version=f"archcite {_version()}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, description=help_text)
        sub.add_argument("files", nargs="*", metavar="FILE", help="input files, or - for stdin")
        return sub

    def style_options(sub: argparse.ArgumentParser, default: str) -> None:
        sub.add_argument(
            "--style",
            default=default,
            choices=style_names(),
            help=f"citation style (default: {default})",
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

    sub = command("parse", "Parse one reference per line; print it in a style or as JSON.")
    sub.add_argument("--json", action="store_true", help="print JSON Lines of the fields")
    style_options(sub, "chicago")
    sub.set_defaults(run=_cmd_parse)

    sub = command("format", "Write one reference per line in a style.")
    style_options(sub, "chicago")
    sub.set_defaults(run=_cmd_parse, json=False)

    sub = command("extract", "Find every reference in free text.")
    sub.add_argument(
        "--json", action="store_true", help='print {"span", "text", "reference"} per reference'
    )
    style_options(sub, "chicago")
    sub.set_defaults(run=_cmd_extract)

    add_normalise_command(commands)
    add_annotate_command(commands)

    add_convert_command(commands)

    sub = commands.add_parser("archives", help="List the archives archcite knows.")
    sub.add_argument("query", nargs="?", help="part of a name, in any script")
    sub.add_argument("--json", action="store_true", help="print JSON")
    sub.set_defaults(run=_cmd_archives)
    return parser


def _version() -> str:
    from importlib.metadata import version

    return version("archcite")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    args = _parser().parse_args(argv)
    try:
        return int(args.run(args))
    except FileNotFoundError as error:
        print(f"archcite: {error.filename}: no such file", file=sys.stderr)
        return EXIT_USAGE
    except UnicodeDecodeError as error:
        print(f"archcite: input is not UTF-8: {error}", file=sys.stderr)
        return EXIT_RECORD_ERRORS
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
