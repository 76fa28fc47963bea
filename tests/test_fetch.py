"""Fetcher behaviour against a real HTTP server on 127.0.0.1 (no traffic leaves loopback)."""
from __future__ import annotations

import gzip
import socket
import time

import pytest

from claimtrace.ingest.fetch import (
    USER_AGENT,
    Fetcher,
    FetchError,
    check_host,
    is_disallowed_address,
)
from httpserver import Response

pytestmark = pytest.mark.loopback_only

PAGE = (b"<html><head><title>Port strike</title></head><body><p>Dock workers will stay off the job "
        b"until Friday, a union spokeswoman said.</p></body></html>")


def fast_fetcher(**kw) -> Fetcher:
    opts = dict(allow_private=True, min_delay=0.0, backoff=0.01, connect_timeout=2.0,
                read_timeout=2.0)
    opts.update(kw)
    return Fetcher(**opts)


def fetch_error(fetcher: Fetcher, url: str) -> FetchError:
    with pytest.raises(FetchError) as info:
        fetcher.fetch(url)
    return info.value


# ----------------------------------------------------------------------------- basics

def test_fetch_page_with_charset_and_honest_user_agent(server):
    url = server.route("/story", Response(body=PAGE, content_type="text/html; charset=ISO-8859-1"))
    with fast_fetcher() as f:
        result = f.fetch(url)
    assert result.status == 200 and result.data == PAGE
    assert result.content_type == "text/html" and result.charset == "iso-8859-1"
    assert result.final_url == url
    ua = server.hits[0].headers["user-agent"]
    assert ua == USER_AGENT and ua.startswith("claimtrace/")
    assert "(+https://github.com/claimtrace/claimtrace)" in ua


def test_gzip_body_is_decoded(server):
    url = server.route("/gz", Response(body=gzip.compress(PAGE), headers={"Content-Encoding": "gzip"}))
    with fast_fetcher() as f:
        assert f.fetch(url).data == PAGE


def test_404_is_http_404(server):
    with fast_fetcher() as f:
        err = fetch_error(f, server.url("/missing"))
    assert err.reason == "http_404"
    assert len(server.hits) == 1  # 4xx is not retried


def test_500_then_200_is_retried(server):
    url = server.route("/flaky", [Response(500, b"oops"), Response(503, b"busy"), Response(body=PAGE)])
    with fast_fetcher(retries=2) as f:
        result = f.fetch(url)
    assert result.data == PAGE
    assert server.paths() == ["/flaky"] * 3


def test_persistent_500_gives_up(server):
    url = server.route("/down", Response(500, b"oops"))
    with fast_fetcher(retries=2) as f:
        err = fetch_error(f, url)
    assert err.reason == "http_500"
    assert len(server.hits) == 3


def test_backoff_grows_between_retries(server):
    url = server.route("/down", Response(502, b""))
    with fast_fetcher(retries=2, backoff=0.1) as f:
        fetch_error(f, url)
    gaps = [b.at - a.at for a, b in zip(server.hits, server.hits[1:])]
    assert gaps[0] >= 0.1 and gaps[1] >= 0.2


def test_connection_refused_is_fetch_error():
    with socket.socket() as s:  # find a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with fast_fetcher(retries=1) as f:
        err = fetch_error(f, f"http://127.0.0.1:{port}/")
    assert err.reason == "fetch_error"


def test_dns_failure_is_fetch_error_with_message():
    def no_such_host(host, port):
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    with fast_fetcher(resolver=no_such_host) as f:
        err = fetch_error(f, "http://no-such-newsroom.example/story")
    assert err.reason == "fetch_error"
    assert "no-such-newsroom.example" in err.message


# ----------------------------------------------------------------------------- limits

def test_slow_endpoint_beyond_read_timeout(server):
    url = server.route("/slow", Response(body=PAGE, delay=3.0))
    with fast_fetcher(read_timeout=0.3, retries=2) as f:
        start = time.monotonic()
        err = fetch_error(f, url)
    assert err.reason == "timeout"
    assert time.monotonic() - start < 2.5
    assert len(server.hits) == 1  # a timeout is not retried


def test_slow_headers_beyond_read_timeout(server):
    url = server.route("/slow", Response(body=PAGE, header_delay=3.0))
    with fast_fetcher(read_timeout=0.3) as f:
        assert fetch_error(f, url).reason == "timeout"


def test_declared_size_over_cap(server):
    url = server.route("/big", Response(body=b"x" * 200_000, content_type="text/plain"))
    with fast_fetcher(max_bytes=50_000) as f:
        err = fetch_error(f, url)
    assert err.reason == "too_large"


def test_streamed_size_over_cap_without_length(server):
    url = server.route("/big", Response(body=b"y" * 300_000, send_length=False))
    with fast_fetcher(max_bytes=50_000) as f:
        err = fetch_error(f, url)
    assert err.reason == "too_large"


def test_body_at_cap_is_fine(server):
    url = server.route("/exact", Response(body=b"z" * 50_000, send_length=False))
    with fast_fetcher(max_bytes=50_000) as f:
        assert len(f.fetch(url).data) == 50_000


# ----------------------------------------------------------------------------- redirects

def chain(server, n: int) -> str:
    """/r0 -> /r1 -> ... -> /r{n-1} -> /final; relative and absolute Location headers mixed."""
    server.route("/final", Response(body=PAGE))
    for i in range(n):
        nxt = "/final" if i == n - 1 else f"/r{i + 1}"
        location = server.url(nxt) if i % 2 else nxt
        server.route(f"/r{i}", Response(302 if i % 2 else 301, b"", headers={"Location": location}))
    return server.url("/r0")


def test_redirect_chain_within_limit(server):
    url = chain(server, 3)
    with fast_fetcher(max_redirects=3) as f:
        result = f.fetch(url)
    assert result.data == PAGE
    assert result.final_url == server.url("/final")
    assert result.url == url and len(result.redirects) == 3


def test_redirect_chain_beyond_limit(server):
    url = chain(server, 4)
    with fast_fetcher(max_redirects=3) as f:
        err = fetch_error(f, url)
    assert err.reason == "too_many_redirects"
    assert "/final" not in server.paths()


def test_redirect_loop_stops(server):
    server.route("/a", Response(302, headers={"Location": "/b"}))
    server.route("/b", Response(302, headers={"Location": "/a"}))
    with fast_fetcher(max_redirects=5) as f:
        assert fetch_error(f, server.url("/a")).reason == "too_many_redirects"
    assert len(server.hits) == 6


def test_redirect_to_non_http_scheme(server):
    url = server.route("/r", Response(302, headers={"Location": "file:///etc/passwd"}))
    with fast_fetcher() as f:
        assert fetch_error(f, url).reason == "bad_redirect"


@pytest.mark.parametrize("target", ["http://127.0.0.2:{port}/x", "http://10.0.0.7/admin",
                                    "http://169.254.169.254/latest/meta-data/",
                                    "http://[::1]:{port}/x"])
def test_redirect_from_allowed_host_to_private_address_is_refused(server, _loopback, target):
    """The first hop's host is allowed (127.0.0.1 is trusted, standing in for a public site);
    the redirect target is private and must be refused before any connection to it."""
    url = server.route("/go", Response(302, headers={"Location": target.format(port=server.port)}))
    with fast_fetcher(allow_private=False, trusted_networks=["127.0.0.1/32"]) as f:
        err = fetch_error(f, url)
    assert err.reason == "refused_private"
    assert "--allow-private" in err.message
    assert server.paths() == ["/go"]
    assert _loopback == ["127.0.0.1"]  # the only connection made was the first hop


# ----------------------------------------------------------------------------- private addresses

@pytest.mark.parametrize("url", ["http://127.0.0.1:{port}/story", "http://10.1.2.3/story",
                                 "http://169.254.169.254/latest/", "http://[::1]:{port}/story",
                                 "http://[::ffff:127.0.0.1]:{port}/story", "http://0.0.0.0:{port}/",
                                 "https://192.168.1.20/"])
def test_default_fetcher_refuses_private_before_connecting(server, _loopback, url):
    url = url.format(port=server.port)
    server.route("/story", Response(body=PAGE))
    with Fetcher(min_delay=0.0) as f:
        err = fetch_error(f, url)
    assert err.reason == "refused_private"
    assert "--allow-private" in err.message
    assert server.hits == [] and _loopback == []


def test_hostname_resolving_to_private_is_refused(_loopback):
    with Fetcher(min_delay=0.0, resolver=lambda h, p: ["192.168.0.10"]) as f:
        err = fetch_error(f, "http://intranet.example/wiki")
    assert err.reason == "refused_private" and "intranet.example" in err.message
    assert _loopback == []


def test_allow_private_lifts_the_rule(server):
    url = server.route("/story", Response(body=PAGE))
    with Fetcher(min_delay=0.0, allow_private=True) as f:
        assert f.fetch(url).data == PAGE


def test_connects_to_the_checked_address_not_a_second_lookup(server, _loopback):
    """The name is resolved once; a rebinding resolver's second answer is never used."""
    answers = iter([["127.0.0.1"], ["10.0.0.1"]])
    server.route("/story", Response(body=PAGE))
    with fast_fetcher(allow_private=False, trusted_networks=["127.0.0.1/32"],
                      resolver=lambda h, p: next(answers)) as f:
        result = f.fetch(f"http://rebind.example:{server.port}/story")
    assert result.data == PAGE
    assert _loopback == ["127.0.0.1"]
    assert server.hits[0].headers["host"] == f"rebind.example:{server.port}"


@pytest.mark.parametrize("ip", ["127.0.0.1", "127.8.8.8", "10.0.0.1", "172.16.5.4", "192.168.1.1",
                                "169.254.169.254", "0.0.0.0", "224.0.0.1", "240.0.0.1",
                                "255.255.255.255", "100.64.0.1", "::1", "::", "fe80::1", "fc00::1",
                                "ff02::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1", "2002:a00:1::",
                                "fe80::1%eth0"])
def test_disallowed_addresses(ip):
    assert is_disallowed_address(ip)


@pytest.mark.parametrize("ip", ["8.8.8.8", "1.1.1.1", "2606:4700:4700::1111", "::ffff:8.8.8.8"])
def test_public_addresses(ip):
    assert not is_disallowed_address(ip)


def test_check_host_refuses_any_private_answer_among_public_ones():
    with pytest.raises(FetchError) as info:
        check_host("mixed.example", 80, resolver=lambda h, p: ["8.8.8.8", "10.0.0.5"])
    assert info.value.reason == "refused_private"
    assert check_host("public.example", 80, resolver=lambda h, p: ["8.8.8.8"]) == ["8.8.8.8"]
    assert check_host("mixed.example", 80, allow_private=True,
                      resolver=lambda h, p: ["8.8.8.8", "10.0.0.5"]) == ["8.8.8.8", "10.0.0.5"]


# ----------------------------------------------------------------------------- politeness

def test_politeness_spacing_between_requests_to_same_host(server):
    server.route("/a", Response(body=PAGE))
    server.route("/b", Response(body=PAGE))
    with fast_fetcher(min_delay=0.4) as f:
        f.fetch(server.url("/a"))
        f.fetch(server.url("/b"))
    first, second = server.hits
    assert second.at - first.at >= 0.4


def test_politeness_applies_to_retries(server):
    url = server.route("/flaky", [Response(500), Response(body=PAGE)])
    with fast_fetcher(min_delay=0.3, backoff=0.0) as f:
        f.fetch(url)
    first, second = server.hits
    assert second.at - first.at >= 0.3
