"""What the reading tests share: a reference's values as parse and extract read them."""

from __future__ import annotations

from archcite import ArchivalReference, Match, parse


def values(reference: ArchivalReference) -> dict[str, str]:
    """The flat form of ``reference`` without its registry id, which the tests leave to
    the registry's own tests."""
    result = reference.to_dict()
    result.pop("archive_id", None)
    return result


def fields(text: str) -> dict[str, str]:
    """The values :func:`archcite.parse` reads from ``text``."""
    return values(parse(text))


def spans_and_values(matches: list[Match]) -> list[tuple[str, dict[str, str]]]:
    """Each match's text and the values of its reference as written."""
    return [(match.text, values(match.reference)) for match in matches]
