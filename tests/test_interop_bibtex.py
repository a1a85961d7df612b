"""BibTeX/biblatex export read by bibtexparser, and read back by archcite."""

from __future__ import annotations

import bibtexparser
import pytest
from hypothesis import given, settings

import archcite
from _citation_strategies import citations, references
from archcite.interop import from_bibtex, to_bibtex
from archcite.model import ArchivalReference, Contributor, DocumentCitation, PartialDate

SEED = DocumentCitation(
    title="Working Notes from the Session of the CPSU CC Presidium on 27 November 1956",
    date=PartialDate(1956, 11, 27),
    authors=("V. N. Chernukha",),
    contributors=(Contributor("Mark Kramer", "translator"),),
    collection="Malin Collection",
    references=(archcite.parse("TsKhSD, F. 3, Op. 12, D. 1006, L. 52"),),
)


def _fields(text: str) -> list[tuple[str, str, dict[str, str]]]:
    library = bibtexparser.parse_string(text)
    assert not library.failed_blocks
    return [(e.entry_type, e.key, {f.key: f.value for f in e.fields}) for e in library.entries]


def test_bibtexparser_reads_the_entry() -> None:
    [(kind, key, fields)] = _fields(to_bibtex(SEED))
    assert kind == "unpublished"
    assert key.startswith("chernukha1956-")
    assert fields["title"] == SEED.title
    assert fields["author"] == "Chernukha, V. N."
    assert fields["translator"] == "Kramer, Mark"
    assert fields["date"] == "1956-11-27"
    assert fields["note"] == "TsKhSD, f. 3, op. 12, d. 1006, l. 52"
    assert fields["archive"] == "TsKhSD"
    assert fields["archivelocation"] == "f. 3, op. 12, d. 1006, l. 52"
    assert fields["archivecollection"] == "Malin Collection"


def test_a_reference_alone_is_a_misc_entry_with_a_stable_key() -> None:
    ref = archcite.parse("ЦХСД. Ф. 89. Оп. 2. Д. 5. Л. 13–14.")
    [(kind, key, fields)] = _fields(to_bibtex(ref))
    assert kind == "misc" and key == _fields(to_bibtex(ref))[0][1]
    assert fields["archive"] == "ЦХСД"
    assert fields["archivelocation"] == "f. 89, op. 2, d. 5, ll. 13–14"


@settings(max_examples=40, deadline=None)
@given(citations)
def test_bibtexparser_reads_every_export(citation: DocumentCitation) -> None:
    entries = _fields(to_bibtex([citation, citation]))
    assert len(entries) == 2 and entries[0][1] != entries[1][1]
    if citation.references:
        assert entries[0][2]["archivelocation"]


@settings(max_examples=100, deadline=None)
@given(citations)
def test_round_trip(citation: DocumentCitation) -> None:
    result = from_bibtex(to_bibtex(citation))
    assert result == [citation]
    assert result.errors == []


@settings(max_examples=50, deadline=None)
@given(references())
def test_a_reference_round_trips(reference: ArchivalReference) -> None:
    assert from_bibtex(to_bibtex(reference)) == [DocumentCitation(references=(reference,))]


def test_latex_specials_are_escaped_and_read_back() -> None:
    cit = DocumentCitation(title="50% & more_of {it} #1 ~ ^ \\ $")
    text = to_bibtex(cit)
    assert r"50\% \& more\_of \{it\} \#1" in text
    assert from_bibtex(text) == [cit]


def test_surname_first_and_corporate_names_are_braced() -> None:
    cit = DocumentCitation(title="Письмо",
                           authors=("Розанов И.Н.", "Ministry of Trade and Industry"))
    [(_, _, fields)] = _fields(to_bibtex(cit))
    assert fields["author"] == "{Розанов И.Н.} and {Ministry of Trade and Industry}"
    assert from_bibtex(to_bibtex(cit)) == [cit]


def test_hand_written_entries_with_macros_and_quotes() -> None:
    text = """
    @string{ts = "TsKhSD"}
    @comment{exported by hand}
    @Misc{x1,
      title = "Spravka",
      author = {Malenkov, G. M. and {TsK KPSS}},
      year = 1956, month = nov,
      archive = ts,
      archivelocation = "f. 89, " # "op. 2, d. 5",
    }
    """
    [cit] = from_bibtex(text)
    assert cit.title == "Spravka"
    assert cit.authors == ("G. M. Malenkov", "TsK KPSS")
    assert cit.date == PartialDate(1956, 11)
    assert cit.references[0].archive_id == "RGANI"
    assert cit.references[0].delo == "5"


def test_unreadable_location_is_an_item_error() -> None:
    text = ("@misc{a, title = {A}, archive = {Hoover}, archivelocation = {Series II, drawer Q}}\n"
            "@misc{b, title = {B}, date = {1956-13}}\n@misc{c, title = {C}}")
    result = from_bibtex(text)
    assert [c.title for c in result] == ["A", "B", "C"]
    assert result[0].notes == ("Series II, drawer Q",)
    assert [(e.index, e.key) for e in result.errors] == [(0, "a"), (1, "b")]
    with pytest.raises(archcite.ParseError):
        from_bibtex(text, strict=True)
