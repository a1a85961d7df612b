"""archcite annotate: files in, annotated files out atomically, errors as normalise gives them."""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

import pytest

from _annotate_markup import html_fragment_text, nesting_problems, strip_html, strip_tei
from archcite import annotate
from archcite.cli import main
from archcite.markup.html import page

DATA = Path(__file__).parent / "data"
SEED = DATA / "seed_working_notes.txt"
NOTE = "See TsKhSD, F. 89, Op. 2, D. 5, Ll. 13-14; d. 6, l. 2.\n"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["annotate", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_a_text_file_becomes_an_html_page(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, str(SEED), "--format", "html")
    text = SEED.read_text("utf-8")
    assert code == 0 and out == page(annotate(text), "seed_working_notes.txt")
    assert "1 input, 7 references, 0 errors" in err


def test_a_fragment_is_the_marked_text_alone(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "note.txt"
    path.write_text(NOTE, "utf-8")
    code, out, _ = run(capsys, str(path), "--fragment", "--style", "gost", "-q")
    assert code == 0 and html_fragment_text(out) == NOTE and "ЦХСД. Ф. 89" in out


def test_a_text_file_becomes_a_tei_document_written_atomically(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    target = tmp_path / "seed.xml"
    code, out, err = run(capsys, str(SEED), "--format", "tei", "-o", str(target))
    assert code == 0 and out == "" and "7 references" in err
    written = target.read_text("utf-8")
    assert written.count('<bibl type="archival"') == 7
    assert [name for name in os.listdir(tmp_path) if name.endswith(".tmp")] == []


def test_html_and_tei_inputs_are_told_by_their_names(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    html_input = tmp_path / "notes.html"
    html_input.write_text("<p><i>TsKhSD</i>, F. 89, Op. 2, D. 5</p>\n", "utf-8")
    code, out, _ = run(capsys, str(html_input), "-q")
    assert code == 0 and strip_html(out) == html_input.read_text("utf-8")
    assert nesting_problems(out) == []
    tei_input = tmp_path / "notes.xml"
    tei_input.write_text(
        '<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>T'
        "</title></titleStmt><publicationStmt><p>P</p></publicationStmt><sourceDesc><p>S</p>"
        "</sourceDesc></fileDesc></teiHeader><text><body><p>APRF, f. 3, op. 64, d. 488."
        "</p></body></text></TEI>",
        "utf-8",
    )
    code, out, _ = run(capsys, str(tei_input), "--format", "tei", "-q")
    assert code == 0 and strip_tei(out) == tei_input.read_text("utf-8")
    assert '<repository ref="#APRF">' in out


def test_an_html_input_is_not_made_tei(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    html_input = tmp_path / "notes.html"
    html_input.write_text("<p>F. 1, op. 2, d. 3</p>", "utf-8")
    code, out, err = run(capsys, str(html_input), "--format", "tei")
    assert code == 2 and out == "" and "use --format html" in err


def test_several_inputs_go_to_a_directory(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text(NOTE, "utf-8")
    second.write_text("Nothing here.\n", "utf-8")
    out_dir = tmp_path / "out"
    code, _, err = run(capsys, str(first), str(second), "-o", str(out_dir), "--format", "tei")
    assert code == 0 and "2 inputs, 2 references" in err
    assert sorted(os.listdir(out_dir)) == ["a.xml", "b.xml"]
    code, _, err = run(capsys, str(first), str(second))
    assert code == 2 and "-o DIR" in err


def test_an_unreadable_input_is_reported_and_the_others_written(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    good, bad = tmp_path / "good.txt", tmp_path / "bad.txt"
    good.write_text(NOTE, "utf-8")
    bad.write_bytes(b"F. 1, op. 2 \xff d. 3")
    out_dir = tmp_path / "out"
    code, _, err = run(capsys, str(good), str(bad), "-o", str(out_dir))
    assert code == 1 and "bad.txt:1: not UTF-8: cannot decode byte 0xff" in err
    assert os.listdir(out_dir) == ["good.html"]


def test_a_missing_file_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "no/such/file.txt")
    assert code == 2 and out == "" and "no such file" in err


def test_standard_input(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(NOTE.encode()), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stdin)
    code, out, _ = run(capsys, "-", "--fragment", "-q")
    assert code == 0 and html_fragment_text(out) == NOTE


@pytest.mark.parametrize(("fmt", "suffix"), [("html", ".html"), ("tei", ".xml")])
def test_the_examples_are_what_the_command_writes_today(
    capsys: pytest.CaptureFixture[str], fmt: str, suffix: str
) -> None:
    """examples/ is written by scripts/annotate_examples.py; run it again when this fails."""
    example = Path(__file__).parent.parent / "examples" / f"seed_working_notes{suffix}"
    code, out, _ = run(capsys, str(SEED), "--format", fmt, "-q")
    assert code == 0 and out == example.read_text("utf-8")
