"""archcite normalise as a process: its workers end with it, however it ends.

These run the installed command in a subprocess on a real file, since what they test
belongs to processes: signals, orphans, files left behind by a run that was killed.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from archcite.bulk import cpu_count

pytestmark = [
    pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc"),
    pytest.mark.skipif(cpu_count() < 2, reason="needs two cores for two workers"),
]


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry.name))
    return found


def _running(pid: int) -> bool:
    """True while ``pid`` exists and is not a zombie waiting to be reaped."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _wait_for(condition: object, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():  # type: ignore[operator]
            return True
        time.sleep(0.05)
    return False


def _kill(pids: list[int]) -> None:
    """End what a failed test left running: only these processes, which it started."""
    for pid in pids:
        if _running(pid):
            os.kill(pid, signal.SIGKILL)


@pytest.fixture
def many(tmp_path: Path) -> Path:
    source = tmp_path / "many.txt"
    # Distinct references, so the cache cannot make the run end before it is killed.
    source.write_text(
        "".join(f"F. {n}, op. {n % 7}, d. {n % 13}, l. {n % 5}\n" for n in range(1, 100_001)),
        encoding="utf-8",
    )
    return source


def test_kill_9_takes_the_workers_with_it_and_the_next_run_cleans_up(
    tmp_path: Path, many: Path
) -> None:
    target = tmp_path / "out.txt"
    command = [sys.executable, "-m", "archcite", "normalise", str(many), "-o", str(target)]
    process = subprocess.Popen([*command, "--jobs", "2"], stderr=subprocess.DEVNULL)
    try:
        assert _wait_for(lambda: list(tmp_path.glob(".out.txt.*.tmp")), 60), "never started"
        assert _wait_for(lambda: len(_children(process.pid)) >= 2, 30), "no workers"
        workers = _children(process.pid)
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
    try:
        # Without a check of their own, the workers would wait on their queue for minutes.
        assert _wait_for(lambda: not any(map(_running, workers)), 20), "workers outlived it"
    finally:
        _kill(workers)
    (stale,) = tmp_path.glob(".out.txt.*.tmp")
    assert stale.name.startswith(f".out.txt.{process.pid}.")  # whose it was, by its name

    few = tmp_path / "few.txt"
    few.write_text("F. 89, op. 2, d. 5\n", encoding="utf-8")
    finished = subprocess.run(
        [sys.executable, "-m", "archcite", "normalise", str(few), "-o", str(target), "-q"],
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert finished.returncode == 0, finished.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["few.txt", "many.txt", "out.txt"]
    assert target.read_text("utf-8") == "f. 89, op. 2, d. 5\n"


def test_sigterm_ends_the_workers_and_leaves_no_temporary_file(tmp_path: Path, many: Path) -> None:
    target = tmp_path / "out.txt"
    process = subprocess.Popen(
        [sys.executable, "-m", "archcite", "normalise", str(many), "-o", str(target), "-j", "2"],
        stderr=subprocess.PIPE,
    )
    try:
        assert _wait_for(lambda: len(_children(process.pid)) >= 2, 60), "no workers"
        workers = _children(process.pid)
        assert _wait_for(lambda: list(tmp_path.glob(".out.txt.*.tmp")), 60), "never started"
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=60)
    assert process.returncode == 128 + signal.SIGTERM
    try:
        assert _wait_for(lambda: not any(map(_running, workers)), 20), "workers outlived it"
    finally:
        _kill(workers)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["many.txt"]
    assert os.path.exists(many)


def test_ctrl_c_twice_ends_the_run_and_its_workers(tmp_path: Path, many: Path) -> None:
    # `timeout -s INT` signals the process and then its whole group, and a user may press
    # Ctrl-C twice: the second interrupt came while the pool was shutting down, which
    # left the interpreter waiting for its workers at exit, for ever.
    target = tmp_path / "out.txt"
    process = subprocess.Popen(
        [sys.executable, "-m", "archcite", "normalise", str(many), "-o", str(target), "-j", "2"],
        stderr=subprocess.PIPE,
        start_new_session=True,  # a process group of its own, as a shell gives a command
    )
    workers: list[int] = []
    try:
        assert _wait_for(lambda: len(_children(process.pid)) >= 2, 60), "no workers"
        workers = _children(process.pid)
        assert _wait_for(lambda: list(tmp_path.glob(".out.txt.*.tmp")), 60), "never started"
        os.kill(process.pid, signal.SIGINT)
        time.sleep(0.05)
        os.killpg(process.pid, signal.SIGINT)
        _, stderr = process.communicate(timeout=30)
    finally:
        _kill([process.pid, *workers])
    # 130 from the command's own handling; or, where the second interrupt reaches the
    # interpreter as it exits, after the handling and the message, death by SIGINT
    # (which a shell reports as 130 too).
    assert process.returncode in (130, -signal.SIGINT), stderr.decode()
    assert b"interrupted; no output file written" in stderr
    assert _wait_for(lambda: not any(map(_running, workers)), 20), "workers outlived it"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["many.txt"]
