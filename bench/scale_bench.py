"""Scale benchmark: articles per second against workers, locally and on a Dask LocalCluster, and the
time and store size of a large ingest, extrapolated to 100,000 articles.

    .venv/bin/python bench/scale_bench.py                                  # defaults below
    .venv/bin/python bench/scale_bench.py --sample 120 --large 1000 --json bench/out/scale.json

Corpus (synthesised into JSONL shards of 500 records in a temp folder, as a crawl or a GDELT
replay would deliver it): article i is, in turn, one of the real news pages in
../shared/data/wcxb-dev-articles/html (HTML, prepared by claimtrace's HTML extraction) and one of
the bundled example articles in src/claimtrace/examples (plain-text wire copy), each under its own
URL, so every record is a distinct article to prepare, parse and store.

Runs, each a real ``claimtrace ingest`` command in a fresh store, timed wall to wall (interpreter
start, model loads, cluster start-up included; the rate is the one the run reports, which
excludes only interpreter start):

* ``--sample`` articles: local engine ``--workers 1`` and ``2`` into SQLite; Dask engine on a
  LocalCluster of ``--dask-workers`` (default 1, 2, 4) workers into PostgreSQL (the workers write);
* ``--large`` articles: local ``--workers 2`` into SQLite, for the store size per article and the
  time per article, extrapolated linearly to 100,000 (``--target``);
* PostgreSQL write rate: the large run's articles read back and saved again with
  ``Store.save_articles`` in batches of 50 into a fresh schema by one writer.

The machine's load average is recorded with each run: on a shared machine it explains more of the
spread than the code does.

    .venv/bin/python bench/scale_bench.py --parts ../shared/data/polnear/dev

instead measures which spaCy components attribution can do without: PolNeAR dev quality (the
``claimtrace eval polnear`` scores) and extraction time in this process with the full pipeline and
with each optional component disabled (``--disable``, default ``lemmatizer`` and
``attribute_ruler+lemmatizer``).
"""
from __future__ import annotations

import argparse
import glob
import gzip
import json
import os
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WCXB = ROOT.parent / "shared" / "data" / "wcxb-dev-articles" / "html"
EXAMPLES = ROOT / "src" / "claimtrace" / "examples"
CLAIMTRACE = [sys.executable, "-m", "claimtrace.cli.main"]
PG_URL = os.environ.get("CLAIMTRACE_TEST_PG_URL", "postgresql://postgres@127.0.0.1:5432/test")
SHARD = 500


def sources() -> tuple[list[bytes], list[tuple[str, str]]]:
    pages = [gzip.open(p).read() for p in sorted(glob.glob(str(WCXB / "*.html.gz")))]
    examples = [(p.suffix[1:], p.read_text(encoding="utf-8")) for p in sorted(EXAMPLES.iterdir())
                if p.suffix in (".txt", ".html")]
    if not pages:
        raise SystemExit(f"no pages in {WCXB}")
    return pages, examples


def synthesise(n: int, folder: str, offset: int = 0) -> str:
    """``n`` records (articles ``offset`` .. ``offset + n - 1``) as JSONL shards in ``folder``."""
    pages, examples = sources()
    os.makedirs(folder, exist_ok=True)
    out = None
    for i in range(offset, offset + n):
        if (i - offset) % SHARD == 0:
            if out:
                out.close()
            out = open(os.path.join(folder, f"shard-{i // SHARD:05d}.jsonl"), "w", encoding="utf-8")
        url = f"https://synthetic.example/{i}"
        if i % 2 == 0:
            record = {"url": url, "html": pages[(i // 2) % len(pages)].decode("utf-8", "replace")}
        else:
            kind, text = examples[(i // 2) % len(examples)]
            record = {"url": url, kind if kind == "html" else "text": text}
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
    if out:
        out.close()
    return folder


def pg_schema() -> str:
    import psycopg

    schema = f"ct_scale_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(PG_URL, autocommit=True) as c:
        c.execute(f'CREATE SCHEMA "{schema}"')
    return schema


def pg_url(schema: str) -> str:
    return PG_URL + ("&" if "?" in PG_URL else "?") + f"options=-csearch_path%3D{schema}"


def drop_schema(schema: str) -> None:
    import psycopg

    with psycopg.connect(PG_URL, autocommit=True) as c:
        c.execute(f'DROP SCHEMA "{schema}" CASCADE')


def pg_size(schema: str) -> int:
    import psycopg

    with psycopg.connect(PG_URL, autocommit=True) as c:
        return int(c.execute("SELECT COALESCE(SUM(pg_total_relation_size(c.oid)), 0) FROM pg_class c"
                             " JOIN pg_namespace n ON n.oid = c.relnamespace"
                             " WHERE n.nspname = %s AND c.relkind = 'r'", (schema,)).fetchone()[0])


def sqlite_size(db: str) -> int:
    from claimtrace.store import Store

    with Store.open(db) as s:
        s.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return os.path.getsize(db)


def own_cpu(pid: int) -> float:
    """CPU seconds (user + system) process ``pid`` has used itself, without its children."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def run_ingest(folder: str, db: str, *extra: str) -> dict:
    """One ``claimtrace ingest`` command: wall time, and CPU time of the command process itself
    (reading inputs, saving, scheduling) and of all its processes together (workers included),
    which on a shared machine says more than the wall time about what the run costs."""
    import resource

    cmd = [*CLAIMTRACE, "ingest", folder, "--db", db, "--format", "json", *extra]
    load = os.getloadavg()[0]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    parent_cpu = 0.0
    while proc.poll() is None:
        try:
            parent_cpu = own_cpu(proc.pid)
        except (OSError, IndexError, ValueError):
            pass
        time.sleep(0.2)
    out, err = proc.communicate()
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    total_cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{err[-3000:]}")
    summary = json.loads(out)
    n = max(summary["total"], 1)
    result = {"args": " ".join(extra), "articles": summary["total"], "ingested": summary["ingested"],
              "unchanged": summary["unchanged"], "failed": summary["failed"],
              "wall_seconds": round(wall, 1), "articles_per_second": summary["articles_per_second"],
              "cpu_seconds_per_article": round(total_cpu / n, 3),
              "command_process_cpu_share": round(parent_cpu / total_cpu, 3) if total_cpu else None,
              "load_before": round(load, 1), "load_after": round(os.getloadavg()[0], 1)}
    print(json.dumps(result), flush=True)
    return result


def pg_write_rate(sqlite_db: str, batch: int = 50) -> dict:
    """One writer saving already-extracted articles into PostgreSQL: the store's share of a run."""
    from claimtrace.store import Store

    with Store.open(sqlite_db) as src:
        articles = [src.get_article(r["id"]) for r in src.articles()]
    schema = pg_schema()
    try:
        with Store.open(pg_url(schema)) as dst:
            start = time.perf_counter()
            for i in range(0, len(articles), batch):
                dst.save_articles(articles[i:i + batch])
            elapsed = time.perf_counter() - start
        size = pg_size(schema)
    finally:
        drop_schema(schema)
    result = {"articles": len(articles), "seconds": round(elapsed, 2),
              "articles_per_second": round(len(articles) / elapsed, 1), "postgresql_bytes": size}
    print("postgresql write:", json.dumps(result), flush=True)
    return result


def pipeline_parts(directory: str, variants: list[list[str]]) -> list[dict]:
    """PolNeAR quality and extraction time with parts of the spaCy pipeline disabled."""
    from claimtrace.api import extract_documents, load
    from claimtrace.eval import polnear
    from claimtrace.model import Document

    gold = polnear.load_gold(directory)
    documents = [Document(input=g.name, text=g.text, language="en") for g in gold]
    nlp = load()
    list(extract_documents(documents[:2], nlp=nlp))  # warm-up
    rows = []
    for disabled in variants:
        with nlp.select_pipes(disable=disabled):
            start, cpu = time.perf_counter(), time.process_time()
            predictions = [list(a.attributions) for a in extract_documents(documents, nlp=nlp, batch_size=4)]
            seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
        scores = polnear.score(gold, predictions)
        row = {"disabled": "+".join(disabled) or "(none)", "seconds": round(seconds, 1),
               "cpu_seconds": round(cpu, 1),
               **{f"exact_{r}_f1": round(100 * scores.exact[r].f1, 1) for r in polnear.ROLES},
               "relation_f1": round(100 * scores.relation.f1, 1), "load": round(os.getloadavg()[0], 1)}
        print(json.dumps(row), flush=True)
        rows.append(row)
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sample", type=int, default=120, help="articles per throughput run (default 120)")
    ap.add_argument("--local-workers", default="1,2", help="local engine runs (default 1,2)")
    ap.add_argument("--dask-workers", default="1,2,4", help="LocalCluster sizes (default 1,2,4)")
    ap.add_argument("--large", type=int, default=1000, help="articles in the large run (default 1000; 0: skip)")
    ap.add_argument("--target", type=int, default=100_000, help="extrapolate the large run to this many")
    ap.add_argument("--json", help="also write the results here")
    ap.add_argument("--parts", metavar="POLNEAR_DIR", help="measure disabling pipeline parts instead")
    ap.add_argument("--disable", action="append",
                    help="components to disable together, '+'-separated (repeatable)")
    args = ap.parse_args()
    if args.parts:
        variants = [[]] + [d.split("+") for d in (args.disable or ["lemmatizer", "attribute_ruler+lemmatizer"])]
        rows = pipeline_parts(args.parts, variants)
        if args.json:
            with open(args.json, "w") as fh:
                json.dump(rows, fh, indent=2)
        return

    result: dict = {"cpus": os.cpu_count(), "python": sys.version.split()[0], "sample": args.sample}
    with tempfile.TemporaryDirectory(prefix="ct-scale-bench-") as tmp:
        sample = synthesise(args.sample, os.path.join(tmp, "sample"))
        for n in [int(x) for x in args.local_workers.split(",") if x]:
            result[f"local_workers_{n}"] = run_ingest(sample, os.path.join(tmp, f"local{n}.db"),
                                                      "--workers", str(n))
        for n in [int(x) for x in args.dask_workers.split(",") if x]:
            schema = pg_schema()
            try:
                result[f"dask_localcluster_{n}"] = run_ingest(
                    sample, pg_url(schema), "--engine", "dask", "--workers", str(n),
                    "--partition-size", "10")
            finally:
                drop_schema(schema)
        if args.large:
            large = synthesise(args.large, os.path.join(tmp, "large"), offset=args.sample)
            db = os.path.join(tmp, "large.db")
            run = run_ingest(large, db, "--workers", "2")
            size = sqlite_size(db)
            scale = args.target / max(run["articles"], 1)
            write = pg_write_rate(db)
            result["large"] = {
                **run, "sqlite_bytes": size,
                "extrapolated": {
                    "articles": args.target,
                    "hours_local_workers_2": round(run["articles"] / run["articles_per_second"] * scale / 3600, 1),
                    "sqlite_gb": round(size * scale / 1e9, 2),
                    "postgresql_gb": round(write["postgresql_bytes"] * args.target / write["articles"] / 1e9, 2),
                },
                "postgresql_write": write,
            }
            print("large:", json.dumps(result["large"]), flush=True)
    if args.json:
        os.makedirs(os.path.dirname(os.path.abspath(args.json)), exist_ok=True)
        with open(args.json, "w") as fh:
            json.dump(result, fh, indent=2)


if __name__ == "__main__":
    main()
