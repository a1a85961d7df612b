"""TEI output: valid against the TEI P5 schema, the text given back, the levels in place."""

from __future__ import annotations

from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from _annotate_markup import strip_tei, tei_document, tei_document_text, tei_notes
from archcite import Match, annotate, extract, parse
from archcite import strategies as ac
from archcite.markup.tei import BIBL_ALLOWED, bibl, list_org

DATA = Path(__file__).parent / "data"
SEED = (DATA / "seed_working_notes.txt").read_text("utf-8")
TEI = {"tei": "http://www.tei-c.org/ns/1.0"}
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"


@pytest.fixture(scope="module")
def schema() -> object:
    """TEI P5 4.3.0, tei_all (see tests/data/tei_all.LICENSE.md); compiling it takes seconds."""
    return etree.RelaxNG(etree.parse(str(DATA / "tei_all.rng")))


def _valid(schema: object, document: str) -> object:
    root = etree.fromstring(document.encode("utf-8"))
    assert schema.validate(root), schema.error_log  # type: ignore[attr-defined]
    return root


def _pointers_resolve(root: object) -> None:
    ids = {element.get(XML_ID) for element in root.iter() if element.get(XML_ID)}  # type: ignore[attr-defined]
    refs = {element.get("ref")[1:] for element in root.iter() if element.get("ref")}  # type: ignore[attr-defined]
    assert refs and refs <= ids


def test_the_seed_document_becomes_a_valid_tei_document(schema: object) -> None:
    document = annotate(SEED, "tei")
    root = _valid(schema, document)
    bibls = root.findall(".//tei:body//tei:bibl[@type='archival']", TEI)  # type: ignore[attr-defined]
    assert len(bibls) == len(extract(SEED)) == 7
    assert tei_document_text(document) == SEED
    _pointers_resolve(root)
    orgs = root.findall(".//tei:standOff/tei:listOrg/tei:org", TEI)  # type: ignore[attr-defined]
    assert {org.get(XML_ID) for org in orgs} == {"RGANI", "APRF"}


def test_a_full_reference_is_cut_into_the_parts_of_its_shelfmark(schema: object) -> None:
    root = _valid(schema, annotate("See TsKhSD, F. 89, Op. 2, D. 5, Ll. 13-14.", "tei"))
    (element,) = root.findall(".//tei:bibl", TEI)  # type: ignore[attr-defined]
    assert element.get("subtype") == "full" and element.get("n") == (
        "TsKhSD, f. 89, op. 2, d. 5, ll. 13–14"
    )
    identifier = element.find("tei:msIdentifier", TEI)
    assert [child.tag.split("}")[1] for child in identifier] == [
        "country",
        "settlement",
        "repository",
        "collection",
        "idno",
    ]
    country, settlement, repository, collection, idno = identifier
    assert (country.text, settlement.text) == ("Russia", "Moscow")
    assert repository.get("ref") == "#RGANI" and repository.text == "TsKhSD,"
    assert collection.get("n") == "89" and collection.text == "F. 89,"
    assert idno.get("type") == "shelfmark" and idno.text == "Op. 2, D. 5"
    cited = element.find("tei:citedRange", TEI)
    assert cited.attrib == {"unit": "folio", "from": "13", "to": "14"} and cited.text == "Ll. 13-14"


def test_short_forms_point_at_what_they_continue(schema: object) -> None:
    text = "APRF, f. 3, op. 57, d. 73, l. 9; d. 60, l. 11. Ibid., ll. 15, 17."
    root = _valid(schema, annotate(text, "tei"))
    _full, continuation, ibid = root.findall(".//tei:bibl", TEI)  # type: ignore[attr-defined]
    assert continuation.get("subtype") == "continuation"
    assert continuation.find(".//tei:repository", TEI).get("ref") == "#APRF"
    assert continuation.find(".//tei:collection", TEI).get("n") == "3"
    assert continuation.find(".//tei:idno", TEI).text == "d. 60"
    assert ibid.text == "Ibid., " and ibid.get("n") == "APRF, f. 3, op. 57, d. 60, ll. 15, 17"
    assert ibid.find("tei:citedRange", TEI).attrib == {"unit": "folio"}  # two ranges: no bounds


def test_pages_are_cited_as_pages() -> None:
    text = "GARF, f. 5446, op. 1, d. 5, pp. 34-35"
    written = parse(text)
    assert written.folios is not None
    pages = attrs.evolve(written, folios=attrs.evolve(written.folios, unit="page"))
    assert '<citedRange unit="page" from="34" to="35">pp. 34-35</citedRange>' in bibl(
        Match(pages, pages, "full", (0, len(text)), text)
    )


def test_an_archive_named_after_the_shelfmark_stays_where_it_is(schema: object) -> None:
    root = _valid(schema, annotate("Ф. 1, оп. 2, д. 3 (ГАРФ) и Ф. 5, оп. 1, д. 9, л. 2.", "tei"))
    first = root.find(".//tei:bibl", TEI)  # type: ignore[attr-defined]
    assert first.find(".//tei:repository", TEI).get("ref") == "#GARF"
    assert first.find(".//tei:repository", TEI).text is None
    assert first.find("tei:orgName", TEI).text == "ГАРФ"


def test_characters_xml_cannot_hold(schema: object) -> None:
    document = annotate("Page one, F. 1, op. 2, d. 3.\x0cPage two\x01.", "tei")
    _valid(schema, document)
    assert "<pb/>" in document and "\ufffd" in document
    # Inside a reference a page break could land in an <idno>, which takes no <pb/>.
    _valid(schema, annotate("See F. 1, op. 2,\x0cd. 3, l. 4.", "tei"))


@pytest.mark.parametrize("text", ["", "   \n\n  ", "No references & <tags> here."])
def test_texts_without_references_are_valid_documents_too(schema: object, text: str) -> None:
    document = annotate(text, "tei")
    _valid(schema, document)
    assert "<standOff>" not in document and tei_document_text(document) == text


@settings(max_examples=40, deadline=None)
@given(pair=ac.footnotes(max_refs=5))
def test_generated_footnotes_become_valid_tei_and_come_back(
    schema: object, pair: tuple[str, object]
) -> None:
    text, _ = pair
    document = annotate(text, "tei")
    _valid(schema, document)
    assert tei_document_text(document) == text
    assert document.count('<bibl type="archival"') == len(extract(text))


# --- a TEI document annotated in place ----------------------------------------------------


def test_a_tei_document_is_annotated_inside_its_text_only(schema: object) -> None:
    source = tei_document(
        'See <hi rend="italic">TsKhSD</hi>, F. 89, Op. 2, D. 5, Ll. 13-14 and '
        "<date>F. 1, op. 2, d. 3</date>; <hi>RGANI, f. 3,</hi> op. 5, d. 6. "
        "GARF, f.&#160;1, op. 2, d. 3 &amp; more",
        title="F. 7, op. 8, d. 9",
    )
    annotated = annotate(source, "tei", source="tei")
    root = _valid(schema, annotated)
    _pointers_resolve(root)
    assert strip_tei(annotated) == source
    bibls = root.findall(".//tei:bibl", TEI)  # type: ignore[attr-defined]
    # The header and <date> (where no <bibl> may stand) are left alone.
    assert [b.get("n") for b in bibls] == [
        "TsKhSD, f. 89, op. 2, d. 5, ll. 13–14",
        "RGANI, f. 3, op. 5, d. 6",
        "GARF, f. 1, op. 2, d. 3",
    ]
    # A reference with markup inside keeps it whole; its levels go into empty elements.
    assert bibls[0].find("tei:hi", TEI).text == "TsKhSD"
    assert bibls[0].find(".//tei:collection", TEI).get("n") == "89"
    assert bibls[2].find(".//tei:collection", TEI).text == "f.\u00a01,"


def test_a_reference_that_runs_out_of_an_element_is_left_as_it_was(schema: object) -> None:
    source = tei_document("<hi>See TsKhSD</hi>, F. 89, Op. 2, D. 5.")
    annotated = annotate(source, "tei", source="tei")
    assert annotated == source


def test_no_bibl_where_the_schema_allows_none(schema: object) -> None:
    source = tei_document(
        "<date><hi>F. 1, op. 2,</hi> <hi>d. 3</hi></date> <title><hi>F. 4, op. 5,</hi> "
        "<hi>d. 6</hi></title>"
    )
    annotated = annotate(source, "tei", source="tei")
    root = _valid(schema, annotated)
    (only,) = root.findall(".//tei:bibl", TEI)  # type: ignore[attr-defined]
    assert only.getparent().tag.endswith("title")


def test_an_existing_stand_off_gets_the_list_of_archives(schema: object) -> None:
    source = tei_document("APRF, f. 3, op. 64, d. 488, l. 181.").replace(
        "</teiHeader>",
        '</teiHeader><standOff><listPerson><person xml:id="p1"><persName>N</persName>'
        "</person></listPerson></standOff>",
    )
    annotated = annotate(source, "tei", source="tei")
    root = _valid(schema, annotated)
    assert len(root.findall(".//tei:standOff", TEI)) == 1  # type: ignore[attr-defined]
    _pointers_resolve(root)


def test_annotating_a_tei_document_twice_changes_nothing() -> None:
    once = annotate(
        tei_document("APRF, f. 3, op. 64, d. 488, l. 181; d. 490. Ibid., l. 5."),
        "tei",
        source="tei",
    )
    assert annotate(once, "tei", source="tei") == once


@settings(max_examples=40, deadline=None)
@given(tei_notes())
def test_generated_tei_documents_stay_valid_and_come_back(
    schema: object, pair: tuple[str, str]
) -> None:
    source, _ = pair
    annotated = annotate(source, "tei", source="tei")
    _valid(schema, annotated)
    assert strip_tei(annotated) == source


# --- the archives --------------------------------------------------------------------------


def test_the_list_of_archives_gives_names_through_time(schema: object) -> None:
    listed = list_org(["RGANI", "RGANI", "GARF"])
    assert listed.count("<org ") == 2
    assert '<orgName type="acronym" xml:lang="ru" from="1991" to="1999">ЦХСД</orgName>' in listed
    assert '<orgName type="full" xml:lang="en">State Archive of the Russian Federation' in listed
    _valid(
        schema,
        tei_document("Text.").replace("</teiHeader>", f"</teiHeader><standOff>{listed}</standOff>"),
    )


def test_where_a_bibl_may_stand_is_what_the_schema_says() -> None:
    """BIBL_ALLOWED is the schema's answer, derived here again from the RELAX NG."""
    ns = "{http://relaxng.org/ns/structure/1.0}"
    grammar = etree.parse(str(DATA / "tei_all.rng")).getroot()
    defines = {d.get("name"): d for d in grammar.iter(f"{ns}define")}
    element_of = {
        name: d.find(f"{ns}element").get("name")
        for name, d in defines.items()
        if d.find(f"{ns}element") is not None and d.find(f"{ns}element").get("name")
    }

    def reachable(name: str) -> set[str]:
        seen, stack, found = set(), [name], set()
        while stack:
            current = stack.pop()
            if current in seen:
                continue
            seen.add(current)
            node = defines.get(current)
            if node is None:
                continue
            if current in element_of:
                node = node.find(f"{ns}element")
            for ref in node.iter(f"{ns}ref"):
                target = ref.get("name")
                if target.startswith("tei_att."):
                    continue
                if target in element_of:
                    found.add(element_of[target])
                else:
                    stack.append(target)
        return found

    derived = {element.lower() for name, element in element_of.items() if "bibl" in reachable(name)}
    assert derived == BIBL_ALLOWED


def test_the_tei_example_is_valid(schema: object) -> None:
    example = Path(__file__).parent.parent / "examples" / "seed_working_notes.xml"
    root = _valid(schema, example.read_text("utf-8"))
    _pointers_resolve(root)


@pytest.mark.parametrize("text", ['say "no"', "it's", '"it\'s"', "a\n\tb\r&<>", ""])
def test_xml_attributes_are_quoted_as_the_standard_library_quotes_them(text: str) -> None:
    from xml.sax.saxutils import quoteattr

    from archcite.markup.tei import _quoteattr

    assert _quoteattr(text) == quoteattr(text)


@given(st.text())
def test_xml_escapes_are_those_of_the_standard_library(text: str) -> None:
    from xml.sax.saxutils import escape, quoteattr

    from archcite.markup.tei import _escape, _quoteattr

    assert _escape(text) == escape(text)
    assert _quoteattr(text) == quoteattr(text)
