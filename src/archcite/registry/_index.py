"""Look archives up by any spelling: one dict from normalised spelling to name."""

from __future__ import annotations

import difflib
import functools
import re
import unicodedata
from collections.abc import Iterable

import attrs

from .. import translit
from ..errors import RegistryDataError, UnknownArchive
from ._model import Archive, ArchiveName

__all__ = ["Registry", "lookup_key"]


@functools.lru_cache(maxsize=8192)
def lookup_key(text: str) -> str:
    """The lookup key of a spelling: letters and digits only, case and diacritics folded.

    >>> lookup_key("Ts.Kh.S.D."), lookup_key("АП РФ"), lookup_key("T͡sKhSD"), lookup_key("SÚA")
    ('tskhsd', 'апрф', 'tskhsd', 'sua')
    """
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    # Modifier letters (ʹ ʺ) are letters to Unicode but punctuation to a citation.
    return "".join(
        char
        for char in decomposed
        if unicodedata.category(char)[0] in "LN" and unicodedata.category(char) != "Lm"
    )


#: The words of a library's or an institute's manuscript department, as lookup keys:
#: named before the institution in its acronym ("ОР РГБ", "НИОР РГБ", "РО ИРЛИ", "ОПИ ГИМ",
#: and their romanisations) and as often after it, as a division of it ("РГБ. НИОР. Ф. 218",
#: "IRLI, RO, f. 244").
DEPARTMENT_WORDS = frozenset(("ор", "ниор", "ро", "опи", "or", "nior", "ro", "opi"))


def institution_first(spelling: str) -> str | None:
    """A department's acronym with the institution first, or None for any other spelling.

    >>> institution_first("НИОР РГБ"), institution_first("GA RF")
    ('РГБ НИОР', None)
    """
    department, _, institution = spelling.partition(" ")
    if not institution or lookup_key(department) not in DEPARTMENT_WORDS:
        return None
    return f"{institution} {department}"


def _spaced(text: str) -> str:
    """A looser key that keeps word breaks, so ``GA RF`` and ``GARF`` stay apart for respell."""
    return " ".join(_BREAKS.split(text.casefold())).strip()


_BREAKS = re.compile(r"[\s.\-‐–]+")


@attrs.frozen
class _Hit:
    """Where a spelling points: an entry, which of its names, which spelling of it."""

    archive: str
    index: int
    variant: int | None  # position among the name's spellings; None for a full name or an id


class Registry:
    """A set of archives and the index that finds them by any spelling.

    >>> from archcite.registry import default
    >>> default().lookup("АП РФ").id
    'APRF'
    """

    def __init__(self, archives: Iterable[Archive]):
        self._archives = tuple(archives)
        self._by_id = {archive.id: archive for archive in self._archives}
        self._today = {archive.id: self._follow(archive) for archive in self._archives}
        self._keys: dict[str, _Hit] = {}
        self._spaced: dict[str, _Hit] = {}
        self._shown: dict[str, str] = {}  # key -> the spelling it came from, for suggestions
        self._entry_keys: dict[str, list[str]] = {archive.id: [] for archive in self._archives}
        spellings: dict[str, None] = {}
        for archive in self._archives:
            for name in archive.names:
                for variant, spelling in enumerate(name.spellings):
                    hit = _Hit(archive.id, name.index, 0 if name.kind == "usage" else variant)
                    self._add(spelling, hit)
                    spellings.setdefault(spelling)
                    turned = institution_first(spelling)
                    if turned is not None and self._add_derived(turned, hit):
                        spellings.setdefault(turned)
                for text in self._full_forms(name):
                    self._add(text, _Hit(archive.id, name.index, None))
        for archive in self._archives:
            self._add(archive.id, _Hit(archive.id, archive.current.index, None))
        self._spellings = tuple(sorted(spellings, key=lambda s: (-len(s), s)))

    @staticmethod
    def _full_forms(name: ArchiveName) -> Iterable[str]:
        if name.full is None:
            return ()
        if name.kind == "aka" and name.script == "cyrillic":
            # Other names are recorded once; their romanisations are keys all the same.
            romanised = (translit.to_latin(name.full, system) for system in translit.SYSTEMS)
            return (name.full, *romanised)
        return (name.full,)

    def _add(self, spelling: str, hit: _Hit) -> None:
        key = lookup_key(spelling)
        if not key:
            message = f"entry {hit.archive!r}: {spelling!r} has no letters"
            raise RegistryDataError(message, hit.archive)
        self._spaced.setdefault(_spaced(spelling), hit)
        known = self._keys.setdefault(key, hit)
        if known.archive != hit.archive:
            message = f"entry {hit.archive!r}: {spelling!r} already names {known.archive!r}"
            raise RegistryDataError(message, hit.archive)
        if known is hit:
            self._shown[key] = spelling
            self._entry_keys[hit.archive].append(key)

    def _add_derived(self, spelling: str, hit: _Hit) -> bool:
        """Add a spelling derived from a recorded one, pointing where that one points (so
        that it is shown as recorded), unless its key is taken; whether it was added."""
        if lookup_key(spelling) in self._keys:
            return False
        self._add(spelling, hit)
        return True

    def _follow(self, archive: Archive) -> Archive:
        while archive.successor is not None:
            archive = self._by_id[archive.successor]
        return archive

    def archives(self) -> tuple[Archive, ...]:
        """Every entry, those merged into others (``successor`` set) included."""
        return self._archives

    def get(self, archive_id: str) -> Archive:
        """The entry with exactly this id, even one since merged away; KeyError if none."""
        return self._by_id[archive_id]

    def today(self, archive: Archive) -> Archive:
        """The archive that holds ``archive``'s records today (itself unless merged away)."""
        return self._today[archive.id]

    def _hit(self, name: str) -> _Hit | None:
        """The name ``name`` spells, telling ``GA RF`` from ``GARF`` where they differ."""
        return self._spaced.get(_spaced(name)) or self._keys.get(lookup_key(name))

    def find(self, name: str) -> Archive | None:
        """The archive ``name`` denotes today, or None: ``find("TsKhSD").id == "RGANI"``."""
        hit = self._keys.get(lookup_key(name))
        return None if hit is None else self._today[hit.archive]

    def lookup(self, name: str) -> Archive:
        """As :meth:`find`, but an unknown name raises UnknownArchive with close spellings."""
        found = self.find(name)
        if found is None:
            close = difflib.get_close_matches(lookup_key(name), self._shown, n=3, cutoff=0.6)
            raise UnknownArchive(name, [self._shown[key] for key in close])
        return found

    def search(self, text: str) -> list[Archive]:
        """Entries with a name containing every word of ``text``, exact matches first.

        ``search("military")`` finds RGVA, RGVIA, VHA, …; any script, any part of a name.
        """
        words = [lookup_key(word) for word in text.split()]
        words = [word for word in words if word]
        if not words:
            return list(self._archives)
        whole = lookup_key(text)
        ranked: list[tuple[int, int, Archive]] = []
        for position, archive in enumerate(self._archives):
            keys = self._entry_keys[archive.id]
            if not any(all(word in key for word in words) for key in keys):
                continue
            rank = 0 if whole in keys else 1 if any(k.startswith(whole) for k in keys) else 2
            ranked.append((rank, position, archive))
        return [archive for _, _, archive in sorted(ranked, key=lambda item: item[:2])]

    def spellings(self) -> tuple[str, ...]:
        """Every acronym spelling, in both scripts and every system, longest first."""
        return self._spellings

    def respell(
        self, token: str, script: str, system: str = "ala-lc", *, keep_variant: bool = True
    ) -> str | None:
        """The acronym of the name ``token`` denotes, in another script or system.

        ``respell("TsKhSD", "cyrillic") == "ЦХСД"`` — the same name, not today's. A token
        that is a recorded variant ("APRF" beside "AP RF") gives the matching variant,
        unless ``keep_variant`` is false.
        """
        hit = self._hit(token)
        if hit is None:
            return None
        archive = self._by_id[hit.archive]
        name = archive.form(_name(archive, hit.index), script, system)
        if hit.variant is None or not name.spellings or not keep_variant:
            return name.acronym or name.full
        spellings = name.spellings
        return spellings[hit.variant] if hit.variant < len(spellings) else spellings[0]

    def modern(self, token: str, script: str, system: str = "ala-lc") -> str | None:
        """Today's acronym of the archive ``token`` names: ``modern("TsKhSD", "latin")``."""
        archive = self.find(token)
        return None if archive is None else archive.acronym(script, system)

    def is_current(self, token: str) -> bool:
        """True where ``token`` spells a name its archive goes by today."""
        hit = self._hit(token)
        if hit is None:
            return False
        archive = self._by_id[hit.archive]
        return archive.successor is None and not _name(archive, hit.index).former


def _name(archive: Archive, index: int) -> ArchiveName:
    return archive.original(index)
