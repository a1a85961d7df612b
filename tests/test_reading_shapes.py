"""How references are written: each class of the compositional grammar, with examples
written for these tests (numbers, archives and scripts chosen here, not taken from a corpus).

A reference is an optional archive phrase and a run of labelled levels; each test below
holds one rule of that model to several spellings of it.
"""

from __future__ import annotations

import re

import pytest

from _reading_support import fields, spans_and_values, values
from archcite import ParseError, extract, normalise, parse, parse_citation


def found(text: str) -> list[tuple[str, dict[str, str]]]:
    result = []
    for match in extract(text):
        values = match.reference.to_dict()
        values.pop("archive_id", None)
        result.append((match.kind, values))
    return result


# -- a level: label, separator, identifier ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "F.612, Op.4, D.77",
        "Ф.612 Оп.4 Д.77",
        "F 612, Op 4, D 77",
        "Fond (F.) 612, Opis' (Op.) 4, Delo (D.) 77",
        "Фонд 612, опись 4, дело 77",
        "coll. 612, ser. 4, fold. 77",
        "Fund 612, inv. 4, file 77",
        # as machine translation renders a Ukrainian "опис"
        "Fund 612, Description 4, Case 77",
    ],
)
def test_a_level_is_a_label_a_stop_or_none_and_its_number(text: str) -> None:
    assert fields(text) == {"fond": "612", "opis": "4", "delo": "77"}


def test_a_volume_may_be_written_out() -> None:
    assert fields("Fund 6, case 41255-FP, volume 2, pages 7-9") == {
        "fond": "6",
        "delo": "41255-FP",
        "tom": "2",
        "folios": "7-9",
        "folio_unit": "page",
    }


@pytest.mark.parametrize(
    "papka",
    [
        "P. 18",
        "p. 18",
        "pap. 18",
        "Pap. 18",
        "papka 18",
        "Papka 18",
        "П. 18",
        "Пап. 18",
        "папка 18",
    ],
)
def test_every_spelling_of_a_papka(papka: str) -> None:
    assert parse(f"AVP RF, f. 022, op. 5, {papka}, d. 31, l. 2").papka == "18"


@pytest.mark.parametrize(
    "label",
    [
        "ed. khr.",
        "ed.kh.",
        "e. kh.",
        "ед.хр.",
        "ед. хр.",
        "од. зб.",
        "а.е.",
        "a. e.",
        "a. j.",
        "ar. j.",
    ],
)
def test_every_spelling_of_a_storage_unit(label: str) -> None:
    assert parse(f"Ф. 2180. Оп. 3. {label} 415").ed_khr == "415"


def test_a_czech_note_gives_fond_and_archival_unit_past_the_bundle() -> None:
    # "sv." (svazek, a bundle) is read past as the Russian "св." (связка) is
    [match] = extract("NA, KSČ-ÚV, f. 02/1, sv. 12, a. j. 45, l. 3.")
    assert (match.reference.archive, match.reference.fond) == ("NA", "02/1")
    assert (match.reference.ed_khr, str(match.reference.folios)) == ("45", "3")


def test_the_czech_unit_label_needs_its_stop() -> None:
    # run together its letters are the Archives of Yugoslavia, or Slovak "aj" (also)
    [match] = extract("See AJ 1/1.")
    assert (match.reference.archive_id, match.reference.fond, match.reference.ed_khr) == (
        "AJ",
        "1",
        None,
    )
    assert extract("f. 02/1, aj 45") == []
    assert parse("SÚA, f. 02/1, a.j. 45").ed_khr == "45"


def test_a_label_may_mix_look_alike_letters_of_both_scripts() -> None:
    # A Latin "o" in "оп." and a Latin "C" in "Спр." are what OCR and hurried typists give.
    assert fields("ЦГАОР, ф. 4110, oп. 2, ед. хр. 8") == {
        "archive": "ЦГАОР",
        "fond": "4110",
        "opis": "2",
        "ed_khr": "8",
    }
    assert parse("ф. 7, оп. 3, Cпр. 19").delo == "19"


def test_a_section_is_numbered_in_roman_numerals() -> None:
    assert parse("f. 4425, op. 2, razd. IV, d. 61").razdel == "IV"


def test_an_additional_inventory_is_kept_whole() -> None:
    assert parse("ГАРФ. Ф. 3316. Оп. 7 доп. Д. 12.").opis == "7 доп"


@pytest.mark.parametrize(
    ("written", "fond"),
    [
        ("Р.-2214", "Р.-2214"),
        ("П - 17", "П - 17"),
        ("733(п)", "733(п)"),
        ("2с", "2с"),
        ("4-р", "4-р"),
        ("1/п", "1/п"),
        ("R-7021", "R-7021"),
        ("08", "08"),
        # a secret part's fond, in Cyrillic and romanised
        ("7523сч", "7523сч"),
        ("7523sch", "7523sch"),
    ],
)
def test_identifiers_as_archives_write_them(written: str, fond: str) -> None:
    assert parse(f"Ф. {written}. Оп. 1. Д. 9.").fond == fond


@pytest.mark.parametrize(("written", "delo"), [("24418 пф", "24418 пф"), ("6 п", "6 п")])
def test_a_suffix_word_belongs_to_the_identifier(written: str, delo: str) -> None:
    assert parse(f"ГАРФ. Ф. 7. Оп. 1. Д. {written}. Л. 3.").delo == delo


def test_a_suffix_word_is_not_taken_from_a_label_that_follows() -> None:
    reference = parse("Ф. 7. Оп. 1. Д. 6 п. 9")
    assert (reference.delo, str(reference.folios), reference.folios.unit) == ("6", "9", "page")


def test_a_suffix_word_before_a_dated_year_stays_with_the_identifier() -> None:
    (match,) = extract("Ф. 12. Оп. 4 п. 1931 г. — протоколы")
    assert (match.reference.opis, match.reference.papka, match.text) == (
        "4 п",
        None,
        "Ф. 12. Оп. 4 п",
    )


def test_a_dated_year_is_no_levels_number() -> None:
    assert parse("ГАРФ. Ф. 12. Оп. 4. Д. 1931. Л. 3").delo == "1931"
    assert parse("ГАРФ. Ф. 12. Оп. 4. Д. 7. 1931 г.").delo == "7"
    assert parse("ГАРФ. Ф. 12. Оп. 4. Д. 7 (1931–1932 гг.)").delo == "7"


# -- levels: separators and order ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # on down the hierarchy, before any leaves: one reference
        ("GAKO: f. 41; op. 3; d. 9; l. 12", ["full"]),
        ("ГАКО. Ф. 41; Оп. 3; Д. 9. Л. 12", ["full"]),
        ("ГАКО. Ф. 41. Оп. 3. Д. 9; Л. 12", ["full"]),
        # a level given again, a higher one, or more after the leaves: the next reference
        ("ГАКО. Ф. 41. Оп. 3. Д. 9; Д. 10", ["full", "continuation"]),
        ("ГАКО. Ф. 41. Оп. 3. Д. 9; Оп. 4. Д. 2", ["full", "continuation"]),
        ("ГАКО. Ф. 41. Оп. 3. Д. 9. Л. 12; Л. 15", ["full", "continuation"]),
        ("GAKO, f. 41, op. 3; f. 42, op. 1, d. 2", ["full", "continuation"]),
    ],
)
def test_a_semicolon_ends_a_reference_unless_the_levels_go_on_down(
    text: str, kinds: list[str]
) -> None:
    assert [kind for kind, _ in found(text)] == kinds
    first = extract(text)[0]
    if kinds == ["full"]:
        assert (first.reference.opis, first.reference.delo, str(first.reference.folios)) == (
            "3",
            "9",
            "12",
        )


@pytest.mark.parametrize(
    "text",
    [
        "ГАКО. – Ф. 41. – Оп. 3. – Д. 9. – Л. 12.",
        "ГАКО. — Ф. 41. — Оп. 3. — Д. 9. — Л. 12.",
        "ГАКО: Ф. 41; Оп. 3: Д. 9, Л. 12",
        "ГАКО Ф.41 Оп.3 Д.9 Л.12",
    ],
)
def test_levels_are_separated_by_punctuation_dashes_or_spaces(text: str) -> None:
    # (a semicolon before a level further down is only a separator: see below)
    assert fields(text) == {
        "archive": "ГАКО",
        "fond": "41",
        "opis": "3",
        "delo": "9",
        "folios": "12",
    }


@pytest.mark.parametrize(
    "text",
    [
        "ф. 214, т. 3, оп. 1, д. 52",
        "ф. 214, оп. 1, д. 52, т. 3",
        "т. 3, ф. 214, оп. 1, д. 52",
    ],
)
def test_levels_in_any_order_give_one_reference(text: str) -> None:
    assert parse(text).to_dict() == {"fond": "214", "opis": "1", "delo": "52", "tom": "3"}


def test_a_papka_after_the_file_and_before_the_leaves() -> None:
    assert parse("f. 059, op. 4, d. 18, p. 27, l. 6").to_dict() == {
        "fond": "059",
        "opis": "4",
        "papka": "27",
        "delo": "18",
        "folios": "6",
    }


def test_a_level_given_again_opens_the_next_reference() -> None:
    assert found("ГАКО. Ф. 3. Оп. 1. Д. 7. Л. 4. Д. 8. Л. 9.") == [
        ("full", {"archive": "ГАКО", "fond": "3", "opis": "1", "delo": "7", "folios": "4"}),
        ("continuation", {"delo": "8", "folios": "9"}),
    ]


# -- ambiguities, both readings ----------------------------------------------------------


def test_p_before_the_file_or_the_leaves_is_a_papka() -> None:
    assert parse("AVP RF, f. 06, op. 3, p. 11, d. 140").papka == "11"
    assert parse("AVP RF, f. 06, op. 3, d. 140, p. 11, l. 7").papka == "11"


def test_p_after_the_file_with_no_leaves_after_it_is_a_page() -> None:
    reference = parse("RGASPI, f. 71, op. 10, d. 130, p. 11")
    assert reference.papka is None
    assert (str(reference.folios), reference.folios.unit) == ("11", "page")


@pytest.mark.parametrize("before", ["t. 2", "ch. 1", "d. 4, t. 2", "ed. khr. 4"])
def test_p_after_a_file_its_volume_or_its_part_is_a_page(before: str) -> None:
    reference = parse(f"GARF, f. 9, {before}, p. 8")
    assert (reference.papka, str(reference.folios), reference.folios.unit) == (None, "8", "page")


def test_p_after_a_papka_and_a_file_is_a_page_and_the_same_in_every_reader() -> None:
    text = "AVP RF, f. 07, P. 5, d. 3, P. 8"
    expected = {"papka": "5", "delo": "3", "folios": "8"}
    for reference in (parse(text), extract(text)[0].reference):
        assert {k: v for k, v in reference.to_dict().items() if k in expected} == expected


def test_a_file_and_its_storage_unit_in_one_reference() -> None:
    (match,) = extract("GARF, f. 9, d. 3, ed. khr. 12, l. 5")
    assert (match.reference.delo, match.reference.ed_khr) == ("3", "12")
    assert parse("GARF, f. 9, d. 3, ed. khr. 12, l. 5") == match.reference


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("GARF, f. 1, ed. khr. 3, ed. khr. 4", "The storage unit (ed. khr.) is given twice"),
        ("ГАРФ. Ф. 1. Ед.\u00a0хр. 3. Ед. хр. 4", "The storage unit (ed. khr.) is given twice"),
        ("GARF, f. 1, t. 3, t. 4", "The volume (tom) is given twice"),
        ("GARF, f. 1, d. 2, l. 3, l. 4", "The folios are given twice"),
        ("GARF, f. 1, d. 2, P. 8, P. 9", "The folder or page (P.) is given twice"),
    ],
)
def test_a_level_given_twice_is_named_in_words(text: str, message: str) -> None:
    with pytest.raises(ParseError, match=re.escape(message)):
        parse(text)


def test_a_label_with_a_line_break_inside_it_is_still_its_label() -> None:
    assert parse("Ед.\r\nхр. 1").ed_khr == "1"


@pytest.mark.parametrize("label", ["С.", "с.", "стр.", "pp.", "p."])
def test_pages_after_a_file_are_the_files_pages(label: str) -> None:
    reference = parse(f"ГАКО. Ф. 5. Оп. 2. Д. 19. {label} 44–45")
    assert (str(reference.folios), reference.folios.unit) == ("44-45", "page")
    assert reference.to_dict()["folio_unit"] == "page"


def test_a_volume_and_a_page_alone_are_a_book_not_an_archive() -> None:
    assert extract("Сталин И. В. Сочинения. Т. 12. С. 45.") == []
    assert extract("Kotkin, Stalin, vol. 2, pp. 304–5.") == []


def test_a_list_of_numbers_after_a_file_that_rises_is_a_list_of_files() -> None:
    assert [
        values.get("delo") for _, values in found("GARF, f. 8131, op. 37, d. 310, 314, 319")
    ] == ["310", "314", "319"]


def test_a_smaller_number_after_a_file_is_its_folio() -> None:
    # English notes leave out the folio label: a list of files rises, a folio is smaller.
    assert found("RGASPI, f. 17, op. 120, d. 734, 92.") == [
        ("full", {"archive": "RGASPI", "fond": "17", "opis": "120", "delo": "734", "folios": "92"})
    ]


def test_a_year_after_a_file_is_neither_a_file_nor_a_folio() -> None:
    assert found("RGASPI, f. 17, op. 120, d. 734, 1937.")[0][1].get("folios") is None
    assert len(found("RGASPI, f. 17, op. 120, d. 734, 1937.")) == 1


def test_a_list_of_inventories() -> None:
    assert found("ГАКО. Ф. 12. Оп. 3, 4.") == [
        ("full", {"archive": "ГАКО", "fond": "12", "opis": "3"}),
        ("continuation", {"opis": "4"}),
    ]


# -- archive phrases ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "archive", "archive_id"),
    [
        (
            "Russian State Archive of Contemporary History, f. 5, op. 47, d. 81, l. 3",
            "Russian State Archive of Contemporary History",
            "RGANI",
        ),
        (
            "State Archive of the Russian Federation, f. R-7523, op. 75, d. 12",
            "State Archive of the Russian Federation",
            "GARF",
        ),
        (
            "Российский государственный архив новейшей истории. Ф. 5. Оп. 47. Д. 81.",
            "Российский государственный архив новейшей истории",
            "RGANI",
        ),
        (
            "Rossiiskii gosudarstvennyi arkhiv ekonomiki, f. 7486, op. 37, d. 235",
            "Rossiiskii gosudarstvennyi arkhiv ekonomiki",
            "RGAE",
        ),
    ],
)
def test_every_name_the_registry_holds_names_an_archive(
    text: str, archive: str, archive_id: str
) -> None:
    (match,) = extract(text)
    assert (match.reference.archive, match.reference.archive_id) == (archive, archive_id)


def test_a_full_name_with_its_acronym_in_brackets_gives_the_acronym() -> None:
    (match,) = extract(
        "Gosudarstvennyi arkhiv Rossiiskoi Federatsii (GARF), f. 5446, op. 18a, d. 3, l. 1."
    )
    assert match.reference.archive == "GARF"
    assert match.text.startswith("f. 5446")


@pytest.mark.parametrize(
    "archive",
    [
        "Госархив Воронежской обл.",
        "Гос. архив Курганской области",
        "Государственный архив Ярославской области",
        "Госархив ВО",
        "Архив УФСБ по Омской обл.",
        "УСБУ в Сумской обл.",
        "Державний архів Житомирської області",
        "State Archive of Tambov Oblast",
        "Derzhavnyi arkhiv Chernihivs'koi oblasti",
    ],
)
def test_regional_archives_are_named_in_full(archive: str) -> None:
    (match,) = extract(f"See {archive}, f. 12, op. 3, d. 45, l. 6.")
    assert match.reference.archive == archive
    assert match.reference.fond == "12"


@pytest.mark.parametrize(
    "archive",
    [
        "ЦГА Марийской Республики",
        "TsGA Kalmytskoi Respubliki",
        "ГА Республики Адыгея",
        "NA Respubliki Sakha",
    ],
)
def test_archives_of_the_republics_are_named_with_the_noun(archive: str) -> None:
    # The noun "Республика" in the genitive, after the republic's adjective or before
    # its name: a regional phrase like "Тверской обл.", read before and after the levels.
    (before,) = extract(f"См. {archive}. Ф. Р-7. Оп. 1. Д. 12. Л. 3.")
    assert before.reference.archive == archive
    assert (before.reference.fond, before.reference.delo) == ("Р-7", "12")
    assert parse(f"Д. 12. Л. 3 / {archive}").archive == archive


@pytest.mark.parametrize(
    ("text", "archive"),
    [
        (
            "Arkhiv Sakharovskogo tsentra (Moscow), f. 4, op. 1, d. 9.",
            "Arkhiv Sakharovskogo tsentra",
        ),
        ("Госархив Пензенской обл. (г. Пенза). Ф. 4. Оп. 1. Д. 9.", "Госархив Пензенской обл."),
        (
            "State Archive of Perm Krai (Perm, Russia), f. 4, op. 1, d. 9.",
            "State Archive of Perm Krai",
        ),
        (
            "Архив общества «Мемориал» (Санкт-Петербург). Ф. 4. Оп. 1. Д. 9.",
            "Архив общества «Мемориал»",
        ),
        # a city's abbreviation with two capitals
        ("Архив общества «Мемориал» (СПб.). Ф. 4. Оп. 1. Д. 9.", "Архив общества «Мемориал»"),
        ("Arkhiv Sakharovskogo tsentra (SPb.), f. 4, op. 1, d. 9.", "Arkhiv Sakharovskogo tsentra"),
    ],
)
def test_an_archive_phrase_keeps_its_place_in_brackets_out_of_its_name(
    text: str, archive: str
) -> None:
    # A city in brackets after the name, as after an acronym ("RGASPI (Moscow)"); a name
    # in guillemets may end the phrase.
    (match,) = extract(text)
    assert match.reference.archive == archive
    assert match.text.startswith(archive) and match.reference.delo == "9"


def test_a_city_that_tells_two_registered_archives_apart_is_part_of_the_name() -> None:
    (kyiv,) = extract("Central State Historical Archive of Ukraine, Kyiv, f. 127, op. 1, d. 3.")
    (lviv,) = extract("Central State Historical Archive of Ukraine, Lviv, f. 9, op. 1, d. 3.")
    assert (kyiv.reference.archive_id, lviv.reference.archive_id) == ("TsDIAK", "TsDIAL")
    assert kyiv.reference.archive == "Central State Historical Archive of Ukraine, Kyiv"
    # Elsewhere the city stays outside the name: "TsKhSD, Moscow, f. 89".
    (moscow,) = extract("TsKhSD, Moscow, f. 89, op. 2, d. 5.")
    assert moscow.reference.archive == "TsKhSD"


def test_an_acronym_explained_in_brackets_is_the_archive() -> None:
    (match,) = extract("GAVO (State Archive of Vologda Oblast), f. 1, op. 2, d. 3.")
    assert match.reference.archive == "GAVO"


def test_an_archive_in_brackets_before_its_levels_stays_out_of_the_span() -> None:
    (match,) = extract("a record kept in AVP RF (F. 0102. Op. 9. P. 44. D. 7. L. 2).")
    assert match.reference.archive == "AVP RF"
    assert match.text == "F. 0102. Op. 9. P. 44. D. 7. L. 2"


def test_an_archive_before_a_description_of_the_document() -> None:
    (match,) = extract("RGASPI, Orgburo minutes of 14 June 1929, f. 17, op. 113, d. 733, l. 9")
    assert match.reference.archive == "RGASPI"
    assert match.text.startswith("f. 17")


def test_a_full_name_keeps_its_last_word_whole_and_the_stop_to_the_separator() -> None:
    assert parse("Архив Института истории наук. Ф. 1. Оп. 2").archive == (
        "Архив Института истории наук"
    )
    assert parse("Госархив Курской обл. Ф. 1. Оп. 2").archive == "Госархив Курской обл."


def test_an_archive_and_its_city_before_the_levels() -> None:
    (match,) = extract("TsKhSD, Moscow, f. 4, op. 16, d. 7, l. 12.")
    assert match.reference.archive == "TsKhSD"


def test_an_archive_after_the_levels() -> None:
    assert found("Ф.Р-308 оп.1, д.64 / ГА Сумской обл.")[0][1]["archive"] == "ГА Сумской обл."


def test_words_of_capitals_that_are_no_archive() -> None:
    (match,) = extract("Kabinet Aleksandra II, f. 468, op. 1, d. 3.")
    assert match.reference.archive is None


# -- compact shelfmarks ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "archive"),
    [
        ("(Архив УФСБ по Тамбовской области 5/2/77)", "Архив УФСБ по Тамбовской области"),
        ("see UFSB RF po Tambovskoi oblasti 5/2/77.", "UFSB RF po Tambovskoi oblasti"),
        ("cf. TsDAVO Ukrajiny 5/2/77; also", "TsDAVO Ukrajiny"),
        ("См.: ЦГА Москвы 5/2/77.", "ЦГА Москвы"),
        ("In TsGAIPD SPb 5/2/77, the", "TsGAIPD SPb"),
        ("See TsGANKh 5/2/77.", "TsGANKh"),
    ],
)
def test_compact_shelfmarks_after_a_region_a_country_or_a_city(text: str, archive: str) -> None:
    (match,) = extract(text)
    reference = match.reference
    assert (reference.archive, reference.fond, reference.opis, reference.delo) == (
        archive,
        "5",
        "2",
        "77",
    )


def test_a_capitalised_word_before_numbers_is_no_archive() -> None:
    assert extract("Kennan 5/2/77, Moskvy 5/2/77") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("GARF R-7523/3/48, 9", {"fond": "R-7523", "opis": "3", "delo": "48", "folios": "9"}),
        (
            "TsDAVO 2605/1/33 (1921), 17–9",
            {"fond": "2605", "opis": "1", "delo": "33", "folios": "17-19"},
        ),
        ("DAKhO 203, 1, 45, 6–8", {"fond": "203", "opis": "1", "delo": "45", "folios": "6-8"}),
        ("RGASPI 613.1.18.3", {"fond": "613", "opis": "1", "delo": "18", "folios": "3"}),
    ],
)
def test_compact_shelfmarks_after_any_archive_token(text: str, expected: dict[str, str]) -> None:
    (match,) = extract(text)
    values = match.reference.to_dict()
    values.pop("archive_id", None)
    values.pop("archive")
    assert values == expected


@pytest.mark.parametrize(
    "text",
    ["TNA, FO 371/122051", "PRO, CAB 128/4", "BArch NS 19/2010", "NARA, RG 84, 350/57/22"],
)
def test_western_archives_cite_compactly_too_and_are_not_read(text: str) -> None:
    assert extract(text) == []


# -- continuations -----------------------------------------------------------------------


def test_a_continuation_in_brackets_after_a_books_page() -> None:
    text = "Petrov, Sud'by, 77 (GARF, f. 9479, op. 1, d. 89, l. 205), 81 (d. 91, l. 14)."
    assert found(text) == [
        ("full", {"archive": "GARF", "fond": "9479", "opis": "1", "delo": "89", "folios": "205"}),
        ("continuation", {"delo": "91", "folios": "14"}),
    ]
    assert extract(text)[1].resolved.fond == "9479"


def test_leaves_after_a_description_of_the_document_continue_it() -> None:
    text = "RGANI. F. 2. Op. 1. D. 50. L. 3. Podlinnik. Mashinopis'. L. 7–9. Kopiia."
    assert [values for _, values in found(text)][1] == {"folios": "7-9"}


def test_a_gost_chain_with_pages() -> None:
    text = "ГАКО. Ф. 9. Оп. 2: Д. 11. С. 30; Д. 12. С. 101–9."
    continuation = extract(text)[1]
    assert continuation.reference.to_dict() == {
        "delo": "12",
        "folios": "101-109",
        "folio_unit": "page",
    }
    assert continuation.resolved.opis == "2"


# -- damaged text ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "F. 33, Op. 2, D. 8, LI. 11-12",
        "F. 33, Op. 2, D. 8, Il. 11-12",
        "F. 33, Op. 2, D. 8, L. L. 11-12",
        "Ф. 33. Оп. 2. Д. 8. Л. . 11-12",
        "F. 33, Op. 2, d, 8, ll. 11-12",
        "Ф, 33. Оп. 2. Д. 8. Лл. 11-12",
    ],
)
def test_damaged_labels_still_read(text: str) -> None:
    assert fields(text) == {"fond": "33", "opis": "2", "delo": "8", "folios": "11-12"}


def test_a_doubled_stop_after_p_still_labels_the_number_after_it() -> None:
    # Not the suffix of the file's number ("1 п"), as in "Оп. 3 п. Д. 5".
    assert fields("Ф. 1. Оп. 2. Д. 3 п. .4") == {
        "fond": "1",
        "opis": "2",
        "delo": "3",
        "folios": "4",
        "folio_unit": "page",
    }
    assert fields("Ф. 1. Оп. 3 п. Д. 5")["opis"] == "3 п"


@pytest.mark.parametrize("dash", ["-", "\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2212"])
def test_every_dash_in_a_range(dash: str) -> None:
    assert str(parse(f"F. 1, Op. 2, D. 3, Ll. 21{dash}25").folios) == "21-25"


@pytest.mark.parametrize(
    "invisible", ["\u200b", "\u200c", "\u200d", "\u00ad", "\u200e", "\u200f", "\u2060", "\ufeff"]
)
def test_invisible_characters_never_break_a_reference(invisible: str) -> None:
    text = f"See GARF, f.{invisible}9401, op. 1,{invisible} d. 27, l. 3{invisible}."
    (match,) = extract(text)
    assert match.reference.fond == "9401" and match.reference.delo == "27"
    assert text[match.span[0] : match.span[1]] == match.text
    assert match.text.startswith("GARF") and match.text.endswith("3")
    assert parse(f"F.{invisible}89, Op. 2").fond == "89"


def test_wide_and_other_decimal_digits_read_as_ascii() -> None:
    assert parse("Ф. ２３. Оп. ٤. Д. ७.").to_dict() == {"fond": "23", "opis": "4", "delo": "7"}


def test_an_error_in_a_text_with_invisible_characters_points_into_that_text() -> None:
    text = "F.\u200b89, Op.\u00ad 2, D. 5, L. 5-3"
    with pytest.raises(ParseError) as caught:
        parse(text)
    assert caught.value.text == text
    assert text[caught.value.position :] == "5-3"


def test_tabs_keep_their_place_in_positions_and_messages() -> None:
    with pytest.raises(ParseError) as caught:
        parse("F.\t89, Op. 2, D. 5, L. 5-3")
    assert caught.value.position == 23
    with pytest.raises(ParseError, match="The opis' is given twice"):
        parse("F.\t89, Op.\t2, Op. 3")


# -- document citations ------------------------------------------------------------------


def test_a_document_citation_names_its_archive_without_a_shelfmark() -> None:
    citation = parse_citation(
        '"Conversation with Ulbricht," 4 May 1961, Digital Archive, RGANI; obtained by Jan Bor.'
    )
    assert [reference.archive for reference in citation.references] == ["RGANI"]
    assert extract("Digital Archive, RGANI; obtained by Jan Bor.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Hoover Institution Archives, Box 7, File 22.",
        "Library of Congress, Manuscript Division, Box 45, Folder 2.",
        "PA AA, B 150, Bd. 5, Bl. 12.",
        "NA, f. KSČ-ÚV-02/1, sv. 45, a.j. 67.",
        "Tragediia sovetskoi derevni, vol. 3, doc. 45, p. 234.",
        "Постановление СНК СССР № 1234, п. 5.",
        "Op. 12 in C minor was first played in 1937.",
        "The file (d. 45) was in opis 3 of fond 17.",
    ],
)
def test_western_archives_books_and_prose_are_not_archival_references(text: str) -> None:
    assert extract(text) == []


def test_an_issue_or_a_book_of_a_file_is_read_past_and_kept() -> None:
    (match,) = extract("RGASPI, f. 17, op. 2, d. 514, vyp. 2, l. 9.")
    assert str(match.reference.folios) == "9"
    assert match.text[match.skipped[0][0] - match.span[0] :].startswith("vyp. 2")


def test_a_regional_name_introduced_in_brackets_before_the_levels() -> None:
    (match,) = extract(
        "Архив Института истории при ЦК КП Молдавии (Архив ИИ ЦК КПМ). Ф. 3. Оп. 1. Д. 7."
    )
    assert match.reference.archive == "Архив ИИ ЦК КПМ"
    assert match.text.startswith("Ф. 3")


# -- what the property suite found, each held by an example of its own -------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("f. 4, op. 2, d. 9, l. 7r", {"fond": "4", "opis": "2", "delo": "9", "folios": "7"}),
        ("оп. 6, ф. 12 (ГАКО)", {"archive": "ГАКО", "fond": "12", "opis": "6"}),
        (
            "GA Tambovskoi obl., f. 3, op. 4",
            {"archive": "GA Tambovskoi obl.", "fond": "3", "opis": "4"},
        ),
        ("GA Khar'kovskoi obl., f. 3", {"archive": "GA Khar'kovskoi obl.", "fond": "3"}),
        (
            "Госархив Курской обл. Ф. 8. Оп. 1",
            {"archive": "Госархив Курской обл.", "fond": "8", "opis": "1"},
        ),
        ("ф. 6, оп. 2 доп., д. 11", {"fond": "6", "opis": "2 доп", "delo": "11"}),
        ("GAAO (F. 1. Op. 2. D. 5)", {"archive": "GAAO", "fond": "1", "opis": "2", "delo": "5"}),
        (
            "Derzhavnyi arkhiv Sums'koi oblasti (DASO), f. 2, op. 1",
            {"archive": "DASO", "fond": "2", "opis": "1"},
        ),
        (
            "Deržavnij arhìv Sumsʹkoï oblastì, f. 2",
            {"archive": "Deržavnij arhìv Sumsʹkoï oblastì", "fond": "2"},
        ),
    ],
)
def test_found_by_the_property_suite(text: str, expected: dict[str, str]) -> None:
    assert fields(text) == expected


def test_a_year_after_the_leaves_is_not_a_leaf() -> None:
    (match,) = extract("GARF, f. 8, op. 1, d. 6, l. 9, 1947.")
    assert str(match.reference.folios) == "9"


def test_a_suffix_word_in_latin_letters_reads_back() -> None:
    assert parse("f. 1, op. 2, d. 4471 pf").delo == "4471 pf"


def test_leaves_after_a_description_that_follows_a_verso() -> None:
    text = "ГАКО. Ф. 2. Оп. 3. Д. 4. Л. 51 об. Машинопись. Л. 60. Копия."
    assert [values for _, values in found(text)][1] == {"folios": "60"}


@pytest.mark.parametrize(
    ("text", "archive"),
    [
        ("See ГА Сумской обл. 16/2/9, 40.", "ГА Сумской обл."),
        ("See ЦА ФСБ «Лубянка» 7/3/12.", "ЦА ФСБ «Лубянка»"),
    ],
)
def test_a_compact_shelfmark_after_an_abbreviation_or_a_quoted_name(
    text: str, archive: str
) -> None:
    (match,) = extract(text)
    assert match.reference.archive == archive and match.reference.delo is not None


def test_a_backwards_range_after_a_compact_shelfmark_is_passed_over_by_extract() -> None:
    assert extract("See GARF 4/2/7, 215-13.") == []


@pytest.mark.parametrize("box", ["Карт.", "карт.", "Картон", "Kart.", "Karton"])
def test_a_manuscript_divisions_box_is_a_carton(box: str) -> None:
    # The Manuscript Division of the Lenin Library numbers boxes, "картоны", inside a fond.
    reference = parse(f"ОР РГБ. Ф. 75. {box} 12. Ед. хр. 4. Л. 9.")
    assert (reference.fond, reference.korobka, reference.ed_khr) == ("75", "12", "4")


@pytest.mark.parametrize(
    ("text", "archive"),
    [
        ("Арх. УФСБ по Курской обл. Д. 4471. Т. 3. Л. 12.", "Арх. УФСБ по Курской обл."),
        ("Arkh. UFSB po Kurskoi obl., d. 4471, t. 3, l. 12", "Arkh. UFSB po Kurskoi obl."),
        ("Arh. UFSB po Kurskoj obl., d. 4471, t. 3, l. 12", "Arh. UFSB po Kurskoj obl."),
        ("Гос. арх. Курской обл. Ф. 5. Оп. 1. Д. 2.", "Гос. арх. Курской обл."),
    ],
)
def test_the_word_for_archive_may_be_abbreviated(text: str, archive: str) -> None:
    [match] = extract(text)
    assert match.reference.archive == archive
    assert match.text.startswith(archive)


# -- verso words, Latvian labels first, a file by its numero, bracketed acronyms ---------


@pytest.mark.parametrize(
    ("text", "leaves"),
    [
        ("GAOO, f. 3, op. 2, d. 41, l. 7 verso.", "7ob"),
        ("GAOO, f. 3, op. 2, d. 41, ll. 7 verso-8.", "7ob-8"),
        ("GAOO, f. 3, op. 2, d. 41, l. 19 rev.", "19ob"),
        ("GAOO, f. 3, op. 2, d. 41, ll. 19-20 Verso", "19-20ob"),
        # a word that only starts like one is no mark
        ("GAOO, f. 3, op. 2, d. 41, l. 7 reveals the plan", "7"),
        ("GAOO, f. 3, op. 2, d. 41, l. 7 versions differ", "7"),
    ],
)
def test_english_verso_words(text: str, leaves: str) -> None:
    [match] = extract(text)
    assert match.reference.to_dict()["folios"] == leaves


@pytest.mark.parametrize(
    ("text", "levels"),
    [
        ("LVVA, f. 1632, apr. 2, l. 318, lp. 11.", {"opis": "2", "delo": "318", "folios": "11"}),
        ("LVA, F. 270, Apr. 1, L. 44, Lp. 3-5", {"opis": "1", "delo": "44", "folios": "3-5"}),
        ("LVA, f. 270, l. 44, lp. 3", {"delo": "44", "folios": "3"}),
    ],
)
def test_latvian_labels_first_tell_the_file_by_the_leaves_after_it(
    text: str, levels: dict[str, str]
) -> None:
    [match] = extract(text)
    values = match.reference.to_dict()
    assert {level: values.get(level) for level in (*levels, "delo")} == {"delo": None, **levels}


def test_an_l_with_no_latvian_leaves_after_it_stays_the_leaves() -> None:
    [match] = extract("LVA, f. 270, apr. 1, l. 44.")
    assert match.reference.delo is None
    assert str(match.reference.folios) == "44"
    # after a file, "lp." is the leaves' label and "l." before it nothing else
    [match] = extract("GARF, f. 1, op. 2, d. 3, lp. 9.")
    assert (match.reference.delo, str(match.reference.folios)) == ("3", "9")


@pytest.mark.parametrize(
    ("text", "levels"),
    [
        ("ИРЛИ. Ф. 244. Оп. 8. № 61. Л. 4 об.", {"delo": "61", "folios": "4ob"}),
        ("РГАДА, ф. 199, оп. 2, №15, л. 7", {"delo": "15", "folios": "7"}),
        ("ИРЛИ. Ф. 244. № 61. Л. 4.", {"delo": "61", "folios": "4"}),
        # in Latin letters, as English and German notes write the sign
        ("Arkhiv Gorbachev-Fonda, f. 3, op. 1, No. 4417.", {"opis": "1", "delo": "4417"}),
        ("IRLI, f. 244, op. 8, no. 61, l. 4.", {"delo": "61", "folios": "4"}),
        ("GARF, f. 5446, op. 1, Nr. 12a, Bl. 3.", {"delo": "12a", "folios": "3"}),
        ("RGADA, f. 199, op. 2, N 15, l. 7", {"delo": "15", "folios": "7"}),
    ],
)
def test_a_numero_alone_in_the_files_place_is_the_file(text: str, levels: dict[str, str]) -> None:
    [match] = extract(text)
    values = match.reference.to_dict()
    assert {level: values.get(level) for level in levels} == levels


@pytest.mark.parametrize(
    ("text", "levels"),
    [
        ("RGASPI, f. 17, op. 3, 870, l. 9.", {"opis": "3", "delo": "870", "folios": "9"}),
        ("ГАРФ. Ф. 5446. Оп. 1. 505. Лл. 12–14.", {"opis": "1", "delo": "505", "folios": "12-14"}),
        ("GARF, f. 5446, op. 1a, 505b, ll. 3, 5", {"opis": "1a", "delo": "505b", "folios": "3, 5"}),
    ],
)
def test_a_number_between_an_inventory_and_leaves_is_the_file(
    text: str, levels: dict[str, str]
) -> None:
    # the file's label left out, as hurried notes do
    [match] = extract(text)
    values = match.reference.to_dict()
    assert {level: values.get(level) for level in levels} == levels
    assert match.text == text.rstrip(".")


@pytest.mark.parametrize(
    ("text", "opis"),
    [
        ("ГАРФ. Ф. 5446. Оп. 6, 7.", ["6", "7"]),  # a list of inventories
        ("GARF, f. 5446, op. 1, 1932, l. 5.", ["1"]),  # an inventory's year
        ("RGASPI, f. 17, op. 3, 870, 871.", ["3", "870", "871"]),  # no leaves after
    ],
)
def test_a_number_after_an_inventory_without_leaves_is_no_file(text: str, opis: list[str]) -> None:
    matches = extract(text)
    assert [match.resolved.opis for match in matches] == opis
    assert all(match.resolved.delo is None for match in matches)


@pytest.mark.parametrize(
    "text",
    [
        # a document's number after the file, and a year
        "ГАРФ. Ф. Р-1235. Оп. 2. Д. 7. Л. 3. Протокол № 12.",
        "ГАРФ. Ф. Р-1235. Оп. 2. № 1922 г.",
        "GARF, f. R-1235, op. 2, d. 7, l. 3. Protocol No. 12.",
        # a capital N before a word is no sign
        "GARF, f. R-1235, op. 2, NKVD 12.",
    ],
)
def test_a_numero_after_the_file_or_before_a_year_is_no_file(text: str) -> None:
    [match] = extract(text)
    assert match.reference.delo in (None, "7")
    assert "№" not in match.text and "N" not in match.text


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        ("State Historical Archive (GAIO), 1254/3/77, l. 2.", "1254/3/77, l. 2"),
        ("in the party archive (GAIO) 1254.3.77.12–13.", "1254.3.77.12–13"),
        ("GAIO (Irkutsk), 1254/3/77.", "GAIO (Irkutsk), 1254/3/77"),
        ("GAIO (Irkutsk): 1254/3/77, 9", "GAIO (Irkutsk): 1254/3/77, 9"),
    ],
)
def test_a_compact_shelfmark_after_a_bracket(text: str, cited: str) -> None:
    [match] = extract(text)
    assert match.text == cited
    assert (match.reference.archive, match.reference.fond, match.reference.delo) == (
        "GAIO",
        "1254",
        "77",
    )


@pytest.mark.parametrize(
    "text", ["the CPSU (1956) 17/3/5 was", "a plenum (Moscow), 12/3/4 and", "(see above) 17/3/5"]
)
def test_numbers_after_a_bracket_with_no_archive_are_none(text: str) -> None:
    assert extract(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "GAKO, f . 41, op . 3, d . 9, l . 12.",
        "ГАКО . Ф . 41 . Оп . 3 . Д . 9 . Л . 12 .",
        "GAKO, f. 41, op . 3, d. 9, l. 12",
    ],
)
def test_a_labels_stop_set_apart_from_it(text: str) -> None:
    assert fields(text) == {
        "archive": "GAKO" if text.startswith("GAKO") else "ГАКО",
        "fond": "41",
        "opis": "3",
        "delo": "9",
        "folios": "12",
    }


@pytest.mark.parametrize("label", ["II.", "Il.", "ll."])
def test_leaves_labelled_with_capital_i_for_small_l(label: str) -> None:
    [match] = extract(f"GAKO, f. 41, op. 3, d. 9, {label} 12-14.")
    assert str(match.reference.folios) == "12-14"
    assert match.text.endswith("12-14")


# -- today's name after the cited one; remarks and titles in brackets -------------------


@pytest.mark.parametrize(
    ("text", "archive"),
    [
        ("TsGAOR (now GARF), f. 7523, op. 1, d. 12, l. 4.", "TsGAOR"),
        ("ЦГАОР СССР (ныне ГАРФ). Ф. 7523. Оп. 1. Д. 12.", "ЦГАОР СССР"),
        ("TsGAOR (now GARF) 7523/1/12, 4.", "TsGAOR"),
        # and the other way round, as the styles write it with modern=True
        ("GARF (formerly TsGAOR), f. 7523, op. 1, d. 12.", "TsGAOR"),
    ],
)
def test_the_cited_archive_keeps_todays_name_in_brackets_out(text: str, archive: str) -> None:
    [match] = extract(text)
    assert match.reference.archive == archive
    assert match.reference.archive_id == "GARF"
    assert match.text == text.rstrip(".")
    assert parse(text).archive == archive


@pytest.mark.parametrize(
    ("text", "cited", "remark"),
    [
        (
            "GAKO, f. 41, op. 3 (protocols of the bureau), d. 9, l. 12.",
            "GAKO, f. 41, op. 3 (protocols of the bureau), d. 9, l. 12",
            "(protocols of the bureau)",
        ),
        (
            "ГАКО. Ф. 41. Оп. 3. Д. 9 («Дело о саботаже»). Л. 12.",
            "ГАКО. Ф. 41. Оп. 3. Д. 9 («Дело о саботаже»). Л. 12",
            "(«Дело о саботаже»)",
        ),
        # a number among words, and a short bracket inside the remark's own
        (
            "ГАКО. Ф. 41. Оп. 3. Д. 9 (стенограмма № 4 пленума обкома). Л. 12.",
            "ГАКО. Ф. 41. Оп. 3. Д. 9 (стенограмма № 4 пленума обкома). Л. 12",
            "(стенограмма № 4 пленума обкома)",
        ),
        (
            "GAKO, f. 41, op. 3, d. 9 (letters to the obkom VKP(b), 1931–1932), l. 12.",
            "GAKO, f. 41, op. 3, d. 9 (letters to the obkom VKP(b), 1931–1932), l. 12",
            "(letters to the obkom VKP(b), 1931–1932)",
        ),
    ],
)
def test_a_remark_between_two_levels_is_read_past_and_kept(
    text: str, cited: str, remark: str
) -> None:
    [match] = extract(text)
    assert match.text == cited
    assert (match.reference.delo, str(match.reference.folios)) == ("9", "12")
    [(start, end)] = match.skipped
    assert text[start:end] == remark
    assert parse(text).delo == "9"


def test_a_remark_with_no_level_after_it_ends_the_reference() -> None:
    [match] = extract("GAKO, f. 41, op. 3, d. 9 (a report of the bureau). Later on")
    assert match.text == "GAKO, f. 41, op. 3, d. 9"
    assert match.skipped == ()


def test_a_fond_title_in_capitals_is_its_title_where_levels_follow() -> None:
    [match] = extract("GAKO, f. 41 (OGPU), op. 3, d. 9.")
    assert (match.reference.title, match.reference.opis, match.reference.delo) == (
        "OGPU",
        "3",
        "9",
    )
    # and where none follows, an acronym in brackets is the archive after the shelfmark
    [match] = extract("Ф. 41, оп. 3, д. 9 (ГАКО).")
    assert match.reference.archive == "ГАКО"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("ГАКО. Ф. П-41 (Курский обком ВКП(б)). Оп. 3. Д. 9.", "Курский обком ВКП(б)"),
        ("GAKO, f. 41 (UNKVD, 1934–1941), op. 3, d. 9.", "UNKVD, 1934–1941"),
        ("GAKO, f. 41 (obkom, 1920s), op. 3, d. 9.", "obkom, 1920s"),
    ],
)
def test_a_fond_title_may_hold_a_short_bracket_and_its_dates(text: str, title: str) -> None:
    [match] = extract(text)
    assert (match.reference.title, match.reference.opis, match.reference.delo) == (title, "3", "9")
    assert parse(text).title == title


def test_a_year_in_brackets_after_a_fond_is_no_title() -> None:
    [match] = extract("ГАКО. Ф. 41 (1930). Оп. 3. Д. 9.")
    assert (match.reference.title, match.reference.delo) == (None, "9")
    assert [match.text[slice(*span)] for span in match.skipped] == ["(1930)"]


@pytest.mark.parametrize(
    ("text", "archive"),
    [
        ("ЦГА Узбекистана. Ф. 9. Оп. 2. Д. 31. Л. 4.", "ЦГА Узбекистана"),
        ("TsGAOR Leningrada, f. 9, op. 2, d. 31.", "TsGAOR Leningrada"),
        ("ГА Оренбурга. Ф. 9. Оп. 2. Д. 31.", "ГА Оренбурга"),
        ("ЦГА Узбекистана 9/2/31, 4.", "ЦГА Узбекистана"),
    ],
)
def test_a_city_or_country_in_the_genitive_after_the_acronym(text: str, archive: str) -> None:
    [match] = extract(text)
    assert (match.reference.archive, match.reference.delo) == (archive, "31")
    assert match.text.startswith(archive)


@pytest.mark.parametrize(
    "text",
    [
        "AOSPRM, fond 51, inventar 2, dosar 31, fila 4.",
        "ANRM, F. R-51, inv. 2, dos. 31, f. 4.",
        "ANRM, fond R-51, inventar 2, dosar 31, filele 4-6.",
    ],
)
def test_romanian_labels_of_the_archives_of_moldova(text: str) -> None:
    [match] = extract(text)
    values = match.reference.to_dict()
    assert (values["opis"], values["delo"], values["folios"][:1]) == ("2", "31", "4")


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("AVPRI, f. 133, op. 469, 1859, d. 45, l. 3.", "1859"),
        ("АВПРИ. Ф. 133. Оп. 469. 1859. Д. 45. Л. 3.", "1859"),
        ("RGIA, f. 1284, op. 194, 1905–1906, d. 98.", "1905–1906"),
        ("GARF, f. 102, op. 00, 1905, d. 999, ch. 5, l. 3.", "1905"),
    ],
)
def test_an_inventorys_year_alone_before_the_file_is_read_past(text: str, year: str) -> None:
    [match] = extract(text)
    assert match.reference.delo in ("45", "98", "999")
    assert [text[start:end] for start, end in match.skipped] == [year]
    assert parse(text).delo == match.reference.delo


@pytest.mark.parametrize(
    "text",
    [
        # after a file a year alone is no inventory's, and nothing follows the year
        "GAKO, f. 41, op. 3, d. 1900, 1905, l. 3",
        "GAKO, f. 41, op. 3, 1937 was the year",
    ],
)
def test_a_year_alone_after_a_file_or_with_no_level_after_it_ends_the_run(text: str) -> None:
    first = extract(text)[0]
    assert first.skipped == ()
    assert "1937" not in first.text
    assert first.text.endswith(("op. 3", "d. 1900"))


def test_a_box_before_its_fond_with_a_remark_between() -> None:
    [match] = extract("See Коробка 12 (переписка), Ф. 4, Ед. хр. 7, Л. 2.")
    assert (match.reference.korobka, match.reference.fond, match.reference.ed_khr) == (
        "12",
        "4",
        "7",
    )
    assert match.text.startswith("Коробка 12")


@pytest.mark.parametrize(
    ("text", "fond"),
    [
        ("АВПРИ. Ф. Канцелярия. Оп. 470. 1859 г. Д. 45. Л. 3.", "Канцелярия"),
        ("AVPRI, f. Kantseliariia, op. 470, 1859, d. 45, l. 3.", "Kantseliariia"),
        ("AVPRI, f. Posol'stvo v Londone, op. 520, d. 5.", "Posol'stvo v Londone"),
        ("РГАДА. Ф. Госархив. Оп. 1. Д. 5.", "Госархив"),
    ],
)
def test_a_fond_named_in_words_before_its_inventory(text: str, fond: str) -> None:
    [match] = extract(text)
    assert (match.reference.fond, match.reference.opis) == (fond, match.reference.opis)
    assert match.reference.opis is not None
    assert match.text.startswith(("АВПРИ", "AVPRI", "РГАДА"))
    assert parse(text).fond == fond


@pytest.mark.parametrize(
    "text",
    [
        # an initial and a surname, with no archive before it, is a person's
        "Письмо Ф. Раскольникова. Оп. 5. Д. 3.",
        # and a word fond needs an inventory right after it
        "АВПРИ. Ф. Канцелярия. Д. 45. Л. 3.",
    ],
)
def test_words_after_a_fond_label_with_no_archive_or_inventory_are_no_fond(text: str) -> None:
    assert all(match.reference.fond is None for match in extract(text))


@pytest.mark.parametrize(
    ("text", "leaves"),
    [
        ("ГАКО, ф. 41, оп. 3, д. 9, л. 12-об.", "12-12ob"),
        ("GAKO, f. 41, op. 3, d. 9, ll. 7–ob., 10", "7-7ob, 10"),
        ("GAKO, f. 41, op. 3, d. 9, l. 7a-ob.", "7a-7aob"),
        # the leaf and its verso in words
        ("ГАКО. Ф. 41. Оп. 3. Д. 9. Л. 12 и об.", "12-12ob"),
        ("ГАКО. Ф. 41. Оп. 3. Д. 9. Лл. 5 и об., 8–9", "5-5ob, 8-9"),
        ("GAKO, f. 41, op. 3, d. 9, l. 7 and verso", "7-7ob"),
        ("ДАКО, ф. 41, оп. 3, спр. 9, арк. 7 та зв.", "7-7ob"),
    ],
)
def test_a_range_that_ends_in_the_verso_mark_alone(text: str, leaves: str) -> None:
    assert str(parse(text).folios) == leaves
    [match] = extract(text)
    assert str(match.reference.folios) == leaves


@pytest.mark.parametrize(
    "text",
    [
        "GARF, f. 1, op. 2, d. 3, p. 5 p. 7",  # the second "p." a repeat of the first
        "GARF, f. 1, op. 2, d. 3, p. 5. P. 7",
        "GARF, f. 1, op. 2, d. 3, p. 5; p. 7",
    ],
)
def test_a_lone_p_after_a_page_of_a_file_is_another_page(text: str) -> None:
    first, second = extract(text)
    assert str(first.resolved.folios) == "5" and first.resolved.papka is None
    assert second.resolved.delo == "3" and second.resolved.papka is None
    assert str(second.resolved.folios) == "7" and second.resolved.folios.unit == "page"


def test_and_before_a_word_that_is_no_verso_mark_ends_the_leaves() -> None:
    [match] = extract("GAKO, f. 41, op. 3, d. 9, l. 7 and obverse, l. 9 and 12.")
    assert match.text == "GAKO, f. 41, op. 3, d. 9, l. 7" and str(match.reference.folios) == "7"
    assert str(parse("ГАКО. Ф. 41. Оп. 3. Д. 9. Л. 12 и 14").folios) == "12, 14"


def test_a_transliterated_name_may_end_in_a_soft_sign() -> None:
    text = "Natsional'nyi arkhiv Respubliki Belarus', f. 4p, op. 1, d. 5."
    assert parse(text).archive_id == "NARB"
    [match] = extract(f"See {text}")
    assert match.reference.archive == "Natsional'nyi arkhiv Respubliki Belarus'"


@pytest.mark.parametrize(
    ("text", "levels"),
    [
        # a page's label after a file, its stop set apart or misprinted as a comma
        ("ГАКО. Ф. 41. Оп. 3. Д. 9 п . 12", {"delo": "9", "folios": "12"}),
        ("ГАКО. Ф. 41. Оп. 3. Д. 9 п, 12", {"delo": "9", "folios": "12"}),
        # a fond's suffix that labels nothing keeps the number after it its own
        ("ГАКО. Д. 9, Ф. 41 пф, 11. 3", {"fond": "41 пф", "delo": "9", "folios": "3"}),
    ],
)
def test_a_suffix_or_a_page_after_an_identifier(text: str, levels: dict[str, str]) -> None:
    values = parse(text).to_dict()
    assert {level: values.get(level) for level in levels} == levels


@pytest.mark.parametrize(
    ("text", "leaves"),
    [
        ("ЦДАВО України. – Ф. 4. – Оп. 1. – Спр. 8. – Арк. 2. Там само. – Арк. 6 зв.", "6ob"),
        ("ГАКО. Ф. 41. Оп. 3. Д. 9. Л. 2. Там же. – Л. 7.", "7"),
    ],
)
def test_a_short_form_then_a_gost_dash(text: str, leaves: str) -> None:
    *_, last = extract(text)
    assert (last.kind, str(last.resolved.folios), last.resolved.delo) == (
        "ibid",
        leaves,
        last.resolved.delo,
    )
    assert last.resolved.fond in ("4", "41")


def test_pages_after_a_file_labelled_ss() -> None:
    [match] = extract("GAKO, f. 41, op. 3, d. 9, ss. 12-14.")
    assert match.reference.folios is not None
    assert (str(match.reference.folios), match.reference.folios.unit) == ("12-14", "page")


@pytest.mark.parametrize(
    "text",
    [
        # Spanish, Italian, Portuguese and German notes on the Comintern's archive
        "GAKO, fondo 41, inventario 3, expediente 9, hojas 12-14.",
        "GAKO, fondo 41, inventario 3, legajo 9, fojas 12-14.",
        "GAKO, fondo 41, inventario 3, fascicolo 9, fogli 12-14.",
        "GAKO, fundo 41, inventário 3, dossiê 9, folhas 12-14.",
        "GAKO, Fond 41, Opis 3, Akte 9, Blatt 12-14.",
        # and the Spanish leaf's letters after the file
        "GAKO, f. 41, inv. 3, exp. 9, h. 12-14.",
        "GAKO, f. 41, inv. 3, leg. 9, fs. 12-14.",
    ],
)
def test_romance_and_german_labels_in_words(text: str) -> None:
    assert fields(text) == {
        "archive": "GAKO",
        "fond": "41",
        "opis": "3",
        "delo": "9",
        "folios": "12-14",
    }


@pytest.mark.parametrize(
    ("text", "fond"),
    [
        ("ЦАМО, ф. 5 гв. ТА, оп. 7118, д. 40, л. 3.", "5 гв. ТА"),
        ("ЦАМО. Ф. 47 А. Оп. 2650. Д. 11. Л. 8.", "47 А"),
        ("ЦАМО. Ф. 112 сд. – Оп. 1. – Д. 6.", "112 сд"),
        ("TsAMO, f. 2 Ukr. fronta, op. 3, d. 19, l. 1.", "2 Ukr. fronta"),
        ("TsAMO, fond 8 VA, opis' (op.) 5, delo 4.", "8 VA"),
    ],
)
def test_a_fond_named_for_a_military_unit(text: str, fond: str) -> None:
    [match] = extract(text)
    assert match.reference.fond == fond
    assert match.reference.opis is not None and match.reference.delo is not None
    assert parse(text).fond == fond


@pytest.mark.parametrize(
    ("text", "fond"),
    [
        # the words an identifier ends in are its suffix, not a unit
        ("ГАКО. Ф. 2204 пф. – Оп. 1. – Д. 3.", "2204 пф"),
        # no inventory after the words, or none past a comma, stop or dash: no unit
        ("ЦАМО. Ф. 47 А. Д. 11. Л. 8.", "47"),
        ("ГАКО, ф. 41 и оп. 3", "41"),
    ],
)
def test_words_after_a_fond_number_are_a_unit_only_before_an_inventory(
    text: str, fond: str
) -> None:
    assert extract(text)[0].reference.fond == fond


@pytest.mark.parametrize(
    ("text", "tom"),
    [
        # GOST's stop and dash after a Roman volume, then the leaves' label damaged by OCR
        ("ГАКО. Д. 208. – Т. V. – 11. 9", "V"),
        ("ГАКО. Д. 208. – Т. XII. – Л. 9", "XII"),
    ],
)
def test_a_stop_and_a_dash_after_a_roman_number_separate_levels(text: str, tom: str) -> None:
    reference = parse(text)
    assert (reference.tom, str(reference.folios)) == (tom, "9")


@pytest.mark.parametrize(
    ("text", "skipped"),
    [
        ("ГАКО, ф. 102, ОО, 1905, д. 999, л. 3.", "ОО, 1905"),
        ("ГАКО. Ф. 102. ДП ОО. 1910. Д. 5. Л. 2 об.", "ДП ОО. 1910"),
        ("ГАКО, ф. 102, 4-е д-во, 1912, д. 125, л. 12.", "4-е д-во, 1912"),
        ("ГАКО. Ф. 102. II д-во. 1898. Д. 5. Ч. 12. Л. 4.", "II д-во. 1898"),
        ("GAKO, f. 102, OO, 1905, d. 999, l. 3.", "OO, 1905"),
        ("GAKO, f. 102, DP OO, op. 316, d. 5.", "DP OO"),
    ],
)
def test_a_division_of_the_police_department_in_the_inventorys_place(
    text: str, skipped: str
) -> None:
    [match] = extract(text)
    assert match.reference.fond == "102"
    assert match.reference.delo is not None
    assert [text[start:end] for start, end in match.skipped] == [skipped]


def test_a_division_is_read_past_only_before_a_file_and_a_level_other_than_a_fond() -> None:
    # after the file, the capitals are the next reference's archive, or no reference's
    first, *rest = extract("ГАКО. Ф. 102. Д. 5. ОО. Д. 7.")
    assert (first.reference.delo, first.skipped) == ("5", ())
    assert all(match.reference.delo != "5" for match in rest)
    assert extract("ГАКО. Ф. 102. ОО. Ф. 7. Оп. 1.")[0].reference.opis is None


@pytest.mark.parametrize(
    ("text", "opis"),
    [
        ("GAKO, fond 4372, opisi 91–92, d. 8.", "91–92"),
        ("ГАКО, ф. 4372, описи 91–92, д. 8.", "91–92"),
        ("GAKO, Fond 4372, Findbuch 9, Akte 8, Bl. 3.", "9"),
    ],
)
def test_the_plural_of_an_inventory_and_its_german_word(text: str, opis: str) -> None:
    [match] = extract(text)
    assert (match.reference.fond, match.reference.opis, match.reference.delo) == (
        "4372",
        opis,
        "8",
    )


def test_an_f_before_a_fond_label_is_the_files_leaf() -> None:
    first, second = extract("LYA, f. K-1, ap. 10, b. 43, f. 26-31, fondo 400, op. 5, d. 3.")
    assert (first.reference.delo, str(first.reference.folios)) == ("43", "26-31")
    assert (second.kind, second.reference.fond, second.resolved.archive) == (
        "continuation",
        "400",
        "LYA",
    )


def test_a_reference_given_after_a_latvian_one_keeps_the_archive_after_it() -> None:
    text = "LVA, 101. f., 1. apr., 12. l., 3. lp. (Ф. 2902. Оп. 1. Д. 156 (ЦГАВО Украины))."
    first, second = extract(text)
    assert (first.reference.archive, first.reference.fond) == ("LVA", "101")
    assert (second.kind, second.reference.archive, second.reference.fond) == (
        "full",
        "ЦГАВО Украины",
        "2902",
    )


@pytest.mark.parametrize(
    "text",
    [
        "ГАКО. Ф. 1. Оп. 1. Д. 1. Л. 1. С 1 января 1918 г. протокол.",
        "GAKO, f. 1, op. 1, d. 1, l. 1. P. 3 March 1956 was the date.",
    ],
)
def test_a_day_and_its_month_after_a_reference_are_no_page(text: str) -> None:
    [match] = extract(text)
    assert match.reference.delo == "1"


def test_a_day_its_month_and_a_year_are_no_leaves_but_a_leaves_label_is_no_month() -> None:
    # "лист." is the Ukrainian November, "Листы" the Russian leaves: the year tells them apart
    [match] = extract("ДАКО. Ф. 5. Оп. 1. Спр. 5. Арк. 3, 5 лист. 1941 р.")
    assert str(match.reference.folios) == "3"
    reference = parse("Фонд 1 Описи 1 п-1 Листы 2 Дело 3")
    assert (reference.papka, str(reference.folios), reference.delo) == ("1", "2", "3")


def test_a_day_and_its_month_after_an_inventorys_suffix_leave_it_a_suffix() -> None:
    [match] = extract("ГАКО, ф. 332, оп. 34 п, 3 января 1918 г.")
    assert (match.reference.opis, match.reference.papka) == ("34 п", None)


@pytest.mark.parametrize(
    ("text", "delo"),
    [
        # letters after a slash are the file's, unless they label the number after them
        ("ГАКО. Ф. 1. Оп. 2. Д. 813/ос. 1951 г.", "813/ос"),
        ("ГАКО. Ф. 1. Оп. 2. Д. 367/с. 1921 г.", "367/с"),
        ("GAKO f.3/op.12/d.5", "5"),
    ],
)
def test_letters_after_a_slash_before_a_year(text: str, delo: str) -> None:
    assert extract(text)[0].reference.delo == delo


@pytest.mark.parametrize(
    ("text", "archive"),
    [
        ("ЦГАЛИ СССР ТОМ III Д. 40, ф. 5, оп. 2", "ЦГАЛИ СССР"),
        ("TsGALI VOL II d. 40, f. 5", "TsGALI"),
        ("ЦГАОР СССР ФОНД 5446 ОПИСЬ 1 ДЕЛО 70", "ЦГАОР СССР"),
    ],
)
def test_a_label_in_capitals_after_an_archive_is_its_first_level(text: str, archive: str) -> None:
    reference = parse(text)
    assert reference.archive == archive
    assert reference.tom in ("III", "II", None)
    assert reference.delo in ("40", "70")


def test_a_label_in_capitals_after_an_archive_in_free_text() -> None:
    [match] = extract("См. ЦГАОР СССР ФОНД 5446 ОПИСЬ 1 ДЕЛО 70.")
    assert (match.reference.archive, match.reference.fond) == ("ЦГАОР СССР", "5446")


@pytest.mark.parametrize(
    ("text", "archive"),
    [
        ("Memorandum of 3 June 1931, f. 81, op. 3, d. 99, l. 14, RGASPI.", "RGASPI"),
        ("Decision of the bureau, fond 8, opis 2, delo 40, list 7, GARF, Moscow.", "GARF"),
        ("Докладная записка, ф. 81, оп. 3, д. 99, л. 14, РГАСПИ.", "РГАСПИ"),
    ],
)
def test_an_archive_after_a_comma_that_ends_the_citation(text: str, archive: str) -> None:
    [match] = extract(text)
    assert (match.reference.archive, match.reference.delo) == (archive, match.reference.delo)
    assert match.text.endswith(archive)


@pytest.mark.parametrize(
    "text",
    [
        # an acronym with levels after it opens the next reference
        "f. 81, op. 3, d. 99, l. 14, RGASPI, f. 5, op. 1, d. 2.",
        # a word of capitals the registry does not know is no archive
        "f. 81, op. 3, d. 99, l. 14, CPSU.",
    ],
)
def test_capitals_after_a_comma_that_are_no_archive_after_it(text: str) -> None:
    assert extract(text)[0].reference.archive is None


@pytest.mark.parametrize(
    ("text", "folios"),
    [
        ("GAKO 41/3/9: 12.", "12"),
        ("See GAKO 41/3/9: 12–14, and below.", "12-14"),
        ("GAKO 41:3:9.", None),
        ("GAKO 41:3:9:5-6.", "5-6"),
    ],
)
def test_compact_shelfmarks_with_a_colon(text: str, folios: str | None) -> None:
    [match] = extract(text)
    reference = match.reference
    assert (reference.fond, reference.opis, reference.delo) == ("41", "3", "9")
    assert (str(reference.folios) if reference.folios else None) == folios


@pytest.mark.parametrize(
    ("text", "leaves", "next_fond"),
    [
        # a number no fond has (a range, a list) is the file's leaf
        ("LYA, f. 450, ap. 68, b. 54, f. 55-56, op. 91, b. 19.", "55-56", None),
        ("LYA, f. 450, ap. 68, b. 54, f. 55, 57, op. 91, b. 19.", "55, 57", None),
        # a number with levels after it is the next reference's fond, a letter after it too
        ("LYA, f. 450, ap. 68, b. 54, f. 55, op. 91, b. 19.", None, "55"),
        ("LYA, f. 450, ap. 68, b. 54, f. 55v, op. 91, b. 19.", None, "55v"),
        # but leaves after it are the next item of the list
        ("LYA, f. 450, ap. 68, b. 54, f. 55. l. 91.", "55", None),
    ],
)
def test_an_f_after_a_file_with_levels_after_it(
    text: str, leaves: str | None, next_fond: str | None
) -> None:
    first, second = extract(text)
    assert (str(first.reference.folios) if first.reference.folios else None) == leaves
    assert second.reference.fond == next_fond
    assert second.resolved.fond in ("450", "55", "55v")


def test_a_list_of_files_then_a_date_is_no_compact_shelfmark() -> None:
    matches = extract("См.: Ф. А-14. Оп. 1в. Спр. 301, 321, 322, 2 июля 1918 г.")
    assert [match.reference.delo for match in matches] == ["301", "321", "322"]


@pytest.mark.parametrize(
    ("text", "archive", "fond"),
    [
        # Estonian reference codes: the archive, a stop, and the numbers joined by stops
        ("See ERAF.9.4.12, l. 3.", "ERAF", "9"),
        ("RA, ERA.R-7.5.20.", "ERA", "R-7"),
        ("GAKO.41.3.9", "GAKO", "41"),
    ],
)
def test_an_archive_joined_to_a_compact_shelfmark_by_a_stop(
    text: str, archive: str, fond: str
) -> None:
    [match] = extract(text)
    assert (match.reference.archive, match.reference.fond) == (archive, fond)
    assert parse(match.text).fond == fond


@pytest.mark.parametrize(
    "text",
    [
        "In the U.S.A.1945 was a year of victory.",
        "The CPSU.17.3 congress",
    ],
)
def test_a_stop_between_capitals_and_numbers_in_prose_is_no_shelfmark(text: str) -> None:
    assert extract(text) == []


@pytest.mark.parametrize(
    ("text", "archive"),
    [
        ("ЦПА ИМЛ при ЦК КПСС. Ф. 17. Оп. 3. Д. 870. Л. 9.", "ЦПА ИМЛ при ЦК КПСС"),
        ("TsPA IML pri TsK KPSS, f. 17, op. 3, d. 870.", "TsPA IML pri TsK KPSS"),
    ],
)
def test_an_archive_named_with_the_body_it_was_attached_to(text: str, archive: str) -> None:
    [match] = extract(text)
    assert (match.reference.archive, match.reference.archive_id) == (archive, "RGASPI")
    assert parse(text).archive == archive


@pytest.mark.parametrize(
    ("text", "archive", "delo"),
    [
        (
            "Архивное уголовное дело № П-7869 // Архив УФСБ по Курской обл.",
            "Архив УФСБ по Курской обл.",
            "П-7869",
        ),
        ("Д. 7869 (Архив УФСБ по Курской обл.).", "Архив УФСБ по Курской обл.", "7869"),
        (
            "Ф. 1, оп. 2, д. 5 (Государственный архив Курской области).",
            "Государственный архив Курской области",
            "5",
        ),
    ],
)
def test_an_archive_named_in_words_after_the_levels(text: str, archive: str, delo: str) -> None:
    [match] = extract(text)
    assert (match.reference.archive, match.reference.delo) == (archive, delo)


def test_a_private_archive_after_the_levels_is_no_archive_phrase() -> None:
    [match] = extract("Ф. 1, оп. 2, д. 5 (архив автора).")
    assert match.reference.archive is None


def test_a_page_then_pages_continuing_a_file_are_two_items_of_the_list() -> None:
    matches = extract("GAKO, f. 8, op. 7, d. 15, pp. 34–37; p. 18. – pp. 39a, 42–43.")
    assert [(match.kind, str(match.resolved.folios)) for match in matches] == [
        ("full", "34-37"),
        ("continuation", "18"),
        ("continuation", "39a, 42-43"),
    ]
    assert all(match.resolved.papka is None for match in matches)


@pytest.mark.parametrize(
    "name",
    [
        "Storage Center for Contemporary Documentation",
        "Centre for the Storage of Contemporary Documentation",
    ],
)
def test_english_renderings_of_tskhsd_name_it(name: str) -> None:
    [match] = extract(f"{name}, f. 89, op. 2, d. 5.")
    assert (match.reference.archive, match.reference.archive_id) == (name, "RGANI")


@pytest.mark.parametrize(
    ("text", "leaves"),
    [
        ("ГАКО. Ф. 1. Оп. 2. Д. 505 (л. 12).", "12"),
        ("GAKO, f. 17, op. 3, d. 870 (ll. 9–10), and below.", "9-10"),
        ("GAKO, fond 17, opis 3, delo 870 (Listy (L.) 9).", "9"),
    ],
)
def test_leaves_in_brackets_after_their_file(text: str, leaves: str) -> None:
    [match] = extract(text)
    assert str(match.reference.folios) == leaves
    assert match.text.endswith(")")


@pytest.mark.parametrize(
    "text",
    [
        # a bracket that does not close after the leaves is a remark's, and after leaves
        # or before any file a bracketed leaf belongs to nothing
        "GAKO, f. 17, op. 3, d. 870 (l. 9 and elsewhere).",
        "GAKO, f. 17, op. 3, d. 870, l. 5 (l. 9).",
        "GAKO, f. 17, op. 3 (l. 9).",
    ],
)
def test_bracketed_leaves_only_right_after_a_file(text: str) -> None:
    [match] = extract(text)
    assert str(match.reference.folios) in ("None", "5")


@pytest.mark.parametrize(
    ("text", "leaves"),
    [
        ("GAKO, f. 17, op. 3, d. 870, Bl. 9. Ebd., Bl. 12.", "12"),
        ("GAKO, f. 17, op. 3, d. 870, Bl. 9. Ebenda, Bl. 12–14.", "12-14"),
        # Polish "tamże" and the leaf's "k.", a box only before a file
        ("GAKO, f. 17, op. 3, d. 870, k. 9. Tamże, k. 12.", "12"),
        # French "f." alone after a file is its feuillet
        ("GAKO, f. 17, op. 3, d. 870, f. 9. Ibid., f. 12.", "12"),
    ],
)
def test_short_forms_of_other_languages_and_their_leaves(text: str, leaves: str) -> None:
    *_, last = extract(text)
    assert last.kind == "ibid"
    assert (last.resolved.delo, str(last.resolved.folios)) == ("870", leaves)


def test_a_short_form_with_a_fond_and_more_levels_keeps_them() -> None:
    *_, last = extract("GAKO, f. 17, op. 3, d. 870, l. 9. Ibid., f. 18, op. 2, d. 5.")
    assert (last.resolved.fond, last.resolved.delo, last.resolved.folios) == ("18", "5", None)


@pytest.mark.parametrize(
    ("text", "leaves"),
    [
        ("GAKO, F. 41, op. 3, d. 9, Bl. 3–5Rs.", "3-5ob"),
        ("GAKO, F. 41, op. 3, d. 9, Bl. 3 Rs., 7.", "3ob, 7"),
    ],
)
def test_the_german_verso_mark(text: str, leaves: str) -> None:
    [match] = extract(text)
    assert str(match.reference.folios) == leaves


# -- a hyphen between a label in small letters and its number --------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ЦАМО, ф-58, оп-18003, д-417, л-23",
            {"archive": "ЦАМО", "fond": "58", "opis": "18003", "delo": "417", "folios": "23"},
        ),
        ("GAKO, f-41, op-3, d-9", {"archive": "GAKO", "fond": "41", "opis": "3", "delo": "9"}),
        # a capital and its hyphen still prefix the number
        ("ГАНО. Ф. П-4. Оп-2. Д. 7", {"archive": "ГАНО", "fond": "П-4", "opis": "2", "delo": "7"}),
        ("ГАНО, П-4, 2, 7", {"archive": "ГАНО", "fond": "П-4", "opis": "2", "delo": "7"}),
        (
            "ГАРФ, ф. р-7021, оп-148, д-12",
            {"archive": "ГАРФ", "fond": "р-7021", "opis": "148", "delo": "12"},
        ),
    ],
)
def test_a_hyphen_may_join_a_small_label_to_its_number(text: str, expected: dict[str, str]) -> None:
    [(cited, found)] = spans_and_values(extract(f"См.: {text}."))
    assert (cited, found) == (text, expected)
    assert fields(text) == expected


def test_leaves_with_a_hyphened_label_continue_after_a_description() -> None:
    [first, leaves] = extract("ГАКО. Ф. 41. Оп. 3. Д. 9. Л. 4. Подлинник. л-5.")
    assert str(first.reference.folios) == "4"
    assert (leaves.kind, str(leaves.reference.folios)) == ("continuation", "5")


def test_the_inventory_may_be_its_cyrillic_letter_alone() -> None:
    assert fields("ГАКО, ф. 41, о. 3, д. 9") == {
        "archive": "ГАКО",
        "fond": "41",
        "opis": "3",
        "delo": "9",
    }
    # and "о." before a name or a year is no inventory
    assert extract("Письма с о. Валаам, 1932 г., и о. 3 островах.") == []


# -- after a compact shelfmark -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "folios"),
    [
        ("GAKO, 41/3/9, f. 12-15", "12-15"),  # French feuillet
        ("GAKO, 41/3/9, ff. 12, 14", "12, 14"),
        ("GAKO 41/3/9, k. 7", "7"),  # Polish karta
        ("ГАКО, 41/3/9, л. 7", "7"),
    ],
)
def test_a_letter_after_a_compact_shelfmark_names_its_leaves(text: str, folios: str) -> None:
    [(cited, found)] = spans_and_values(extract(f"{text}."))
    assert (cited, found["folios"]) == (text, folios)
    assert str(parse(text).folios) == folios


def test_an_f_with_levels_after_it_still_opens_the_next_reference() -> None:
    found = spans_and_values(extract("GAKO, 41/3/9, f. 12, op. 2, d. 5."))
    assert found == [
        ("GAKO, 41/3/9", {"archive": "GAKO", "fond": "41", "opis": "3", "delo": "9"}),
        ("f. 12, op. 2, d. 5", {"fond": "12", "opis": "2", "delo": "5"}),
    ]


def test_a_list_of_leaves_stops_before_the_next_compact_shelfmark() -> None:
    found = spans_and_values(extract("Compare RGAE 7486/1/102: 14 and 7486/1/103: 2."))
    assert [cited for cited, _ in found] == ["RGAE 7486/1/102: 14", "7486/1/103: 2"]
    assert [values["folios"] for _, values in found] == ["14", "2"]


def test_leaves_after_a_compact_shelfmark_and_then_the_next_file() -> None:
    found = spans_and_values(extract("GAKO 41/3/9, l. 12. – D. 10, l. 4."))
    assert found == [
        (
            "GAKO 41/3/9, l. 12",
            {"archive": "GAKO", "fond": "41", "opis": "3", "delo": "9", "folios": "12"},
        ),
        ("D. 10, l. 4", {"delo": "10", "folios": "4"}),
    ]
    [_, after] = extract("GAKO 41/3/9, l. 12. – D. 10, l. 4.")
    assert (after.kind, after.resolved.fond) == ("continuation", "41")


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        # three numbers joined by spaces, as French biographical dictionaries write them
        ("SOURCES : GAKO, 41 3 9 ; notes.", "GAKO, 41 3 9"),
        # the archive's city between it and its numbers
        ("Cf. GAKO, Moscow, 41/3/9.", "GAKO, Moscow, 41/3/9"),
        ("Voir GAKO, Moscou, 41 3 9.", "GAKO, Moscou, 41 3 9"),
    ],
)
def test_a_compact_shelfmark_with_spaces_or_after_a_city(text: str, cited: str) -> None:
    expected = {"archive": "GAKO", "fond": "41", "opis": "3", "delo": "9"}
    assert spans_and_values(extract(text)) == [(cited, expected)]
    assert fields(cited) == expected


def test_numbers_with_spaces_are_no_shelfmark_without_three_or_an_archive() -> None:
    assert extract("GAKO 41 3 and the Politburo 1937 12 5 voted") == []


def test_a_city_after_an_archive_before_labelled_levels_in_parse() -> None:
    assert fields("AVPRI, Moscou, F. 133, Op. 469, D. 45") == {
        "archive": "AVPRI",
        "fond": "133",
        "opis": "469",
        "delo": "45",
    }


# -- a case file named by its words --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "cited", "expected"),
    [
        ("Архивное дело: П-4512", "Архивное дело: П-4512", {"delo": "П-4512"}),
        ("Арх. дело № 30718.", "Арх. дело № 30718", {"delo": "30718"}),
        (
            "Архивно-следственное дело № 2209, т. 3, л. 41.",
            "Архивно-следственное дело № 2209, т. 3, л. 41",
            {"delo": "2209", "tom": "3", "folios": "41"},
        ),
        ("Archival criminal case no. 2209.", "Archival criminal case no. 2209", {"delo": "2209"}),
        (
            "Архив УФСБ по Омской обл., арх. уголовное дело № П-4512.",
            "Архив УФСБ по Омской обл., арх. уголовное дело № П-4512",
            {"archive": "Архив УФСБ по Омской обл.", "delo": "П-4512"},
        ),
        (
            "Архивное дело: АУФСБ по ОО, д. П-4512",
            "АУФСБ по ОО, д. П-4512",
            {"archive": "АУФСБ по ОО", "delo": "П-4512"},
        ),
    ],
)
def test_a_file_its_words_call_an_archival_case_file_stands_alone(
    text: str, cited: str, expected: dict[str, str]
) -> None:
    [match] = extract(text)
    assert (match.text, values(match.reference)) == (cited, expected)
    assert values(parse(cited)) == expected  # parse reads past the words too


def test_the_words_of_a_case_file_are_kept_where_normalised() -> None:
    text = "Архив УФСБ по Омской обл., арх. уголовное дело № П-4512."
    [match] = extract(text)
    assert [text[start:end] for start, end in match.skipped] == ["арх. уголовное"]
    assert normalise(text, style="gost") == text


@pytest.mark.parametrize(
    "text", ["См. д. 30718.", "Уголовное дело № 30718 было закрыто.", "Он завёл дело 12 мая."]
)
def test_a_file_alone_without_those_words_is_no_reference(text: str) -> None:
    assert extract(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "GAKK, Fonds R-4, Verzeichnis 2, Akte 31, Blatt 7",
            {"archive": "GAKK", "fond": "R-4", "opis": "2", "delo": "31", "folios": "7"},
        ),
        (
            "Archiv des FSB Tomsk, Strafakte Nr. P-4512, Bl. 12",
            {"archive": "Archiv des FSB Tomsk", "delo": "P-4512", "folios": "12"},
        ),
        (
            "GAKK, F. 4, Op. 2, D. Nr. 31",
            {"archive": "GAKK", "fond": "4", "opis": "2", "delo": "31"},
        ),
    ],
)
def test_german_labels_and_number_sign(text: str, expected: dict[str, str]) -> None:
    assert spans_and_values(extract(f"Vgl. {text}.")) == [(text, expected)]


def test_a_capital_label_and_its_number_open_no_archive_name() -> None:
    assert fields("ТОМ IV. Ф. 41. Оп. 3. Д. 9") == {
        "fond": "41",
        "opis": "3",
        "delo": "9",
        "tom": "IV",
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ОГАХО. Ф. Р.712. Оп. 4. Д. 90. Л. 3",
            {"archive": "ОГАХО", "fond": "Р.712", "opis": "4", "delo": "90", "folios": "3"},
        ),
        # the prefix and its stop look like a folder's label and number
        (
            "ГАКО. Ф. П. 27. Оп. 6. Д. 115",
            {"archive": "ГАКО", "fond": "П. 27", "opis": "6", "delo": "115"},
        ),
        # or a page's, in Latin letters
        (
            "GAKO, f. P. 27, op. 6, d. 115",
            {"archive": "GAKO", "fond": "P. 27", "opis": "6", "delo": "115"},
        ),
        # the inventory left out
        (
            "ГАКО. Ф. Р. 318. Д. 7",
            {"archive": "ГАКО", "fond": "Р. 318", "delo": "7"},
        ),
    ],
)
def test_a_stop_may_join_a_fonds_letter_prefix_to_its_number(
    text: str, expected: dict[str, str]
) -> None:
    assert spans_and_values(extract(f"См.: {text}.")) == [(text, expected)]
    assert values(parse(text)) == expected


def test_a_folders_label_in_capitals_still_labels_a_folder_after_a_fond() -> None:
    # A folder's label in capitals still labels its folder after a fond.
    assert fields("Ф. 41. П. 4. Д. 9") == {"fond": "41", "papka": "4", "delo": "9"}
    assert fields("Ф. 41. Оп. 3. Д. 9. Л. 5") == {
        "fond": "41",
        "opis": "3",
        "delo": "9",
        "folios": "5",
    }


def test_a_hyphened_label_before_a_fond_is_no_number_first() -> None:
    # Latvian notes put the number first ("101. f."); "op-7." is a label and its number.
    assert fields("GAKO. op-7. f. 318. d. 44") == {
        "archive": "GAKO",
        "fond": "318",
        "opis": "7",
        "delo": "44",
    }


def test_the_cyrillic_inventory_letter_with_a_space_before_its_stop() -> None:
    text = "ОГАЧО. Ф. 288. о . 42. Д. 17"
    assert spans_and_values(extract(f"См. {text}.")) == [
        (text, {"archive": "ОГАЧО", "fond": "288", "opis": "42", "delo": "17"})
    ]


@pytest.mark.parametrize(
    ("text", "archive"),
    [
        # the full name in the archive's own language, then its acronym, in the brackets
        (
            "Russian State Archive of the Economy (Rossiiskii gosudarstvennyi arkhiv "
            "ekonomiki, RGAE), f. 8043, op. 1, d. 19",
            "RGAE",
        ),
        # the name in its own language alone, in small letters: a gloss, not the name
        (
            "National Archives of Latvia (latvijas nacionālais arhīvs), f. 101, op. 1, d. 12",
            "National Archives of Latvia",
        ),
        # longer, both, than the look-back before the levels: the name is measured alone
        (
            "Central Archive of the Federal Counterintelligence Service of the Russian "
            "Federation (tsentral'nyi arkhiv federal'noi sluzhby kontrrazvedki rossiiskoi "
            "federatsii), f. 4, op. 2, d. 77",
            "Central Archive of the Federal Counterintelligence Service of the Russian Federation",
        ),
    ],
)
def test_an_english_name_and_its_own_language_in_brackets(text: str, archive: str) -> None:
    [match] = extract(f"See {text}.")
    assert match.reference.archive == archive
    levels = text[text.index("f. ") :]
    assert values(match.reference) == {**fields(levels), "archive": archive}


def test_the_german_bestand_is_a_fond() -> None:
    text = "RGVA, Bestand 772, Findbuch 3, Akte 41, Bl. 8"
    assert spans_and_values(extract(f"Vgl. {text}.")) == [
        (
            text,
            {"archive": "RGVA", "fond": "772", "opis": "3", "delo": "41", "folios": "8"},
        )
    ]
    assert extract("Der Bestand 772 ist groß.") == []


def test_leaves_between_a_box_that_opens_a_reference_and_its_inventory() -> None:
    text = "Коробка 2, л. 5, оп. 3, д. 4, ф. 61"
    assert spans_and_values(extract(f"См.: {text}.")) == [
        (text, {"fond": "61", "opis": "3", "korobka": "2", "delo": "4", "folios": "5"})
    ]
    # Leaves alone before an inventory open no reference of their own.
    assert spans_and_values(extract("См.: л. 5, оп. 3, д. 4, ф. 61.")) == [
        ("оп. 3, д. 4, ф. 61", {"fond": "61", "opis": "3", "delo": "4"})
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "AVPRF, f. 059, op. 12, pa. 40, d. 7",
            {"archive": "AVPRF", "fond": "059", "opis": "12", "papka": "40", "delo": "7"},
        ),
        (
            "f. 0100, Pa. 3, d. 15, l. 2",
            {"fond": "0100", "papka": "3", "delo": "15", "folios": "2"},
        ),
    ],
)
def test_avp_rf_folder_shortened_to_pa_inside_a_run(text: str, expected: dict[str, str]) -> None:
    assert spans_and_values(extract(f"See {text}.")) == [(text, expected)]


@pytest.mark.parametrize(
    "text",
    [
        "Commonwealth v. Jones, 512 Pa. 33 (1986).",  # Pennsylvania's reports: no folder
        "Pa. 33, d. 15",  # alone it opens nothing
    ],
)
def test_pa_outside_a_run_is_no_folder(text: str) -> None:
    assert all(match.reference.papka is None for match in extract(text))


@pytest.mark.parametrize(
    ("text", "archive"),
    [
        ("TsGANO (the former partarkhiv), f. 4, op. 33, d. 12", "TsGANO"),
        ("ГАРФ (фонды бывшего ЦГАОР), ф. 5446, оп. 1, д. 9", "ГАРФ"),
        (
            "IISH (institut international, aujourd'hui à Amsterdam, voir RGASPI), fonds 17, "
            "inventaire 2, dossier 5",
            "IISH",
        ),
    ],
)
def test_an_acronym_with_a_remark_in_brackets_is_the_archive(text: str, archive: str) -> None:
    [match] = extract(f"[4] {text}.")
    assert match.reference.archive == archive
    assert match.reference.fond in ("4", "5446", "17")
    # The remark is the author's: the span starts at the levels, so a rewriter keeps it.
    assert text.endswith(match.text) and match.text.split()[0].lower() in ("f.", "ф.", "fonds")


def test_normalise_keeps_a_remark_in_brackets_after_the_archive() -> None:
    from archcite.bulk import normalise_many

    text = "GARF (the former TsGAOR), f. 5446, op. 1, d. 3."
    [result] = normalise_many([text], "gost")
    assert result.text == "GARF (the former TsGAOR), Ф. 5446. Оп. 1. Д. 3."
    assert result.references[0]["archive"] == "GARF"


@pytest.mark.parametrize(
    "archive",
    [
        "ЦГА г. Бишкек КР",
        "ГА г. Павлодар",
        "ДА м. Одеси",
        "TsGA g. Tashkent",
        "ГА г. Ханты-Мансийск",
    ],
)
def test_an_archive_named_with_its_town(archive: str) -> None:
    text = f"{archive}. Ф. 12. Оп. 3. Д. 45. Л. 6"
    assert spans_and_values(extract(f"{text}. Копия.")) == [
        (text, {"archive": archive, "fond": "12", "opis": "3", "delo": "45", "folios": "6"})
    ]


@pytest.mark.parametrize(
    "archive",
    ["ГА Российской Федерации", "GA Rossiiskoi Federatsii", "ЦА ФСБ Российской Федерации"],
)
def test_an_acronym_with_the_federation_spelt_out(archive: str) -> None:
    [match] = extract(f"См.: {archive}, ф. 17, оп. 2, д. 9.")
    assert match.reference.archive == archive
    assert (match.reference.fond, match.reference.opis, match.reference.delo) == ("17", "2", "9")


@pytest.mark.parametrize("archive", ["ЦГА КиргССР", "TsGIA GruzSSR", "ЦГАОР УССР"])
def test_an_acronym_with_a_soviet_republic_after_it(archive: str) -> None:
    [match] = extract(f"См.: {archive}, ф. 17, оп. 2, д. 9.")
    assert match.reference.archive == archive


def test_ed_hr_is_a_storage_unit() -> None:
    assert fields("Fond 711, Opis 3, Ed. hr. 52, l. 4") == {
        "fond": "711",
        "opis": "3",
        "ed_khr": "52",
        "folios": "4",
    }


def test_a_year_before_an_archive_is_no_town() -> None:
    [match] = extract("В 1938 г. ГАРФ, ф. 5446, оп. 1, д. 3.")
    assert match.reference.archive == "ГАРФ"


@pytest.mark.parametrize(
    ("text", "second"),
    [
        # a Lithuanian file's label after "f.": the fond of the next reference, no leaf
        ("LYA, f. 3, ap. 1, b. 40, f. 26, b. 5", "f. 26, b. 5"),
        ("GARF, f. 3, op. 1, d. 40, f. 26, b. 5", "f. 26, b. 5"),
        # and in brackets after Latvian numbers first, a reference of its own
        ("LVA, 12. f., 3. apr., 40. l. (f. 26, b. 5)", "f. 26, b. 5"),
    ],
)
def test_an_f_before_a_baltic_label_opens_the_next_reference(text: str, second: str) -> None:
    first, then = extract(text)
    assert first.reference.folios is None and first.reference.delo == "40"
    assert (then.text, then.reference.fond, then.reference.delo) == (second, "26", "5")


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # the Cyrillic "о" labels an inventory with a mark after it only, inside a run too
        ("Ф. 7. Д. 12. О 1 января 1919 г. речи нет.", "Ф. 7. Д. 12"),
        ("Ф. 7, о. 2, д. 12.", "Ф. 7, о. 2, д. 12"),
        ("Ф. 7, о-2, д. 12.", "Ф. 7, о-2, д. 12"),
    ],
)
def test_the_inventory_letter_needs_its_mark_inside_a_run_too(text: str, read: str) -> None:
    [match] = extract(f"ГАРФ. {text}")
    assert match.text == f"ГАРФ. {read}"
    assert match.reference.opis in (None, "2")


@pytest.mark.parametrize(
    ("text", "folios"),
    [
        # a copied page broke the reference after a stop: the next line's leaves are its own
        ("ГАСО. Ф. 88. Оп. 2. Д. 417.\nЛ. 12–13.", "12-13"),
        ("4. TsGAOR, f. 88, op. 2, d. 417.\nll. 12-13.", "12-13"),
        ("NARB 88/2/417.\nl. 12.", "12"),
    ],
)
def test_a_reference_broken_across_lines_goes_on(text: str, folios: str) -> None:
    [match] = extract(text)
    assert str(match.reference.folios) == folios
    assert "\n" in match.text and text.rstrip(".").endswith(match.text)


def test_a_note_on_the_next_line_is_its_own() -> None:
    matches = extract("1. GARF, f. 88, op. 2, d. 417.\n2. GARF, f. 89, op. 1, d. 5.")
    assert [m.reference.fond for m in matches] == ["88", "89"]
    assert matches[0].reference.folios is None
    # a line that opens with a fond is a reference of its own, not the line above's
    _, second = extract("GARF, f. 88, op. 2, d. 417.\nF. 89, Op. 1, D. 5.")
    assert (second.kind, second.reference.fond, second.resolved.archive) == ("full", "89", None)
    # nor does a file given again join the line above
    assert [m.text for m in extract("GARF, f. 88, op. 2, d. 417.\nD. 7, l. 3.")] == [
        "GARF, f. 88, op. 2, d. 417"
    ]


@pytest.mark.parametrize(
    ("text", "fond"),
    [
        ("GARF, f. R-\n8131, op. 37, d. 4.", "R-8131"),  # broken at its hyphen
        ("ГАРФ. Ф. 3 уд.\nА. Оп. 1. Д. 3.", "3 уд. А"),  # at a space
    ],
)
def test_an_identifier_broken_at_a_line_end_is_one_value(text: str, fond: str) -> None:
    [match] = extract(text)
    assert match.reference.fond == fond
    assert "\n" in match.text  # the text as it stands


@pytest.mark.parametrize(
    ("text", "archive"),
    [
        # a note's number run into the archive, as a superscript loses its space when copied
        ("17ЦГАОР. Ф. 130. Оп. 2. Д. 44. Л. 8–9.", "ЦГАОР"),
        ("3TsGANKh, f. 3429, op. 1, d. 71, l. 2.", "TsGANKh"),
        ("Text of the decree.\n254ГАРФ. Ф. Р-130. Оп. 2. Д. 44.", "ГАРФ"),
    ],
)
def test_a_note_number_run_into_the_archive(text: str, archive: str) -> None:
    [match] = extract(text)
    assert match.reference.archive == archive
    assert match.text.startswith(archive)
    assert match.reference.delo in ("44", "71")


def test_a_list_of_dotted_shelfmarks_after_one_archive() -> None:
    # each set of three numbers joined by stops opens a shelfmark: no leaf of the one before
    matches = extract("The edits: TsPA 71.10.230.4, 558.2.17, 558.2.19.6.")
    assert [(m.kind, m.reference.fond, m.reference.delo) for m in matches] == [
        ("full", "71", "230"),
        ("continuation", "558", "17"),
        ("continuation", "558", "19"),
    ]
    assert [str(m.reference.folios) for m in matches] == ["4", "None", "6"]


@pytest.mark.parametrize(
    "text",
    ["ЦГИА. 733. 12. 95. Л. 3 об.", "TsGIA, 733. 12. 95, l. 3ob"],
)
def test_a_compact_shelfmark_with_stops_and_spaces(text: str) -> None:
    # three numbers set apart as GOST sets its levels, after an archive
    [match] = extract(f"См.: {text}.")
    assert (match.reference.fond, match.reference.opis, match.reference.delo) == (
        "733",
        "12",
        "95",
    )
    assert str(match.reference.folios) == "3ob"
    # prose after an archive is none: words, not three numbers
    assert extract("ЦГИА. 1925. Отчёт за год. 3.") == []


@pytest.mark.parametrize(
    "archive",
    [
        "GA Rossiiskoi Federatsii",  # "Rossii" opens the adjective: no country there
        "GA Rossiĭskoĭ Federat͡sii",
        "GA Rossijskoj Federacii",
        "TsGA g. Kyzyl-Orda",
        "GA g. Semeĭ",  # a town romanised with a breve
    ],
)
def test_romanised_archive_phrases_before_and_after_the_levels(archive: str) -> None:
    assert fields(f"{archive}, f. 5, op. 2, d. 31")["archive"] == archive
    assert fields(f"f. 5, op. 2, d. 31, l. 7 / {archive}")["archive"] == archive


def test_a_town_in_brackets_is_part_of_the_archive_not_a_remark() -> None:
    [match] = extract("См.: ЦА ФСБ (г. Москва), ф. 3, оп. 2, д. 17.")
    assert match.text.startswith("ЦА ФСБ (г. Москва)")
    # where the bracket holds a remark, the span starts at the levels (see above)
    [match] = extract("См.: ЦА ФСБ (следственные дела), ф. 3, оп. 2, д. 17.")
    assert (match.reference.archive, match.text[:4]) == ("ЦА ФСБ", "ф. 3")


def test_a_roman_numeral_after_a_description_cites_no_leaves() -> None:
    # "I." damages "l." inside a run; after a description, "Nicholas I. 1826–1838" is a name
    text = "ГИАЛО. Ф. 9. Оп. 2. Д. 31. Л. 4. Письма императору Павлу I. 1797–1799."
    [match] = extract(text)
    assert str(match.reference.folios) == "4"
    assert normalise(text, "gost") == text  # the numeral is no leaf to rewrite
    # a true leaves' label after the description is still read
    _, then = extract("RGAE. F. 7. Op. 1. D. 9. L. 4. Copy. L. 5–11. Original.")
    assert (then.kind, str(then.reference.folios)) == ("continuation", "5-11")


@pytest.mark.parametrize(
    "text",
    [
        "ГАРФ. Ф. 109. 3 эксп. 1857. Д. 88. Л. 2 об.",
        "GARF, f. 109, 1-ia eksp., 1831, d. 88, l. 2ob",
        "ГАРФ. Ф. 109. 1-я экспедиция. 1831 г. Д. 88. Л. 2 об.",
    ],
)
def test_an_expedition_of_the_third_section_with_its_year(text: str) -> None:
    # like the Police Department's divisions: read past, in the inventory's place
    [match] = extract(text)
    assert (match.reference.fond, match.reference.delo, str(match.reference.folios)) == (
        "109",
        "88",
        "2ob",
    )
    assert match.skipped  # the expedition and its year are kept


def test_an_old_shelfmark_in_brackets_between_levels() -> None:
    [match] = extract("ЦГИА СПб. Ф. 14. Оп. 3 (12/940). Д. 7. Л. 5.")
    assert (match.reference.opis, match.reference.delo) == ("3", "7")


@pytest.mark.parametrize(
    ("text", "delo"),
    [("ЦГАЛИ. Ф. 12. Оп. 1. No 83. Л. 4.", "83"), ("GARF, f. 4, op. 1, No 12, l. 3", "12")],
)
def test_a_numero_sign_without_its_stop(text: str, delo: str) -> None:
    assert fields(text)["delo"] == delo


@pytest.mark.parametrize(("text", "folios"), [("л. 2--2 об.", "2-2ob"), ("ll. 15--17", "15-17")])
def test_a_range_typed_with_two_hyphens(text: str, folios: str) -> None:
    assert fields(f"ЦГАЛИ, ф. 5, оп. 1, д. 3, {text}")["folios"] == folios


def test_a_label_written_as_a_word_names_no_city_after_the_archive() -> None:
    # "Листы" ends as a city's genitive does ("ЦГА Москвы"), but it is the leaves' label
    assert fields("ГАРФ Листы 7, 8, 9 Дело 40") == {
        "archive": "ГАРФ",
        "delo": "40",
        "folios": "7, 8, 9",
    }
    # nor do its numbers make a compact shelfmark of an archive "ГАРФ Листы" in free text
    assert all(m.reference.archive != "ГАРФ Листы" for m in extract("См.: ГАРФ Листы 7, 8, 9."))


def test_a_file_number_with_the_year_after_it() -> None:
    # "№ 302-1832 г.": file 302 of 1832, the year read past and kept, the leaves after it
    text = "ЦГИА, ф. 42, оп. 3, № 117-1846 г., л. 12 об."
    [match] = extract(text)
    assert (match.reference.delo, str(match.reference.folios)) == ("117", "12ob")
    assert normalise(text, "gost") == text  # a year read past: the reference is kept as cited
    assert fields("ГАРФ, ф. 1, оп. 2, д. 504-692")["delo"] == "504-692"  # a range of files


@pytest.mark.parametrize(
    "text",
    [
        "GARF, f. 1, op. 2, 120 files.",  # how many files the inventory holds
        "ГАРФ, ф. 1, оп. 2, 101 дело.",
        "GARF, f. 1, op. 2, 1837–1847.",  # the years it covers
    ],
)
def test_a_count_or_years_after_an_inventory_are_no_more_inventories(text: str) -> None:
    [match] = extract(text)
    assert (match.reference.opis, match.kind) == ("2", "full")
    # a list of inventories is still one
    assert [m.reference.opis for m in extract("GARF, f. 1, op. 2, 3 and 5.")] == ["2", "3", "5"]


@pytest.mark.parametrize(
    ("text", "archive"),
    [
        ("Source: APRF [Archive of the President of the Russian Federation], f. 3, op. 4", "APRF"),
        ("TsGAOR [Central State Archive of the October Revolution], f. 130, op. 2", "TsGAOR"),
        # a name spelt out may hold an organ's acronym, and still explain the one before it
        (
            "TsA KGB SSSR [Central Archive of the KGB of the USSR], Moscow, f. 8, op. 2",
            "TsA KGB SSSR",
        ),
    ],
)
def test_an_acronym_glossed_in_square_brackets(text: str, archive: str) -> None:
    [match] = extract(f"{text}, d. 27, ll. 12, 15.")
    assert match.reference.archive == archive
    assert match.text.startswith(archive)


@pytest.mark.parametrize(
    ("text", "folios"),
    [
        # a number below the file begins its leaves, label left out; the list goes on
        ("ЦДАВО, ф. 3, оп. 1, спр. 512, 14, 20–23, 31–32.", "14, 20-23, 31-32"),
        ("GARF, f. 3, op. 1, d. 512, 14, 15 and 19.", "14, 15, 19"),
    ],
)
def test_unlabelled_leaves_after_a_file_may_be_a_list(text: str, folios: str) -> None:
    [match] = extract(text)
    assert (match.reference.delo, str(match.reference.folios)) == ("512", folios)
    # numbers that rise from the file are more files
    assert [m.reference.delo for m in extract("GARF, f. 3, op. 1, d. 512, 514, 520.")] == [
        "512",
        "514",
        "520",
    ]


def test_sht_labels_a_sheet() -> None:
    assert fields("NARB. Coll. 7. Inv. 4. File. 879. Sht. 132")["folios"] == "132"


def test_an_archive_name_ending_in_a_number_before_labelled_levels() -> None:
    # "2. Ф. 1. Оп. 3": each number after its label, not before it as Latvian notes write
    # them in Latin letters ("101. f., 1. apr."); the levels were shifted by one
    text = "См.: ГА РК 2. Ф. 14. Оп. 3. Д. 1062. Л. 5."
    [match] = extract(text)
    assert (match.reference.fond, match.reference.opis, match.reference.delo) == (
        "14",
        "3",
        "1062",
    )
    assert str(match.reference.folios) == "5"
    assert fields("LVA, 101. f., 1. apr., 12. l., 3. lp.")["fond"] == "101"


@pytest.mark.parametrize(
    ("text", "delo", "tom"),
    [
        # the security services' case files by their abbreviations
        ("Архив УФСБ по Омской обл. АСД № П-7731. Т. 2. Л. 41.", "П-7731", "2"),
        ("ЦА ФСБ РФ, АСД № Р–20514, т. 1, л. 41", "Р–20514", "1"),
    ],
)
def test_a_case_file_named_by_its_abbreviation(text: str, delo: str, tom: str) -> None:
    [match] = extract(text)
    assert (match.reference.delo, match.reference.tom, str(match.reference.folios)) == (
        delo,
        tom,
        "41",
    )
    # a file alone, with no archive, is no reference, whatever labels it
    assert extract("Препарат АСД № 2 применяли с 1950 г.") == []


def test_a_case_file_number_with_an_en_dash() -> None:
    assert fields("ЦА ФСБ Р–33538, Л. 43об.")["delo"] == "Р–33538"


@pytest.mark.parametrize(
    "text",
    [
        "ЦА ФСБ РФ, АСД № Р–20514 на Карпова-Лыкову Е. Н., т. 2 (1949 г.), л. 41.",
        "Архив УФСБ по Омской обл. АСД № П-7731 на Сомова И. И. и др., т. 2, л. 41.",
    ],
)
def test_whom_a_case_file_is_on_is_read_past(text: str) -> None:
    # "на Карпова-Лыкову Е. Н." after the file's number: kept, and the levels after it read
    [match] = extract(text)
    assert (match.reference.tom, str(match.reference.folios)) == ("2", "41")
    assert match.skipped and normalise(text, "gost") == text
    # before a file the words are no note: "оп. 2 на Иванова" ends the reference
    [match] = extract("ГАРФ, ф. 1, оп. 2 на Иванова, д. 5.")
    assert match.reference.delo is None
