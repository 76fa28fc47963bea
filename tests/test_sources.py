"""Discovery of inputs: files, folders, JSON/JSONL records, WARC archives, URL lists, stdin.

Article snippets are invented, wire-style, written for these tests.
"""
from __future__ import annotations

import gzip
import io
import json
import sys

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from claimtrace.config import Settings
from claimtrace.ingest.inputs import Failure, RawItem, iter_inputs
from httpserver import Response

pytestmark = pytest.mark.loopback_only

TEXT = "The minister said on Monday that the bridge would reopen in June, according to a statement.\n"
HTML = ("<html><head><title>Bridge</title></head><body><p>Engineers told reporters the repairs "
        "were ahead of schedule.</p></body></html>")


def kinds(items):
    return [(type(i).__name__, i.input if isinstance(i, RawItem) else (i.input, i.reason)) for i in items]


# ----------------------------------------------------------------------------- files and folders

@pytest.fixture
def corpus(tmp_path):
    root = tmp_path / "corpus"
    (root / "sub" / "deep").mkdir(parents=True)
    (root / "a.txt").write_text(TEXT)
    (root / "b.html").write_text(HTML)
    (root / "c.json").write_text(json.dumps([
        {"text": TEXT, "url": "https://news.example/c1", "title": "Bridge", "outlet": "Example News",
         "published": "2025-01-02", "author": "J. Doe"},
        {"html": HTML, "url": "https://news.example/c2"}]))
    (root / "d.jsonl").write_text(
        json.dumps({"text": TEXT, "title": "One"}) + "\n"
        + '{"text": "broken line\n'
        + "\n"
        + json.dumps({"html": HTML, "canonical_url": "https://news.example/d3"}) + "\n")
    (root / "e.pdf").write_bytes(b"%PDF-1.4 not an article")
    (root / "notes.md").write_text("# notes")
    (root / ".hidden.txt").write_text(TEXT)
    (root / "sub" / "f.htm").write_text(HTML)
    (root / "sub" / "deep" / "g.txt").write_text(TEXT)
    (root / "Z.TXT").write_text(TEXT)
    return root


def test_folder_walk_mixed_files_in_sorted_order(corpus):
    skipped = []
    items = list(iter_inputs([str(corpus)], on_skip=skipped.append))
    r = str(corpus)
    assert kinds(items) == [
        ("RawItem", f"{r}/Z.TXT"),
        ("RawItem", f"{r}/a.txt"),
        ("RawItem", f"{r}/b.html"),
        ("RawItem", f"{r}/c.json#record-1"),
        ("RawItem", f"{r}/c.json#record-2"),
        ("RawItem", f"{r}/d.jsonl#record-1"),
        ("Failure", (f"{r}/d.jsonl#record-2", "bad_json")),
        ("RawItem", f"{r}/d.jsonl#record-4"),
        ("RawItem", f"{r}/sub/deep/g.txt"),
        ("RawItem", f"{r}/sub/f.htm"),
    ]
    assert skipped == [f"{r}/e.pdf", f"{r}/notes.md"]
    by_input = {i.input: i for i in items}
    assert by_input[f"{r}/a.txt"].media_type == "text" and by_input[f"{r}/a.txt"].data == TEXT.encode()
    assert by_input[f"{r}/b.html"].media_type == "html"
    c1 = by_input[f"{r}/c.json#record-1"]
    assert c1.data == TEXT and c1.media_type == "text"
    assert c1.meta == {"url": "https://news.example/c1", "title": "Bridge", "outlet": "Example News",
                       "published": "2025-01-02", "author": "J. Doe"}
    assert by_input[f"{r}/c.json#record-2"].media_type == "html"
    assert by_input[f"{r}/d.jsonl#record-4"].meta == {"canonical_url": "https://news.example/d3"}


def test_folder_walk_is_deterministic(corpus):
    assert kinds(iter_inputs([str(corpus)])) == kinds(iter_inputs([str(corpus)]))


def test_non_recursive_walk_stays_at_top(corpus):
    inputs = [i.input for i in iter_inputs([str(corpus)], recursive=False)]
    assert not any("/sub/" in x for x in inputs)
    assert f"{corpus}/a.txt" in inputs


def test_unknown_extension_named_directly_is_unsupported(corpus):
    (item,) = iter_inputs([str(corpus / "e.pdf")])
    assert isinstance(item, Failure) and item.reason == "unsupported"


def test_missing_path_is_not_found(tmp_path):
    (item,) = iter_inputs([str(tmp_path / "nope.txt")])
    assert isinstance(item, Failure) and item.reason == "not_found"


def test_specs_keep_their_order(corpus):
    items = list(iter_inputs([str(corpus / "b.html"), str(corpus / "a.txt")]))
    assert [i.input for i in items] == [str(corpus / "b.html"), str(corpus / "a.txt")]


def test_binary_file_with_text_extension_passes_through(tmp_path):
    path = tmp_path / "scan.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    (item,) = iter_inputs([str(path)])
    assert isinstance(item, RawItem) and item.data.startswith(b"\x89PNG")


def test_file_over_size_cap_is_too_large(tmp_path):
    path = tmp_path / "long.txt"
    path.write_text("word " * 100)
    (item,) = iter_inputs([str(path)], settings=Settings(max_bytes=100))
    assert isinstance(item, Failure) and item.reason == "too_large"


def test_stdin(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(TEXT.encode())))
    (item,) = iter_inputs(["-"])
    assert item == RawItem("<stdin>", TEXT.encode(), None, {})


def test_other_url_schemes_are_unsupported():
    (item,) = iter_inputs(["ftp://files.example/story.txt"])
    assert isinstance(item, Failure) and item.reason == "unsupported"


# ----------------------------------------------------------------------------- JSON / JSONL

def test_jsonl_bad_lines_fail_alone(tmp_path):
    path = tmp_path / "batch.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + "\n".join([
        json.dumps({"text": TEXT}),
        "not json",
        json.dumps(["a list"]),
        json.dumps({"title": "no body"}),
        json.dumps({"text": 42}),
        json.dumps({"html": HTML, "url": "https://news.example/6", "published": 20250102}),
    ]).encode())
    items = list(iter_inputs([str(path)]))
    assert [getattr(i, "reason", "ok") for i in items] == ["ok", "bad_json", "bad_json", "bad_json",
                                                           "bad_json", "ok"]
    assert items[1].input == f"{path}#record-2"
    assert items[5].meta == {"url": "https://news.example/6", "published": "20250102"}


def test_json_single_record_and_invalid_json(tmp_path):
    one = tmp_path / "one.json"
    one.write_text(json.dumps({"html": HTML, "title": "Bridge"}))
    bad = tmp_path / "bad.json"
    bad.write_text("{oops")
    items = list(iter_inputs([str(one), str(bad)]))
    assert isinstance(items[0], RawItem) and items[0].input == str(one)
    assert items[0].meta == {"title": "Bridge"}
    assert isinstance(items[1], Failure) and items[1].reason == "bad_json"


def test_json_text_wins_over_html(tmp_path):
    path = tmp_path / "both.json"
    path.write_text(json.dumps({"text": TEXT, "html": HTML}))
    (item,) = iter_inputs([str(path)])
    assert item.media_type == "text" and item.data == TEXT


# ----------------------------------------------------------------------------- WARC

def write_warc(path, *, compress: bool):
    pages = [
        ("https://news.example/2025/bridge", "200 OK", "text/html; charset=utf-8", HTML.encode()),
        ("https://news.example/logo.png", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n"),
        ("https://news.example/2025/ferry", "200 OK", "text/html; charset=windows-1252",
         "<html><body><p>\u201cNo comment,\u201d the ferry operator said.</p></body></html>"
         .encode("cp1252")),
        ("https://news.example/gone", "404 Not Found", "text/html", b"<html>gone</html>"),
    ]
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=compress)
        writer.write_record(writer.create_warcinfo_record(str(path), {"software": "claimtrace-tests"}))
        for uri, status, ctype, body in pages:
            req = writer.create_warc_record(uri, "request", payload=io.BytesIO(b""),
                                            http_headers=StatusAndHeaders(
                                                "GET / HTTP/1.1", [("Host", "news.example")],
                                                is_http_request=True))
            writer.write_record(req)
            headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(body),
                                                          http_headers=headers))


@pytest.mark.parametrize("name,compress", [("crawl.warc.gz", True), ("crawl.warc", False)])
def test_warc_html_responses_only(tmp_path, name, compress):
    path = tmp_path / name
    write_warc(path, compress=compress)
    items = list(iter_inputs([str(path)]))
    assert [i.input for i in items] == [f"{path}#https://news.example/2025/bridge",
                                        f"{path}#https://news.example/2025/ferry"]
    bridge, ferry = items
    assert bridge.data == HTML.encode() and bridge.media_type == "html"
    assert bridge.meta == {"url": "https://news.example/2025/bridge", "charset": "utf-8"}
    assert ferry.meta["charset"] == "windows-1252"
    assert "\u201cNo comment" in ferry.data.decode("cp1252")


def test_warc_in_a_folder_walk(tmp_path):
    write_warc(tmp_path / "crawl.warc.gz", compress=True)
    (tmp_path / "a.txt").write_text(TEXT)
    assert len(list(iter_inputs([str(tmp_path)]))) == 3


@pytest.mark.parametrize("payload", [gzip.compress(b"this is not a warc record\r\n\r\n"),
                                     b"\x1f\x8b\x08\x00garbage-that-is-not-gzip"])
def test_bad_warc(tmp_path, payload):
    path = tmp_path / "broken.warc.gz"
    path.write_bytes(payload)
    items = list(iter_inputs([str(path)]))
    assert isinstance(items[-1], Failure) and items[-1].reason == "bad_warc"


@pytest.mark.parametrize("compress", [True, False])
def test_truncated_warc_never_yields_a_partial_record(tmp_path, compress):
    """Cut the archive every few bytes: only complete pages come out, and a cut that loses
    data inside a record (not just its trailing blank lines or gzip trailer) is reported."""
    whole = tmp_path / "whole.warc"
    write_warc(whole, compress=compress)
    data = whole.read_bytes()
    complete = {i.data for i in iter_inputs([str(whole)])}
    path = tmp_path / ("cut.warc.gz" if compress else "cut.warc")
    reported = 0
    for cut in range(0, len(data), 5):
        path.write_bytes(data[:cut])
        items = list(iter_inputs([str(path)]))
        assert all(i.data in complete for i in items if isinstance(i, RawItem)), cut
        failures = [i for i in items if isinstance(i, Failure)]
        assert all(f.reason == "bad_warc" for f in failures) and len(failures) <= 1
        reported += bool(failures)
    assert reported > 0.9 * len(range(0, len(data), 5))
    path.write_bytes(data[: int(len(data) * 0.8)])  # inside a record's headers
    items = list(iter_inputs([str(path)]))
    assert isinstance(items[0], RawItem)
    assert isinstance(items[-1], Failure) and items[-1].reason == "bad_warc"


# ----------------------------------------------------------------------------- URLs and URL lists

def test_url_list_txt_fetches_each_line(server, fetcher, tmp_path):
    a = server.route("/a", Response(body=HTML.encode()))
    b = server.route("/b.txt", Response(body=TEXT.encode(), content_type="text/plain"))
    listing = tmp_path / "urls.txt"
    listing.write_text(f"# today's stories\n{a}\n\n  {b}  \n{server.url('/missing')}\n")
    items = list(iter_inputs([str(listing)], fetcher=fetcher))
    assert kinds(items) == [("RawItem", a), ("RawItem", b),
                            ("Failure", (server.url("/missing"), "http_404"))]
    assert items[0].media_type == "html" and items[1].media_type == "text"
    assert items[0].meta["url"] == a


def test_txt_with_prose_and_a_url_is_an_article(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("Officials said the port reopened.\nhttps://news.example/port\n")
    (item,) = iter_inputs([str(path)])
    assert isinstance(item, RawItem) and item.media_type == "text"


def test_dot_urls_list_mixes_urls_and_relative_paths(server, fetcher, tmp_path):
    (tmp_path / "local.html").write_text(HTML)
    a = server.route("/a", Response(body=HTML.encode()))
    listing = tmp_path / "today.urls"
    listing.write_text(f"{a}\nlocal.html\nmissing.txt\n")
    items = list(iter_inputs([str(listing)], fetcher=fetcher))
    assert kinds(items) == [("RawItem", a), ("RawItem", str(tmp_path / "local.html")),
                            ("Failure", (str(tmp_path / "missing.txt"), "not_found"))]


def test_url_list_including_itself_does_not_loop(tmp_path):
    listing = tmp_path / "loop.list"
    listing.write_text("loop.list\n")
    items = list(iter_inputs([str(listing)]))
    assert len(items) == 1 and items[0].reason == "unsupported"


def test_non_text_url_is_unsupported(server, fetcher):
    url = server.route("/photo", Response(body=b"\x89PNG\r\n", content_type="image/png"))
    (item,) = iter_inputs([url], fetcher=fetcher)
    assert isinstance(item, Failure) and item.reason == "unsupported"


def test_iter_inputs_refuses_loopback_by_default(server, _loopback):
    url = server.route("/a", Response(body=HTML.encode()))
    (item,) = iter_inputs([url])
    assert isinstance(item, Failure) and item.reason == "refused_private"
    assert "--allow-private" in item.message
    assert server.hits == [] and _loopback == []


def test_iter_inputs_allow_private(server):
    url = server.route("/a", Response(body=HTML.encode()))
    (item,) = iter_inputs([url], allow_private=True)
    assert isinstance(item, RawItem) and item.data == HTML.encode()


# ----------------------------------------------------------------------------- declared charsets

# Written for these tests: the euro sign and the names are where single-byte code pages differ.
CHARSET_STORY = ("The port authority said on Monday that the new berth would cost \u20ac40 million, "
                 "and harbour master Zo\u00eb Br\u00eenz\u0103 told reporters the work would start in "
                 "\u201cearly spring\u201d once the tender closed.")


def _page(text: str) -> str:
    # no <meta charset>: the header is the only declaration
    return f"<html><head><title>Berth</title></head><body><article><p>{text}</p></article></body></html>"


@pytest.mark.parametrize("charset,text", [
    ("iso-8859-15", CHARSET_STORY.replace("\u201c", '"').replace("\u201d", '"').replace("\u0103", "a")
     .replace("\u00ee", "i")),
    ("iso-8859-2", CHARSET_STORY.replace("\u20ac40 million", "40 million euros")
     .replace("\u201c", '"').replace("\u201d", '"')),
    ("windows-1252", CHARSET_STORY.replace("\u0103", "a").replace("\u00ee", "i")),
])
@pytest.mark.parametrize("media", ["html", "text"])
def test_http_header_charset_decodes_the_page(server, fetcher, charset, text, media):
    from claimtrace.ingest.prepare import prepare

    body = (_page(text) if media == "html" else text + "\n").encode(charset)
    url = server.route("/story", Response(body=body, content_type=f"text/{'html' if media == 'html' else 'plain'}; "
                                                                    f"charset={charset}"))
    (item,) = iter_inputs([url], fetcher=fetcher)
    assert item.meta["charset"] == charset
    doc = prepare(item.data, item.input, media_type=item.media_type, meta=item.meta)
    assert doc.errors == []
    assert text in doc.text


def test_utf8_page_served_with_a_default_latin1_header_stays_utf8(server, fetcher):
    from claimtrace.ingest.prepare import prepare

    url = server.route("/story", Response(body=_page(CHARSET_STORY).encode("utf-8"),
                                          content_type="text/html; charset=iso-8859-1"))
    (item,) = iter_inputs([url], fetcher=fetcher)
    doc = prepare(item.data, item.input, media_type=item.media_type, meta=item.meta)
    assert CHARSET_STORY in doc.text


def test_warc_record_charset_decodes_the_page(tmp_path):
    from claimtrace.ingest.prepare import prepare

    text = CHARSET_STORY.replace("\u201c", '"').replace("\u201d", '"').replace("\u0103", "a").replace("\u00ee", "i")
    path = tmp_path / "crawl.warc"
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=False)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=ISO-8859-15")],
                                   protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            "https://news.example/berth", "response", payload=io.BytesIO(_page(text).encode("iso-8859-15")),
            http_headers=headers))
    (item,) = iter_inputs([str(path)])
    doc = prepare(item.data, item.input, media_type=item.media_type, meta=item.meta)
    assert doc.errors == [] and text in doc.text
