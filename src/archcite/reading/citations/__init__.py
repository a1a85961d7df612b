"""Bibliographic citations of archival documents, read into a :class:`DocumentCitation`.

A citation is found around the archival references :func:`archcite.extract` locates:
the text before them (title, date, classification, senders, repository, or a GOST
description before ``//``) and after them (contributors, publication, URL, a GOST
file title or invented title) is read with the elements of :mod:`.items`, within the
bounds :mod:`.bounds` sets, and put together by :mod:`.assemble`.

>>> cit = parse_citation('See "Informatsiya," 27 November 1956 (Top Secret), '
...                      'in TsKhSD, F. 89, Op. 2, D. 5, Ll. 16-17.')
>>> (cit.title, cit.date.iso, cit.classification, cit.references[0].delo)
('Informatsiya', '1956-11-27', 'Top Secret', '5')
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from ...errors import ParseError
from ...model import DocumentCitation, Match
from ..scanner import extract
from .assemble import citation, unreferenced
from .bounds import end_of, groups, is_cyrillic, start_of
from .crossrefs import CrossReference, find_cross_references

__all__ = ["CrossReference", "find_citations", "find_cross_references", "parse_citation"]


def _references_in(text: str, excluded: Iterable[tuple[int, int]]) -> list[Match]:
    spans = list(excluded)
    return [
        match
        for match in extract(text)
        if not any(start < match.span[1] and match.span[0] < end for start, end in spans)
    ]


def find_citations(text: str) -> list[DocumentCitation]:
    """Every citation of a document in ``text`` (a note, a citation block), in order.

    >>> note = ('See "Shifrtelogramma," 26 November 1956, in TsKhSD, F. 89, Op. 2, D. 5, '
    ...         'Ll. 13-14. See also "Informatsiya," 27 November 1956, in TsKhSD, F. 89, '
    ...         'Op. 2, D. 5, Ll. 16-17.')
    >>> [c.title for c in find_citations(note)]
    ['Shifrtelogramma', 'Informatsiya']
    """
    return list(_iter_citations(text))


def _iter_citations(text: str) -> Iterator[DocumentCitation]:
    cross_references = find_cross_references(text)
    cited = groups(text, _references_in(text, (x.span for x in cross_references)))
    for number, group in enumerate(cited):
        first, last = group[0].span[0], group[-1].span[1]
        floor = cited[number - 1][-1].span[1] if number else 0
        ceiling = cited[number + 1][0].span[0] if number + 1 < len(cited) else len(text)
        gost = text[max(floor, first - 4) : first].rstrip().endswith("//")
        start = start_of(text, first, floor, gost)
        in_parentheses = start > 0 and text[start - 1] == "("
        # GOST search data runs on in ". "-separated elements to the file title in
        # parentheses or the invented title in brackets; a sentence end means nothing there.
        end = end_of(text, last, ceiling, in_parentheses, gost or is_cyrillic(group[-1]))
        references = tuple(match.resolved for match in group)
        yield citation(text, (start, first), references, (last, end), gost, cross_references)
    if not cited:
        alone = unreferenced(text, cross_references)
        if alone is not None:
            yield alone


def parse_citation(text: str) -> DocumentCitation:
    """Read the citation of a document that ``text`` holds (the first, if several).

    Raises :class:`~archcite.errors.ParseError` where there is none, such as a
    cross-reference alone or prose.

    >>> cit = parse_citation("Розанов И.Н. Письмо // ГАРФ. Ф. А-513. Оп. 1. Д. 12. Л. 14.")
    >>> (cit.authors, cit.title, cit.references[0].fond)
    (('Розанов И.Н.',), 'Письмо', 'А-513')
    """
    if not isinstance(text, str):
        raise TypeError(
            f"parse_citation() argument 'text' must be a string, not {type(text).__name__}"
        )
    first_citation = next(_iter_citations(text), None)
    if first_citation is not None:
        return first_citation
    cross_references = find_cross_references(text)
    if cross_references:
        first = cross_references[0]
        raise ParseError(
            text,
            first.span[0],
            "a citation",
            f"A cross-reference to note {first.note} {first.kind} is not a citation",
        )
    raise ParseError(text, 0, "a citation", "No citation of a document found")
