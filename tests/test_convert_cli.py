"""``archcite convert``, run through the argparse parser it adds itself to."""

from __future__ import annotations

import argparse
import io
import json
from pathlib import Path

import pytest

from archcite.cli.convert import add_convert_command
from archcite.interop import from_bibtex, from_csl_json, from_ris

CITATIONS = Path(__file__).resolve().parent.parent / "examples" / "citations.txt"


def run(
    argv: list[str],
    capsys: pytest.CaptureFixture[str],
    stdin: str | None = None,
    monkeypatch: pytest.MonkeyPatch | None = None,
) -> tuple[int, str, str]:
    parser = argparse.ArgumentParser(prog="archcite")
    add_convert_command(parser.add_subparsers(dest="command", required=True))
    if stdin is not None and monkeypatch is not None:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    args = parser.parse_args(argv)
    status = args.run(args)
    out, err = capsys.readouterr()
    return status, out, err


def test_text_to_csl_json_for_zotero(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(
        ["convert", "--from", "text", "--to", "csl-json", str(CITATIONS)], capsys
    )
    assert (status, err) == (0, "")
    items = json.loads(out)
    assert [item["archive"] for item in items] == ["TsKhSD", "TsKhSD", "ГАРФ", "РГАНИ"]
    assert items[0]["archive_location"] == "f. 89, op. 2, d. 5, ll. 13–14"


@pytest.mark.parametrize(
    ("target", "reader"), [("csl-json", from_csl_json), ("ris", from_ris), ("bibtex", from_bibtex)]
)
def test_every_format_round_trips_through_the_command(
    target: str, reader: object, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, exported, _ = run(["convert", "--from", "text", "--to", target, str(CITATIONS)], capsys)
    path = tmp_path / "export"
    path.write_text(exported, encoding="utf-8")
    status, again, _ = run(["convert", "--from", target, "--to", target, str(path)], capsys)
    assert status == 0 and again == exported


def test_to_an_archcite_style_from_stdin(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    ris = "TY  - MANSCPT\nTI  - Informatsiya\nDB  - TsKhSD\nAN  - f. 89, op. 2, d. 5\nER  - \n"
    status, out, _ = run(
        ["convert", "--from", "ris", "--to", "chicago", "-"], capsys, ris, monkeypatch
    )
    assert status == 0
    assert out == "“Informatsiya,” TsKhSD, f. 89, op. 2, d. 5.\n"


def test_to_a_csl_style(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(
        ["convert", "--from", "text", "--to", "csl:chicago-fullnote-bibliography", str(CITATIONS)],
        capsys,
    )
    assert status == 0
    assert out.splitlines()[0].startswith("“Shifrtelogramma”, November 26, 1956")


def test_unreadable_records_are_reported_with_exit_1(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "TsKhSD, F. 89, Op. 2, D. 5\njust prose here\n"
    status, out, err = run(
        ["convert", "--from", "text", "--to", "ris", "-"], capsys, text, monkeypatch
    )
    assert status == 1
    assert "<stdin>:2:" in err
    assert out.count("TY  - ") == 1


def test_import_errors_are_reported_and_kept(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    items = json.dumps(
        [{"id": "x", "title": "A", "archive": "Hoover", "archive_location": "Series II, drawer Q"}]
    )
    status, out, err = run(
        ["convert", "--from", "csl-json", "--to", "bibtex", "-"], capsys, items, monkeypatch
    )
    assert status == 1 and "item 1 (x)" in err
    assert "annote = {Series II, drawer Q}" in out


def test_paragraphs(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    text = (
        "“Informatsiya,” 27 November 1956,\nTsKhSD, F. 89, Op. 2, D. 5, Ll. 16-17.\n\n"
        "РГАНИ. Ф. 3. Оп. 12.\nД. 1006. Л. 52.\n"
    )
    status, out, _ = run(
        ["convert", "--paragraphs", "--from", "text", "--to", "csl-json", "-"],
        capsys,
        text,
        monkeypatch,
    )
    assert status == 0 and len(json.loads(out)) == 2


def test_unknown_target_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        run(["convert", "--from", "text", "--to", "docx", "x"], capsys)
    assert exit_info.value.code == 2
    assert "unknown target 'docx'" in capsys.readouterr().err


def test_unknown_csl_style_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(["convert", "--from", "text", "--to", "csl:nope", str(CITATIONS)], capsys)
    assert status == 2 and "unknown CSL style" in err


@pytest.mark.parametrize(
    ("source", "label"), [("ris", "RIS"), ("bibtex", "BibTeX"), ("csl-json", "CSL-JSON")]
)
def test_the_wrong_from_is_an_error_not_an_empty_success(
    source: str, label: str, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = run(["convert", "--from", source, "--to", "chicago", str(CITATIONS)], capsys)
    assert status == 1
    assert f"{CITATIONS}:1: " in err
    assert label in err
    assert out == ""


@pytest.mark.parametrize("source", ["text", "ris", "bibtex", "csl-json"])
def test_a_file_with_no_item_is_an_error(
    source: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("\n", encoding="utf-8")
    status, out, err = run(["convert", "--from", source, "--to", "csl-json", str(empty)], capsys)
    assert status == 1
    assert f"{empty}:1: " in err
    assert json.loads(out) == []


def test_one_good_file_and_one_wrong_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ris = tmp_path / "export.ris"
    ris.write_text("TY  - MANSCPT\nTI  - A\nDB  - TsKhSD\nAN  - f. 89, op. 2, d. 5\nER  - \n")
    status, out, err = run(
        ["convert", "--from", "ris", "--to", "bibtex", str(ris), str(CITATIONS)], capsys
    )
    assert status == 1
    assert f"{CITATIONS}:1: no RIS item found in it; is it RIS?" in err
    assert out.count("@") == 1


def test_an_unknown_csl_style_fails_before_any_file_is_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_bytes(b"bad \xff\n")
    target = tmp_path / "out.txt"
    status, out, err = run(
        ["convert", "--from", "text", "--to", "csl:nope", str(notes), "-o", str(target)], capsys
    )
    assert (status, out) == (2, "")
    assert err == "archcite convert: unknown CSL style 'nope'\n"
    assert not target.exists()


def test_transliteration_for_a_style(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    status, out, _ = run(
        ["convert", "--from", "text", "--to", "wilson", "--transliteration", "iso9", "-"],
        capsys,
        "ЦХСД. Ф. 89. Оп. 2. Д. 5.\n",
        monkeypatch,
    )
    assert (status, out) == (0, "CHSD, F. 89, Op. 2, D. 5\n")


def test_transliteration_for_an_export_format_is_a_usage_error(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, out, err = run(
        ["convert", "--from", "text", "--to", "ris", "--transliteration", "iso9", str(CITATIONS)],
        capsys,
    )
    assert (status, out) == (2, "")
    assert "--transliteration is for archcite's styles, not ris" in err
