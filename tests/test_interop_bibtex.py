"""BibTeX/biblatex export read by bibtexparser, and read back by archcite."""

from __future__ import annotations

import json
from pathlib import Path

import bibtexparser
import pytest
from hypothesis import given, settings

import archcite
from archcite.interop import from_bibtex, to_bibtex
from archcite.model import (
    ArchivalReference,
    Contributor,
    DocumentCitation,
    PartialDate,
    Publication,
)
from archcite.strategies import archival_references, citation_values

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
    assert fields["title"] == (
        "Working {Notes} from the {Session} of the {CPSU} {CC} {Presidium} on 27 {November} 1956"
    )
    assert fields["author"] == "Chernukha, V. N."
    assert fields["translator"] == "Kramer, Mark"
    assert fields["date"] == "1956-11-27"
    assert fields["howpublished"] == "TsKhSD, f. 3, op. 12, d. 1006, l. 52"
    assert "note" not in fields
    assert fields["archive"] == "TsKhSD"
    assert fields["archivelocation"] == "f. 3, op. 12, d. 1006, l. 52"
    assert fields["archivecollection"] == "Malin Collection"


def test_a_reference_alone_is_an_unpublished_entry_with_a_stable_key() -> None:
    ref = archcite.parse("ЦХСД. Ф. 89. Оп. 2. Д. 5. Л. 13–14.")
    [(kind, key, fields)] = _fields(to_bibtex(ref))
    # pandoc reads @misc as no CSL type at all, Zotero as a Document: @unpublished is a
    # manuscript to both.
    assert kind == "unpublished" and key == _fields(to_bibtex(ref))[0][1]
    assert fields["archive"] == "ЦХСД"
    assert fields["archivelocation"] == "f. 89, op. 2, d. 5, ll. 13–14"


@settings(max_examples=40, deadline=None)
@given(citation_values())
def test_bibtexparser_reads_every_export(citation: DocumentCitation) -> None:
    entries = _fields(to_bibtex([citation, citation]))
    assert len(entries) == 2 and entries[0][1] != entries[1][1]
    if citation.references:
        assert entries[0][2]["archivelocation"]


@settings(max_examples=100, deadline=None)
@given(citation_values())
def test_round_trip(citation: DocumentCitation) -> None:
    result = from_bibtex(to_bibtex(citation))
    assert result == [citation]
    assert result.errors == ()


@settings(max_examples=50, deadline=None)
@given(archival_references())
def test_a_reference_round_trips(reference: ArchivalReference) -> None:
    assert from_bibtex(to_bibtex(reference)) == [DocumentCitation(references=(reference,))]


def test_latex_specials_are_escaped_and_read_back() -> None:
    cit = DocumentCitation(title="50% & more_of {it} #1 ~ ^ \\ $")
    text = to_bibtex(cit)
    assert r"50\% \& more\_of \{it\} \#1" in text
    assert from_bibtex(text) == [cit]


def test_surname_first_and_corporate_names_are_braced() -> None:
    cit = DocumentCitation(
        title="Письмо", authors=("Розанов И.Н.", "Ministry of Trade and Industry")
    )
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
    text = (
        "@misc{a, title = {A}, archive = {Hoover}, archivelocation = {Series II, drawer Q}}\n"
        "@misc{b, title = {B}, date = {1956-13}}\n@misc{c, title = {C}}"
    )
    result = from_bibtex(text)
    assert [c.title for c in result] == ["A", "B", "C"]
    assert result[0].notes == ("Series II, drawer Q",)
    assert [(e.index, e.key) for e in result.errors] == [(0, "a"), (1, "b")]
    with pytest.raises(archcite.ParseError):
        from_bibtex(text, strict=True)


def test_a_field_less_entry_does_not_swallow_the_next() -> None:
    result = from_bibtex("@misc{a}\n@misc{b, title = {B}}\n@misc(c)\n@misc{d,}\n")
    assert [c.title for c in result] == [None, "B", None, None]
    assert len(result) == 4 and result.errors == ()


def test_case_protecting_braces_and_line_wraps_are_read_away() -> None:
    # As Zotero and pandoc write titles, wrapped as some editors wrap long fields.
    text = (
        "@unpublished{a,\n  title = {Working {Notes} from the\n    {Session} of the {CPSU}},\n"
        "  author = {{Chernukha}, V. N.},\n  annotation = {First   note\n\nSecond},\n}"
    )
    [cit] = from_bibtex(text)
    assert cit.title == "Working Notes from the Session of the CPSU"
    assert cit.authors == ("V. N. Chernukha",)
    assert cit.notes == ("First note", "Second")


def test_a_title_in_another_language_gets_a_langid_and_no_braces() -> None:
    cit = archcite.parse_citation(
        "(“Vypiska iz Protokola No. 60 zasedaniya Prezidiuma TsK KPSS ot 27 noyabrya 1956 g.,” "
        "in APRF, F. 3, Op. 64, D. 488, L. 181)"
    )
    [(_, _, fields)] = _fields(to_bibtex(cit))
    assert fields["langid"] == "russian"
    assert fields["title"] == cit.title
    [(_, _, fields)] = _fields(to_bibtex(DocumentCitation(title="Лист про хлібозаготівлі")))
    assert fields["langid"] == "ukrainian"


def test_a_letter_is_a_letter_entry_with_the_shelfmark_where_styles_print_it() -> None:
    cit = archcite.parse_citation(
        "I. V. Stalin to L. M. Kaganovich, 12 August 1932, RGASPI, F. 81, Op. 3, D. 99, L. 5."
    )
    [(kind, _, fields)] = _fields(to_bibtex(cit))
    assert kind == "letter"  # pandoc: personal_communication; Zotero: Letter
    assert fields["recipient"] == "Kaganovich, L. M."
    assert fields["howpublished"] == "RGASPI, f. 81, op. 3, d. 99, l. 5"
    assert from_bibtex(to_bibtex(cit)) == [cit]


def test_the_description_is_the_type_pandoc_makes_the_genre() -> None:
    cit = DocumentCitation(
        title="Telefonogramma", description="Secure HF Transmission", document_type="telegram"
    )
    [(_, _, fields)] = _fields(to_bibtex(cit))
    assert (fields["type"], fields["documenttype"]) == ("Secure HF Transmission", "telegram")
    assert from_bibtex(to_bibtex(cit)) == [cit]
    [typed] = from_bibtex("@unpublished{a, title = {A}, type = {telegram}}")
    assert (typed.description, typed.document_type) == (None, "telegram")


def test_an_editor_is_written_for_styles_only_beside_an_author() -> None:
    editor = Contributor("Vera Tolz", "editor")
    [(_, _, fields)] = _fields(to_bibtex(DocumentCitation(title="Memo", contributors=(editor,))))
    assert "editor" not in fields and fields["contributor"] == "Tolz, Vera"
    signed = DocumentCitation(title="Memo", authors=("Mark Kramer",), contributors=(editor,))
    [(_, _, fields)] = _fields(to_bibtex(signed))
    assert fields["editor"] == "Tolz, Vera"
    [hand] = from_bibtex("@unpublished{a, title = {Memo}, editor = {Tolz, Vera}}")
    assert hand.contributors == (editor,)


def test_what_archcite_0_1_wrote_is_still_read() -> None:
    [cit] = from_bibtex(
        "@misc{a, title = {Spravka}, journaltitle = {CWIHP Bulletin}, "
        "number = {8-9}, pages = {400}, note = {TsKhSD, f. 89}}"
    )
    assert cit.publication == Publication("CWIHP Bulletin", "8-9", "400")
    assert cit.notes == ()


ZOTERO_BIBTEX = json.loads(
    (Path(__file__).resolve().parent / "data" / "zotero-bibtex-import.json").read_text(
        encoding="utf-8"
    )
)


@settings(max_examples=60, deadline=None)
@given(citation_values())
def test_zotero_import_keeps_the_shelfmark_and_notes(citation: DocumentCitation) -> None:
    """Zotero's BibTeX import reads no archive field: the shelfmark reaches it through
    howpublished (Extra's 'Published:'), the notes through annote; nothing else it would
    misfile (pages as a manuscript's number of pages) is written."""
    [(kind, _, fields)] = _fields(to_bibtex(citation))
    assert kind in ZOTERO_BIBTEX["entryTypes"] and kind != "misc"
    known = set(ZOTERO_BIBTEX["fields"]) | set(ZOTERO_BIBTEX["dropped"])
    assert set(fields) <= known
    assert not {"pages", "journaltitle", "number", "note"} & set(fields)
    if citation.references:
        assert fields["howpublished"]
    if citation.notes:
        assert fields["annote"]
