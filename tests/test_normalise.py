"""Rewriting references in place."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from archcite import (
    ArchivalReference,
    ParseError,
    StyleOptions,
    UnknownStyle,
    extract,
    normalise,
)
from archcite import styles as style_registry

NOTE = "See “Informatsiya,” 2 May 1957 (Top Secret), in TsKhSD, F. 89, Op. 2, D. 7, Ll. 3-4."


def test_rewrites_only_the_reference() -> None:
    assert normalise(NOTE, "gost") == (
        "See “Informatsiya,” 2 May 1957 (Top Secret), in ЦХСД. Ф. 89. Оп. 2. Д. 7. Л. 3–4."
    )
    assert normalise(NOTE, "chicago") == (
        "See “Informatsiya,” 2 May 1957 (Top Secret), in TsKhSD, f. 89, op. 2, d. 7, ll. 3–4."
    )


def test_text_without_references_is_unchanged() -> None:
    text = "Nothing to see here, op. cit., p. 5."
    assert normalise(text, "gost") == text


@pytest.mark.parametrize("style", ["chicago", "gost", "wilson"])
def test_normalise_is_idempotent_on_examples(style: str) -> None:
    text = NOTE + " Also РГАСПИ Ф. 17, Оп. 171, Д. 299, Л. 32; д. 300, л. 1. Ibid., l. 5."
    once = normalise(text, style)
    assert normalise(once, style) == once


@pytest.mark.parametrize("style", ["chicago", "gost", "wilson"])
@given(st.text(alphabet="FfDdLlOpФДЛОп.,; 0123456789RGASPIЦХСДob", max_size=120))
def test_normalise_is_idempotent(style: str, text: str) -> None:
    once = normalise(text, style)
    assert normalise(once, style) == once


def test_gost_closing_stop_gives_way_to_the_list_that_goes_on() -> None:
    text = "In TsKhSD, F. 89, Op. 2, D. 5, Ll. 19-26; D. 6, L. 3, and GARF, 9401/1a/552 and 64."
    assert normalise(text, "gost") == (
        "In ЦХСД. Ф. 89. Оп. 2. Д. 5. Л. 19–26; Д. 6. Л. 3, and ГАРФ. Ф. 9401. Оп. 1а. Д. 552 "
        "and Д. 64."
    )


@pytest.mark.parametrize(
    ("style", "expected"),
    [
        ("gost", "In ЦХСД. Ф. 89. Оп. 2. Д. 5. Л. 52 об.; Д. 6. Л. 3."),
        ("chicago", "In TsKhSD, f. 89, op. 2, d. 5, l. 52ob.; d. 6, l. 3."),
        ("wilson", "In TsKhSD, F. 89, Op. 2, D. 5, L. 52ob.; D. 6, L. 3."),
    ],
)
def test_the_stop_of_a_verso_stays_where_the_list_goes_on(style: str, expected: str) -> None:
    for text in (
        "In ЦХСД. Ф. 89. Оп. 2. Д. 5. Л. 52 об; Д. 6. Л. 3.",
        "In TsKhSD, F. 89, Op. 2, D. 5, L. 52ob.; D. 6, L. 3.",
    ):
        once = normalise(text, style)
        assert once == expected
        assert normalise(once, style) == once


IBID_NOTES = "See TsKhSD, F. 89, Op. 2, D. 5, Ll. 13-14. Ibid., L. 181. Там же. Л. 15 об."


@pytest.mark.parametrize(
    ("style", "expected"),
    [
        (
            "chicago",
            "See TsKhSD, f. 89, op. 2, d. 5, ll. 13–14. Ibid., l. 181. Ibid., l. 15ob.",
        ),
        (
            "wilson",
            "See TsKhSD, F. 89, Op. 2, D. 5, Ll. 13-14. Ibid., L. 181. Ibid., L. 15ob.",
        ),
        ("gost", "See ЦХСД. Ф. 89. Оп. 2. Д. 5. Л. 13–14. Там же. Л. 181. Там же. Л. 15 об."),
    ],
)
def test_an_ibid_form_is_written_in_the_styles_language(style: str, expected: str) -> None:
    once = normalise(IBID_NOTES, style)
    assert once == expected
    assert normalise(once, style) == once


def test_an_ibid_form_is_never_mixed() -> None:
    assert normalise("… Ibid., l. 4.", "gost") == "… Там же. Л. 4."
    assert normalise("… Там же. Л. 4.", "chicago") == "… Ibid., l. 4."
    assert "Ibid., Л." not in normalise("APRF, f. 3, op. 1, d. 2. Ibid., l. 4.", "gost")
    assert "Там же. l." not in normalise("АП РФ. Ф. 3. Оп. 1. Д. 2. Там же. Л. 4.", "chicago")


def test_an_ibid_form_keeps_the_authors_lower_case_mid_sentence() -> None:
    text = "APRF, f. 3, op. 1, d. 2; see also ibid., ll. 7-8."
    assert normalise(text, "gost") == "АП РФ. Ф. 3. Оп. 1. Д. 2; see also там же. Л. 7–8."
    assert normalise(text, "chicago") == "APRF, f. 3, op. 1, d. 2; see also ibid., ll. 7–8."


def test_a_style_without_a_layout_keeps_the_authors_ibid_words(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def slashes(reference: ArchivalReference, options: StyleOptions) -> str:
        return "/".join(str(value) for value in reference.levels.values()) + "."

    monkeypatch.setitem(style_registry._REFERENCE, "slashes", slashes)
    # Its closing stop still gives way to the text's own.
    assert normalise("APRF, f. 3, op. 1, d. 2. Ibid., l. 4.", "slashes") == "3/1/2. Ibid., 4."


def test_options_are_checked_once_even_where_there_is_no_reference() -> None:
    with pytest.raises(UnknownStyle, match="style option 'colour'"):
        normalise("No reference here.", "gost", colour="red")
    with pytest.raises(UnknownStyle, match="transliteration system 'xx'"):
        normalise(NOTE, "gost", transliteration="xx")
    with pytest.raises(UnknownStyle, match="reference style 'harvard'"):
        normalise("No reference here.", "harvard")


def test_normalise_takes_options_as_one_value() -> None:
    assert normalise(NOTE, "wilson", options=StyleOptions(modern=True)) == normalise(
        NOTE, "wilson", modern=True
    )
    assert "RGANI (formerly TsKhSD), F. 89" in normalise(NOTE, "wilson", modern=True)


def test_gost_keeps_an_unknown_archive_as_cited() -> None:
    text = "Cf. NARA, f. 1, op. 2, d. 3, l. 4, and CIA, f. 5, op. 6, d. 7."
    once = normalise(text, "gost")
    assert once == "Cf. NARA. Ф. 1. Оп. 2. Д. 3. Л. 4, and CIA. Ф. 5. Оп. 6. Д. 7."
    assert normalise(once, "gost") == once


@pytest.mark.parametrize(
    ("style", "expected"),
    [
        ("gost", "Cf. РГАСПИ. Ф. 17. Оп. 3. Д. 5. С. 211–212."),
        ("chicago", "Cf. RGASPI, f. 17, op. 3, d. 5, pp. 211–212."),
    ],
)
def test_normalise_writes_pages_as_pages(style: str, expected: str) -> None:
    assert normalise("Cf. RGASPI, f. 17, op. 3, d. 5, pp. 211-12.", style) == expected


POLTORATSKII_NOTE = "См.: ОР РГБ. Ф. 223 (С. Д. Полторацкий). Картон 79. Ед. хр. 122 и др."


def test_normalise_keeps_a_fonds_title() -> None:
    assert normalise(POLTORATSKII_NOTE, "gost") == (
        "См.: ОР РГБ. Ф. 223 (С. Д. Полторацкий). Кор. 79. Ед. хр. 122 и др."
    )
    once = normalise(POLTORATSKII_NOTE, "chicago")
    assert "(S. D. Poltoratskii)" in once
    assert normalise(once, "chicago") == once


def test_a_reference_holding_text_the_model_cannot_write_is_kept_whole() -> None:
    # The year qualifying a fond and a bundle's number have no level to be written from.
    text = "См.: ЦГВИА. Ф. 409, 1915 г. Оп. 12. Д. 7. Л. 3; ГАКО, оп. 1, св. 4, д. 6. Далее."
    matches = extract(text)
    assert [m.reference.delo for m in matches] == ["7", "6"]
    assert all(m.skipped for m in matches)
    assert normalise(text, "chicago") == text


def test_a_folio_range_that_runs_backwards_is_an_error_not_a_silent_pass() -> None:
    text = "См.: ГАРФ. Ф. 5. Оп. 1. Д. 2. Л. 140-39; also GARF, f. 5, op. 1, d. 3."
    assert [m.reference.delo for m in extract(text)] == ["3"]  # extract passes it over
    with pytest.raises(ParseError, match="ends before it starts") as caught:
        normalise(text, "gost")
    assert caught.value.text == text
    assert text[caught.value.position :].startswith("140-39")
