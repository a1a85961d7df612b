"""The plain path of ``parse`` reads what the general readers read.

``parse`` tries one small pattern first for the commonest whole shape ("GARF, F. 286, Op.
30, D. 3, Ll. 228-229") and builds the reference from its groups. These tests hold it to
the reference the fast pattern and the run reader build from the same text, on examples
of that shape and on near misses, which must leave it for the general way.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from archcite import ParseError, parse
from archcite.reading.reference import _fast, _parse, _plain
from archcite.strategies import archives

_LABELS = {
    "latin": (("F", "f"), ("Op", "op"), ("D", "d"), ("L", "Ll", "l", "ll")),
    "cyrillic": (("Ф", "ф"), ("Оп", "оп"), ("Д", "д"), ("Л", "Лл", "л", "лл")),
}


@st.composite
def plain_shapes(draw: st.DrawFn) -> str:
    """A reference in the plain shape, or one a character away from it."""
    script = draw(st.sampled_from(("latin", "cyrillic")))
    archive = draw(archives(script=script))
    fond, opis, delo, leaves = (draw(st.sampled_from(labels)) for labels in _LABELS[script])
    number = st.one_of(
        st.integers(1, 99_999).map(str),
        st.sampled_from(("0100", "06", "1937", "1918")),
    )
    separator = st.sampled_from((", ", ". "))
    space = st.sampled_from((" ", ""))
    text = (
        f"{archive}{draw(separator)}{fond}.{draw(space)}{draw(number)}{draw(separator)}"
        f"{opis}.{draw(space)}{draw(number)}{draw(separator)}{delo}.{draw(space)}{draw(number)}"
    )
    if draw(st.booleans()):
        first = draw(st.integers(1, 500))
        last = draw(st.integers(1, 500))
        dash = draw(st.sampled_from(("-", "–")))
        folios = draw(st.sampled_from((str(first), f"{first}{dash}{last}")))
        text += f"{draw(separator)}{leaves}.{draw(space)}{folios}"
    text += draw(st.sampled_from(("", ".", " ")))
    # near misses: a verso, a letter, a year's mark, a second file, an unknown archive
    damage = draw(st.sampled_from(("", "", "", " об.", "a", " г.", ", d. 5", "X")))
    if damage == "X":
        return "X" + text
    return text + damage


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
        "GARF, F. 286, Op. 30, D. 3, L. 7 ob.",  # a verso
        "GARF, F. R-286, Op. 30, D. 3",  # a prefix
        "Bolshevik, F. 286, Op. 30, D. 3",  # no archive the registry knows
        "GARF, F. 286, Op. 30, D. 3, D. 4",  # a second file
    ],
)
def test_other_shapes_go_the_general_way(text: str) -> None:
    assert _plain(text) is None
