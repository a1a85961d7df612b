"""Inputs the fuzzers and the property suite found, kept as regression tests.

Each test is the smallest input that showed one bug, kept so that it stays fixed.
"""

from __future__ import annotations

import pytest

import archcite
from archcite import ArchivalReference, Folio, FolioRange, Folios, extract, normalise, parse

# -- property suite: a style writes what the grammar cannot read --------------------


def test_latin_verso_of_a_lettered_folio_round_trips() -> None:
    # wilson/chicago write Folio(52, "a", verso=True) as "52aob.": a suffix letter may run
    # straight into the verso mark.
    reference = ArchivalReference(fond="1", folios=Folios((FolioRange(Folio(52, "a", True)),)))
    text = reference.format("wilson")
    assert text == "F. 1, L. 52aob."
    assert parse(text) == reference


def test_normalise_is_idempotent_on_a_lettered_verso() -> None:
    # The same shape seen through normalise: the second pass must read "1aob." again.
    once = normalise("Ф. 1. Оп. 1. Д. 1. Л. 1а об., 2.", "wilson")
    assert normalise(once, "wilson") == once


@pytest.mark.parametrize(
    "text",
    [
        "TsGAOR SSSR, F. 1",  # an acronym and a second word of four capitals (SSSR, RSFSR)
        "ЦГАОР СССР. Ф. 1.",
        "TsPA ITIS, F. 1",
        "SAPMO-BArch, F. 1",  # hyphenated
        "T͡sKhSD, F. 1",  # ALA-LC strict, as chicago writes it with transliteration="ala-lc-strict"
    ],
)
def test_registry_names_are_read_as_archives(text: str) -> None:
    token = text.split(",")[0].split(". Ф")[0]
    reference = parse(text)
    assert reference.archive == token
    assert reference.archive_id is not None


@pytest.mark.parametrize("text", ["F. 1, Ll. 3,  5", "F. 1, Ll. 3 –  5", "F. 1, L. 3  ob."])
def test_doubled_spaces_inside_a_folio_list(text: str) -> None:
    # The folio list allows at most one space around its commas, dashes and "ob.".
    assert parse(text).folios is not None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("F. 1, D. 1, Ll. 3, 4ob. Decree.", "F. 1, D. 1, Ll. 3, 4ob."),
        ("Ф. 1. Д. 1. Л. 3, 4 об. Мая", "Ф. 1. Д. 1. Л. 3, 4 об."),
    ],
)
def test_verso_stop_stays_in_the_span_before_a_month_like_word(text: str, expected: str) -> None:
    # A word after the list that starts like a month ("Dec", "May", "Мая") makes the last
    # folio back off its verso full stop; "Ll. 3-4ob. Decree." keeps it.
    assert [m.text for m in extract(text)] == [expected]


# -- fuzzers -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["F. " * 20_000, "1-" * 50_000, "(" * 50_000 + ")" * 50_000, "TsKhSD1F." * 20_000],
)
def test_pathological_text_ends_cleanly(text: str) -> None:
    # That the cost is linear is measured in benchmarks/bench_scaling.py, not here.
    assert extract(text) == []
    with pytest.raises(archcite.ParseError):
        parse(text)


def test_a_papka_before_a_file_in_a_continuation_stays_a_papka() -> None:
    # GOST writes the continuation "; papka 1, d. 1, l. 1" as "; П. 1. Д. 1. Л. 1.": with no
    # opis' before it, "П." is still a papka because a delo follows.
    text = "See f. 1, op. 1, papka 1, d. 1, l. 1; papka 2, d. 3, l. 4."
    once = normalise(text, "gost")
    assert once == "See Ф. 1. Оп. 1. П. 1. Д. 1. Л. 1; П. 2. Д. 3. Л. 4."
    assert normalise(once, "gost") == once
    assert parse("Ф. 5. П. 3. Д. 7. Л. 2.").papka == "3"
    assert str(parse("Ф. 5. Д. 7. П. 2.").folios) == "2"


def test_parse_error_builds_its_caret_message_only_when_shown() -> None:
    # Each reading that fails inside the grammar used to build its caret message,
    # counting newlines from the start of the text: quadratic in the text's length.
    from archcite.errors import ParseError

    error = ParseError("x\n" * 1000 + "F. ?", 2003, "fond number")
    assert error.reason == "Expected fond number"
    assert "line 1001, column 4" in str(error)  # the message is still there when shown


# -- fuzzers, 2026-11-29 -----------------------------------------------------------------


def test_a_refused_reference_ending_in_a_level_explains_itself() -> None:
    # The error message is built by the pyparsing grammar, whose pattern for an archive
    # after the levels once named one group twice and failed to compile.
    with pytest.raises(archcite.ParseError) as caught:
        parse("Ед\r хр. 1,")
    assert caught.value.position == 9


def test_every_element_of_the_grammar_compiles() -> None:
    import pyparsing as pp

    from archcite.reading.reference import grammar

    elements: list[pp.Regex] = []
    todo: list[pp.ParserElement] = [grammar()]
    while todo:  # every element of the tree, each once
        element = todo.pop()
        if isinstance(element, pp.Regex) and element not in elements:
            elements.append(element)
        todo.extend(getattr(element, "exprs", ()))
        if isinstance(getattr(element, "expr", None), pp.ParserElement):
            todo.append(element.expr)
    assert {element.name for element in elements} >= {
        "archive name",
        "fond, opis, delo or another labelled level",
        "separator",
        "compact shelfmark such as 558/11/1121",
        "archive after the levels",
        "end of reference",
    }
    for element in elements:
        assert element.re is not None, element.name


def test_a_publication_with_no_name_before_its_number_is_no_publication() -> None:
    # "Published in  89": the serial's name was a space, and Publication refused it.
    text = '"Note," 1956, TsKhSD, f. 3, op. 14, d. 6, l. 2. Published in  89, p. 400.'
    assert archcite.parse_citation(text).publication is None


# -- fuzz_parse_citation (stop 26): the folder's "pa." in look-alike letters ---------------


@pytest.mark.parametrize("label", ["ра.", "Ра.", "pа.", "рa."])  # Cyrillic р or а, or both
def test_a_folder_label_in_look_alike_letters_is_read_as_pa(label: str) -> None:
    # The label's pattern takes a letter of the other script for its look-alike, as every
    # label of two letters does; the lookup of the level it names read "ра" as a key of its
    # own and raised KeyError from inside the reader.
    [match] = extract(f"ЦА. Ф. 5, {label} 7, Д. 3")
    assert (match.reference.papka, match.reference.delo) == ("7", "3")


# -- fuzz_parse (stop 26): a fond's bracket of spaces alone ------------------------------


@pytest.mark.parametrize("text", ["f. 14 ( ), op. 3", "GAKO, f. O14( ), op. 3, d. 9"])
def test_a_bracket_of_spaces_after_a_fond_is_no_title(text: str) -> None:
    # It was read as the fond's title, empty once stripped, which the model refused with a
    # ValueError from inside the reader.
    reference = parse(text)
    assert (reference.title, reference.opis) == (None, "3")
