"""archcite.dask: a cluster of two worker processes gives what one process gives."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import dask.bag as db
import pytest
from distributed import Client, LocalCluster

from archcite import dask as archcite_dask
from archcite.bulk import CSV_COLUMNS, normalise_many

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
        SHAPES[n % len(SHAPES)].format(a=n % 97 + 1, b=n % 7 + 1, c=n % 301, d=n % 50 + 1,
                                       e=n % 50 + 3)
        for n in range(3_000)
    ]
    found[10:10] = [b"F. 89 \xff", "", "%%% ;;; 12", "Ibid., l. 5.", None] * 10
    return found


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                      dashboard_address=None) as cluster, Client(cluster) as connected:
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
    alone = [{**result.record, **result.fields()}
             for result in normalise_many(rows, "wilson", field="note")]
    assert on_cluster == alone
    assert on_cluster[-1]["archcite_error"] == "record has no field 'note'"


def test_a_bad_style_fails_before_the_cluster_runs() -> None:
    with pytest.raises(ValueError, match="unknown reference style"):
        archcite_dask.normalise_bag(db.from_sequence(["x"]), "harvard")


class _Frame:
    """The two things normalise_partition asks of a pandas frame (pandas is not installed)."""

    def __init__(self, columns: dict[str, list[Any]]) -> None:
        self.columns = columns

    def __getitem__(self, name: str) -> _Frame:
        return _Frame({"values": self.columns[name]})

    def tolist(self) -> list[Any]:
        return list(self.columns["values"])

    def assign(self, **added: list[str]) -> _Frame:
        return _Frame({**self.columns, **added})


def test_a_partition_gets_the_csv_columns() -> None:
    frame = _Frame({"note": ["GARF, f. 9401, op. 1, d. 5; d. 6", None, float("nan"), 3]})
    result = archcite_dask.normalise_partition(frame, "note", "gost")
    assert list(result.columns) == ["note", *CSV_COLUMNS]
    assert result.columns["delo"] == ["5; 6", "", "", ""]
    assert result.columns["archcite_error"] == ["", "", "", "record is a int, not text"]


def test_without_dask_the_error_says_how_to_install_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "dask.bag", None)
    with pytest.raises(ImportError, match=r"archcite\[dask\]"):
        archcite_dask.normalise_bag(None, "gost")  # type: ignore[arg-type]


def test_importing_archcite_imports_neither_dask_nor_tqdm() -> None:
    code = ("import sys, archcite, archcite.bulk, archcite.dask, archcite.bulk_cli; "
            "print(sorted({m.split('.')[0] for m in sys.modules} & "
            "{'dask', 'distributed', 'tqdm', 'concurrent', 'multiprocessing'}))")
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True).stdout.strip()
    assert loaded == "[]"
