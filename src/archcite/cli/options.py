"""The options the commands share, declared once: inputs, output, style, quiet, examples.

>>> parser = argparse.ArgumentParser(prog="archcite")
>>> sub = add_command(parser.add_subparsers(), "parse", "Parse.", ["archcite parse refs.txt"])
>>> add_style_options(sub, "chicago")
>>> parser.parse_args(["parse", "--transliteration", "iso9"]).transliteration
'iso9'
"""

from __future__ import annotations

import argparse
import textwrap
from collections.abc import Sequence
from typing import Any

from ..model import ArchivalReference
from ..styles import format_reference, style_names
from ..translit import SYSTEMS
from .command import UsageError

__all__ = [
    "add_command",
    "add_io_options",
    "add_style_options",
    "check_style",
    "style_options",
]

MODERN_HELP = (
    "name each archive by its name today, the cited name after it: "
    "'RGANI (formerly TsKhSD)'; GOST: 'РГАНИ (бывш. ЦХСД)'"
)


def add_command(
    subparsers: Any,
    name: str,
    help_text: str,
    examples: Sequence[str],
    *,
    aliases: Sequence[str] = (),
    details: str = "",
) -> argparse.ArgumentParser:
    """A subcommand whose help ends with ``examples``, one command line each."""
    epilog = "examples:\n" + "".join(f"  {example}\n" for example in examples)
    # The examples must keep their lines, so the description is wrapped here, once.
    description = "\n\n".join(textwrap.fill(part, 78) for part in (help_text, details) if part)
    parser: argparse.ArgumentParser = subparsers.add_parser(
        name,
        aliases=list(aliases),
        help=help_text,
        description=description,
        epilog=epilog,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    return parser


def add_io_options(parser: argparse.ArgumentParser, quiet_help: str = "no progress bar") -> None:
    """Input files, ``-o``, and ``--quiet``: what every command that reads files takes."""
    parser.add_argument(
        "files",
        nargs="*",
        metavar="FILE",
        help="input files (UTF-8, a byte order mark is fine), or - for standard input (default)",
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="write here instead of standard output (- for standard output); the file is "
        "replaced only when the run is complete",
    )
    parser.add_argument("-q", "--quiet", action="store_true", help=quiet_help)


def add_style_options(parser: argparse.ArgumentParser, default: str | None) -> None:
    """``--style`` (when ``default`` is given), ``--modern`` and ``--transliteration``."""
    if default is not None:
        parser.add_argument(
            "--style",
            default=default,
            choices=style_names(),
            help=f"citation style (default: {default})",
        )
    parser.add_argument("--modern", action="store_true", help=MODERN_HELP)
    parser.add_argument(
        "--transliteration",
        choices=SYSTEMS,
        metavar="SYSTEM",
        help=f"Latin styles: how Cyrillic names are spelt, one of {', '.join(SYSTEMS)} "
        f"(default: {SYSTEMS[0]})",
    )


def style_options(args: argparse.Namespace) -> dict[str, Any]:
    """The keyword arguments ``--modern`` and ``--transliteration`` give a style."""
    options: dict[str, Any] = {"modern": args.modern}
    if args.transliteration:
        options["transliteration"] = args.transliteration
    return options


_SAMPLE = ArchivalReference(archive="TsKhSD", fond="89", opis="2", delo="5")


def check_style(style: str, options: dict[str, Any]) -> None:
    """Refuse, before any work, a style that refuses these options."""
    try:
        format_reference(_SAMPLE, style, **options)
    except (ValueError, TypeError) as error:
        raise UsageError(str(error)) from None
