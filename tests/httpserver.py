"""A real threaded HTTP/1.1 server on 127.0.0.1 with routes defined by each test.

Tests exercise the fetcher over real sockets (timeouts, streaming caps, redirects, keep-alive)
rather than against a mock, so the behaviour checked is what happens on the wire.
"""
from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Callable, Optional, Union


@dataclass
class Response:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    content_type: Optional[str] = "text/html; charset=utf-8"
    delay: float = 0.0             # seconds to wait before sending the body (after headers)
    header_delay: float = 0.0      # seconds to wait before sending anything
    send_length: bool = True       # False: no Content-Length, body delimited by closing


@dataclass
class Hit:
    path: str
    headers: dict[str, str]
    at: float                      # time.monotonic() on arrival


Handler = Callable[[Hit], Response]
Route = Union[Response, list, Handler]


class TestServer:
    """``with TestServer() as srv: srv.route("/a", Response(body=b"..")); srv.url("/a")``.

    A route is a Response, a list of Responses served in turn (the last one repeats), or a
    callable taking the Hit. Unknown paths answer 404. Every request is logged in ``hits``.
    """

    __test__ = False  # not a pytest test class

    def __init__(self, host: str = "127.0.0.1"):
        self.routes: dict[str, Route] = {}
        self.hits: list[Hit] = []
        self._lock = threading.Lock()
        server = self

        class _Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self):  # noqa: N802
                hit = Hit(self.path, {k.lower(): v for k, v in self.headers.items()},
                          time.monotonic())
                with server._lock:
                    server.hits.append(hit)
                    route = server.routes.get(self.path.split("?", 1)[0])
                    if isinstance(route, list):
                        resp = route.pop(0) if len(route) > 1 else route[0]
                    else:
                        resp = route
                if callable(resp):
                    resp = resp(hit)
                if resp is None:
                    resp = Response(404, b"not here", content_type="text/plain")
                try:
                    self._send(resp)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def _send(self, resp: Response):
                if resp.header_delay:
                    time.sleep(resp.header_delay)
                self.send_response(resp.status)
                if resp.content_type:
                    self.send_header("Content-Type", resp.content_type)
                for k, v in resp.headers.items():
                    self.send_header(k, v)
                if resp.send_length:
                    self.send_header("Content-Length", str(len(resp.body)))
                else:
                    self.send_header("Connection", "close")
                    self.close_connection = True
                self.end_headers()
                self.wfile.flush()
                if resp.delay:
                    time.sleep(resp.delay)
                self.wfile.write(resp.body)

            def log_message(self, *args):  # keep test output clean
                pass

        self.httpd = ThreadingHTTPServer((host, 0), _Handler)
        self.httpd.daemon_threads = True
        self.httpd.block_on_close = False
        self.port = self.httpd.server_address[1]
        self.host = host
        self._thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.02},
                                        daemon=True)

    def route(self, path: str, response: Route) -> str:
        self.routes[path] = response
        return self.url(path)

    def url(self, path: str = "/") -> str:
        return f"http://{self.host}:{self.port}{path}"

    def paths(self) -> list[str]:
        return [h.path for h in self.hits]

    def start(self) -> "TestServer":
        self._thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def __enter__(self) -> "TestServer":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


def loopback_only(monkeypatch) -> list[str]:
    """Make any connection attempt to a non-loopback address fail the test, before it is made.

    A safety net for the private-address tests: if the refusal ever regressed, the fetcher would
    try to reach 10.x or 169.254.x — this turns that into a test failure instead of traffic.
    Returns the list of addresses connected to.
    """
    import ipaddress

    import urllib3.util.connection as uconn

    real = uconn.create_connection
    attempts: list[str] = []

    def guarded(address, *args, **kwargs):
        host = address[0]
        attempts.append(host)
        if not ipaddress.ip_address(host.split("%", 1)[0]).is_loopback:
            raise AssertionError(f"test tried to connect outside loopback: {host}")
        return real(address, *args, **kwargs)

    monkeypatch.setattr(uconn, "create_connection", guarded)
    return attempts
