"""Citations of archival documents as values: what citation software stores and exchanges."""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from ..levels import LEVELS
from ..model import ArchivalReference, Contributor, DocumentCitation, PartialDate, Publication
from ._archives import archives
from ._references import references as reference_values

__all__ = ["citation_values"]

_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHабвгдежзийклмнопрстуфхцчшщыэюяЖЧШ"
# Free text mixes the scripts with the characters BibTeX, RIS and HTML escape.
_WORDS = st.text(_LETTERS + "0123456789-'&%_#.()«»“”{}\\$~^", min_size=1, max_size=10)
_TEXTS = (
    st.lists(_WORDS, min_size=1, max_size=5)
    .map(" ".join)
    .filter(lambda t: t == t.strip() and not t.startswith("archcite-"))
)
_NAMES = st.one_of(
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
_ROLES = ("compiler", "translator", "editor", "contributor", "transcriber", "annotator")
_DATES = st.builds(
    lambda year, month, day, old: PartialDate(year, month, day if month else None, old_style=old),
    st.integers(1700, 1999),
    st.none() | st.integers(1, 12),
    st.none() | st.integers(1, 28),
    st.booleans(),
)
_PUBLICATIONS = st.builds(
    Publication,
    _TEXTS,
    st.none() | st.sampled_from(["8-9", "12", "3"]),
    st.none() | st.sampled_from(["400", "400-402", "12"]),
    year=st.none() | st.integers(1990, 2020),
)
_URLS = st.integers(1, 10**6).map(lambda n: f"https://digitalarchive.wilsoncenter.org/document/{n}")


def _optional(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.none() | strategy


@st.composite
def _references(
    draw: st.DrawFn, given: st.SearchStrategy[ArchivalReference] | None, most: int
) -> tuple[ArchivalReference, ...]:
    """Up to ``most`` references; after one with an archive, every one names its archive
    (a citation's later references without one would take the first one's)."""
    count = draw(st.integers(0, most))
    if given is not None:
        return tuple(draw(given) for _ in range(count))
    found: list[ArchivalReference] = []
    for _ in range(count):
        tokens = archives() if found and found[0].archive else st.none() | archives()
        found.append(draw(reference_values(tokens, LEVELS, ("fond",), None)))
    return tuple(found)


def citation_values(
    *,
    references: st.SearchStrategy[ArchivalReference] | None = None,
    max_references: int = 3,
) -> st.SearchStrategy[DocumentCitation]:
    """:class:`~archcite.DocumentCitation` values, every field filled or left empty.

    The values citation software stores and exchanges (see :func:`archcite.to_csl_json`,
    :func:`archcite.to_bibtex`, :func:`archcite.to_ris`): a title and original title, a
    date (Old Style too), type, classification, senders and recipients, contributors with
    their roles, a repository and collection, a publication, a URL, notes, and up to
    ``max_references`` archival references from :func:`archival_references` (or drawn
    from ``references``). Free text mixes Latin and Cyrillic with the characters BibTeX,
    RIS and HTML escape (``{}``, ``\\``, ``%``, ``&``, ``«»``). For the text of a citation,
    see :func:`document_citations`.

    For example, ``citation_values().example().title`` may give::

        'Zapiska {TsK} 50%'
    """
    if max_references < 0:
        raise InvalidArgument(f"max_references must be at least 0, not {max_references!r}")
    return st.builds(
        DocumentCitation,
        title=_optional(_TEXTS),
        original_title=_optional(_TEXTS),
        description=_optional(_TEXTS),
        date=_optional(_DATES),
        document_type=_optional(st.sampled_from(["telegram", "memorandum", "letter", "записка"])),
        classification=_optional(st.sampled_from(["Top Secret", "Совершенно секретно"])),
        authors=st.lists(_NAMES, max_size=3),
        recipients=st.lists(_NAMES, max_size=2),
        contributors=st.lists(st.builds(Contributor, _NAMES, st.sampled_from(_ROLES)), max_size=4),
        repository=_optional(
            st.sampled_from(["Wilson Center Digital Archive", "Hoover Institution"])
        ),
        collection=_optional(st.sampled_from(["Malin Collection", "Volkogonov Papers"])),
        references=_references(references, max_references),
        publication=_optional(_PUBLICATIONS),
        url=_optional(_URLS),
        notes=st.lists(_TEXTS, max_size=2),
    )
