"""One rule in one place: the regrouped package, its surface, and the bugs the copies caused."""

from __future__ import annotations

import subprocess
import sys
import warnings

import attrs
import pytest

import archcite
from archcite import (
    ArchciteError,
    ArchivalReference,
    Match,
    ParseError,
    PartialDate,
    StyleOptions,
    UnknownArchive,
    UnknownStyle,
    extract,
    parse,
    parse_citation,
    registry,
    resolve,
)


def test_the_top_level_is_small_and_every_name_resolves() -> None:
    assert len(archcite.__all__) <= 40
    for name in archcite.__all__:
        assert getattr(archcite, name) is not None


def test_every_error_is_an_archcite_error_and_its_builtin() -> None:
    assert issubclass(ParseError, ArchciteError) and issubclass(ParseError, ValueError)
    assert issubclass(UnknownArchive, ArchciteError) and issubclass(UnknownArchive, LookupError)
    assert issubclass(UnknownStyle, ArchciteError) and issubclass(UnknownStyle, ValueError)
    assert issubclass(registry.RegistryDataError, ArchciteError)


def test_an_unknown_style_names_the_known_ones() -> None:
    with pytest.raises(UnknownStyle) as caught:
        parse("F. 1, Op. 2, D. 3").format("harvard")
    assert "gost" in caught.value.known and "harvard" in str(caught.value)


@pytest.mark.parametrize(
    ("name", "replacement"),
    [
        ("citation_styles", "style_names"),
        ("find_citations", "reading"),
        ("render_csl", "interop"),
        ("BulkResult", "bulk"),
        ("CrossReference", "reading"),
        ("ItemError", "interop"),
    ],
)
def test_moved_names_still_import_with_a_deprecation_warning(name: str, replacement: str) -> None:
    with pytest.warns(DeprecationWarning, match=replacement):
        assert getattr(archcite, name) is not None


def test_calling_the_styles_package_as_the_old_function_still_lists_styles() -> None:
    with pytest.warns(DeprecationWarning, match="style_names"):
        listed = archcite.styles()  # type: ignore[operator]
    assert listed == archcite.style_names()


def test_registry_names_no_longer_shadow_builtins() -> None:
    assert registry.archives()[0].id
    assert registry.lookup_key("Ts.Kh.S.D.") == "tskhsd"
    with pytest.warns(DeprecationWarning, match="archives"):
        assert registry.all() == registry.archives()  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("token", "expected"),
    [("ЦА ФСБ «Лубянка»", "TsAFSB"), ("ЦХСД", "RGANI"), ("TsKhDMO", "RGASPI"), ("NARA", None)],
)
def test_one_archive_lookup_for_every_reader(token: str, expected: str | None) -> None:
    assert registry.archive_id(token) == expected


@pytest.mark.parametrize("export", ["csl_json", "ris", "bibtex"])
def test_an_archive_named_with_its_own_name_keeps_its_id_through_every_format(export: str) -> None:
    citation = parse_citation('"Spravka," 1937, ЦА ФСБ «Лубянка», ф. 7, оп. 4, д. 12')
    assert citation.references[0].archive_id == "TsAFSB"
    to = getattr(archcite, f"to_{export}")
    back = getattr(archcite, f"from_{export}")(to(citation))
    assert back[0].references[0].archive_id == "TsAFSB"
    assert back[0] == citation


def test_the_citation_reader_knows_ukrainian_capitals() -> None:
    citation = parse_citation('"Lyst," from Ірина Їжак, 3 May 1953, in APRF, F. 3, Op. 1, D. 2.')
    assert citation.authors == ("Ірина Їжак",)


def test_match_values_validate_their_span() -> None:
    reference = ArchivalReference(fond="1", delo="2")
    with pytest.raises(ValueError, match="does not fit"):
        Match(reference, reference, "full", (0, 3), "F. 1, D. 2")
    with pytest.raises(ValueError):
        Match(reference, reference, "partial", (0, 4), "F. 1")  # type: ignore[arg-type]
    assert Match(reference, reference, "full", (5, 15), "F. 1, D. 2").span == (5, 15)


@pytest.mark.parametrize(
    ("year", "day", "ok"),
    [(1956, 29, True), (1957, 29, False), (1900, 29, False), (1956, 30, False)],
)
def test_partial_dates_know_the_days_of_february(year: int, day: int, ok: bool) -> None:
    if ok:
        assert PartialDate(year, 2, day).day == day
    else:
        with pytest.raises(ValueError, match="out of range"):
            PartialDate(year, 2, day)


def test_an_old_style_date_keeps_the_julian_leap_day() -> None:
    assert PartialDate(1900, 2, 29, old_style=True).day == 29


def test_style_options_are_one_validated_value() -> None:
    assert StyleOptions.of(modern=True) == StyleOptions(modern=True, transliteration="ala-lc")
    with pytest.raises(UnknownStyle, match="transliteration"):
        StyleOptions(transliteration="xx")
    with pytest.raises(UnknownStyle, match="style option 'colour'"):
        StyleOptions.of(colour="red")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        StyleOptions().modern = True  # type: ignore[misc]


def test_resolve_completes_a_short_form_from_an_antecedent_outside_the_text() -> None:
    previous = parse("GARF, f. R-9401, op. 2, d. 64, l. 3")
    (ibid,) = extract("Ibid., ll. 7–8.")
    assert ibid.resolved.archive is None
    (done,) = resolve([ibid], previous)
    assert done.resolved == attrs.evolve(previous, folios=parse("F. 1, L. 7-8").folios)
    assert done.reference == ibid.reference and done.span == ibid.span


def test_resolve_reproduces_what_extract_resolved_within_a_text() -> None:
    text = "APRF, f. 3, op. 57, d. 73, l. 9; d. 60, l. 11. Ibid., l. 15."
    matches = extract(text)
    assert resolve(matches) == matches
    assert [m.resolved.delo for m in matches] == ["73", "60", "60"]


def test_resolve_takes_a_match_as_antecedent_and_refuses_other_things() -> None:
    antecedent = extract("RGANI, f. 3, op. 12, d. 1006, l. 52")[0]
    (ibid,) = resolve(extract("Ibid., l. 53."), antecedent)
    assert ibid.resolved.delo == "1006"
    with pytest.raises(TypeError, match="antecedent"):
        resolve([], "RGANI")  # type: ignore[arg-type]


def test_python_dash_m_runs_the_command_line() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "archcite", "--version"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0 and done.stdout.startswith("archcite ")


def test_one_version_source() -> None:
    from importlib.metadata import version

    assert archcite.__version__ == version("archcite")


def test_no_deprecation_warning_on_plain_import() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        subprocess.run(
            [sys.executable, "-W", "error", "-c", "import archcite, archcite.cli"], check=True
        )
