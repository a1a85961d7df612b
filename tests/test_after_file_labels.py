"""Labels whose meaning the file before them tells: Polish, French, German and Czech notes
name a file's leaves and pages with letters that elsewhere label a box or a fond, and a
level given again after a bare number opens the next reference of a list."""

from __future__ import annotations

import pytest

from archcite import extract, parse

from ._reading_support import fields


@pytest.mark.parametrize(
    ("text", "folios"),
    [
        ("TsAMO, f. 38, op. 11360, d. 120, k. 45.", "45"),  # Polish karta
        ("RGWA, f. 500, op. 1, d. 777, kk. 12–14, 20.", "12-14, 20"),  # karty
        ("RGASPI, f. 495, op. 74, d. 3, K. 7v.", "7ob"),
        ("GARF, f. 8131, op. 27, d. 14, f. 63.", "63"),  # French feuillet, after the fond
    ],
)
def test_k_and_f_after_a_file_are_its_leaves(text: str, folios: str) -> None:
    (match,) = extract(text)
    assert str(match.reference.folios) == folios
    assert match.reference.korobka is None
    assert parse(text.rstrip(".")) == match.reference


@pytest.mark.parametrize(
    "text", ["RGANI, f. 5, op. 30, d. 9, S. 4-6.", "RGANI, f. 5, op. 30, d. 9, s. 4-6."]
)
def test_s_after_a_file_is_its_page(text: str) -> None:
    reference = parse(text.rstrip("."))
    assert (reference.delo, str(reference.folios), reference.folios.unit) == ("9", "4-6", "page")


def test_before_a_file_k_is_a_box_and_f_a_fond() -> None:
    assert fields("ОР РГБ. Ф. 135. К. 17. Ед. хр. 2. Л. 9")["korobka"] == "17"
    assert fields("GARF, f. 1, op. 2, k. 3, d. 4, l. 5")["korobka"] == "3"
    # Levels in any order: an "f." after the file with no fond before it is the fond.
    assert fields("d. 41, f. 7, op. 2") == {"delo": "41", "fond": "7", "opis": "2"}


def test_an_f_with_levels_after_it_opens_the_next_reference() -> None:
    first, second = extract("RGASPI, f. 17, op. 3, d. 870, f. 81, op. 3, d. 100.")
    assert (first.reference.delo, first.reference.folios) == ("870", None)
    assert (second.resolved.archive, second.reference.fond, second.reference.delo) == (
        "RGASPI",
        "81",
        "100",
    )


def test_french_labels_in_words() -> None:
    text = "RGASPI, fonds 533, inventaire 10, dossier 1875, feuillets 14-15"
    assert fields(text) == {
        "archive": "RGASPI",
        "fond": "533",
        "opis": "10",
        "delo": "1875",
        "folios": "14-15",
    }
    assert fields("Fonds 9, carton 4, dossier 2")["korobka"] == "4"


@pytest.mark.parametrize(
    "text",
    [
        "Kowalski, Historia, t. 2, k. 45 and s. 12.",  # a book's volume, then a page
        "In vol. 3, s. 112 and f. 9 the author argues …",
        "Ivanov, d. 5 was seen; k. 3.",
    ],
)
def test_the_letters_alone_open_no_reference(text: str) -> None:
    assert extract(text) == []


def test_a_level_given_again_after_a_bare_number_is_the_next_reference() -> None:
    matches = extract("ГАРФ. Ф. 130. Д. 174, 194. Д. 200. Л. 3. Далее текст.")
    assert [m.text for m in matches] == ["ГАРФ. Ф. 130. Д. 174", "194", "Д. 200. Л. 3"]
    assert matches[2].resolved.fond == "130"
    # A level the reference did not give is no such list: "L. 7" after "d. 5, 6".
    assert [m.text for m in extract("GARF, f. 1, d. 5, 6. L. 7 of it.")] == [
        "GARF, f. 1, d. 5",
        "6",
    ]


def test_a_page_after_a_p_that_is_a_page_opens_the_next_reference() -> None:
    first, second = extract("GARF, f. 1, op. 2, d. 5, p. 3, pp. 7-9.")
    assert (str(first.reference.folios), first.reference.papka) == ("3", None)
    assert (str(second.reference.folios), second.resolved.delo) == ("7-9", "5")
    # With leaves after it, a "P." after the file is still the papka.
    assert fields("AVPRF, f. 1, op. 2, d. 5, p. 3, l. 4")["papka"] == "3"


def test_levels_joined_by_slashes_are_levels_not_a_slashed_identifier() -> None:
    # "3/op" is no identifier: a label and its number follow the slash.
    assert fields("RGANI, f.5/op.30/d.141/l.7") == {
        "archive": "RGANI",
        "fond": "5",
        "opis": "30",
        "delo": "141",
        "folios": "7",
    }
    # Slash-joined parts of one identifier stay one: "641/1", "1/п", "4С/П".
    assert fields("ГАРФ. Ф. 4С/П. Оп. 641/1. Д. 12/п, л. 5") == {
        "archive": "ГАРФ",
        "fond": "4С/П",
        "opis": "641/1",
        "delo": "12/п",
        "folios": "5",
    }
