"""archcite's own properties, over the values archcite.strategies generates.

Every property here is strict: a failure is a bug in the grammar, the scanner or a
style, and its shrunk example is the smallest text that shows it.
"""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import archcite
from archcite import ParseError, extract, format_reference, normalise, parse, parse_citation
from archcite import strategies as ac
from archcite.strategies import same_reference

# Deterministic (the same examples on every run and every machine), no example database,
# and no deadline: the first call into the grammar compiles its regular expressions.
quick = settings(max_examples=60, deadline=None, derandomize=True, database=None)
thorough = settings(max_examples=150, deadline=None, derandomize=True, database=None)

STYLES = archcite.style_names()

# Text that looks like references: labels, numbers, punctuation, archive capitals.
_SOUP = st.lists(
    st.sampled_from(
        [
            *"FfDdLlOopPТтФДЛОпКк.,;:/-–— ()0123456789RGASPIЦХСДobобаa№\u00a0\n",
            "Ibid.",
            "Там же",
            "Ed. khr.",
            "TsKhSD",
            "ГАРФ",
            " and ",
        ]
    ),
    max_size=80,
).map("".join)


# -- styles and the grammar agree ----------------------------------------------------


@pytest.mark.parametrize("style", STYLES)
@thorough
@given(reference=ac.archival_references())
def test_every_style_round_trips_up_to_script(
    style: str, reference: archcite.ArchivalReference
) -> None:
    text = format_reference(reference, style)
    assert same_reference(parse(text), reference), text


@thorough
@given(ac.reference_texts())
def test_reference_texts_parse_to_their_reference(
    pair: tuple[str, archcite.ArchivalReference],
) -> None:
    text, reference = pair
    assert parse(text) == reference


@thorough
@given(ac.reference_texts(noise=True))
def test_noisy_reference_texts_parse_to_their_reference(
    pair: tuple[str, archcite.ArchivalReference],
) -> None:
    text, reference = pair
    assert parse(text) == reference


# -- the scanner finds exactly what is there -----------------------------------------


@thorough
@given(ac.footnotes(max_refs=5))
def test_extract_finds_exactly_the_references_in_a_footnote(
    pair: tuple[str, list[archcite.Match]],
) -> None:
    text, expected = pair
    assert extract(text) == expected


@quick
@given(ac.footnotes(min_refs=0, max_refs=0))
def test_extract_finds_nothing_in_the_traps(pair: tuple[str, list[archcite.Match]]) -> None:
    text, _ = pair
    assert extract(text) == []


@quick
@given(ac.document_citations())
def test_extract_finds_the_references_of_a_document_citation(
    pair: tuple[str, list[archcite.Match]],
) -> None:
    text, expected = pair
    assert extract(text) == expected


@quick
@given(ac.document_citations())
def test_parse_citation_reads_the_references_of_a_document_citation(
    pair: tuple[str, list[archcite.Match]],
) -> None:
    text, expected = pair
    assert parse_citation(text).references == tuple(m.resolved for m in expected)


# -- no input breaks anything --------------------------------------------------------


@thorough
@given(st.text(max_size=200) | _SOUP)
def test_extract_never_raises_and_spans_are_exact(text: str) -> None:
    end = 0
    for match in extract(text):
        assert end <= match.span[0] <= match.span[1]
        assert text[match.span[0] : match.span[1]] == match.text
        end = match.span[1]


@thorough
@given(st.text(max_size=120) | _SOUP)
def test_parse_raises_only_parse_error(text: str) -> None:
    try:
        parse(text)
    except ParseError as error:
        assert 0 <= error.position <= len(text)


@quick
@given(st.text(max_size=160) | _SOUP)
def test_parse_citation_raises_only_parse_error(text: str) -> None:
    with contextlib.suppress(ParseError):
        parse_citation(text)


# -- normalising ---------------------------------------------------------------------


@pytest.mark.parametrize("style", STYLES)
@quick
@given(text=ac.footnotes().map(lambda pair: pair[0]) | _SOUP)
def test_normalise_is_idempotent(style: str, text: str) -> None:
    once = normalise(text, style)
    assert normalise(once, style) == once
