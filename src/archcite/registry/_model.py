"""The registry's values: an archive, its names through time, and transfers of holdings."""

from __future__ import annotations

from typing import Literal

import attrs

from ..errors import RegistryDataError

__all__ = ["Archive", "ArchiveName", "NameKind", "RegistryDataError", "Script", "Transfer"]

Script = Literal["cyrillic", "latin"]

#: How a name came to be in the registry: as the archive itself wrote it (``original``),
#: romanised from that by :mod:`archcite.translit` (``transliteration``), an English
#: ``translation``, a spelling found in use that no rule produces (``usage``), or another
#: name the archive goes by (``aka``: "Special Archive", "Kremlin Archive").
NameKind = Literal["original", "transliteration", "translation", "usage", "aka"]


@attrs.frozen
class ArchiveName:
    """One name of an archive, in one script and transliteration system, with its years.

    >>> ArchiveName("ЦХСД", "Центр хранения современной документации", "cyrillic",
    ...             language="ru", valid_from=1991, valid_to=1999).acronym
    'ЦХСД'

    ``variants`` are other spellings of the same acronym (``"ГА РФ"`` beside ``"ГАРФ"``),
    aligned across the transliterations of one name; ``index`` says which of the archive's
    names through time this is a form of; ``former`` is true once the name went out of use.
    """

    acronym: str | None
    full: str | None
    script: Script
    system: str | None = None
    language: str | None = None
    valid_from: int | None = None
    valid_to: int | None = None
    variants: tuple[str, ...] = ()
    kind: NameKind = "original"
    index: int = 0
    former: bool = False

    @property
    def spellings(self) -> tuple[str, ...]:
        """The acronym and its variants, as they can appear in text."""
        return ((self.acronym,) if self.acronym else ()) + self.variants

    @property
    def years(self) -> str:
        """The years in use, for display: ``1991–1999``, ``since 1999``, ``until 1992``."""
        if self.valid_from is None and self.valid_to is None:
            return ""
        if self.valid_to is None:
            return f"since {self.valid_from}"
        if self.valid_from is None:
            return f"until {self.valid_to}"
        if self.valid_from == self.valid_to:
            return str(self.valid_from)
        return f"{self.valid_from}–{self.valid_to}"

    def covers(self, year: int) -> bool:
        """True where the name was in use in ``year``; a former name of unknown dates never is."""
        if self.valid_from is None and self.valid_to is None and self.former:
            return False
        starts = self.valid_from is None or self.valid_from <= year
        return starts and (self.valid_to is None or year <= self.valid_to)


@attrs.frozen
class Transfer:
    """Holdings an archive passed to another without becoming it.

    >>> Transfer("RGANI", "CC CPSU fonds after 1953").to
    'RGANI'
    """

    to: str
    holdings: str
    year: int | None = None


@attrs.frozen
class Archive:
    """An archive and every name it has had, in Cyrillic and Latin.

    >>> from archcite.registry import lookup
    >>> rgani = lookup("TsKhSD")
    >>> rgani.id, rgani.acronym(), rgani.acronym(year=1995), rgani.acronym("cyrillic", year=1995)
    ('RGANI', 'RGANI', 'TsKhSD', 'ЦХСД')

    ``predecessors`` are the ids of archives merged into this one; ``successor`` the id of
    the archive this one was merged into (None while it exists); ``transfers`` the holdings
    it passed on while going on itself (APRF's historical fonds to RGANI and RGASPI), and
    ``transferred_from`` the ids of archives whose holdings it received that way.
    """

    id: str
    names: tuple[ArchiveName, ...]
    city: str
    country: str
    predecessors: tuple[str, ...] = ()
    successor: str | None = None
    transfers: tuple[Transfer, ...] = ()
    transferred_from: tuple[str, ...] = ()
    notes: str | None = None
    unverified: str | None = None
    sources: tuple[str, ...] = ()
    # The names as written, and by their index: worked out once, as every look-up and
    # every style asks for them.
    _originals: tuple[ArchiveName, ...] = attrs.field(init=False, eq=False, repr=False)
    _by_index: dict[int, ArchiveName] = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        originals = tuple(name for name in self.names if name.kind == "original")
        object.__setattr__(self, "_originals", originals)
        object.__setattr__(self, "_by_index", {name.index: name for name in originals})

    @property
    def originals(self) -> tuple[ArchiveName, ...]:
        """The names as the archive wrote them, newest first within each language."""
        return self._originals

    def original(self, index: int) -> ArchiveName:
        """The name as the archive wrote it that ``index`` numbers (see ArchiveName.index)."""
        return self._by_index[index]

    @property
    def current(self) -> ArchiveName:
        """Today's name (for an archive merged away, the last name it had)."""
        originals = self.originals
        return next((name for name in originals if not name.former), originals[0])

    @property
    def former_names(self) -> tuple[ArchiveName, ...]:
        """The earlier names (besides the last one of an archive merged away), newest first."""
        current = self.current
        return tuple(name for name in self.originals if name.former and name != current)

    @property
    def english(self) -> str | None:
        """Today's name in English, where recorded: ``"Russian State Archive of ..."``."""
        current = self.current
        if current.language == "en":
            return current.full
        return next(
            (n.full for n in self.names if n.kind == "translation" and n.index == current.index),
            None,
        )

    def name_at(self, year: int | None = None, language: str | None = None) -> ArchiveName:
        """The name in use in ``year`` (today's without one), as the archive wrote it.

        ``lookup("RGANI").name_at(1995).acronym == "ЦХСД"``. Years before the first dated
        name give the earliest name, years after the last give today's; ``language``
        prefers the name in that language where several were in use at once.
        """
        if year is None:
            return self.current
        originals = self.originals
        covering = [name for name in originals if name.covers(year)]
        if covering:
            preferred = [name for name in covering if name.language == language]
            return (preferred or covering)[0]
        starts = [name.valid_from for name in originals if name.valid_from is not None]
        if starts and year < min(starts):
            return min(originals, key=lambda name: name.valid_from or year)
        return self.current

    def form(self, name: ArchiveName, script: str = "latin", system: str = "ala-lc") -> ArchiveName:
        """The same name in ``script`` and, for Latin from Cyrillic, in ``system``.

        A name first written in Latin letters has no Cyrillic form and comes back as it is.
        """
        if script not in ("cyrillic", "latin"):
            raise ValueError(f"script must be 'cyrillic' or 'latin', not {script!r}")
        original = self.original(name.index)
        if script == original.script:
            return original
        if script == "cyrillic":
            return original
        for candidate in self.names:
            if (
                candidate.kind == "transliteration"
                and candidate.index == name.index
                and candidate.system == system
            ):
                return candidate
        raise ValueError(f"unknown transliteration system {system!r}")

    def acronym(
        self, script: str = "latin", system: str = "ala-lc", year: int | None = None
    ) -> str:
        """The acronym in use in ``year`` (today's without one), in that script and system.

        Falls back to the full name where the name had no acronym (``"VI сектор ..."``).
        """
        name = self.form(self.name_at(year), script, system)
        return name.acronym or name.full or self.id
