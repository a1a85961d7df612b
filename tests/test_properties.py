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


@pytest.mark.parametrize("style", STYLES)
@quick
@given(reference=ac.archival_references(archives=ac.archives(historical=True)))
def test_every_style_with_modern_names_reads_back_to_the_same_archive(
    style: str, reference: archcite.ArchivalReference
) -> None:
    # "RGANI (formerly TsKhSD)", "РГАНИ (бывш. ЦХСД)", "РГАНИ (колишній ЦХСД)": the
    # cited name is read back from the brackets, and it is the same archive.
    text = format_reference(reference, style, modern=True)
    read = parse(text)
    assert read.archive_id == reference.archive_id, text
    assert same_reference(read, reference), text


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


# -- the variety of real notes: each class of the grammar by itself and all together --------


@pytest.mark.parametrize("form", [f for f in ac.REFERENCE_FORMS if f not in ("recto",)])
@quick
@given(data=st.data())
def test_every_form_of_writing_parses_to_its_reference(form: str, data: st.DataObject) -> None:
    text, reference = data.draw(ac.reference_variants([form]))
    assert parse(text) == reference, text


@thorough
@given(ac.reference_variants(ac.REFERENCE_FORMS))
def test_all_forms_of_writing_together_parse_to_their_reference(
    pair: tuple[str, archcite.ArchivalReference],
) -> None:
    text, reference = pair
    assert parse(text) == reference, text


@pytest.mark.parametrize("place", ac.ARCHIVE_PLACES)
@quick
@given(data=st.data())
def test_every_place_an_archive_is_named_in_is_read_in_a_note(
    place: str, data: st.DataObject
) -> None:
    text, expected = data.draw(ac.footnotes(min_refs=1, max_refs=3, places=[place]))
    assert extract(text) == expected, text


@pytest.mark.parametrize("continuation", ac.CONTINUATIONS)
@quick
@given(data=st.data())
def test_every_way_a_note_continues_a_reference_is_read(
    continuation: str, data: st.DataObject
) -> None:
    text, expected = data.draw(ac.footnotes(min_refs=2, max_refs=4, continuations=[continuation]))
    assert extract(text) == expected, text


@pytest.mark.parametrize("style", ["gost", "chicago"])
@thorough
@given(pair=ac.footnotes(max_refs=5))
def test_normalise_keeps_every_character_that_is_no_reference(
    style: str, pair: tuple[str, list[archcite.Match]]
) -> None:
    # Between the references, the note comes back exactly as written and in order.
    text, matches = pair
    written = normalise(text, style)
    cuts = [0, *(i for m in matches for i in m.span), len(text)]
    at = 0
    for start, end in zip(cuts[::2], cuts[1::2], strict=True):
        found = written.find(text[start:end], at)
        assert found >= at, (text[start:end], written)
        at = found + end - start
    assert written.endswith(text[cuts[-2] :])


# -- the Baltic archives' notes and OCR's leaf labels -----------------------------------------


@thorough
@given(ac.reference_variants(["baltic", "separators", "identifiers", "damage"]))
def test_baltic_references_parse_to_the_values_they_were_built_from(
    pair: tuple[str, archcite.ArchivalReference],
) -> None:
    # "LYA, f. K-1, ap. 10, b. 12, l. 3–5", "ERAF, f. 1, n. 4, s. 12", "LVA, 101. f., …".
    text, reference = pair
    assert parse(text) == reference, text


@thorough
@given(ac.reference_variants(["ocr", "labels", "order", "separators", "identifiers"]))
def test_leaf_labels_damaged_by_ocr_parse_to_the_leaves(
    pair: tuple[str, archcite.ArchivalReference],
) -> None:
    text, reference = pair
    assert parse(text) == reference, text


_LETTERS = ("op_cit", "initials", "books", "laws", "western", "dates", "letters")


@pytest.mark.parametrize("forms", [["baltic"], ["ocr"], ["baltic", "ocr", "separators"]])
@thorough
@given(data=st.data())
def test_extract_finds_baltic_and_ocr_damaged_references_among_their_look_alikes(
    forms: list[str], data: st.DataObject
) -> None:
    # The prose around them holds "b. 1905", "n. 3", "s. 12", "vol. 11. 52", "in 1. 3".
    text, expected = data.draw(ac.footnotes(min_refs=1, max_refs=4, forms=forms, traps=_LETTERS))
    assert extract(text) == expected, text


@quick
@given(ac.footnotes(min_refs=0, max_refs=0, traps=["letters"]))
def test_the_baltic_letters_and_ocr_digits_alone_in_prose_are_no_reference(
    pair: tuple[str, list[archcite.Match]],
) -> None:
    text, _ = pair
    assert extract(text) == [], text


def test_hypothesis_finds_archcites_strategies_through_its_entry_point() -> None:
    from importlib.metadata import entry_points

    from archcite._hypothesis import setup

    (point,) = [p for p in entry_points(group="hypothesis") if p.name == "archcite"]
    assert point.load() is setup


@pytest.mark.parametrize("first", ["archcite.strategies", "hypothesis", "archcite"])
def test_the_strategies_import_whatever_is_imported_first(first: str) -> None:
    # Hypothesis runs its entry points while it is imported: importing the strategies
    # first must not find them half made.
    import subprocess
    import sys

    program = (
        f"import {first}\n"
        "from hypothesis import strategies as st\n"
        "from archcite import strategies as ac, ArchivalReference\n"
        "assert st.from_type(ArchivalReference) is not None and ac.footnotes\n"
    )
    done = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


@quick
@given(
    reference=st.from_type(archcite.ArchivalReference),
    citation=st.from_type(archcite.DocumentCitation),
)
def test_from_type_draws_archcites_own_values(
    reference: archcite.ArchivalReference, citation: archcite.DocumentCitation
) -> None:
    # Without the hook, Hypothesis would build these from their bare types: empty
    # references and fonds of any text. The registered strategies draw readable ones.
    assert not reference.is_empty
    assert same_reference(parse(reference.format("chicago")), reference)
    assert all(not ref.is_empty for ref in citation.references)
