"""The archives Soviet-era citations name, with every name each has had.

>>> from archcite import registry
>>> registry.lookup("ЦХСД").id, registry.modern("TsKhSD", "cyrillic")
('RGANI', 'РГАНИ')
>>> registry.respell("ЦХСД", "latin", "din1460")
'CChSD'

The data live in ``archives.json`` beside this module (see docs/registry.md), read and
validated on the first lookup. A former name resolves to the archive that holds its records
today: ``lookup("TsKhSD").id == "RGANI"``, ``lookup("TsKhDMO").id == "RGASPI"``.
"""

from __future__ import annotations

import functools
import re
import warnings
from importlib.resources import files
from pathlib import Path
from typing import Any

from ..errors import RegistryDataError
from ._format import format_table, to_json
from ._index import Registry, institution_first, lookup_key
from ._load import read_archives
from ._model import Archive, ArchiveName, NameKind, Script, Transfer

__all__ = [
    "ATTACHED_TO",
    "Archive",
    "ArchiveName",
    "NameKind",
    "Registry",
    "RegistryDataError",
    "Script",
    "Transfer",
    "archive_id",
    "archives",
    "default",
    "find",
    "format_table",
    "get",
    "institution_first",
    "is_current",
    "load",
    "lookup",
    "lookup_key",
    "modern",
    "respell",
    "search",
    "spellings",
    "to_json",
]


def load(path: str | Path) -> Registry:
    """A registry read from the data file at ``path``; RegistryDataError names a bad entry."""
    return Registry(read_archives(path))


@functools.cache
def default() -> Registry:
    """The registry shipped with archcite, loaded once, on first use."""
    return load(str(files(__name__) / "archives.json"))


def lookup(name: str) -> Archive:
    """The archive ``name`` denotes today; UnknownArchive (a LookupError) suggests spellings.

    Blind to script, case, dots, spaces and hyphens: ``"Ts.Kh.S.D."``, ``"CChSD"`` and
    ``"ЦХСД"`` are all RGANI.
    """
    if not isinstance(name, str):
        raise TypeError(f"lookup() argument 'name' must be a string, not {type(name).__name__}")
    return default().lookup(name)


@functools.lru_cache(maxsize=4096)
def find(name: str) -> Archive | None:
    """As :func:`lookup`, but None for an unknown name: ``find("AP RF").id == "APRF"``."""
    return default().find(name)


def get(archive_id: str) -> Archive:
    """The entry with exactly this id, also one merged away: ``get("TsKhDMO").successor``."""
    return default().get(archive_id)


def search(text: str) -> list[Archive]:
    """Entries whose acronym or full name contains every word of ``text``: ``search("ЦГА")``."""
    return default().search(text)


def archives() -> tuple[Archive, ...]:
    """Every entry of the registry, those merged into others included."""
    return default().archives()


# A name in guillemets after an acronym is the archive's own name, not part of the token:
# "ЦА ФСБ «Лубянка»", "НИПЦ «Мемориал»".
_QUOTED_NAME = re.compile(r"\s?«[^»\n]{1,40}»")
#: The words that join an archive's name to the body it was attached to: "ЦПА ИМЛ при
#: ЦК КПСС", "TsPA IML pri TsK KPSS" (the readers' archive pattern takes them from here).
ATTACHED_TO: tuple[str, ...] = ("при", "pri")
_ATTACHED = re.compile(rf"\s(?:{'|'.join(ATTACHED_TO)})(?:\s[^\W\d_]+){{1,4}}\Z")


@functools.lru_cache(maxsize=4096)
def archive_id(token: str) -> str | None:
    """The id of the archive ``token`` names today, or None: the one lookup every reader uses.

    >>> archive_id("ЦХСД"), archive_id("ЦА ФСБ «Лубянка»"), archive_id("NARA")
    ('RGANI', 'TsAFSB', None)
    >>> archive_id("ЦПА ИМЛ при ЦК КПСС")
    'RGASPI'
    """
    archive = find(token)
    if archive is None and "«" in token:
        archive = find(_QUOTED_NAME.sub("", token))
    if archive is None and any(f" {word} " in token for word in ATTACHED_TO):
        archive = find(_ATTACHED.sub("", token))  # "ЦПА ИМЛ при ЦК КПСС"
    return None if archive is None else archive.id


def spellings() -> tuple[str, ...]:
    """Every acronym spelling (Latin and Cyrillic, spaced variants), longest first.

    >>> "TsKhSD" in spellings() and "ЦХСД" in spellings() and "AP RF" in spellings()
    True
    """
    return default().spellings()


def respell(
    token: str, script: str, system: str = "ala-lc", *, keep_variant: bool = True
) -> str | None:
    """The acronym of the same name in another script or system; None for an unknown token.

    >>> respell("TsKhSD", "cyrillic"), respell("АП РФ", "latin"), respell("ЦХСД", "latin", "iso9")
    ('ЦХСД', 'AP RF', 'CHSD')
    """
    return default().respell(token, script, system, keep_variant=keep_variant)


def modern(token: str, script: str, system: str = "ala-lc") -> str | None:
    """Today's acronym of the archive ``token`` names; None for an unknown token.

    >>> modern("TsKhSD", "latin"), modern("ЦХСД", "cyrillic")
    ('RGANI', 'РГАНИ')
    """
    return default().modern(token, script, system)


def is_current(token: str) -> bool:
    """True where ``token`` names its archive as it is called today: not ``"TsKhSD"``."""
    return default().is_current(token)


_RENAMED = {"all": ("archives", archives), "normalise": ("lookup_key", lookup_key)}


def __getattr__(name: str) -> Any:
    # Names of 0.1.0.dev0 that shadowed a builtin or meant something else than
    # archcite.normalise; kept for one release.
    if name in _RENAMED:
        new, function = _RENAMED[name]
        warnings.warn(
            f"archcite.registry.{name} is now archcite.registry.{new}",
            DeprecationWarning,
            stacklevel=2,
        )
        return function
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
