"""RIS export read by rispy, and RIS (Zotero's export among it) read back by archcite."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import rispy
from hypothesis import given, settings

import archcite
from archcite.interop import from_ris, to_ris
from archcite.interop.ris import _records
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
    repository="Wilson Center Digital Archive",
    references=(archcite.parse("TsKhSD, F. 3, Op. 12, D. 1006, L. 52"),),
    url="https://digitalarchive.wilsoncenter.org/document/111892",
)


def test_rispy_reads_zotero_s_tags() -> None:
    [entry] = rispy.loads(to_ris(SEED))
    assert entry["type_of_reference"] == "MANSCPT"
    assert entry["title"] == SEED.title
    assert entry["authors"] == ["Chernukha, V. N."]
    assert entry["subsidiary_authors"] == ["Kramer, Mark"]  # A4: Zotero's translator
    assert entry["date"] == "1956/11/27/"
    assert entry["name_of_database"] == "TsKhSD"  # DB: Zotero's Archive
    assert entry["accession_number"] == "f. 3, op. 12, d. 1006, l. 52"  # AN: Loc. in Archive
    assert entry["database_provider"] == "Wilson Center Digital Archive"  # DP: Library Catalog
    assert entry["urls"] == [SEED.url]


def test_partial_dates_and_letters() -> None:
    cit = DocumentCitation(
        title="Letter", date=PartialDate(1933, 9), authors=("Stalin",), recipients=("Yenukidze",)
    )
    [entry] = rispy.loads(to_ris(cit))
    assert entry["type_of_reference"] == "PCOMM"  # Zotero's Letter, whose A2 is the recipient
    assert entry["date"] == "1933/09//"
    assert entry["secondary_authors"] == ["Yenukidze"]


@settings(max_examples=40, deadline=None)
@given(citation_values())
def test_rispy_reads_every_export(citation: DocumentCitation) -> None:
    entries = rispy.loads(to_ris([citation, citation]))
    assert len(entries) == 2
    if citation.references:
        assert entries[0]["accession_number"]


@settings(max_examples=100, deadline=None)
@given(citation_values())
def test_round_trip(citation: DocumentCitation) -> None:
    result = from_ris(to_ris(citation))
    assert result == [citation]
    assert result.errors == ()


@settings(max_examples=50, deadline=None)
@given(archival_references())
def test_a_reference_round_trips(reference: ArchivalReference) -> None:
    assert from_ris(to_ris(reference)) == [DocumentCitation(references=(reference,))]


def test_rispy_written_ris_is_read() -> None:
    text = rispy.dumps(
        [
            {
                "type_of_reference": "MANSCPT",
                "title": "Informatsiya",
                "authors": ["Serov, I. A."],
                "date": "1956/11/27/",
                "name_of_database": "TsKhSD",
                "accession_number": "F. 89, Op. 2, D. 5, Ll. 16-17",
                "notes": ["Received by HF"],
            }
        ]
    )
    [cit] = from_ris(text)
    assert cit.authors == ("I. A. Serov",)
    assert cit.notes == ("Received by HF",)
    assert str(cit.references[0].folios) == "16-17"


def test_unreadable_location_is_an_item_error() -> None:
    text = (
        "TY  - MANSCPT\nTI  - A\nDB  - Hoover\nAN  - Series II, drawer Q\nER  - \n\n"
        "TY  - MANSCPT\nTI  - B\nDA  - 1956/13//\nER  - \n"
    )
    result = from_ris(text)
    assert [c.title for c in result] == ["A", "B"]
    assert result[0].notes == ("Series II, drawer Q",)
    assert [e.index for e in result.errors] == [0, 1]
    with pytest.raises(archcite.ParseError):
        from_ris(text, strict=True)


ZOTERO_RIS = json.loads(
    (Path(__file__).resolve().parent / "data" / "zotero-ris-import.json").read_text(
        encoding="utf-8"
    )
)


@settings(max_examples=60, deadline=None)
@given(citation_values())
def test_every_value_lands_in_a_zotero_field_or_a_note(citation: DocumentCitation) -> None:
    """Only ID (Zotero's own key) and PP (for pandoc) are tags Zotero drops, and SP
    (Zotero's number of pages on a Manuscript) is never written."""
    [record] = list(_records(to_ris(citation)))
    kind = record[0][1]
    for tag, _ in record[1:]:
        assert tag in ZOTERO_RIS[kind], tag
        assert ZOTERO_RIS[kind][tag] is not None or tag in ("ID", "PP"), tag
    assert "SP" not in dict(record)


def test_compilers_editors_and_the_publication_go_in_notes() -> None:
    cit = archcite.parse_citation(
        '"Working Notes", November 27, 1956, TsKhSD, F. 3, Op. 12, D. 1006, L. 52, compiled by '
        "V. N. Chernukha. Published in CWIHP Bulletin 8-9, p. 400"
    )
    text = to_ris(cit)
    assert "A3  - " not in text and "SP  - " not in text and "T2  - " not in text
    assert "N1  - archcite-contributors: V. N. Chernukha" in text
    assert "N1  - archcite-publication: CWIHP Bulletin" in text
    assert "PP  - TsKhSD, f. 3, op. 12, d. 1006, l. 52" in text
    assert from_ris(text) == [cit]


def test_the_language_of_the_title() -> None:
    text = to_ris(DocumentCitation(title="Как создавалась библиотека"))
    assert "LA  - ru" in text


def test_notes_as_zotero_exports_them_in_html() -> None:
    cit = DocumentCitation(title="Spravka", classification="Top Secret", notes=("Sent & received",))
    exported = (
        to_ris(cit)
        .replace(
            "N1  - archcite-classification: Top Secret",
            "N1  - <p>archcite-classification: Top Secret</p>",
        )
        .replace(
            "N1  - Sent & received",
            'N1  - <div data-schema-version="9"><p>Sent &amp; received</p>\n</div>',
        )
    )
    assert "<p>" in exported
    assert from_ris(exported) == [cit]


@pytest.mark.parametrize("tag", ["AN", "AV", "CN"])
def test_the_location_is_read_from_an_av_or_cn(tag: str) -> None:
    [cit] = from_ris(f"TY  - MANSCPT\nDB  - GARF\n{tag}  - f. 9401, op. 2, d. 64\nER  - \n")
    assert (cit.references[0].archive_id, cit.references[0].delo) == ("GARF", "64")


def test_what_archcite_0_1_wrote_is_still_read() -> None:
    text = (
        "TY  - MANSCPT\nTI  - Spravka\nA3  - Chernukha, V. N.\nT2  - CWIHP Bulletin\n"
        "IS  - 8-9\nSP  - 400\nN1  - archcite-roles: compiler\nER  - \n"
    )
    [cit] = from_ris(text)
    assert cit.contributors == (Contributor("V. N. Chernukha", "compiler"),)
    assert cit.publication == Publication("CWIHP Bulletin", "8-9", "400")
