"""Document citations written in the citation styles (levels.md §4)."""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import archcite
from archcite import UnknownStyle
from archcite.model import Contributor, DocumentCitation, PartialDate, Publication, StyleOptions
from archcite.reading import parse_citation
from archcite.styles import format_citation, style_names

WILSON_BLOCK = (
    '"Working Notes from the Session of the CPSU CC Presidium on 27 November 1956 (Re: Protocol '
    'No. 60)", November 27, 1956, Wilson Center Digital Archive, TsKhSD, F. 3, Op. 12, D. 1006, '
    "L. 52, compiled by V. N. Chernukha. Published in CWIHP Bulletin 8-9, p. 400 "
    "<https://digitalarchive.umd.edu/document/111892>"
)

TELEFONOGRAMMA = DocumentCitation(
    title="Telefonogramma",
    description="Secure High-Frequency Transmission",
    authors=("Malenkov", "Suslov", "Aristov"),
    date=PartialDate(1956, 11, 23),
    references=(archcite.parse("APRF, F. 3, Op. 64, D. 488, Ll. 95-96"),),
)
SHIFRTELOGRAMMA = DocumentCitation(
    title="Shifrtelogramma",
    date=PartialDate(1956, 11, 26),
    classification="Strictly Secret",
    references=(archcite.parse("TsKhSD, F. 89, Op. 2, D. 5, Ll. 13-14"),),
)


def test_every_citation_style_is_registered() -> None:
    registered = set(style_names("citation"))
    assert {"chicago", "chicago-bib", "wilson", "gost", "mla", "apa"} <= registered


def test_wilson_reproduces_the_digital_archive_block() -> None:
    assert format_citation(parse_citation(WILSON_BLOCK), "wilson") == WILSON_BLOCK


def test_wilson_from_values() -> None:
    cit = DocumentCitation(
        title="Notes",
        date=PartialDate(1956, 11, 1),
        repository="Wilson Center Digital Archive",
        references=(archcite.parse("APRF, F. 3, Op. 64, D. 484, Ll. 41-43"),),
        contributors=(Contributor("Mark Kramer", "translator"),),
        publication=Publication("CWIHP Bulletin", "5", "22-23"),
        url="https://example.org/1",
    )
    assert format_citation(cit, "wilson") == (
        '"Notes", November 1, 1956, Wilson Center Digital Archive, APRF, F. 3, Op. 64, D. 484, '
        "Ll. 41-43, translated by Mark Kramer. Published in CWIHP Bulletin 5, pp. 22-23 "
        "<https://example.org/1>"
    )


def test_chicago_note_most_specific_first_with_lowercase_labels() -> None:
    assert format_citation(TELEFONOGRAMMA, "chicago") == (
        "Malenkov, Suslov, and Aristov, “Telefonogramma,” Secure High-Frequency Transmission, "
        "November 23, 1956, APRF, f. 3, op. 64, d. 488, ll. 95–96."
    )
    assert format_citation(SHIFRTELOGRAMMA, "chicago") == (
        "“Shifrtelogramma,” November 26, 1956 (Strictly Secret), TsKhSD, f. 89, op. 2, d. 5, "
        "ll. 13–14."
    )


def test_chicago_bibliography_entry_in_sentences() -> None:
    assert format_citation(TELEFONOGRAMMA, "chicago-bib") == (
        "Malenkov, Suslov, and Aristov. “Telefonogramma.” Secure High-Frequency Transmission. "
        "November 23, 1956. APRF, f. 3, op. 64, d. 488, ll. 95–96."
    )


def test_chicago_note_of_the_wilson_block_names_the_compiler_and_url() -> None:
    note = format_citation(parse_citation(WILSON_BLOCK), "chicago")
    assert ", comp. V. N. Chernukha, " in note
    assert "TsKhSD, f. 3, op. 12, d. 1006, l. 52, Wilson Center Digital Archive" in note
    assert note.endswith("https://digitalarchive.umd.edu/document/111892.")


def test_gost_description_then_search_data() -> None:
    cit = parse_citation(
        "Розанов И.Н. Как создавалась библиотека Исторического музея: докл. на заседании "
        "Ученого совета Гос. публ. ист. б-ки РСФСР 30 июня 1939 г. // ГАРФ. Ф. А-513. Оп. 1. "
        "Д. 12. Л. 14."
    )
    assert format_citation(cit, "gost") == (
        "Розанов И.Н. Как создавалась библиотека Исторического музея: докл. на заседании "
        "Ученого совета Гос. публ. ист. б-ки РСФСР 30 июня 1939 г. // ГАРФ. Ф. А-513. Оп. 1. "
        "Д. 12. Л. 14."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Протокол заседания Президиума // РГАНИ. Ф. 3. Оп. 12. Д. 1006. Л. 52.",
        "РО ИРЛИ. Ф. 568. Оп. 1. Д. 1. [Фомин А.Г. Материалы по истории русской библиографии].",
    ],
)
def test_gost_notes_round_trip(text: str) -> None:
    assert format_citation(parse_citation(text), "gost") == text


def test_gost_of_a_cwihp_citation_writes_cyrillic_search_data_and_russian_date() -> None:
    assert format_citation(SHIFRTELOGRAMMA, "gost") == (
        "Shifrtelogramma (Strictly Secret). 26 ноября 1956 г. // ЦХСД. Ф. 89. Оп. 2. Д. 5. "
        "Л. 13–14."
    )


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        (
            "ГАРФ. Ф. 1. Оп. 1. Д. 1.",
            "ГАРФ. Ф. 1. Оп. 1. Д. 2.",
            "Материалы // ГАРФ. Ф. 1. Оп. 1. Д. 1; ГАРФ. Ф. 1. Оп. 1. Д. 2.",
        ),
        # The stop of a verso is the abbreviation's, not GOST's closing one: it stays.
        (
            "ГАРФ. Ф. 1. Оп. 1. Д. 1. Л. 5 об.",
            "ГАРФ. Ф. 1. Оп. 1. Д. 2. Л. 3 об.",
            "Материалы // ГАРФ. Ф. 1. Оп. 1. Д. 1. Л. 5 об.; ГАРФ. Ф. 1. Оп. 1. Д. 2. Л. 3 об.",
        ),
    ],
)
def test_gost_several_references_are_joined_by_semicolons(
    first: str, second: str, expected: str
) -> None:
    references = (archcite.parse(first), archcite.parse(second))
    cit = DocumentCitation(title="Материалы", references=references)
    assert format_citation(cit, "gost") == expected


def test_mla_day_month_year_and_archive_as_location() -> None:
    assert format_citation(TELEFONOGRAMMA, "mla") == (
        "Malenkov, Suslov, and Aristov. “Telefonogramma.” Secure High-Frequency Transmission. "
        "23 Nov. 1956. APRF, f. 3, op. 64, d. 488, ll. 95–96."
    )


def test_mla_drops_the_url_scheme() -> None:
    assert format_citation(parse_citation(WILSON_BLOCK), "mla").endswith(
        "CWIHP Bulletin, no. 8-9, p. 400, digitalarchive.umd.edu/document/111892."
    )


def test_apa_author_date_title_and_shelfmark_in_parentheses() -> None:
    assert format_citation(TELEFONOGRAMMA, "apa") == (
        "Malenkov, Suslov, & Aristov. (1956, November 23). Telefonogramma "
        "[Secure High-Frequency Transmission]. APRF (f. 3, op. 64, d. 488, ll. 95–96)."
    )


def test_apa_without_author_or_date() -> None:
    cit = DocumentCitation(
        description="Letter to Stalin",
        references=(archcite.parse("RGASPI, f. 558, op. 11, d. 746"),),
    )
    assert format_citation(cit, "apa") == (
        "[Letter to Stalin]. (n.d.). RGASPI (f. 558, op. 11, d. 746)."
    )


_TEXT = st.text(
    alphabet=st.characters(categories=("L", "N"), max_codepoint=0x4FF), min_size=1, max_size=12
)


@settings(max_examples=50, deadline=None)
@given(
    title=st.one_of(st.none(), _TEXT),
    description=st.one_of(st.none(), _TEXT),
    authors=st.lists(_TEXT, max_size=3),
    year=st.integers(1900, 1999),
    style=st.sampled_from(["chicago", "chicago-bib", "wilson", "gost", "mla", "apa"]),
)
def test_every_style_writes_every_citation(
    title: str | None, description: str | None, authors: list[str], year: int, style: str
) -> None:
    cit = DocumentCitation(
        title=title,
        description=description,
        authors=tuple(authors),
        date=PartialDate(year, 3),
        references=(archcite.parse("GARF, f. 1235, op. 1, d. 16"),),
    )
    written = format_citation(cit, style)
    assert written == written.strip()
    assert "  " not in written


def test_gost_puts_a_stop_after_bare_surnames() -> None:
    from archcite import parse_citation

    citation = parse_citation(
        '"Telefonogramma," from Molotov and Kaganovich, 3 May 1953, in APRF, F. 3, Op. 64, '
        "D. 12, L. 7."
    )
    assert citation.format("gost").startswith("Molotov, Kaganovich. Telefonogramma")


@pytest.mark.parametrize("style", style_names("citation"))
def test_an_unknown_option_is_the_same_error_in_every_citation_style(style: str) -> None:
    with pytest.raises(UnknownStyle, match="unknown style option 'colour'"):
        format_citation(SHIFRTELOGRAMMA, style, colour="red")
    with pytest.raises(UnknownStyle, match="unknown transliteration system 'xx'"):
        SHIFRTELOGRAMMA.format(style, transliteration="xx")


def test_a_citation_style_hands_its_options_to_the_references() -> None:
    written = format_citation(SHIFRTELOGRAMMA, "mla", options=StyleOptions(modern=True))
    assert written.endswith("RGANI (formerly TsKhSD), f. 89, op. 2, d. 5, ll. 13–14.")


@pytest.mark.parametrize("style", ["gost", "chicago", "mla", "wilson"])
def test_a_date_the_title_carries_is_not_written_again(style: str) -> None:
    # GOST notes title a document with its date ("Записка наркома, 3 июня 1941 г."): a style
    # that writes the date after the title would write it twice.
    cited = parse_citation("Записка наркома, 3 июня 1941 г. // ГАРФ. Ф. Р-8131. Оп. 2. Д. 7. Л. 4.")
    assert cited.date is not None and cited.date.iso == "1941-06-03"
    written = cited.format(style)
    assert written.count("1941") == 1, written
    # A date that the title does not carry is written, as before.
    undated_title = attrs.evolve(cited, title="Записка наркома")
    assert "1941" in undated_title.format(style)
