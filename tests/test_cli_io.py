"""What every command shares: how inputs are opened and checked, how output is written.

Each command is run in-process through :func:`archcite.cli.main`, on real files in
``tmp_path``; where the behaviour belongs to the process (standard output redirected onto
a file, ``python -m``), in a subprocess.
"""

from __future__ import annotations

import importlib
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from archcite.cli import main, outputs, report

main_module = importlib.import_module("archcite.cli.main")

GOOD = "TsKhSD, F. 89, Op. 2, D. 5, Ll. 13-14"
CHICAGO = "TsKhSD, f. 89, op. 2, d. 5, ll. 13–14"
LATER = "РГАНИ. Ф. 3. Оп. 12. Д. 1006. Л. 52."
BOM = b"\xef\xbb\xbf"

#: Each command as a user would run it on a text file of references, one a line.
COMMANDS: dict[str, list[str]] = {
    "parse": ["parse"],
    "format": ["format"],
    "extract": ["extract"],
    "convert": ["convert", "--from", "text", "--to", "chicago"],
    "normalise": ["normalise", "--quiet"],
}
ALL = list(COMMANDS)


def run(capsysbinary: pytest.CaptureFixture[bytes], *argv: str) -> tuple[int, bytes, str]:
    code = main(list(argv))
    out, err = capsysbinary.readouterr()
    return code, out, err.decode("utf-8", "replace")


@pytest.fixture
def refs(tmp_path: Path) -> Path:
    path = tmp_path / "refs.txt"
    path.write_text(f"{GOOD}\n{LATER}\n", encoding="utf-8")
    return path


# Undecodable bytes: reported with file and line, the record kept, the run goes on.


@pytest.mark.parametrize("command", ALL)
def test_an_undecodable_line_is_reported_and_the_rest_is_read(
    command: str, capsysbinary: pytest.CaptureFixture[bytes], tmp_path: Path
) -> None:
    path = tmp_path / "notes.txt"
    path.write_bytes(GOOD.encode() + b"\nF. 89, Op. 2, D. 7 \xff here\n" + LATER.encode() + b"\n")
    code, out, err = run(capsysbinary, *COMMANDS[command], str(path))
    assert code == 1
    assert f"{path}:2: not UTF-8: cannot decode byte 0xff" in err
    assert "Traceback" not in err
    assert ("Ф. 3" in out.decode("utf-8", "replace")) or (b"f. 3, op. 12" in out)


@pytest.mark.parametrize("command", ["parse", "format", "normalise"])
def test_a_line_oriented_command_keeps_the_undecodable_line_byte_for_byte(
    command: str, capsysbinary: pytest.CaptureFixture[bytes], tmp_path: Path
) -> None:
    path = tmp_path / "notes.txt"
    path.write_bytes(GOOD.encode() + b"\nF. 89, Op. 2, D. 7 \xff here\n" + LATER.encode() + b"\n")
    _, out, _ = run(capsysbinary, *COMMANDS[command], str(path))
    lines = out.split(b"\n")
    assert lines[0] == CHICAGO.encode()
    assert lines[1] == b"F. 89, Op. 2, D. 7 \xff here"
    assert lines[2].startswith(b"RGANI, f. 3, op. 12, d. 1006, l. 52")
    assert len(lines) == 4 and lines[3] == b""


def test_parse_json_writes_an_error_record_for_an_undecodable_line(
    capsysbinary: pytest.CaptureFixture[bytes], tmp_path: Path
) -> None:
    path = tmp_path / "notes.txt"
    path.write_bytes(b"bad \xff\n" + GOOD.encode() + b"\n")
    code, out, _ = run(capsysbinary, "parse", "--json", str(path))
    first, second = (json.loads(line) for line in out.splitlines())
    assert first == {
        "input": "bad \ufffd",
        "error": "not UTF-8: cannot decode byte 0xff at offset 4",
        "position": None,
    }
    assert second["delo"] == "5" and code == 1


def test_extract_reads_past_an_undecodable_line_and_counts_offsets_in_characters(
    capsysbinary: pytest.CaptureFixture[bytes], tmp_path: Path
) -> None:
    path = tmp_path / "chapter.txt"
    path.write_bytes(b"bad \xff\nSee " + GOOD.encode() + b".\n")
    code, out, err = run(capsysbinary, "extract", "--json", str(path))
    (record,) = (json.loads(line) for line in out.splitlines())
    assert record["span"] == [10, 10 + len(GOOD)]
    assert code == 1 and f"{path}:1: not UTF-8" in err


# A byte order mark: accepted by every command, in every format.


@pytest.mark.parametrize("command", ALL)
def test_a_byte_order_mark_is_accepted(
    command: str, capsysbinary: pytest.CaptureFixture[bytes], tmp_path: Path
) -> None:
    path = tmp_path / "refs.txt"
    path.write_bytes(BOM + GOOD.encode() + b"\n")
    code, out, err = run(capsysbinary, *COMMANDS[command], str(path))
    assert (code, err) == (0, "")
    assert CHICAGO.encode() in out
    # Not carried into a record; normalise writes its input's format, mark and all.
    assert out.startswith(BOM) == (command == "normalise")
    assert BOM not in out[3:]


def test_parse_json_with_a_byte_order_mark(
    capsysbinary: pytest.CaptureFixture[bytes], tmp_path: Path
) -> None:
    path = tmp_path / "refs.txt"
    path.write_bytes(BOM + GOOD.encode() + b"\n")
    code, out, _ = run(capsysbinary, "parse", "--json", str(path))
    assert code == 0 and json.loads(out)["archive"] == "TsKhSD"


def test_normalise_json_lines_with_a_byte_order_mark(
    capsysbinary: pytest.CaptureFixture[bytes], tmp_path: Path
) -> None:
    path = tmp_path / "notes.jsonl"
    path.write_bytes(BOM + json.dumps({"note": GOOD}).encode() + b"\n")
    code, out, _ = run(capsysbinary, "normalise", "-q", "--field", "note", str(path))
    assert code == 0
    assert out.startswith(BOM)  # the file's own mark is kept, as the rest of the format
    assert json.loads(out[len(BOM) :])["archcite_text"] == CHICAGO


def test_normalise_csv_with_a_byte_order_mark_finds_its_first_column(
    capsysbinary: pytest.CaptureFixture[bytes], tmp_path: Path
) -> None:
    path = tmp_path / "export.csv"  # as Excel writes it
    path.write_bytes(BOM + f'note,id\r\n"{GOOD}",1\r\n'.encode())
    code, out, _ = run(capsysbinary, "normalise", "-q", "--column", "note", str(path))
    assert code == 0
    header, row = out[len(BOM) :].decode().splitlines()[:2]
    assert header.startswith("note,id,archcite_text") and CHICAGO in row


def test_convert_csl_json_with_a_byte_order_mark(
    capsysbinary: pytest.CaptureFixture[bytes], tmp_path: Path
) -> None:
    path = tmp_path / "zotero.json"
    item = {"id": "a", "title": "T", "archive": "TsKhSD", "archive_location": "f. 89, op. 2, d. 5"}
    path.write_bytes(BOM + json.dumps([item]).encode())
    code, out, _ = run(capsysbinary, "convert", "--from", "csl-json", "--to", "ris", str(path))
    assert code == 0 and b"AN  - f. 89, op. 2, d. 5" in out


def test_a_byte_order_mark_on_standard_input(
    capsysbinary: pytest.CaptureFixture[bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    stdin = io.TextIOWrapper(io.BufferedReader(io.BytesIO(BOM + GOOD.encode() + b"\n")))
    monkeypatch.setattr(sys, "stdin", stdin)
    code, out, _ = run(capsysbinary, "parse", "--json", "-")
    assert code == 0 and json.loads(out)["fond"] == "89"


# Inputs checked before any work: one message naming the path, no traceback, exit 2.


@pytest.mark.parametrize("command", ALL)
def test_a_directory_as_input_is_a_usage_error(
    command: str, capsysbinary: pytest.CaptureFixture[bytes], tmp_path: Path, refs: Path
) -> None:
    code, out, err = run(capsysbinary, *COMMANDS[command], str(refs), str(tmp_path))
    assert (code, out) == (2, b"")
    assert err == f"archcite {command}: {tmp_path}: is a directory; name the files in it, " + (
        f"e.g. {tmp_path}/*.txt\n"
    )


@pytest.mark.parametrize("command", ALL)
def test_every_input_is_checked_before_any_is_read(
    command: str, capsysbinary: pytest.CaptureFixture[bytes], tmp_path: Path, refs: Path
) -> None:
    missing = tmp_path / "missing.txt"
    code, out, err = run(capsysbinary, *COMMANDS[command], str(refs), str(missing))
    assert (code, out) == (2, b"")
    assert err == f"archcite {command}: {missing}: no such file\n"


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file")
@pytest.mark.parametrize("command", ALL)
def test_an_unreadable_input_is_a_usage_error(
    command: str, capsysbinary: pytest.CaptureFixture[bytes], refs: Path
) -> None:
    refs.chmod(0)
    code, out, err = run(capsysbinary, *COMMANDS[command], str(refs))
    assert (code, out) == (2, b"")
    assert f"{refs}: cannot be read: permission denied" in err


def test_an_input_that_fails_to_open_is_a_usage_error(
    capsysbinary: pytest.CaptureFixture[bytes], refs: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_open = open

    def refuse(path: object, *args: object, **kwargs: object) -> object:
        if path == str(refs):
            raise PermissionError(13, "Permission denied", str(refs))
        return real_open(path, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr("builtins.open", refuse)
    code, out, err = run(capsysbinary, "parse", str(refs))
    assert (code, out) == (2, b"")
    assert err == f"archcite parse: {refs}: cannot be read: permission denied\n"


@pytest.mark.parametrize("command", ALL)
def test_a_pipe_is_read_as_an_input(
    command: str, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    """As a shell's process substitution gives one: <(zcat notes.gz)."""
    read_end, write_end = os.pipe()
    os.write(write_end, BOM + GOOD.encode() + b"\n")
    os.close(write_end)
    try:
        code, out, _ = run(capsysbinary, *COMMANDS[command], f"/dev/fd/{read_end}")
    finally:
        os.close(read_end)
    assert code == 0 and CHICAGO.encode() in out


@pytest.mark.parametrize("command", ALL)
def test_an_unknown_transliteration_is_refused_by_argparse(
    command: str, capsysbinary: pytest.CaptureFixture[bytes], refs: Path
) -> None:
    with pytest.raises(SystemExit) as stopped:
        main([*COMMANDS[command], str(refs), "--transliteration", "foo"])
    assert stopped.value.code == 2
    err = capsysbinary.readouterr().err.decode()
    assert "invalid choice: 'foo'" in err and "iso9" in err


# Output: -o checked first, written atomically, through links; never over an input.


@pytest.mark.parametrize("command", ALL)
def test_output_naming_a_directory_is_refused_before_any_work(
    command: str, capsysbinary: pytest.CaptureFixture[bytes], tmp_path: Path, refs: Path
) -> None:
    code, out, err = run(capsysbinary, *COMMANDS[command], str(refs), "-o", str(tmp_path))
    assert (code, out) == (2, b"")
    assert err == f"archcite {command}: -o {tmp_path}: is a directory; name a file to write\n"


@pytest.mark.parametrize("command", ALL)
def test_output_in_a_missing_directory_is_refused(
    command: str, capsysbinary: pytest.CaptureFixture[bytes], tmp_path: Path, refs: Path
) -> None:
    target = tmp_path / "no" / "out.txt"
    code, _, err = run(capsysbinary, *COMMANDS[command], str(refs), "-o", str(target))
    assert code == 2
    assert err == f"archcite {command}: -o {target}: no such directory: {tmp_path / 'no'}\n"


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes in any directory")
def test_output_in_an_unwritable_directory_is_refused(
    capsysbinary: pytest.CaptureFixture[bytes], tmp_path: Path, refs: Path
) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    code, _, err = run(capsysbinary, "parse", str(refs), "-o", str(folder / "out.txt"))
    assert code == 2 and "permission denied" in err


@pytest.mark.parametrize("command", ALL)
def test_a_read_only_output_is_refused_and_kept(
    command: str, capsysbinary: pytest.CaptureFixture[bytes], tmp_path: Path, refs: Path
) -> None:
    target = tmp_path / "out.txt"
    target.write_text("keep me\n", encoding="utf-8")
    target.chmod(0o444)
    code, _, err = run(capsysbinary, *COMMANDS[command], str(refs), "-o", str(target))
    assert code == 2
    assert err == f"archcite {command}: -o {target}: is read-only; not replacing it\n"
    assert target.read_text("utf-8") == "keep me\n"


@pytest.mark.parametrize("command", ALL)
def test_output_dash_is_standard_output(
    command: str, capsysbinary: pytest.CaptureFixture[bytes], tmp_path: Path, refs: Path
) -> None:
    code, out, _ = run(capsysbinary, *COMMANDS[command], str(refs), "-o", "-")
    assert code == 0 and CHICAGO.encode() in out
    assert not (tmp_path / "-").exists()


@pytest.mark.parametrize("command", ALL)
def test_output_through_a_symlink_replaces_its_target_and_keeps_the_link(
    command: str, capsysbinary: pytest.CaptureFixture[bytes], tmp_path: Path, refs: Path
) -> None:
    real = tmp_path / "real.txt"
    real.write_text("old\n", encoding="utf-8")
    real.chmod(0o640)
    link = tmp_path / "link.txt"
    link.symlink_to(real.name)
    code, out, _ = run(capsysbinary, *COMMANDS[command], str(refs), "-o", str(link))
    assert (code, out) == (0, b"")
    assert link.is_symlink() and os.readlink(link) == real.name
    assert CHICAGO in real.read_text("utf-8")
    assert real.stat().st_mode & 0o777 == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.txt", "real.txt", "refs.txt"]


@pytest.mark.parametrize("command", ["format", "normalise"])
def test_output_naming_the_input_rewrites_it_in_place(
    command: str, capsysbinary: pytest.CaptureFixture[bytes], refs: Path
) -> None:
    code, _, _ = run(capsysbinary, *COMMANDS[command], str(refs), "-o", str(refs))
    assert code == 0
    first, second = refs.read_text("utf-8").splitlines()
    assert first == CHICAGO and second.startswith("RGANI, f. 3, op. 12, d. 1006, l. 52")


@pytest.mark.parametrize(
    "argv", [["extract"], ["parse", "--json"], ["convert", "--from", "text", "--to", "ris"]]
)
def test_output_of_another_kind_may_not_replace_an_input(
    argv: list[str], capsysbinary: pytest.CaptureFixture[bytes], refs: Path
) -> None:
    before = refs.read_bytes()
    code, out, err = run(capsysbinary, *argv, str(refs), "-o", str(refs))
    assert (code, out) == (2, b"")
    assert f"-o {refs}: is an input file; it would be overwritten" in err
    assert refs.read_bytes() == before


@pytest.mark.parametrize("command", ALL)
def test_standard_output_appended_to_an_input_is_refused(command: str, refs: Path) -> None:
    """``archcite parse refs.txt >> refs.txt`` would read its own output, perhaps forever."""
    before = refs.read_bytes()
    with refs.open("ab") as appended:
        finished = subprocess.run(
            [sys.executable, "-m", "archcite", *COMMANDS[command], str(refs)],
            stdout=appended,
            stderr=subprocess.PIPE,
            timeout=60,
            check=False,
        )
    assert finished.returncode == 2
    assert f"standard output is {refs}, an input file" in finished.stderr.decode()
    assert refs.read_bytes() == before


def test_a_temporary_file_of_a_dead_run_is_removed_and_a_live_ones_kept(
    capsysbinary: pytest.CaptureFixture[bytes], tmp_path: Path, refs: Path
) -> None:
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        check=True,
        capture_output=True,
        text=True,
    )
    dead_pid = int(dead.stdout)
    stale = tmp_path / f".out.txt.{dead_pid}.k3j_x9a2.tmp"
    stale.write_text("half a run", encoding="utf-8")
    live = tmp_path / f".out.txt.{os.getppid()}.a1b2c3d4.tmp"  # pytest's parent: alive
    live.write_text("another run, still going", encoding="utf-8")
    other = tmp_path / f".other.txt.{dead_pid}.a1b2c3d4.tmp"  # another target's
    other.write_text("not ours", encoding="utf-8")
    code, _, _ = run(capsysbinary, "format", str(refs), "-o", str(tmp_path / "out.txt"))
    assert code == 0
    assert not stale.exists()
    assert live.exists() and other.exists()


def test_an_input_named_like_a_stale_temporary_file_is_never_removed(
    capsysbinary: pytest.CaptureFixture[bytes], tmp_path: Path
) -> None:
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        check=True,
        capture_output=True,
        text=True,
    )
    source = tmp_path / f".out.txt.{int(dead.stdout)}.k3j_x9a2.tmp"
    source.write_text(f"{GOOD}\n", encoding="utf-8")
    code, _, _ = run(capsysbinary, "format", str(source), "-o", str(tmp_path / "out.txt"))
    assert code == 0 and source.read_text("utf-8") == f"{GOOD}\n"


def test_an_interrupted_run_leaves_the_earlier_output(
    capsysbinary: pytest.CaptureFixture[bytes],
    tmp_path: Path,
    refs: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "out.txt"
    target.write_text("the previous output\n", encoding="utf-8")

    def interrupt(*args: object) -> bytes:
        raise KeyboardInterrupt

    monkeypatch.setattr(main_module, "_parsed", interrupt)
    code, _, err = run(capsysbinary, "format", str(refs), "-o", str(target))
    assert code == 130
    assert err == "archcite format: interrupted; no output file written\n"
    assert target.read_text("utf-8") == "the previous output\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.txt", "refs.txt"]


# The whole program, as it is installed.


def test_python_dash_m_archcite_runs_the_command_line(refs: Path) -> None:
    finished = subprocess.run(
        [sys.executable, "-m", "archcite", "format", "--style", "gost", str(refs)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert finished.returncode == 0, finished.stderr
    assert finished.stdout.splitlines()[0] == "ЦХСД. Ф. 89. Оп. 2. Д. 5. Л. 13–14."


@pytest.mark.parametrize("command", ALL)
def test_a_progress_bar_on_a_terminal_only(
    command: str,
    capsysbinary: pytest.CaptureFixture[bytes],
    refs: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    argv = [arg for arg in COMMANDS[command] if arg != "--quiet"]
    _, _, piped = run(capsysbinary, *argv, str(refs))
    monkeypatch.setattr(report, "stderr_is_terminal", lambda: True)
    _, out, terminal = run(capsysbinary, *argv, str(refs))
    _, _, quiet = run(capsysbinary, *argv, str(refs), "--quiet")
    assert "/s]" not in piped and "/s]" not in quiet
    assert "100%" in terminal and "/s]" in terminal
    assert CHICAGO.encode() in out  # the bar is on standard error, never in the output


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pseudo-terminal")
def test_at_a_terminal_each_line_is_answered_as_it_is_typed() -> None:
    import select

    leader, follower = os.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "archcite", "format", "--quiet"],
        stdin=follower,
        stdout=follower,
        stderr=subprocess.DEVNULL,
    )
    os.close(follower)
    try:
        os.write(leader, f"{GOOD}\n".encode())
        seen = b""
        while CHICAGO.encode() not in seen:  # the answer comes before end of input
            ready, _, _ = select.select([leader], [], [], 30)
            assert ready, f"no answer before end of input; saw {seen!r}"
            seen += os.read(leader, 1024)
        os.write(leader, b"\x04")  # end of input
        assert process.wait(timeout=30) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        os.close(leader)


@pytest.mark.parametrize("command", ALL)
def test_a_folder_that_cannot_be_written_is_refused_before_any_work(
    command: str,
    capsysbinary: pytest.CaptureFixture[bytes],
    tmp_path: Path,
    refs: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """As the test above, for root too: the folder is reported unwritable as access() says."""
    folder = tmp_path / "locked"
    folder.mkdir()
    real_access = os.access

    def no_writing_in_folder(path: object, mode: int, **kwargs: object) -> bool:
        if str(path) == str(folder) and mode & os.W_OK:
            return False
        return real_access(path, mode, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(outputs.os, "access", no_writing_in_folder)
    target = folder / "out.txt"
    code, out, err = run(capsysbinary, *COMMANDS[command], str(refs), "-o", str(target))
    assert (code, out) == (2, b"")
    assert err == (
        f"archcite {command}: -o {target}: cannot write in {folder}: permission denied\n"
    )
    assert list(folder.iterdir()) == []
