"""References of the Baltic archives: Lithuanian and Estonian labels, the Latvian order.

The examples are invented: shelfmarks in the shapes the archives' notes use.
"""

from __future__ import annotations

import pytest

from _reading_support import fields, values
from archcite import ParseError, extract, parse
from archcite.reading.labels import BALTIC_LABELS, INNER_LABELS, NUMBER_FIRST_LEVEL, level_of
from archcite.reading.reference import spans


def found(text: str) -> list[dict[str, str]]:
    """The references found in ``text``, resolved."""
    return [values(match.resolved) for match in extract(text)]


# -- the labels ----------------------------------------------------------------------------


def test_every_baltic_label_names_its_level_in_the_table_or_inside_a_run() -> None:
    for table in BALTIC_LABELS.values():
        for level, spelling in table.items():
            assert (level_of(spelling) or INNER_LABELS[spelling]) == level


def test_the_one_letter_labels_prose_uses_are_read_only_inside_a_run() -> None:
    # (and AVP RF's "pa.", a folder: see test_reading_shapes.py)
    assert INNER_LABELS == {"b": "delo", "n": "opis", "s": "delo", "pa": "papka"}
    assert all(level_of(label) is None for label in INNER_LABELS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "LYA, f. K-7, ap. 3, b. 418, l. 11-14",
            {"archive": "LYA", "fond": "K-7", "opis": "3", "delo": "418", "folios": "11-14"},
        ),
        (
            "LCVA, f. R-612, ap. 2, b. 75, l. 9",
            {"archive": "LCVA", "fond": "R-612", "opis": "2", "delo": "75", "folios": "9"},
        ),
        (
            "LYA. F. 1771. Ap. 9. B. 33. L. 2.",
            {"archive": "LYA", "fond": "1771", "opis": "9", "delo": "33", "folios": "2"},
        ),
        ("f.44, ap.1, b.207", {"fond": "44", "opis": "1", "delo": "207"}),
        (
            "LYA, f. 3377, b. 58, l. 7",
            {"archive": "LYA", "fond": "3377", "delo": "58", "folios": "7"},
        ),
    ],
)
def test_lithuanian_notes_label_the_file_byla(text: str, expected: dict[str, str]) -> None:
    assert fields(text) == expected
    assert found(f"Cf. {text}") == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ERAF, f. 17, n. 2, s. 340, l. 8-9",
            {"archive": "ERAF", "fond": "17", "opis": "2", "delo": "340", "folios": "8-9"},
        ),
        ("ERA, f. R-3, n. 1, s. 56", {"archive": "ERA", "fond": "R-3", "opis": "1", "delo": "56"}),
        (
            "ERAF. F. 9. N. 4. S. 12. L. 1.",
            {"archive": "ERAF", "fond": "9", "opis": "4", "delo": "12", "folios": "1"},
        ),
    ],
)
def test_estonian_notes_label_the_inventory_nimistu_and_the_file_sailik(
    text: str, expected: dict[str, str]
) -> None:
    assert fields(text) == expected
    assert found(f"See {text}.") == [expected]


def test_a_baltic_reference_is_continued_and_resolved_like_any_other() -> None:
    matches = extract("LCVA, f. 1, ap. 4, b. 20, l. 6; b. 21, l. 2. Ibid., l. 15.")
    assert [m.kind for m in matches] == ["full", "ibid"]
    # "b. 21" alone after the semicolon opens nothing: a Baltic letter needs its fond.
    assert matches[1].resolved.delo == "20"


# -- what the one-letter labels are not ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ivanov (b. 1905) wrote the report.",
        "The law of 1937, n. 3, was repealed.",
        "Kniga, s. 12 and s. 40.",
        "Born b. 1905, n. 3, s. 12 in Riga.",
        "B. 12, L. 3 of the draft",
        "N. 4, S. 12 in the list",
    ],
)
def test_one_letter_labels_alone_in_prose_open_no_reference(text: str) -> None:
    assert extract(text) == []


def test_s_after_a_file_is_a_page_not_a_storage_unit() -> None:
    # After a file, "s." and "S." are the page of Polish, German and Czech notes (strona,
    # Seite, strana), as a transliterated "С." is: never a second file.
    assert found("RGANI, f. 3, op. 12, d. 5, s. 12") == [
        {
            "archive": "RGANI",
            "fond": "3",
            "opis": "12",
            "delo": "5",
            "folios": "12",
            "folio_unit": "page",
        }
    ]
    page = parse("f. 3, op. 12, d. 5, S. 12-14")
    assert (page.delo, str(page.folios), page.folios.unit) == ("5", "12-14", "page")
    assert fields("Ф. 3. Оп. 12. Д. 5. С. 12.")["folios"] == "12"


def test_n_after_an_inventory_or_a_file_is_no_second_inventory() -> None:
    assert found("GARF, f. 5446, op. 1, d. 7, l. 3, n. 2 in the margin") == [
        {"archive": "GARF", "fond": "5446", "opis": "1", "delo": "7", "folios": "3"}
    ]
    assert found("GARF, f. 5446, d. 7, n. 2") == [{"archive": "GARF", "fond": "5446", "delo": "7"}]


def test_one_letter_labels_need_a_fond_or_an_inventory_before_them() -> None:
    assert found("GARF, d. 7, b. 2") == [{"archive": "GARF", "delo": "7"}]
    with pytest.raises(ParseError):
        parse("b. 12, l. 3")


def test_one_letter_labels_need_their_stop() -> None:
    assert fields("LYA, f. 1, ap. 2") == {"archive": "LYA", "fond": "1", "opis": "2"}
    with pytest.raises(ParseError):
        parse("LYA, f. 1, ap. 2, b 3")


# -- the Latvian order: the number first ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "LVA, 270. f., 1. apr., 88. l., 4. lp.",
            {"archive": "LVA", "fond": "270", "opis": "1", "delo": "88", "folios": "4"},
        ),
        (
            "LVA, PA-15. f., 2. apr., 1034. l., 12.–19. lp.",
            {"archive": "LVA", "fond": "PA-15", "opis": "2", "delo": "1034", "folios": "12-19"},
        ),
        (
            "LVVA 6033. f. 4. apr. 27. lieta",
            {"archive": "LVVA", "fond": "6033", "opis": "4", "delo": "27"},
        ),
        (
            "LVVA, 6033. fonds, 4. apraksts, 27. lieta, 3. lapa",
            {"archive": "LVVA", "fond": "6033", "opis": "4", "delo": "27", "folios": "3"},
        ),
        ("LVA, 270. f., 1. apr.", {"archive": "LVA", "fond": "270", "opis": "1"}),
    ],
)
def test_latvian_notes_put_the_number_before_its_label(text: str, expected: dict[str, str]) -> None:
    assert fields(text) == expected
    assert found(f"See {text} Then more.") == [expected]


def test_capitals_hyphened_to_the_fond_are_its_prefix_not_the_archives_name() -> None:
    assert fields("LVA PA-15. f., 2. apr., 40. l.") == {
        "archive": "LVA",
        "fond": "PA-15",
        "opis": "2",
        "delo": "40",
    }
    assert fields("AP RF, f. 3")["archive"] == "AP RF"


def test_in_the_latvian_order_l_is_the_file_and_lp_the_leaf() -> None:
    assert NUMBER_FIRST_LEVEL["l"] == "delo" and NUMBER_FIRST_LEVEL["lp"] == "folios"
    assert level_of("l.") == "folios"  # everywhere else


def test_a_latvian_reference_keeps_its_span_and_a_stop_after_a_word_to_the_sentence() -> None:
    (match,) = extract("As in LVVA 6033. f. 4. apr. 27. lieta. Later.")
    assert match.text == "LVVA 6033. f. 4. apr. 27. lieta"
    text = "LVA, 270. f., 1. apr., 88. l., 4. lp."
    assert [(part, text[a:b]) for part, a, b in spans(text) or []] == [
        ("archive", "LVA"),
        ("fond", "270. f."),
        ("opis", "1. apr."),
        ("delo", "88. l."),
        ("folios", "4. lp."),
    ]


def test_a_latvian_reference_is_continued_by_labelled_levels() -> None:
    matches = extract("LVA, 270. f., 1. apr., 88. l., 4. lp.; d. 90, l. 2.")
    assert [m.kind for m in matches] == ["full", "continuation"]
    assert (matches[1].resolved.fond, matches[1].resolved.delo) == ("270", "90")


@pytest.mark.parametrize(
    "text",
    [
        # German "f." after a page: "and the following page".
        "Vgl. ebd., S. 12 f., und BArch, 12 f.",
        # The number first opens nothing without an archive before it, nor with one
        # level alone, nor where the fond does not come first.
        "On 12. l. and 270. f., 1. apr. of the list",
        "LVA, 270. f. was consulted",
        "LVA, 1. apr., 88. l.",
        # Without the ordinal's stop the number is no Latvian level.
        "LVA 270 f., 1 apr.",
    ],
)
def test_the_number_first_needs_an_archive_a_fond_and_the_ordinal_stop(text: str) -> None:
    assert extract(text) == []
