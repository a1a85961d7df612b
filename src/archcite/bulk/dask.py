"""Normalising a Dask bag or data frame, on one machine or a cluster (``archcite[dask]``).

Each partition goes through :func:`archcite.normalise_many` in the Dask worker that
holds it, so a cluster of any size does the work and the results come back in order.
Dask itself is imported only when one of these functions is called.

>>> import dask.bag as db
>>> bag = db.from_sequence(["ЦХСД. Ф. 89. Оп. 2. Д. 5.", "no reference"], npartitions=2)
>>> [result["text"] for result in normalise_bag(bag, "wilson").compute()]
['TsKhSD, F. 89, Op. 2, D. 5.', 'no reference']
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Mapping
from types import ModuleType
from typing import TYPE_CHECKING, Any, cast

from . import normalise_many
from .normaliser import CSV_COLUMNS, DEFAULT_CACHE_SIZE, Normaliser

if TYPE_CHECKING:
    from dask.bag import Bag

__all__ = ["normalise_bag", "normalise_frame", "normalise_partition", "normalise_records"]

_MISSING_EXTRA = "archcite.dask needs Dask: pip install 'archcite[dask]'"


def _require(module: str) -> ModuleType:
    try:
        return importlib.import_module(module)
    except ImportError as error:
        raise ImportError(f"{_MISSING_EXTRA} ({error})") from error


def normalise_bag(
    bag: Bag,
    style: str = "chicago",
    *,
    field: str | None = None,
    modern: bool = False,
    strict: bool = False,
    cache_size: int = DEFAULT_CACHE_SIZE,
    **options: Any,
) -> Bag:
    """A bag with each record normalised, as :func:`normalise_records` gives it.

    Strings give ``{"text", "references", "error"}``; with ``field``, each mapping comes
    back with ``archcite_text``, ``archcite_references`` and ``archcite_error`` added,
    as ``archcite normalise --field`` writes it.

    >>> import dask.bag as db
    >>> bag = db.from_sequence([{"id": 1, "note": "GARF, f. 9401, op. 1, d. 5"}])
    >>> normalise_bag(bag, "gost", field="note").compute()[0]["archcite_text"]
    'ГАРФ. Ф. 9401. Оп. 1. Д. 5.'
    """
    _require("dask.bag")
    Normaliser(style, modern=modern, **options)  # a bad style fails here, not on a worker
    # dask.bag's map_partitions is untyped; the result is a Bag.
    result: Bag = cast(Any, bag).map_partitions(
        normalise_records,
        style=style,
        field=field,
        modern=modern,
        strict=strict,
        cache_size=cache_size,
        **options,
    )
    return result


def normalise_records(
    records: Iterable[Any], style: str = "chicago", *, field: str | None = None, **settings: Any
) -> list[dict[str, Any]]:
    """One partition of a bag: a dict per record, in order (what each worker runs).

    >>> normalise_records(["F. 89, op. 2, d. 5"], "wilson")[0]["references"]
    [{'fond': '89', 'opis': '2', 'delo': '5'}]
    """
    results = normalise_many(records, style, jobs=1, field=field, **settings)
    if field is None:
        return [result.to_dict() for result in results]
    return [
        {**result.record, **result.fields()}
        if isinstance(result.record, Mapping)
        else result.fields()
        for result in results
    ]


def normalise_partition(
    partition: Any, column: str, style: str = "chicago", **settings: Any
) -> Any:
    """A pandas data frame with the columns ``archcite normalise --column`` adds.

    For ``dask.dataframe``'s ``map_partitions``; missing values count as empty text.
    """
    texts = [_text(value) for value in partition[column].tolist()]
    added: dict[str, list[str]] = {name: [] for name in CSV_COLUMNS}
    for result in normalise_many(texts, style, jobs=1, **settings):
        for name, value in result.columns().items():
            added[name].append(value)
    return partition.assign(**added)


def _text(value: object) -> object:
    """None, NaN and pandas' NA are empty cells, not errors."""
    if value is None or (isinstance(value, float) and value != value):
        return ""
    if type(value).__name__ == "NAType":  # pandas.NA, without importing pandas for it
        return ""
    return value


def normalise_frame(
    frame: Any,
    column: str,
    style: str = "chicago",
    *,
    modern: bool = False,
    strict: bool = False,
    cache_size: int = DEFAULT_CACHE_SIZE,
    **options: Any,
) -> Any:
    """A ``dask.dataframe.DataFrame`` with the normalised columns added to each partition.

    ``frame.map_partitions(normalise_partition, column, style, meta=...)`` spelled out.
    """
    _require("dask.dataframe")
    Normaliser(style, modern=modern, **options)  # a bad style fails here, not on a worker
    meta = {**dict(frame.dtypes.items()), **{name: "object" for name in CSV_COLUMNS}}
    return frame.map_partitions(
        normalise_partition,
        column,
        style,
        meta=meta,
        modern=modern,
        strict=strict,
        cache_size=cache_size,
        **options,
    )
