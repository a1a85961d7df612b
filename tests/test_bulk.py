"""normalise_many: one result per record, in order, never raising, on one core or two."""

from __future__ import annotations

import itertools
import operator
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from archcite import extract
from archcite.bulk import BulkResult, ChunkRunner, Normaliser, normalise_many, runner
from archcite.normalise import rewrite

GOOD = "TsKhSD, F. 89, Op. 2, D. 5, Ll. 13-14"
CYRILLIC = "РГАНИ. Ф. 3. Оп. 12. Д. 1006. Л. 52."
PROSE = "See the telegram in ЦХСД. Ф. 89. Оп. 2. Д. 5. Л. 13–14. Then more; d. 6, l. 2."
HUGE = "The Presidium discussed the telegram at length. " * 21_000 + GOOD  # over 1 MB

MIXED: list[object] = [
    GOOD,
    b"F. 89, Op. 2, D. 5 \xff\xfe",  # a byte that is not UTF-8
    "%%% 12 ;;; F. ,, ???",
    HUGE,
    "",
    CYRILLIC,
    None,
    PROSE,
    GOOD,  # again: from the cache
    {"note": GOOD},  # a mapping without field=
]


def _plain(results: list[BulkResult]) -> list[tuple[int, str, list[dict[str, str]], str | None]]:
    return [(r.index, r.text, r.references, r.error) for r in results]


@pytest.mark.parametrize("jobs", [1, 2])
def test_one_result_per_record_in_input_order(jobs: int) -> None:
    results = list(normalise_many(MIXED, "gost", jobs=jobs, chunk_size=3))
    assert [r.index for r in results] == list(range(len(MIXED)))
    assert [r.record for r in results] == MIXED
    assert results[0].text == "ЦХСД. Ф. 89. Оп. 2. Д. 5. Л. 13–14."
    assert results[0].references == [
        {
            "archive": "TsKhSD",
            "archive_id": "RGANI",
            "fond": "89",
            "opis": "2",
            "delo": "5",
            "folios": "13-14",
        }
    ]
    assert results[2].ok and results[2].text == MIXED[2] and results[2].references == []
    assert results[3].text.endswith("ЦХСД. Ф. 89. Оп. 2. Д. 5. Л. 13–14.")
    assert results[4].ok and results[4].text == ""
    assert results[8].text == results[0].text


@pytest.mark.parametrize("jobs", [1, 2])
def test_bad_records_are_kept_with_an_error(jobs: int) -> None:
    results = list(normalise_many(MIXED, jobs=jobs))
    errors = {r.index: r.error for r in results if not r.ok}
    assert errors == {
        1: "not UTF-8: cannot decode byte 0xff at offset 19",
        6: "record is a NoneType, not text",
        9: "record is a mapping: say which field holds the text (field=)",
    }
    assert results[1].text == "F. 89, Op. 2, D. 5 \ufffd\ufffd"


def test_two_workers_give_what_one_gives() -> None:
    records = MIXED * 30
    one = _plain(list(normalise_many(records, "wilson", jobs=1, chunk_size=7)))
    two = _plain(list(normalise_many(records, "wilson", jobs=2, chunk_size=7)))
    assert one == two


def test_mappings_are_read_by_field() -> None:
    rows = [{"note": GOOD, "id": 1}, {"id": 2}, {"note": 5}, {"note": None}, {"note": b"\xff"}]
    results = list(normalise_many(rows, field="note"))
    assert results[0].text == "TsKhSD, f. 89, op. 2, d. 5, ll. 13–14"
    assert [r.error for r in results[1:]] == [
        "record has no field 'note'",
        "field 'note' holds a int, not text",
        None,
        "not UTF-8: cannot decode byte 0xff at offset 0",
    ]
    assert results[0].record is rows[0]


def test_continuations_are_resolved_in_the_references() -> None:
    (result,) = normalise_many(["TsKhSD, F. 89, Op. 2, D. 5, Ll. 19-26; D. 6, L. 3."])
    assert [r["delo"] for r in result.references] == ["5", "6"]
    assert result.references[1]["fond"] == "89"
    assert result.columns()["delo"] == "5; 6"
    assert result.columns()["archive_id"] == "RGANI; RGANI"


def test_columns_and_fields_of_a_result() -> None:
    (result,) = normalise_many([CYRILLIC], "wilson")
    assert result.columns() == {
        "archcite_text": "RGANI, F. 3, Op. 12, D. 1006, L. 52.",
        "archive_id": "RGANI",
        "fond": "3",
        "opis": "12",
        "delo": "1006",
        "folios": "52",
        "archcite_error": "",
    }
    assert result.fields()["archcite_references"] == result.references
    assert result.fields()["archcite_error"] is None


def test_cached_results_do_not_share_their_references() -> None:
    first, second = normalise_many([GOOD, GOOD])
    first.references[0]["fond"] = "changed"
    assert second.references[0]["fond"] == "89"


def test_strict_makes_a_record_without_reference_an_error() -> None:
    loose, strict = (
        next(normalise_many(["not a reference"], strict=flag)) for flag in (False, True)
    )
    assert loose.ok
    assert strict.error is not None and strict.error.startswith("Expected")
    assert "^" in strict.error  # the caret under the position
    assert next(normalise_many([GOOD], strict=True)).ok


def test_a_reference_left_as_cited_is_counted_and_kept_in_strict_mode() -> None:
    # The year and division inside it have no field: the reference stays as cited, is
    # counted, and strict mode does not read the record again as one reference (which
    # dropped them).
    text = "GAKO, f. 102, OO, 1905, d. 999, l. 3."
    for strict in (False, True):
        result = next(normalise_many([text], style="gost", strict=strict))
        assert (result.text, result.error) == (text, None)
        assert [reference["delo"] for reference in result.references] == ["999"]


def test_an_unknown_style_fails_before_any_record() -> None:
    pulled: list[str] = []

    def records() -> Iterator[str]:
        pulled.append(GOOD)
        yield GOOD

    with pytest.raises(ValueError, match="unknown reference style"):
        normalise_many(records(), "harvard")
    assert pulled == []


@pytest.mark.parametrize("jobs", [1, 2])
def test_an_endless_input_streams(jobs: int) -> None:
    endless = (f"F. {n}, op. 1, d. 1" for n in itertools.count(1))
    first = list(itertools.islice(normalise_many(endless, jobs=jobs, chunk_size=50), 120))
    assert [r.references[0]["fond"] for r in first] == [str(n) for n in range(1, 121)]


def test_the_runner_holds_few_chunks_in_flight() -> None:
    pulled = 0

    def chunks() -> Iterator[tuple[int, list[str]]]:
        nonlocal pulled
        for n in itertools.count():
            pulled += 1
            yield n, [str(n)]
        raise AssertionError  # pragma: no cover

    with ChunkRunner(operator.methodcaller, ("copy",), jobs=2) as run:
        results = run.map(chunks())
        next(results)
        assert pulled <= runner._IN_FLIGHT * 2 + 1


class _Batches:
    """Tags each value with the call that computed it, to see what was sent twice."""

    def __call__(self, keys: list[str]) -> list[tuple[str, str]]:
        batch = uuid.uuid4().hex
        return [(key, batch) for key in keys]


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_repeated_key_is_computed_once(jobs: int) -> None:
    with ChunkRunner(_Batches, (), jobs=jobs) as run:
        out = [values for _, values in run.map([(1, ["a", "b", "a"]), (2, ["a", "c"])])]
    assert out[0][0] == out[0][2] == out[1][0]  # "a": one batch, the first
    assert out[1][1][1] != out[1][0][1]  # "c": computed with the second chunk


def test_the_cache_is_bounded() -> None:
    with ChunkRunner(_Batches, (), cache_size=1) as run:
        out = [values for _, values in run.map([(1, ["a"]), (2, ["b"]), (3, ["a"])])]
    assert out[2][0][1] != out[0][0][1]  # "a" was pushed out by "b", and computed again


def test_the_normaliser_never_raises_for_a_text() -> None:
    normaliser = Normaliser("gost")
    assert normaliser("F. 89, op. 2, d. 5") == (
        "Ф. 89. Оп. 2. Д. 5.",
        ({"fond": "89", "opis": "2", "delo": "5"},),
        None,
    )
    assert normaliser.record(3.5) == ("", (), "record is a float, not text")


@pytest.mark.parametrize("text", [GOOD, CYRILLIC, PROSE, HUGE, "no reference", ""])
def test_rewrite_returns_the_matches_it_rewrote(text: str) -> None:
    _, matches = rewrite(text, "gost")
    assert [m.span for m in matches] == [m.span for m in extract(text)]


@given(st.text(alphabet="FfDdLlOpФДЛОп.,; 0123456789RGASPIЦХСДob", max_size=80))
def test_rewrite_keeps_every_character_outside_the_matches(text: str) -> None:
    written, matches = rewrite(text, "gost")
    if not matches:
        assert written == text
    else:
        assert written.startswith(text[: matches[0].span[0]])
        assert written.endswith(text[matches[-1].span[1] :])


def test_a_backwards_folio_range_is_a_reported_record_kept_as_it_was() -> None:
    record = "ГАРФ. Ф. 5. Оп. 1. Д. 2. Л. 140-39."
    (result,) = normalise_many([record], "chicago")
    assert result.text == record
    assert result.error is not None and "ends before it starts" in result.error


def test_jobs_above_the_cores_start_no_more_workers_than_cores(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import archcite.bulk as bulk

    started: list[int] = []
    real_runner = bulk.ChunkRunner

    def counting_runner(factory: object, args: tuple[object, ...], jobs: int, cache: int) -> object:
        started.append(jobs)
        return real_runner(factory, args, 1, cache)  # type: ignore[arg-type]

    monkeypatch.setattr(bulk, "ChunkRunner", counting_runner)
    monkeypatch.setattr(bulk, "cpu_count", lambda: 2)
    results = list(normalise_many([GOOD, CYRILLIC], jobs=400))
    assert started == [2] and len(results) == 2


FOOTNOTES = [
    "APRF, f. 3, op. 57, d. 73, l. 9.",
    "Ibid., l. 15.",  # the previous footnote's file
    "No reference in this one.",
    "Там же. Л. 16.",  # still that file, across a footnote without one
    b"bad \xff byte",
    "Ibid., ll. 17-18; d. 74, l. 2.",
    "GARF, f. 9401, op. 1, d. 5, l. 3.",
    "Ibid., l. 4.",  # now GARF's
]


@pytest.mark.parametrize("jobs", [1, 2])
def test_carry_antecedent_completes_a_footnote_from_the_one_before(jobs: int) -> None:
    records = FOOTNOTES * 3
    results = list(normalise_many(records, jobs=jobs, chunk_size=2, carry_antecedent=True))
    assert len(results) == len(records)
    delo = [[ref.get("delo") for ref in result.references] for result in results]
    assert delo[:8] == [["73"], ["73"], [], ["73"], [], ["73", "74"], ["5"], ["5"]]
    assert results[1].references[0] == {
        "archive": "APRF",
        "archive_id": "APRF",
        "fond": "3",
        "opis": "57",
        "delo": "73",
        "folios": "15",
    }
    assert delo[8] == ["73"] and delo[9] == ["73"]  # a full reference takes over again
    assert results[1].text == "Ibid., l. 15."  # the text is written as it stands


def test_carry_antecedent_gives_the_same_on_one_core_and_two() -> None:
    records = FOOTNOTES * 40
    one = _plain(list(normalise_many(records, jobs=1, chunk_size=3, carry_antecedent=True)))
    two = _plain(list(normalise_many(records, jobs=2, chunk_size=3, carry_antecedent=True)))
    assert one == two


def test_without_carry_antecedent_each_record_stands_alone() -> None:
    results = list(normalise_many(FOOTNOTES[:2]))
    assert results[1].references == [{"folios": "15"}]


def test_an_interrupt_in_the_shutdown_waits_until_it_is_done() -> None:
    import signal

    done = []
    with pytest.raises(KeyboardInterrupt), runner._no_interrupts():
        signal.raise_signal(signal.SIGINT)
        done.append("after the signal")  # the block was not cut short
    assert done == ["after the signal"]


def test_a_run_that_fails_stops_its_workers_without_waiting_for_them() -> None:
    with (
        pytest.raises(RuntimeError, match="the consumer failed"),
        ChunkRunner(_Slow, (), jobs=2) as run,
    ):
        processes = list(run._pool._processes.values())  # type: ignore[union-attr]
        results = run.map((n, [str(n)]) for n in range(8))
        next(results)
        raise RuntimeError("the consumer failed")
    for process in processes:
        process.join(timeout=10)
        assert not process.is_alive()
        assert process.exitcode == -15  # stopped with SIGTERM, not left to finish


class _Slow:
    """Takes a second a chunk, longer than a failed run should wait for."""

    def __call__(self, keys: list[str]) -> list[str]:
        import time

        time.sleep(1)
        return keys


def test_the_pools_pipes_hold_a_chunk_where_the_system_allows() -> None:
    fcntl = pytest.importorskip("fcntl")
    if not hasattr(fcntl, "F_GETPIPE_SZ"):
        pytest.skip("pipes have no size to set here (not Linux)")
    from pathlib import Path

    allowed = int(Path("/proc/sys/fs/pipe-max-size").read_text())
    with ChunkRunner(operator.methodcaller, ("copy",), jobs=2) as run:
        pool: Any = run._pool
        queues = (pool._call_queue, pool._result_queue)
        sizes = [fcntl.fcntl(queue._reader.fileno(), fcntl.F_GETPIPE_SZ) for queue in queues]
        assert [values for _, values in run.map([(0, ["a", "b"])])] == [["a", "b"]]
    assert sizes == [min(runner._PIPE_BYTES, allowed)] * 2


def test_pipes_that_cannot_be_widened_are_left_as_they_are(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pytest.importorskip("fcntl")

    def refuse(*args: object) -> None:
        raise PermissionError("over the user's limit of pipe buffers")

    monkeypatch.setattr("fcntl.fcntl", refuse)
    runner._widen_pipes(object())  # type: ignore[arg-type]  # no queues: nothing to do
    with ChunkRunner(operator.methodcaller, ("copy",), jobs=2) as run:
        assert [values for _, values in run.map([(0, ["x"]), (1, ["y", "x"])])] == [
            ["x"],
            ["y", "x"],
        ]
