"""archcite.strategies: each strategy generates what its docstring says, narrowed as asked."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

import archcite
from archcite import registry
from archcite import strategies as ac
from archcite.model import LEVELS
from archcite.strategies import same_reference

quick = settings(max_examples=40, deadline=None, derandomize=True, database=None)
CYRILLIC = re.compile("[\u0400-\u04ff]")


def test_import_archcite_does_not_import_hypothesis() -> None:
    code = "import sys, archcite; archcite.parse('F. 1, D. 2'); print('hypothesis' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


@quick
@given(ac.archives(script="cyrillic"))
def test_cyrillic_archives_are_cyrillic(token: str) -> None:
    assert CYRILLIC.search(token)
    assert registry.find(token) is not None


@quick
@given(ac.archives(script="latin", system="iso9"))
def test_latin_archives_in_one_system_have_no_lc_digraphs(token: str) -> None:
    assert not CYRILLIC.search(token)
    assert "Ts" not in token and "Kh" not in token


@quick
@given(ac.archives(historical=False))
def test_current_archives_are_todays_names(token: str) -> None:
    assert registry.is_current(token)


def test_archives_cover_former_names() -> None:
    tokens = set(ac._archives.archive_tokens(None, None, True))
    assert {"TsKhSD", "ЦХСД", "GARF", "ГАРФ", "AP RF"} <= tokens
    assert "TsKhSD" not in set(ac._archives.archive_tokens(None, None, False))


@quick
@given(ac.identifiers("fond", script="latin"))
def test_fond_identifiers_have_the_shapes_of_fonds(value: str) -> None:
    assert re.fullmatch(r"\d+|0\d+|[RA]-\d+|\d+[abvgd]", value)


@quick
@given(ac.identifiers("delo", script="cyrillic"))
def test_identifier_letters_follow_the_script(value: str) -> None:
    assert not re.search("[a-zA-Z]", value)


@quick
@given(ac.folios(max_items=2, verso=False))
def test_folios_respect_max_items_and_verso(folios: archcite.Folios) -> None:
    assert 1 <= len(folios) <= 2
    assert "ob" not in str(folios)


@quick
@given(
    ac.archival_references(
        archives=st.just("GARF"), levels=["fond", "opis", "delo"], require=["delo"]
    )
)
def test_archival_references_respect_levels_and_require(ref: archcite.ArchivalReference) -> None:
    assert ref.archive == "GARF" and ref.archive_id == "GARF"
    assert ref.delo is not None
    assert set(ref.levels) <= {"fond", "opis", "delo"}


@quick
@given(ac.archival_references())
def test_archive_id_is_what_parse_sets(ref: archcite.ArchivalReference) -> None:
    found = registry.find(ref.archive) if ref.archive else None
    assert ref.archive_id == (found.id if found else None)
    assert list(ref.levels) == [level for level in LEVELS if level in ref.levels]


@quick
@given(ac.reference_texts(style="gost"))
def test_gost_texts_are_cyrillic(pair: tuple[str, archcite.ArchivalReference]) -> None:
    text, reference = pair
    assert reference.fond is None or "Ф." in text
    assert not re.search("[a-zA-Z]", text)


@quick
@given(ac.footnotes(min_refs=2, max_refs=4))
def test_footnote_matches_point_into_the_text(pair: tuple[str, list[archcite.Match]]) -> None:
    text, matches = pair
    assert 2 <= len(matches) <= 4
    assert matches[0].kind == "full"
    for match in matches:
        assert text[match.span[0] : match.span[1]] == match.text


@quick
@given(ac.document_citations(style="wilson"))
def test_document_citations_hold_a_full_reference(pair: tuple[str, list[archcite.Match]]) -> None:
    text, matches = pair
    assert matches[0].kind == "full" and matches[0].reference.archive is not None
    assert text[matches[0].span[0] : matches[0].span[1]] == matches[0].text


@pytest.mark.parametrize(
    "make",
    [
        lambda: ac.archives(script="greek"),
        lambda: ac.archives(system="lc"),
        lambda: ac.identifiers("folios"),
        lambda: ac.folios(max_items=0),
        lambda: ac.archival_references(levels=["shelf"]),
        lambda: ac.archival_references(require=["delo", "ed_khr"]),
        lambda: ac.reference_texts(style="harvard"),
        lambda: ac.footnotes(3, 1),
    ],
)
def test_bad_arguments_are_invalid(make: object) -> None:
    with pytest.raises(InvalidArgument):
        make().example()  # type: ignore[operator]


def test_same_reference_is_blind_to_script_only() -> None:
    latin = archcite.parse("TsKhSD, F. R-89, Op. 2, D. 5a, Ll. 13-14, 41a")
    cyrillic = archcite.parse("ЦХСД. Ф. Р-89. Оп. 2. Д. 5а. Л. 13–14, 41а.")
    assert same_reference(latin, cyrillic)
    for other in (
        "RGANI, F. R-89, Op. 2, D. 5a, Ll. 13-14, 41a",
        "TsKhSD, F. R-89, Op. 2, D. 5a, Ll. 13-15, 41a",
        "TsKhSD, F. R-89, Op. 2, D. 5b, Ll. 13-14, 41a",
    ):
        assert not same_reference(latin, archcite.parse(other))


def test_the_baltic_form_writes_each_language_in_its_order() -> None:
    seen: set[str] = set()

    @settings(max_examples=200, deadline=None, derandomize=True, database=None)
    @given(ac.reference_variants(["baltic"]))
    def draw(pair: tuple[str, archcite.ArchivalReference]) -> None:
        text, reference = pair
        archive = registry.find(reference.archive) if reference.archive else None
        country = archive.country if archive else None
        if re.search(r"\b[bB]\. \d", text):
            seen.add("lithuanian")
            assert country in (None, "Lithuania")
        if re.search(r"\b[sS]\. \d", text):
            seen.add("estonian")
            assert country in (None, "Estonia")
        if re.search(r"\d\. (f|fonds)\b", text):
            seen.add("latvian")
            assert country == "Latvia" and text.startswith(str(reference.archive))

    draw()
    assert seen == {"lithuanian", "estonian", "latvian"}


@quick
@given(ac.reference_variants(["ocr", "labels", "separators"]))
def test_the_ocr_form_damages_the_inventory_label_only_right_after_the_fond(
    pair: tuple[str, archcite.ArchivalReference],
) -> None:
    text, reference = pair
    damaged = re.search(r"(?<![\w.])[OО][nN]\.|(?<![\w.])[oо]n\.", text)
    if damaged is None:
        return
    # "Ф. 17. On. 3": the inventory's number after it, and only the fond's label before
    assert reference.opis is not None and reference.fond is not None
    assert text[damaged.end() :].lstrip().startswith(reference.opis)
    assert reference.fond in text[: damaged.start()]
    assert not re.search(r"(?<!\w)(д|ед\. ?хр|лл?|оп)\.", text[: damaged.start()], re.I)


def test_the_ocr_form_damages_inventory_labels() -> None:
    from hypothesis import find

    text, reference = find(
        ac.reference_variants(["ocr"]),
        lambda pair: re.search(r"\b[OОoо]n\.", pair[0]) is not None,
        settings=settings(max_examples=2000, database=None, derandomize=True),
    )
    assert archcite.parse(text) == reference


@quick
@given(ac.reference_variants(["ocr"]))
def test_the_ocr_form_damages_only_leaf_labels_after_a_file(
    pair: tuple[str, archcite.ArchivalReference],
) -> None:
    text, reference = pair
    for damaged in re.finditer(r"(?<![\w.])(11|1l|1)\. (?=\d)", text):
        before = text[: damaged.start()]
        assert reference.folios is not None and reference.folios.unit == "leaf"
        # A file before it, labelled as the hand labels it: "d.", "ed. khr.", "д.", "ед. хр."
        file = r"(?<!\w)(d|ed\. khr|д|ед\. хр)\. ?\w"
        assert re.search(file, before, re.IGNORECASE), text


def test_the_breaks_form_breaks_a_line_before_a_lower_level() -> None:
    from hypothesis import find

    text, reference = find(
        ac.reference_variants(["breaks", "labels"]),
        lambda pair: "\n" in pair[0],
        settings=settings(max_examples=2000, database=None, derandomize=True),
    )
    assert archcite.parse(text) == reference
    # and free text reads the two lines as one reference, as a copied page broke it
    [match] = archcite.extract(text)
    assert match.reference == reference and "\n" in match.text


@quick
@given(ac.reference_variants(["breaks", "labels", "separators", "archives"]))
def test_a_reference_broken_across_lines_is_found_whole(
    pair: tuple[str, archcite.ArchivalReference],
) -> None:
    text, reference = pair
    if "\n" not in text:
        return
    [match] = archcite.extract(text)
    assert archcite.strategies.same_reference(match.reference, reference), text


def test_the_damage_form_runs_a_notes_number_into_its_archive() -> None:
    from hypothesis import find

    text, expected = find(
        ac.footnotes(min_refs=1, forms=["damage", "labels"]),
        lambda pair: re.match(r"\d+[^\W\d_]", pair[0]) is not None,
        settings=settings(max_examples=3000, database=None, derandomize=True),
    )
    # "36РЦХИДНИ. Ф. 77": the archive is read, and the number stays outside the reference
    assert archcite.extract(text) == expected
    assert expected[0].span[0] > 0 and expected[0].reference.archive is not None
