"""The command line, run in-process."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

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
