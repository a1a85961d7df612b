"""CSL-JSON export and import: variables, citeproc-py reading it, Zotero items, round trips."""

from __future__ import annotations

import json
import warnings
from pathlib import Path
from typing import Any

import attrs
import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import archcite
from archcite.interop import CSL_VARIABLES, ImportResult, from_csl_json, to_csl_json
from archcite.interop.csl import CSL_ITEM_KEYS, CSL_NAME_KEYS, ZOTERO_VARIABLES
from archcite.model import (
    ArchivalReference,
    Contributor,
    DocumentCitation,
    PartialDate,
    Publication,
)
from archcite.strategies import archival_references, citation_values

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

SEED = DocumentCitation(
    title="Working Notes from the Session of the CPSU CC Presidium on 27 November 1956",
    date=PartialDate(1956, 11, 27),
    authors=("V. N. Chernukha",),
    contributors=(Contributor("Mark Kramer", "translator"),),
    repository="Wilson Center Digital Archive",
    collection="Malin Collection",
    references=(archcite.parse("TsKhSD, F. 3, Op. 12, D. 1006, L. 52"),),
    url="https://digitalarchive.wilsoncenter.org/document/111892",
)


def _keys(item: dict[str, Any]) -> set[str]:
    return set(item)


def test_seed_item_has_the_archive_variables() -> None:
    item = to_csl_json(SEED)
    assert item["type"] == "manuscript"
    assert item["citation-key"] == item["id"]
    assert item["archive"] == "TsKhSD"
    assert item["archive-place"] == "Moscow"
    assert item["archive_collection"] == "Malin Collection"
    assert item["archive_location"] == "f. 3, op. 12, d. 1006, l. 52"
    assert "locator" not in item
    assert item["issued"] == {"date-parts": [[1956, 11, 27]]}
    assert item["author"] == [{"family": "Chernukha", "given": "V. N."}]
    assert item["translator"] == [{"family": "Kramer", "given": "Mark"}]
    assert item["source"] == "Wilson Center Digital Archive"
    assert item["URL"].endswith("/111892")


def test_csl_variable_list_is_the_1_0_2_list() -> None:
    # The archive variables keep their official mixed spelling.
    assert {"archive", "archive_collection", "archive_location", "archive-place"} <= CSL_VARIABLES
    assert {"issued", "author", "recipient", "compiler", "locator", "URL"} <= CSL_VARIABLES
    assert "archive-location" not in CSL_VARIABLES and "id" not in CSL_VARIABLES


@settings(max_examples=40, deadline=None)
@given(citation_values())
def test_every_key_is_a_csl_variable(citation: DocumentCitation) -> None:
    item = to_csl_json(citation)
    assert _keys(item) <= CSL_ITEM_KEYS
    for value in item.values():
        if isinstance(value, list):
            assert all(set(name) <= CSL_NAME_KEYS for name in value)


@settings(max_examples=100, deadline=None)
@given(citation_values())
def test_round_trip(citation: DocumentCitation) -> None:
    result = from_csl_json(to_csl_json([citation]))
    assert result == [citation]
    assert result.errors == ()


@settings(max_examples=50, deadline=None)
@given(citation_values())
def test_round_trip_through_json_text_with_folios_in_a_locator(citation: DocumentCitation) -> None:
    text = json.dumps(to_csl_json([citation], folios="locator"), ensure_ascii=False)
    assert from_csl_json(text) == [citation]


@settings(max_examples=50, deadline=None)
@given(archival_references())
def test_a_bare_reference_comes_back_as_a_citation_of_it(reference: ArchivalReference) -> None:
    assert from_csl_json(to_csl_json(reference)) == [DocumentCitation(references=(reference,))]


def test_partial_dates_stay_partial() -> None:
    item = to_csl_json(DocumentCitation(title="Spravka", date=PartialDate(1956, 11)))
    assert item["issued"] == {"date-parts": [[1956, 11]]}
    assert from_csl_json(item)[0].date == PartialDate(1956, 11)


def test_a_letter_is_a_personal_communication_with_recipients() -> None:
    letter = DocumentCitation(title="Letter", authors=("Stalin",), recipients=("Kirov",))
    item = to_csl_json(letter)
    assert item["type"] == "personal_communication"  # Zotero's Letter; "letter" is no CSL type
    assert item["recipient"] == [{"literal": "Kirov"}]


def test_surname_first_names_keep_their_order() -> None:
    item = to_csl_json(DocumentCitation(title="Письмо", authors=("Розанов И.Н.",)))
    assert item["author"] == [{"family": "Розанов", "given": "И.Н.", "static-ordering": True}]


def test_modern_names_the_archive_today() -> None:
    ref = archcite.parse("ЦХСД. Ф. 89. Оп. 2. Д. 5. Л. 13–14.")
    assert to_csl_json(ref, modern=True)["archive"] == "РГАНИ"
    assert to_csl_json(ref)["archive"] == "ЦХСД"


def test_several_references_share_the_location() -> None:
    refs = (
        archcite.parse("TsKhSD, F. 89, Op. 2, D. 5, L. 16"),
        archcite.parse("GARF, F. 9401, Op. 2, D. 64, L. 3"),
    )
    item = to_csl_json(DocumentCitation(title="Doklad", references=refs), folios="locator")
    assert item["archive"] == "TsKhSD"
    assert item["archive_location"] == (
        "f. 89, op. 2, d. 5, l. 16; GARF, f. 9401, op. 2, d. 64, l. 3"
    )
    assert "locator" not in item  # a locator is the pinpoint of one reference only
    assert from_csl_json(item)[0].references == refs


def test_list_ids_are_stable_and_unique() -> None:
    items = to_csl_json([SEED, SEED])
    assert items[0]["id"] != items[1]["id"]
    assert items[0]["id"] == to_csl_json(SEED)["id"]
    assert items[0]["id"].startswith("chernukha1956-")


def test_citeproc_py_reads_the_items() -> None:
    from citeproc.source.json import CiteProcJSON

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        source = CiteProcJSON(to_csl_json([SEED]))
    reference = source[to_csl_json(SEED)["id"]]
    assert str(reference.archive) == "TsKhSD"
    assert str(reference.archive_location) == "f. 3, op. 12, d. 1006, l. 52"
    assert str(reference.archive_place) == "Moscow"  # citeproc-py spells hyphens as _
    assert (reference.issued.year, reference.issued.month, reference.issued.day) == (1956, 11, 27)


def test_zotero_export_comes_back_with_parsed_references() -> None:
    # As Zotero writes CSL JSON: Archive, Loc. in Archive, Extra in "note".
    zotero = [
        {
            "id": "http://zotero.org/users/1/items/ABCD1234",
            "type": "manuscript",
            "title": "Shifrtelegramma",
            "archive": "TsKhSD",
            "archive_location": "F. 89, Op. 2, D. 5, Ll. 13-14",
            "note": "archive-place: Moscow",
            "issued": {"date-parts": [["1956", "11", "26"]]},
            "author": [{"family": "Andropov", "given": "Iu. V."}],
        }
    ]
    [citation] = from_csl_json(zotero)
    assert citation.authors == ("Iu. V. Andropov",)
    assert citation.date == PartialDate(1956, 11, 26)
    assert citation.references[0].archive_id == "RGANI"
    assert str(citation.references[0].folios) == "13-14"
    assert citation.notes == ()  # archive-place in Extra is the archive's, not a note


def test_unreadable_location_is_reported_per_item_and_kept() -> None:
    items = [
        {"id": "bad", "title": "A", "archive": "Hoover", "archive_location": "Series II, drawer Q"},
        {"id": "good", "title": "B", "archive": "GARF", "archive_location": "f. 5, op. 1, d. 2"},
    ]
    result = from_csl_json(items)
    assert isinstance(result, ImportResult)
    assert [c.title for c in result] == ["A", "B"]
    assert result[0].references == () and result[0].notes == ("Series II, drawer Q",)
    [error] = result.errors
    assert (error.index, error.key) == (0, "bad")
    assert isinstance(error.error, archcite.ParseError)
    assert "item 1 (bad)" in str(error)


def test_strict_raises_the_first_parse_error() -> None:
    with pytest.raises(archcite.ParseError):
        from_csl_json([{"archive": "X", "archive_location": "nonsense"}], strict=True)


def test_bad_dates_and_non_objects_are_errors_not_failures() -> None:
    result = from_csl_json([{"title": "A", "issued": {"date-parts": [[1956, 13]]}}, 42])
    assert [c.title for c in result] == ["A"]
    assert len(result.errors) == 2


@given(st.sampled_from(["locator", "location"]))
def test_folios_option_is_checked(folios: str) -> None:
    to_csl_json(SEED, folios=folios)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        to_csl_json(SEED, folios="page")  # type: ignore[arg-type]


def test_example_zotero_file_is_current() -> None:
    items = json.loads((EXAMPLES / "zotero.json").read_text(encoding="utf-8"))
    result = from_csl_json(items)
    assert result.errors == ()
    assert all(item["archive"] and item["archive_location"] for item in items)
    assert to_csl_json(list(result), zotero=True) == items
    assert "archive_collection: Malin Collection" in items[0]["note"]
    assert all(set(item) <= ZOTERO_VARIABLES[item["type"]] | {"id", "type"} for item in items)


@settings(max_examples=50, deadline=None)
@given(citation_values())
def test_round_trip_in_zotero_form(citation: DocumentCitation) -> None:
    assert from_csl_json(to_csl_json([citation], zotero=True)) == [citation]


# --- what citation software reads (see tests/test_interop_clients.py for the clients) ---

SCHEMA = json.loads(
    (Path(__file__).resolve().parent / "data" / "csl-data.json").read_text(encoding="utf-8")
)


def _valid(items: list[dict[str, Any]]) -> None:
    jsonschema.validate(items, SCHEMA)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(citation_values(), max_size=3), st.sampled_from(["locator", "location"]), st.booleans()
)
def test_every_export_is_valid_csl_json(
    cits: list[DocumentCitation], folios: str, zotero: bool
) -> None:
    _valid(to_csl_json(cits, folios=folios, zotero=zotero))  # type: ignore[arg-type]


def test_the_schema_refuses_what_archcite_0_1_wrote() -> None:
    with pytest.raises(jsonschema.ValidationError):
        _valid([{"id": "a", "type": "letter", "title": "Letter"}])


def test_an_untitled_documents_description_is_its_genre() -> None:
    cit = archcite.parse_citation(
        "РО ИРЛИ. Ф. 568. Оп. 1. Д. 1. [Фомин А.Г. Материалы по истории русской библиографии]."
    )
    item = to_csl_json(cit)
    assert "title" not in item
    assert item["genre"] == "Материалы по истории русской библиографии"
    assert "archcite-genre: description" in item["note"]
    assert from_csl_json(item) == [cit]


def test_a_description_beside_a_title_takes_the_genre_from_the_document_type() -> None:
    cit = DocumentCitation(
        title="Telefonogramma", description="Secure HF Transmission", document_type="telegram"
    )
    item = to_csl_json(cit)
    assert (item["title"], item["genre"]) == ("Telefonogramma", "Secure HF Transmission")
    assert "archcite-document-type: telegram" in item["note"]
    assert from_csl_json(item) == [cit]
    assert from_csl_json({"id": "z", "genre": "telegram"})[0].document_type == "telegram"


@pytest.mark.parametrize(
    ("citation", "language"),
    [
        (DocumentCitation(title="Как создавалась библиотека Исторического музея"), "ru"),
        (DocumentCitation(title="Лист до ЦК КП(б)У про хлібозаготівлі"), "uk"),
        (
            DocumentCitation(title="Vypiska iz Protokola No. 60 zasedaniya Prezidiuma TsK KPSS"),
            "ru",
        ),
        (
            DocumentCitation(
                title="Zapiska o vstreche",
                references=(archcite.parse("TsDAVO, F. 1, Op. 2, D. 3"),),
            ),
            "uk",
        ),
        (
            DocumentCitation(
                title="Lyst do TsK pro khlibozahotivli",
                original_title="Лист до ЦК про хлібозаготівлі",
            ),
            "uk",
        ),
        (DocumentCitation(description="Материалы по истории библиографии"), "ru"),
        (DocumentCitation(title="Memorandum on Hungary"), None),
        (DocumentCitation(title="Working Notes from the Session of the CPSU CC Presidium"), None),
    ],
)
def test_language_from_the_script_or_the_transliteration(
    citation: DocumentCitation, language: str | None
) -> None:
    assert to_csl_json(citation).get("language") == language


def test_roles_are_the_ones_styles_print() -> None:
    memo = archcite.parse_citation(
        '"Memorandum on Hungary", October 30, 1956, APRF, F. 3, Op. 64, D. 484, Ll. 41-43, '
        "obtained and translated by Mark Kramer, edited by Vera Tolz."
    )
    item = to_csl_json(memo)
    # No CSL contributor ("with Mark Kramer") and, beside no author, no editor (styles would
    # list the memorandum under her name): both wait in the note.
    assert "contributor" not in item and "editor" not in item
    assert item["translator"] == [{"family": "Kramer", "given": "Mark"}]
    assert "archcite-contributors: Mark Kramer; Vera Tolz" in item["note"]
    assert from_csl_json(item) == [memo]
    signed = attrs.evolve(memo, authors=("Iu. V. Andropov",))
    assert to_csl_json(signed)["editor"] == [{"family": "Tolz", "given": "Vera"}]
    assert from_csl_json(to_csl_json(signed)) == [signed]


def test_an_editor_of_an_unsigned_item_from_elsewhere_is_an_editor() -> None:
    [cit] = from_csl_json({"id": "z", "title": "Memo", "editor": [{"literal": "Vera Tolz"}]})
    assert cit.contributors == (Contributor("Vera Tolz", "editor"),)


def test_a_publication_is_not_made_the_container() -> None:
    cit = DocumentCitation(
        title="Working Notes",
        date=PartialDate(1956, 11, 27),
        publication=Publication("CWIHP Bulletin", "8-9", "400", year=1996),
    )
    item = to_csl_json(cit)
    assert not {"container-title", "issue", "page"} & set(item)
    assert item["note"].splitlines() == [
        "archcite-publication: CWIHP Bulletin",
        "archcite-publication-issue: 8-9",
        "archcite-publication-pages: 400",
        "archcite-publication-year: 1996",
    ]
    assert from_csl_json(item) == [cit]


def test_zotero_form_writes_what_zotero_drops_as_extra_lines() -> None:
    cit = DocumentCitation(
        title="Pis'mo",
        original_title="Письмо",
        authors=("I. V. Stalin",),
        recipients=("L. M. Kaganovich",),
        collection="Malin Collection",
        notes=("Copy",),
        contributors=(
            Contributor("V. N. Chernukha", "compiler"),
            Contributor("Розанов И.Н.", "editor"),
        ),
        references=(archcite.parse("RGASPI, F. 81, Op. 3, D. 99, L. 1"),),
    )
    item = to_csl_json(cit, zotero=True)
    assert set(item) <= ZOTERO_VARIABLES["personal_communication"] | {"id", "type"}
    assert item["note"].splitlines() == [
        "original-title: Письмо",
        "compiler: Chernukha || V. N.",
        "editor: Розанов И.Н.",
        "archive_collection: Malin Collection",
        "archive-place: Moscow",
        "Copy",
    ]
    assert from_csl_json(item) == [cit]


def test_values_pandoc_lifted_out_of_the_note_are_read() -> None:
    cit = DocumentCitation(
        title="Shifrtelogramma",
        classification="Strictly Secret",
        contributors=(Contributor("Mark Kramer", "contributor"),),
    )
    item = to_csl_json(cit)
    lifted = {k: v for k, v in item.items() if k != "note"}
    for line in item["note"].splitlines():
        name, _, value = line.partition(": ")
        lifted[name] = value
    assert from_csl_json(lifted) == [cit]


def test_a_shelfmark_in_the_publisher_is_read_and_a_publisher_is_not() -> None:
    # pandoc makes BibTeX's howpublished the CSL publisher.
    [found] = from_csl_json({"id": "a", "publisher": "TsKhSD, f. 89, op. 2, d. 5, ll. 13–14"})
    assert found.references == (archcite.parse("TsKhSD, F. 89, Op. 2, D. 5, Ll. 13-14"),)
    result = from_csl_json({"id": "b", "publisher": "Oxford University Press"})
    assert result.items[0].references == () and result.errors == ()


def test_what_archcite_0_1_wrote_is_still_read() -> None:
    old = {
        "id": "x",
        "type": "letter",
        "title": "Spravka",
        "contributor": [{"literal": "A"}],
        "note": "archcite-untitled: true\narchcite-description: ignored",
        "archive": "TsKhSD",
        "archive_location": "f. 89, op. 2, d. 5",
        "locator": "13–14",
    }
    [cit] = from_csl_json(old)
    assert (cit.title, cit.description) == (None, "Spravka")
    assert cit.contributors == (Contributor("A", "contributor"),)
    assert str(cit.references[0].folios) == "13-14"
