"""The file of compiled patterns: the same patterns as re.compile makes, never a wrong one.

Also: the reader's patterns are the same text on every run, whatever the hash seed, so
that a pattern kept from one run is found by the next.
"""

from __future__ import annotations

import json
import marshal
import os
import re
import subprocess
import sys
import zlib
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from archcite import _compiled
from archcite._compiled import PatternStore, compiled, default_path
from archcite.reading.labels import label_pattern
from archcite.reading.run import LEVEL_TOKEN_PATTERN

pytestmark = pytest.mark.skipif(
    _compiled._ENGINE is None, reason="the store needs CPython's regular-expression engine"
)

SAMPLES = (
    "ГАРФ. Ф. Р-5446. Оп. 1. Д. 12. Л. 3 об.–5.",
    "RGASPI, f. 17, op. 3, d. 870, ll. 5-6; TsKhSD, F. 89, Op. 2, D. 5",
    "see fond 3, opis 64, delo 488, list 181 and pp. 12-13 of the report of 1956",
    "Arkhiv Prezidenta RF, f. 3, op. 64, d. 488",
    "",
)


def _same(made: re.Pattern[str], expected: re.Pattern[str]) -> None:
    assert (made.pattern, made.flags, made.groups) == (
        expected.pattern,
        expected.flags,
        expected.groups,
    )
    assert made.groupindex == expected.groupindex
    for text in SAMPLES:
        assert [m.span() for m in made.finditer(text)] == [
            m.span() for m in expected.finditer(text)
        ]
        assert [m.groupdict() for m in made.finditer(text)] == [
            m.groupdict() for m in expected.finditer(text)
        ]


def test_a_stored_pattern_is_built_from_the_file_and_behaves_as_re_compile(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "patterns.bin"
    first = PatternStore(path)
    made = first.compile(LEVEL_TOKEN_PATTERN, re.IGNORECASE)
    _same(made, re.compile(LEVEL_TOKEN_PATTERN, re.IGNORECASE))
    assert first.save() and path.exists()
    assert not first.save()  # nothing learnt since

    second = PatternStore(path)

    def no_compiler(pattern: str, flags: int) -> object:
        raise AssertionError("compiled again, though the file holds it")

    monkeypatch.setattr(_compiled, "_entry", no_compiler)
    again = second.compile(LEVEL_TOKEN_PATTERN, re.IGNORECASE)
    _same(again, re.compile(LEVEL_TOKEN_PATTERN, re.IGNORECASE))
    assert second.compile(LEVEL_TOKEN_PATTERN, re.IGNORECASE) is again


def test_every_pattern_the_package_stores_is_the_pattern_re_compile_makes(
    tmp_path: Path,
) -> None:
    # The patterns this process asked for, built again from a file written here.
    asked = list(_compiled._STORE._patterns)
    assert len(asked) > 50
    store = PatternStore(tmp_path / "patterns.bin")
    for pattern, flags in asked:
        store.compile(pattern, flags)
    assert store.save()
    reread = PatternStore(tmp_path / "patterns.bin")
    for pattern, flags in asked:
        _same(reread.compile(pattern, flags), re.compile(pattern, flags))


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"not marshal at all",
        marshal.dumps([1, 2, 3]),
        marshal.dumps({("F", 0): "a damaged entry"}),
        marshal.dumps({(r"F\. (\d+)", 0): (0, b"\x00\x01\x02\x03" * 3, 0, {}, (None,))}),
        marshal.dumps(
            {(r"F\. (\d+)", 0): (0, zlib.compress(b"\x00\x01\x02\x03" * 3), 0, {}, (None,))}
        ),
    ],
    ids=[
        "empty",
        "not-marshal",
        "not-a-dict",
        "bad-entry",
        "code-not-compressed",
        "code-the-engine-refuses",
    ],
)
def test_a_damaged_file_means_compiling_as_re_does(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "patterns.bin"
    path.write_bytes(content)
    store = PatternStore(path)
    made = store.compile(r"F\. (\d+)")
    assert made.match("F. 89")[1] == "89"  # type: ignore[index]
    _same(made, re.compile(r"F\. (\d+)"))
    assert store.save()  # and the file is mended
    assert PatternStore(path).compile(r"F\. (\d+)").match("F. 5")[1] == "5"  # type: ignore[index]


def test_a_directory_it_cannot_write_is_no_error(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    store = PatternStore(blocker / "patterns.bin")
    assert store.compile(r"\d+").match("12")
    assert store.save() is False
    assert blocker.read_text() == "not a directory"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-file"]


def test_without_a_path_nothing_is_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    store = PatternStore(None)
    assert store.compile(r"[Ff]\. (\d+)", re.IGNORECASE).match("f. 3")
    assert store.save() is False
    monkeypatch.setenv("ARCHCITE_CACHE_DIR", "")
    assert default_path() is None


def test_the_file_lives_where_archcite_cache_dir_says(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ARCHCITE_CACHE_DIR", str(tmp_path))
    path = default_path()
    assert path is not None and path.parent == tmp_path
    assert sys.implementation.cache_tag in path.name  # another Python never reads it
    monkeypatch.delenv("ARCHCITE_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    if sys.platform.startswith("linux"):
        assert default_path() == tmp_path / "xdg" / "archcite" / path.name


def test_a_file_grown_past_its_bound_keeps_only_what_was_asked_for(tmp_path: Path) -> None:
    path = tmp_path / "patterns.bin"
    old = PatternStore(path)
    for number in range(10):  # an older version's patterns
        old.compile(rf"old{number}\d")
    assert old.save()
    store = PatternStore(path)
    store.compile(r"old0\d")
    store.compile(r"new\d")
    assert store.save()
    assert sorted(pattern for pattern, _ in marshal.loads(path.read_bytes())) == [
        r"new\d",
        r"old0\d",
    ]


def test_a_file_within_its_bound_keeps_what_other_processes_stored(tmp_path: Path) -> None:
    path = tmp_path / "patterns.bin"
    other = PatternStore(path)
    for pattern in (r"a\d", r"b\d", r"c\d"):
        other.compile(pattern)
    assert other.save()
    store = PatternStore(path)
    for pattern in (r"a\d", r"b\d", r"d\d"):  # one learnt, one of the file's not asked for
        store.compile(pattern)
    assert store.save()
    assert sorted(pattern for pattern, _ in marshal.loads(path.read_bytes())) == [
        r"a\d",
        r"b\d",
        r"c\d",
        r"d\d",
    ]


def test_compiled_is_re_compile_for_the_caller() -> None:
    assert compiled(r"(?P<fond>\d+)", re.IGNORECASE).match("12")["fond"] == "12"  # type: ignore[index]


@given(st.permutations(["ф", "фонд", "f", "fond", "fonds", "оп", "opis", "op", "d", "д", "delo"]))
def test_a_label_pattern_does_not_depend_on_the_order_of_its_spellings(
    spellings: list[str],
) -> None:
    assert label_pattern(tuple(spellings)) == label_pattern(tuple(sorted(spellings)))
    assert label_pattern(tuple(spellings), reverse=True) == label_pattern(
        tuple(sorted(spellings)), reverse=True
    )


_PATTERNS_OF_A_RUN = """
import json, sys
import archcite.cli.normalise
from archcite import _compiled
json.dump(sorted(p for p, _ in _compiled._STORE._patterns), sys.stdout)
"""


def test_the_readers_patterns_are_the_same_whatever_the_hash_seed(tmp_path: Path) -> None:
    runs = []
    for seed in ("1", "2"):
        environment = {**os.environ, "PYTHONHASHSEED": seed, "ARCHCITE_CACHE_DIR": str(tmp_path)}
        done = subprocess.run(
            [sys.executable, "-c", _PATTERNS_OF_A_RUN],
            capture_output=True,
            text=True,
            env=environment,
            check=True,
            timeout=120,
        )
        runs.append(json.loads(done.stdout))
    assert runs[0] == runs[1]
    assert len(runs[0]) > 50
