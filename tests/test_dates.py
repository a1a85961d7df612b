"""Dates as citations write them: reading into PartialDate and writing back."""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from archcite.errors import ParseError
from archcite.model import PartialDate
from archcite.reading.dates import DATE, parse_date
from archcite.styles.dates import write_date


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("November 27, 1956", (1956, 11, 27)),
        ("27 November 1956", (1956, 11, 27)),
        ("Nov. 27, 1956", (1956, 11, 27)),
        ("6 Mar. 1929", (1929, 3, 6)),
        ("Sept. 3, 1939", (1939, 9, 3)),
        ("27 noyabrya 1956 g.", (1956, 11, 27)),
        ("27 noiabria 1956 g.", (1956, 11, 27)),
        ("27 ноября 1956 г.", (1956, 11, 27)),
        ("30 июня 1939 г.", (1939, 6, 30)),
        ("27.11.1956", (1956, 11, 27)),
        ("28.IV.1992", (1992, 4, 28)),
        ("VI.1992", (1992, 6)),
        ("November 1956", (1956, 11)),
        ("Jan. 1936", (1936, 1)),
        ("ноябрь 1956 г.", (1956, 11)),
        ("1956", (1956,)),
        ("1956 г.", (1956,)),
        ("1956-11-27", (1956, 11, 27)),
    ],
)
def test_written_forms_read_to_the_precision_given(text: str, parts: tuple[int, ...]) -> None:
    date = parse_date(text)
    assert date.parts == parts
    assert date.text == text


def test_surrounding_spaces_are_not_part_of_the_written_text() -> None:
    assert parse_date("  27 ноября 1956 г. ").text == "27 ноября 1956 г."


def test_old_style_marker_sets_the_flag() -> None:
    date = parse_date("6 January 1877 (O.S.)")
    assert date.old_style
    assert date.iso == "1877-01-06"


@pytest.mark.parametrize(
    "text",
    [
        "",
        "yesterday",
        "30 February 1956",
        "27.13.1956",
        "27. 11. 1956",
        "Novembre 1956",
        "November 27 1956 and more",
        "32 May 1956",
    ],
)
def test_what_is_not_a_date_raises_parse_error(text: str) -> None:
    with pytest.raises(ParseError) as caught:
        parse_date(text)
    assert caught.value.expected == "date"


def test_parse_error_points_at_where_reading_stopped() -> None:
    with pytest.raises(ParseError) as caught:
        parse_date("27.13.1956")
    assert caught.value.position == 2


def test_element_finds_a_date_inside_text() -> None:
    found = [t[0] for t, _, _ in DATE.scan_string("sent on 24 November 1956, in TsKhSD")]
    assert [d.iso for d in found] == ["1956-11-24"]


@pytest.mark.parametrize(
    ("form", "written"),
    [
        ("us", "November 27, 1956"),
        ("dmy", "27 November 1956"),
        ("mla", "27 Nov. 1956"),
        ("apa", "1956, November 27"),
        ("ru", "27 ноября 1956 г."),
        ("numeric", "27.11.1956"),
    ],
)
def test_write_date_forms(form: str, written: str) -> None:
    assert write_date(PartialDate(1956, 11, 27), form) == written  # type: ignore[arg-type]


def test_write_date_keeps_the_precision() -> None:
    assert write_date(PartialDate(1956, 11), "us") == "November 1956"
    assert write_date(PartialDate(1956, 5), "ru") == "май 1956 г."
    assert write_date(PartialDate(1956), "apa") == "1956"


_DATES = st.builds(
    PartialDate,
    st.integers(1000, 2999),
    st.one_of(st.none(), st.integers(1, 12)),
).flatmap(
    lambda d: (
        st.just(d)
        if d.month is None
        else st.builds(
            PartialDate, st.just(d.year), st.just(d.month), st.one_of(st.none(), st.integers(1, 28))
        )
    )
)


@given(_DATES, st.sampled_from(["us", "dmy", "mla", "ru", "numeric"]))
def test_written_dates_read_back_to_the_same_date(date: PartialDate, form: str) -> None:
    written = write_date(date, form)  # type: ignore[arg-type]
    if form == "numeric" and date.day is None:
        # "11.1956" is not a form citations use; month and year alone are written in words.
        return
    read = parse_date(written)
    assert read == date
    assert read.text == written


@given(st.text(max_size=40))
def test_parse_date_raises_only_parse_error(text: str) -> None:
    with contextlib.suppress(ParseError):
        parse_date(text)


def test_a_day_the_month_does_not_have_is_named_in_the_error() -> None:
    with pytest.raises(ParseError) as caught:
        parse_date("31 February 1956")
    assert "Day 31 is out of range: February 1956 has 29 days" in str(caught.value)
    with pytest.raises(ParseError, match="February 1957 has 28 days"):
        parse_date("29 February 1957")
    assert parse_date("29 February 1956").day == 29  # a leap year


def test_a_date_keeps_its_tabs_as_written() -> None:
    assert parse_date("27\tNovember 1956").text == "27\tNovember 1956"
