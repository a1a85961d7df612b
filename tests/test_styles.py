"""Writing references in the registered styles."""

from __future__ import annotations

import re

import attrs
import pytest
from hypothesis import given, settings

import archcite
from _style_support import POLTORATSKII
from archcite import (
    ArchivalReference,
    Folio,
    FolioRange,
    Folios,
    StyleOptions,
    UnknownStyle,
    format_reference,
    parse,
)
from archcite import strategies as ac
from archcite import styles as style_registry

SHIFROVKA = "TsKhSD, F. 89, Op. 2, D. 5, Ll. 13-14"


def test_styles_are_listed() -> None:
    assert {"chicago", "dstu", "gost", "wilson"} <= set(archcite.style_names())


@pytest.mark.parametrize(
    ("style", "expected"),
    [
        ("wilson", "TsKhSD, F. 89, Op. 2, D. 5, Ll. 13-14"),
        ("chicago", "TsKhSD, f. 89, op. 2, d. 5, ll. 13–14"),
        ("gost", "ЦХСД. Ф. 89. Оп. 2. Д. 5. Л. 13–14."),
        ("dstu", "ЦХСД. Ф. 89. Оп. 2. Спр. 5. Арк. 13–14."),
    ],
)
def test_the_reference_styles(style: str, expected: str) -> None:
    assert format_reference(parse(SHIFROVKA), style) == expected
    assert parse(SHIFROVKA).format(style) == expected


def test_single_folio_label() -> None:
    reference = parse("APRF, F. 3, Op. 64, D. 488, L. 181")
    assert reference.format("wilson") == "APRF, F. 3, Op. 64, D. 488, L. 181"
    assert reference.format("chicago") == "APRF, f. 3, op. 64, d. 488, l. 181"
    assert reference.format("gost") == "АП РФ. Ф. 3. Оп. 64. Д. 488. Л. 181."


def test_verso_in_each_style() -> None:
    reference = parse("GARF, f. 1235, op. 1, d. 16, l. 52ob.")
    assert reference.format("chicago") == "GARF, f. 1235, op. 1, d. 16, l. 52ob."
    assert reference.format("gost") == "ГАРФ. Ф. 1235. Оп. 1. Д. 16. Л. 52 об."
    assert reference.format("wilson") == "GARF, F. 1235, Op. 1, D. 16, L. 52ob."


def test_gost_does_not_double_the_stop_an_element_ends_with() -> None:
    regional = ArchivalReference(archive="ГА Винницкой обл.", archive_id="DAViO", fond="1")
    assert regional.format("gost") == "ГА Винницкой обл. Ф. 1."
    assert parse(regional.format("gost")) == regional
    reel = parse("GARF, f. 1, op. 2, d. 3, l. 52ob., reel 7")
    assert reel.format("gost") == "ГАРФ. Ф. 1. Оп. 2. Д. 3. Л. 52 об. Ролик 7."
    assert parse(reel.format("gost")) == parse("ГАРФ. Ф. 1. Оп. 2. Д. 3. Л. 52 об. Ролик 7.")
    # A comma after a stop is no double stop: it stays.
    assert reel.format("chicago") == "GARF, f. 1, op. 2, d. 3, l. 52ob., reel 7"


def test_gost_writes_prefixes_and_suffixes_in_cyrillic() -> None:
    reference = parse("GARF, f. R-5446, op. 1a, d. 12")
    assert reference.format("gost") == "ГАРФ. Ф. Р-5446. Оп. 1а. Д. 12."


def test_latin_styles_transliterate_cyrillic_prefixes() -> None:
    reference = parse("ГАРФ. Ф. Р-5446. Оп. 1а. Д. 12.")
    assert reference.format("chicago") == "GARF, f. R-5446, op. 1a, d. 12"


def test_cyrillic_archive_in_a_latin_style_and_back() -> None:
    assert parse("РГАСПИ. Ф. 17. Оп. 3. Д. 5.").format("wilson") == "RGASPI, F. 17, Op. 3, D. 5"
    assert parse("AP RF, f. 3, op. 64, d. 1").format("gost") == "АП РФ. Ф. 3. Оп. 64. Д. 1."


def test_unknown_archive_keeps_its_letters_or_is_transliterated() -> None:
    assert parse("XYZA, f. 1, op. 2, d. 3").format("chicago") == "XYZA, f. 1, op. 2, d. 3"
    assert parse("ГАКО. Ф. 1. Оп. 2. Д. 3.").format("chicago").startswith("GAKO, ")


@pytest.mark.parametrize("archive", ["NARA", "CIA", "XYZA", "DAIFO"])
def test_gost_does_not_invent_a_cyrillic_name_for_an_unknown_archive(archive: str) -> None:
    reference = ArchivalReference(archive=archive, fond="1", opis="2", delo="3")
    written = reference.format("gost")
    assert written == f"{archive}. Ф. 1. Оп. 2. Д. 3."
    assert parse(written).archive == archive


def test_gost_respells_the_names_the_registry_knows() -> None:
    assert parse("TsKhSD, f. 1, op. 2, d. 3").format("gost").startswith("ЦХСД. ")
    assert parse("TsGAOR SSSR, f. 1, op. 2, d. 3").format("gost").startswith("ЦГАОР СССР. ")


def test_a_latin_style_romanises_an_unknown_cyrillic_acronym_in_its_language() -> None:
    # І is a Ukrainian letter: the Ukrainian table romanises it.
    assert ArchivalReference(archive="ДАІФО", fond="1").format("chicago") == "DAIFO, f. 1"
    assert ArchivalReference(archive="ГАКО", fond="1").format("wilson") == "GAKO, F. 1"


def test_a_latin_style_romanises_an_archive_with_its_name_in_guillemets() -> None:
    reference = parse("ЦА ФСБ «Лубянка», ф. 3, оп. 1, д. 5")
    assert reference.format("chicago") == "TsA FSB «Lubianka», f. 3, op. 1, d. 5"
    assert parse(reference.format("chicago")).archive_id == "TsAFSB"


@pytest.mark.parametrize(("archive", "would_be"), [("ЛЫА", "LYA"), ("БСТУ", "BStU")])
def test_romanising_never_turns_an_unknown_archive_into_a_known_one(
    archive: str, would_be: str
) -> None:
    # LYA is the Lithuanian Special Archives and BStU the Stasi records agency: an unknown
    # Cyrillic token that romanises to one of them is kept as cited.
    assert archcite.registry.archive_id(would_be) is not None
    for style in ("chicago", "wilson"):
        written = ArchivalReference(archive=archive, fond="1", delo="2").format(style)
        assert written.startswith(f"{archive}, ")
        assert parse(written).archive_id is None


def test_other_levels_have_labels_in_every_style() -> None:
    reference = ArchivalReference(
        fond="1",
        opis="2",
        razdel="3",
        korobka="4",
        delo="5",
        tom="6",
        chast="7",
        folios=Folios((Folio(8),)),
        rolik="9",
    )
    for style in archcite.style_names():
        assert parse(reference.format(style)) == reference


def test_papka_round_trips() -> None:
    reference = parse("AVP RF, f. 06, op. 9, p. 12, d. 5, l. 3")
    for style in ("chicago", "wilson", "gost", "dstu"):
        assert parse(reference.format(style)).papka == "12"


def test_folio_lists_and_abbreviated_ranges() -> None:
    reference = ArchivalReference(
        fond="558",
        opis="11",
        delo="702",
        folios=Folios(
            (FolioRange(Folio(6), Folio(12)), Folio(41, "a"), FolioRange(Folio(123), Folio(124)))
        ),
    )
    assert reference.format("chicago").endswith("ll. 6–12, 41a, 123–124")
    assert reference.format("gost").endswith("Л. 6–12, 41а, 123–124.")


@pytest.mark.parametrize(
    ("style", "expected"),
    [
        ("chicago", "ll. 40–42, 14–19, 123–124ob."),
        ("wilson", "Ll. 40-42, 14-19, 123-124ob."),
        ("gost", "Л. 40–42, 14–19, 123–124 об."),
        ("dstu", "Арк. 40–42, 14–19, 123–124 зв."),
    ],
)
def test_abbreviated_ranges_are_written_in_full_by_every_style(style: str, expected: str) -> None:
    reference = parse("RGASPI, f. 558, op. 11, d. 728, ll. 40–2, 14-9, 123-4ob.")
    assert str(reference.folios) == "40-42, 14-19, 123-124ob"
    assert reference.format(style).endswith(expected)
    assert parse(reference.format(style)).folios == reference.folios


@pytest.mark.parametrize("style", archcite.style_names())
@settings(max_examples=80, deadline=None, derandomize=True, database=None)
@given(folios=ac.folios(max_items=4))
def test_every_range_a_style_writes_runs_forwards_in_full(style: str, folios: Folios) -> None:
    written = ArchivalReference(fond="1", delo="2", folios=folios).format(style)
    for start, end in re.findall(r"(\d+)\D{0,5}[-–](\d+)", written):
        assert int(end) >= int(start), written


@pytest.mark.parametrize(
    ("style", "expected"),
    [
        ("chicago", "RGANI (formerly TsKhSD), f. 89, op. 2, d. 5, ll. 13–14"),
        ("wilson", "RGANI (formerly TsKhSD), F. 89, Op. 2, D. 5, Ll. 13-14"),
        ("gost", "РГАНИ (бывш. ЦХСД). Ф. 89. Оп. 2. Д. 5. Л. 13–14."),
        ("dstu", "РГАНИ (колишній ЦХСД). Ф. 89. Оп. 2. Спр. 5. Арк. 13–14."),
    ],
)
def test_modern_names_today_first_and_the_cited_one_after(style: str, expected: str) -> None:
    written = parse(SHIFROVKA).format(style, modern=True)
    assert written == expected
    assert parse(written).archive_id == "RGANI"


def test_modern_leaves_a_current_name_alone() -> None:
    assert parse("RGASPI, f. 17, op. 3, d. 5").format("chicago", modern=True) == (
        "RGASPI, f. 17, op. 3, d. 5"
    )


@pytest.mark.parametrize(
    ("system", "archive"),
    [("ala-lc", "TsKhSD"), ("bgn", "TsKhSD"), ("iso9", "CHSD"), ("din1460", "CChSD")],
)
def test_transliteration_systems(system: str, archive: str) -> None:
    written = parse("ЦХСД. Ф. 89. Оп. 2. Д. 5.").format("chicago", transliteration=system)
    assert written == f"{archive}, f. 89, op. 2, d. 5"


def test_unknown_style_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="unknown reference style 'harvard'"):
        parse(SHIFROVKA).format("harvard")


@pytest.mark.parametrize("style", ["chicago", "wilson", "gost", "dstu"])
def test_formatted_seed_references_parse_back(style: str) -> None:
    for text in [
        SHIFROVKA,
        "APRF, F. 3, Op. 64, D. 488, Ll. 95-96",
        "TsKhSD, F. 3, Op. 12, D. 1006, L. 52",
    ]:
        reference = parse(text)
        again = parse(reference.format(style))
        assert again.archive_id == reference.archive_id
        assert again.levels == reference.levels


# -- one validated StyleOptions value for every style -----------------------------------


@pytest.mark.parametrize("style", archcite.style_names())
def test_an_unknown_option_is_the_same_error_in_every_style(style: str) -> None:
    reference = parse(SHIFROVKA)
    with pytest.raises(UnknownStyle, match="unknown style option 'colour'"):
        format_reference(reference, style, colour="red")
    with pytest.raises(UnknownStyle, match="unknown transliteration system 'xx'"):
        reference.format(style, transliteration="xx")


def test_options_come_as_keywords_as_one_value_or_both() -> None:
    reference = parse(SHIFROVKA)
    expected = "RGANI (formerly CHSD), f. 89, op. 2, d. 5, ll. 13–14"
    assert reference.format("chicago", modern=True, transliteration="iso9") == expected
    value = StyleOptions(modern=True, transliteration="iso9")
    assert format_reference(reference, "chicago", options=value) == expected
    assert reference.format("chicago", options=value) == expected
    # A keyword overrides the value it is given with.
    assert format_reference(reference, "chicago", options=value, modern=False) == (
        "CHSD, f. 89, op. 2, d. 5, ll. 13–14"
    )
    with pytest.raises(TypeError, match="options must be a StyleOptions"):
        format_reference(reference, "chicago", options={"modern": True})  # type: ignore[arg-type]


def test_a_style_function_receives_the_one_validated_value(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    received: list[object] = []

    def probe(reference: ArchivalReference, options: StyleOptions) -> str:
        received.append(options)
        return "written"

    monkeypatch.setitem(style_registry._REFERENCE, "probe", probe)
    assert format_reference(parse(SHIFROVKA), "probe", transliteration="bgn") == "written"
    assert received == [StyleOptions(transliteration="bgn")]


# -- pages are not folios ------------------------------------------------------------


def _pages(*items: FolioRange | Folio) -> Folios:
    return Folios(items, unit="page")


PAGED = ArchivalReference(
    archive="RGASPI",
    archive_id="RGASPI",
    fond="17",
    opis="3",
    delo="5",
    folios=_pages(Folio(14)),
)
PAGES = attrs.evolve(PAGED, folios=_pages(FolioRange(Folio(211), Folio(212)), Folio(215)))


@pytest.mark.parametrize(
    ("style", "one", "several"),
    [
        ("chicago", "p. 14", "pp. 211–212, 215"),
        ("wilson", "p. 14", "pp. 211-212, 215"),
        ("gost", "С. 14.", "С. 211–212, 215."),
        ("dstu", "С. 14.", "С. 211–212, 215."),
    ],
)
def test_pages_are_written_as_pages(style: str, one: str, several: str) -> None:
    assert PAGED.format(style).endswith(one)
    assert PAGES.format(style).endswith(several)


@pytest.mark.parametrize("style", archcite.style_names())
def test_no_style_writes_a_page_as_a_leaf(style: str) -> None:
    for reference in (PAGED, PAGES):
        written = reference.format(style)
        leaves = attrs.evolve(reference, folios=attrs.evolve(reference.folios, unit="leaf"))
        assert written != leaves.format(style)
        assert not any(label in written for label in ("l. ", "ll. ", "L. ", "Ll. ", "Л. "))


@pytest.mark.parametrize("style", archcite.style_names())
def test_pages_round_trip(style: str) -> None:
    for reference in (PAGED, PAGES):
        assert parse(reference.format(style)).folios == reference.folios


# -- a fond's title ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("style", "expected"),
    [
        ("gost", "ОР РГБ. Ф. 223 (С. Д. Полторацкий). Кор. 79. Ед. хр. 122."),
        ("chicago", "OR RGB, f. 223 (S. D. Poltoratskii), kor. 79, ed. khr. 122"),
        ("wilson", "OR RGB, F. 223 (S. D. Poltoratskii), Kor. 79, Ed. khr. 122"),
        ("dstu", "ОР РГБ. Ф. 223 (С. Д. Полторацкий). Кор. 79. Од. зб. 122."),
    ],
)
def test_a_fonds_title_follows_its_number(style: str, expected: str) -> None:
    assert POLTORATSKII.format(style) == expected


@pytest.mark.parametrize("style", archcite.style_names())
def test_every_style_writes_the_title(style: str) -> None:
    written = POLTORATSKII.format(style)
    assert "Полторацкий" in written or "Poltoratskii" in written
    untitled = attrs.evolve(POLTORATSKII, title=None)
    assert len(written) > len(untitled.format(style))


def test_a_title_is_romanised_in_the_chosen_system_and_kept_latin_in_gost() -> None:
    assert "(S. D. Poltorackij)" in POLTORATSKII.format("chicago", transliteration="iso9")
    latin = ArchivalReference(archive="RGASPI", fond="17", title="Central Committee", opis="3")
    assert latin.format("gost") == "РГАСПИ. Ф. 17 (Central Committee). Оп. 3."


@pytest.mark.parametrize("style", archcite.style_names())
def test_a_title_round_trips(style: str) -> None:
    again = parse(POLTORATSKII.format(style))
    assert again.fond == "223" and again.korobka == "79" and again.ed_khr == "122"
    assert again.title in ("С. Д. Полторацкий", "S. D. Poltoratskii")


# -- ibid forms ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("style", "word", "written"),
    [
        ("chicago", "Ibid.", "Ibid., ll. 7–8"),
        ("wilson", "Ibid.", "Ibid., Ll. 7-8"),
        ("gost", "Там же", "Там же. Л. 7–8."),
        ("dstu", "Там само", "Там само. Арк. 7–8."),
    ],
)
def test_each_style_writes_an_ibid_form_in_its_own_words(
    style: str, word: str, written: str
) -> None:
    layout = style_registry.reference_layout(style)
    assert layout is not None and layout.ibid == word
    assert style_registry.format_in_text(parse("ll. 7-8"), style, ibid=True) == written


def test_every_style_declares_its_ibid_word() -> None:
    for style in archcite.style_names():
        layout = style_registry.reference_layout(style)
        assert layout is not None and layout.ibid


def test_the_layout_of_an_unknown_style_is_an_error() -> None:
    with pytest.raises(UnknownStyle, match="harvard"):
        style_registry.reference_layout("harvard")


@pytest.mark.parametrize("style", ["gost", "dstu", "chicago", "wilson"])
def test_a_roman_numeral_stays_latin_in_every_style(style: str) -> None:
    # "Т. II", "Разд. IV": both scripts write Roman numerals in Latin capitals (a Cyrillic
    # style wrote "Т. ИИ", "Разд. ИВ")
    reference = parse("ЦГИА. Ф. 7. Разд. IV. Д. 12. Т. II. Л. 3.")
    written = reference.format(style)
    assert "IV" in written and "II" in written
    assert "ИВ" not in written and "ИИ" not in written
    # and a letter in a number still follows the style's script: "1а" in Cyrillic
    assert ("Оп. 1а" in parse("GARF, f. 5, op. 1a, d. 3").format(style)) == (
        style in ("gost", "dstu")
    )
