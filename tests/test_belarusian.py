"""Belarusian labels: вопіс, адзінка захоўвання, the verso адв.; and verso marks as words."""

from __future__ import annotations

import pytest

from archcite import extract, parse


@pytest.mark.parametrize(
    ("cited", "levels"),
    [
        ("НАРБ, ф. 7, воп. 3, спр. 118, арк. 24", {"opis": "3", "delo": "118", "folios": "24"}),
        (
            "НГАБ. Ф. 295. Воп. 1. Спр. 40. Арк. 9 адв.",
            {"opis": "1", "delo": "40", "folios": "9ob"},
        ),
        ("NARB, f. 4p, vop. 12, spr. 77, ark. 5-6", {"opis": "12", "delo": "77", "folios": "5-6"}),
        ("НАРБ, ф. 7, вопіс 3, адз. зах. 15, арк. 2", {"opis": "3", "ed_khr": "15", "folios": "2"}),
    ],
)
def test_belarusian_labels_read_as_their_levels(cited: str, levels: dict[str, str]) -> None:
    found = parse(cited).to_dict()
    assert {level: found.get(level) for level in levels} == levels
    assert found["archive_id"] in ("NARB", "NIAB")


def test_a_belarusian_inventory_keeps_the_reference_whole_in_prose() -> None:
    text = "Справаздача захавалася (НАРБ, ф. 4п, воп. 21, спр. 1221, арк. 63)."
    [match] = extract(text)
    assert match.text == "НАРБ, ф. 4п, воп. 21, спр. 1221, арк. 63"
    assert match.reference.opis == "21"


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        # A verso mark is a word of its own: the letters that open the next word are none.
        ("RGASPI, f. 17, op. 3, d. 1001, l. 5 obviously in his hand.", "l. 5"),
        ("ГАРФ. Ф. 1. Оп. 2. Д. 3. Л. 5 обращение наркома.", "Л. 5"),
        ("ЦДАГО, ф. 1, оп. 2, спр. 3, арк. 5 звіт секретаря.", "арк. 5"),
        ("ГАРФ. Ф. 1. Оп. 2. Д. 3. Л. 5 об. Подлинник.", "Л. 5 об."),
    ],
)
def test_a_verso_mark_is_a_whole_word(text: str, cited: str) -> None:
    [match] = extract(text)
    assert match.text.endswith(cited)
    assert (match.reference.folios is not None) and match.reference.folios.items[0].start.verso == (
        "об" in cited
    )
