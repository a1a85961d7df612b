"""The plain paths of ``parse`` and ``extract`` read what the general readers read.

Both try one small pattern first for the commonest whole shape ("GARF, F. 286, Op. 30, D.
3, Ll. 228-229"; for ``extract``, a line of notes that holds nothing else) and build the
reference from its groups. These tests hold them to what the general readers make of the
same text, on examples of that shape and on near misses, which must go the general way.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from hypothesis import given
from hypothesis import strategies as st

from archcite import Match, ParseError, extract, parse
from archcite.reading import scanner
from archcite.reading.reference import _fast, _parse, _plain
from archcite.strategies import archives

_LABELS = {
    "latin": (("F", "f"), ("Op", "op"), ("D", "d"), ("L", "Ll", "l", "ll")),
    "cyrillic": (("Ф", "ф"), ("Оп", "оп"), ("Д", "д", "Спр", "спр"), ("Л", "Лл", "л", "арк")),
}
_NUMBERS = st.one_of(
    st.integers(1, 99_999).map(str),
    st.sampled_from(("0100", "06", "1937", "1918")),
)
# near misses: a verso, a letter, a year's mark, a second file, a word
_DAMAGE = st.sampled_from(("", "", "", " об.", "a", " г.", ", d. 5", " зв.", " (копия)"))


@st.composite
def _leaves(draw: st.DrawFn) -> str:
    """A leaf or a range, with versos or not."""

    def leaf() -> str:
        verso = draw(st.sampled_from(("", "", "об.", " об.", "ob.", "об", "v")))
        return f"{draw(st.integers(1, 500))}{verso}"

    return leaf() if draw(st.booleans()) else f"{leaf()}{draw(st.sampled_from('-–'))}{leaf()}"


@st.composite
def plain_shapes(draw: st.DrawFn) -> str:
    """A reference in the plain shape, labelled or compact, or one a character from it."""
    script = draw(st.sampled_from(("latin", "cyrillic")))
    archive = draw(archives(script=script))
    if draw(st.integers(0, 3)) == 0:
        joint = draw(st.sampled_from("./"))
        letter = draw(st.sampled_from(("", "", "a", "а", "s", "A")))
        text = (
            f"{archive}{draw(st.sampled_from((', ', ' ')))}{draw(_NUMBERS)}{joint}"
            f"{draw(_NUMBERS)}{letter}{joint}{draw(_NUMBERS)}"
        )
        if draw(st.booleans()):
            text += f"{joint}{draw(_leaves())}"
    else:
        fond, opis, delo, leaves = (draw(st.sampled_from(labels)) for labels in _LABELS[script])
        separator = st.sampled_from((", ", ". "))
        space = st.sampled_from((" ", ""))
        prefix = draw(st.sampled_from(("", "", "R-", "Р-", "П-", "A-")))
        text = (
            f"{archive}{draw(separator)}{fond}.{draw(space)}{prefix}{draw(_NUMBERS)}"
            f"{draw(separator)}{opis}.{draw(space)}{draw(_NUMBERS)}{draw(separator)}"
            f"{delo}.{draw(space)}{draw(_NUMBERS)}"
        )
        if draw(st.booleans()):
            text += f"{draw(separator)}{leaves}.{draw(space)}{draw(_leaves())}"
    text += draw(st.sampled_from(("", ".", " ", "..")))
    return text + draw(_DAMAGE)


def _general(text: str) -> object:
    """What the readers after the plain path make of ``text``: a reference or an error."""
    try:
        return _fast(text) or _parse(text)
    except ParseError as error:
        return ("error", error.position, error.expected)


@given(plain_shapes())
def test_the_plain_path_reads_what_the_general_readers_read(text: str) -> None:
    plain = _plain(text)
    if plain is not None:
        assert plain == _general(text), text


@pytest.mark.parametrize(
    "text",
    [
        "GARF, F. 286, Op. 30, D. 3, Ll. 228-229",
        "РГВА. Ф. 4. Оп. 54. Д. 637. Л. 129.",
        "APRF, f. 3, op. 64, d. 488, l. 181",
        "ЦХСД, ф.89, оп.2, д.5",
        "AP RF, f. 45, op. 1, d. 1550, ll. 5–10.",
        "GARF, F. R-286, Op. 30, D. 3, L. 7 ob.",
        "ЦДАГО України, ф. 1, оп. 20, спр. 6210, арк. 25–27об.",
    ],
)
def test_the_commonest_shape_takes_the_plain_path(text: str) -> None:
    plain = _plain(text)
    assert plain is not None
    assert plain == _general(text) == parse(text)


@pytest.mark.parametrize(
    "text",
    [
        "GARF, F. 286, Op. 30, D. 3, Ll. 28-19",  # runs backwards: the reader explains it
        "GARF, F. 286, Op. 30, D. 3, L. 7 (copy)",  # a remark
        "GARF, F. R286, Op. 30, D. 3",  # a prefix without its hyphen
        "Bolshevik, F. 286, Op. 30, D. 3",  # no archive the registry knows
        "GARF, F. 286, Op. 30, D. 3, D. 4",  # a second file
    ],
)
def test_other_shapes_go_the_general_way(text: str) -> None:
    assert _plain(text) is None


@contextmanager
def _general_way() -> Iterator[None]:
    """``extract`` without its plain path."""
    plain = scanner._Scanner._plain_note
    scanner._Scanner._plain_note = lambda *args, **kwargs: None  # type: ignore[method-assign]
    try:
        yield
    finally:
        scanner._Scanner._plain_note = plain  # type: ignore[method-assign]


def _extracted_the_general_way(text: str) -> list[Match]:
    with _general_way():
        return extract(text)


@st.composite
def plain_notes(draw: st.DrawFn) -> str:
    """Lines of notes in the plain shape or near it, numbered or not, and lines of prose."""
    lines = []
    for number in range(1, draw(st.integers(1, 4)) + 1):
        line = draw(st.one_of(plain_shapes(), st.sampled_from(("Ibid., l. 5.", "See p. 12."))))
        opening = draw(st.sampled_from((f"{number}. ", "", "  ", f"{number}) ", "See ")))
        lines.append(opening + line)
    return "\n".join(lines)


@given(plain_notes())
def test_the_plain_path_of_extract_makes_the_matches_the_general_way_makes(text: str) -> None:
    assert extract(text) == _extracted_the_general_way(text), text


def test_a_note_in_the_commonest_shape_takes_the_plain_path() -> None:
    text = "1. GARF, F. 286, Op. 30, D. 3, Ll. 228-229.\n2. РГВА. Ф. 4. Оп. 54. Д. 637. Л. 129."
    found = scanner._Scanner(text)
    assert found._plain_note(text.index("F.")) is not None
    assert found._plain_note(text.index("Ф.")) is not None
    assert extract(text) == _extracted_the_general_way(text)
    assert [match.text for match in extract(text)] == [
        "GARF, F. 286, Op. 30, D. 3, Ll. 228-229",
        "РГВА. Ф. 4. Оп. 54. Д. 637. Л. 129",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "1. GARF, F. 286, Op. 30, D. 3, Ll. 228-229; d. 4, l. 5.",  # more on the line
        "See GARF, F. 286, Op. 30, D. 3.",  # words before the archive
        "1. GARF, F. 286, Op. 30, D. 3, L. 7 (copy).",  # a remark
    ],
)
def test_other_notes_go_the_general_way(text: str) -> None:
    assert scanner._Scanner(text)._plain_note(text.index("F.")) is None
