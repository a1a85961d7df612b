"""Hypothesis strategies for the interop tests: references and citations as the grammar reads them.

Identifiers, folios and archive tokens are drawn from the shapes real citations use, so
that every generated reference is one ``archcite.parse`` can read back; the free-text
fields mix Latin, Cyrillic and LaTeX's special characters.
"""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from archcite import registry
from archcite.model import (
    ArchivalReference,
    Contributor,
    DocumentCitation,
    Folio,
    FolioRange,
    Folios,
    PartialDate,
    Publication,
)

ARCHIVES = ("TsKhSD", "ЦХСД", "RGANI", "GARF", "ГАРФ", "RGASPI", "РГАСПИ", "APRF", "TsAMO")


def _archive_id(token: str | None) -> str | None:
    found = registry.find(token) if token else None
    return None if found is None else found.id


_number = st.integers(1, 9999).map(str)
identifiers = st.one_of(
    _number,
    st.builds(lambda prefix, n: f"{prefix}-{n}", st.sampled_from(["R", "Р", "A", "А"]), _number),
    st.builds(lambda n, s: f"{n}{s}", _number, st.sampled_from(["a", "а", "s"])),
)
small = st.integers(1, 40).map(str)


@st.composite
def folios(draw: st.DrawFn) -> Folios:
    ranges = []
    for _ in range(draw(st.integers(1, 3))):
        number = draw(st.integers(1, 899))
        start = Folio(number, draw(st.sampled_from(["", "", "a", "а"])), verso=draw(st.booleans()))
        end = None
        if draw(st.booleans()):
            end = Folio(number + draw(st.integers(1, 99)), verso=draw(st.booleans()))
        ranges.append(FolioRange(start, end))
    return Folios(tuple(ranges))


_ANY_ARCHIVE = st.sampled_from([*ARCHIVES, None])


@st.composite
def references(
    draw: st.DrawFn, archive: st.SearchStrategy[str | None] = _ANY_ARCHIVE
) -> ArchivalReference:
    token = draw(archive)
    levels: dict[str, Any] = {"fond": draw(identifiers), "opis": draw(st.none() | identifiers)}
    for level in ("razdel", "korobka", "papka"):
        levels[level] = draw(st.none() | st.none() | small)
    levels[draw(st.sampled_from(["delo", "delo", "ed_khr"]))] = draw(identifiers)
    levels["tom"] = draw(st.none() | small)
    levels["chast"] = draw(st.none() | small)
    levels["folios"] = draw(st.none() | folios())
    levels["rolik"] = draw(st.none() | st.none() | small)
    return ArchivalReference(archive=token, archive_id=_archive_id(token), **levels)


_letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHабвгдежзийклмнопрстуфхцчшщыэюяЖЧШ"
_words = st.text(_letters + "0123456789-'&%_#.()«»“”{}\\$~^", min_size=1, max_size=10)
texts = (
    st.lists(_words, min_size=1, max_size=5)
    .map(" ".join)
    .filter(lambda t: t == t.strip() and not t.startswith("archcite-"))
)
names = st.one_of(
    st.sampled_from(["V. N.", "N. S.", "A.", "И.Н.", "Nikita", "Mark"]).flatmap(
        lambda given: st.sampled_from(["Chernukha", "Khrushchev", "Розанов", "Kramer"]).map(
            lambda family: f"{given} {family}"
        )
    ),
    st.sampled_from(["Розанов И.Н.", "Chernukha V. N."]),
    st.sampled_from(
        ["Malenkov", "Суслов", "CC CPSU Presidium", "Ministry of Trade and Industry", "ЦК КПСС"]
    ),
)
contributors = st.builds(
    Contributor,
    names,
    st.sampled_from(
        ["compiler", "translator", "editor", "contributor", "transcriber", "annotator"]
    ),
)
dates = st.builds(
    lambda year, month, day, old: PartialDate(year, month, day if month else None, old_style=old),
    st.integers(1700, 1999),
    st.none() | st.integers(1, 12),
    st.none() | st.integers(1, 28),
    st.booleans(),
)
publications = st.builds(
    Publication,
    texts,
    st.none() | st.sampled_from(["8-9", "12", "3"]),
    st.none() | st.sampled_from(["400", "400-402", "12"]),
    year=st.none() | st.integers(1990, 2020),
)


@st.composite
def citation_references(draw: st.DrawFn) -> tuple[ArchivalReference, ...]:
    """Up to three references; after one with an archive, every one names its archive."""
    count = draw(st.integers(0, 3))
    if count == 0:
        return ()
    first = draw(references())
    rest_archive = (
        st.sampled_from(ARCHIVES) if first.archive else st.sampled_from([*ARCHIVES, None])
    )
    return (first, *(draw(references(rest_archive)) for _ in range(count - 1)))


def _optional(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.none() | strategy


citations = st.builds(
    DocumentCitation,
    title=_optional(texts),
    original_title=_optional(texts),
    description=_optional(texts),
    date=_optional(dates),
    document_type=_optional(st.sampled_from(["telegram", "memorandum", "letter", "записка"])),
    classification=_optional(st.sampled_from(["Top Secret", "Совершенно секретно"])),
    authors=st.lists(names, max_size=3),
    recipients=st.lists(names, max_size=2),
    contributors=st.lists(contributors, max_size=4),
    repository=_optional(st.sampled_from(["Wilson Center Digital Archive", "Hoover Institution"])),
    collection=_optional(st.sampled_from(["Malin Collection", "Volkogonov Papers"])),
    references=citation_references(),
    publication=_optional(publications),
    url=_optional(
        st.integers(1, 10**6).map(lambda n: f"https://digitalarchive.wilsoncenter.org/document/{n}")
    ),
    notes=st.lists(texts, max_size=2),
)
