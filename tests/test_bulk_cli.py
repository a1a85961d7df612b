"""archcite normalise: text, JSON Lines and CSV, every record kept in order, atomic output."""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from archcite import normalise
from archcite.bulk import CSV_COLUMNS
from archcite.cli import normalise as bulk_cli
from archcite.cli import report
from archcite.cli.normalise import add_normalise_command

EXAMPLES = Path(__file__).parent.parent / "examples"
GOOD = "TsKhSD, F. 89, Op. 2, D. 5, Ll. 13-14"
GOOD_CHICAGO = "TsKhSD, f. 89, op. 2, d. 5, ll. 13–14"
HUGE = "The Presidium discussed the telegram at length. " * 21_000  # over 1 MB

# Runs the command in a fresh interpreter, as the console script would.
COMMAND = (
    "import argparse, sys\n"
    "from archcite.cli.normalise import add_normalise_command\n"
    "parser = argparse.ArgumentParser(prog='archcite')\n"
    "add_normalise_command(parser.add_subparsers(dest='command', required=True))\n"
    "args = parser.parse_args(sys.argv[1:])\n"
    "sys.exit(args.run(args))\n"
)


def run(capsysbinary: pytest.CaptureFixture[bytes], *argv: str) -> tuple[int, bytes, str]:
    parser = argparse.ArgumentParser(prog="archcite")
    add_normalise_command(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(["normalise", *argv])
    code = args.run(args)
    out, err = capsysbinary.readouterr()
    return code, out, err.decode("utf-8")


@pytest.fixture
def text_file(tmp_path: Path) -> Path:
    path = tmp_path / "notes.txt"
    path.write_bytes(
        GOOD.encode()
        + b"\n"
        + b"F. 89, Op. 2, D. 7 \xff here\n"  # not UTF-8
        + b"%%% 12 ;;; F. ,, ???\n"
        + HUGE.encode()
        + b"See "
        + GOOD.encode()
        + b".\n"
        + b"\n"
        + "РГАНИ. Ф. 3. Оп. 12. Д. 1006. Л. 52.".encode()
        + b"\r\n"
        + b"last line, no newline"
    )
    return path


def test_text_keeps_every_line_in_order(
    capsysbinary: pytest.CaptureFixture[bytes], text_file: Path
) -> None:
    code, out, err = run(capsysbinary, str(text_file), "--jobs", "1")
    lines = out.split(b"\n")
    source = text_file.read_bytes().split(b"\n")
    assert len(lines) == len(source) == 7
    assert lines[0] == GOOD_CHICAGO.encode()
    assert lines[1] == source[1]  # undecodable: kept byte for byte
    assert lines[2] == source[2]
    assert lines[3].endswith(f"See {GOOD_CHICAGO}.".encode())
    assert lines[4] == b""
    assert lines[5] == b"RGANI, f. 3, op. 12, d. 1006, l. 52.\r"
    assert lines[6] == b"last line, no newline"
    assert code == 1
    assert f"{text_file}:2: not UTF-8: cannot decode byte 0xff at offset 19" in err
    assert "archcite normalise: 7 records, 3 references, 1 errors" in err


@pytest.mark.parametrize("fmt", ["text", "jsonl", "csv"])
def test_two_jobs_write_what_one_job_writes(
    capsysbinary: pytest.CaptureFixture[bytes],
    tmp_path: Path,
    fmt: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(bulk_cli, "_CHUNK_BYTES", 200)  # many chunks, even here
    monkeypatch.setattr(bulk_cli, "_CHUNK_ROWS", 3)
    path, extra = _mixed_input(tmp_path, fmt)
    outputs = []
    for jobs in ("1", "2"):
        target = tmp_path / f"out{jobs}"
        code, _, _ = run(capsysbinary, str(path), *extra, "--jobs", jobs, "-o", str(target))
        assert code == 1
        outputs.append(target.read_bytes())
    assert outputs[0] == outputs[1]


def _mixed_input(tmp_path: Path, fmt: str) -> tuple[Path, list[str]]:
    """Forty records of each format with bad ones among them."""
    notes = [GOOD, "garbage ;;; 12", "ЦХСД. Ф. 89. Оп. 2. Д. 5. Л. 13–14.", "", "op. cit., p. 5"]
    if fmt == "text":
        path = tmp_path / "in.txt"
        path.write_bytes(b"".join(n.encode() + b"\n" for n in notes * 8) + b"bad \xff\n")
        return path, []
    if fmt == "jsonl":
        path = tmp_path / "in.jsonl"
        lines = [
            json.dumps({"id": i, "note": n}, ensure_ascii=False).encode()
            for i, n in enumerate(notes * 8)
        ]
        path.write_bytes(b"\n".join([*lines, b"{broken", b'{"note": "\xff"}', b""]))
        return path, ["--field", "note"]
    path = tmp_path / "in.csv"
    rows = "".join(f'{i},"{n}",x\n' for i, n in enumerate(notes * 8))
    path.write_bytes(b"id,note,other\n" + rows.encode() + b"99,\xff,y\n")
    return path, ["--column", "note"]


def test_jsonl_adds_fields_and_keeps_bad_lines(
    capsysbinary: pytest.CaptureFixture[bytes], tmp_path: Path
) -> None:
    path = tmp_path / "notes.jsonl"
    path.write_bytes(
        b"\n".join(
            [
                json.dumps({"id": 1, "note": GOOD}).encode(),
                b'{"id": 2, "note": "F. 89, \xff"}',
                b"{not json",
                b"[1, 2]",
                json.dumps({"id": 5}).encode(),
                json.dumps({"id": 6, "note": HUGE + GOOD}).encode(),
                json.dumps({"id": 7, "note": "Ф. 17, оп. 3, д. 5"}, ensure_ascii=False).encode(),
            ]
        )
        + b"\n"
    )
    code, out, err = run(capsysbinary, str(path), "--field", "note", "--jobs", "1")
    lines = out.split(b"\n")[:-1]
    source = path.read_bytes().split(b"\n")[:-1]
    assert len(lines) == 7
    first = json.loads(lines[0])
    assert first["id"] == 1 and first["note"] == GOOD
    assert first["archcite_text"] == GOOD_CHICAGO
    assert first["archcite_references"][0]["archive_id"] == "RGANI"
    assert first["archcite_error"] is None
    assert lines[1:4] == source[1:4]  # unreadable lines pass through untouched
    assert json.loads(lines[4])["archcite_error"] == "record has no field 'note'"
    assert json.loads(lines[5])["archcite_text"].endswith(GOOD_CHICAGO)
    assert json.loads(lines[6])["archcite_references"][0]["fond"] == "17"
    assert code == 1
    for number in (2, 3, 4, 5):
        assert f"{path}:{number}: " in err


def test_csv_adds_columns_and_keeps_bad_rows(
    capsysbinary: pytest.CaptureFixture[bytes], tmp_path: Path
) -> None:
    path = tmp_path / "shelfmarks.csv"
    path.write_bytes(
        b"id,shelfmark,comment\r\n"
        + f'1,"{GOOD}",ok\r\n'.encode()
        + b'2,"F. 89, \xff",bad byte\r\n'
        + b"3\r\n"  # too short
        + f'4,"{HUGE}{GOOD}","a\r\nmulti-line cell"\r\n'.encode()
        + 'five,"ГАРФ. Ф. Р-5446. Оп. 1. Д. 12; д. 14.",two\r\n'.encode()
    )
    code, out, err = run(capsysbinary, str(path), "--column", "shelfmark", "--jobs", "1")
    assert b"\xff" in out  # the bad byte is written back as it was
    rows = list(csv.reader(io.StringIO(out.decode("utf-8", "replace"), newline="")))
    assert rows[0] == ["id", "shelfmark", "comment", *CSV_COLUMNS]
    assert [row[0] for row in rows[1:]] == ["1", "2", "3", "4", "five"]
    named = [dict(zip(rows[0], row, strict=False)) for row in rows[1:]]
    assert named[0]["archcite_text"] == GOOD_CHICAGO
    assert (named[0]["archive_id"], named[0]["folios"]) == ("RGANI", "13-14")
    assert named[1]["archcite_error"] == "not UTF-8: cannot decode byte 0xff"
    assert named[2]["archcite_error"] == "row has 1 fields, the header 3"
    assert named[3]["comment"] == "a\r\nmulti-line cell"
    assert named[3]["fond"] == "89"
    assert named[4]["delo"] == "12; 14"
    assert out.split(b"\r\n")[0] == (
        b"id,shelfmark,comment,archcite_text,archive_id,fond,opis,delo,folios,archcite_error"
    )
    assert code == 1
    assert f"{path}:3: not UTF-8" in err and f"{path}:4: row has 1 fields" in err


def test_tsv_is_sniffed_and_a_semicolon_column_does_not_fool_it(
    capsysbinary: pytest.CaptureFixture[bytes], tmp_path: Path
) -> None:
    path = tmp_path / "shelfmarks.tsv"
    notes = ["GARF, f. 9401, op. 1, d. 5; d. 6; d. 7", "RGASPI, f. 17; op. 3; d. 5, l. 1"] * 5
    path.write_text(
        "note\tid\n" + "".join(f"{n}\t{i}\n" for i, n in enumerate(notes)), encoding="utf-8"
    )
    code, out, _ = run(capsysbinary, str(path), "--column", "note", "--style", "gost")
    rows = [line.split("\t") for line in out.decode().splitlines()]
    assert code == 0
    assert rows[0] == ["note", "id", *CSV_COLUMNS]
    assert rows[1][2] == "ГАРФ. Ф. 9401. Оп. 1. Д. 5; Д. 6; Д. 7."
    assert len(rows) == 11 and all(len(row) == 9 for row in rows)


def test_rerunning_on_csv_output_replaces_the_added_columns(
    capsysbinary: pytest.CaptureFixture[bytes], tmp_path: Path
) -> None:
    path = tmp_path / "in.csv"
    path.write_text(f'note\n"{GOOD}"\n', encoding="utf-8")
    first = tmp_path / "first.csv"
    run(capsysbinary, str(path), "--column", "note", "-o", str(first))
    _, again, _ = run(capsysbinary, str(first), "--column", "note")
    assert again == first.read_bytes()


def test_several_files_run_in_order(
    capsysbinary: pytest.CaptureFixture[bytes], tmp_path: Path
) -> None:
    one, two = tmp_path / "1.txt", tmp_path / "2.txt"
    one.write_text(f"{GOOD}\nno newline at the end", encoding="utf-8")
    two.write_text("Ф. 17, оп. 3, д. 5\n", encoding="utf-8")
    code, out, _ = run(capsysbinary, str(one), str(two))
    assert out.decode().splitlines() == [
        GOOD_CHICAGO,
        "no newline at the end",
        "f. 17, op. 3, d. 5",
    ]
    assert code == 0


def test_several_csv_files_share_one_header(
    capsysbinary: pytest.CaptureFixture[bytes], tmp_path: Path
) -> None:
    for name in ("a.csv", "b.csv"):
        (tmp_path / name).write_text(f'note\n"{GOOD}"\n', encoding="utf-8")
    _, out, _ = run(
        capsysbinary, str(tmp_path / "a.csv"), str(tmp_path / "b.csv"), "--column", "note"
    )
    assert out.decode().splitlines()[0].startswith("note,archcite_text")
    assert len(out.decode().splitlines()) == 3


def test_standard_input(
    capsysbinary: pytest.CaptureFixture[bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    stdin = io.TextIOWrapper(io.BufferedReader(io.BytesIO(f"{GOOD}\n".encode())))
    monkeypatch.setattr(sys, "stdin", stdin)
    code, out, _ = run(capsysbinary, "-", "--style", "wilson")
    assert out == b"TsKhSD, F. 89, Op. 2, D. 5, Ll. 13-14\n"
    assert code == 0


def test_the_example_notes_as_the_old_command_wrote_them(
    capsysbinary: pytest.CaptureFixture[bytes],
) -> None:
    example = EXAMPLES / "notes.txt"
    code, out, _ = run(capsysbinary, str(example), "--style", "gost")
    expected = [normalise(line, "gost") for line in example.read_text("utf-8").splitlines()]
    assert out.decode().splitlines() == expected
    assert code == 0


def test_errors_file_lists_the_failing_records(
    capsysbinary: pytest.CaptureFixture[bytes], text_file: Path, tmp_path: Path
) -> None:
    errors = tmp_path / "errors.jsonl"
    code, _, err = run(capsysbinary, str(text_file), "--errors", str(errors), "--strict")
    entries = [json.loads(line) for line in errors.read_text("utf-8").splitlines()]
    assert [entry["line"] for entry in entries] == [2, 3, 7]
    assert entries[0] == {
        "file": str(text_file),
        "line": 2,
        "error": "not UTF-8: cannot decode byte 0xff at offset 19",
        "record": "F. 89, Op. 2, D. 7 \ufffd here",
    }
    assert entries[1]["error"].startswith("Expected")  # --strict: no reference in it
    assert f"{text_file}:2" not in err  # in the file, not on stderr
    assert code == 1


def test_exit_code_zero_when_every_record_is_clean(
    capsysbinary: pytest.CaptureFixture[bytes], tmp_path: Path
) -> None:
    path = tmp_path / "clean.txt"
    path.write_text(f"{GOOD}\nno reference\n", encoding="utf-8")
    code, _, err = run(capsysbinary, str(path), "--quiet")
    assert code == 0
    assert err == ""  # --quiet: no summary either


@pytest.mark.parametrize(
    "argv, message",
    [
        (["missing.txt"], "missing.txt: no such file"),
        (["{csv}", "--column", "nope"], "no column 'nope' in the header: note"),
    ],
)
def test_usage_errors_exit_2_and_write_nothing(
    capsysbinary: pytest.CaptureFixture[bytes],
    tmp_path: Path,
    argv: list[str],
    message: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    source = tmp_path / "in.csv"
    source.write_text(f'note\n"{GOOD}"\n', encoding="utf-8")
    target = tmp_path / "out.csv"
    argv = [arg.replace("{csv}", str(source)) for arg in argv]
    monkeypatch.chdir(tmp_path)
    code, _, err = run(capsysbinary, *argv, "-o", str(target))
    assert code == 2
    assert message in err
    assert not target.exists() and sorted(p.name for p in tmp_path.iterdir()) == ["in.csv"]


@pytest.mark.parametrize(
    "argv",
    [["--field", "a", "--column", "b"], ["--jobs", "0"], ["--transliteration", "klingon"]],
)
def test_conflicting_options_are_usage_errors(
    capsysbinary: pytest.CaptureFixture[bytes], argv: list[str]
) -> None:
    with pytest.raises(SystemExit) as stopped:
        run(capsysbinary, *argv)
    assert stopped.value.code == 2


def test_a_run_that_fails_midway_leaves_no_output(
    capsysbinary: pytest.CaptureFixture[bytes],
    tmp_path: Path,
    text_file: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "out.txt"
    target.write_text("the previous output\n", encoding="utf-8")
    monkeypatch.setattr(bulk_cli, "_CHUNK_BYTES", 10)
    written = 0

    def fail_on_the_third_chunk(*args: object) -> list[object]:
        nonlocal written
        written += 1
        if written == 3:
            raise KeyboardInterrupt
        return []

    monkeypatch.setattr(bulk_cli, "_errors", fail_on_the_third_chunk)
    code, _, err = run(capsysbinary, str(text_file), "-o", str(target))
    assert code == 130
    assert "interrupted" in err
    assert target.read_text("utf-8") == "the previous output\n"  # untouched
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt", "out.txt"]


def test_sigint_leaves_no_partial_output(tmp_path: Path) -> None:
    source = tmp_path / "many.txt"
    # Distinct references, so the cache cannot make the run finish before the signal.
    source.write_text(
        "".join(f"F. {n}, op. {n % 7}, d. {n % 13}, l. {n % 5}\n" for n in range(1, 200_001)),
        encoding="utf-8",
    )
    target = tmp_path / "out.txt"
    process = subprocess.Popen(
        [sys.executable, "-c", COMMAND, "normalise", str(source), "-o", str(target), "--jobs", "2"],
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 30
    while not list(tmp_path.glob(".out.txt.*.tmp")) and time.monotonic() < deadline:
        time.sleep(0.01)
    assert list(tmp_path.glob(".out.txt.*.tmp")), "the run never started writing"
    time.sleep(0.3)  # well into the run: about a tenth of it
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=30)
    assert process.returncode == 130, err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["many.txt"]


def test_a_progress_bar_on_a_terminal_only(
    capsysbinary: pytest.CaptureFixture[bytes], text_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, _, piped = run(capsysbinary, str(text_file))
    monkeypatch.setattr(report, "stderr_is_terminal", lambda: True)
    _, _, terminal = run(capsysbinary, str(text_file))
    _, _, quiet = run(capsysbinary, str(text_file), "--quiet")
    assert "records/s]" not in piped
    assert "7.00/7.00" in terminal and "records/s]" in terminal
    assert f"\r{text_file}:2: not UTF-8" in terminal  # the bar cleared first
    assert "records/s]" not in quiet


def test_errors_file_naming_an_input_is_refused_and_the_input_kept(
    capsysbinary: pytest.CaptureFixture[bytes], text_file: Path
) -> None:
    before = text_file.read_bytes()
    code, out, err = run(capsysbinary, str(text_file), "--errors", str(text_file))
    assert code == 2
    assert "is an input file" in err
    assert out == b""
    assert text_file.read_bytes() == before


def test_errors_file_naming_an_input_through_another_path_is_refused(
    capsysbinary: pytest.CaptureFixture[bytes], text_file: Path
) -> None:
    before = text_file.read_bytes()
    other_spelling = text_file.parent / "." / text_file.name
    code, _, err = run(capsysbinary, str(text_file), "--errors", str(other_spelling))
    assert code == 2 and "is an input file" in err
    assert text_file.read_bytes() == before


def test_errors_file_equal_to_the_output_is_refused(
    capsysbinary: pytest.CaptureFixture[bytes], text_file: Path, tmp_path: Path
) -> None:
    target = tmp_path / "out.txt"
    code, _, err = run(capsysbinary, str(text_file), "-o", str(target), "--errors", str(target))
    assert code == 2 and "also the output" in err
    assert not target.exists()


def test_output_naming_the_input_rewrites_it_in_place(
    capsysbinary: pytest.CaptureFixture[bytes], tmp_path: Path
) -> None:
    source = tmp_path / "notes.txt"
    source.write_text(f"See {GOOD}.\nno reference here\n", encoding="utf-8")
    code, _, _ = run(capsysbinary, str(source), "-o", str(source), "--style", "gost")
    assert code == 0
    expected = "See ЦХСД. Ф. 89. Оп. 2. Д. 5. Л. 13–14.\nno reference here\n"
    assert source.read_text("utf-8") == expected


def test_csv_files_with_different_headers_are_refused_before_any_work(
    capsysbinary: pytest.CaptureFixture[bytes], tmp_path: Path
) -> None:
    one, two = tmp_path / "a.csv", tmp_path / "b.csv"
    one.write_text(f'note,id\n"{GOOD}",1\n', encoding="utf-8")
    two.write_text(f'id,note\n2,"{GOOD}"\n', encoding="utf-8")
    target = tmp_path / "out.csv"
    code, out, err = run(
        capsysbinary, str(one), str(two), "--column", "note", "-o", str(target), "-q"
    )
    assert (code, out) == (2, b"")
    assert err == (
        f"archcite normalise: {two}: its header (id, note) is not that of {one}; "
        "their rows cannot make one CSV file: normalise each on its own\n"
    )
    assert not target.exists()


def test_csv_files_with_different_delimiters_are_refused(
    capsysbinary: pytest.CaptureFixture[bytes], tmp_path: Path
) -> None:
    one, two = tmp_path / "a.csv", tmp_path / "b.tsv"
    one.write_text(f'note,id\n"{GOOD}",1\n', encoding="utf-8")
    two.write_text(f"note\tid\n{GOOD}\t2\n", encoding="utf-8")
    code, out, err = run(capsysbinary, str(one), str(two), "--column", "note", "-q")
    assert (code, out) == (2, b"")
    assert f"{two}: its delimiter and quote ('\\t', '\"') are not those of {one}" in err


def test_csv_standard_input_is_checked_with_the_files_and_then_read_whole(
    capsysbinary: pytest.CaptureFixture[bytes], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = "".join(f'"{GOOD}",{n}\n' for n in range(3000))  # more than one read's worth
    stdin = io.TextIOWrapper(io.BufferedReader(io.BytesIO(f"note,id\n{rows}".encode())))
    monkeypatch.setattr(sys, "stdin", stdin)
    other = tmp_path / "b.csv"
    other.write_text(f'note,id\n"{GOOD}",x\n', encoding="utf-8")
    code, out, _ = run(capsysbinary, "-", str(other), "--column", "note", "-q")
    lines = out.decode().splitlines()
    assert code == 0
    assert len(lines) == 1 + 3000 + 1
    assert lines[1] == f'"{GOOD}",0,"{GOOD_CHICAGO}",RGANI,89,2,5,13-14,'
    assert lines[-1].endswith(",x," + lines[1].split(",0,", 1)[1])


def test_csv_from_a_pipe_is_checked_and_read_whole(
    capsysbinary: pytest.CaptureFixture[bytes], tmp_path: Path
) -> None:
    read_end, write_end = os.pipe()
    os.write(write_end, f'note,id\n"{GOOD}",1\n"no reference",2\n'.encode())
    os.close(write_end)
    try:
        code, out, _ = run(capsysbinary, f"/dev/fd/{read_end}", "--column", "note", "-q")
    finally:
        os.close(read_end)
    lines = out.decode().splitlines()
    assert code == 0 and len(lines) == 3
    assert lines[0].startswith("note,id,archcite_text")


def test_a_normalised_csv_and_a_raw_one_make_one_file(
    capsysbinary: pytest.CaptureFixture[bytes], tmp_path: Path
) -> None:
    raw = tmp_path / "raw.csv"
    raw.write_text(f'note\n"{GOOD}"\n', encoding="utf-8")
    done = tmp_path / "done.csv"
    run(capsysbinary, str(raw), "--column", "note", "-o", str(done), "-q")
    code, out, _ = run(capsysbinary, str(done), str(raw), "--column", "note", "-q")
    lines = out.decode().splitlines()
    assert code == 0 and len(lines) == 3 and lines[1] == lines[2]


def test_jobs_above_the_cores_are_capped_with_a_note(
    capsysbinary: pytest.CaptureFixture[bytes], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    started: list[int] = []
    real_runner = bulk_cli.ChunkRunner

    def counting_runner(factory: Any, args: Any, jobs: int, *rest: Any) -> Any:
        started.append(jobs)
        return real_runner(factory, args, 1, *rest)  # the count is what is tested, not the pool

    monkeypatch.setattr(bulk_cli, "ChunkRunner", counting_runner)
    monkeypatch.setattr(bulk_cli, "cpu_count", lambda: 3)
    path = tmp_path / "notes.txt"
    path.write_text(f"{GOOD}\n", encoding="utf-8")
    code, out, err = run(capsysbinary, str(path), "--jobs", "500")
    assert code == 0 and out == GOOD_CHICAGO.encode() + b"\n"
    assert started == [3]
    assert "archcite normalise: --jobs 500 is more than the 3 cores here; using 3\n" in err


def test_errors_on_standard_output_is_refused(
    capsysbinary: pytest.CaptureFixture[bytes], text_file: Path
) -> None:
    code, out, err = run(capsysbinary, str(text_file), "--errors", "-")
    assert (code, out) == (2, b"")
    assert "--errors -: standard output is for the output" in err
