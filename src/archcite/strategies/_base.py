"""What every strategy module shares: the scripts, argument checks, and the styles' scripts."""

from __future__ import annotations

import functools
from collections.abc import Collection
from typing import Literal

from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from .. import translit
from ..model import ArchivalReference
from ..styles import format_reference, style_names

Script = Literal["latin", "cyrillic"]

SCRIPTS: tuple[Script, ...] = ("latin", "cyrillic")


def check_script(script: str | None) -> None:
    if script is not None and script not in SCRIPTS:
        raise InvalidArgument(f"script must be 'latin', 'cyrillic' or None, not {script!r}")


def check_style(style: str | None) -> None:
    if style is not None and style not in style_names():
        known = ", ".join(style_names())
        raise InvalidArgument(f"style must be one of {known} or None, not {style!r}")


def check_system(system: str | None, name: str = "system") -> None:
    if system is not None and system not in translit.SYSTEMS:
        raise InvalidArgument(
            f"{name} must be one of {', '.join(translit.SYSTEMS)} or None, not {system!r}"
        )


def check_choices(
    name: str, given: Collection[str] | None, known: tuple[str, ...]
) -> tuple[str, ...]:
    """``given`` as a tuple in the order of ``known`` (all of them for None), or
    InvalidArgument naming what is not known."""
    if given is None:
        return known
    if isinstance(given, str):
        raise InvalidArgument(f"{name} must be a collection of names, not the string {given!r}")
    unknown = [item for item in given if item not in known]
    if unknown:
        raise InvalidArgument(
            f"unknown {name} {', '.join(map(repr, unknown))}; {name} are {', '.join(known)}"
        )
    return tuple(item for item in known if item in given)


def pick_script(draw: st.DrawFn, script: str | None) -> str:
    return script if script is not None else draw(st.sampled_from(SCRIPTS))


def script_of(text: str) -> Script:
    return "cyrillic" if translit.has_cyrillic(text) else "latin"


@functools.cache
def style_script(style: str) -> Script:
    """The script a style writes its labels in (GOST's are Cyrillic)."""
    return script_of(format_reference(ArchivalReference(archive="GARF", fond="1"), style))
