"""``ingest --engine dask`` on a real ``distributed.LocalCluster`` (2 worker processes over loopback)
into a real SQLite file and the real PostgreSQL server.

One cluster serves the whole module, so each worker loads the spaCy model once. What is checked:
the Dask engine stores exactly what the local engine stores (every article's full record, and
the same summary and per-item failures), a re-run changes nothing, URL lists are fetched by the
workers from a real HTTP server on 127.0.0.1, and a worker process killed in the middle of a run
loses nothing and duplicates nothing.
"""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest

distributed = pytest.importorskip("distributed")

from claimtrace import pipeline  # noqa: E402
from claimtrace.link.stories import fresh_stories  # noqa: E402
from claimtrace.store import Store  # noqa: E402

from httpserver import Response, TestServer  # noqa: E402
from inprocess import cli  # noqa: E402
from storecheck import consistency_problems  # noqa: E402
from test_ingest import (ARTICLES, EXPECTED_FAILURES, HTML_ARTICLE, RECORD_A,  # noqa: E402
                         jsonl_record, small_corpus, write_corpus)

CLAIMTRACE = [sys.executable, "-m", "claimtrace.cli.main"]


@pytest.fixture(scope="module")
def cluster():
    import logging

    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  host="127.0.0.1", dashboard_address=None,
                                  silence_logs=logging.ERROR) as c:
        yield c


def stored_records(url) -> list[dict]:
    """Every latest article as its full JSON record (text, sources, attributions), by input."""
    with Store.open(url) as s:
        rows = sorted(s.articles(), key=lambda r: r["input"])
        return [s.get_article(r["id"]).to_dict() for r in rows]


def failures(summary) -> dict:
    return {reason: sorted(g.examples) for reason, g in summary.failures.items()}


def test_dask_stores_what_local_stores(cluster, db_url, tmp_path):
    folder = tmp_path / "news"
    write_corpus(folder)
    # a second JSONL with more lines than a partition holds, so it is split across tasks
    lines = [jsonl_record(f"https://wire.example/water/{i}", RECORD_A.replace("12 percent", f"{i} percent"))
             for i in range(5)]
    (folder / "more.jsonl").write_text("\n".join(lines[:2] + ["[1, 2]"] + lines[2:]) + "\n", encoding="utf-8")

    local = pipeline.ingest([folder], store=tmp_path / "local.db", progress=False)
    remote = pipeline.ingest([folder], store=db_url, progress=False, engine="dask",
                             scheduler=cluster.scheduler_address, partition_size=3, batch_size=2)
    assert (remote.ingested, remote.unchanged, remote.updated, remote.failed) == \
        (local.ingested, local.unchanged, local.updated, local.failed) == (12, 0, 0, 5)
    assert {r: g.count for r, g in remote.failures.items()} == dict(EXPECTED_FAILURES, bad_json=2)
    assert failures(remote) == failures(local)
    assert stored_records(db_url) == stored_records(tmp_path / "local.db")
    for db in (db_url, tmp_path / "local.db"):  # every story summarised when the run ends
        with Store.open(db) as s:
            ids = [r["id"] for r in s.conn.all("SELECT id FROM stories")]
            assert ids and set(fresh_stories(s, ids)) == set(ids)
    with Store.open(db_url) as s:
        assert consistency_problems(s) == []
        assert sorted(f["input"] for f in s.failures(remote.run_id)) == \
            sorted(f["input"] for f in Store.open(tmp_path / "local.db").failures(local.run_id))
        before = s.stats()

    again = pipeline.ingest([folder], store=db_url, progress=False, engine="dask",
                            scheduler=cluster.scheduler_address, partition_size=4)
    assert (again.ingested, again.unchanged, again.updated, again.failed) == (0, 12, 0, 5)
    with Store.open(db_url) as s:
        assert s.stats()["articles"] == before["articles"] == 12
        assert s.stats()["attributions"] == before["attributions"]


def test_workers_fetch_a_url_list(cluster, tmp_path):
    with TestServer() as srv:
        srv.route("/rail", Response(body=HTML_ARTICLE.encode()))
        srv.route("/bank", Response(body=ARTICLES["bank.txt"].encode(), content_type="text/plain"))
        (tmp_path / "pages.urls").write_text(
            f"{srv.url('/rail')}\n# a comment\n{srv.url('/bank')}\n{srv.url('/gone')}\n", encoding="utf-8")
        db = str(tmp_path / "urls.db")
        code, out, err = cli("ingest", str(tmp_path / "pages.urls"), "--db", db, "--engine", "dask",
                             "--scheduler", cluster.scheduler_address, "--partition-size", "1",
                             "--allow-private", "--format", "json")
        assert sorted(h.path for h in srv.hits) == ["/bank", "/gone", "/rail"]  # each fetched once
    assert code == 1, err
    summary = json.loads(out)
    assert (summary["ingested"], summary["failed"]) == (2, 1)
    assert list(summary["failures"]) == ["http_404"] and f"{srv.url('/gone')}: http_404" in err
    with Store.open(db) as s:
        assert s.claims(speaker="peter holm")[0]["outlet"] == "Daily Courier"
        argv = s.runs(limit=1)[0]["argv"]
        assert argv[argv.index("--engine"):][:4] == ["--engine", "dask", "--scheduler",
                                                      cluster.scheduler_address]


def test_scheduler_needs_the_dask_engine(tmp_path):
    code, _, err = cli("ingest", str(tmp_path), "--db", str(tmp_path / "x.db"), "--scheduler", "tcp://127.0.0.1:1")
    assert code == 2 and "--engine dask" in err


def test_killed_worker_loses_and_duplicates_nothing(cluster, pg_url, tmp_path):
    total = 48
    folder = tmp_path / "many"
    small_corpus(folder, total)
    with Store.open(pg_url):  # migrate first, so the polling below can count rows
        pass
    proc = subprocess.Popen([*CLAIMTRACE, "ingest", str(folder), "--db", pg_url, "--engine", "dask",
                             "--scheduler", cluster.scheduler_address, "--partition-size", "6",
                             "--format", "json"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    with distributed.Client(cluster.scheduler_address) as client, Store.open(pg_url) as store:
        pids = client.run(os.getpid)
        deadline = time.time() + 240
        victim = None
        while victim is None and time.time() < deadline and proc.poll() is None:
            # once a first partition is stored, kill a worker that is in the middle of another one
            if store.conn.scalar("SELECT COUNT(*) AS n FROM articles") >= 6:
                busy = [addr for addr, tasks in client.processing().items() if tasks]
                if busy:
                    victim = pids[busy[0]]
                    os.kill(victim, signal.SIGKILL)
            time.sleep(0.05)
    assert victim is not None, "the ingest finished before a worker could be killed: raise `total`"
    out, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err
    summary = json.loads(out)
    assert (summary["ingested"], summary["unchanged"], summary["failed"]) == (total, 0, 0)
    with Store.open(pg_url) as s:
        assert consistency_problems(s) == []
        assert s.stats()["articles"] == s.stats()["revisions"] == total
        assert s.conn.scalar("SELECT COUNT(DISTINCT input) AS n FROM articles") == total
        assert s.conn.scalar("SELECT COUNT(*) AS n FROM failures") == 0
