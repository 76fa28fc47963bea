"""Ingest benchmark: ``claimtrace ingest`` of a folder of real HTML pages vs trafilatura alone.

    .venv/bin/python bench/ingest_bench.py                 # first 200 WCXB dev pages
    .venv/bin/python bench/ingest_bench.py --pages 100 --json bench/out/ingest.json

Pages are the first N of ../shared/data/wcxb-dev-articles/html/*.html.gz, decompressed into a
temp folder. In one run it measures:

* ``trafilatura.extract`` on every page, in this process: the floor for any HTML pipeline, since
  claimtrace's HTML step is trafilatura plus metadata, boilerplate and language checks;
* ``claimtrace ingest FOLDER --db fresh.db`` as a real command, with ``--workers 1`` and ``2``,
  timed wall to wall (interpreter start, model load, discovery, parse, one transaction per article)
  together with the rate the run reports itself (the same minus interpreter start-up);
* the same command again on the filled store (everything ``unchanged``: no parsing, no writes);
* the SQLite file size after the run (WAL checkpointed), extrapolated to 10,000 stored articles.
"""
from __future__ import annotations

import argparse
import glob
import gzip
import json
import os
import subprocess
import sys
from pathlib import Path
import tempfile
import time

DATA = str(Path(__file__).resolve().parents[1].parent / "shared" / "data" / "wcxb-dev-articles" / "html")

#: ``claimtrace`` as a command, as a user runs it
CLAIMTRACE = [sys.executable, "-m", "claimtrace.cli.main"]


def unpack(n: int, folder: str) -> list[str]:
    paths = []
    for src in sorted(glob.glob(os.path.join(DATA, "*.html.gz")))[:n]:
        dst = os.path.join(folder, os.path.basename(src)[:-3])
        with gzip.open(src, "rb") as fh, open(dst, "wb") as out:
            out.write(fh.read())
        paths.append(dst)
    return paths


def trafilatura_alone(paths: list[str]) -> dict:
    import trafilatura

    pages = [open(p, "rb").read() for p in paths]
    trafilatura.extract(pages[0])  # warm-up: first call imports and compiles lazily
    start = time.perf_counter()
    extracted = sum(1 for page in pages if trafilatura.extract(page))
    elapsed = time.perf_counter() - start
    return {"pages": len(pages), "extracted": extracted, "seconds": round(elapsed, 2),
            "pages_per_second": round(len(pages) / elapsed, 1)}


def run_ingest(folder: str, db: str, workers: int) -> dict:
    cmd = [*CLAIMTRACE, "ingest", folder, "--db", db, "--format", "json", "--workers", str(workers)]
    start = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True)
    wall = time.perf_counter() - start
    if proc.returncode not in (0, 1):
        raise SystemExit(f"ingest failed ({proc.returncode}):\n{proc.stderr}")
    summary = json.loads(proc.stdout)
    return {"workers": workers, "wall_seconds": round(wall, 2),
            "articles_per_second_wall": round(summary["total"] / wall, 2),
            "articles_per_second_reported": summary["articles_per_second"],
            "ingested": summary["ingested"], "unchanged": summary["unchanged"],
            "failed": summary["failed"],
            "failures": {r: g["count"] for r, g in summary["failures"].items()}}


def sqlite_size(db: str) -> tuple[int, int]:
    from claimtrace.store import Store

    with Store.open(db) as s:
        s.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        n = s.stats()["articles"]
    return os.path.getsize(db), n


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--pages", type=int, default=200, help="first N WCXB dev pages (default 200)")
    ap.add_argument("--json", help="also write the results here")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory(prefix="ct-ingest-bench-") as tmp:
        folder = os.path.join(tmp, "html")
        os.mkdir(folder)
        paths = unpack(args.pages, folder)
        result = {"pages": len(paths), "cpus": os.cpu_count(), "python": sys.version.split()[0]}
        result["trafilatura"] = trafilatura_alone(paths)
        print("trafilatura alone:", result["trafilatura"], flush=True)
        for workers in (1, 2):
            db = os.path.join(tmp, f"w{workers}.db")
            r = run_ingest(folder, db, workers)
            print(f"ingest --workers {workers}:", r, flush=True)
            result[f"ingest_workers_{workers}"] = r
        rerun = run_ingest(folder, os.path.join(tmp, "w1.db"), 1)
        print("re-run (all stored):", rerun, flush=True)
        result["rerun_unchanged"] = rerun
        size, n = sqlite_size(os.path.join(tmp, "w1.db"))
        result["sqlite"] = {"bytes": size, "articles": n,
                            "mb_per_10k_articles": round(size / max(n, 1) * 10_000 / 1e6, 1)}
        print("sqlite store:", result["sqlite"], flush=True)
    if args.json:
        with open(args.json, "w") as fh:
            json.dump(result, fh, indent=2)


if __name__ == "__main__":
    main()
