"""Read and validate the registry data file; every problem names the entry at fault."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import attrs

from .. import translit
from ._model import Archive, ArchiveName, NameKind, RegistryDataError, Script, Transfer

__all__ = ["parse_archives", "read_archives"]

_ID = re.compile(r"[A-Za-z][A-Za-z0-9-]*\Z")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")

_ENTRY_KEYS = {
    "id",
    "city",
    "country",
    "names",
    "successor",
    "transfers",
    "sources",
    "notes",
    "unverified",
}
_NAME_KEYS = {
    "acronym",
    "variants",
    "usage",
    "full",
    "english",
    "aka",
    "language",
    "from",
    "to",
    "former",
}
_TRANSFER_KEYS = {"to", "holdings", "year"}


def read_archives(path: str | Path) -> tuple[Archive, ...]:
    """Every archive in the data file at ``path``, validated.

    >>> from importlib.resources import files
    >>> read_archives(str(files("archcite.registry") / "archives.json"))[0].id
    'GARF'
    """
    path = Path(str(path))
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise RegistryDataError(f"{path}: cannot read the registry: {error}") from error
    return parse_archives(data, source=str(path))


def parse_archives(data: Any, source: str = "registry") -> tuple[Archive, ...]:
    """Validate decoded registry data and build its archives."""
    if not isinstance(data, Mapping) or not isinstance(data.get("archives"), list):
        raise RegistryDataError(f"{source}: expected an object with an 'archives' list")
    entries: list[Mapping[str, Any]] = data["archives"]
    ids: dict[str, int] = {}
    for position, entry in enumerate(entries):
        where = _where(source, position, entry)
        if not isinstance(entry, Mapping):
            raise RegistryDataError(f"{where}: an entry must be an object")
        identifier = _text(entry.get("id"), where, "id")
        if not _ID.match(identifier):
            raise RegistryDataError(
                f"{where}: id must be Latin letters, digits and hyphens", identifier
            )
        if identifier in ids:
            raise RegistryDataError(
                f"{where}: id {identifier!r} repeats entry #{ids[identifier]}", identifier
            )
        ids[identifier] = position
    archives = [_archive(entry, _where(source, i, entry)) for i, entry in enumerate(entries)]
    _check_relations(archives, source)
    return _link(archives)


def _where(source: str, position: int, entry: Any) -> str:
    name = entry.get("id") if isinstance(entry, Mapping) else None
    return f"{source}: entry {name!r} (archives[{position}])"


def _fail(where: str, problem: str) -> RegistryDataError:
    entry = re.search(r"entry '([^']*)'", where)
    return RegistryDataError(f"{where}: {problem}", entry.group(1) if entry else None)


def _text(value: Any, where: str, field: str) -> str:
    if not isinstance(value, str) or not value.strip() or value != value.strip():
        raise _fail(where, f"{field} must be a non-empty string, no outer spaces: {value!r}")
    return value


def _texts(value: Any, where: str, field: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise _fail(where, f"{field} must be a list of strings")
    return tuple(_text(item, where, field) for item in value)


def _year(value: Any, where: str, field: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 1000 <= value <= 2100:
        raise _fail(where, f"{field} must be a year, got {value!r}")
    return value


def _unknown_keys(item: Mapping[str, Any], allowed: set[str], where: str) -> None:
    unknown = sorted(set(item) - allowed)
    if unknown:
        raise _fail(where, f"unknown field(s) {', '.join(unknown)}")


def _script(text: str, where: str, whole_word: bool = True) -> Script:
    """The script of a spelling; an acronym mixing Cyrillic and Latin letters is a typo."""
    cyrillic, latin = bool(_CYRILLIC.search(text)), bool(_LATIN.search(text))
    if cyrillic and latin and whole_word:
        raise _fail(where, f"{text!r} mixes Cyrillic and Latin letters")
    return "cyrillic" if cyrillic else "latin"


def _archive(entry: Mapping[str, Any], where: str) -> Archive:
    _unknown_keys(entry, _ENTRY_KEYS, where)
    successor = entry.get("successor")
    if successor is not None:
        _text(successor, where, "successor")
    raw_names = entry.get("names")
    if not isinstance(raw_names, list) or not raw_names:
        raise _fail(where, "names must be a non-empty list")
    names: list[ArchiveName] = []
    for index, raw in enumerate(raw_names):
        names.extend(_names(raw, index, successor is not None, f"{where} names[{index}]"))
    _check_order(names, where)
    originals = [name for name in names if name.kind == "original"]
    if successor is None and all(name.former for name in originals):
        raise _fail(where, "has no current name and no successor")
    transfers = entry.get("transfers") or []
    if not isinstance(transfers, list):
        raise _fail(where, "transfers must be a list")
    return Archive(
        id=entry["id"],
        names=tuple(names),
        city=_text(entry.get("city"), where, "city"),
        country=_text(entry.get("country"), where, "country"),
        successor=successor,
        transfers=tuple(_transfer(item, where) for item in transfers),
        notes=_optional_text(entry.get("notes"), where, "notes"),
        unverified=_optional_text(entry.get("unverified"), where, "unverified"),
        sources=_texts(entry.get("sources"), where, "sources"),
    )


def _optional_text(value: Any, where: str, field: str) -> str | None:
    return None if value is None else _text(value, where, field)


def _transfer(item: Any, where: str) -> Transfer:
    if not isinstance(item, Mapping):
        raise _fail(where, "a transfer must be an object")
    _unknown_keys(item, _TRANSFER_KEYS, f"{where} transfer")
    return Transfer(
        to=_text(item.get("to"), where, "transfer to"),
        holdings=_text(item.get("holdings"), where, "transfer holdings"),
        year=_year(item.get("year"), where, "transfer year"),
    )


def _names(raw: Any, index: int, merged: bool, where: str) -> Iterator[ArchiveName]:
    """The name as written, its transliterations, English, usage and other names."""
    if not isinstance(raw, Mapping):
        raise _fail(where, "a name must be an object")
    _unknown_keys(raw, _NAME_KEYS, where)
    acronym = _optional_text(raw.get("acronym"), where, "acronym")
    full = _optional_text(raw.get("full"), where, "full")
    english = _optional_text(raw.get("english"), where, "english")
    if acronym is None and full is None and english is None:
        raise _fail(where, "a name needs an acronym, a full name or an English name")
    variants = _texts(raw.get("variants"), where, "variants")
    if variants and acronym is None:
        raise _fail(where, "variants need an acronym")
    language = _text(raw.get("language"), where, "language")
    start, end = _year(raw.get("from"), where, "from"), _year(raw.get("to"), where, "to")
    if start is not None and end is not None and end < start:
        raise _fail(where, f"ends ({end}) before it starts ({start})")
    former = raw.get("former", False)
    if not isinstance(former, bool):
        raise _fail(where, "former must be true or false")
    if merged and end is None:
        raise _fail(where, "an archive with a successor needs an end year on every name")
    former = former or end is not None or merged

    def name(
        acronym: str | None,
        full: str | None,
        script: Script,
        system: str | None,
        language: str | None,
        kind: NameKind,
        variants: tuple[str, ...] = (),
    ) -> ArchiveName:
        return ArchiveName(
            acronym, full, script, system, language, start, end, variants, kind, index, former
        )

    spellings = ((acronym,) if acronym else ()) + variants
    scripts = {_script(spelling, where) for spelling in spellings}
    if full is not None:
        scripts.add(_script(full, where, whole_word=False))
    if len(scripts) > 1:
        raise _fail(where, "the acronym and full name are in different scripts")
    script: Script = scripts.pop() if scripts else "latin"
    if script == "cyrillic" and language not in translit.LANGUAGES:
        raise _fail(where, f"language {language!r} has no transliteration table")

    if acronym is None and full is None:
        yield name(None, english, "latin", None, "en", "original")
    else:
        yield name(acronym, full, script, None, language, "original", variants)
        if english is not None:
            yield name(None, english, "latin", None, "en", "translation")
    if script == "cyrillic":
        for system in translit.SYSTEMS:

            def latin(text: str, system: str = system) -> str:
                return translit.to_latin(text, system, language)

            yield name(
                latin(acronym) if acronym else None,
                latin(full) if full else None,
                "latin",
                system,
                language,
                "transliteration",
                tuple(map(latin, variants)),
            )
    for usage in _texts(raw.get("usage"), where, "usage"):
        yield name(usage, None, _script(usage, where), None, language, "usage")
    for aka in _texts(raw.get("aka"), where, "aka"):
        yield name(None, aka, _script(aka, where, whole_word=False), None, None, "aka")


def _check_order(names: list[ArchiveName], where: str) -> None:
    """Within one language, dated names run newest first."""
    latest: dict[str | None, int] = {}
    for name in names:
        if name.kind != "original" or name.valid_from is None:
            continue
        previous = latest.get(name.language)
        if previous is not None and name.valid_from > previous:
            raise _fail(
                where,
                f"names must run newest first: {name.acronym or name.full!r} "
                f"({name.valid_from}) follows a name from {previous}",
            )
        latest[name.language] = name.valid_from


def _check_relations(archives: list[Archive], source: str) -> None:
    by_id = {archive.id: archive for archive in archives}
    for position, archive in enumerate(archives):
        where = f"{source}: entry {archive.id!r} (archives[{position}])"
        for target in [archive.successor, *(t.to for t in archive.transfers)]:
            if target is not None and target not in by_id:
                raise _fail(where, f"refers to unknown archive id {target!r}")
        seen = {archive.id}
        successor = archive.successor
        while successor is not None:
            if successor in seen:
                raise _fail(where, f"successors run in a circle through {successor!r}")
            seen.add(successor)
            successor = by_id[successor].successor


def _link(archives: list[Archive]) -> tuple[Archive, ...]:
    """Fill in the reverse relations, so the data file states each relation once."""
    merged_into: dict[str, list[str]] = {}
    received: dict[str, list[str]] = {}
    for archive in archives:
        if archive.successor is not None:
            merged_into.setdefault(archive.successor, []).append(archive.id)
        for transfer in archive.transfers:
            received.setdefault(transfer.to, []).append(archive.id)
    return tuple(
        attrs.evolve(
            archive,
            predecessors=tuple(merged_into.get(archive.id, ())),
            transferred_from=tuple(received.get(archive.id, ())),
        )
        for archive in archives
    )
