"""Labels as scanned books damage them: "11." for "ll.", "1." for "l." after a file, and
"On." for "Оп." after a fond.

The examples are invented.
"""

from __future__ import annotations

import pytest

from _reading_support import fields, spans_and_values
from archcite import ParseError, extract, parse


def found(text: str) -> list[tuple[str, dict[str, str]]]:
    return spans_and_values(extract(text))


@pytest.mark.parametrize("label", ["11.", "1l.", "1L.", "Il.", "1."])
def test_a_damaged_leaf_label_after_a_file_reads_as_the_leaves(label: str) -> None:
    text = f"RGANI, f. 5, op. 30, d. 2217, {label} 61-64"
    expected = {"archive": "RGANI", "fond": "5", "opis": "30", "delo": "2217", "folios": "61-64"}
    assert fields(text) == expected
    assert found(f"See {text}.") == [(text, expected)]


@pytest.mark.parametrize(
    ("text", "folios"),
    [
        ("GARF, f. 8131, op. 37, ed. khr. 412, 11. 7ob.-9", "7ob-9"),
        ("TsGA, f. 1, op. 2, d. 3, 11. 123-4", "123-124"),
        ("TsGA, f. 1, op. 2, d. 3. 1. 15, 17 and 19", "15, 17, 19"),
        ("LYA, f. K-1, ap. 3, b. 58, 11. 40-41", "40-41"),
        ("ERAF, f. 1, n. 4, s. 12, 1. 6", "6"),
    ],
)
def test_after_a_storage_unit_a_baltic_file_or_a_stop(text: str, folios: str) -> None:
    assert fields(text)["folios"] == folios
    (match,) = extract(text)
    assert str(match.reference.folios) == folios and match.text == text.rstrip(".")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A rising list of files keeps its reading, and a smaller number alone after a
        # file is still its folio (no stop, no space and leaves after it).
        (
            "RGASPI, f. 17, op. 3, d. 200, 203, 204",
            [
                (
                    "RGASPI, f. 17, op. 3, d. 200",
                    {"archive": "RGASPI", "fond": "17", "opis": "3", "delo": "200"},
                ),
                ("203", {"delo": "203"}),
                ("204", {"delo": "204"}),
            ],
        ),
        (
            "ГАРФ. Ф. 5446. Оп. 1. Д. 174, 194",
            [
                (
                    "ГАРФ. Ф. 5446. Оп. 1. Д. 174",
                    {"archive": "ГАРФ", "fond": "5446", "opis": "1", "delo": "174"},
                ),
                ("194", {"delo": "194"}),
            ],
        ),
        (
            "APRF, f. 3, op. 1, d. 381, 11 and more",
            [
                (
                    "APRF, f. 3, op. 1, d. 381, 11",
                    {"archive": "APRF", "fond": "3", "opis": "1", "delo": "381", "folios": "11"},
                )
            ],
        ),
    ],
)
def test_lists_of_files_and_bare_folios_keep_their_reading(
    text: str, expected: list[tuple[str, dict[str, str]]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ЦГАОР. Ф. 1. Оп. 2. Д. 3. Л. 4 об.", [{"fond": "1", "delo": "3", "folios": "4ob"}]),
        ("Ф. 5. Оп. 2. Д. 10, 11.", [{"fond": "5", "delo": "10"}, {"fond": "5", "delo": "11"}]),
        # "11." before a label is the list's next file, not a damaged label.
        (
            "Ф. 5. Оп. 2. Д. 10, 11. Л. 5.",
            [{"fond": "5", "delo": "10"}, {"delo": "11", "folios": None}],
        ),
        (
            "Ф. 5. Оп. 2. Д. 7. С. 15. Д. 8. С. 16.",
            [
                {"fond": "5", "delo": "7", "folios": "15"},
                {"fond": "5", "delo": "8", "folios": "16"},
            ],
        ),
    ],
)
def test_gost_shapes_keep_their_reading(text: str, expected: list[dict[str, str]]) -> None:
    read = [m.resolved.to_dict() for m in extract(text)]
    assert len(read) == len(expected)
    pairs = zip(read, expected, strict=True)
    assert [{key: item.get(key) for key in want} for item, want in pairs] == expected


@pytest.mark.parametrize(
    "text",
    [
        "vol. 11. 52 of the edition",
        "in 1. 3 we read",
        "Ibid., 11. 15",
        "p. 11. 52",
        "Kniga, 1. 3 and 11. 52",
    ],
)
def test_a_damaged_label_with_no_file_before_it_is_no_leaf_label(text: str) -> None:
    assert extract(text) == []


def test_a_damaged_label_needs_one_space_and_leaves_after_it() -> None:
    # "11.52" is a number of its own (another file, as a list gives it), not leaf 52.
    first, *_ = extract("GARF, f. 1, op. 2, d. 3, 11.52")
    assert first.text == "GARF, f. 1, op. 2, d. 3" and first.reference.folios is None
    with pytest.raises(ParseError):
        parse("f. 1, op. 2, d. 3, 11. and so on")


def test_a_numbered_line_after_a_file_is_no_leaf_label() -> None:
    text = "Sources: RGASPI, f. 17, op. 3, d. 5.\n1. 12 copies were made."
    (match,) = extract(text)
    assert match.text == "RGASPI, f. 17, op. 3, d. 5" and match.reference.folios is None
    with pytest.raises(ParseError):
        parse("f. 17, op. 3, d. 5.\n1. 12")


def test_a_damaged_label_after_leaves_is_not_read_again() -> None:
    with pytest.raises(ParseError):
        parse("f. 1, op. 2, d. 3, l. 4, 11. 5")


def test_a_year_after_a_damaged_label_is_no_leaf() -> None:
    with pytest.raises(ParseError):
        parse("f. 1, op. 2, d. 3, 1. 1956")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ф. 58. On. 4. Д. 301. Л. 7", {"fond": "58", "opis": "4", "delo": "301", "folios": "7"}),
        # a Cyrillic "О" before the Latin "n", small letters, no space after the stop
        ("ф. 58, оn. 4, д. 301", {"fond": "58", "opis": "4", "delo": "301"}),
        ("ф. 58, on.4а, д. 301", {"fond": "58", "opis": "4а", "delo": "301"}),
        (
            "ЦГАОР. Ф. Р-3316. On. 12. Д. 44",
            {"archive": "ЦГАОР", "fond": "Р-3316", "opis": "12", "delo": "44"},
        ),
        # GOST's dashes, and a fond named by a unit, which wants an inventory after it
        ("Ф. 58. – On. 4. – Д. 301", {"fond": "58", "opis": "4", "delo": "301"}),
        ("Ф. 3 уд. А, On. 2, Д. 9", {"fond": "3 уд. А", "opis": "2", "delo": "9"}),
        # a Cyrillic "н" for the "п", in either case
        ("Ф. 412. Он. 7. Д. 88. Л. 2", {"fond": "412", "opis": "7", "delo": "88", "folios": "2"}),
        ("ф. 412, ОН. 7, д. 88", {"fond": "412", "opis": "7", "delo": "88"}),
    ],
)
def test_an_inventory_label_damaged_by_ocr_after_a_fond_reads_as_the_inventory(
    text: str, expected: dict[str, str]
) -> None:
    assert fields(text) == expected
    assert found(f"Цит. по: {text}.") == [(text, expected)]


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # English "on" without the stop
        ("ГАРФ, ф. 58 on 4 occasions", ["ГАРФ, ф. 58"]),
        # after an inventory or a file its place is taken: no second inventory
        ("ГАРФ, ф. 58, оп. 3, on. 4", ["ГАРФ, ф. 58, оп. 3"]),
        ("ГАРФ, ф. 58, д. 301, on. 5", ["ГАРФ, ф. 58, д. 301"]),
        # not across a line: the next line's words are its own
        ("ГАРФ. Ф. 58.\nOn. 4 of the list", ["ГАРФ. Ф. 58"]),
        # alone it opens nothing
        ("On. 4, d. 301", []),
        # nor the Russian pronoun: "Он. 4" after a file, or alone
        ("ГАРФ, ф. 58, д. 301. Он. 4 раза писал", ["ГАРФ, ф. 58, д. 301"]),
        ("Он. 4, д. 301", []),
    ],
)
def test_the_damaged_inventory_label_reads_only_right_after_a_fond(
    text: str, read: list[str]
) -> None:
    assert [match.text for match in extract(text)] == read
    assert all(match.reference.opis != "4" for match in extract(text))


def test_english_on_after_a_fond_is_no_inventory() -> None:
    with pytest.raises(ParseError):
        parse("f. 58 on 4")


@pytest.mark.parametrize(
    ("text", "folios"),
    [
        # every label run into its number: the damaged leaves' label too
        ("RGASPI, f.81, op.3, d.94, 1.7", "7"),
        ("RGASPI, f.81, op.3, d.94, 11.7-9", "7-9"),
        ("ГАРФ, ф.81, оп.3, д.94, 1.7об.", "7ob"),
    ],
)
def test_a_damaged_leaf_label_run_into_its_number_after_a_file_written_so(
    text: str, folios: str
) -> None:
    [match] = extract(f"{text}.")
    assert match.text == text
    assert str(match.reference.folios) == folios


def test_a_damaged_leaf_label_run_into_its_number_needs_the_file_written_so() -> None:
    # "d. 94, 1.7": with a space after the file's label, "1.7" is another file's number
    matches = extract("RGASPI, f. 81, op. 3, d. 94, 1.7.")
    assert matches[0].reference.folios is None
