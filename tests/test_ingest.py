"""``claimtrace ingest`` / ``demo`` and ``pipeline.ingest`` end to end, on real parts only.

Real SQLite files in tmp_path and the real PostgreSQL server (each test in its own schema, as in
test_store.py; skipped, saying why, when the server at $CLAIMTRACE_TEST_PG_URL cannot be reached),
a real HTTP server on 127.0.0.1, real subprocesses for the kill and concurrency tests. The spaCy
model is loaded once per process; only the subprocess tests pay for their own loads.
"""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time


import pytest

from claimtrace import pipeline
from claimtrace.config import Settings
from claimtrace.errors import ModelNotInstalled
from claimtrace.store import Store

from httpserver import Response, TestServer
from inprocess import cli
from storecheck import consistency_problems

# -- a small corpus --------------------------------------------------------------------------

ARTICLES = {
    "bank.txt": """Central bank holds rates as inflation cools

OSLANDIA, May 2 (Wire) - The central bank kept its main interest rate unchanged on Thursday.

"We will hold rates steady until inflation is back at target," Governor Maria Olsen told reporters after the meeting.

Olsen said the bank could start cutting rates in the autumn if prices kept falling.

Two officials familiar with the committee's discussions said one member had voted for a cut.
""",
    "port.txt": """Dock workers strike shuts main port

HARBOURTON, May 3 (Wire) - Thousands of dock workers walked off the job on Friday, closing the country's busiest port.

Union leader Jonas Brandt said the strike would continue until the government agreed to talks.

The port authority said in a statement that ships were being diverted to other harbours.

The stoppage could last at least a week, according to three people involved in the negotiations.
""",
    "mine.txt": """Mining firm denies safety failures after collapse

KESTRA, May 4 (Wire) - A mining company denied on Saturday that it had ignored warnings before a tunnel collapse that trapped nine workers.

"Our inspections were up to date and fully documented," chief executive Paula Rind said at a news conference.

Rescue officials said the trapped miners were likely to be reached by Sunday evening.

Local residents told the Kestra Gazette that cracks had appeared in the tunnel weeks earlier.
""",
    "budget.txt": """Finance minister defends budget cuts

VELM, May 5 (Wire) - Finance Minister Tomas Ekberg defended planned spending cuts on Sunday, saying the country could not afford to borrow more.

"There is no painless way to close a deficit of this size," Ekberg said in a radio interview.

Opposition lawmaker Sara Lind warned that the cuts might push the economy into recession.

Economists at Velm University said growth was expected to slow to about one percent next year.
""",
}

HTML_ARTICLE = """<!doctype html>
<html lang="en"><head><title>Rail operator cancels night trains - Daily Courier</title>
<meta property="og:site_name" content="Daily Courier">
<link rel="canonical" href="https://courier.example/rail-night-trains">
<meta name="author" content="Ana Ruiz">
<meta property="article:published_time" content="2026-05-06T08:00:00Z">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a></nav>
<article>
<h1>Rail operator cancels night trains</h1>
<p>BRENN, May 6 (Daily Courier) - The national rail operator will cancel all night trains from
June, its chief executive said on Monday, blaming rising energy prices.</p>
<p>"We cannot run trains that lose money on every journey," chief executive Peter Holm told
reporters at the company's headquarters.</p>
<p>A union spokeswoman, Eva Stark, said the decision could cost up to 300 jobs.</p>
<p>Passenger groups said they would challenge the cuts in court.</p>
</article>
<footer>Copyright Daily Courier. All rights reserved.</footer>
</body></html>
"""

GERMAN = """Regierung kündigt neue Sparmaßnahmen an

BERLIN, 7. Mai - Die Bundesregierung hat am Dienstag neue Sparmaßnahmen angekündigt, die vor allem
die Verwaltung betreffen sollen. Der Finanzminister sagte, die Ausgaben müssten im kommenden Jahr
deutlich sinken. Die Opposition kritisierte die Pläne scharf und sprach von einem Angriff auf den
Sozialstaat. Nach Angaben von Regierungskreisen sollen die Einsparungen rund zehn Milliarden Euro
betragen. Gewerkschaften kündigten Proteste in mehreren Städten an.
"""


def jsonl_record(url: str, text: str, **extra) -> str:
    return json.dumps({"url": url, "text": text, **extra}, ensure_ascii=False)


RECORD_A = ("Water utility raises prices\n\nLAKETOWN, May 8 (Wire) - The city's water utility will raise "
            "prices by 12 percent, its director Ingrid Moe said on Wednesday. \"We have no other way to "
            "pay for the new pipes,\" Moe told the city council.")
RECORD_B = ("Airport expansion approved\n\nFARO CITY, May 9 (Wire) - Regional planners approved a third "
            "runway on Thursday. Airport chief Luca Berti said construction could begin next spring, "
            "while environmental groups said they would appeal the decision.")


def write_corpus(folder) -> None:
    """7 good articles (4 txt, 1 html, 2 JSONL records) and 4 bad inputs, one per failure reason."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "rail.html").write_text(HTML_ARTICLE, encoding="utf-8")
    (folder / "records.jsonl").write_text(
        jsonl_record("https://wire.example/water", RECORD_A) + "\n"
        + "{this is not json\n"
        + jsonl_record("https://wire.example/airport", RECORD_B) + "\n", encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    (folder / "german.txt").write_text(GERMAN, encoding="utf-8")


EXPECTED_FAILURES = {"bad_json": 1, "empty": 1, "binary": 1, "not_english": 1}


#: ``claimtrace`` as a separate process, as a user runs it.
CLAIMTRACE = [sys.executable, "-m", "claimtrace.cli.main"]


# -- folder ingest, re-run, revisions -----------------------------------------------------------

def test_ingest_folder_counts_failures_and_rerun(db_url, tmp_path):
    folder = tmp_path / "news"
    write_corpus(folder)
    seen: list[tuple[str, str]] = []
    summary = pipeline.ingest([folder], store=db_url, progress=False,
                              on_failure=lambda i, r, m: seen.append((os.path.basename(i), r)))
    assert (summary.ingested, summary.unchanged, summary.updated, summary.failed) == (7, 0, 0, 4)
    assert {r: g.count for r, g in summary.failures.items()} == EXPECTED_FAILURES
    assert sorted(seen) == sorted([("records.jsonl#record-2", "bad_json"), ("empty.txt", "empty"),
                                   ("image.txt", "binary"), ("german.txt", "not_english")])
    assert summary.failures["not_english"].examples == [str(folder / "german.txt")]
    assert summary.articles_per_second > 0 and not summary.ok

    with Store.open(db_url) as s:
        assert consistency_problems(s) == []
        assert s.stats()["articles"] == s.stats()["revisions"] == 7
        assert sorted(f["reason"] for f in s.failures(summary.run_id)) == sorted(EXPECTED_FAILURES)
        run = s.runs(limit=1)[0]
        assert run["id"] == summary.run_id and run["finished_at"]
        assert run["counts"]["ingested"] == 7 and run["counts"]["failures"] == EXPECTED_FAILURES
        # the attributions are queryable
        assert any("hold rates steady" in c["content"] for c in s.claims(speaker="olsen"))
        assert s.claims(speaker="peter holm")[0]["outlet"] == "Daily Courier"
        assert s.claims(speaker="ingrid moe")[0]["url"] == "https://wire.example/water"
        assert s.stats()["attributions"] >= 12
        n_attributions = s.stats()["attributions"]

    again = pipeline.ingest([folder], store=db_url, progress=False)
    assert (again.ingested, again.unchanged, again.updated, again.failed) == (0, 7, 0, 4)
    with Store.open(db_url) as s:
        assert s.stats()["articles"] == s.stats()["revisions"] == 7
        assert s.stats()["attributions"] == n_attributions
        assert consistency_problems(s) == []


def test_changed_text_at_same_url_is_a_new_revision(db_url, tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text(jsonl_record("https://wire.example/water", RECORD_A) + "\n", encoding="utf-8")
    with Store.open(db_url) as store:  # an open Store is used and left open
        first = pipeline.ingest([path], store=store, progress=False)
        assert (first.ingested, first.updated) == (1, 0)
        changed = RECORD_A.replace("12 percent", "15 percent")
        path.write_text(jsonl_record("https://wire.example/water", changed) + "\n", encoding="utf-8")
        second = pipeline.ingest([path], store=store, progress=False)
        assert (second.ingested, second.unchanged, second.updated) == (0, 0, 1)
        rows = store.articles(all_revisions=True)
        assert sorted(r["revision"] for r in rows) == [1, 2]
        assert store.articles()[0]["revision"] == 2
        assert any("15 percent" in c["content"] for c in store.claims(speaker="moe"))
        # reverting to the first text is a change ("updated"), and that earlier revision is the
        # latest again: its id belongs to its text, so no third row is written
        path.write_text(jsonl_record("https://wire.example/water", RECORD_A) + "\n", encoding="utf-8")
        third = pipeline.ingest([path], store=store, progress=False)
        assert third.updated == 1 and store.articles()[0]["revision"] == 1
        assert len(store.articles(all_revisions=True)) == 2
        assert not any("15 percent" in c["content"] for c in store.claims(speaker="moe"))
        assert consistency_problems(store) == []


def test_store_error_is_recorded_and_the_run_goes_on(pg_url, tmp_path):
    # PostgreSQL text cannot hold NUL: that one article fails with store_error, the next is stored
    path = tmp_path / "nul.jsonl"
    path.write_text(jsonl_record("https://wire.example/nul", RECORD_A, title="Water\u0000prices") + "\n"
                    + jsonl_record("https://wire.example/airport", RECORD_B) + "\n", encoding="utf-8")
    summary = pipeline.ingest([path], store=pg_url, progress=False)
    assert (summary.ingested, summary.failed) == (1, 1)
    assert summary.failures["store_error"].examples == [f"{path}#record-1"]
    with Store.open(pg_url) as s:
        assert [f["reason"] for f in s.failures()] == ["store_error"]
        assert s.stats()["articles"] == 1 and consistency_problems(s) == []


def test_workers_2_store_the_same_as_workers_1(tmp_path):
    folder = tmp_path / "news"
    write_corpus(folder)
    one = pipeline.ingest([folder], store=tmp_path / "one.db", progress=False, workers=1)
    two = pipeline.ingest([folder], store=tmp_path / "two.db", progress=False, workers=2, batch_size=2)
    assert (two.ingested, two.failed) == (one.ingested, one.failed) == (7, 4)

    def snapshot(path):
        with Store.open(path) as s:
            return sorted((c["speaker"] or "", c["cue"], c["content"]) for c in s.claims())

    assert snapshot(tmp_path / "one.db") == snapshot(tmp_path / "two.db")


def test_workers_skip_stored_texts_without_loading_the_model(db_url, tmp_path):
    # the pool's processes prepare each input and look it up in the store themselves: a re-run of
    # stored inputs parses nothing, so even a model that is not installed is never needed
    folder = tmp_path / "news"
    write_corpus(folder)
    first = pipeline.ingest([folder], store=db_url, progress=False, workers=1)
    assert first.ingested == 7
    settings = Settings()
    settings.model = "no_such_model_xx"
    again = pipeline.ingest([folder], store=db_url, progress=False, workers=2, batch_size=2,
                            settings=settings)
    assert (again.ingested, again.unchanged, again.failed) == (0, 7, 4)
    (folder / "new.txt").write_text(ARTICLES["port.txt"].replace("Friday", "Monday"), encoding="utf-8")
    with pytest.raises(ModelNotInstalled):  # something new to parse: the workers need the model
        pipeline.ingest([folder], store=db_url, progress=False, workers=2, settings=settings)


# -- HTTP feed ----------------------------------------------------------------------------------

def rss(base: str) -> bytes:
    items = ""
    for n, (title, text) in enumerate([("Water utility raises prices", RECORD_A),
                                       ("Airport expansion approved", RECORD_B)], 1):
        body = "".join(f"<p>{p}</p>" for p in text.split("\n\n")[1:]) * 2
        items += (f"<item><title>{title}</title><link>{base}/story/{n}</link>"
                  f"<pubDate>Thu, 0{n} May 2026 10:00:00 GMT</pubDate>"
                  f"<content:encoded><![CDATA[{body}]]></content:encoded></item>")
    return (f'<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">'
            f"<channel><title>Local Wire</title><link>{base}/</link>{items}</channel></rss>").encode()


def test_ingest_rss_feed_over_http(db_url):
    with TestServer() as srv:
        url = srv.route("/feed.rss", Response(body=rss(srv.url("")), content_type="application/rss+xml"))
        code, out, err = cli("ingest", url, "--db", db_url, "--format", "json")
        assert code == 1
        result = json.loads(out)
        assert result["failed"] == 1 and list(result["failures"]) == ["refused_private"]
        assert f"claimtrace: {url}: refused_private: " in err
        assert srv.hits == []  # refused before connecting

        code, out, err = cli("ingest", url, "--db", db_url, "--allow-private", "--format", "json")
        assert code == 0, err
        assert json.loads(out)["ingested"] == 2
    with Store.open(db_url) as s:
        assert sorted(r["url"] for r in s.articles()) == [srv.url("/story/1"), srv.url("/story/2")]
        assert s.claims(speaker="berti")


# -- CLI: summary, exit codes, demo -------------------------------------------------------------

def test_cli_exit_codes_and_summary(tmp_path):
    good = tmp_path / "good"
    good.mkdir()
    (good / "bank.txt").write_text(ARTICLES["bank.txt"], encoding="utf-8")
    db = str(tmp_path / "cli.db")

    code, out, err = cli("ingest", str(good), "--db", db)
    assert code == 0, err
    assert "INGESTED" not in out and "ingested" in out and "store " + db in out

    mixed = tmp_path / "mixed"
    write_corpus(mixed)
    code, out, err = cli("ingest", str(mixed), "--db", db, "--format", "csv")
    assert code == 1
    lines = out.splitlines()
    assert lines[0] == "outcome,count,examples"
    assert "failed,4," in out and "failed:binary,1," in out
    assert f"claimtrace: {mixed / 'empty.txt'}: empty: " in err

    code, out, err = cli("ingest", str(mixed), "--db", db)  # table: failures grouped by reason
    assert code == 1 and "REASON" in out and "not_english" in out and "german.txt" in out

    code, out, _ = cli("ingest", str(tmp_path / "missing"), "--db", db, "--format", "jsonl")
    assert code == 1 and json.loads(out)["failures"]["not_found"]["count"] == 1

    assert cli("ingest", "--db", db)[0] == 2                                   # no SPEC
    assert cli("ingest", str(good), "--workers", "0", "--db", db)[0] == 2
    assert cli("ingest", str(good), "--format", "xml", "--db", db)[0] == 2
    code, _, err = cli("ingest", str(good), "--db", "mysql://x/y")
    assert code == 2 and "unsupported database URL" in err
    code, _, err = cli("ingest", str(tmp_path / "new"), "--db", db, "--model", "no_such_model_xx")
    assert code == 1  # nothing to parse: the model is never needed
    (tmp_path / "new").mkdir()
    (tmp_path / "new" / "port.txt").write_text(ARTICLES["port.txt"].replace("Friday", "Monday"),
                                               encoding="utf-8")
    code, _, err = cli("ingest", str(tmp_path / "new"), "--db", db, "--model", "no_such_model_xx")
    assert code == 2 and "no_such_model_xx" in err


def test_demo_twice(tmp_path, monkeypatch):
    db = str(tmp_path / "demo.db")
    monkeypatch.setenv("CLAIMTRACE_DB", db)  # the default store location follows $CLAIMTRACE_DB
    code, first, err = cli("demo")
    assert code == 0, err
    assert "10 example files -> 10 new" in first
    assert "10 articles from 1 outlet (Meridian)" in first
    assert "Anna Berg (Foreign Ministry spokeswoman)" in first
    assert "== Opposition disputes vote count" in first and "SPEAKER" in first
    code, second, err = cli("demo", "--db", db)
    assert code == 0, err
    assert "0 new, 10 already stored, 0 updated, 0 failed" in second

    def body(text):  # everything after the first line (the ingest tally) and the hint lines
        return text.split("\n", 1)[1].split("\nNext:")[0]

    assert body(first) == body(second)
    with Store.open(db) as s:
        assert s.stats()["articles"] == s.stats()["revisions"] == 10


# -- real processes: SIGKILL, two at once -------------------------------------------------------

def small_corpus(folder, n: int) -> None:
    folder.mkdir()
    for i in range(n):
        (folder / f"a{i:04d}.txt").write_text(
            f"Council vote number {i}\n\nThe town council approved plan {i} on Monday, "
            f"mayor Ana Reyes{i} said. \"This is plan {i} and it will help,\" Reyes{i} told reporters. "
            f"Two officials said plan {i} could cost more than expected.\n", encoding="utf-8")


def ingest_proc(folder, db: str) -> subprocess.Popen:
    return subprocess.Popen([*CLAIMTRACE, "ingest", str(folder), "--db", db, "--format", "json"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def finish(proc: subprocess.Popen, timeout: float = 300) -> dict:
    out, err = proc.communicate(timeout=timeout)
    assert proc.returncode == 0, err
    return json.loads(out)


def stored(db: str) -> int:
    with Store.open(db) as s:
        return s.conn.scalar("SELECT COUNT(*) AS n FROM articles")


def test_sigkill_mid_ingest_then_rerun(db_url, tmp_path):
    total = 300
    folder = tmp_path / "many"
    small_corpus(folder, total)
    with Store.open(db_url):  # migrate first
        pass
    proc = ingest_proc(folder, db_url)
    deadline = time.time() + 120
    while stored(db_url) < 30 and time.time() < deadline and proc.poll() is None:
        time.sleep(0.02)
    os.kill(proc.pid, signal.SIGKILL)
    proc.communicate(timeout=30)
    assert proc.returncode == -signal.SIGKILL, "the ingest finished before it was killed: raise `total`"

    with Store.open(db_url) as s:
        assert consistency_problems(s) == []
        done = s.stats()["articles"]
        assert 30 <= done < total
        assert s.conn.scalar("SELECT COUNT(*) AS n FROM runs WHERE finished_at IS NULL") == 1

    tally = finish(ingest_proc(folder, db_url))  # the same command finishes the job
    assert (tally["ingested"], tally["unchanged"], tally["failed"]) == (total - done, done, 0)
    with Store.open(db_url) as s:
        assert consistency_problems(s) == []
        assert s.stats()["articles"] == s.stats()["revisions"] == total
        assert s.conn.scalar("SELECT COUNT(DISTINCT input) AS n FROM articles") == total


def test_two_ingests_on_one_sqlite_file_at_once(tmp_path):
    folder = tmp_path / "many"
    small_corpus(folder, 60)
    db = str(tmp_path / "shared.db")
    a, b = ingest_proc(folder, db), ingest_proc(folder, db)
    ta, tb = finish(a), finish(b)
    assert ta["ingested"] + tb["ingested"] == 60
    assert ta["unchanged"] + tb["unchanged"] == 60
    assert ta["failed"] == tb["failed"] == 0
    with Store.open(db) as s:
        assert consistency_problems(s) == []
        assert s.stats()["articles"] == s.stats()["revisions"] == 60
        assert s.stats()["runs"] == 2
