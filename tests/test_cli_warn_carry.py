"""--warn-unknown on every command that reads references; normalise --carry-antecedent."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from archcite.cli import main

UNKNOWN = "NARA, f. 1, op. 2, d. 3"
KNOWN = "TsKhSD, F. 89, Op. 2, D. 5, Ll. 13-14"
WARNING = "archive 'NARA' is not in the registry; did you mean 'NARB', 'ARAN', 'NA'?"


def run(capsysbinary: pytest.CaptureFixture[bytes], *argv: str) -> tuple[int, bytes, str]:
    code = main(list(argv))
    out, err = capsysbinary.readouterr()
    return code, out, err.decode()


@pytest.mark.parametrize(
    "argv", [["parse"], ["format"], ["extract"], ["normalise", "-q"], ["normalise", "-j", "2"]]
)
def test_warn_unknown_names_the_line_of_each_unknown_archive(
    argv: list[str], capsysbinary: pytest.CaptureFixture[bytes], tmp_path: Path
) -> None:
    path = tmp_path / "refs.txt"
    path.write_text(f"{KNOWN}\n{UNKNOWN}\n\n{UNKNOWN}; d. 4\n", encoding="utf-8")
    code, out, err = run(capsysbinary, *argv, str(path), "--warn-unknown")
    warnings = [line for line in err.splitlines() if "warning" in line]
    whole = argv[0] in ("parse", "format")  # which read a line as one reference, or fail
    lines = [2] if whole else [2, 4]
    assert warnings == [f"{path}:{line}: warning: {WARNING}" for line in lines]
    assert code == (1 if whole else 0)
    assert b"NARA" in out


@pytest.mark.parametrize("argv", [["parse"], ["extract"], ["normalise", "-q"]])
def test_no_warning_without_the_option(
    argv: list[str], capsysbinary: pytest.CaptureFixture[bytes], tmp_path: Path
) -> None:
    path = tmp_path / "refs.txt"
    path.write_text(f"{UNKNOWN}\n", encoding="utf-8")
    code, _, err = run(capsysbinary, *argv, str(path))
    assert (code, err) == (0, "")


def test_warn_unknown_in_csv_names_the_row_line(
    capsysbinary: pytest.CaptureFixture[bytes], tmp_path: Path
) -> None:
    path = tmp_path / "shelfmarks.csv"
    path.write_text(f'id,note\n1,"{KNOWN}"\n2,"multi\nline"\n3,"{UNKNOWN}"\n', encoding="utf-8")
    code, _, err = run(
        capsysbinary, "normalise", "-q", str(path), "--column", "note", "--warn-unknown"
    )
    assert code == 0
    assert err == f"{path}:5: warning: {WARNING}\n"


def test_warn_unknown_goes_to_stderr_even_with_an_errors_file(
    capsysbinary: pytest.CaptureFixture[bytes], tmp_path: Path
) -> None:
    path = tmp_path / "refs.txt"
    path.write_bytes(UNKNOWN.encode() + b"\nbad \xff\n")
    errors = tmp_path / "errors.jsonl"
    code, _, err = run(
        capsysbinary, "normalise", "-q", str(path), "--warn-unknown", "--errors", str(errors)
    )
    assert code == 1
    assert err == f"{path}:1: warning: {WARNING}\n"
    assert json.loads(errors.read_text("utf-8"))["line"] == 2


FOOTNOTES = [
    "APRF, f. 3, op. 57, d. 73, l. 9.",
    "Ibid., l. 15.",
    "No reference here.",
    "Там же. Л. 16.",
    "GARF, f. 9401, op. 1, d. 5, l. 3; d. 6.",
    "Ibid., l. 4.",
]


def _jsonl(tmp_path: Path, name: str, notes: list[str]) -> Path:
    path = tmp_path / name
    path.write_text(
        "".join(
            json.dumps({"n": i, "note": note}, ensure_ascii=False) + "\n"
            for i, note in enumerate(notes)
        ),
        encoding="utf-8",
    )
    return path


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_carry_antecedent_in_json_lines(
    jobs: str, capsysbinary: pytest.CaptureFixture[bytes], tmp_path: Path
) -> None:
    path = _jsonl(tmp_path, "notes.jsonl", FOOTNOTES)
    code, out, _ = run(
        capsysbinary,
        "normalise",
        "-q",
        str(path),
        "--field",
        "note",
        "--carry-antecedent",
        "--jobs",
        jobs,
    )
    records = [json.loads(line) for line in out.splitlines()]
    assert code == 0
    delo = [[r.get("delo") for r in record["archcite_references"]] for record in records]
    assert delo == [["73"], ["73"], [], ["73"], ["5", "6"], ["6"]]
    assert records[1]["archcite_references"][0]["archive_id"] == "APRF"
    assert records[1]["archcite_text"] == "Ibid., l. 15."
    assert [record["n"] for record in records] == list(range(6))


def test_carry_antecedent_in_csv(
    capsysbinary: pytest.CaptureFixture[bytes], tmp_path: Path
) -> None:
    path = tmp_path / "notes.csv"
    rows = "".join(f'{i},"{note}"\n' for i, note in enumerate(FOOTNOTES))
    path.write_text(f"n,note\n{rows}", encoding="utf-8")
    code, out, _ = run(
        capsysbinary, "normalise", "-q", str(path), "--column", "note", "--carry-antecedent"
    )
    table = list(csv.DictReader(io.StringIO(out.decode())))
    assert code == 0
    assert [row["delo"] for row in table] == ["73", "73", "", "73", "5; 6", "6"]
    assert table[1]["archive_id"] == "APRF" and table[1]["fond"] == "3"
    assert table[1]["archcite_text"] == "Ibid., l. 15."


def test_carry_antecedent_starts_afresh_with_each_file(
    capsysbinary: pytest.CaptureFixture[bytes], tmp_path: Path
) -> None:
    one = _jsonl(tmp_path, "one.jsonl", FOOTNOTES[:1])
    two = _jsonl(tmp_path, "two.jsonl", FOOTNOTES[1:2])
    _, out, _ = run(
        capsysbinary, "normalise", "-q", str(one), str(two), "--field", "note", "--carry-antecedent"
    )
    last = json.loads(out.splitlines()[-1])
    assert last["archcite_references"] == [{"folios": "15"}]


def test_without_carry_antecedent_a_footnote_stands_alone(
    capsysbinary: pytest.CaptureFixture[bytes], tmp_path: Path
) -> None:
    path = _jsonl(tmp_path, "notes.jsonl", FOOTNOTES)
    _, out, _ = run(capsysbinary, "normalise", "-q", str(path), "--field", "note")
    assert json.loads(out.splitlines()[1])["archcite_references"] == [{"folios": "15"}]


def test_carry_antecedent_on_many_chunks_and_two_jobs_writes_what_one_job_writes(
    capsysbinary: pytest.CaptureFixture[bytes], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from archcite.cli import normalise as bulk_cli

    monkeypatch.setattr(bulk_cli, "_CHUNK_BYTES", 100)  # a chunk boundary every few notes
    path = _jsonl(tmp_path, "notes.jsonl", FOOTNOTES * 20)
    outputs = []
    for jobs in ("1", "2"):
        _, out, _ = run(
            capsysbinary,
            "normalise",
            "-q",
            str(path),
            "--field",
            "note",
            "--carry-antecedent",
            "--jobs",
            jobs,
        )
        outputs.append(out)
    assert outputs[0] == outputs[1]
    assert json.loads(outputs[0].splitlines()[-1])["archcite_references"][0]["delo"] == "6"
