"""Reading one whole reference: every label, separator, identifier and folio shape."""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

import archcite
from _reading_support import fields
from archcite import ParseError, parse
from archcite.reading import parse_folios

# -- the seed's shapes --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "TsKhSD, F. 3, Op. 12, D. 1006, L. 52",
            {"archive": "TsKhSD", "fond": "3", "opis": "12", "delo": "1006", "folios": "52"},
        ),
        (
            "APRF, F. 3, Op. 64, D. 488, L. 181",
            {"archive": "APRF", "fond": "3", "opis": "64", "delo": "488", "folios": "181"},
        ),
        (
            "TsKhSD, F. 89, Op. 2, D. 5, Ll. 13-14",
            {"archive": "TsKhSD", "fond": "89", "opis": "2", "delo": "5", "folios": "13-14"},
        ),
        (
            "APRF, F. 3, Op. 64, D. 488, Ll. 95-96",
            {"archive": "APRF", "fond": "3", "opis": "64", "delo": "488", "folios": "95-96"},
        ),
        (
            "РГАНИ. Ф. 3. Оп. 12. Д. 1006. Л. 52.",
            {"archive": "РГАНИ", "fond": "3", "opis": "12", "delo": "1006", "folios": "52"},
        ),
    ],
)
def test_seed_references_parse_to_their_fields(text: str, expected: dict[str, str]) -> None:
    assert fields(text) == expected


# -- labels --------------------------------------------------------------------------


@pytest.mark.parametrize("label", ["F.", "f.", "fond", "Fond", "FOND", "F", "Ф.", "ф.", "фонд"])
def test_fond_labels(label: str) -> None:
    assert parse(f"{label} 12, op. 3, d. 4").fond == "12"


@pytest.mark.parametrize(
    "label",
    [
        "Op.",
        "op.",
        "o.",
        "opis'",
        "opis",
        "Opis’",
        "inventory",
        "series",
        "record series",
        "Оп.",
        "оп.",
        "Опись",
        "опись",
        "Оп",
    ],
)
def test_opis_labels(label: str) -> None:
    assert parse(f"f. 12, {label} 3, d. 4").opis == "3"


@pytest.mark.parametrize(
    "label",
    ["D.", "d.", "delo", "Delo", "file", "folder", "case", "Д.", "д.", "Дело", "дело", "спр."],
)
def test_delo_labels(label: str) -> None:
    assert parse(f"f. 12, op. 3, {label} 45").delo == "45"


@pytest.mark.parametrize(
    "label",
    ["ed. khr.", "Ed. khr.", "e. kh.", "ed.khr.", "yed. khr.", "Ед. хр.", "ед. хр.", "ед.хр."],
)
def test_ed_khr_labels(label: str) -> None:
    assert parse(f"f. 12, op. 3, {label} 45").ed_khr == "45"


@pytest.mark.parametrize(
    "label",
    [
        "L.",
        "l.",
        "Ll.",
        "ll.",
        "list",
        "listy",
        "sheet",
        "sheets",
        "folio",
        "folios",
        "fol.",
        "fols.",
        "ff.",
        "page",
        "pages",
        "p.",
        "pp.",
        "Л.",
        "л.",
        "Лл.",
        "лл.",
        "Лист",
        "Л. Л.",
        "арк.",
    ],
)
def test_folio_labels(label: str) -> None:
    assert str(parse(f"f. 12, op. 3, d. 4, {label} 7-9").folios) == "7-9"


@pytest.mark.parametrize(
    ("text", "level", "value"),
    [
        ("f. 12, op. 3, razd. 2, d. 4", "razdel", "2"),
        ("Ф. 12. Оп. 3. Разд. 2. Д. 4.", "razdel", "2"),
        ("f. 12, op. 3, d. 4, t. 2", "tom", "2"),
        ("f. 12, op. 3, d. 4, tom 2", "tom", "2"),
        ("Ф. 12. Оп. 3. Д. 4. Т. 2.", "tom", "2"),
        ("f. 12, op. 3, d. 4, ch. 1", "chast", "1"),
        ("f. 12, op. 3, d. 4, chast' 1", "chast", "1"),
        ("Ф. 12. Оп. 3. Д. 4. Ч. 1.", "chast", "1"),
        ("f. 218, kart. 7, ed. khr. 3", "korobka", "7"),
        ("f. 218, karton 7, ed. khr. 3", "korobka", "7"),
        ("f. 218, kor. 7, d. 3", "korobka", "7"),
        ("f. 218, korobka 7, d. 3", "korobka", "7"),
        ("Ф. 218. Картон 7. Ед. хр. 3.", "korobka", "7"),
        ("Ф. 218. Кор. 7. Д. 3.", "korobka", "7"),
        ("f. 89, op. 18, d. 5, reel 1.994", "rolik", "1.994"),
        ("AVP RF, f. 07, op. 4, p. 31, d. 9", "papka", "31"),
        ("AVP RF, f. 07, op. 4, papka 31, d. 9", "papka", "31"),
        ("АВП РФ. Ф. 07. Оп. 4. П. 31. Д. 9.", "papka", "31"),
    ],
)
def test_other_levels(text: str, level: str, value: str) -> None:
    assert getattr(parse(text), level) == value


def test_reel_is_read() -> None:
    assert parse("f. 89, op. 18, d. 5, reel 19").rolik == "19"


def test_p_after_delo_is_a_page_not_a_papka() -> None:
    reference = parse("RGASPI: Fond 17, op. 43, delo 1149, p. 9")
    assert reference.papka is None
    assert str(reference.folios) == "9"


# -- separators and spacing ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "RGASPI, F.558, Op.3, D.251",
        "RGASPI F.558, Op.3, D.251",
        "RGASPI, F558, Op.3 D.251",
        "RGASPI: Fond 558, op. 3, delo 251",
        "RGASPI. F. 558. Op. 3. D. 251.",
        "RGASPI, F. 558,Op. 3,D. 251",
        "RGASPI,\u00a0F.\u00a0558, Op.\u202f3, D.\u00a0251",
        "RGASPI,  F.  558,  Op.  3,  D.  251",
    ],
)
def test_separators_and_spaces(text: str) -> None:
    assert fields(text) == {"archive": "RGASPI", "fond": "558", "opis": "3", "delo": "251"}


def test_comma_misprinted_for_a_label_stop() -> None:
    assert parse("РГАСПИ Ф, 81, Оп. 9, Д. 204, Л. 7.").fond == "81"


def test_numero_sign_before_a_number() -> None:
    assert parse("Ф. 9, Д. N 7311").delo == "7311"
    assert parse("Ф. 9, Д. № 7311").delo == "7311"


# -- compact forms --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("RGASPI 558/11/1121", {"fond": "558", "opis": "11", "delo": "1121"}),
        ("RGASPI 17.162.9.54", {"fond": "17", "opis": "162", "delo": "9", "folios": "54"}),
        (
            "RGASPI 558.11.702.6–12, 41a, 69",
            {"fond": "558", "opis": "11", "delo": "702", "folios": "6-12, 41a, 69"},
        ),
        ("GARF 7523c-149a-2.1–6", {"fond": "7523c", "opis": "149a", "delo": "2", "folios": "1-6"}),
        ("GARF, 9401/1a/7/84", {"fond": "9401", "opis": "1a", "delo": "7", "folios": "84"}),
        ("RGASPI, 17/3", {"fond": "17", "opis": "3"}),
        ("RGASPI 558.11.786. 9–13", {"fond": "558", "opis": "11", "delo": "786", "folios": "9-13"}),
        (
            "RGASPI 74.2.38.101 and 129",
            {"fond": "74", "opis": "2", "delo": "38", "folios": "101, 129"},
        ),
    ],
)
def test_compact_forms_after_an_archive(text: str, expected: dict[str, str]) -> None:
    result = fields(text)
    result.pop("archive")
    assert result == expected


# -- archives ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "archive",
    [
        "AP RF",
        "AVP RF",
        "АП РФ",
        "ЦА ФСБ",
        "ГУ ОГАЧО",
        "TsGAIPD SPb",
        "ПермГАСПИ",
        "УзР ПДА",
        "ОР РГБ",
        "TsA FSB Rossii",
    ],
)
def test_archive_kept_exactly_as_cited(archive: str) -> None:
    assert parse(f"{archive}, f. 12, op. 3, d. 4").archive == archive


def test_regional_archive_before_and_after_the_shelfmark() -> None:
    assert parse("УФСБ по Тверской области, Ф. 7, Д. 1234").archive == "УФСБ по Тверской области"
    after = parse("Ф.Р-1011 оп.2, д.345 / ГА Житомирской обл.")
    assert after.archive == "ГА Житомирской обл."
    assert after.fond == "Р-1011"


def test_investigation_file_cited_by_number_after_the_archive() -> None:
    reference = parse("ЦА ФСБ Р-40001, Л. 12об.")
    assert reference.delo == "Р-40001"
    assert str(reference.folios) == "12ob"


def test_archive_is_optional() -> None:
    assert parse("Ф.17 оп.9С/П д.321").to_dict() == {"fond": "17", "opis": "9С/П", "delo": "321"}


# -- identifiers ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "fond"),
    [
        ("F. R-5446, op. 1, d. 2", "R-5446"),
        ("Ф. Р-5446. Оп. 1. Д. 2.", "Р-5446"),
        ("ф.р-4808, оп.1, д. 2", "р-4808"),
        ("Ф. А-513. Оп. 1. Д. 12.", "А-513"),
        ("Ф. П-51957. Оп. 1. Д. 2.", "П-51957"),
        ("ф. р4808, оп. 1, д. 2", "р4808"),
        ("Ф. Р- 467. Оп. 4. Д. 2.", "Р- 467"),
        ("f. 06, op. 1, d. 2", "06"),
        ("Ф. 1a. Оп. 1. Д. 2.", "1a"),
        ("Ф. 1а. Оп. 1. Д. 2.", "1а"),
        ("Ф. 1п. Оп. 1. Д. 2.", "1п"),
        ("Ф.641/1. Оп.1. Д.12.", "641/1"),
    ],
)
def test_identifier_shapes(text: str, fond: str) -> None:
    assert parse(text).fond == fond


def test_leading_zeros_are_kept() -> None:
    assert parse("ф. 12, оп. 1, д. 022564").delo == "022564"


def test_range_of_files_is_one_identifier() -> None:
    assert parse("RGASPI, F.558, Op.1, Dd.5754–5").delo == "5754–5"


# -- folios ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "normal"),
    [
        ("52", "52"),
        ("13-14", "13-14"),
        ("13–14", "13-14"),
        ("13—14", "13-14"),
        ("13 - 14", "13-14"),
        ("123–4", "123-124"),
        ("9, 23, 37, 123–4", "9, 23, 37, 123-124"),
        ("52ob", "52ob"),
        ("52 ob.", "52ob"),
        ("52об.", "52ob"),
        ("4 об.", "4ob"),
        ("52v", "52ob"),
        ("13ob-14", "13ob-14"),
        ("1-3ob.", "1-3ob"),
        ("6-7об.", "6-7ob"),
        ("41a", "41a"),
    ],
)
def test_folio_shapes(written: str, normal: str) -> None:
    assert str(parse(f"Ф. 1. Оп. 1. Д. 1. Л. {written}").folios) == normal


def test_folio_list_stops_before_a_date() -> None:
    assert str(parse_folios("170–4, 20")) == "170-174, 20"
    reference = archcite.extract("RGVA 4.19.1.170–4, 20 Apr. 1936.")[0].reference
    assert str(reference.folios) == "170-174"


# -- errors -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "position", "expected"),
    [
        ("", 0, "an archival reference"),
        ("   ", 0, "an archival reference"),
        ("TsKhSD", 6, "fond, opis, delo or another labelled level"),
        ("TsKhSD, X. 89", 6, "fond, opis, delo or a compact shelfmark"),
        ("F. 89, Op. 2, Q. 5", 12, "end of reference"),
        ("F. ", 3, "fond number"),
        ("F. 89, Op. ", 11, "opis number"),
    ],
)
def test_errors_name_position_and_expectation(text: str, position: int, expected: str) -> None:
    with pytest.raises(ParseError) as caught:
        parse(text)
    assert caught.value.position == position
    assert caught.value.expected == expected
    assert caught.value.text == text


def test_levels_in_any_order_are_one_reference() -> None:
    # Real notes put a volume before the inventory or a folder after the file: the
    # hierarchy orders the output, never the reading.
    assert parse("Op. 2, F. 89").to_dict() == {"fond": "89", "opis": "2"}
    assert parse("ф. 5, т. 2, оп. 1, д. 7").to_dict() == {
        "fond": "5",
        "opis": "1",
        "delo": "7",
        "tom": "2",
    }


def test_level_given_twice_is_an_error() -> None:
    with pytest.raises(ParseError, match="twice"):
        parse("F. 89, F. 90")


def test_backwards_folio_range_is_an_error_at_the_range() -> None:
    with pytest.raises(ParseError, match="ends before it starts") as caught:
        parse("F. 89, Op. 2, D. 5, L. 5-3")
    assert caught.value.position == 23


def test_error_message_shows_a_caret_under_the_position() -> None:
    with pytest.raises(ParseError) as caught:
        parse("TsKhSD, X. 89")
    lines = str(caught.value).splitlines()
    assert lines[1].strip() == "TsKhSD, X. 89"
    assert lines[2].index("^") - lines[1].index("T") == 6


def test_parse_error_is_a_value_error() -> None:
    assert issubclass(ParseError, ValueError)


def test_parse_rejects_non_strings() -> None:
    with pytest.raises(TypeError):
        parse(None)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text",
    [
        "F. " * 30_000,
        "1-" * 50_000,
        "(" * 100_000,
        "TsKhSD, F. 89, " + "Op. 2, " * 20_000,
        "x" * 100_000,
        "Ф.1 " + "Л. 1, " * 20_000,
    ],
)
def test_pathological_inputs_fail_cleanly(text: str) -> None:
    with pytest.raises(ParseError):
        parse(text)


@given(st.text(max_size=200))
def test_parse_raises_only_parse_error(text: str) -> None:
    with contextlib.suppress(ParseError):
        parse(text)


@given(st.text(alphabet="FfОоПпДдЛлOpDLl.,-–/ 0123456789обobР", max_size=80))
def test_parse_raises_only_parse_error_on_label_soup(text: str) -> None:
    with contextlib.suppress(ParseError):
        parse(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "TsKhSD, f. 89, per. 46, dok. 1, l. 3",
            {"archive": "TsKhSD", "fond": "89", "opis": "46", "delo": "1", "folios": "3"},
        ),
        (
            "ЦДАГО України, ф. 1, оп. 16, спр. 5, арк. 12 зв.",
            {"archive": "ЦДАГО України", "fond": "1", "opis": "16", "delo": "5", "folios": "12ob"},
        ),
        (
            "TsDAHO, f. 1, op. 23, spr. 1234, ark. 5-6zv.",
            {"archive": "TsDAHO", "fond": "1", "opis": "23", "delo": "1234", "folios": "5-6ob"},
        ),
        (
            "LYA, f. K-1, ap. 10, d. 123",
            {"archive": "LYA", "fond": "K-1", "opis": "10", "delo": "123"},
        ),
    ],
)
def test_fond_89_ukrainian_and_lithuanian_labels(text: str, expected: dict[str, str]) -> None:
    assert fields(text) == expected


def test_modern_form_reads_the_cited_name() -> None:
    reference = parse("RGANI (formerly TsKhSD), f. 89, op. 2, d. 5")
    assert reference.archive == "TsKhSD"
    assert reference.archive_id == "RGANI"
    assert parse("РГАНИ (бывш. ЦХСД). Ф. 89. Оп. 2. Д. 5.").archive == "ЦХСД"


@pytest.mark.parametrize("word", ["former", "previously", "then", "колишній", "ранее"])
def test_every_word_for_a_former_name(word: str) -> None:
    (match,) = archcite.extract(f"See GARF ({word} TsGAOR SSSR), f. 5446, op. 1, d. 30.")
    assert (match.reference.archive, match.reference.archive_id) == ("TsGAOR SSSR", "GARF")


def test_a_level_given_again_after_others_is_named_in_the_error() -> None:
    assert parse("F. 89, D. 5, Op. 2").to_dict() == {"fond": "89", "opis": "2", "delo": "5"}
    with pytest.raises(ParseError, match=r"The file \(delo\) is given twice") as caught:
        parse("F. 89, D. 5, Op. 2, D. 6")
    assert caught.value.position == 20


@pytest.mark.parametrize(
    ("text", "level", "value"),
    [
        ("ЦА ФСБ РФ. Ф. 3-ос. Оп. 4. Д. 9. Л. 5.", "fond", "3-ос"),
        ("TsA FSB, f. 3-os, op. 4, d. 9", "fond", "3-os"),
        ("ГАРФ. Ф. Р-5446. Оп. 1 доп. Д. 5.", "opis", "1 доп"),
        ("GARF, f. R-5446, op. 1 dop, d. 5", "opis", "1 dop"),
        ("RGB OR, f. 218, k. 1, d. 2", "korobka", "1"),
    ],
)
def test_hyphenated_suffixes_additional_inventories_and_boxes(
    text: str, level: str, value: str
) -> None:
    assert getattr(parse(text), level) == value


def test_pages_after_a_compact_shelfmark_and_a_comma() -> None:
    assert str(parse("APRF, 3/63/223, 1–3").folios) == "1-3"
    assert parse("RGASPI, 17/162/39").folios is None


def test_an_archive_name_in_guillemets_belongs_to_the_archive() -> None:
    reference = parse("НИПЦ «Мемориал». Ф. 1. Оп. 1. Д. 5.")
    assert reference.archive == "НИПЦ «Мемориал»"
    assert parse("ЦА ФСБ «Лубянка», ф. 3, оп. 1, д. 2").archive_id == "TsAFSB"


@pytest.mark.parametrize("text", ["F. 1, Op. 2, D. 3, Ll. 140-39", "F. 1, Op. 2, D. 3, L. 9-5"])
def test_a_range_that_runs_backwards_after_expansion_is_a_parse_error(text: str) -> None:
    with pytest.raises(ParseError, match="ends before it starts"):
        parse(text)


_PIECES = (
    "Ll. Op. F. D. Ф. Оп. Д. Л. P. pp. С. ed.khr. GARF РГАСПИ. Fond Collection. (С.Д.Ш)".split()
)
_SOUP = st.lists(
    st.sampled_from([*"FfОоПпДдЛлOpDLlРрCcTtKk.,;:/-–—()  0123456789обobIVX", *_PIECES]),
    max_size=25,
).map("".join)


@given(_SOUP)
def test_the_fast_path_reads_what_the_run_reader_reads(text: str) -> None:
    # parse() tries one compiled pattern for the commonest order of levels first; whatever
    # it reads, the general reader must read the same way.
    from archcite.reading.reference import _fast, _parse

    fast = _fast(text)
    if fast is not None:
        assert _parse(text) == fast


_PHRASES = (
    "Госархив Тверской обл.",
    "State Archive of Kursk Oblast",
    "Архив УФСБ по Тверской обл.",
    "Hoover Institution Archives",
    "GAOO (State Archive of Omsk Oblast)",
    "Delo Archive of",
)
_PHRASE_SOUP = st.tuples(
    st.sampled_from(_PHRASES),
    st.lists(
        st.sampled_from([*"ДдЛлПпPp.,;:-–() 0123456789об", *_PIECES, "ch. ", "pap. ", "ed. khr. "]),
        max_size=20,
    ).map("".join),
).map(" ".join)


@given(_PHRASE_SOUP)
def test_the_fast_path_reads_levels_after_an_archive_phrase_as_the_run_reader_does(
    text: str,
) -> None:
    from archcite.reading.reference import _fast_phrase, _parse

    fast = _fast_phrase(text)
    if fast is not None:
        assert _parse(text) == fast


def test_levels_after_an_archive_phrase_are_read_by_the_fast_path() -> None:
    from archcite.reading.reference import _fast_phrase

    text = "Госархив Тверской обл. Ф. Р-93. Оп. 4. Д. 4615. Л. 254-257 об."
    assert _fast_phrase(text) == parse(text)
    assert parse(text).delo == "4615"
    assert _fast_phrase("Hoover Institution Archives, ch. 1, p. 8") is None  # P. is a papka


@given(_SOUP)
def test_the_fast_run_reads_what_the_token_reader_reads(text: str) -> None:
    # read_run tries one compiled pattern for levels in the order of the hierarchy first;
    # whatever it reads, the token reader must read the same way.
    from archcite.reading import run

    for position in range(len(text)):
        fast = run._fast_run(text, position)
        if fast is None:
            continue
        tokens, skipped, end, semicolon, repeat = run._read_tokens(text, position)
        assert (tuple(run._assign(tokens)), skipped, end, semicolon, repeat) == (
            fast.segments[0].levels,
            [],
            fast.end,
            fast.semicolon,
            None,
        )
