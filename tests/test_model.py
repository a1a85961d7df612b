"""The model values: construction, validation, normal forms."""

from __future__ import annotations

import attrs
import pytest

from archcite import ArchivalReference, Folio, FolioRange, Folios, Match, PartialDate


def test_folios_normal_form_uses_hyphen_comma_and_ob() -> None:
    folios = Folios((FolioRange(Folio(1), Folio(3)), Folio(5), Folio(52, verso=True)))
    assert str(folios) == "1-3, 5, 52ob"


def test_folio_keeps_letter_suffix_in_its_script() -> None:
    assert str(Folio(41, "a")) == "41a"
    assert str(Folio(52, "а", verso=True)) == "52аob"


def test_single_folio_is_not_plural_but_range_is() -> None:
    assert not Folios((Folio(52),)).is_plural
    assert Folios((FolioRange(Folio(13), Folio(14)),)).is_plural
    assert Folios((Folio(1), Folio(4))).is_plural


@pytest.mark.parametrize(("start", "end"), [(5, 3), (20, 19)])
def test_range_that_runs_backwards_is_rejected(start: int, end: int) -> None:
    with pytest.raises(ValueError, match="ends before it starts"):
        FolioRange(Folio(start), Folio(end))


def test_a_range_held_in_the_model_runs_forwards_in_full() -> None:
    # Abbreviated ranges are expanded by the reader ("123-4" is 123-124); the model holds
    # both ends in full, so an end below the start is an error whatever its digits.
    assert str(FolioRange(Folio(123), Folio(124))) == "123-124"
    with pytest.raises(ValueError, match="ends before it starts"):
        FolioRange(Folio(123), Folio(4))


def test_verso_to_recto_of_the_same_leaf_runs_backwards() -> None:
    with pytest.raises(ValueError):
        FolioRange(Folio(7, verso=True), Folio(7))
    assert str(FolioRange(Folio(7), Folio(7, verso=True))) == "7-7ob"


def test_empty_folios_are_rejected() -> None:
    with pytest.raises(ValueError):
        Folios(())


@pytest.mark.parametrize("bad", ["", " 5", "5 "])
def test_empty_or_padded_identifier_is_rejected(bad: str) -> None:
    with pytest.raises(ValueError):
        ArchivalReference(fond=bad)


def test_identifier_must_be_a_string() -> None:
    with pytest.raises(TypeError):
        ArchivalReference(fond=89)  # type: ignore[arg-type]


def test_to_dict_has_only_present_keys_and_folios_in_normal_form() -> None:
    reference = ArchivalReference(
        archive="TsKhSD",
        archive_id="RGANI",
        fond="89",
        opis="2",
        delo="5",
        folios=Folios((FolioRange(Folio(13), Folio(14)),)),
    )
    assert reference.to_dict() == {
        "archive": "TsKhSD",
        "archive_id": "RGANI",
        "fond": "89",
        "opis": "2",
        "delo": "5",
        "folios": "13-14",
    }


def test_identifiers_keep_leading_zeros_and_prefixes() -> None:
    reference = ArchivalReference(fond="06", opis="R-5446")
    assert reference.fond == "06" and reference.opis == "R-5446"
    assert reference != ArchivalReference(fond="6", opis="R-5446")


def test_reference_is_frozen_and_evolves() -> None:
    reference = ArchivalReference(fond="89")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        reference.fond = "90"  # type: ignore[misc]
    assert attrs.evolve(reference, delo="5").delo == "5"


def test_levels_are_listed_highest_first() -> None:
    reference = ArchivalReference(delo="5", fond="89", opis="2")
    assert list(reference.levels) == ["fond", "opis", "delo"]


def test_partial_date_keeps_what_was_written_but_compares_by_value() -> None:
    written = PartialDate(1956, 11, 27, text="27 ноября 1956 г.")
    assert str(written) == "27 ноября 1956 г."
    assert written == PartialDate(1956, 11, 27)
    assert PartialDate(1956, 11).iso == "1956-11"
    assert PartialDate(1956).parts == (1956,)


@pytest.mark.parametrize(("month", "day"), [(13, None), (0, None), (None, 5), (2, 32)])
def test_partial_date_rejects_impossible_parts(month: int | None, day: int | None) -> None:
    with pytest.raises(ValueError):
        PartialDate(1956, month, day)


def test_match_to_dict_gives_span_text_and_reference() -> None:
    reference = ArchivalReference(delo="60")
    match = Match(
        reference, ArchivalReference(fond="3", delo="60"), "continuation", (10, 15), "d. 60"
    )
    assert match.to_dict()["span"] == [10, 15]
    assert match.to_dict()["reference"] == {"delo": "60"}
    assert match.to_dict()["resolved"] == {"fond": "3", "delo": "60"}


@pytest.mark.parametrize(
    ("make", "error"),
    [
        (lambda: Folio("3"), ValueError),  # type: ignore[arg-type]
        (lambda: Folio(True), ValueError),
        (lambda: Folio(-1), ValueError),
        (lambda: Folio(3, 1), TypeError),  # type: ignore[arg-type]
        (lambda: Folio(3, verso=1), TypeError),  # type: ignore[arg-type]
        (lambda: FolioRange(3), TypeError),  # type: ignore[arg-type]
        (lambda: FolioRange(Folio(3), 4), TypeError),  # type: ignore[arg-type]
        (lambda: Folios((3,)), TypeError),  # type: ignore[arg-type]
        (lambda: Folios((Folio(3),), unit="sheet"), ValueError),  # type: ignore[arg-type]
    ],
)
def test_folio_values_check_every_field_at_construction(make: object, error: type) -> None:
    # The folio classes check their fields in one call each (the readers make many):
    # every field is still checked.
    with pytest.raises(error):
        make()  # type: ignore[operator]


def test_a_match_checks_its_fields_at_construction() -> None:
    reference = ArchivalReference(fond="89")
    assert Match(reference, reference, "full", (4, 9), "F. 89").span == (4, 9)
    with pytest.raises(TypeError):
        Match("F. 89", reference, "full", (0, 5), "F. 89")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="kind"):
        Match(reference, reference, "whole", (0, 5), "F. 89")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="does not fit"):
        Match(reference, reference, "full", (0, 4), "F. 89")
    with pytest.raises(ValueError, match="start <= end"):
        Match(reference, reference, "full", (5, 0), "F. 89")
    with pytest.raises(TypeError):
        Match(reference, reference, "full", (0, 5), b"F. 89")  # type: ignore[arg-type]
