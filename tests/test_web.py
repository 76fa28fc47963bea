"""The web app served by real uvicorn on 127.0.0.1 over a real store (tests/newsroom.py articles
through the real pipeline and linker), spoken to over HTTP with httpx."""
from __future__ import annotations

from urllib.parse import quote

import feedparser
import httpx
import pytest
from httpserver import Response, TestServer
from markupsafe import escape
from newsroom import SCRIPT_TITLE, LiveServer, build_store
from storecheck import pg_schema

from claimtrace.web import create_app

TOKEN = "operator-token-for-tests"

pytestmark = pytest.mark.loopback_only


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def store_url(request, tmp_path_factory):
    folder = tmp_path_factory.mktemp("webstore")
    if request.param == "sqlite":
        db = str(folder / "news.db")
        build_store(db, folder)
        yield db
        return
    with pg_schema("ct_web") as db:
        build_store(db, folder)
        yield db


@pytest.fixture(scope="module")
def site(store_url):
    with LiveServer(create_app(store_url, token=TOKEN, allow_private=True)) as url:
        with httpx.Client(base_url=url, timeout=30) as client:
            yield client


def _stories(site) -> list[dict]:
    r = site.get("/api/stories", params={"limit": 100})
    assert r.status_code == 200
    return r.json()


def _story_id(site, url_part: str) -> str:
    for s in _stories(site):
        if any(url_part in (a["url"] or "") for a in s["articles"]):
            return s["id"]
    raise AssertionError(f"no story with {url_part}")


def test_stories_page_and_api_agree(site):
    stories = _stories(site)
    assert stories and [s["rank"] for s in stories] == list(range(1, len(stories) + 1))
    assert all(s["explanation"] and s["sourcing"] for s in stories)
    page = site.get("/")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    for s in stories:
        assert str(escape(s["title"])) in page.text
    assert page.text.index(str(escape(stories[0]["title"]))) < \
        page.text.index(str(escape(stories[-1]["title"])))


def test_filters_by_outlet_and_date(site):
    only = site.get("/api/stories", params={"outlet": "Port Gazette"}).json()
    assert only and all(any(a["outlet"] == "Port Gazette" for a in s["articles"]) for s in only)
    assert site.get("/api/stories", params={"since": "2099-01-01"}).json() == []
    assert site.get("/api/stories", params={"since": "whenever"}).status_code == 400
    page = site.get("/", params={"outlet": "Port Gazette"})
    assert "Dock strike ends" in page.text and "northern border" not in page.text


def test_story_page_shows_roles_claims_and_highlights(site):
    story_id = _story_id(site, "harbourledger.example")
    data = site.get(f"/api/stories/{quote(story_id)}").json()
    assert data["story"]["id"] == story_id and data["sourcing"] and data["summary"]
    page = site.get(f"/stories/{quote(story_id)}")
    assert page.status_code == 200
    text = page.text
    for role in {a["role"] for a in data["story"]["articles"]}:
        assert f'class="role {role}"' in text
    assert text.count('<mark class="cue"') >= len(data["story"]["articles"])
    assert '<mark class="source"' in text and '<mark class="content"' in text
    for claim in data["story"]["claims"]:
        assert str(escape(claim["text"])) in text
        for name in claim["denied_by"]:
            assert "Denied on record by" in text and str(escape(name)) in text
    assert site.get("/stories/no-such-story").status_code == 404
    assert site.get("/api/stories/no-such-story").status_code == 404


def test_script_title_is_text_everywhere(site):
    story_id = _story_id(site, "portgazette.example")
    for path in ("/", f"/stories/{quote(story_id)}", "/search?q=dock"):
        body = site.get(path).text
        assert "<script" not in body.lower(), path
        assert str(escape(SCRIPT_TITLE)) in body, path
    headers = site.get("/").headers
    assert "script-src" not in headers["content-security-policy"]
    assert "default-src 'none'" in headers["content-security-policy"]
    assert headers["x-content-type-options"] == "nosniff"


def test_actor_page_with_chart_and_api(site):
    results = site.get("/api/search", params={"q": "salo"}).json()
    assert results["actors"], results
    actor = results["actors"][0]
    data = site.get(f"/api/actors/{quote(actor['id'], safe='')}").json()
    assert "Salo" in data["name"]
    assert data["statements"] and sum(p["count"] for p in data["timeline"]) == len(data["statements"])
    page = site.get(f"/actors/{quote(actor['id'], safe='')}")
    assert page.status_code == 200 and "<svg" in page.text and 'class="bar"' in page.text
    for s in data["statements"]:
        assert str(escape(s["content"])) in page.text
    assert site.get("/api/actors/nobody-at-all").status_code == 404


def test_search_and_claims_api(site):
    page = site.get("/search", params={"q": "withdraw"})
    assert page.status_code == 200 and "withdraw" in page.text
    found = site.get("/api/search", params={"q": "withdraw"}).json()
    assert found["claims"] and all("withdraw" in c["content"].lower() for c in found["claims"])
    members = {a["revision_id"]: s["id"] for s in _stories(site) for a in s["articles"]}
    assert all(c["story"] == members[c["revision_id"]] for c in found["claims"]), "results lead to their story"
    assert f'href="/stories/{found["claims"][0]["story"]}"' in page.text
    claims = site.get("/api/claims", params={"speaker": "Salo", "limit": 5}).json()
    assert claims and len(claims) <= 5 and all("salo" in c["speaker"].lower() for c in claims)
    assert site.get("/api/claims", params={"limit": 0}).status_code == 422


def test_openapi_describes_the_api(site):
    spec = site.get("/openapi.json").json()
    for path in ("/api/stories", "/api/stories/{story_id}", "/api/claims", "/api/actors/{actor}",
                 "/api/search", "/api/ingest"):
        assert path in spec["paths"], path
    assert "post" in spec["paths"]["/api/ingest"]


def test_feeds_over_http(site):
    story_id = _story_id(site, "harbourledger.example")
    r = site.get(f"/stories/{quote(story_id)}/feed.atom")
    assert r.status_code == 200 and "atom" in r.headers["content-type"]
    parsed = feedparser.parse(r.content)
    assert not parsed.bozo and parsed.entries
    r = site.get("/feeds/digests.rss")
    assert r.status_code == 200 and not feedparser.parse(r.content).bozo


def test_ingest_needs_the_operator_token(site):
    article = (b"<html><head><title>Harbour pilots threaten walkout</title></head><body><article>"
               b"<h1>Harbour pilots threaten walkout</h1><p>PORT ALDER - Harbour pilots could walk out "
               b"next week, their union said on Monday, after talks on night-shift pay broke down.</p>"
               b"<p>\"We have waited two years for an answer,\" union secretary Jonas Lind told "
               b"reporters.</p></article></body></html>")
    with TestServer() as srv:
        srv.route("/pilots", Response(body=article))
        url = srv.url("/pilots")
        assert site.post("/api/ingest", json={"url": url}).status_code == 401
        assert site.post("/api/ingest").status_code == 401           # no body: still the token first
        assert site.post("/api/ingest", json={"url": url},
                         headers={"Authorization": "Bearer wrong"}).status_code == 401
        assert site.post("/api/ingest", json={"url": "file:///etc/passwd"},
                         headers={"Authorization": f"Bearer {TOKEN}"}).status_code == 422
        r = site.post("/api/ingest", json={"url": url}, headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 201, r.text
    assert r.json()["ingested"] == 1
    found = site.get("/api/search", params={"q": "harbour pilots"}).json()
    assert [a["title"] for a in found["articles"]] == ["Harbour pilots threaten walkout"]


def test_writes_disabled_without_a_token(store_url, monkeypatch):
    monkeypatch.delenv("CLAIMTRACE_WEB_TOKEN", raising=False)
    with LiveServer(create_app(store_url)) as url:
        r = httpx.post(url + "/api/ingest", json={"url": "http://127.0.0.1:1/x"},
                       headers={"Authorization": "Bearer anything"})
        assert r.status_code == 403 and "disabled" in r.text
        assert httpx.post(url + "/api/ingest", content=b"not json").status_code == 403
        for method in ("put", "delete", "patch"):
            assert getattr(httpx, method)(url + "/api/stories").status_code == 405


def test_serve_command_binds_loopback(tmp_path):
    import socket
    import subprocess
    import sys
    import time
    from pathlib import Path

    import psutil
    from inprocess import cli

    from claimtrace.store import Store

    store_url = str(tmp_path / "empty.db")
    Store.open(store_url).close()
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    exe = Path(sys.executable).with_name("claimtrace")
    proc = subprocess.Popen([str(exe), "serve", "--db", store_url, "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while True:
            assert proc.poll() is None, proc.stderr.read().decode()
            try:
                r = httpx.get(f"http://127.0.0.1:{port}/api/stories", timeout=5)
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline, "server did not come up"
                time.sleep(0.2)
        assert r.status_code == 200 and r.json() == []
        assert "No stories match" in httpx.get(f"http://127.0.0.1:{port}/").text
        listening = [c.laddr.ip for c in psutil.Process(proc.pid).net_connections("tcp")
                     if c.status == psutil.CONN_LISTEN]
        assert listening == ["127.0.0.1"], "loopback only by default"
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    assert cli("serve", "--db", str(tmp_path / "missing.db"), "--port", str(port))[0] == 1
    assert cli("serve", "--db", store_url, "--port", "70000")[0] == 2
