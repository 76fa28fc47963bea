"""The store against real SQLite files and a real PostgreSQL server (each test in its own schema).

PostgreSQL tests skip, saying why, when the server at $CLAIMTRACE_TEST_PG_URL (default
postgresql://postgres@127.0.0.1:5432/test) cannot be reached; CI always has one.
"""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from datetime import datetime, timedelta, timezone

import pytest

from claimtrace.model import Article, Attribution, Source, Speaker, TextSpan
from claimtrace.store import Store, StoreError, content_hash, parse_since, resolve_url
from claimtrace.store.migrate import load_migrations
from claimtrace.store.synth import synthetic_article
from inprocess import cli
from storecheck import consistency_problems


@pytest.fixture
def store(db_url):
    with Store.open(db_url) as s:
        yield s


# -- helpers -------------------------------------------------------------------------------------

def make_article(input: str, specs: list[dict], *, url=None, canonical_url=None, outlet=None,
                 published=None, extra_sources=(), text_suffix="") -> Article:
    """An article whose attributions are ``specs`` (speaker name/kind, count, modality, via, ...)."""
    text, sources, atts = "", list(extra_sources), []
    for i, spec in enumerate(specs):
        src = spec.get("source_text")
        s_span = None
        if src:
            s_span = (len(text), len(text) + len(src))
            text += src + " "
        cue = (len(text), len(text) + 4)
        text += "said "
        content = (len(text), len(text) + len(spec["content"]))
        text += spec["content"] + ". "
        speaker = None
        if spec.get("kind"):
            sid = spec.get("id", f"a{i}")
            sources.append(Source(id=sid, kind=spec["kind"], name=spec.get("name"), count=spec.get("count"),
                                  mentions=[s_span] if s_span else []))
            speaker = Speaker(source_id=sid, name=spec.get("name"), kind=spec["kind"])
        atts.append(Attribution(
            cue=TextSpan([cue], "said"), content=TextSpan([content], spec["content"]),
            source=TextSpan([s_span], src) if s_span else None, kind=spec.get("akind", "indirect"),
            speaker=speaker, source_count=spec.get("count"), via=list(spec.get("via", [])),
            modality="hedged" if spec.get("hedges") else "asserted", hedges=list(spec.get("hedges", [])),
        ))
    return Article(input=input, text=text + text_suffix, title=f"Title of {input}", language="en",
                   url=url, canonical_url=canonical_url, outlet=outlet, published=published,
                   sources=sources, attributions=atts)


def iso(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def counts(store: Store) -> dict:
    q = store.conn.scalar
    return {t: q(f"SELECT COUNT(*) AS n FROM {t}") for t in
            ("articles", "article_texts", "sources", "attributions", "attribution_via", "speaker_keys",
             "runs", "failures")}


# -- opening and migrations ----------------------------------------------------------------------

def test_migrations_are_recorded_and_idempotent(db_url):
    versions = [m.version for m in load_migrations()]
    assert versions and versions == sorted(versions)
    with Store.open(db_url) as s:
        s.save_article(synthetic_article(1))
    with Store.open(db_url) as s:  # second open: nothing re-applied, data kept
        rows = s.conn.all("SELECT version, name FROM schema_migrations ORDER BY version")
        assert [r["version"] for r in rows] == versions
        assert s.stats()["schema_version"] == versions[-1]
        assert s.stats()["articles"] == 1


def test_sqlite_is_wal_with_busy_timeout(tmp_path):
    with Store.open(tmp_path / "x.db") as s:
        assert s.conn.scalar("PRAGMA journal_mode") == "wal"
        assert s.conn.scalar("PRAGMA busy_timeout") >= 10_000
        assert s.conn.scalar("PRAGMA foreign_keys") == 1


def test_open_resolution(tmp_path, monkeypatch):
    assert resolve_url("postgresql://u@h/db") == ("postgresql", "postgresql://u@h/db")
    assert resolve_url("sqlite:////abs/x.db") == ("sqlite", "/abs/x.db")
    assert resolve_url("sqlite:///rel/x.db") == ("sqlite", "rel/x.db")
    assert resolve_url("some/file.db") == ("sqlite", "some/file.db")
    with pytest.raises(StoreError):
        resolve_url("mysql://x")
    monkeypatch.setenv("CLAIMTRACE_DB", str(tmp_path / "env.db"))
    assert resolve_url(None) == ("sqlite", str(tmp_path / "env.db"))
    monkeypatch.delenv("CLAIMTRACE_DB")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert resolve_url(None) == ("sqlite", str(tmp_path / "xdg" / "claimtrace" / "claimtrace.db"))
    with Store.open() as s:  # creates the directories
        assert s.location == str(tmp_path / "xdg" / "claimtrace" / "claimtrace.db")
    with pytest.raises(StoreError, match="no store at"):
        Store.open(tmp_path / "missing.db", create=False)
    with pytest.raises(StoreError, match="cannot connect to PostgreSQL"):
        Store.open("postgresql://nobody@127.0.0.1:1/none?connect_timeout=2")


# -- saving ------------------------------------------------------------------------------------

def test_round_trip_keeps_the_whole_contract(store):
    articles = [synthetic_article(i) for i in range(20)]
    articles[0].boilerplate = [(0, 5), (9, 12)]
    articles[0].errors = ["not_english"]
    articles[1].attributions[0].speaker = None
    articles[1].attributions[0].source = None
    articles[1].attributions[1].content = TextSpan([(0, 3), (7, 9)], "Hea num")  # discontinuous
    assert any(a.via for art in articles for a in art.attributions)
    for article in articles:
        assert store.save_article(article) == "ingested"
    for row in store.articles():
        article = articles[int(row["input"].rsplit("/", 1)[1])]
        assert store.get_article(row["id"]).to_dict() == article.to_dict()
        assert row["n_attributions"] == len(article.attributions)
        assert row["content_hash"] == content_hash(article.text)


def test_content_hash_normalises_whitespace():
    assert content_hash("a  b\n\tc ") == content_hash(" a b c")
    assert content_hash("a b c") != content_hash("a bc")


def test_same_article_again_is_unchanged(store):
    article = synthetic_article(1)
    assert store.save_article(article) == "ingested"
    before = counts(store)
    assert store.save_article(article) == "unchanged"
    # whitespace-only differences are the same content
    article.text = article.text.replace(". ", ".  \n ")
    assert store.save_article(article) == "unchanged"
    assert counts(store) == before


def test_new_text_is_a_new_revision(store):
    v1 = make_article("in.html", [{"content": "old claim", "kind": "person", "name": "Ghost Speaker",
                                   "source_text": "Ghost"}], url="https://x.org/a", outlet="X")
    v2 = make_article("in.html", [{"content": "new claim", "kind": "person", "name": "Real Speaker",
                                   "source_text": "Real"}], url="https://x.org/a", outlet="X")
    assert store.save_article(v1) == "ingested"
    assert store.save_article(v2) == "updated"
    assert store.save_article(v2) == "unchanged"
    (latest,) = store.articles()
    assert latest["revision"] == 2 and latest["is_latest"]
    assert [r["revision"] for r in store.articles(all_revisions=True)] == [2, 1]
    assert [c["content"] for c in store.claims()] == ["new claim"]
    assert store.claims(speaker="ghost") == []
    assert [c["content"] for c in store.claims(speaker="ghost", all_revisions=True)] == ["old claim"]
    assert store.stats()["articles"] == 1 and store.stats()["revisions"] == 2
    # going back to the first text makes that revision (the same revision id) the latest again
    first_id = store.articles(all_revisions=True)[-1]["id"]
    assert store.save_article(v1) == "updated"
    assert store.articles()[0]["id"] == first_id and store.articles()[0]["revision"] == 1
    assert [c["content"] for c in store.claims()] == ["old claim"]
    assert store.save_article(v2) == "updated" and store.articles()[0]["revision"] == 2
    assert store.stats()["revisions"] == 2
    assert consistency_problems(store) == []


def test_identity_fallbacks(store):
    spec = [{"content": "c", "kind": "person", "name": "P", "source_text": "P"}]
    # canonical URL wins over URL: tracking parameters do not make a new article
    a = make_article("feed1", spec, url="https://x.org/a?utm=1", canonical_url="https://x.org/a")
    b = make_article("feed2", spec, url="https://x.org/a?utm=2", canonical_url="https://x.org/a")
    assert store.save_article(a) == "ingested"
    assert store.save_article(b) == "unchanged"
    # no URL: the input names the article
    f1 = make_article("notes/f.txt", spec)
    f2 = make_article("notes/f.txt", spec, text_suffix="More.")
    assert store.save_article(f1) == "ingested"
    assert store.save_article(f2) == "updated"
    # no URL, same text under another name: already stored
    assert store.save_article(make_article("copy/f.txt", spec, text_suffix="More.")) == "unchanged"
    # anonymous inputs are identified by their content only
    s1 = make_article("<string>", spec, text_suffix="One.")
    s2 = make_article("<string>", spec, text_suffix="Two.")
    assert store.save_article(s1) == "ingested"
    assert store.save_article(s2) == "ingested"
    assert store.save_article(s1) == "unchanged"
    assert store.stats()["articles"] == 4


def test_failed_save_writes_nothing(store, monkeypatch):
    store.save_article(synthetic_article(1))
    before = counts(store)
    real = store.conn.executemany

    def failing(sql, rows):
        if "INSERT INTO attributions" in sql:
            raise RuntimeError("disk on fire")
        return real(sql, rows)

    monkeypatch.setattr(store.conn, "executemany", failing)
    with pytest.raises(RuntimeError, match="disk on fire"):
        store.save_article(synthetic_article(2))
    monkeypatch.undo()
    assert counts(store) == before
    assert store.save_article(synthetic_article(2)) == "ingested"  # the connection is still usable
    assert consistency_problems(store) == []


def test_seen(store):
    article = synthetic_article(3)
    assert not store.seen(url=article.canonical_url)
    store.save_article(article)
    h = content_hash(article.text)
    assert store.seen(url=article.canonical_url)
    assert store.seen(url=article.url)
    assert store.seen(content_hash=h)
    assert store.seen(url=article.url, content_hash=h)
    assert not store.seen(url=article.url, content_hash=content_hash("other"))
    assert not store.seen(url="https://elsewhere.example/x")
    with pytest.raises(TypeError):
        store.seen()


def test_runs_and_failures(store):
    run = store.begin_run(["claimtrace", "ingest", "feed.xml"])
    store.save_article(synthetic_article(1), run_id=run, fetched_at=datetime(2026, 1, 2, tzinfo=timezone.utc))
    store.record_failure(run, "https://x.org/404", "http_error", "HTTP 404")
    store.record_failure(run, "empty.txt", "empty", "no text")
    store.finish_run(run, {"ingested": 1, "failed": 2})
    (r,) = store.runs()
    assert r["argv"] == ["claimtrace", "ingest", "feed.xml"] and r["counts"] == {"ingested": 1, "failed": 2}
    assert r["finished_at"] >= r["started_at"]
    assert [(f["input"], f["reason"]) for f in store.failures(run)] == [
        ("https://x.org/404", "http_error"), ("empty.txt", "empty")]
    (a,) = store.articles()
    assert a["run_id"] == run and a["fetched_at"] == "2026-01-02T00:00:00Z"
    stats = store.stats()
    assert stats["failures_by_reason"] == {"empty": 1, "http_error": 1}
    assert stats["last_run"]["id"] == run


# -- queries -----------------------------------------------------------------------------------

NOW = datetime.now(timezone.utc)


def build_corpus(store: Store) -> None:
    store.save_article(make_article("a1", [
        {"content": "a1-berg", "kind": "person", "name": "Anna Berg", "id": "s1", "source_text": "Anna Berg",
         "akind": "direct"},
        {"content": "a1-officials", "kind": "anonymous_group", "count": 3, "source_text": "three officials",
         "hedges": ["reportedly"], "via": ["s1"]},
    ], url="https://www.reuters.com/world/a1", outlet="Reuters", published=iso(NOW - timedelta(days=1))))
    store.save_article(make_article("a2", [
        {"content": "a2-diplomats", "kind": "anonymous_group", "count": 2, "source_text": "two diplomats"},
        {"content": "a2-ministry", "kind": "organization", "name": "Finance Ministry", "source_text": "the ministry",
         "hedges": ["may"], "via": ["s9"]},
    ], url="https://www.bbc.co.uk/news/a2", outlet="BBC News", published=iso(NOW - timedelta(days=5)),
        extra_sources=[Source(id="s9", kind="outlet", name="Reuters")]))
    store.save_article(make_article("a3", [
        {"content": "a3-bergman", "kind": "person", "name": "Anna Bergman", "source_text": "Bergman"},
        {"content": "a3-residents", "kind": "anonymous_group", "count": 5, "source_text": "five residents"},
    ], url="https://uk.reuters.com/a3", published=(NOW - timedelta(days=30)).date().isoformat()))
    store.save_article(make_article("a4.txt", [
        {"content": "a4-anon", "kind": "anonymous_person", "count": 1, "source_text": "an official"},
        {"content": "a4-nospeaker"},
    ], outlet="Le Monde", published=None))
    for content, name in (("a5-old", "Ghost Speaker"), ("a5-new", "Real Speaker")):
        store.save_article(make_article("a5", [
            {"content": content, "kind": "person", "name": name, "source_text": name},
        ], url="https://apnews.com/a5", outlet="Associated Press", published=iso(NOW - timedelta(hours=50))))
    store.save_article(make_article("a6", [
        {"content": "a6-undated", "kind": "person", "name": "Ola Nordmann", "source_text": "Ola"},
    ], url="https://www.nrk.no/a6", outlet="NRK", published="yesterday-ish"))


ALL_ORDERED = ["a6-undated", "a4-anon", "a4-nospeaker", "a1-berg", "a1-officials", "a5-new",
               "a2-diplomats", "a2-ministry", "a3-bergman", "a3-residents"]


@pytest.fixture
def corpus(store):
    build_corpus(store)
    return store


def contents(rows) -> list[str]:
    return [r["content"] for r in rows]


def test_claims_default_order_latest_revisions(corpus):
    rows = corpus.claims()
    # a6/a4 have no usable publication date: dated by ingest time (now); ties keep insertion order desc
    assert sorted(contents(rows[:3])) == sorted(["a6-undated", "a4-anon", "a4-nospeaker"])
    assert contents(rows[3:]) == ALL_ORDERED[3:]
    row = rows[3]
    assert row["speaker"] == "Anna Berg" and row["speaker_kind"] == "person" and row["kind"] == "direct"
    assert row["outlet"] == "Reuters" and row["url"] == "https://www.reuters.com/world/a1"
    nospeaker = next(r for r in rows if r["content"] == "a4-nospeaker")
    assert nospeaker["speaker"] is None and nospeaker["speaker_kind"] is None
    assert nospeaker["source_spans"] is None


@pytest.mark.parametrize("filters, expected", [
    ({"since": "7d"}, {"a6-undated", "a4-anon", "a4-nospeaker", "a1-berg", "a1-officials", "a5-new",
                       "a2-diplomats", "a2-ministry"}),
    ({"since": "2d"}, {"a6-undated", "a4-anon", "a4-nospeaker", "a1-berg", "a1-officials"}),
    ({"since": "12h"}, {"a6-undated", "a4-anon", "a4-nospeaker"}),
    ({"since": (NOW - timedelta(days=10)).date().isoformat()},
     set(ALL_ORDERED) - {"a3-bergman", "a3-residents"}),
    ({"since": NOW - timedelta(days=3)}, {"a6-undated", "a4-anon", "a4-nospeaker", "a1-berg",
                                          "a1-officials", "a5-new"}),
    ({"outlet": "reuters"}, {"a1-berg", "a1-officials", "a3-bergman", "a3-residents"}),  # name or host
    ({"outlet": "REUTERS", "since": "7d"}, {"a1-berg", "a1-officials"}),
    ({"outlet": "bbc.co"}, {"a2-diplomats", "a2-ministry"}),
    ({"outlet": "monde"}, {"a4-anon", "a4-nospeaker"}),
    ({"outlet": "nobody"}, set()),
    ({"source_kind": "anonymous_group"}, {"a1-officials", "a2-diplomats", "a3-residents"}),
    ({"source_kind": "organization"}, {"a2-ministry"}),
    ({"min_sources": 3}, {"a1-officials", "a3-residents"}),
    ({"min_sources": 1}, {"a1-officials", "a2-diplomats", "a3-residents", "a4-anon"}),
    ({"speaker": "anna berg"}, {"a1-berg", "a3-bergman"}),
    ({"speaker": "ANNA BERG"}, {"a1-berg", "a3-bergman"}),
    ({"speaker": "Bergman"}, {"a3-bergman"}),
    ({"speaker": "ghost"}, set()),
    ({"speaker": "%"}, set()),  # LIKE wildcards are literal
    ({"modality": "hedged"}, {"a1-officials", "a2-ministry"}),
    ({"modality": "asserted"}, set(ALL_ORDERED) - {"a1-officials", "a2-ministry"}),
    ({"via": "anna"}, {"a1-officials"}),  # the name of the via source
    ({"via": "s1"}, {"a1-officials"}),  # the via id itself
    ({"via": "REUTERS"}, {"a2-ministry"}),
    ({"kind": "direct"}, {"a1-berg"}),
    ({"since": "7d", "source_kind": "anonymous_group", "min_sources": 3}, {"a1-officials"}),
    ({"since": "2d", "outlet": "reuters"}, {"a1-berg", "a1-officials"}),
])
def test_claims_filters(corpus, filters, expected):
    assert set(contents(corpus.claims(**filters))) == expected


def test_claims_limit_and_via_names(corpus):
    assert contents(corpus.claims(limit=2, since="5d", min_sources=1)) == ["a4-anon", "a1-officials"]
    (row,) = corpus.claims(via="anna")
    assert row["via"] == ["Anna Berg"] and row["via_ids"] == ["s1"]
    assert row["hedges"] == ["reportedly"] and row["source_count"] == 3


def test_articles_filters(corpus):
    titles = lambda rows: [r["input"] for r in rows]  # noqa: E731
    assert sorted(titles(corpus.articles()[:2])) == ["a4.txt", "a6"]
    assert titles(corpus.articles())[2:] == ["a1", "a5", "a2", "a3"]
    assert set(titles(corpus.articles(outlet="reuters"))) == {"a1", "a3"}
    assert set(titles(corpus.articles(since="7d"))) == {"a1", "a2", "a4.txt", "a5", "a6"}
    assert len(corpus.articles(limit=3)) == 3
    (a6,) = corpus.articles(outlet="nrk")
    assert a6["published"] == "yesterday-ish" and a6["published_at"] is None
    assert a6["date"] == a6["ingested_at"]  # unparseable date: dated by ingest time
    assert "text" not in a6 and "text" in corpus.articles(outlet="nrk", include_text=True)[0]


def test_stats(corpus):
    s = corpus.stats()
    assert (s["articles"], s["revisions"], s["attributions"]) == (6, 7, 10)
    assert s["speaker_kinds"]["anonymous_group"] == 3
    assert s["modalities"] == {"asserted": 8, "hedged": 2}
    assert s["top_outlets"]["Reuters"] == 1 and s["top_outlets"]["uk.reuters.com"] == 1


@pytest.mark.parametrize("value", ["7d", "12h", "30m", "2w", "2026-11-01", "2026-11-01T10:00:00Z",
                                   "2026-11-01T10:00:00+02:00"])
def test_parse_since_accepts(value):
    assert parse_since(value).endswith("Z")


def test_parse_since_values():
    ref = datetime(2026, 11, 10, 12, 0, tzinfo=timezone.utc)
    assert parse_since("2d", reference=ref) == "2026-11-08T12:00:00Z"
    assert parse_since("12h", reference=ref) == "2026-11-10T00:00:00Z"
    assert parse_since("2026-11-01") == "2026-11-01T00:00:00Z"
    assert parse_since("2026-11-01T10:00:00+02:00") == "2026-11-01T08:00:00Z"
    for bad in ("yesterday", "7x", "-3d", "2026-13-01", ""):
        with pytest.raises(ValueError, match="bad --since"):
            parse_since(bad)


# -- crash safety and concurrency (real processes) ---------------------------------------------

WORKER = r"""
import json, sys, time
from datetime import datetime, timezone
from claimtrace.store import Store
from claimtrace.store.synth import synthetic_article
url, start, stop, go_at = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4])
ref = datetime(2026, 1, 1, tzinfo=timezone.utc)
with Store.open(url) as store:
    run = store.begin_run(sys.argv)
    while time.time() < go_at:
        time.sleep(0.01)
    tally = {"ingested": 0, "unchanged": 0, "updated": 0}
    for i in range(start, stop):
        status = store.save_article(synthetic_article(i, reference=ref), run_id=run)
        tally[status] += 1
        print(i, status, flush=True)
    store.finish_run(run, tally)
print("DONE", json.dumps(tally), flush=True)
"""


def worker(url: str, start: int, stop: int, go_at: float = 0.0) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", WORKER, url, str(start), str(stop), str(go_at)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def finish(proc: subprocess.Popen, timeout: float = 300) -> dict:
    out, err = proc.communicate(timeout=timeout)
    assert proc.returncode == 0, err
    return json.loads(out.strip().splitlines()[-1].split(" ", 1)[1])


def test_sigkill_mid_ingest_leaves_a_consistent_store(db_url):
    total = 2000
    with Store.open(db_url):  # migrate first so the kill lands in the save loop
        pass
    proc = worker(db_url, 0, total)
    saved = 0
    deadline = time.time() + 120
    while saved < 150 and time.time() < deadline:
        line = proc.stdout.readline()
        assert line, proc.stderr.read()
        saved += 1
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL

    with Store.open(db_url) as s:
        assert consistency_problems(s) == []
        stored = s.stats()["articles"]
        assert 150 <= stored < total, "the worker finished before it was killed: raise `total`"
        assert s.conn.scalar("SELECT COUNT(*) AS n FROM runs WHERE finished_at IS NULL") == 1

    tally = finish(worker(db_url, 0, total))  # the same saves again finish the job
    assert tally == {"ingested": total - stored, "unchanged": stored, "updated": 0}
    with Store.open(db_url) as s:
        assert consistency_problems(s) == []
        assert s.stats()["articles"] == s.stats()["revisions"] == total
        assert s.conn.scalar("SELECT COUNT(DISTINCT key) AS n FROM articles") == total
        expected = sum(len(synthetic_article(i, reference=datetime(2026, 1, 1, tzinfo=timezone.utc)).attributions)
                       for i in range(total))
        assert s.stats()["attributions"] == expected


def test_two_processes_save_at_once(db_url):
    # overlapping ranges: both processes race on articles 300..599; the fresh store races on migrations
    go_at = time.time() + 3.0
    a, b = worker(db_url, 0, 600, go_at), worker(db_url, 300, 900, go_at)
    ta, tb = finish(a), finish(b)
    assert ta["ingested"] + tb["ingested"] == 900
    assert ta["unchanged"] + tb["unchanged"] == 300
    assert ta["updated"] == tb["updated"] == 0
    with Store.open(db_url) as s:
        assert consistency_problems(s) == []
        assert s.stats()["articles"] == s.stats()["revisions"] == 900
        assert s.stats()["runs"] == 2
        assert len(s.conn.all("SELECT version FROM schema_migrations")) == len(load_migrations())


# -- CLI ---------------------------------------------------------------------------------------

def test_cli_claims_formats(corpus, db_url):
    code, out, _ = cli("claims", "--db", db_url, "--format", "json", "--source-kind", "anonymous_group",
                       "--min-sources", "3", "--since", "7d")
    assert code == 0
    assert [r["content"] for r in json.loads(out)] == ["a1-officials"]
    code, out, _ = cli("claims", "--db", db_url, "--format", "jsonl", "--speaker", "anna berg")
    assert code == 0 and len(out.splitlines()) == 2
    code, out, _ = cli("claims", "--db", db_url, "--format", "csv", "--outlet", "reuters", "--limit", "3")
    assert code == 0 and out.splitlines()[0].startswith("id,article_id,revision_id,") and len(out.splitlines()) == 4
    code, out, _ = cli("claims", "--db", db_url, "--via", "anna", "--modality", "hedged")
    lines = out.splitlines()
    assert code == 0 and lines[0].split() == ["DATE", "OUTLET", "SPEAKER", "SPEAKER_KIND", "COUNT", "VIA",
                                              "MODALITY", "KIND", "CONTENT"]
    assert "three officials" in lines[2] and "Anna Berg" in lines[2] and "a1-officials" in lines[2]
    code, out, err = cli("claims", "--db", db_url, "--speaker", "nobody at all")
    assert code == 0 and out == "" and "no claims match" in err


def test_cli_articles_and_stats(corpus, db_url):
    code, out, _ = cli("articles", "--db", db_url, "--outlet", "reuters")
    assert code == 0 and out.splitlines()[0].split()[:3] == ["DATE", "OUTLET", "TITLE"]
    assert len(out.splitlines()) == 4
    code, out, _ = cli("articles", "--db", db_url, "--format", "json", "--since", "7d")
    assert code == 0 and len(json.loads(out)) == 5
    code, out, _ = cli("stats", "--db", db_url, "--format", "json")
    assert code == 0 and json.loads(out)["attributions"] == 10
    code, out, _ = cli("stats", "--db", db_url)
    assert code == 0 and "speaker_kinds.anonymous_group" in out


@pytest.mark.parametrize("argv, message", [
    (["claims", "--since", "yesterday"], "bad value 'yesterday'"),
    (["claims", "--min-sources", "many"], "expected a whole number"),
    (["claims", "--source-kind", "aliens"], "invalid choice"),
    (["articles", "--since", "3 fortnights"], "bad value"),
    (["claims", "--format", "xml"], "invalid choice"),
])
def test_cli_usage_errors_exit_2(tmp_path, argv, message):
    code, _, err = cli(*argv, "--db", str(tmp_path / "x.db"))
    assert code == 2 and message in err


def test_cli_missing_store_is_an_error_not_a_new_file(tmp_path):
    code, _, err = cli("claims", "--db", str(tmp_path / "none.db"))
    assert code == 1 and "no store at" in err
    assert not (tmp_path / "none.db").exists()


def test_postgresql_plans_per_value_and_keeps_statistics(pg_url):
    """Skewed lookups (one blocking key with thousands of postings) need statistics and a plan for
    the value looked up: the store plans each statement for its values and analyzes tables that
    changed by more than their size, whether or not the server's autovacuum does."""
    from claimtrace.store.db import connect

    conn = connect(pg_url)
    try:
        assert conn.scalar("SHOW plan_cache_mode") == "force_custom_plan"
        conn.execute("CREATE TABLE postings (key TEXT NOT NULL, day INTEGER NOT NULL, PRIMARY KEY (key, day))")
        conn.executemany("INSERT INTO postings (key, day) VALUES (?, ?)",
                         [("common", d) for d in range(5000)] + [(f"rare{d}", d) for d in range(50)])

        def analyzed() -> float:
            return conn.scalar("SELECT c.reltuples FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                               " WHERE n.nspname = current_schema() AND c.relname = 'postings'")

        before = analyzed()
        conn.execute("SELECT pg_stat_force_next_flush()")  # this session's counts, as time would
        conn.execute("SELECT 1")
        conn.refresh_statistics(["postings"])
        after = analyzed()
        assert before < 0 and after == 5050
        conn.refresh_statistics(["postings"])   # nothing changed since: not analyzed again
        assert conn.scalar("SELECT n_mod_since_analyze FROM pg_stat_user_tables"
                           " WHERE schemaname = current_schema() AND relname = 'postings'") == 0
        plan = "\n".join(r["QUERY PLAN"] for r in conn.all(
            "EXPLAIN SELECT day FROM postings WHERE key = ? ORDER BY day DESC LIMIT 200", ("common",)))
        assert "Index Only Scan Backward" in plan, plan
    finally:
        conn.close()
