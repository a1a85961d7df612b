"""The command line, run in-process."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import archcite
from archcite.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def refs(tmp_path: Path) -> Path:
    path = tmp_path / "refs.txt"
    path.write_text(
        "TsKhSD, F. 89, Op. 2, D. 5, Ll. 13-14\n"
        "not a reference\n"
        "РГАНИ. Ф. 3. Оп. 12. Д. 1006. Л. 52.\n",
        encoding="utf-8",
    )
    return path


def test_parse_json_keeps_one_record_per_line(
    capsys: pytest.CaptureFixture[str], refs: Path
) -> None:
    code, out, err = run(capsys, "parse", "--json", str(refs))
    lines = [json.loads(line) for line in out.splitlines()]
    assert code == 1
    assert len(lines) == 3
    assert lines[0]["fond"] == "89"
    assert "error" in lines[1] and lines[1]["position"] == 0
    assert lines[2]["archive_id"] == "RGANI"
    assert f"{refs}:2:" in err


def test_format_writes_the_style(capsys: pytest.CaptureFixture[str], refs: Path) -> None:
    code, out, _ = run(capsys, "format", "--style", "gost", str(refs))
    assert out.splitlines()[0] == "ЦХСД. Ф. 89. Оп. 2. Д. 5. Л. 13–14."
    assert out.splitlines()[1] == "not a reference"
    assert code == 1


def test_extract_json_gives_spans(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text("See TsKhSD, F. 89, Op. 2, D. 5, Ll. 13-14; D. 6, L. 2.", encoding="utf-8")
    code, out, _ = run(capsys, "extract", "--json", str(path))
    records = [json.loads(line) for line in out.splitlines()]
    assert code == 0
    assert records[0]["span"] == [4, 41]
    assert records[0]["reference"]["delo"] == "5"
    assert records[1]["kind"] == "continuation"
    assert records[1]["resolved"]["fond"] == "89"


def test_normalise_example_file(capsys: pytest.CaptureFixture[str]) -> None:
    example = Path(__file__).parent.parent / "examples" / "notes.txt"
    code, out, _ = run(capsys, "normalise", str(example), "--style", "gost")
    lines = out.splitlines()
    assert code == 0
    assert len(lines) == len(example.read_text(encoding="utf-8").splitlines())
    assert "ЦХСД. Ф. 89. Оп. 2. Д. 5. Л. 13–14." in lines[0]


def test_archives_lists_and_searches(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "archives", "TsKhSD", "--json")
    assert code == 0
    assert any(entry["id"] == "RGANI" for entry in json.loads(out))


def test_usage_error_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["format", "--style", "harvard"])
    assert caught.value.code == 2


def test_missing_file_exits_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, "parse", str(tmp_path / "missing.txt"))
    assert code == 2
    assert "no such file" in err


def test_archives_with_no_match_suggests_close_names(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "archives", "NARA")
    assert code == 1 and out == ""
    assert err == (
        "archcite archives: no archive matches 'NARA'; did you mean 'NARB', 'ARAN', 'NA'?\n"
    )


@pytest.mark.parametrize(
    "command", ["parse", "format", "extract", "normalise", "normalize", "convert", "archives"]
)
def test_each_command_help_ends_with_examples(
    command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stopped:
        main([command, "--help"])
    assert stopped.value.code == 0
    help_text = capsys.readouterr().out
    examples = help_text.split("\nexamples:\n", 1)[1].splitlines()
    assert 2 <= len(examples) <= 3
    assert all(line.startswith("  archcite ") or "| archcite " in line for line in examples)


def test_normalize_is_normalise(capsys: pytest.CaptureFixture[str], refs: Path) -> None:
    british = run(capsys, "normalise", "-q", str(refs))
    american = run(capsys, "normalize", "-q", str(refs))
    assert american == british and british[1].startswith("TsKhSD, f. 89")


def test_extract_help_names_every_field_it_writes(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["extract", "--help"])
    help_text = " ".join(capsys.readouterr().out.split())
    for field in ('"span"', '"text"', '"kind"', '"reference"', '"resolved"'):
        assert field in help_text


def test_convert_help_lists_the_styles_it_accepts(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["convert", "--help"])
    help_text = " ".join(capsys.readouterr().out.split())
    for style in archcite.style_names("citation"):
        assert style in help_text


def test_extract_names_the_file_when_there_are_several(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    one, two = tmp_path / "one.txt", tmp_path / "two.txt"
    one.write_text("See TsKhSD, F. 89, Op. 2,\nD. 5, Ll. 13-14.", encoding="utf-8")
    two.write_text("Ф. 17, оп. 3, д. 5", encoding="utf-8")
    code, out, _ = run(capsys, "extract", str(one), str(two))
    first, second = out.splitlines()
    assert code == 0
    assert first.startswith(f"{one}\t4-")
    assert "\nD. 5" not in first and "Op. 2, D. 5" in first  # one line per reference
    assert second.startswith(f"{two}\t0-")
