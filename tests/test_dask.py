"""archcite.bulk.dask: a cluster of two worker processes gives what one process gives."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import dask.bag as db
import dask.dataframe as dd
import pandas as pd
import pytest
from distributed import Client, LocalCluster

from archcite.bulk import CSV_COLUMNS, normalise_many
from archcite.bulk import dask as archcite_dask

SHAPES = [
    "TsKhSD, F. {a}, Op. {b}, D. {c}, Ll. {d}-{e}",
    "РГАСПИ. Ф. {a}. Оп. {b}. Д. {c}. Л. {d}.",
    "GARF, f. R-{a}, op. {b}, d. {c}, l. {d}ob.",
    "RGASPI {a}.{b}.{c}.{d}",
    "See ЦХСД, ф.{a}, оп.{b}, д. {c}, л.{d}об.; д. {e}, л. 2. Then more.",
]


def _records() -> list[Any]:
    """A few thousand records: references in several shapes, prose, repeats, bad ones."""
    found: list[Any] = [
        SHAPES[n % len(SHAPES)].format(
            a=n % 97 + 1, b=n % 7 + 1, c=n % 301, d=n % 50 + 1, e=n % 50 + 3
        )
        for n in range(3_000)
    ]
    found[10:10] = [b"F. 89 \xff", "", "%%% ;;; 12", "Ibid., l. 5.", None] * 10
    return found


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    with (
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        Client(cluster) as connected,
    ):
        yield connected


def test_a_cluster_of_two_gives_what_one_process_gives(client: Client) -> None:
    records = _records()
    bag = db.from_sequence(records, npartitions=8)
    on_cluster = archcite_dask.normalise_bag(bag, "gost").compute()
    alone = [result.to_dict() for result in normalise_many(records, "gost")]
    assert len(client.scheduler_info()["workers"]) == 2
    assert on_cluster == alone


def test_mappings_come_back_with_the_fields_added(client: Client) -> None:
    rows = [{"id": n, "note": text} for n, text in enumerate(_records()[:500])]
    rows.append({"id": "no note"})
    bag = db.from_sequence(rows, npartitions=4)
    on_cluster = archcite_dask.normalise_bag(bag, "wilson", field="note").compute()
    alone = [
        {**result.record, **result.fields()}
        for result in normalise_many(rows, "wilson", field="note")
    ]
    assert on_cluster == alone
    assert on_cluster[-1]["archcite_error"] == "record has no field 'note'"


def test_a_bad_style_fails_before_the_cluster_runs() -> None:
    with pytest.raises(ValueError, match="unknown reference style"):
        archcite_dask.normalise_bag(db.from_sequence(["x"]), "harvard")


def test_a_partition_gets_the_csv_columns() -> None:
    frame = pd.DataFrame(
        {"note": ["GARF, f. 9401, op. 1, d. 5; d. 6", None, float("nan"), 3]}, dtype=object
    )
    result = archcite_dask.normalise_partition(frame, "note", "gost")
    assert list(result.columns) == ["note", *CSV_COLUMNS]
    assert result["delo"].tolist() == ["5; 6", "", "", ""]
    assert result["archcite_error"].tolist() == ["", "", "", "record is a int, not text"]


def test_a_dask_data_frame_equals_the_single_process_result() -> None:
    notes = [
        "GARF, f. 9401, op. 1, d. 5; d. 6",
        None,
        "no reference here",
        "ЦХСД. Ф. 89. Оп. 2. Д. 5. Л. 13–14.",
    ] * 50
    frame = pd.DataFrame({"note": notes, "id": range(len(notes))})
    distributed = archcite_dask.normalise_frame(
        dd.from_pandas(frame, npartitions=4), "note", "gost"
    ).compute(scheduler="processes")
    alone = [
        result.columns()
        for result in normalise_many(["" if note is None else note for note in notes], "gost")
    ]
    assert distributed["id"].tolist() == list(range(len(notes)))
    for name in CSV_COLUMNS:
        assert distributed[name].astype(str).tolist() == [row[name] for row in alone]


def test_without_dask_the_error_says_how_to_install_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "dask.bag", None)
    with pytest.raises(ImportError, match=r"archcite\[dask\]"):
        archcite_dask.normalise_bag(None, "gost")  # type: ignore[arg-type]


def test_importing_archcite_imports_neither_dask_nor_tqdm() -> None:
    code = (
        "import sys, archcite, archcite.bulk, archcite.bulk.dask, archcite.cli.normalise; "
        "print(sorted({m.split('.')[0] for m in sys.modules} & "
        "{'dask', 'distributed', 'tqdm', 'concurrent', 'multiprocessing'}))"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert loaded == "[]"
