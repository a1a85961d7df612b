"""Normalise a collection too big for one machine on a Dask cluster.

    pip install 'archcite[dask]'
    python examples/dask_normalise.py 'notes/*.jsonl' --field note -o normalised/
    python examples/dask_normalise.py 'notes/*.txt' --scheduler tcp://scheduler:8786 -o out/

It connects to the scheduler given (or in DASK_SCHEDULER_ADDRESS, else the usual
tcp://scheduler:8786) and, when none answers, starts a LocalCluster on this machine's
cores instead. On a real cluster every worker must see the input and output paths:
use shared storage (s3://bucket/notes/*.jsonl, gs://..., an NFS mount).

The output is a folder of part files, one per input block, in input order
(0.part, 1.part, ...): JSON Lines with archcite_text, archcite_references and
archcite_error added to each object, or one normalised line per input line.
"""

from __future__ import annotations

import argparse
import json
import os
from typing import Any

import dask.bag as db
from distributed import Client, LocalCluster

from archcite.bulk.dask import normalise_bag


def connect(address: str) -> Client:
    """A client of the cluster at ``address``, else of a new cluster on this machine."""
    try:
        client = Client(address, timeout="5s")
    except (OSError, TimeoutError):
        print(f"no scheduler at {address}: starting a LocalCluster on this machine")
        # One single-threaded process per core: the grammar is pure Python, threads
        # would only take turns holding the GIL.
        cluster = LocalCluster(n_workers=os.cpu_count(), threads_per_worker=1, processes=True)
        client = Client(cluster)
    print(f"dashboard: {client.dashboard_link}")
    return client


def _line(text: str) -> str:
    return text.rstrip("\r\n")


def _record(line: str) -> dict[str, Any]:
    """A JSON object; a line that is not one is kept, and reported by its missing field."""
    try:
        record = json.loads(line)
    except ValueError:
        record = None
    return record if isinstance(record, dict) else {"archcite_unreadable_line": line}


def _text_of(result: dict[str, Any]) -> str:
    return str(result["text"])


def _json(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("input", help="files or a glob, local or s3://, gs://, hdfs://")
    parser.add_argument("-o", "--output", required=True, help="a folder for the part files")
    parser.add_argument("--field", help="JSON Lines: the field that holds the note")
    parser.add_argument("--style", default="chicago")
    parser.add_argument(
        "--scheduler", default=os.environ.get("DASK_SCHEDULER_ADDRESS", "tcp://scheduler:8786")
    )
    parser.add_argument("--blocksize", default="64MiB", help="input bytes per partition")
    args = parser.parse_args()

    with connect(args.scheduler):
        lines = db.read_text(args.input, blocksize=args.blocksize).map(_line)
        if args.field:
            records = lines.filter(str.strip).map(_record)
            written = normalise_bag(records, args.style, field=args.field).map(_json)
        else:
            written = normalise_bag(lines, args.style).map(_text_of)
        written.to_textfiles(os.path.join(args.output, "*.part"))
    print(f"written to {args.output}")


if __name__ == "__main__":
    main()
